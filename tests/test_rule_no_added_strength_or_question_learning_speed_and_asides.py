"""no-added-strength-or-question (FL301): the twenty-fifth batch's classes, each on fresh wordings both ways.

- How fast the writer learns, told by an adverb ("i learn fast with the booking system", l-312, as the
  twenty-fourth batch decided for "I learn by doing"), adds a strength; others' learning, or what the writer
  learned, adds none.
- A listed strength or question with a bracketed aside ("solved a topological sort with a GenServer (Advent of
  Code 2018, day 7) to teach colleagues", l-106) is raised by its words without the aside; the aside alone
  raises nothing.
"""

from __future__ import annotations

import pytest

from followup_lint import lint_draft
from followup_lint.testing import assert_clean, run_rule

from test_rule_no_added_strength_or_question_not_added import INTERVIEW, RULE, fires, note


@pytest.mark.parametrize("content", [
    "You will see that I learn things fast, even the till you showed me.",
    "i learn really fast when I am on the floor with customers",
    "I'm quick to learn, so the unfamiliar ORM was no blocker.",
    "Honestly I always learn fast once the work is real.",
])
def test_how_fast_the_writer_learns_adds_a_strength(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    "Your new hires learn quickly, you said, which I liked.",
    "I learned quickly that the API was rate limited.",
    "The students I tutor learn fast when they enjoy the topic.",
])
def test_others_learning_or_what_the_writer_learned_adds_nothing(content: str) -> None:
    assert fires(content), content


ASIDES = {
    "interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
    "topics": ["the billing rewrite"],
    "strengths": ["tuned a slow monthly report for the accounts team (Lisbon fintech meetup 2019, lightning talk about "
                  "partial indexes)"],
    "questions": ["whether reviewers pair on code (mob sessions with Figma prototypes and Storybook included)"],
}


def _fires(content: str) -> bool:
    return [f.code for f in run_rule(RULE, note(content), ASIDES).findings] == ["FL301"]


@pytest.mark.parametrize("content", [
    "I once tuned a report that ran slow every month for the people in accounts.",
    "I once tuned a report that was slow to build every month, and the accounts people were relieved.",
])
def test_a_listed_item_is_raised_without_its_bracketed_aside(content: str) -> None:
    assert_clean(RULE, note(content), ASIDES)


def test_a_listed_question_is_asked_without_its_bracketed_aside() -> None:
    report = lint_draft(note("Do your reviewers pair on code, or review alone?"), ASIDES)
    assert report.metrics["questions_raised"] == ASIDES["questions"]
    report = lint_draft(note("Are Figma prototypes and Storybook used by the designers?"), ASIDES)
    assert report.metrics["questions_raised"] == []


@pytest.mark.parametrize("content", [
    "A lightning talk about partial indexes at a fintech meetup in Lisbon was fun to watch in 2019.",
    "The billing rewrite sounded like a big project.",
])
def test_the_aside_alone_or_another_sentence_raises_nothing(content: str) -> None:
    assert _fires(content), content
