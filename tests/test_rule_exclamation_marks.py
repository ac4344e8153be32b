"""exclamation-marks (FL111): several single exclamation marks across the message (info)."""

from __future__ import annotations

import pytest

from followup_lint import Severity
from followup_lint.rules.mechanics import ExclamationMarks
from followup_lint.testing import assert_clean, findings_of


def note(text: str) -> str:
    return f"Hi Dana!\n\n{text}\n\nThanks!\nSam"


BAD = [
    "Thanks for today! I loved the tour! The team is great!",
    "What a day! Great talk! Loved it! See you soon!",
    "Thank you!\n\nThe demo was fun!\n\nI hope to hear back!",
    "Great! Great! Great!",
    "Thank you so much! It was fun! Also the lunch!",
    "I am thrilled! Truly! Thanks!",
    "Amazing team! Amazing plan! Amazing office!",
    "Wow! I learned a lot! Thanks again!",
    "The tour! The people! The coffee!",
    "Thank you ! It was great ! Bye !",
]
GOOD = [
    "Thanks for today! I loved the tour.",
    "Thanks for today. I loved the tour. The team is great.",
    "Thank you! It was great!",
    "Was it recorded? Could I see it? Thanks.",
    "Thanks for today!!! I loved it.",
    "Run `make all!` then `make test!` and `make docs!` please.",
    "Great to meet you. See you soon.",
    "It was fun!? Yes.",
    "Thank you for the time today.",
    "One great day! Two good talks.",
]


@pytest.mark.parametrize("text", BAD)
def test_flags_several_exclamation_marks(text: str) -> None:
    found = findings_of(ExclamationMarks, note(text))
    assert len(found) == 1 and found[0].span is None and found[0].severity is Severity.INFO


@pytest.mark.parametrize("text", GOOD)
def test_one_or_two_are_fine_and_greeting_signoff_do_not_count(text: str) -> None:
    assert_clean(ExclamationMarks, note(text))


def test_threshold_is_an_option() -> None:
    assert findings_of(ExclamationMarks, note("Thanks! Loved it!"), options={"threshold": 2})
    assert not findings_of(ExclamationMarks, note("A! B! C! D."), options={"threshold": 4})
