"""FL203 wrong-name: the frames the thirty-second batch's team notes used for another company, and its false
alarms (``followup_lint.analysis.employers`` and ``followup_lint.analysis.addressing``).

Misses, each one instance of a wider frame:
- a closing wish that puts the reader in an organisation's team ("wishing you and the whole nashik valley
  vintners team", af-301; ``_wished_team_employers``), capitals or a note written all in lower case;
- a formal letter's own reference line ending on the employer after a dash ("RE: POST OF STORES OFFICER –
  KPONE SHIPPING SERVICES LTD", af-304; ``_TRAILING_ORG``), and the subject likewise;
- an apposition that places the reader at an organisation ("As the Maintenance Manager of Mirbat Clinker
  Company, you know", af-306; ``_READER_AS``);
- the writer's first piece of work pictured at an organisation ("my first commit to ZiwaPay's main branch",
  af-310; the "plan" slot);
- the organisation's name before the post's title ("the Dibeen Foods Quality Supervisor role", af-316;
  ``_attributive_post_employers``).
The right company in the same frames, a department, a bare title and the writer's own past stay silent.

False alarms, each a class: a chat abbreviation opening the thanks ("Btw, thanks", af-109: ``discourse``
words), a one-word heading with a colon on the first line ("Improvements:", af-126), a closing line in
Markdown's heading or emphasis marks ("### Thanks, Colin", af-170) and a template's variable in the name's
place ("Dear INTERVIEWER_NAME,", af-313)."""

from __future__ import annotations

import pytest

from followup_lint.model import Draft
from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

NEEMA = iv(("Neema Kimaro", "neema.kimaro@tembo-logistics.example"), company="Tembo Logistics Ltd",
           role="Stores Supervisor")


def _note(sentence: str, greeting: str = "Dear Neema,") -> str:
    return (greeting + "\n\nThank you for the interview today and for showing me the cross-dock. "
            + sentence + "\n\nKind regards,\nJuma Mrisho")


@pytest.mark.parametrize("sentence,org", [
    # the reader in another company's team, wished well
    ("I wish you and the entire Kilifi Port Holdings team a calm peak season.", "Kilifi Port Holdings"),
    ("Best wishes to you and your Okavango Shipping colleagues.", "Okavango Shipping"),
    ("Good luck to you and the whole Sahel Haulage family this quarter.", "Sahel Haulage"),
    # the reader placed at another company by an apposition
    ("As the head of stores at Zuberi Freight Ltd, you will know how much a bin card matters.", "Zuberi Freight Ltd"),
    ("As Operations Director of Nyanza Couriers, you have seen every kind of stock loss.", "Nyanza Couriers"),
    ("I know that you, as the manager of Kivu Cold Chain, care about the details.", "Kivu Cold Chain"),
    # the writer's first piece of work pictured at another company
    ("I would love to ship my first release for Tamarind Freight next month.", "Tamarind Freight"),
    ("I am excited to open my first pull request at Zembla Systems.", "Zembla Systems"),
    ("I hope to run my first shift with Okavango Shipping soon.", "Okavango Shipping"),
    # another company's name before the post's title
    ("I remain very interested in the Kilifi Port Holdings Stores Supervisor position.", "Kilifi Port Holdings"),
    ("The Sahel Haulage Senior Inventory Analyst role sounds like a great next step.", "Sahel Haulage"),
    ("I believe I am ready for the Zuberi Freight Ltd Warehouse Manager post.", "Zuberi Freight Ltd"),
])
def test_another_company_in_the_new_frames_is_a_wrong_name(sentence: str, org: str) -> None:
    assert any(org in t for t in flagged_texts(WrongName, _note(sentence), NEEMA))


@pytest.mark.parametrize("sentence", [
    # the right company in the same frames
    "I wish you and the entire Tembo Logistics team a calm peak season.",
    "As the head of stores at Tembo Logistics, you will know how much a bin card matters.",
    "I would love to ship my first release for Tembo Logistics next month.",
    "I remain very interested in the Tembo Logistics Stores Supervisor position.",
    # a department, a bare title, the writer's own past and the writer's own apposition
    "I wish you and the whole Inventory Control team a calm peak season.",
    "I remain very interested in the Senior Stores Supervisor position.",
    "My first commit to Kivu Cold Chain's repository was a one-line fix.",
    "As the stores lead at Sahel Haulage, I cut the unexplained losses by half.",
    "As a member of the Institute of Logistics, I keep my training up to date.",
])
def test_no_wrong_name_outside_the_frames(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), NEEMA) == []


