"""Shared by the no-next-step (FL304) test modules about take-home notes: a note to Dana after an exercise,
and whether the rule reports on a text."""

from __future__ import annotations

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import run_rule

RULE = NoNextStep


def note(content: str) -> str:
    """A note to Dana: greeting, thanks for the exercise, ``content`` and a sign-off (no look ahead)."""
    return f"Hi Dana,\n\nThank you for the exercise. {content}\n\nBest,\nSam"


def flagged(text: str) -> bool:
    """Does FL304 (and nothing else of the rule) report on ``text``?"""
    return [f.code for f in run_rule(RULE, text).findings] == ["FL304"]
