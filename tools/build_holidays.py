"""Build ``holidays-public.txt``: each country's public holidays, weekend and name, for the years near now.

Not imported by the package: run it by hand after the `holidays` package is upgraded::

    python tools/build_holidays.py

Importing `holidays` and building one country's calendar costs ~0.15-0.2 s (its package imports the
modules of all ~250 countries), most of a cold ``followup-lint check`` of one draft. The file holds,
after a first line ``holidays=<version> years=<first>-<last>``, one line a country::

    US<TAB>{"weekend": [5, 6], "name": "the United States", "names": [...], "days": [d, i, d, i, ...]}

``days`` pairs the gap in days from the previous holiday (the first from 1 January of the first year)
with the index of its name in ``names``: exactly what ``country_holidays(code).get(day)`` answers for
every day of those years. ``workdays`` reads one country's line; other years, subdivisions and codes
that are not here still go to the package.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

FIRST, LAST = 2020, 2035


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    import holidays
    from holidays import registry

    from followup_lint.workdays import HOLIDAYS_FILE, _name_from_registry

    lines = [f"holidays={holidays.__version__} years={FIRST}-{LAST}"]
    seen: set[str] = set()
    for entry in registry.COUNTRIES.values():
        code = entry[1]
        if code in seen:  # pragma: no cover - the registry lists each country once
            continue
        seen.add(code)
        table = holidays.country_holidays(code, years=range(FIRST, LAST + 1))
        names: list[str] = []
        index: dict[str, int] = {}
        days: list[int] = []
        previous = date(FIRST, 1, 1)
        for day, name in sorted(table.items()):
            if not FIRST <= day.year <= LAST:
                print(f"{code}: {day} is outside {FIRST}-{LAST}", file=sys.stderr)
                return 1
            if name not in index:
                index[name] = len(names)
                names.append(name)
            days += [(day - previous).days, index[name]]
            previous = day
        row = {"weekend": sorted(table.weekend), "name": _name_from_registry(code), "names": names, "days": days}
        lines.append(code + "\t" + json.dumps(row, ensure_ascii=False, separators=(",", ":")))
    out = root / "followup_lint" / "data" / HOLIDAYS_FILE
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(seen)} countries, {FIRST}-{LAST}, {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
