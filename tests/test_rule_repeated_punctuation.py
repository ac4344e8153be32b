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


# Outside batch 11, class 4: two dots after a word are a doubled full stop (fresh wordings)
@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nLearning alone is messy..) but fun.",
    "Hi Dana,\n\nThanks so much.. see you Monday.",
    "Hi Dana,\n\nIt was a great day..\n\nBest,\nSam",
    "Hi Dana,\n\nI tried, honestly.. the build kept failing.",
])
def test_two_dots_after_a_word_are_a_doubled_full_stop(body: str) -> None:
    [f] = run_rule(RepeatedPunctuation, body).findings
    assert f.data["run"] == ".." and f.fixes[0].edits[0].replacement == "."


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nRun it from ../scripts with the 1..10 range.",
    "Hi Dana,\n\nWell... that was fun.",
    "Hi Dana,\n\nThe Rust `a..b` range and the `x..` slice came up.",
    "Hi Dana,\n\nSee https://example.org/a..b for the notes.",
])
def test_paths_ranges_code_and_an_ellipsis_are_not_a_doubled_full_stop(body: str) -> None:
    assert_clean(RepeatedPunctuation, body)
