#!/usr/bin/env python3
"""Spelling figures: load time and memory, suggestion accuracy and speed, US/UK variants, rule cost.

    .venv/bin/python benchmarks/spelling.py            # everything
    .venv/bin/python benchmarks/spelling.py --quick    # skip the memory and rule-cost parts

Accuracy is measured on Wikipedia's "Lists of common misspellings/For machines" in
../shared/eval/spelling (CC BY-SA 3.0): it is only read here, never shipped, and nothing derived from it
is shipped. The list is split in two halves by line parity: "tune" (even lines, the one the weights in
followup_lint/spelling/engine.py were tuned on) and "held-out" (odd lines); both are reported.
US/UK variants are measured on the pairs of the breame package (Apache-2.0) when it is installed
(held-out half only: the generator's rules were checked against the other half). Skips what is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
WIKI = SHARED / "eval" / "spelling" / "wikipedia-common-misspellings-2018-01-19.txt"


def read_wiki(path: Path = WIKI) -> list[tuple[str, tuple[str, ...]]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "->" not in line:
            continue
        wrong, right = line.split("->", 1)
        pairs.append((wrong.strip(), tuple(r.strip() for r in right.split(",") if r.strip())))
    return pairs


def halves(pairs):
    return pairs[0::2], pairs[1::2]


def score_wiki(speller, pairs, *, timing: bool = True) -> dict[str, float]:
    """Detection, top-1 and top-3 suggestion accuracy, false alarms on the correct words, latency."""
    detected = top1 = top3 = 0
    times = []
    cpu = []
    for wrong, rights in pairs:
        if speller.known(wrong):
            continue
        detected += 1
        speller._suggest_cache.clear()
        t, c = time.perf_counter(), time.process_time()
        got = speller.suggest(wrong, 3)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        if got and got[0] in rights:
            top1 += 1
        if any(g in rights for g in got):
            top3 += 1
    correct = sorted({r for _, rs in pairs for r in rs})
    false_alarms = [w for w in correct if not speller.known(w)]
    n = len(pairs)
    times.sort()
    cpu.sort()
    out = {
        "pairs": n,
        "detection": detected / n,
        "top1": top1 / n,
        "top3": top3 / n,
        "top1_of_detected": top1 / max(detected, 1),
        "false_alarm_rate": len(false_alarms) / max(len(correct), 1),
        "correct_words": len(correct),
    }
    if timing and times:
        out["suggest_p50_ms"] = 1000 * times[len(times) // 2]
        out["suggest_p99_ms"] = 1000 * times[min(len(times) - 1, int(len(times) * 0.99))]
        out["suggest_max_ms"] = 1000 * times[-1]
        # CPU time: the same figure without the waits of a loaded machine
        out["suggest_cpu_p50_ms"] = 1000 * cpu[len(cpu) // 2]
        out["suggest_cpu_p99_ms"] = 1000 * cpu[min(len(cpu) - 1, int(len(cpu) * 0.99))]
    return out


def breame_pairs() -> list[tuple[str, str]] | None:
    try:
        from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS
    except ImportError:
        return None
    return sorted((us, uk) for uk, us in BRITISH_ENGLISH_SPELLINGS.items() if " " not in uk + us)


def breame_half(pair: tuple[str, str]) -> str:
    return "tune" if hashlib.sha1(pair[1].encode()).digest()[0] % 2 == 0 else "held-out"


def score_variants(pairs) -> dict[str, float]:
    """On (us, uk) pairs: en-US flags the UK form and suggests the US one; en-GB the reverse; en accepts both."""
    from followup_lint.spelling import load_speller

    us_sp, gb_sp, en_sp = load_speller("en-US"), load_speller("en-GB"), load_speller("en")
    in_dict = [(us, uk) for us, uk in pairs if us in us_sp.lexicon]
    flag_uk = sum(1 for us, uk in in_dict if us_sp.variant_issue(uk) == (us, "en-GB"))
    gb_checked = [(us, uk) for us, uk in in_dict if not _oxford(us, uk)]
    flag_us = sum(1 for us, uk in gb_checked if gb_sp.variant_issue(us) == (uk, "en-US"))
    en_ok = sum(1 for us, uk in in_dict if en_sp.known(uk) and en_sp.known(us))
    us_false = sum(1 for us, _ in in_dict if us_sp.variant_issue(us) is not None)
    gb_false = sum(1 for _, uk in in_dict if gb_sp.variant_issue(uk) is not None)
    return {
        "pairs": len(pairs), "pairs_with_us_form_in_dictionary": len(in_dict),
        "en-US_flags_uk_form": flag_uk / max(len(in_dict), 1),
        "en-GB_flags_us_form (non -ize)": flag_us / max(len(gb_checked), 1),
        "en_accepts_both": en_ok / max(len(in_dict), 1),
        "en-US_flags_us_form (false)": us_false / max(len(in_dict), 1),
        "en-GB_flags_uk_form (false)": gb_false / max(len(in_dict), 1),
    }


def _oxford(us: str, uk: str) -> bool:
    return "iz" in us and us.replace("iz", "is") == uk


def load_cost() -> dict[str, float]:
    """Cost of loading the word list in a fresh process (after ``import followup_lint``), and
    pyspellchecker's ``SpellChecker()`` for comparison."""
    import subprocess

    ours = (
        "import time, tracemalloc\n"
        "import followup_lint, followup_lint.rules\n"
        "trace = TRACE\n"
        "if trace: tracemalloc.start()\n"
        "t = time.perf_counter()\n"
        "from followup_lint.spelling import load_speller\n"
        "sp = load_speller('en'); sp.known('definately')\n"
        "t1 = time.perf_counter()\n"
        "cur, peak = tracemalloc.get_traced_memory() if trace else (0, 0)\n"
        "t2 = time.perf_counter(); sp.suggest('definately'); t3 = time.perf_counter()\n"
        "cur2 = tracemalloc.get_traced_memory()[0] if trace else 0\n"
        "t4 = time.perf_counter(); sp.suggest('recieve'); t5 = time.perf_counter()\n"
        "print((t1-t)*1000, cur/2**20, peak/2**20, (t3-t2)*1000, cur2/2**20, (t5-t4)*1000)\n"
    )
    theirs = (
        "import time, tracemalloc\n"
        "trace = TRACE\n"
        "if trace: tracemalloc.start()\n"
        "t = time.perf_counter()\n"
        "from spellchecker import SpellChecker\n"
        "sp = SpellChecker()\n"
        "t1 = time.perf_counter()\n"
        "cur = tracemalloc.get_traced_memory()[0] if trace else 0\n"
        "print((t1-t)*1000, cur/2**20)\n"
    )

    def run(code: str, trace: bool, n: int) -> list[list[float]]:
        out = []
        for _ in range(n):
            res = subprocess.run([sys.executable, "-c", code.replace("TRACE", str(trace))], capture_output=True,
                                 text=True, check=True, cwd=str(ROOT))
            out.append([float(x) for x in res.stdout.split()])
        return out

    plain = run(ours, False, 7)
    traced = run(ours, True, 3)
    other = run(theirs, False, 5)
    other_mem = run(theirs, True, 1)
    med = statistics.median
    return {"load_ms": med(r[0] for r in plain),
            "memory_after_load_mib": med(r[1] for r in traced),
            "memory_peak_during_load_mib": med(r[2] for r in traced),
            "first_suggestion_ms (builds the buckets)": med(r[3] for r in plain),
            "memory_after_first_suggestion_mib": med(r[4] for r in traced),
            "next_suggestion_ms": med(r[5] for r in plain),
            "pyspellchecker_SpellChecker()_ms": med(r[0] for r in other),
            "pyspellchecker_memory_mib": other_mem[0][1]}


