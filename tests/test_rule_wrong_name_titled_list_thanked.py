"""FL203 wrong-name: a list of titled names thanked that ends the sentence ("Please convey my thanks also to
Ustaza Samia Elnour and Ustaz Mohamed Elamin.") thanks each of them; one who is not in the interview is a
wrong name (``_listed`` and ``_LIST_MORE`` in ``followup_lint.analysis.addressing``: a title of the vocabulary,
with or without its stop, before each name). Without "for" after the list, untitled words stay unread ("Thank
you, Ama, and Happy New Year!").

The twenty-eighth batch's ab-307 thanked a panel member who did not sit on the panel, after one who did. New
wordings below."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

PANEL = iv(("Ama Boateng", "ama@initech.example"), ("Kofi Mensah", "kofi@initech.example"), company="Initech")
HEAD = "Dear Dr. Boateng,\n\nThank you for the interview on Monday. "
TAIL = "\n\nBest regards,\nAkosua\n"


@pytest.mark.parametrize("sentence,stranger", [
    ("My thanks also to Mr. Mensah and Sheikh Omar Bakri.", "Sheikh Omar Bakri"),
    ("Please pass my thanks to Mr Kofi Mensah and Mrs Efua Sarpong!", "Mrs Efua Sarpong"),
    ("Kindly convey my gratitude to Dr Mensah, Engr. Yaw Darko and Ustadha Zainab Idris.", "Engr. Yaw Darko"),
])
def test_a_titled_list_ending_the_sentence_is_thanked(sentence: str, stranger: str) -> None:
    assert stranger in flagged_texts(WrongName, HEAD + sentence + TAIL, PANEL)


@pytest.mark.parametrize("sentence", [
    "My thanks also to Mr. Mensah and Dr. Boateng.",        # both interviewed
    "Thank you, Kofi, and Happy New Year!",                  # no title: a wish, not a person
    "Thanks to Mr. Mensah and Google Cloud.",               # untitled: not read without "for"
])
def test_no_wrong_name_outside_the_class(sentence: str) -> None:
    assert flagged_texts(WrongName, HEAD + sentence + TAIL, PANEL) == []


def test_the_last_of_two_titled_strangers_is_read_too() -> None:
    text = HEAD + "My thanks also to Ustaza Samia Elnour and Ustaz Mohamed Elamin." + TAIL
    assert flagged_texts(WrongName, text, PANEL) == ["Ustaza Samia Elnour", "Ustaz Mohamed Elamin"]
