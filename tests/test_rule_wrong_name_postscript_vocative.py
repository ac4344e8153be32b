"""FL203 wrong-name: a P.S. that opens on a name speaks to that person, whether or not the name tables know
the name (``followup_lint.analysis.addressing._vocatives``).

The twenty-seventh batch ended a note to its interviewer with "P.S. <Name>, I have attached the updated CV
... as you requested": a line left from a note to someone else. A vocative in the body needed a thanks or a
given name the tables (mostly Anglo names) hold; the P.S. head now marks the address. New wordings, names
the tables lack; a word of the dictionary, a list, a discourse word and the interviewer's own name are not
strangers."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
NOTE = ("Dear Ms. Okafor,\n\nThank you for the interview today about the billing pipeline.\n\n"
        "I look forward to hearing from you.\n\nBest regards,\nSam Reyes\n\n")


@pytest.mark.parametrize("ps,name", [
    ("P.S. Thandeka, I have sent the signed forms to your office.", "Thandeka"),
    ("PS Oyelaran, your question about my notice period: it is four weeks.", "Oyelaran"),
    ("P.S. Gulnara, please find my references in the second file.", "Gulnara"),
])
def test_a_postscript_opening_on_a_stranger_is_a_wrong_name(ps: str, name: str) -> None:
    assert flagged_texts(WrongName, NOTE + ps, DANA) == [name]


@pytest.mark.parametrize("ps", [
    "P.S. Dana, I have sent the signed forms as you asked.",          # the interviewer
    "P.S. Kafka, Flink and Spark are all on my CV.",                   # a list
    "P.S. Honestly, I enjoyed the case study most.",                   # a discourse word
    "P.S. Tomorrow, I will send the references.",
    "P.S. Python, I forgot to say, is the language I use most.",       # a word of the dictionary
])
def test_no_wrong_name_in_a_postscript_outside_the_class(ps: str) -> None:
    assert flagged_texts(WrongName, NOTE + ps, DANA) == []
