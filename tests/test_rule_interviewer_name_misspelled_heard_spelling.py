"""FL202 interviewer-name-misspelled: a name spelt as heard, never seen written (thirty-third ag-318: "Dear
Shivawn," for Siobhán after a phone interview). The letters of Irish, pinyin and Spanish names sound otherwise
than in English (bh/mh as v, x as sh, j as h, "Jo-a" as "Wa"); a writer who only heard the name spells it
the English way. Data [heard_spellings] of addressing.toml reads each name the English way; a word that
sounds like that reading names the interviewer, misspelt (no FL201, no FL203). A real name of its own, an
English word, a word of other sounds or a short word stays what it was.
"""

from __future__ import annotations

import pytest

from followup_lint.names import NameMatcher, heard_readings
from followup_lint.model import Interviewer
from followup_lint.rules.names import InterviewerNameMisspelled, InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

BODY = ",\n\nThank you for the call this morning about the warehouse rota.\n\nWarm regards,\nAma"


@pytest.mark.parametrize("greeting,name,word", [
    ("Dear Neeve", "Niamh Byrne", "Neeve"),
    ("Hi Sersha", "Saoirse Ryan", "Sersha"),
    ("Dear Keeva", "Caoimhe Walsh", "Keeva"),
    ("Hello Shevaun", "Siobhan Doyle", "Shevaun"),
    ("Dear Wakeen", "Joaquín Torres", "Wakeen"),
    ("Hi Hosay", "José Ruiz", "Hosay"),
    ("Dear Giyermo", "Guillermo Ruiz", "Giyermo"),
    ("Dear Shaoling", "Xiaoling Chen", "Shaoling"),
    ("Hi Chiang", "Qiang Li", "Chiang"),
])
def test_a_name_spelt_as_heard_is_the_interviewers_name_misspelt(greeting: str, name: str, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == [word]
    assert flagged_texts(InterviewerNotNamed, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []


@pytest.mark.parametrize("name,word", [
    ("Siobhán Kelly", "Shannon"),     # another name of its own
    ("Niamh Byrne", "Nevin"),
    ("Caoimhe Walsh", "Kevin"),
    ("Saoirse Ryan", "Sasha"),
    ("Joaquín Torres", "Walker"),     # other sounds
    ("Xiaoling Chen", "Shilling"),    # an English word
    ("Siobhán Kelly", "Shaven"),
    ("Juan Pérez", "Wanda"),
    ("Niamh Byrne", "Never"),
    ("Siobhán Kelly", "Shivani"),     # the same consonants, another ending: another name
    ("Joaquín Torres", "Wakena"),
])
def test_a_word_of_its_own_is_not_the_name_heard(name: str, word: str) -> None:
    assert NameMatcher([Interviewer(name)]).classify(word) is None


@pytest.mark.parametrize("name", ["john", "sarah", "jordan", "william", "niall", "catherine"])
def test_a_name_in_english_spelling_has_no_heard_reading(name: str) -> None:
    assert heard_readings(name) == ()


def test_the_right_spelling_stays_exact() -> None:
    assert NameMatcher([Interviewer("Siobhán Kelly")]).classify("Siobhán").kind == "exact"  # type: ignore[union-attr]
