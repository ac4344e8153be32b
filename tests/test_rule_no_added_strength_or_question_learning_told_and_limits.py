"""no-added-strength-or-question (FL301): the twenty-seventh and twenty-eighth batches' classes, each on fresh
wordings both ways.

Learning told of the writer's own (a thing learnt from scratch or for the task, reading up on a thing, a
liking for learning told as a trait) raises a listed strength of learning, and no other; a wish, a plan or a
negation before it does not. Work left undone after "I didn't get to" / "I didn't get a chance to" is a
limitation, no move; a move that only introduces notes on the writer's own submission ("I'd like to share a
few decisions I made") adds nothing, while one that shares something else still counts.
"""

from __future__ import annotations

import pytest

from followup_lint.rules.strengths import NoAddedStrengthOrQuestion
from followup_lint.testing import run_rule

RULE = NoAddedStrengthOrQuestion

LEARNING = {
    "interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
    "topics": ["the billing rewrite"],
    "strengths": ["picks up unfamiliar tooling quickly"],
    "questions": ["how the team shares the on-call rota"],
}

OTHER = {
    "interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
    "topics": ["the billing rewrite"],
    "strengths": ["has published an app on the Play Store"],
    "questions": ["how the team shares the on-call rota"],
}


def note(content: str) -> str:
    return (f"Hi Dana,\n\nThank you for your time today.\n\n{content}"
            "\n\nI look forward to hearing from you.\n\nBest,\nSam")


def fires(content: str, interview: dict) -> bool:
    return [f.code for f in run_rule(RULE, note(content), interview).findings] == ["FL301"]


LEARNING_TOLD = [
    "I picked up Svelte from scratch for this assignment and kept the store small.",
    "Before the exercise I had not used Elixir, so I taught myself the basics over the weekend.",
    "I read up on GraphQL subscriptions before wiring the live feed.",
    "I learned Terraform in two days to deploy the stack.",
    "I have never set up Kubernetes, but learning is something I really enjoy, and the task showed me how much.",
    "I'm always eager to learn, and this exercise was no exception.",
]

NOT_LEARNING = [
    "I learned a lot from this exercise.",
    "I will read up on GraphQL subscriptions next week.",
    "I would love to read up on your deployment pipeline.",
    "I didn't teach myself Elixir in time, so the seeds are in Python.",
    "I enjoyed learning about the billing rewrite.",
]


@pytest.mark.parametrize("content", LEARNING_TOLD)
def test_learning_told_raises_a_learning_strength(content: str) -> None:
    assert not fires(content, LEARNING), content


@pytest.mark.parametrize("content", LEARNING_TOLD)
def test_learning_told_raises_no_other_strength(content: str) -> None:
    assert fires(content, OTHER), content


@pytest.mark.parametrize("content", NOT_LEARNING)
def test_learning_wished_or_enjoyed_raises_nothing(content: str) -> None:
    assert fires(content, LEARNING), content


LIMITS = [
    "The server runs, but I didn't get to writing the integration tests.",
    "The front end is there, though I did not get a chance to (Storybook, Playwright, etc).",
    "I did not get the chance to.",
    "The parser works; we didn't get to caching the results.",
]

MOVES_KEPT = [
    "We didn't get to discussing my volunteer work with the food bank, which I'd love to.",
    "I didn't get a chance to mention that I mentor at a coding club on Saturdays.",
]


@pytest.mark.parametrize("content", LIMITS)
def test_work_left_undone_is_no_move(content: str) -> None:
    assert fires(content, OTHER), content


@pytest.mark.parametrize("content", MOVES_KEPT)
def test_a_missed_telling_is_still_a_move(content: str) -> None:
    assert not fires(content, OTHER), content


SUBMISSION_NOTES = [
    "I'd like to share a few decisions I made while building the importer.",
    "I want to highlight some trade-offs behind my solution: the cache is in memory.",
    "I would like to share my thoughts on the implementation below.",
]

SHARED_MORE = [
    "I'd like to share that I ran the Initech hackathon's mobile track last spring.",
    "I also wanted to mention my weekend work mentoring at a coding club.",
]


@pytest.mark.parametrize("content", SUBMISSION_NOTES)
def test_notes_on_the_submission_add_nothing(content: str) -> None:
    assert fires(content, OTHER), content


@pytest.mark.parametrize("content", SHARED_MORE)
def test_a_move_sharing_something_else_still_counts(content: str) -> None:
    assert not fires(content, OTHER), content


TENURE = {
    "interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
    "topics": ["the billing rewrite"],
    "strengths": ["six years of payroll processing for a hospital group"],
    "questions": ["how the team shares the on-call rota"],
}

TENURE_TOLD = [
    "Reconciling those pay runs is what I did for six years at my last employer.",
    "I have worked on month-end payroll for the past 6 years.",
    "I've been doing exactly this work for six years.",
]

TENURE_NOT = [
    "I have lived in this city for six years.",
    "I did payroll for two years before moving to audit.",
    "Your team has run payroll for six years without a single late run.",
]


@pytest.mark.parametrize("content", TENURE_TOLD)
def test_work_told_by_its_length_raises_a_strength_of_that_length(content: str) -> None:
    assert not fires(content, TENURE), content


@pytest.mark.parametrize("content", TENURE_NOT)
def test_a_stay_another_length_or_the_readers_years_raise_nothing(content: str) -> None:
    assert fires(content, TENURE), content
