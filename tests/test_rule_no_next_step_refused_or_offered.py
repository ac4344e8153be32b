"""no-next-step (FL304): the twenty-second outside batch's classes, on fresh wordings both ways.

Not inviting: a reply expected not to come, a polite imperative negated, a softener on an infinitive, a
thing's availability, the writer's own guess at a cause marked with "?". Inviting: the reader sent to the
writer's own work or profiles elsewhere (samples offered).
"""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, run_rule

RULE = NoNextStep


def note(content: str) -> str:
    return f"Hi Dana,\n\nThank you for the exercise. {content}\n\nBest,\nSam"


NOT_INVITING = {
    "a reply expected not to come": [
        "Honestly, I'm fairly sure I will never hear back from you after that demo.",
        "I suspect we won't be hearing from the panel, and that is fine.",
    ],
    "a polite imperative negated": [
        "Please don't judge the styling too harshly.",
        "Kindly do not forward this to my current employer.",
    ],
    "a softener on an infinitive": [
        "It was faster to just rerun the migration by hand.",
        "I chose to simply copy the fixtures instead of generating them.",
    ],
    "a thing's availability": [
        "Once started, the dashboard will be available at port 8080.",
        "The slides are now available on the shared drive.",
    ],
    "the writer's own guess at a cause": [
        "I think the flicker might be because the list re-renders on every tick???",
        "Maybe because the cache expires too early?",
    ],
}


@pytest.mark.parametrize("content", [c for cases in NOT_INVITING.values() for c in cases])
def test_invites_nothing(content: str) -> None:
    assert [f.code for f in run_rule(RULE, note(content)).findings] == ["FL304"], content


INVITING = [
    # a reply looked forward to, not denied
    "I hope to hear back from you soon.",
    # "don't hesitate" still invites
    "Please don't hesitate to ask me about the design.",
    "Do not hesitate to reach out if anything is unclear.",
    # a softener that opens an imperative
    "If anything breaks, just ping me.",
    "Feel free to just reach out with questions.",
    # the writer available
    "I am available for a call anytime next week.",
    "My co-author and I are available at your convenience.",
    # a question to the reader after a guess
    "I think the cache is wrong, do you agree?",
    # samples offered: the reader sent to the writer's own work elsewhere
    "Have a look at my portfolio if you like.",
    "Feel free to browse my other projects on GitLab.",
    "Please visit my personal website for more samples.",
]


@pytest.mark.parametrize("content", INVITING)
def test_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


POINTING_AT_THE_NOTE = [
    "See my notes below.",
    "Check out my solution in the src folder.",
    "Take a look at the README for setup.",
    "I check out my github every day.",
]


@pytest.mark.parametrize("content", POINTING_AT_THE_NOTE)
def test_a_look_at_the_note_or_the_task_offers_no_samples(content: str) -> None:
    assert [f.code for f in run_rule(RULE, note(content)).findings] == ["FL304"], content
