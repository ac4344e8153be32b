"""FL201/FL202 on two new slots of the thirty-second batch: a digit typed for the letter it looks like
("Good evening Mrs. 0che," for Oche, af-302) misspells the interviewer's name, and names her (no FL201); a
title abbreviated with a slash ("Dear W/ro Meseret," for Weyzero, af-318) is one title before the name,
not a name "W" of its own. Both ways, on fresh wordings: an ordinal, a time, a product's code or a word
that only reads as a name with a second slip stays what it was, and a slash between two generic addresses
or a template's pair of titles keeps its reading."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNameMisspelled, InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

BODY = ",\n\nThank you for the interview about the night-shift rota today.\n\nBest,\nSam"


@pytest.mark.parametrize("greeting,name,word", [
    ("Dear Mr. K0walski", "Piotr Kowalski", "K0walski"),   # 0 for o inside the name
    ("Hi 5arah", "Sarah Mills", "5arah"),                  # 5 for S
    ("Dear Ms. A1varez", "Rosa Alvarez", "A1varez"),       # 1 for l
    ("Hello Mr. 8ello", "Marco Bello", "8ello"),           # 8 for B
    ("Good morning Madam 0mondi", "Grace Omondi", "0mondi"),
    ("Dear Dr. Ad3bayo", "Tunde Adebayo", "Ad3bayo"),     # 3 for e
])
def test_a_digit_typed_for_a_letter_misspells_the_name(greeting: str, name: str, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == [word]
    assert flagged_texts(InterviewerNotNamed, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []


@pytest.mark.parametrize("text,name", [
    ("Dear Mr. 0wen" + BODY, "Tom Owens"),         # a digit and a dropped letter: too far to say
    ("Hi 1st round panel" + BODY, "Hana Girma"),  # an ordinal
    ("Dear Ms. Webb,\n\nThank you for the Web3 talk and the 4th floor tour at 8am.\n\nBest,\nSam", "Anna Webb"),
    ("Dear Mr. Kowalski,\n\nThe B2B figures for Q3 and the H2O plant were new to me.\n\nBest,\nSam",
     "Piotr Kowalski"),
])
def test_digits_that_spell_no_interviewers_name_stay_clear(text: str, name: str) -> None:
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []


@pytest.mark.parametrize("greeting,name", [
    ("Dear W/rt Hana", "Hana Girma"),          # Weyzerit
    ("Dear W/t Selam", "Selam Bekele"),
    ("Dear Lt/Col Mensah", "Kofi Mensah"),
    ("Dear Maj/Gen Okoro", "Emeka Okoro"),
    ("Good afternoon Brig/Gen Danjuma", "Ibrahim Danjuma"),
])
def test_a_title_written_with_a_slash_stands_before_the_name(greeting: str, name: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNotNamed, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == []


@pytest.mark.parametrize("greeting,name", [
    ("Dear W/ro Selam", "Hana Girma"),     # the title read, the name still somebody else's
    ("Dear Sir/Madam", "Hana Girma"),      # a generic address written two ways
    ("Hi team/all", "Hana Girma"),
    ("Dear A/B", "Hana Girma"),            # no title of the list
])
def test_a_slash_greeting_that_names_nobody_is_still_reported(greeting: str, name: str) -> None:
    assert flagged_texts(InterviewerNotNamed, greeting + BODY, iv(name))


def test_a_template_pair_of_titles_keeps_its_reading() -> None:
    assert flagged_texts(InterviewerNotNamed, "Dear Mr./Ms. Girma" + BODY, iv("Hana Girma")) == []
