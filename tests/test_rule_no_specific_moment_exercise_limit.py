"""no-specific-moment (FL206): the limit an exercise was set to, named ("I wanted to honor the time
constraint"), recalls the exercise when a topic names one (the twenty-first batch's g-138); the reader's own
limits, the hiring process's time frame, or a limit with no exercise set recall nothing."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Hello,\n\n{content}\n\nThanks,\nSam"


EXERCISE = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Software Engineer",
            "topics": ["a timed take-home: a parking-permit form built in Svelte", "the Osaka office move"]}
NO_EXERCISE = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Software Engineer",
               "topics": ["the parking-permit form built in Svelte", "the Osaka office move"]}


@pytest.mark.parametrize("content", [
    "I stopped at the four-hour limit, so a few things are rough.",
    "I kept to the timebox, so some ideas are left for later.",
    "Sorry the code is plain; I wanted to respect the time limit.",
    "Everything here was done within the suggested 3 hours time budget.",
])
def test_the_exercises_limit_named_recalls_the_exercise(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), EXERCISE)


@pytest.mark.parametrize("content,interview", [
    ("I stopped at the four-hour limit, so a few things are rough.", NO_EXERCISE),
    ("I understand your time constraints and will wait to hear back.", EXERCISE),
    ("I know the time constraints of the hiring process are tight.", EXERCISE),
    ("Could you tell me the time frame for a decision?", EXERCISE),
])
def test_a_limit_without_an_exercise_or_of_the_reader_recalls_nothing(content: str, interview) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview)