def rule_cost() -> dict[str, float] | None:
    """Warm cost of misspelled-word + not-english per draft over the shared corpus (or built-in samples)."""
    import json

    from followup_lint import Interview, Linter
    from followup_lint.rules.spelling import MisspelledWord, NotEnglish

    corpus = SHARED / "corpus"
    items = []
    if corpus.is_dir():
        for p in sorted(corpus.glob("*.json")):
            data = json.loads(p.read_text(encoding="utf-8"))
            body = data.get("body") or data.get("draft", {}).get("body")
            if body:
                items.append(body)
    if not items:
        return None
    linter = Linter(rules=[NotEnglish, MisspelledWord], plugins=False)
    full = Linter(rules=[], plugins=False)
    for b in items:
        linter.lint(b, clock=False)
    per = []
    for b in items:
        reps = 50
        t = time.perf_counter()
        for _ in range(reps):
            linter.lint(b, clock=False)
        t1 = time.perf_counter()
        for _ in range(reps):
            full.lint(b, clock=False)
        t2 = time.perf_counter()
        per.append(((t1 - t) - (t2 - t1)) / reps * 1000)
    per.sort()
    return {"drafts": len(per), "rule_cost_median_ms": statistics.median(per), "rule_cost_max_ms": per[-1]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", type=Path, metavar="PATH",
                    help="also write the figures there (benchmarks/results/spelling.json by convention)")
    args = ap.parse_args(argv)
    results: dict[str, dict] = {}
    sys.path.insert(0, str(ROOT))
    from followup_lint.spelling import load_speller

    if not args.quick:
        results["load"] = load_cost()
        print("load:", _fmt(results["load"]))
    if WIKI.exists():
        speller = load_speller("en")
        tune, held = halves(read_wiki())
        speller.suggest("warmup")
        for name, part in (("tune", tune), ("held-out", held), ("all", tune + held)):
            results[f"wikipedia {name}"] = score_wiki(speller, part)
            print(f"wikipedia {name}:", _fmt(results[f"wikipedia {name}"]))
    else:
        print("wikipedia list: skipped (../shared/eval/spelling is missing)")
    bp = breame_pairs()
    if bp is None:
        print("variants: skipped (breame is not installed)")
    else:
        for name in ("tune", "held-out"):
            results[f"variants {name}"] = score_variants([p for p in bp if breame_half(p) == name])
            print(f"variants {name} (breame):", _fmt(results[f"variants {name}"]))
    if not args.quick:
        cost = rule_cost()
        if cost:
            results["rule cost"] = cost
        print("rule cost:", _fmt(cost) if cost else "skipped (no corpus)")
    if args.json:
        import json
        import platform

        results["run"] = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                          "python": platform.python_version(), "quick": args.quick}
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def _fmt(d: dict) -> str:
    return ", ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items())


if __name__ == "__main__":
    raise SystemExit(main())