def test_a_lower_case_note_wishing_the_reader_in_another_team() -> None:
    body = ("good evening neema\n\nthank you for the interview today. wishing you and the whole mwambao dhow "
            "carriers team a good season.\n\nregards\njuma")
    assert any("mwambao dhow carriers" in t for t in flagged_texts(WrongName, body, NEEMA))
    same = body.replace("mwambao dhow carriers", "tembo logistics")
    assert flagged_texts(WrongName, same, NEEMA) == []
    dept = body.replace("mwambao dhow carriers", "sales and dispatch")
    assert flagged_texts(WrongName, dept, NEEMA) == []


@pytest.mark.parametrize("line,org", [
    ("RE: APPLICATION FOR STORES SUPERVISOR – KIVU COLD CHAIN LTD", "KIVU COLD CHAIN LTD"),
    ("Ref: Post of Stores Supervisor - Zuberi Freight Ltd", "Zuberi Freight Ltd"),
    ("Subject: Stores Supervisor vacancy, Okavango Shipping", "Okavango Shipping"),
    ("Re: Interview of 2 December — Sahel Haulage Limited", "Sahel Haulage Limited"),
])
def test_a_reference_line_ending_on_another_employer_is_a_wrong_name(line: str, org: str) -> None:
    body = "Dear Mr. Kimaro:\n\n" + line + "\n\nThank you for the interview yesterday.\n\nYours sincerely,\nJuma Mrisho"
    assert any(org in t for t in flagged_texts(WrongName, body, NEEMA))


@pytest.mark.parametrize("line", [
    "RE: APPLICATION FOR STORES SUPERVISOR – TEMBO LOGISTICS LTD",   # the right company
    "Ref: Post of Stores Supervisor - Night Shift",                   # the post's shift, no organisation
    "Re: Interview of 2 December - Juma Mrisho",                       # the writer's name
    "Subject: Stores Supervisor vacancy, Dar es Salaam",              # a place
])
def test_a_reference_line_naming_no_other_employer_is_silent(line: str) -> None:
    body = "Dear Mr. Kimaro:\n\n" + line + "\n\nThank you for the interview yesterday.\n\nYours sincerely,\nJuma Mrisho"
    assert flagged_texts(WrongName, body, NEEMA) == []


def test_the_subjects_trailing_employer() -> None:
    body = "Dear Neema,\n\nThank you for the interview today.\n\nKind regards,\nJuma"
    wrong = Draft(body=body, subject="Post of Stores Supervisor – Zuberi Freight Ltd")
    assert flagged_texts(WrongName, wrong, NEEMA) == ["Zuberi Freight Ltd"]
    right = Draft(body=body, subject="Post of Stores Supervisor – Tembo Logistics Ltd")
    assert flagged_texts(WrongName, right, NEEMA) == []


@pytest.mark.parametrize("body", [
    # a chat abbreviation opening the thanks
    "The test was fun.\nFyi, thanks for the quick replies!",
    "The test was fun. Tbh, thanks for making it so clear.",
    "The test was fun.\nImo, thank you for the generous time limit.",
    "The test was fun.\nAnyways, thanks for the opportunity!",
    # a one-word heading with a colon on the first line
    "Assumptions:\n- stock counts arrive once a day\n\nThank you for the exercise.",
    "Limitations:\n1. no auth\n\nThanks for the chance to try this.",
    # a closing line in Markdown marks
    "- Built my own UI\n- Docs expanded\n\n## Cheers, Ana",
    "I built the cart and the admin panel.\n\n**Thanks, Rafael**",
    # a template's variable in the name's place
    "Dear FIRST_NAME,\n\nThank you for your time today.\n\nRegards,\nJuma",
    "Hi HIRING_MANAGER_NAME,\n\nThank you for the interview.\n\nBest,\nJuma",
])
def test_no_person_is_named_by_these(body: str) -> None:
    assert flagged_texts(WrongName, body, NEEMA) == []


@pytest.mark.parametrize("body,name", [
    ("Dana:\n\nThank you for the interview today.\n\nBest,\nJuma", "Dana"),          # a bare name greeting
    ("The test was fun.\nMarta, thanks too for the tour of the lab.", "Marta"),       # a name spoken to
    ("- Built my own UI\n\n## Thanks, Colin, for the review\n\nJuma", "Colin"),       # thanked, not signed
    ("Dear Megan,\n\nThank you for your time today.\n\nRegards,\nJuma", "Megan"),    # a real stranger
])
def test_the_near_misses_are_still_a_wrong_name(body: str, name: str) -> None:
    assert name in flagged_texts(WrongName, body, NEEMA)
