"""no-thanks (FL303): the writer glad of the chance the reader gave thanks (twenty-second batch, h-103),
on fresh wordings both ways."""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoThanks
from followup_lint.testing import assert_clean, run_rule

RULE = NoThanks


def note(content: str) -> str:
    return f"Hi Dana,\n\nI finished the exercise. {content}\n\nBest,\nSam"


@pytest.mark.parametrize("content", [
    "I'm so happy to have had the chance to meet the whole team.",
    "We are honoured to have been offered this opportunity.",
    "Glad to have been given the opportunity to try the task.",
    "I feel fortunate to have been granted the chance to present my work.",
])
def test_glad_of_the_chance_thanks(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "She was glad to have had the chance to present.",
    "I'm glad to have the chance to learn Rust at home.",
    "I am happy to have finished the tests in time.",
])
def test_gladness_of_someone_else_or_of_no_chance_given_does_not_thank(content: str) -> None:
    assert [f.code for f in run_rule(RULE, note(content)).findings] == ["FL303"], content
