"""FL203 wrong-name: another organisation named as the employer by its goals, its name before them without a
possessive ("contribute to the <Organisation> mission"), the twenty-first batch's class."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\n"


@pytest.mark.parametrize("sentence,org", [
    ("I would be glad to contribute to the Lake Kivu Fisheries Board mission for years to come.",
     "Lake Kivu Fisheries Board"),
    ("I am eager to support the Nzeru Learning Trust vision of a library in every village.", "Nzeru Learning Trust"),
    ("My hope is to keep contributing to the Harrowgate Tenants Union goals.", "Harrowgate Tenants Union"),
    ("I'd be honoured to support the Boavista Rural Clinics cause.", "Boavista Rural Clinics"),
])
def test_another_organisations_goals_offered_to_are_a_wrong_name(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, HI + sentence, DANA) == [org]


@pytest.mark.parametrize("sentence,interview", [
    # the interview's own company, by its name before its goals
    ("I would be proud to contribute to the Initech mission.", DANA),
    ("I would be proud to contribute to the Kivu Growers Cooperative mission.",
     iv(("Dana Okafor", "dana.okafor@kivu.example"), company="Kivu Growers Cooperative")),
    # a department's everyday words, a single word (a product, a project), not a goal noun after the name
    ("I want to support the Customer Success mission in the new year.", DANA),
    ("I would love to contribute to the Kafka mission statement draft.", DANA),
    ("I'd like to support the Lake Kivu Fisheries Board in its audits next spring.", DANA),
])
def test_the_companys_own_goals_a_department_or_no_goal_noun_is_no_wrong_name(sentence: str, interview) -> None:
    assert flagged_texts(WrongName, HI + sentence, interview) == []
