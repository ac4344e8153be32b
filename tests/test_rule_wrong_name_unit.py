"""FL203 wrong-name: another organisation named as the employer by a unit of it other than a team that the writer
offers to serve ("bring value to the export desk at <Organisation>"), the twenty-second batch's class."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\n"


@pytest.mark.parametrize("sentence,org", [
    ("I am confident I can add value to the freight desk at Marrow Shipping Ltd from day one.", "Marrow Shipping Ltd"),
    ("I would love to strengthen the claims department of Halden Mutual next year.", "Halden Mutual"),
    ("I hope to support the Mombasa branch of Tembo Logistics with my customs work.", "Tembo Logistics"),
    ("I would be glad to contribute to the audit division at Okonkwo Lane Partners.", "Okonkwo Lane Partners"),
    ("Joining the regional office of Brightwater Foods would mean a lot to me.", "Brightwater Foods"),
])
def test_a_unit_of_another_organisation_offered_to_is_a_wrong_name(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, HI + sentence, DANA) == [org]


@pytest.mark.parametrize("sentence,interview", [
    # the interview's own company
    ("I can add real value to the freight desk at Initech from the first week.", DANA),
    ("I would love to strengthen the claims department of Halden Mutual.",
     iv(("Dana Okafor", "dana.okafor@halden.example"), company="Halden Mutual")),
    # the writer's past, a department's everyday words, a one-word place, no offer before the unit
    ("I supported the claims department of Halden Mutual for three years.", DANA),
    ("I would like to support the finance office at Head Office.", DANA),
    ("I hope to strengthen the export desk at Izmir next spring.", DANA),
    ("The sales office at Halden Mutual called me about a loan.", DANA),
])
def test_own_company_past_department_or_no_offer_is_no_wrong_name(sentence: str, interview) -> None:
    assert flagged_texts(WrongName, HI + sentence, interview) == []
