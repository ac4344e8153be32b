"""Where the warm time of ``lint_draft`` goes: the document, the metrics, the shared analyses and each rule.

    .venv/bin/python benchmarks/rules_profile.py [--reps N] [--json]

Lints the dev corpus (``../shared/corpus``, with its interview context) and this folder's own drafts
(``data/drafts.json``) with the default rules, then times, per draft: parsing the ``Document``,
``compute_metrics``, each part of the shared Analysis layer (``ctx.analysis``; its own time, without the
parts it reads, charged to the part rather than to the first rule that reads it; a median over the
drafts that computed it) and each rule's ``check``. Prints medians in milliseconds, slowest first. Use
it before and after a change to a rule: ``benchmarks/run.py`` gives the totals against proselint.
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

    from followup_lint._lazy import lazy
    from followup_lint.analysis import Analysis, FieldMechanics
    from followup_lint.document import Document
    from followup_lint.engine import default_linter
    from followup_lint.metrics import compute_metrics
    from followup_lint.rule import RuleContext, SkipRule

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
    inner: list[float] = []  # time spent in Analysis parts computed inside the part or rule being timed

    def timed(name: str, fn: Any) -> Any:
        t = time.perf_counter()
        inner.append(0.0)
        try:
            return fn()
        finally:
            dt = time.perf_counter() - t
            own = dt - inner.pop()
            if inner:
                inner[-1] += dt
            parts.setdefault(name, []).append(own)

    # each Analysis part is charged to itself (its own time, without the parts it reads), not to the
    # first rule that happens to read it
    saved: list[tuple[Any, Any]] = []
    for cls in (Analysis, FieldMechanics):
        for attr, value in list(vars(cls).items()):
            if isinstance(value, lazy):
                saved.append((value, value.func))
                value.func = (lambda f, n: lambda self: timed(n, lambda: f(self)))(
                    value.func, f"(analysis.{attr})" if cls is Analysis else f"(analysis.body/subject.{attr})")
    try:
        for _ in range(reps):
            for draft, interview in items:
                doc = timed("(document)", lambda: Document(draft))
                timed("(metrics)", lambda: compute_metrics(doc))
                send = draft.sent_at or now
                ctx = RuleContext(doc=doc, draft=draft, interview=interview, send_time=send, template=False,
                                  config=linter.config, resources=linter.resources, settings=linter._settings)
                for rule, severity, name, _needs, _language, options, *_ in linter._plan:
                    ctx.rule, ctx.options, ctx.severity_override = rule, options, severity

                    def run() -> None:
                        try:
                            list(rule.check(ctx))
                        except SkipRule:
                            pass

                    timed(name, run)
    finally:
        for value, func in saved:
            value.func = func
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
