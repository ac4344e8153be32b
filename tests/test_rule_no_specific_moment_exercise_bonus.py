"""no-specific-moment (FL206): the exercise's optional part named as done, claimed or left ("You must give me
bonus because I did ...", "I also did the bonus part", "I skipped the extra credit"), in the note or its
subject, recalls the exercise when a topic names one (thirty-sixth batch, aj-171); pay ("the signing bonus",
"the bonus structure"), the idiom ("a nice bonus", "as a bonus") and a bonus with no exercise set recall
nothing."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Hello,\n\n{content}\n\nThanks,\nSam"


EXERCISE = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Software Engineer",
            "topics": ["the take-home: a parking-permit form built in Svelte", "the Osaka office move"]}
NO_EXERCISE = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Software Engineer",
               "topics": ["the parking-permit form built in Svelte", "the Osaka office move"]}


@pytest.mark.parametrize("content", [
    "I also did the bonus part: a dark mode toggle.",
    "Both bonus tasks are in the second commit.",
    "I skipped the extra credit, time ran out on Sunday.",
    "The optional requirements are not done yet, I ran out of time.",
    "Please give me bonus points for the caching layer.",
    "### Give me bonus\n\nbecause I did\n* i18n with two locales\n* rate limiting",
])
def test_the_exercises_optional_part_recalls_the_exercise(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), EXERCISE)


def test_the_optional_part_in_the_subject_recalls_the_exercise() -> None:
    assert_clean(NoSpecificMoment, note("Everything runs with docker compose up."), EXERCISE,
                 subject="Bonus features implemented")


@pytest.mark.parametrize("content,interview", [
    ("I also did the bonus part: a dark mode toggle.", NO_EXERCISE),
    ("I was glad to hear about the signing bonus.", EXERCISE),
    ("The free parking near the office is a nice bonus.", EXERCISE),
    ("As a bonus, I speak Portuguese and some Swahili.", EXERCISE),
    ("Could you tell me more about how the bonus structure works?", EXERCISE),
    ("I would give my best to the team, with no extra effort spared.", EXERCISE),
])
def test_pay_the_idiom_or_no_exercise_recall_nothing(content: str, interview) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview)
