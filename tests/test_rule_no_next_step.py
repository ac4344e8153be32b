"""no-next-step (FL304): an invitation to continue the conversation."""

from __future__ import annotations

import pytest

from followup_lint import Applicability, apply_fixes
from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, run_rule

RULE = NoNextStep


def note(content: str, signoff: str = "Best,") -> str:
    return f"Hi Dana,\n\nThank you for your time today. {content}\n\n{signoff}\nSam"


GOOD = [
    "I look forward to hearing from you.",
    "Looking forward to the next steps.",
    "Please let me know if you need anything else from me.",
    "I'd be happy to send over a code sample.",
    "Feel free to reach out with any questions.",
    "I would welcome the chance to discuss this further.",
    "I hope to hear back soon.",
    "If you need any more information, I am glad to provide it.",
    "Please keep me posted on your decision.",
    "I'd love to continue the conversation whenever suits you.",
    "Keen to hear how things progress.",
    "Please keep me in the loop.",
]

BAD = [
    "I enjoyed learning about the team.",
    "I am passionate about customer service.",
    "Thank you for the conversation.",
    "I appreciated the opportunity to share my background.",
    "The meeting was very useful.",
    "I enjoyed the call.",
    "Your decision to move to Kafka makes sense to me.",
    "I believe I would be a great addition to your organisation.",
    "The next quarter sounds busy for the team.",
    "It was a pleasure to meet the team.",
    "I was keen to hear how the pilot went, and it went well.",
]


@pytest.mark.parametrize("content", GOOD)
def test_invites(content: str) -> None:
    assert_clean(RULE, note(content))


def test_looking_forward_signoff_counts() -> None:
    assert_clean(RULE, note("I enjoyed the conversation.", signoff="Looking forward,"))


@pytest.mark.parametrize("content", BAD)
def test_no_invitation(content: str) -> None:
    report = run_rule(RULE, note(content))
    assert [f.code for f in report.findings] == ["FL304"]


def test_fix_adds_a_line_before_the_signoff() -> None:
    report = run_rule(RULE, note(BAD[0]))
    fixed = apply_fixes(report.draft, report, applicability=Applicability.UNSAFE)
    assert fixed.body.endswith("about the team.\n\nI look forward to hearing from you.\n\nBest,\nSam")
    assert_clean(RULE, fixed.body)


# -- sentence structure, not phrases: wordings written for these tests ------------------------------------

@pytest.mark.parametrize("content", [
    "Does the new starter get a buddy for the first fortnight?",
    "I stay at your full disposal for whatever detail helps.",
    "I could bring the scale model along on Monday.",
    "Do send me the case pack if there is one.",
    "Awaiting your kind reply.",
])
def test_invitations_by_structure(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I look forward to being one of the depot crew.",
    "I'm looking forward to the possibility of working with your crew.",
    "Thank you for your consideration.",
])
def test_hoping_to_work_together_is_not_enough(content: str) -> None:
    assert [f.rule for f in run_rule(RULE, note(content)).findings] == ["no-next-step"]
