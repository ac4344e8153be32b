"""FL203 wrong-name: another organisation named in a clause where the writer looks ahead to the job,
whatever the noun before the name (``followup_lint.analysis.employers._wish_clause_employers``).

The twentieth to twenty-second batches each had a leftover company in a phrasing no slot knew ("the quality
of the products of X", "the X mission", "the export desk at X"). The wish clause finds the class instead of
the phrase: a sentence of the writer's that looks ahead ("I would", "I can", "keen to", "looking forward")
naming an organisation of two words or more after a preposition, in a clause that tells no past deed. These
wordings are new: none of them matches a slot of ``_EMPLOYER_CONTEXTS``."""

from __future__ import annotations

import pytest

from followup_lint.analysis.employers import _EMPLOYER_CONTEXTS
from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\nThank you for the interview on Tuesday.\n\n"

AHEAD = [
    ("I would love to help shape the roadmap of Saltire Analytics next year.", "Saltire Analytics"),
    ("I am confident I could improve the onboarding experience at Brackenfield Outdoor.", "Brackenfield Outdoor"),
    ("I'd be glad to put my cold-chain background to work for the Harrowgate Cold Chain crew.",
     "Harrowgate Cold Chain"),
    ("I can already picture myself on the night shift at Lindqvist Bakeries.", "Lindqvist Bakeries"),
    ("I am keen to take the weekend rota off the shoulders of Moravia Dairy Cooperative.", "Moravia Dairy Cooperative"),
    ("Looking forward, I hope to grow the loyalty scheme of Pemberley Outfitters.", "Pemberley Outfitters"),
]


def _slot_matches(sentence: str) -> bool:
    return any(rx.search(sentence) for _, rx, _ in _EMPLOYER_CONTEXTS)


@pytest.mark.parametrize("sentence,org", AHEAD)
def test_an_organisation_in_a_clause_that_looks_ahead_is_a_wrong_name(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, HI + sentence, DANA) == [org]


@pytest.mark.parametrize("sentence,org", AHEAD)
def test_the_wordings_are_new_to_the_slots(sentence: str, org: str) -> None:
    # the class is what finds them, not a phrase written for them
    assert not _slot_matches(sentence)


@pytest.mark.parametrize("sentence", [
    # the interview's own company
    "I would love to help shape the roadmap of Initech Inc. next year.",
    # the writer's past, told in the same clause
    "At Corran Textiles I built the shift planner, so I can do the same for your plant.",
    "I kept the fleet running for six years at Wyoming County Roads, and I would bring that here.",
    # a place or a thing named by its own noun after it
    "I would love to visit the Kuala Lumpur office someday.",
    "I can send the notes to the Google Drive folder you shared.",
    "I would be happy to walk you through the Power BI dashboard I built.",
    # "in" a place; a list of single names
    "I will be in Buenos Aires next week if a second meeting helps.",
    "I will be travelling from Kingston to Montego Bay next week.",
    # a client, a partner or a supplier served, an organisation helped
    "I would enjoy building reports for clients such as Barclays Bank.",
    "I would like to help Lake Kivu Fisheries Board with its audits.",
    "I can also help customers in addition to French and Fon.",
    # a department or a post made of everyday words; a person
    "I would love to support the Customer Success team next year.",
    "I hope to learn a lot from Maria Lopez in the first weeks.",
    # nothing looks ahead: an organisation told about
    "The road crews of Harlan County Paving came up in our talk.",
])
def test_own_company_past_places_things_and_people_are_no_wrong_name(sentence: str) -> None:
    assert flagged_texts(WrongName, HI + sentence, DANA) == []


def test_a_flood_of_capitalised_names_is_weighed_a_bounded_number_of_times() -> None:
    names = " ".join(f"to Kestrel{i} Harbour{i}," for i in range(200))
    flagged = flagged_texts(WrongName, HI + "I would like to say hello " + names + " too.", DANA)
    assert 0 < len(flagged) <= 40
