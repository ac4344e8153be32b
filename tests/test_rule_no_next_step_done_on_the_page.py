"""no-next-step (FL304): an explanation the note carries out itself ("I will explain here what I did") offers
nothing more (the twenty-first batch's g-107); with a condition or an alternative, or said for later, the same
verb still offers. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, run_rule

RULE = NoNextStep


def note(content: str) -> str:
    return f"Hi Dana,\n\nThank you for the exercise. {content}\n\nBest,\nSam"


@pytest.mark.parametrize("content", [
    "My first push failed, so instead I will explain here how the importer works.",
    "Below I'll describe the steps I took, in the order I took them.",
    "I will outline in this README why I chose SQLite over Postgres.",
    "Here I will go through what the tests cover and what they skip.",
])
def test_an_explanation_given_on_the_page_invites_nothing(content: str) -> None:
    assert [f.code for f in run_rule(RULE, note(content)).findings] == ["FL304"], content


@pytest.mark.parametrize("content", [
    "I can explain here if anything in the importer is unclear.",
    "Happy to explain here or on a call why I chose SQLite.",
    "I'd be glad to describe the importer in more detail on a call.",
    "I will explain the remaining trade-offs when we next speak.",
])
def test_an_explanation_offered_for_later_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))
