"""FL203 wrong-name: another organisation as the object of a verb of service in a clause that looks ahead
("help", "support", "assist" beside "join" and "serve": ``wish_prepositions`` in ``data/cues.toml``, read by
``followup_lint.analysis.employers._wish_clause_employers``).

The twenty-seventh batch had "I am confident that I can help <Company> to keep its fleet on the road": the
wish clause looked for the organisation after a preposition only. The wish clause's exclusions hold for the
new heads too: the interview's company, a client served, the writer's past, a person, a department."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\nThank you for the interview on Tuesday.\n\n"


@pytest.mark.parametrize("sentence,org", [
    ("I know I could help Brackenridge Cold Storage with its energy bill this winter.", "Brackenridge Cold Storage"),
    ("I would be proud to support Tamarind Health Group as it opens the new clinics.", "Tamarind Health Group"),
    ("I am eager to start helping Corvina Seafoods to trace every catch.", "Corvina Seafoods"),
    ("I hope to assist Halvorsen Marine Supply with the inventory backlog.", "Halvorsen Marine Supply"),
])
def test_an_organisation_served_in_a_clause_that_looks_ahead_is_a_wrong_name(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, HI + sentence, DANA) == [org]


@pytest.mark.parametrize("sentence", [
    # the interview's own company
    "I am sure I can help Initech Inc. to keep its billing pipeline on time.",
    # a client served, not the employer wanted
    "I can help clients such as Barclays Bank to settle their invoices faster.",
    # the writer's past, told in the clause
    "At Corran Textiles I built the shift planner, and I could help you the same way.",
    # a person, a department, a product named by the noun after it
    "I would love to support Maria Lopez with the weekend rota.",
    "I can support the Customer Success team from day one.",
    "I could help Power BI users build their own reports.",
])
def test_no_wrong_name_outside_the_class(sentence: str) -> None:
    assert flagged_texts(WrongName, HI + sentence, DANA) == []
