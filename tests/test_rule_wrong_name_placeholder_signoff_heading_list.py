"""FL203 wrong-name, four misreadings of the twenty-ninth batch, each tested on wordings of its own:

- a word processor's mail-merge field in chevrons ("«Salutation» «Surname»") is a placeholder, no person;
- a closing phrase and the writer's name on the note's last line ("Many thanks, Tom") is a sign-off, not a
  thanks to someone else; a thanks to a stranger followed by a real signature stays a wrong name;
- a heading run into its paragraph with a dash ("Summary - thanks ...") is a label, no one spoken to, while
  a given name before the dash still speaks to that person;
- the capitalised words of a list item with no wish of the writer's ("- Retries (mostly for the Kafka
  Streams and Webhooks)") are no other employer the writer wants to join.
"""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders
from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\n"
BODY = "Thank you for the interview about the billing service on Tuesday. I enjoyed the pairing exercise.\n\n"


@pytest.mark.parametrize("field", ["«Salutation»", "«Surname»", "«First_Name»", "«ContactName»"])
def test_a_mail_merge_field_in_chevrons_is_a_placeholder(field: str) -> None:
    assert [p.text for p in find_placeholders(f"Dear {field},\n\nThank you.")] == [field]


@pytest.mark.parametrize("text", ["He called it «le meilleur café» in the memo.", "The label «Bonjour»s was odd.",
                                  "a«b» c"])
def test_a_quotation_in_guillemets_is_no_placeholder(text: str) -> None:
    assert [p.text for p in find_placeholders(text)] == []


@pytest.mark.parametrize("greeting", ["Dear «Salutation» «Surname»,", "Hello «FirstName»,", "Dear «Title» «Name»,"])
def test_a_mail_merge_greeting_names_no_stranger(greeting: str) -> None:
    assert flagged_texts(WrongName, greeting + "\n\n" + BODY + "Kind regards,\nSam", DANA) == []


@pytest.mark.parametrize("closing", ["Many thanks, Tom", "Thanks, Priya Nair", "Thank you,  Lucas!"])
def test_a_closing_and_the_writers_name_on_the_last_line_is_a_sign_off(closing: str) -> None:
    assert flagged_texts(WrongName, HI + BODY + closing, DANA) == []


@pytest.mark.parametrize("text,name", [
    (HI + BODY + "Thank you, Priya.\n\nBest,\nSam", "Priya"),  # a real signature below: Priya was thanked
    (HI + BODY + "Thanks again for the tour, Marcus.", "Marcus"),  # a thanks for something, not a closing
])
def test_a_thanks_to_a_stranger_stays_a_wrong_name(text: str, name: str) -> None:
    assert flagged_texts(WrongName, text, DANA) == [name]


@pytest.mark.parametrize("line", ["Summary - thanks again for the chance to work on this.",
                                  "Reflections – I appreciated the clear brief.",
                                  "Afterword - thank you for reading this far."])
def test_a_heading_run_into_its_paragraph_with_a_dash_speaks_to_no_one(line: str) -> None:
    assert flagged_texts(WrongName, HI + BODY + line + "\n\nBest,\nSam", DANA) == []


def test_a_given_name_before_a_dash_still_speaks_to_that_person() -> None:
    text = HI + BODY + "Marcus - thanks too for showing me the on-call dashboard.\n\nBest,\nSam"
    assert flagged_texts(WrongName, text, DANA) == ["Marcus"]


LIST = ("I would love to join the team, honestly. What is left to do:\n"
        "- Retries (mostly for the Kafka Streams and Webhooks)\n"
        "- Tracing across the Billing Core and Ledger\n\nBest,\nSam")


def test_a_list_items_capitalised_words_are_no_other_employer() -> None:
    assert flagged_texts(WrongName, HI + BODY + LIST, DANA) == []


def test_a_wish_to_join_another_company_in_prose_stays_a_wrong_name() -> None:
    text = HI + BODY + "I would love to work at Globex Systems and grow with its team.\n\nBest,\nSam"
    assert flagged_texts(WrongName, text, DANA) == ["Globex Systems"]
