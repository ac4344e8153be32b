"""lowercase-i (FL103): good and bad cases, spans, the safe fix, no double report with sentence-case."""

from __future__ import annotations

import pytest

from followup_lint import Config, Linter, apply_fixes
from followup_lint.rules.mechanics import LowercaseI
from followup_lint.testing import assert_clean, assert_flags, run_rule

BAD = [
    ("Thanks for today, and i think the plan is solid.", ["i"]),
    ("It was great, i'm excited about the role.", ["i'm"]),
    ("Since our call i've been reading about dbt.", ["i've"]),
    ("If it helps, i'd be glad to send samples.", ["i'd"]),
    ("Next week i'll share the deck.", ["i'll"]),
    ("Also, i forgot to ask about on-call.", ["i"]),
    ("i wanted to thank you for your time.", ["i"]),
    ("Thanks! i really enjoyed it.", ["i"]),
    ("You and i talked about the rollout; i liked it.", ["i", "i"]),
    ("Since then i’ve sketched a plan.", ["i’ve"]),
    ("Honestly, i would love to join.", ["i"]),
]
GOOD = [
    "I think the plan is solid.",
    "The fix, i.e. the watermark, was neat.",
    "Two options: (i) batch, (ii) stream.",
    "Options:\ni) batch\nii) stream",
    "We discussed the iPhone app and iOS releases.",
    "I'm glad we met, and I'll follow up.",
    "Please run `for i in range(3)` to see it.",
    "See https://example.com/i/index for details.",
    "Item i-9 is still open.",
    "I've attached the I-9 form.",
    "Our team in Ithaca grew fast.",
]


@pytest.mark.parametrize(("body", "flagged"), BAD)
def test_flags_lowercase_pronoun(body: str, flagged: list[str]) -> None:
    assert_flags(LowercaseI, body, *flagged)


@pytest.mark.parametrize("body", GOOD)
def test_leaves_other_uses_alone(body: str) -> None:
    assert_clean(LowercaseI, body)


def test_safe_fix_capitalises() -> None:
    report = run_rule(LowercaseI, "Thanks, i think i'm ready.")
    assert apply_fixes(report.draft, report).body == "Thanks, I think I'm ready."


def test_sentence_start_is_reported_once() -> None:
    linter = Linter(Config(select=("FL103", "FL106")))
    report = linter.lint("Hi Dana,\n\nThanks for today. i enjoyed the tour.\n\nBest,\nSam", clock=False)
    assert [f.code for f in report.findings] == ["FL103"]


def test_subject_is_checked() -> None:
    assert_flags(LowercaseI, "Thanks for today.", "i", subject="What i learned today")
