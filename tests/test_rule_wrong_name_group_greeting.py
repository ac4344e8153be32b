"""FL203 wrong-name: a greeting that speaks to a team by its trade, or that runs into the first sentence,
names nobody (``followup_lint.analysis.addressing``; ``group_or_role`` and ``sentence_openers`` in
``data/addressing.toml``).

The twenty-seventh batch greeted reviewers as a group by their trade ("Greetings <Company> Devs.", "Hi Fellow
Developers,") and ran a greeting into the sentence with no mark ("Hi I’m a Full Stack Developer ..."): each
word was read as a stranger's name. The wordings below are new; a real name beside the group word, or a
given name alone, is still a stranger."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
BODY = "\nI have finished the take-home task and pushed it to the repository.\n\nThank you for your time.\n\nBest,\nSam"


@pytest.mark.parametrize("greeting", [
    "Hello Platform Engineers,",
    "Greetings Backend Devs!",
    "Hey Frontend Squad,",
    "Dear Fellow Programmers,",
    "Hi Initech Developers and Reviewers,",
    "To the Data Engineers",
    "Hi Coders,",
])
def test_a_trade_in_the_plural_greets_a_team_not_a_person(greeting: str) -> None:
    assert flagged_texts(WrongName, greeting + BODY, DANA) == []


@pytest.mark.parametrize("greeting", [
    "Hi We’re submitting the solution as a pair of two.",
    "Hello I've split the work into three pull requests.",
    "Hey It’s the revised version of the take-home.",
    "Hi This repository holds my answer to the exercise.",
    "Hello My name is Sam and this is the take-home.",
])
def test_a_pronoun_after_the_salutation_begins_the_sentence(greeting: str) -> None:
    assert flagged_texts(WrongName, greeting + BODY, DANA) == []


@pytest.mark.parametrize("greeting,stranger", [
    ("Hi Megan and Developers,", "Megan and Developers"),
    ("Hello Gareth,", "Gareth"),
    ("Hi Sven Lindqvist,", "Sven Lindqvist"),
])
def test_a_given_name_beside_a_group_is_still_a_stranger(greeting: str, stranger: str) -> None:
    assert flagged_texts(WrongName, greeting + BODY, DANA) == [stranger]
