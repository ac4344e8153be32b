"""Where the warm time of ``lint_draft`` goes: the document, the metrics, the shared analyses and each rule.

    .venv/bin/python benchmarks/rules_profile.py [--reps N] [--json]

Lints the dev corpus (``../shared/corpus``, with its interview context) and this folder's own drafts
(``data/drafts.json``) with the default rules, then times, per draft: parsing the ``Document``,
``compute_metrics``, the shared per-draft analyses (the substance analysis and the spelling pass, each
charged to the first rule that uses it in a real run), and each rule's ``check``. Prints medians in
milliseconds, slowest first. Use it before and after a change to a rule: ``benchmarks/run.py`` gives
the totals against proselint.
"""

from __future__ import annotations

import argparse
import glob
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def _items() -> list[tuple[Any, Any]]:
    from followup_lint import Draft, Interview

    records = json.loads((HERE / "data" / "drafts.json").read_text(encoding="utf-8"))
    for path in sorted(glob.glob(str(SHARED / "corpus" / "*.json"))):
        records.append(json.loads(Path(path).read_text(encoding="utf-8")))
    out = []
    for r in records:
        interview = Interview.from_dict(r["interview"]) if r.get("interview") else None
        draft = Draft(body=r["body"], subject=r.get("subject") or "", to=tuple(r.get("to") or ()),
                      cc=tuple(r.get("cc") or ()), sent_at=r.get("sent_at"))
        out.append((draft, interview))
    return out


def profile(reps: int = 5) -> dict[str, Any]:
    from datetime import datetime, timezone

    from followup_lint.document import Document
    from followup_lint.engine import default_linter
    from followup_lint.metrics import compute_metrics
    from followup_lint.rule import RuleContext, SkipRule
    from followup_lint.rules import _substance
    from followup_lint.rules import spelling as _spelling

    now = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
    items = _items()
    linter = default_linter()
    for draft, interview in items:  # warm: data loaded, caches filled
        linter.lint(draft, interview, now=now)
    total: list[float] = []
    for _ in range(reps):
        for draft, interview in items:
            t = time.perf_counter()
            linter.lint(draft, interview, now=now)
            total.append(time.perf_counter() - t)
    parts: dict[str, list[float]] = {}

    def timed(name: str, fn: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn()
        finally:
            parts.setdefault(name, []).append(time.perf_counter() - t)

    for _ in range(reps):
        for draft, interview in items:
            doc = timed("(document)", lambda: Document(draft))
            timed("(metrics)", lambda: compute_metrics(doc))
            send = draft.sent_at or now
            ctx = RuleContext(doc=doc, draft=draft, interview=interview, send_time=send, template=False,
                              config=linter.config, shared={"metrics": {}}, resources=linter.resources)
            timed("(substance analysis)", lambda: _substance.analysis(ctx))
            timed("(spelling pass)", lambda: _spelling._parts(ctx))
            for rule, severity in linter._rules:
                ctx.bind(rule, severity)

                def run() -> None:
                    try:
                        list(rule.check(ctx))
                    except SkipRule:
                        pass

                timed(rule.name, run)
    med = {k: statistics.median(v) * 1000 for k, v in parts.items()}
    return {"drafts": len(items), "median_total_ms": statistics.median(total) * 1000,
            "parts_ms": dict(sorted(med.items(), key=lambda kv: -kv[1]))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = profile(args.reps)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"{res['drafts']} drafts, median lint_draft {res['median_total_ms']:.3f} ms (all default rules)")
    print(f"{'part':34} median ms")
    for name, ms in res["parts_ms"].items():
        print(f"{name:34} {ms:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
