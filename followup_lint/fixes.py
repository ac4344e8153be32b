"""``apply_fixes``: apply the fixes of a report to its draft."""

from __future__ import annotations

import dataclasses
from typing import Any

from .model import Draft
from .results import Applicability, Edit, Report

__all__ = ["apply_fixes", "apply_edits"]

_RANK = {Applicability.SAFE: 0, Applicability.UNSAFE: 1, Applicability.DISPLAY_ONLY: 2}


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits to one string (the caller has removed overlaps)."""
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: e.start] + e.replacement + text[e.end:]
    return text


def apply_fixes(draft: Draft, report: Report, *, applicability: Applicability = Applicability.SAFE) -> Draft:
    """The draft with every fix at or safer than ``applicability`` applied.

    Only the first fix of each finding is used; a fix whose edits overlap an earlier one is left out
    whole, so applying the fixes of a fresh report twice changes nothing more. Display-only fixes are
    never applied.
    """
    if report.draft != draft:
        # Spans index report.draft: edits are only meaningful on the text they were computed for.
        raise ValueError("the report was made for another draft: lint this draft first")
    limit = _RANK[Applicability(applicability)]
    chosen: dict[str, list[Edit]] = {"subject": [], "body": []}
    taken: dict[str, list[tuple[int, int]]] = {"subject": [], "body": []}
    for finding in report.findings:
        fix = next((f for f in finding.fixes if _RANK[f.applicability] <= limit
                    and f.applicability is not Applicability.DISPLAY_ONLY), None)
        if fix is None or not fix.edits:
            continue
        ranges = [(e.field, e.start, e.end) for e in fix.edits]
        if any(_overlaps(taken[f], s, e) for f, s, e in ranges):
            continue
        for edit in fix.edits:
            chosen[edit.field].append(edit)
            taken[edit.field].append((edit.start, edit.end))
    changes: dict[str, Any] = {}
    for field, edits in chosen.items():
        if edits:
            changes[field] = apply_edits(getattr(draft, field), edits)
    return dataclasses.replace(draft, **changes) if changes else draft


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) conflicts with a taken range (insertions at one point conflict too)."""
    for s, e in ranges:
        if start < e and s < end:
            return True
        if start == end and (s < start < e or s == e == start):
            return True
        if s == e and start < s < end:
            return True
    return False
