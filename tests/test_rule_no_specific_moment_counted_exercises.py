"""no-specific-moment (FL206): exercises a topic counts or lists in the plural ("the three employee-analytics
assignments: attrition with SMOTE, ...", the thirtieth batch's ad-105) are the exercises the interview set, so
the note's "these assignments", "the exercises" name them; uncounted and unlisted ("the challenges of the role",
"the team's unit tests"), a plural kind sets nothing, and the note's word for it recalls nothing."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Hello,\n\n{content}\n\nThanks,\nSam"


def interview(*topics: str) -> dict:
    return {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Data Analyst",
            "topics": [*topics, "the Osaka office move"]}


@pytest.mark.parametrize(("content", "topic"), [
    ("I really enjoyed working on these assignments over the weekend.",
     "the two churn-model assignments: a cohort table and a survival curve"),
    ("All the exercises are in the repository, one folder each.",
     "three data-cleaning exercises on the billing ledger"),
    ("The assignments took me longer than planned, but I learnt a lot.",
     "the assignments: a log parser, a rate limiter and a tiny cache"),
    ("Thanks for the fun exercises!", "both SQL exercises set after the first call"),
    ("My work on those assignments is attached.", "the 2 pricing assignments for the grocery chain"),
])
def test_exercises_counted_or_listed_in_the_plural_are_named_by_their_kind(content: str, topic: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview(topic))


@pytest.mark.parametrize(("content", "topic"), [
    # a plural kind neither counted nor listed sets no exercise
    ("I really enjoyed these challenges and hope to hear back soon.", "the challenges of the role"),
    ("The tests were interesting to hear about.", "the team's unit tests and code review habits"),
    ("I enjoyed these assignments of yours.", "how shift assignments are made for new nurses"),
    # a plural as often said of the role's difficulties or a team's checks, however the topic counts them
    ("I look forward to the challenges ahead.", "the three coding challenges in the repository"),
    ("I enjoyed hearing about the tests your team runs.", "the two coding tests: a parser and a queue"),
    # counted exercises, but the note names none of them
    ("I enjoyed our talk and hope to hear back soon.",
     "the two churn-model assignments: a cohort table and a survival curve"),
    ("Thank you for your time today.", "three data-cleaning exercises on the billing ledger"),
])
def test_an_uncounted_plural_or_an_unnamed_exercise_recalls_nothing(content: str, topic: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(topic))
