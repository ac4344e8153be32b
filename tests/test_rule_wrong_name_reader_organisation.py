"""FL203 wrong-name: an organisation named as the reader's, the recipient's or the one the writer counts
themself in (``followup_lint.analysis.employers``: the greeting slots, ``reader_plural_you`` and
``_reader_place_employers``).

The thirtieth and thirty-first batches put another company in slots no reading covered: "you guys at Oja Pay"
(ad-307), "Dear Petra Pharma Interview Panel," (ad-308), "Dear Ms. Liang of Xiangzhou Marine Electronics,"
(ae-311), the recipient's block of a formal letter (ae-304), "#TeamMavunoPay" (ae-310) and a quoted "We at
Nordhessen Kühllogistik always check twice" (ae-309). The class: wherever the note places the reader, the
addressee or the writer's hoped-for self at an organisation, another organisation there is a leftover. The
right company in those slots, the writer's own employer ("we at <my employer>" in the past), a hashtag of a
technology or of everyday words, a bare "see you at <event>", and a technology code is moved to ("migrated
to Vanilla JS", ae-110) stay unflagged."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

AMARA = iv(("Amara Nwosu", "amara.nwosu@delta-cargo.example"), company="Delta Cargo Services Ltd")


def _note(sentence: str, greeting: str = "Dear Amara,") -> str:
    return (greeting + "\n\nThank you for the interview today and the walk through the bonded warehouse. "
            + sentence + "\n\nKind regards,\nIfeoma Eze")


@pytest.mark.parametrize("sentence,org", [
    ("Honestly y'all at Tamarind Freight run the tidiest yard I've seen.", "Tamarind Freight"),
    ("All of you at Zuberi Logistics made me feel welcome.", "Zuberi Logistics"),
    ("You folks at Kilifi Port Holdings clearly care about the details.", "Kilifi Port Holdings"),
    ("Both of you at Okavango Shipping asked sharp questions.", "Okavango Shipping"),
    ('I caught myself saying "we at Sahel Haulage never skip the seal check" on the drive home.', "Sahel Haulage"),
    ("I hope that soon we at Nyanza Couriers will laugh about this.", "Nyanza Couriers"),
    ("Fingers crossed to be #TeamKestrelFreight soon!", "KestrelFreight"),
    ("Hoping to share some #LifeAtZembla photos soon.", "Zembla"),
])
def test_another_organisation_as_the_readers_or_the_writers_own_is_a_wrong_name(sentence: str, org: str) -> None:
    assert any(org in t for t in flagged_texts(WrongName, _note(sentence), AMARA))


@pytest.mark.parametrize("sentence", [
    "Honestly you guys at Delta Cargo run the tidiest yard I've seen.",       # the right company
    "See you at Nairobi Tech Week if you go.",                                 # an event, a bare "you at"
    "At my last job we at Sahel Haulage checked every seal once.",             # the writer's own past employer
    "We at Sahel Haulage always check each seal once, and I would bring that habit.",  # own employer, no quote
    "Fingers crossed to be #TeamDeltaCargo soon!",                              # the right company
    "It was real #TeamWork on the stock count.",                               # everyday words
    "The scanner app could be ported to React Native, and I would like to help.",  # a technology moved to
    "I would happily deploy it to Google Cloud Run for you.",                 # a platform, not an employer
])
def test_no_wrong_name_for_the_reader_slots_outside_the_class(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), AMARA) == []


@pytest.mark.parametrize("greeting,org", [
    ("Dear Tamarind Freight Selection Committee,", "Tamarind Freight"),
    ("Dear Zuberi Logistics Hiring Panel,", "Zuberi Logistics"),
    ("Dear Mrs. Nwosu of Kilifi Port Holdings,", "Kilifi Port Holdings"),
    ("Hello Amara from Okavango Shipping,", "Okavango Shipping"),
    ("Dear Ms. Amara Nwosu at Sahel Haulage Ltd:", "Sahel Haulage Ltd"),
])
def test_a_greeting_that_puts_the_reader_at_another_organisation_is_a_wrong_name(greeting: str, org: str) -> None:
    assert any(org in t for t in flagged_texts(WrongName, _note("I liked the visit.", greeting), AMARA))


@pytest.mark.parametrize("greeting", [
    "Dear Delta Cargo Interview Panel,",            # the right company
    "Dear Mrs. Nwosu of Delta Cargo,",              # the right company
    "Dear Selection Committee,",                    # no organisation named
    "Dear Director of Operations,",                 # a post
    "Dear Head of Talent Acquisition,",             # a post
])
def test_no_wrong_name_for_greetings_outside_the_class(greeting: str) -> None:
    assert flagged_texts(WrongName, _note("I liked the visit.", greeting), AMARA) == []


_LETTER = """Ifeoma Eze
12 Marina Road
Lagos
3rd December, 2026

The Operations Manager
Mrs. Amara Nwosu
{org}
P. O. Box 7
Apapa

Dear Mrs. Nwosu:

I write to thank you for the interview on Tuesday and the walk through the bonded warehouse.

Yours faithfully,
Ifeoma Eze"""


@pytest.mark.parametrize("org", ["Tamarind Freight Ltd", "Zuberi Logistics", "Kilifi Port Holdings Plc",
                                 "Okavango Shipping Company"])
def test_another_organisation_in_the_recipients_address_block_is_a_wrong_name(org: str) -> None:
    assert any(org in t for t in flagged_texts(WrongName, _LETTER.format(org=org), AMARA))


@pytest.mark.parametrize("org", ["Delta Cargo Services Ltd", "Delta Cargo", "Apapa Port Complex", "Head Office"])
def test_no_wrong_name_for_the_right_company_or_a_place_in_the_address_block(org: str) -> None:
    assert flagged_texts(WrongName, _LETTER.format(org=org), AMARA) == []


def test_the_senders_own_block_is_not_the_recipients() -> None:
    letter = _LETTER.format(org="Delta Cargo Services Ltd").replace("12 Marina Road", "Sahel Haulage Ltd\n12 Marina Road")
    assert flagged_texts(WrongName, letter, AMARA) == []


def test_a_unit_above_the_right_company_in_the_address_block_is_no_wrong_name() -> None:
    letter = _LETTER.format(org="Bonded Warehouse Operations Group\nDelta Cargo Services Ltd")
    assert flagged_texts(WrongName, letter, AMARA) == []
