"""FL203 wrong-name: another organisation named by what it requires of the post's staff, said as a rule in
force ("the certificate, which I know is required for HSE staff at <Organisation>"), the twenty-fourth
batch's class (j-316). Said in the past, of a place, or of the interview's company, it is no wrong name."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\n"


@pytest.mark.parametrize("sentence,org", [
    ("I renewed my forklift licence, since it is mandatory for all drivers with Tembo Logistics.", "Tembo Logistics"),
    ("P.S. My CPR card is current, which I understand is required for nurses at Harbourview Clinic Ltd.",
     "Harbourview Clinic Ltd"),
    ("I have started the CCNA course, as it's expected of new engineers at Kestrelnet.", "Kestrelnet"),
    ("The CSCS card is also compulsory for site workers at Pennine Contractors, so I have booked the test.",
     "Pennine Contractors"),
])
def test_another_organisations_rule_for_its_staff_is_a_wrong_name(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, HI + sentence, DANA) == [org]


@pytest.mark.parametrize("sentence,interview", [
    # the interview's own company
    ("I know the CPR card is required for nurses at Initech, so mine is current.", DANA),
    # a rule of the past (your past employer)
    ("The licence was mandatory for all drivers with Tembo Logistics when I worked there.", DANA),
    # a place, not an organisation by its name
    ("A hard hat is required for all staff at Head Office during the works.", DANA),
    # no staff of a post: a thing required
    ("Sign-off is required for changes at Kestrelnet before they ship.", DANA),
])
def test_the_companys_own_rule_a_past_one_or_a_place_is_no_wrong_name(sentence: str, interview) -> None:
    assert flagged_texts(WrongName, HI + sentence, interview) == []
