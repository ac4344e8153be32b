"""FL203 wrong-name: an organisation the writer praises is the one the note is for
(``followup_lint.analysis.employers``, the "praise" slot and ``_praised``).

The twenty-ninth batch's ac-314 wrote to a coffee roaster "I've always admired the way Benguet Bean Collective
works directly with the smallholder farmers, and it would be an honor to grow with your company": another
organisation praised as if it were the employer, which no slot read. Admiring, having long followed or loving
an organisation by its name now names it as the employer; a person admired, a tool or a place loved, a method
followed, and the interview's own company are left alone."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

AMARA = iv(("Amara Nwosu", "amara.nwosu@delta-cargo.example"), company="Delta Cargo Services Ltd")


def _note(sentence: str) -> str:
    return ("Dear Amara,\n\nThank you for the interview today and the walk through the bonded warehouse. "
            + sentence + "\n\nKind regards,\nIfeoma Eze")


@pytest.mark.parametrize("sentence,org", [
    ("I have always admired the way Tamarind Freight runs its cold chain.", "Tamarind Freight"),
    ("I have long admired Zuberi Logistics and its work with small exporters.", "Zuberi Logistics"),
    ("We've long admired Halvik's approach to customs paperwork.", "Halvik"),
    ("I have closely followed Okavango Shipping for years.", "Okavango Shipping"),
    ("I really admire how Kilifi Port Holdings trains its clerks.", "Kilifi Port Holdings"),
    ("I love Mombasa Cargo Co. and what it does for traders.", "Mombasa Cargo Co"),
    ("I've always admired the Sahel Growers Cooperative.", "Sahel Growers Cooperative"),
])
def test_another_organisation_praised_is_a_wrong_name(sentence: str, org: str) -> None:
    assert any(org in t for t in flagged_texts(WrongName, _note(sentence), AMARA))


@pytest.mark.parametrize("sentence", [
    "I admired the way Amara explained the bonded stock count.",          # the interviewer
    "I admired the way Maria Lopez explained the bonded stock count.",    # a person
    "I used Stripe at my last job for the invoices.",                      # a tool, in passing
    "I have always admired Delta Cargo and its record on safety.",        # the right company
    "I love Python and Lagos.",                                            # a language, a city
    "I followed the Kanban Method on that project.",                       # a method, not praise
    "My manager admired Tamarind Freight when I worked there.",           # not the writer's praise
])
def test_no_wrong_name_for_praise_outside_the_class(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), AMARA) == []


@pytest.mark.parametrize("sentence,org", [
    ("I was impressed by how your team at Kestrel Freight handles returns.", "Kestrel Freight"),
    ("Please give my regards to your colleagues at Zembla.", "Zembla"),
    ("I am a big fan of Sahel Haulage and its drivers.", "Sahel Haulage"),
    ("I have always wanted to work at Tamarind Freight.", "Tamarind Freight"),
    ("I am excited to contribute to Zuberi Logistics.", "Zuberi Logistics"),
    ("I have great respect for Nyanza Couriers.", "Nyanza Couriers"),
])
def test_the_reader_placed_at_another_organisation_or_a_fan_of_it_is_a_wrong_name(sentence: str, org: str) -> None:
    assert any(org in t for t in flagged_texts(WrongName, _note(sentence), AMARA))


@pytest.mark.parametrize("sentence", [
    "I enjoyed meeting your team at Delta Cargo.",                         # the right company
    "I have always admired Delta Cargo Services Ltd.",                     # the right company, in full
    "Your team at Head Office was very kind.",                             # a department
    "I am not a fan of TDD, but I wrote the integration tests.",          # denied; a method
    "I was impressed by Kubernetes Operators when I tried them.",         # a tool, said with loose praise
])
def test_no_wrong_name_for_the_reader_or_a_fan_outside_the_class(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), AMARA) == []
