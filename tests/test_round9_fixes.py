"""Fixes found by the round-9 held-out drafts (h169-h184): an initial written before the surname in the
greeting ("Dear J. Okafor,", "Dear Dr. K. Mensah") is not a stranger's name, and an employer named just
before "and I ..." does not swallow the pronoun ("join Northwind Data and I look forward")."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

BODY = "\n\nThank you for the interview today.\n\nI look forward to hearing from you.\n\nBest regards,\nSam"


# -- an initial before the surname ------------------------------------------------------------------------

@pytest.mark.parametrize("greeting,person", [
    ("Dear J. Okafor,", "Jideofor Okafor"),
    ("Dear Dr. K. Mensah,", "Kwame Mensah"),
    ("Dear Dr. K. Mensah", "Kwame Mensah"),
    ("Dear Ms. E. Smith-Jones,", "Eleanor Smith-Jones"),
    ("Dear A. García Márquez,", "Ana García Márquez"),
    ("Hello M. Chen,", "Mei Chen"),
    ("Dear Mr. T. O'Brien,", "Thomas O'Brien"),
    ("Dear R. J. Patel,", "Ravi Jay Patel"),
    ("Dear Prof. Ö. Yılmaz,", "Özge Yılmaz"),
    ("Dear S. Lindqvist,", "Sarah Lindqvist"),
])
def test_an_initial_of_the_interviewer_is_not_a_wrong_name(greeting: str, person: str) -> None:
    interview = iv(person, company="Initech")
    assert flagged_texts(WrongName, greeting + BODY, interview) == []
    assert flagged_texts(InterviewerNotNamed, greeting + BODY, interview) == []


@pytest.mark.parametrize("greeting,person,stranger", [
    ("Dear Melissa,", "Jack Thornton", "Melissa"),
    ("Dear Dr. Brennan,", "Kwame Mensah", "Brennan"),
    ("Hi Priya,", "Mark Ellison", "Priya"),
    ("Dear Ms. Walsh,", "Eleanor Smith-Jones", "Walsh"),
    ("Dear Mr. Okoye,", "Jideofor Okafor", "Okoye"),
    ("Hello Dana,", "Sarah Mbeki", "Dana"),
    ("Dear Mr. Hughes,", "Anand Rao", "Hughes"),
    ("Dear Gabriel,", "Faith Chukwu", "Gabriel"),
    ("Hi Tobias,", "Will Carrington", "Tobias"),
    ("Dear Ms. Lindgren,", "Rose Delacroix", "Lindgren"),
])
def test_somebody_else_is_still_a_wrong_name(greeting: str, person: str, stranger: str) -> None:
    assert flagged_texts(WrongName, greeting + BODY, iv(person, company="Initech")) == [stranger]


def test_a_letter_that_is_no_initial_of_theirs_is_still_flagged() -> None:
    interview = iv("Kwame Mensah", company="Initech")
    assert flagged_texts(WrongName, "Dear P. Brennan," + BODY, interview) == ["P. Brennan"]
    assert flagged_texts(WrongName, "Dear P. Mensah," + BODY, interview) == ["P"]


# -- "... and I" after another employer's name ------------------------------------------------------------

def _letter(line: str) -> str:
    return "Hi Mark,\n\nThank you for the interview today. " + line + "\n\nBest,\nSam"


@pytest.mark.parametrize("line,org", [
    ("I would be thrilled to join Northwind Data and I look forward to hearing from you.", "Northwind Data"),
    ("I would love to join Globex Corporation and I hope to hear soon.", "Globex Corporation"),
    ("I am excited to join Umbrella Labs & I will send my references.", "Umbrella Labs"),
    ("I can't wait to join Northwind Data.", "Northwind Data"),
    ("I would be proud to work at Stark Industries and I thank you again.", "Stark Industries"),
    ("I would be thrilled to join Hooli.", "Hooli"),
    ("I am keen to join Vandelay Industries and I am ready to start.", "Vandelay Industries"),
    ("I would be delighted to join Wayne Enterprises and I would start in May.", "Wayne Enterprises"),
    ("I would be thrilled to join Soylent Foods and I look forward to it.", "Soylent Foods"),
    ("I would be glad to join Acme Robotics and I can start soon.", "Acme Robotics"),
])
def test_another_company_without_the_pronoun(line: str, org: str) -> None:
    interview = iv(("Mark Ellison", "mark@harrowgate.example"), company="Harrowgate Analytics Ltd")
    assert flagged_texts(WrongName, _letter(line), interview) == [org]


@pytest.mark.parametrize("line", [
    "I would be thrilled to join Harrowgate Analytics and I look forward to hearing from you.",
    "I would be thrilled to join Harrowgate and I look forward to hearing from you.",
    "I would be thrilled to join Harrowgate Analytics Ltd and I look forward to hearing from you.",
    "I would love to join Harrowgate Analytics Ltd.",
    "I would love to join the team and I hope to hear soon.",
    "I would love to join your team.",
    "I am excited to join Harrowgate & I will send my references.",
    "I would be proud to work at Harrowgate Analytics and I thank you again.",
    "Joining Harrowgate would be a great step, and I hope to hear soon.",
    "I would be delighted to join you and I would start in May.",
])
def test_the_right_company_with_or_without_ltd_is_fine(line: str) -> None:
    interview = iv(("Mark Ellison", "mark@harrowgate.example"), company="Harrowgate Analytics Ltd")
    assert flagged_texts(WrongName, _letter(line), interview) == []
