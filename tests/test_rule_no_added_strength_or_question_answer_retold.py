"""no-added-strength-or-question (FL301): with the interview's lists given, a move that goes on from the writer's
own answer in the interview retells what was covered (thirty-first ae-306, "My answer in the interview was short,
so I want to add: ...").

Fresh wordings both ways: a move after a reference to the writer's own answer, in the same sentence, adds nothing
by itself; a move with no such reference, one after a sentence of its own, or one told without the lists still
counts, and a listed strength told after the reference is raised by the list.
"""

from __future__ import annotations

import pytest

from _fl301_util import RULE, fires_on, interview
from _fl301_util import note
from followup_lint.testing import assert_clean

INTERVIEW = interview("has shipped a component library used by five product teams",
                      topics=("why the candidate wants to change jobs", "the weekend rota"))


def fires(content: str, record: dict = INTERVIEW) -> bool:
    return fires_on(note(content), record)


RETOLD = [
    "My answer in the interview was short, so I would like to add a little: the commute suits me well.",
    "When I answered your question about the rota, I forgot to mention that I am free most weekends.",
    "My earlier answer on weekend work was unclear, so I want to add that I am happy to work Saturdays.",
    "My reply during our call was brief, and I'd like to add that I want a team with more code review.",
]


@pytest.mark.parametrize("content", RETOLD)
def test_a_move_that_goes_on_from_the_writers_answer_adds_nothing(content: str) -> None:
    assert fires(content), content


STILL_ADDED = [
    # no reference to an answer
    "I forgot to mention that I speak Portuguese and Spanish.",
    # the reference in a sentence of its own, then something new
    "My answer in the interview was short. Separately, I didn't get a chance to mention that I mentor two juniors.",
    # a question the writer could not answer there stays a move
    "The question I couldn't answer was about caching; I have since read up on per-tenant TTLs.",
    # a listed strength told after the reference is raised by the list
    "My answer in the interview was short, so I want to add that I have shipped a component library used by five "
    "product teams.",
]


@pytest.mark.parametrize("content", STILL_ADDED)
def test_other_moves_still_count(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


def test_without_the_lists_the_move_still_counts() -> None:
    listless = {"interviewers": [{"name": "Dana Whitaker"}], "company": "Initech"}
    assert not fires(RETOLD[0], listless)
