"""no-next-step (FL304), the twenty-ninth batch's classes, each on fresh wordings both ways:

- a verbless "Why X?" the writer answers (a heading for the reason that follows) asks the reader nothing;
  "Why did you pick Kafka?" still asks;
- the reader's question voiced by the writer ("..., you might ask") asks nothing; "you may ask me anything"
  and "you might ask for a demo" still invite;
- wanting to learn more from the reader ("I want to learn more from you") asks for more of their
  feedback; "I learned a lot from you", "I want to learn more about Rust" and "Look forward to learning
  from you" (a hope to join them) do not;
- the writer's credentials offered "for more details" ("For more details, please see my resume below")
  offer more; "For more details, see the README" does not.
"""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, findings_of


def note(content: str) -> str:
    return f"Hi Dana,\n\nI finished the parcel-routing exercise. {content}\n\nBest,\nSam"


NOT_INVITING = [
    "Why Flask? It is small and I know it well.",
    "Why not Redux? Context was enough for two screens.",
    "But why SQLite? Nothing needs installing.",
    "What did I leave out, you may ask. Quite a lot, sadly: logging and retries.",
    "So why Svelte, you might wonder? Mostly the bundle size.",
    "How does it scale you might ask, well it does not yet.",
    "I learned a lot from you during the review.",
    "I want to learn more about Rust this year.",
    "Look forward to learning from you all on the project.",
    "I hope to keep learning from senior engineers like you.",
    "For more details, see the README in the repository.",
    "For more details on the design, see my notes below.",
]

INVITING = [
    "Why did you pick Kafka over Pulsar for the event bus?",
    "If anything is unclear, you may ask me anything.",
    "Whatever is unclear, you might ask for a walkthrough.",
    "I want to learn more from you and your team.",
    "I really hope to keep learning even more from your reviewers.",
    "We would love to learn even more from all of you.",
    "For further information, my CV is attached.",
    "For more details about me, please find my résumé here: https://cv.example/sam",
    "For more info, here is my portfolio: https://sam.example",
]


@pytest.mark.parametrize("content", NOT_INVITING)
def test_a_voiced_or_self_answered_question_and_no_offer_invite_nothing(content: str) -> None:
    assert findings_of(NoNextStep, note(content)), content


@pytest.mark.parametrize("content", INVITING)
def test_a_question_to_the_reader_learning_from_them_or_credentials_offered_invite(content: str) -> None:
    assert_clean(NoNextStep, note(content))
