"""no-next-step (FL304): sentences that look like an invitation and are none (the twentieth batch's classes).

Each class is tested on fresh wordings both ways: the sentence of the class invites nothing, and a near
sentence outside it still invites a reply.
"""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, run_rule

RULE = NoNextStep


def note(content: str) -> str:
    return f"Hi Dana,\n\nThank you for the exercise. {content}\n\nBest,\nSam"


NOT_INVITING = {
    # a question that answers itself
    "rhetorical": [
        "A faster engine exists, but why rebuild it two days before the deadline?",
        "The old cache works well enough, so why bother?",
        "I kept the plain SQL; why replace it with an ORM for three queries?",
    ],
    # a README's section title
    "a question as a section title": [
        "I wrote notes below.\n\n## What would I change with more time?\n\nI would add caching.",
        "Here is my summary.\n\n### How could the API be improved?\n\nBy paging the results.",
    ],
    # an inverted condition
    "an inverted condition": [
        "Should I be selected for the role, it would be a privilege to join the depot team.",
        "Were we to work together, I would bring the same care to the audits.",
    ],
    # instructions on the reader's set-up
    "set-up instructions": [
        "If you haven't done so already, install Node 20 before running the app.",
        "If you have not yet, create a virtual environment and install the requirements.",
    ],
    # a promise of the writer's own next message
    "an intention to write": [
        "I plan to send you a short note about my thesis topic next month.",
        "I intend to email you my transcripts once the registry issues them.",
        "I'm going to write to you again with the rest of the analysis.",
    ],
    # a softener that is an adverb of a subject's verb
    "code told": [
        "The handlers just call the repository, which keeps them thin.",
        "It simply calls the payment service and logs the result.",
    ],
}


@pytest.mark.parametrize("content", [c for cases in NOT_INVITING.values() for c in cases])
def test_invites_nothing(content: str) -> None:
    assert [f.code for f in run_rule(RULE, note(content)).findings] == ["FL304"], content


INVITING = [
    "Why did the team pick Kafka over Pulsar?",
    "Should you need anything else, please let me know.",
    "If you have any questions about the code, I am happy to walk you through it.",
    "Just reply whenever you have a moment.",
    "Please just call me if anything is unclear.",
    "I can send you my transcripts if that helps.",
    "I'd be happy to email you a sample of my analysis.",
    "What would you change in my approach?",
]


@pytest.mark.parametrize("content", INVITING)
def test_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


CONTACT_GIVEN = [
    "I still have not had your message, so here is my WhatsApp number: +268 7612 3456",
    "Sorry to bother you again; this is my Telegram handle: @sam_k",
    "My Skype ID is sam.kowalski.",
]


@pytest.mark.parametrize("content", CONTACT_GIVEN)
def test_handing_over_ones_contact_asks_to_be_contacted(content: str) -> None:
    assert_clean(RULE, note(content))


NO_CONTACT_GIVEN = [
    "My phone number changed last year, which is why I missed your call.",
    "This is my first Python project of this size.",
    "My phone number is [phone].",
]


@pytest.mark.parametrize("content", NO_CONTACT_GIVEN)
def test_talk_of_ones_contact_or_a_slot_hands_nothing_over(content: str) -> None:
    assert [f.code for f in run_rule(RULE, note(content)).findings] == ["FL304"], content
