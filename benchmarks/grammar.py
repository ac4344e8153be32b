#!/usr/bin/env python3
"""Grammar figures: precision and recall of the grammar rule (FL110) on tests/fixtures/grammar.

    .venv/bin/python benchmarks/grammar.py            # measure, print, write benchmarks/results/grammar.json
    .venv/bin/python benchmarks/grammar.py --no-write

The set: ``errors.txt`` (one sentence a line, each expected error inside [brackets]) and ``correct.txt``
(one correct sentence a line), in the register of thank-you notes. Each sentence is linted as the body of a
short note ("Hi Priya," ... "Best, Sam Okonkwo") with an interview context, the way a user's draft is.

- An expected error is found when a finding's span overlaps its brackets (recall).
- A finding is right when it overlaps an expected error; any other finding, on either file, is a false
  alarm (precision = right findings / all findings).

Backends measured:
- ``harper``: the Harper backend with only FL110 selected (what Harper itself contributes);
- ``harper+misspelled-word``: FL110 (Harper) with FL101 (misspelled-word, which also knows real-word errors
  such as "would of"), as a user with both enabled sees them: either rule's finding counts;
- ``languagetool-plumbing``: a loopback stand-in server that answers every check with exactly the
  expected spans (an oracle). It measures the plumbing, not LanguageTool: offsets (UTF-16), masking and the
  filters must lose nothing, so its recall must be 1.0.

It also lints the drafts of benchmarks/data (real-looking notes with names, URLs, addresses and
signatures) and lists every Harper finding there, and times Harper: building its dictionary (a new
process) and the grammar rule's warm cost per draft.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXTURES = ROOT / "tests" / "fixtures" / "grammar"
RESULTS = HERE / "results" / "grammar.json"

GREETING = "Hi Priya,\n\n"
SIGNOFF = "\n\nBest,\nSam Okonkwo"
INTERVIEW = {"interviewers": [{"name": "Priya Raghunathan", "email": "priya@zephyrix.example"}],
             "company": "Zephyrix Labs", "role": "Data Analyst"}
_MARK = re.compile(r"\[([^\[\]]+)\]")


@dataclass(frozen=True)
class Sentence:
    text: str
    category: str
    errors: tuple[tuple[int, int], ...]   # expected spans in ``text``


def read_set(folder: Path = FIXTURES) -> tuple[list[Sentence], list[Sentence]]:
    """(erroneous sentences with their expected spans, correct sentences)."""
    errors: list[Sentence] = []
    for line in (folder / "errors.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, marked = line.split("\t", 1)
        text, spans, pos = "", [], 0
        for m in _MARK.finditer(marked):
            text += marked[pos:m.start()]
            spans.append((len(text), len(text) + len(m.group(1))))
            text += m.group(1)
            pos = m.end()
        text += marked[pos:]
        if not spans:
            raise ValueError(f"{folder / 'errors.txt'}: no [marked] error in {line!r}")
        errors.append(Sentence(text, category, tuple(spans)))
    correct = [Sentence(line.strip(), "correct", ()) for line in
               (folder / "correct.txt").read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    return errors, correct


def note(sentence: str) -> str:
    return GREETING + sentence + SIGNOFF


Finder = Callable[[str], list[tuple[int, int, str]]]   # body -> (start, end, label) in the body


def linter_finder(config: Any, codes: tuple[str, ...]) -> Finder:
    from followup_lint import Linter

    linter = Linter(config)

    def find(body: str) -> list[tuple[int, int, str]]:
        report = linter.lint(body, INTERVIEW, clock=False)
        return [(f.span.start, f.span.end, f"{f.code} {f.data.get('rule_id', f.rule)}")
                for f in report.findings if f.code in codes and f.span is not None]
    return find


def score(find: Finder, errors: list[Sentence], correct: list[Sentence]) -> dict[str, Any]:
    base = len(GREETING)
    expected = found = right = alarms = 0
    by_category: dict[str, list[int]] = {}
    missed: list[str] = []
    false_alarms: list[str] = []
    for s in [*errors, *correct]:
        hits = [(a - base, b - base, label) for a, b, label in find(note(s.text))]
        for a, b in s.errors:
            ok = any(x < b and a < y for x, y, _ in hits)
            expected += 1
            found += ok
            cat = by_category.setdefault(s.category, [0, 0])
            cat[0] += ok
            cat[1] += 1
            if not ok:
                missed.append(f"{s.text[:a]}[{s.text[a:b]}]{s.text[b:]}")
        for x, y, label in hits:
            if any(x < b and a < y for a, b in s.errors):
                right += 1
            else:
                alarms += 1
                false_alarms.append(f"{s.text[:x]}<<{s.text[x:y]}>>{s.text[y:]}  ({label})")
    flagged_correct = sum(1 for s in correct if find(note(s.text)))
    return {
        "expected_errors": expected, "found": found, "findings": right + alarms, "right": right,
        "false_alarms": alarms,
        "recall": round(found / expected, 4) if expected else None,
        "precision": round(right / (right + alarms), 4) if right + alarms else None,
        "correct_sentences_flagged": flagged_correct, "correct_sentences": len(correct),
        "recall_by_category": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_category.items())},
        "missed": missed, "false_alarm_list": false_alarms,
    }


# -- the LanguageTool plumbing: a loopback oracle ----------------------------------------------------------

class _Oracle(BaseHTTPRequestHandler):
    """Answers ``/v2/check`` with a match on each expected span of the sentence in the text (UTF-16 offsets)."""

    spans: dict[str, tuple[tuple[int, int], ...]] = {}

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._send(json.dumps([{"name": "English", "code": "en", "longCode": "en-US"}]).encode())

    def do_POST(self) -> None:
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8"))
        text = form["text"][0]
        matches = []
        for sentence, spans in self.spans.items():
            at = text.find(sentence)
            if at < 0:
                continue
            for a, b in spans:
                offset = len(text[:at + a].encode("utf-16-le")) // 2
                length = len(text[at + a:at + b].encode("utf-16-le")) // 2
                matches.append({"message": "Oracle.", "offset": offset, "length": length, "replacements": [],
                                "rule": {"id": "ORACLE", "issueType": "grammar",
                                         "category": {"id": "GRAMMAR", "name": "Grammar"}}})
        self._send(json.dumps({"matches": matches}).encode())

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def oracle_server(errors: list[Sentence]) -> tuple[ThreadingHTTPServer, str]:
    _Oracle.spans = {s.text: s.errors for s in errors}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Oracle)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


# -- cost ------------------------------------------------------------------------------------------------

def harper_load_s(runs: int = 3) -> float | None:
    """Median seconds to build a harper.Linter in a new process (the one-off cost per process)."""
    code = ("import time, harper; t = time.perf_counter(); harper.Linter(); "
            "print(time.perf_counter() - t)")  # wall clock: building is single-threaded CPU work
    times = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            return None
        times.append(float(proc.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def per_draft_ms(reps: int = 5) -> dict[str, float]:
    """Warm milliseconds per draft of benchmarks/data, wall clock and CPU time: the whole lint with and
    without Harper, and the grammar rule alone (same run)."""
    from followup_lint import Config, Draft, Interview, Linter

    records = json.loads((HERE / "data" / "drafts.json").read_text(encoding="utf-8"))
    items = [(Draft(body=r["body"], subject=r.get("subject", "")),
              Interview.from_dict(r["interview"]) if r.get("interview") else None) for r in records]
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    out: dict[str, float] = {}
    for label, cfg in (("without_grammar", Config()), ("with_harper", Config(grammar="harper")),
                       ("harper_rule_only", Config(select=("FL110",), grammar="harper"))):
        linter = Linter(cfg)
        for d, iv in items:
            linter.lint(d, iv, now=now)
        times, cpu = [], []
        for _ in range(reps):
            for d, iv in items:
                t, c = time.perf_counter(), time.process_time()
                linter.lint(d, iv, now=now)
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
        out[f"{label}_median_ms"] = round(statistics.median(times) * 1e3, 3)
        out[f"{label}_cpu_median_ms"] = round(statistics.median(cpu) * 1e3, 3)   # less sensitive to load
    out["drafts"] = len(items)
    return out


def findings_on_notes() -> list[dict[str, str]]:
    """Every Harper finding on the drafts of benchmarks/data (names, URLs, addresses, signatures)."""
    from followup_lint import Config, Draft, Interview, Linter

    records = json.loads((HERE / "data" / "drafts.json").read_text(encoding="utf-8"))
    linter = Linter(Config(select=("FL110",), grammar="harper"))
    out = []
    for i, r in enumerate(records):
        draft = Draft(body=r["body"], subject=r.get("subject", ""), to=r.get("to", ()))
        iv = Interview.from_dict(r["interview"]) if r.get("interview") else None
        for f in linter.lint(draft, iv, clock=False).findings:
            if f.span is not None:
                out.append({"draft": str(i), "text": r["body"][f.span.start:f.span.end], "message": f.message,
                            "rule_id": str(f.data.get("rule_id"))})
    return out


def measure(errors: list[Sentence], correct: list[Sentence], *, cost: bool = True) -> dict[str, Any]:
    from followup_lint import Config
    from followup_lint.config import LanguageToolConfig

    res: dict[str, Any] = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                           "errors": len(errors), "expected_spans": sum(len(s.errors) for s in errors),
                           "correct": len(correct)}
    try:
        import harper  # noqa: F401
        from importlib.metadata import version

        res["harper_py"] = version("harper-py")
    except ImportError:
        res["harper_py"] = None
    if res["harper_py"]:
        res["harper"] = score(linter_finder(Config(select=("FL110",), grammar="harper"), ("FL110",)), errors, correct)
        res["harper+misspelled-word"] = score(
            linter_finder(Config(select=("FL101", "FL110"), grammar="harper"), ("FL101", "FL110")), errors, correct)
    httpd, url = oracle_server(errors)
    try:
        cfg = Config(select=("FL110",), languagetool=LanguageToolConfig(url=url))
        res["languagetool-plumbing"] = score(linter_finder(cfg, ("FL110",)), errors, correct)
    finally:
        httpd.shutdown()
        httpd.server_close()
    if cost and res["harper_py"]:
        import os

        res["load_average"] = os.getloadavg()
        res["harper_load_s"] = harper_load_s()
        res["per_draft"] = per_draft_ms()
        res["findings_on_notes"] = findings_on_notes()
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/grammar.json")
    ap.add_argument("--no-cost", action="store_true", help="skip the timings and the notes")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    errors, correct = read_set()
    res = measure(errors, correct, cost=not args.no_cost)
    for key in ("harper", "harper+misspelled-word", "languagetool-plumbing"):
        if key in res:
            r = res[key]
            print(f"{key}: recall {r['recall']} ({r['found']}/{r['expected_errors']}), precision {r['precision']} "
                  f"({r['right']}/{r['findings']}), correct sentences flagged {r['correct_sentences_flagged']}/"
                  f"{r['correct_sentences']}")
            print("   by category:", r["recall_by_category"])
    if "harper" in res:
        print("harper false alarms:", *res["harper"]["false_alarm_list"], sep="\n   ")
    if "per_draft" in res:
        print(f"harper load {res['harper_load_s']:.2f} s; per draft: {res['per_draft']}")
        print(f"harper findings on the {res['per_draft']['drafts']} notes of benchmarks/data:",
              *[f"{f['text']!r} {f['rule_id']}: {f['message']}" for f in res["findings_on_notes"]], sep="\n   ")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
