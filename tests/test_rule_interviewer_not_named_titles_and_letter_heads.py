"""interviewer-not-named (FL201) when something stands above the greeting (the twenty-sixth batch): an HTML
note's heading ("<h3>Thanks</h3>" above "<p>Hi, Greg and Jay</p>") is a title, and the greeting under it is
the note's; a francophone formal letter's reference line ("Object:" / "Objet :") is one of the letter's
blocks above the salutation. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNotNamed
from followup_lint.testing import assert_clean, findings_of

from _names_cases import iv

PANEL = iv("Marguerite Lindqvist", "Tobias Achterberg")
ONE = iv("Souleymane Diallo")


@pytest.mark.parametrize("body", [
    "<h2>Follow-up</h2><p>Hello Marguerite and Tobias,</p><p>Thank you for the interview.</p><p>Best,<br>Ines</p>",
    "<h1>Thank you!</h1>\n<p>Hi, Tobias</p>\n<p>It was good to talk about the ledger.</p><p>Ines</p>",
    "<div><h4>Take-home notes</h4><p>Dear Marguerite,</p><p>Here is my submission.</p></div>",
])
def test_a_greeting_under_an_html_heading_names_the_interviewer(body: str) -> None:
    assert_clean(InterviewerNotNamed, body, PANEL)


@pytest.mark.parametrize("body", [
    "<h2>Follow-up</h2><p>Hello there,</p><p>Thank you for the interview.</p><p>Best,<br>Ines</p>",
    "<h3>Notes</h3><p>Hi team,</p><p>It was good to talk about the ledger.</p><p>Ines</p>",
])
def test_a_greeting_under_an_html_heading_that_names_nobody_is_still_reported(body: str) -> None:
    assert findings_of(InterviewerNotNamed, body, PANEL)


def letter(reference: str, salutation: str) -> str:
    return ("Awa Traoré\nRue 12, Porte 44\nBamako, Mali\nawa.traore@mail.example\n\n"
            "Bamako, 4 March 2026\n\nTo the Head of Operations\nSahel Logistique SA\nB.P. 2210, Bamako\n\n"
            f"{reference}\n\n{salutation}\n\nI thank you for the interview of Tuesday about the cold store at "
            "Sénou.\n\nPlease accept the expression of my distinguished salutations.\n\nAwa Traoré")


@pytest.mark.parametrize("reference", [
    "Object: Thanks after my interview for the post of Logistics Assistant",
    "Objet : Remerciements suite à mon entretien",
    "OBJECT: Application for the post of stock controller",
])
def test_a_letter_whose_reference_line_is_its_object_greets_by_the_salutation(reference: str) -> None:
    assert_clean(InterviewerNotNamed, letter(reference, "Dear Mr. Diallo,"), ONE)


def test_a_letter_with_an_object_line_and_a_generic_salutation_is_still_reported() -> None:
    assert findings_of(InterviewerNotNamed, letter("Object: Thanks after my interview", "Dear Sir,"), ONE)


def prompted_letter(date_line: str, salutation: str = "Dear Mr. Diallo:") -> str:
    return ("Awa Traoré\nRue 12, Porte 44\nBamako, Mali\n\n"
            f"{date_line}\n\nThe Head of Operations\nSahel Logistique SA\nB.P. 2210, Bamako\n\n"
            f"{salutation}\n\nI thank you for the interview of Tuesday about the cold store at Sénou.\n\n"
            "Yours faithfully,\n\nAwa Traoré")


@pytest.mark.parametrize("date_line", [
    "Click or tap to enter a date.",
    "Click or tap here to enter text.",
    "Click here to enter a date.",
    "Choose an item.",
])
def test_a_form_controls_prompt_in_a_letters_head_is_a_slot_not_the_letters_text(date_line: str) -> None:
    assert_clean(InterviewerNotNamed, prompted_letter(date_line), ONE)


@pytest.mark.parametrize("date_line,salutation", [
    ("Click or tap to enter a date.", "Dear Sir:"),
    ("Please click here to enter the draw for our stand at the fair.", "Dear Mr. Diallo:"),
    ("Choose an item from our catalogue and we will ship it within a week.", "Dear Mr. Diallo:"),
])
def test_a_letter_head_with_a_sentence_or_a_generic_salutation_is_still_reported(date_line: str,
                                                                                  salutation: str) -> None:
    assert findings_of(InterviewerNotNamed, prompted_letter(date_line, salutation), ONE)
