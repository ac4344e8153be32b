"""FL201 interviewer-not-named and FL203 wrong-name on two greetings of the thirty-sixth batch:

- a title line that ends in a colon and names no person ("Technical Questions:" above a questionnaire's
  answers, aj-106) is no greeting: its everyday words are nobody's name (no FL203; FL201 is right, the note
  names nobody), as "Improvements:" already was; a person's name before a colon still speaks to them;
- a greeting typed all in lower case still carries its title and name ("good evening mr akinlade," on a phone,
  aj-301: the greeting does not stop at "mr"); a lower-case greeting of another real name is a wrong name.
"""

from __future__ import annotations

import pytest

from followup_lint.document import Document
from followup_lint.model import Draft
from followup_lint.rules.names import InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

MARCUS = iv(("Marcus Bell", "marcus.bell@knetik.example"), company="Knetik")
SEUN = iv(("Oluwaseun Akinlade", "o.akinlade@sounpoultry.example"), company="Soun Poultry Farms Ltd")
ANSWERS = ("\n1. How long did the test take?\n-- About two hours; with more time I would add unit tests.\n"
           "2. What would you improve in the API?\n-- The way filters combine.\n")
PHONE = ("\n\nthank you sir for the interview today. the heat stress in pen 4 was new to me.\n\nadewale\n"
         "sent from my tecno")


@pytest.mark.parametrize("heading", ["Technical Questions:", "Project Notes:", "Follow-up Answers:",
                                     "Next Steps:", "Questions And Answers:"])
def test_a_heading_of_everyday_words_ending_in_a_colon_names_no_stranger(heading: str) -> None:
    text = heading + ANSWERS
    assert flagged_texts(WrongName, text, MARCUS) == []
    assert flagged_texts(InterviewerNotNamed, text, MARCUS) != []  # the note still names nobody


@pytest.mark.parametrize("line,name", [("Priya Shah:", "Priya Shah"), ("Megan:", "Megan"),
                                       ("Tunde Bakare:", "Tunde Bakare"), ("Grace Hill:", "Grace Hill")])
def test_a_persons_name_before_a_colon_still_speaks_to_them(line: str, name: str) -> None:
    assert name in flagged_texts(WrongName, line + ANSWERS, MARCUS)


@pytest.mark.parametrize("greeting", ["good evening mr akinlade,", "good morning mrs akinlade", "hi dr oluwaseun akinlade!",
                                      "dear ms akinlade:", "hello prof akinlade,"])
def test_a_lower_case_greeting_keeps_its_title_and_name(greeting: str) -> None:
    text = greeting + PHONE
    assert flagged_texts(InterviewerNotNamed, text, SEUN) == []
    assert flagged_texts(WrongName, text, SEUN) == []
    draft = Draft(body=text, subject="interview today")
    g = Document(draft).greeting
    assert g is not None and [n[2] for n in g.names][-1] == "akinlade"


@pytest.mark.parametrize("greeting,stranger", [("good evening mr okafor,", "okafor"),
                                               ("hi mrs adeyemi,", "adeyemi"),
                                               ("dear dr tunde bakare,", "tunde bakare"),
                                               ("good morning ms chebet!", "chebet")])
def test_a_lower_case_greeting_of_another_name_stays_a_wrong_name(greeting: str, stranger: str) -> None:
    assert stranger in flagged_texts(WrongName, greeting + PHONE, SEUN)


@pytest.mark.parametrize("greeting", ["dear sir thanks a lot,", "good evening mr,", "hello mr i am adewale,",
                                      "good evening sir,", "dear madam so grateful,"])
def test_a_lower_case_title_with_no_name_after_it_names_nobody(greeting: str) -> None:
    text = greeting + PHONE
    assert flagged_texts(WrongName, text, SEUN) == []
    assert flagged_texts(InterviewerNotNamed, text, SEUN) != []
