"""repeated-punctuation (FL104): runs of ! and ?, four or more dots; one finding per run."""

from __future__ import annotations

import pytest

from followup_lint import Applicability
from followup_lint.rules.mechanics import RepeatedPunctuation
from followup_lint.testing import assert_clean, assert_flags, run_rule

BAD = [
    ("Thanks so much for today!!", ["!!"]),
    ("Thanks so much for today!!!", ["!!!"]),
    ("Is the role still open??", ["??"]),
    ("Did you really migrate it in a week?!", ["?!"]),
    ("Wow!?! That was fast.", ["!?!"]),
    ("I was thinking.... maybe a pilot.", ["...."]),
    ("Great talk!! Loved the demo!!", ["!!", "!!"]),
    ("Really‼ What a team.", ["‼"]),
    ("So many ideas.......", ["......."]),
    ("Can we talk again??? Please let me know.", ["???"]),
    ("It went well……", ["……"]),
]
GOOD = [
    "Thank you for today!",
    "Could we talk again next week?",
    "I was thinking... maybe a pilot.",
    "It went well… thanks again.",
    "See https://example.com/?q=a!!b for the notes.",
    "The command `make all!!` failed.",
    "Thanks! It was great. Really? Yes.",
    "Version 1.2.3.4 shipped.",
    "Is it possible? I hope so!",
    "Wait - really?",
    "The [Name?!] slot stays.",
]


@pytest.mark.parametrize(("body", "flagged"), BAD)
def test_flags_runs(body: str, flagged: list[str]) -> None:
    assert_flags(RepeatedPunctuation, body, *flagged)


@pytest.mark.parametrize("body", GOOD)
def test_leaves_single_marks_and_ellipses_alone(body: str) -> None:
    assert_clean(RepeatedPunctuation, body)


def test_subject_run_and_unsafe_fix() -> None:
    report = run_rule(RepeatedPunctuation, "Thanks.", subject="Thank you!!!")
    (finding,) = report.findings
    assert finding.span.field == "subject" and report.draft.subject[finding.span.start:finding.span.end] == "!!!"
    assert finding.fixes[0].applicability is Applicability.UNSAFE
    assert finding.fixes[0].edits[0].replacement == "!"
