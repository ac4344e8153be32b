"""FL203 wrong-name: the twenty-fifth batch's classes, each on fresh wordings both ways.

- The company's initials written in capitals in a greeting ("Hello TEA development team!" to Text-Em-All,
  l-101) are the company, no person; capitals that are not its initials, and a name that only shares its
  letters ("Al" at Alpha Labs), are still read as names.
- Each person listed after a name thanked in the subject, up to its separator or end ("Thank you Ivana and
  Tomislav - charter base interview", l-305), is thanked too; and so is a name in a list thanked in the body
  that a comma closes before "for" ("Thank you, Ivana and Tomislav, for ...").
"""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

BODY = "\n\nThank you for your time on Tuesday.\n\nBest regards,\nSam"


@pytest.mark.parametrize("greeting,company", [
    ("Hi BEN team,", "Blue Ember Networks"),
    ("Dear KIM hiring panel,", "Kestrel Image Modelling Ltd"),
    ("Hello AMY development team!", "Alder Mill Yards"),
])
def test_the_companys_initials_in_capitals_greet_no_stranger(greeting: str, company: str) -> None:
    interview = iv(("Dana Okafor", "dana.okafor@example.com"), company=company)
    assert flagged_texts(WrongName, greeting + BODY, interview) == []


@pytest.mark.parametrize("greeting,company,name", [
    ("Hello BEN development team!", "Bright Path Consulting", "BEN"),
    ("Hi Al,", "Alpha Labs", "Al"),
    ("Dear Bruno,", "Bright Path Consulting", "Bruno"),
])
def test_other_capitals_or_a_name_sharing_the_letters_still_greet_a_stranger(greeting: str, company: str,
                                                                             name: str) -> None:
    interview = iv(("Dana Okafor", "dana.okafor@example.com"), company=company)
    assert flagged_texts(WrongName, greeting + BODY, interview) == [name]


TWO = iv(("Dana Okafor", "dana.okafor@initech.example"), ("Lee Moreno", "lee.moreno@initech.example"),
         company="Initech")


def _subject(subject: str) -> list[str]:
    draft = Draft(body="Hi Dana and Lee," + BODY, subject=subject,
                  to=("dana.okafor@initech.example", "lee.moreno@initech.example"))
    return flagged_texts(WrongName, draft, TWO)


@pytest.mark.parametrize("subject,name", [
    ("Thank you Dana and Priya - analyst interview", "Priya"),
    ("Thanks, Lee, Dana and Mr. Osei | site visit", "Mr. Osei"),
    ("Thank you Dana and Kwame!", "Kwame"),
])
def test_a_name_listed_after_a_name_thanked_in_the_subject_is_thanked(subject: str, name: str) -> None:
    assert _subject(subject) == [name]


@pytest.mark.parametrize("subject", [
    "Thank you Dana and Lee - analyst interview",
    "Thanks Dana and Lee for Tuesday",
    "Thank you Dana and Kafka Streams fans",
])
def test_interviewers_listed_or_a_list_that_runs_on_thank_no_stranger(subject: str) -> None:
    assert _subject(subject) == []


def test_a_list_closed_by_a_comma_before_for_in_the_body_thanks_each() -> None:
    body = "Hi Dana and Lee,\n\nThank you, Dana and Tomislav, for the tour of the plant.\n\nBest regards,\nSam"
    assert flagged_texts(WrongName, body, TWO) == ["Tomislav"]
    body = "Hi Dana and Lee,\n\nThank you, Dana and Lee, for the tour of the plant.\n\nBest regards,\nSam"
    assert flagged_texts(WrongName, body, TWO) == []
