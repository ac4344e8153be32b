"""Shared by the no-added-strength-or-question (FL301) test modules: an interview with Dana at Initech, a
note around the sentences under test, and whether the rule fires on it."""

from __future__ import annotations

from typing import Any

from followup_lint.rules.strengths import NoAddedStrengthOrQuestion
from followup_lint.testing import run_rule

RULE = NoAddedStrengthOrQuestion
THANKS_FOR_TIME = "Thank you for your time today. "


def interview(strength: str, *, topics: tuple[str, ...] = ("the billing rewrite",),
              question: str = "how the team plans its releases") -> dict[str, Any]:
    """The interview record: one interviewer, the topics, one strength and one question not yet raised."""
    return {"interviewers": [{"name": "Dana Whitaker"}], "company": "Initech", "topics": list(topics),
            "strengths": [strength], "questions": [question]}


def note(content: str, opening: str = THANKS_FOR_TIME) -> str:
    """A note to Dana: greeting, ``opening``, ``content``, a look ahead and a sign-off."""
    return f"Hi Dana,\n\n{opening}{content}\n\nI look forward to hearing from you.\n\nBest,\nSam"


def fires_on(text: str, record: dict[str, Any]) -> bool:
    """Does FL301 (and nothing else of the rule) report on ``text``?"""
    return [f.code for f in run_rule(RULE, text, record).findings] == ["FL301"]
