"""signoff-punctuation (FL109): a sign-off before the name takes a comma."""

from __future__ import annotations

import pytest

from followup_lint import Applicability, Draft, apply_fixes, lint_draft
from followup_lint.rules.punctuation_lines import SignoffPunctuation
from followup_lint.testing import assert_clean, findings_of, flagged_texts

RULE = SignoffPunctuation


def note(closing: str, name: str = "\nSam Lee") -> str:
    return f"Hi Dana,\n\nThank you for the interview today.\n\n{closing}{name}"


@pytest.mark.parametrize("closing", ["Best regards,", "Cheers!", "Kind regards,", "Cofion gorau,", "Thanking you,"])
def test_punctuated_signoffs_pass(closing: str) -> None:
    assert_clean(RULE, note(closing))


@pytest.mark.parametrize("closing,span", [
    ("Best regards", "Best regards"), ("Thanks", "Thanks"), ("Sincerely", "Sincerely"),
    ("Kind regards.", "Kind regards"), ("Warm wishes -", "Warm wishes"),
])
def test_signoffs_without_a_comma(closing: str, span: str) -> None:
    assert flagged_texts(RULE, note(closing)) == [span]


def test_a_signoff_with_no_name_after_it_is_not_judged() -> None:
    assert_clean(RULE, note("Best regards", name=""))


@pytest.mark.parametrize("closing,fixed", [("Best regards", "Best regards,\n"), ("Kind regards.", "Kind regards,\n")])
def test_the_safe_fix_writes_the_comma(closing: str, fixed: str) -> None:
    body = note(closing)
    [f] = findings_of(RULE, body)
    assert f.fixes[0].applicability is Applicability.SAFE
    out = apply_fixes(Draft(body=body), lint_draft(Draft(body=body))).body
    assert fixed in out and flagged_texts(RULE, out) == []
