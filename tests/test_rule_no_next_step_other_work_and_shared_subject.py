"""no-next-step (FL304), the twenty-seventh batch: two invitations the linter missed. The writer's other work
located for the reader at a link ("For other projects, they can be found at <link>", aa-141) is samples
offered, as the twentieth batch decided of extra work with its link; staying available in a second clause
that shares the writer's "I" ("I appreciate the opportunity ... and remain available for any questions",
aa-149) offers more, though a noun of the first clause stands before it. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, run_rule

RULE = NoNextStep


def note(content: str) -> str:
    return f"Hi Dana,\n\nThanks for the exercise. {content}\n\nBest,\nSam"


def codes(content: str) -> list[str]:
    return [f.code for f in run_rule(RULE, note(content)).findings]


@pytest.mark.parametrize("content", [
    "More of my work can be seen on https://www.behance.net/samlee.",
    "My previous projects can be found here: https://gitlab.com/samlee.",
    "Other notebooks of mine can be viewed at https://kaggle.com/samlee.",
])
def test_the_writers_other_work_located_at_a_link_offers_samples(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The code can be found at https://github.com/samlee/importer.",
    "Other pages can be found in the src/pages folder.",
    "The tests can be seen in the CI log.",
])
def test_the_submission_itself_located_offers_nothing(content: str) -> None:
    assert codes(content) == ["FL304"], content


@pytest.mark.parametrize("content", [
    "I enjoyed building the importer and remain available for any follow-up questions.",
    "I tested the whole flow on a fresh laptop and am available for a walkthrough.",
    "I wrote this in a weekend but stay available for any clarification.",
])
def test_availability_sharing_the_writers_subject_offers_more(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The service runs in Docker and is available at localhost:8080.",
    "I packaged the app, and it is available at localhost:3000.",
    "The dashboard builds in a minute and remains available offline.",
])
def test_a_things_availability_after_and_offers_nothing(content: str) -> None:
    assert codes(content) == ["FL304"], content
