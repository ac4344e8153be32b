"""Every report of the outside notes, the dev corpus, the benchmark drafts and the issue-12 shapes (at 3 KB
and 40 KB), as JSON, for a speed-up that must not change a result: dump before, dump after, compare.

    PYTHONPATH=OLD_TREE .venv/bin/python benchmarks/reports_dump.py before.json
    PYTHONPATH=$PWD .venv/bin/python benchmarks/reports_dump.py after.json
    .venv/bin/python benchmarks/reports_dump.py --compare before.json after.json

Each report is its whole ``to_dict()`` (codes, spans, messages, fixes, data, metrics). The notes are linted
twice, the second time in reverse order: a report that differs then (a memo of one draft changing another's)
is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _text(report: object) -> str:
    return json.dumps(report.to_dict(), sort_keys=True, default=str)  # type: ignore[attr-defined]


def dump() -> dict[str, str]:
    import followup_lint as api
    import run
    import shapes
    from _corpus_scoring import _build

    files = sorted((ROOT / "tests" / "fixtures" / "outside").glob("*/*.json"))
    files += sorted((ROOT.parent / "shared" / "corpus").glob("*.json"))
    out: dict[str, str] = {}
    for order in (files, files[::-1]):
        for path in order:
            item = json.loads(path.read_text(encoding="utf-8"))
            if "body" not in item:
                continue
            draft, interview = _build(item)
            got = _text(api.lint_draft(draft, interview, now=NOW))
            key = str(path.relative_to(path.parent.parent))
            if out.setdefault(key, got) != got:
                print(f"{key}: a second reading differs", file=sys.stderr)
    for i, (draft, interview, template) in enumerate(run.build_items(run.load_records())):
        out[f"benchmark-{i}"] = _text(api.lint_draft(draft, interview, now=NOW, template=template))
    linter = api.Linter(api.Config())
    for name, build in shapes.SHAPES.items():
        for size in (3000, 40000):
            body = shapes.sized(build, size)
            out[f"shape {name} {size}"] = _text(linter.lint(api.Draft(body=body, subject="Thank you"), None,
                                                            now=shapes.NOW))
    return out


def compare(before: Path, after: Path) -> int:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    print(f"{len(a)} and {len(b)} reports; {len(differ)} differ")
    for key in differ[:20]:
        print(" ", key)
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path, help="the dump to write, or the two to compare")
    ap.add_argument("--compare", action="store_true")
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.files[:2])
    import followup_lint

    print(f"linting with {Path(followup_lint.__file__).parent}", file=sys.stderr)
    reports = dump()
    args.files[0].write_text(json.dumps(reports, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(reports)} reports written to {args.files[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
