"""emoji (FL307): any emoji in the subject or the candidate's own text."""

from __future__ import annotations

import pytest

from followup_lint import Applicability
from followup_lint.rules.length import Emoji
from followup_lint.testing import assert_clean, assert_flags, run_rule

BAD = [
    ("Thanks so much for today 🙌", ["🙌"]),
    ("Great chat 😊 talk soon.", ["😊"]),
    ("Loved the demo 👍👍", ["👍👍"]),
    ("I ❤️ the roadmap.", ["❤️"]),
    ("Coffee ☕ was great.", ["☕"]),
    ("All done ✅ on my side.", ["✅"]),
    ("So excited ✨ about this.", ["✨"]),
    ("Thanks 👋🏽 Dana.", ["👋🏽"]),
    ("The launch 🚀 story was great.", ["🚀"]),
    ("Team 👨‍👩‍👧 photo was lovely.", ["👨‍👩‍👧"]),
    ("Greetings from 🇬🇧 London.", ["🇬🇧"]),
]
GOOD = [
    "Thanks so much for today.",
    "Great chat :) talk soon.",
    "Steps: ✓ design ✓ review",
    "Rated ★★★★ by the team.",
    "Call me at ☎ 555 0100.",
    "Price is €30 or £25 — either works.",
    "Temperature was 20°C.",
    "The ™ and © marks matter.",
    "Arrows → and ← in the diagram.",
    "Thanks!\n\nOn Mon, Dana wrote:\n> Great 😊",
    "Naïve café résumé.",
]


@pytest.mark.parametrize(("body", "flagged"), BAD)
def test_flags_emoji(body: str, flagged: list[str]) -> None:
    assert_flags(Emoji, body, *flagged)


@pytest.mark.parametrize("body", GOOD)
def test_text_symbols_and_quotes_are_fine(body: str) -> None:
    assert_clean(Emoji, body)


def test_subject_and_unsafe_fix() -> None:
    report = run_rule(Emoji, "Thanks for today.", subject="Thank you 🙏")
    (f,) = report.findings
    assert f.span.field == "subject" and report.draft.subject[f.span.start:f.span.end] == "🙏"
    assert f.fixes[0].applicability is Applicability.UNSAFE


def test_signature_is_not_checked() -> None:
    assert_clean(Emoji, "Thanks for today.\n\nBest,\nSam\n-- \nSam 🚀 Lee")
