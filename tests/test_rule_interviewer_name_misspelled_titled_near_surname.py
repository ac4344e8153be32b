"""FL202 interviewer-name-misspelled: after a title in the greeting, a word one letter off the
interviewer's family name from the same first letter (two letters on five or more) is that name
misspelt, a near-homophone ("Hi Ms Law," to Lau Mei Ling, twenty-ninth ac-313): it names them (no FL201)
and names no stranger (no FL203). A word further off, or another first letter, stays someone else."""

from __future__ import annotations

import pytest

from followup_lint import Interviewer
from followup_lint.rules.names import InterviewerNameMisspelled, InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

BODY = ",\n\nThank you for the interview about the night-shift rota today.\n\nBest,\nSam"


@pytest.mark.parametrize("greeting,person,word", [
    ("Dear Mr Tam", Interviewer("Tan Boon Keat", "boonkeat.tan@lionport.example"), "Tam"),
    ("Hello Dr Kin", Interviewer("Kim Soo-jin", "soojin.kim@lionport.example"), "Kin"),
    ("Dear Mrs Okafur", Interviewer("Ngozi Okafor", "ngozi.okafor@lionport.example"), "Okafur"),
    ("Good morning Ms Whitfeild", Interviewer("Dana Whitfield", "dana.whitfield@lionport.example"), "Whitfeild"),
])
def test_a_titled_near_surname_is_a_misspelling_of_the_interviewers(greeting: str, person: Interviewer,
                                                                  word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(person)) == [word]
    assert flagged_texts(InterviewerNotNamed, text, iv(person)) == []
    assert flagged_texts(WrongName, text, iv(person)) == []


@pytest.mark.parametrize("greeting,person,word", [
    ("Dear Mr Lim", Interviewer("Tan Boon Keat", "boonkeat.tan@lionport.example"), "Lim"),  # another letter first
    ("Dear Ms Lee", Interviewer("Lau Mei Ling", "meiling.lau@lionport.example"), "Lee"),  # two off in three
    ("Dear Mr Okoro", Interviewer("Ngozi Okafor", "ngozi.okafor@lionport.example"), "Okoro"),  # three off
])
def test_a_titled_surname_further_off_is_someone_else(greeting: str, person: Interviewer, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(person)) == []
    assert flagged_texts(WrongName, text, iv(person)) == [word]
