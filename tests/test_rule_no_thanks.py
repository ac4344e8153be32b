"""no-thanks (FL303): thanks or appreciation anywhere in the candidate's own text."""

from __future__ import annotations

import pytest

from followup_lint import Applicability, apply_fixes
from followup_lint.rules.courtesy import NoThanks
from followup_lint.testing import assert_clean, run_rule

RULE = NoThanks

GOOD = [
    "Hi Dana,\n\nThank you for your time today.\n\nBest,\nSam",
    "Hi Dana,\n\nThanks so much for the chat.\n\nSam",
    "Hi Dana,\n\nI am following up on the analyst role.\n\nThanks,\nSam",
    "Hi Dana,\n\nI appreciated your frankness about the team's challenges.\n\nBest,\nSam",
    "Hi Dana,\n\nI'm grateful for the time you spent with me.\n\nBest,\nSam",
    "Dear Ms. Wells,\n\nPlease accept my sincere gratitude for the interview.\n\nYours sincerely,\nSam",
    "Hi Dana,\n\nI really appreciate you walking me through the roadmap.\n\nBest,\nSam",
    "Hi Dana,\n\nMany thanks for meeting me yesterday.\n\nKind regards,\nSam",
    "Hi Dana,\n\nI am following up on my application.\n\nWith appreciation,\nSam",
    "<p>Hi Dana,</p><p>Thank&nbsp;you for the interview.</p><p>Best,<br>Sam</p>",
    "Hi Dana,\n\nThank you\u2019s are in order: the tour was great.\n\nSam",
    "Hi Dana,\n\nThanks in advance for letting me know.\n\nBest,\nSam",
]

BAD = [
    "Hi Dana,\n\nI am following up on the analyst role. Has a decision been made?\n\nRegards,\nSam",
    "Hi Dana,\n\nI would appreciate an update on the timeline.\n\nBest,\nSam",
    "Hi Dana,\n\nI'd be grateful for any news.\n\nBest,\nSam",
    "Hi Dana,\n\nThe interview was great and I am excited about the role.\n\nBest,\nSam",
    "Hi Dana,\n\nJust checking in on my application.\n\nCheers,\nSam",
    "Hi Dana,\n\nPlease find my portfolio attached.\n\nBest regards,\nSam",
    "Hi Dana,\n\nI enjoyed our talk about the Kafka migration.\n\nBest,\nSam",
    "Hi Dana,\n\nIt was good to meet you.\n\nKind regards,\nSam\n\n> Thanks for coming in today!",
    "Hi Dana,\n\nI wanted to follow up on the role.\n\nBest,\nSam\n-- \nSam Lee | Thankful Designs Ltd",
]


@pytest.mark.parametrize("body", GOOD)
def test_thanks_found(body: str) -> None:
    assert_clean(RULE, body)


@pytest.mark.parametrize("body", BAD)
def test_no_thanks(body: str) -> None:
    report = run_rule(RULE, body)
    assert [f.code for f in report.findings] == ["FL303"]
    assert report.findings[0].span is None


def test_fix_adds_thanks() -> None:
    body = BAD[0]
    report = run_rule(RULE, body)
    fixed = apply_fixes(report.draft, report, applicability=Applicability.UNSAFE)
    assert fixed.body.startswith("Hi Dana,\n\nThank you for your time. I am following up")
    assert_clean(RULE, fixed.body)


# -- sentence structure, not phrases: wordings written for these tests ------------------------------------

@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nThanks to the icy roads I only just made it on time.\n\nBest,\nSam",
    "Hi Dana,\n\nThanks to a late train, we started ten minutes behind.\n\nBest,\nSam",
    "Hi Dana,\n\nI realise I never sent a thank-you message after our first call.\n\nBest,\nSam",
    "Hi Dana,\n\nThankfully the parking was easy to find.\n\nBest,\nSam",
])
def test_cause_or_talk_of_a_note_is_not_thanks(body: str) -> None:
    assert [f.code for f in run_rule(RULE, body).findings] == ["FL303"]


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nThnak you for walking me round the depot.\n\nBest,\nSam",
    "Hi Dana,\n\nI realy apreciated the frank answers.\n\nBest,\nSam",
    "Hi Dana,\n\nThe depot tour was the highlight.\n\nThanks again and warm regards,\nSam",
    "Hi Dana,\n\nThank you in advance for passing my notes to Ravi.\n\nBest,\nSam",
    "Hi Dana,\n\nMerci for the depot tour.\n\nBest,\nSam",
])
def test_thanks_by_structure(body: str) -> None:
    assert_clean(RULE, body)


# -- thanks in the writer's other language, in the body or the closing ------------------------------------

@pytest.mark.parametrize("body", [
    "Hi Betty,\n\nAsante sana for the boat trip today.\n\nJuma",
    "Hi Carys,\n\nDiolch for showing me round today.\n\nFfion",
    "Hi Amir,\n\nShukran for your time today.\n\nSara",
    "Hi Rahul,\n\nThe tour was great.\n\nThanking you,\nPriya",
    "Hi Kai,\n\nThe visit to the farm was great.\n\nMahalo,\nLeilani",
])
def test_thanks_in_the_writers_other_language(body: str) -> None:
    assert_clean(RULE, body)


# -- appreciating a circumstance, and a template that describes the thanks: not thanks ----------------------

@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nI appreciate you may be snowed under with the stock take. Is there any news on the role?\n\nBest,\nSam",
    "Hi Dana,\n\nI appreciate that your diary is full this month, so a short reply is fine.\n\nRegards,\nSam",
    "Dear: (Name of the interviewer)\n\nThe first paragraph thanks him/her for the interview.\n\n"
    "Sign with your full name",
    "Dear [Name],\n\nStart by thanking the interviewer for his or her time.\n\nYours,\n[Your name]",
])
def test_acknowledgement_or_instruction_is_not_thanks(body: str) -> None:
    assert [f.code for f in run_rule(RULE, body).findings] == ["FL303"]


def test_appreciating_the_readers_time_thanks() -> None:
    assert_clean(RULE, "Hi Dana,\n\nI appreciate you making time for a second call.\n\nBest,\nSam")
