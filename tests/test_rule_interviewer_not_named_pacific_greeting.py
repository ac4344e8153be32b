"""FL201 interviewer-not-named: a greeting word of the Pacific or of Myanmar at the top of an English note
("Bula", "Bula vinaka", "Talofa", "Mālō e lelei", "Kia orana", "Mingalaba"), in any case, before the
interviewer's name, names them: the salutation list (``salutations`` in ``data/addressing.toml``) holds them.

The twenty-eighth batch's ab-318 ("bula sainimili", typed on a phone with no capitals) opened with no greeting
the parser knew, so the note was read as not addressing Sainimili Ravuvu. New wordings below."""

from __future__ import annotations

import pytest

from followup_lint.document import Document
from followup_lint.model import Draft
from followup_lint.rules.names import InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts, findings_of

from _names_cases import iv

MERE = iv(("Mere Tuilagi", "mere.tuilagi@lagoon.example"), company="Lagoon Resort")
REST = "\nthank you for showing me the front desk today\n\nJone\n"


@pytest.mark.parametrize("greeting", [
    "bula mere",
    "Bula vinaka Mere,",
    "Ni sa bula Mere!",
    "talofa mere",
    "Talofa lava Mere,",
    "Mālō e lelei Mere,",
    "Kia orana Mere,",
    "Mingalaba Mere,",
])
def test_a_pacific_greeting_with_the_name_names_the_interviewer(greeting: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + REST, MERE) == []
    assert Document(Draft(body=greeting + REST)).greeting is not None


@pytest.mark.parametrize("greeting,stranger", [
    ("Bula Sala,", "Sala"),
    ("talofa lava Sione,", "Sione"),
])
def test_another_name_after_the_greeting_is_a_wrong_name(greeting: str, stranger: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + REST, MERE) != []
    assert flagged_texts(WrongName, greeting + REST, MERE) == [stranger]


def test_the_greeting_alone_names_nobody() -> None:
    assert findings_of(InterviewerNotNamed, "Bula vinaka,\nthank you for today\n\nJone\n", MERE) != []
