"""FL203 wrong-name: a README's exercise title names the organisation that set the exercise ("# <Org> Tech
Test"); when it is not the interview's company, the title was left from a test for another employer
(``followup_lint.analysis.employers._exercise_title_employers``; ``exercise_titles`` in ``data/cues.toml``).

The twenty-seventh batch had a Line-Up submission titled for a test the writer had done for another employer
(decided a wrong name, as a company left in a subject is). Across the twenty-seven batches 58 README headings
hold an exercise word; all the others name the interview's company, a technology, a field or the writer:
those stay silent. New wordings below."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
REST = ("\n\nA small web app that lists the users of the reqres API.\n\n## Running it\n\n1. `npm install`\n"
        "2. `npm start`\n\nThank you for reviewing it.\n\nBest,\nPriya Raman\n")


@pytest.mark.parametrize("title,org", [
    ("# Zendrix Coding Challenge", "Zendrix"),
    ("## Quillmark Take-Home", "Quillmark"),
    ("# Vantorq Technical Assessment", "Vantorq"),
    ("# Brellium Labs Tech Test", "Brellium Labs"),
])
def test_an_exercise_title_for_another_organisation_is_a_wrong_name(title: str, org: str) -> None:
    assert flagged_texts(WrongName, title + REST, DANA) == [org]


@pytest.mark.parametrize("title", [
    "# Initech Coding Challenge",          # the interview's company
    "# Initech Inc. Tech Test",
    "# Docker Coding Challenge",           # a technology
    "# Frontend Take-Home",                # a field
    "# React Native Technical Test",
    "# Priya Raman Coding Challenge",      # the writer, by the signature
    "# Emily Coding Challenge",            # a given name
    "Zendrix Coding Challenge is what I did before.",  # not a heading
])
def test_no_wrong_name_outside_the_class(title: str) -> None:
    assert flagged_texts(WrongName, title + REST, DANA) == []
