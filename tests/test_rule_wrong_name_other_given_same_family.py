"""FL203 wrong-name and FL201: another given name before the interviewer's family name in the greeting
("Good evening Fatou Jallow," to Isatou Jallow) is another person of that family: a wrong name, and the
greeting does not name the interviewer (``_Builder.greeting`` and ``_Builder._sibling_given`` in
``followup_lint.analysis.addressing``).

A short unknown word before the family name is still read as a form of address of the writer's culture
("Ntate Diallo", "Hajiya Diallo"), unless it shares the interviewer's given name's first or last letters (at
least three, and half the shorter name), as names of one naming tradition do (Fatou/Isatou, Halima/Fatima):
then it is a given name. The twenty-eighth batch's ab-303 was read as "a form of address + Jallow". New
wordings below."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNameMisspelled, InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts, findings_of

from _names_cases import iv

REST = ",\nThank you for the interview this morning at the branch.\n\nBest,\nLamin\n"


@pytest.mark.parametrize("interviewer,greeting,stranger", [
    ("Fatima Diallo", "Dear Halima Diallo", "Halima"),        # the same last letters
    ("Chiamaka Okafor", "Hello Chinedu Okafor", "Chinedu"),   # a given name the name data knows
    ("Fanta Sowe", "Good morning Binta Sowe", "Binta"),
    ("Oluwaseun Adeyemi", "Hi Oluwatobi Adeyemi", "Oluwatobi"),  # the same first letters
])
def test_another_given_name_with_the_family_name_is_another_person(interviewer: str, greeting: str,
                                                                   stranger: str) -> None:
    people = iv((interviewer, "x@bank.example"), company="Kombo Credit")
    assert flagged_texts(WrongName, greeting + REST, people) == [stranger]
    assert findings_of(InterviewerNotNamed, greeting + REST, people) != []


@pytest.mark.parametrize("interviewer,greeting", [
    ("Fatima Diallo", "Dear Fatima Diallo"),
    ("Fatima Diallo", "Good morning Ntate Diallo"),   # a form of address, not a given name
    ("Hadiza Yusuf", "Dear Hajiya Yusuf"),
    ("Fatima Diallo", "Dear Mrs Diallo"),
    ("Aminata Bah", "Dear Aminata"),
])
def test_the_interviewer_or_a_form_of_address_stays_silent(interviewer: str, greeting: str) -> None:
    people = iv((interviewer, "x@bank.example"), company="Kombo Credit")
    assert flagged_texts(WrongName, greeting + REST, people) == []
    assert findings_of(InterviewerNotNamed, greeting + REST, people) == []


def test_a_near_spelling_of_the_given_name_is_a_misspelling_not_another_person() -> None:
    people = iv(("Fatima Diallo", "x@bank.example"), company="Kombo Credit")
    assert flagged_texts(WrongName, "Dear Fatma Diallo" + REST, people) == []
    assert flagged_texts(InterviewerNameMisspelled, "Dear Fatma Diallo" + REST, people) == ["Fatma"]


def test_a_word_of_a_trade_before_the_family_name_is_no_other_person() -> None:
    people = iv(("Oluwaseun Adeyemi", "x@bank.example"), company="Kombo Credit")
    assert findings_of(InterviewerNotNamed, "Dear Engineer Adeyemi" + REST, people) == []
