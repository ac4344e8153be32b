"""Hostile input shapes (the hardening review of issue 12): the default linter at 100 KB and 1 MB each,
and a 100 KB Jinja template rendered and mapped back to its lines.

    .venv/bin/python benchmarks/shapes.py [--sizes 100000,1000000] [SHAPE ...]

Targets: every shape at 1 MB in <= 1 s, growth <= 12x for 10x the size; the template in <= 1 s. Times
are wall-clock on whatever else the machine is doing: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOW = datetime(2026, 3, 10, tzinfo=timezone.utc)


def _words(n: int, capital: bool) -> str:
    """``n`` distinct made-up words ("Bacefo ...")."""
    out = []
    for i in range(n):
        x, w = i, ""
        for _ in range(5):
            w += "bcdfghjklmnpqrstvwxz"[x % 20] + "aeiou"[x % 5]
            x //= 7
        out.append(w.capitalize() if capital else w)
    return " ".join(out)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * (n // len(unit) + 1)


SHAPES: dict[str, Callable[[int], str]] = {
    "signoff + spaces": lambda n: "Hi Dana,\n\nThanks.\n\nBest regards," + " " * n + "Maya\n",
    "signoff + tabs": lambda n: "Hi Dana,\n\nThanks.\n\nBest regards," + "\t" * n + "Maya\n",
    "trailing spaces": lambda n: "Hi Dana,\n\nThanks.\n\nBest,\n" + " " * n,
    "no spaces": _repeat("Hi.Bob."),
    "LF lines": _repeat("A line of text here\n"),
    "one paragraph": _repeat("We talked about caching and the team plans. "),
    "capitalised non-words": lambda n: _words(n // 11 + 1, True),
    "non-words": lambda n: _words(n // 11 + 1, False),
    "i i i": _repeat("i "),
    "Hi.\\n lines": _repeat("Hi.\n"),
    "repeated punctuation": _repeat("!!?? "),
    "misspellings": _repeat("teh recieve definately "),
    "Markdown code": _repeat("`code` and ```block``` "),
    "one giant word": lambda n: "Hi Dana,\n\n" + "a" * n,
    "URL": lambda n: "See http://a.example/" + "a" * n,
    "camelCase": _repeat("aB"),
    "long address": lambda n: "Mail " + "a" * n + "@example.com",
    "placeholders": _repeat("[Name] {{x}} "),
    "many sentences": _repeat("Thanks. "),
    "brackets": _repeat('("['),
    "quotes": _repeat("\"a\" 'b' (c) "),
    "zero-width": _repeat("thanks\u200b"),
    "combining marks": _repeat("e\u0301"),
    "many <p>": _repeat("<p>a</p>"),
    # (quadratic readings found in the seventeenth session's review: each now linear)
    "praise paragraph": _repeat("I was impressed by the company's commitment to quality. "),
    "run-together sentences": _repeat("We talked about caching and the team plans."),
    "repeated gerunds": _repeat("Meeting Priya at reception at 9 works for me, "),
    "wish paragraph": _repeat("I'd love to know what you think of the plan, "),
    "kindly check": _repeat("Kindly check the file and let me know, "),
}


def sized(build: Callable[[int], str], size: int) -> str:
    """The shape cut to ``size`` bytes of UTF-8 (the max-size limit counts bytes)."""
    return build(size).encode("utf-8")[: size - 64].decode("utf-8", "ignore")


def template(lines: int) -> str:
    out = []
    for i in range(lines):
        out.append(f"Paragraph {i}: thank you {{{{ name }}}} for the talk about item {i}, and the plans.")
        if i % 7 == 0:
            out += ["{% if name %}", f"  A conditional line {i} for {{{{ name }}}}.", "{% endif %}"]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("shapes", nargs="*", help="names of shapes (default: all)")
    args = ap.parse_args(argv)
    from followup_lint import Config, Draft, Linter
    from followup_lint.templating import LineMap, render

    sizes = [int(x) for x in args.sizes.split(",")]
    linter = Linter(Config())
    linter.lint(Draft(body="Hi Dana,\n\nThank you for the talk.\n\nBest,\nSam\n"), None, now=NOW)
    print(f"load average {os.getloadavg()[0]:.1f}; seconds per draft at " + ", ".join(f"{s:,} B" for s in sizes))
    for name, build in SHAPES.items():
        if args.shapes and name not in args.shapes:
            continue
        times = []
        for size in sizes:
            body = sized(build, size)
            t0 = time.perf_counter()
            linter.lint(Draft(body=body, subject="Thank you"), None, now=NOW)
            times.append(time.perf_counter() - t0)
        growth = f"  growth {times[-1] / times[0]:.1f}x" if len(times) > 1 else ""
        print(f"{name:24s} " + " ".join(f"{t:7.3f}" for t in times) + growth, flush=True)
    text = template(1150)
    t0 = time.perf_counter()
    LineMap(text, render("", text, {"name": "Dana Smith"}).body)
    print(f"Jinja template of {len(text):,} characters rendered and mapped: {time.perf_counter() - t0:.3f} s")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
