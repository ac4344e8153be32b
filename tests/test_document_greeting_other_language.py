"""A greeting in a language no salutation list holds, before an English title: the words before the title are
the salutation, the words after it the names ("Håfa adai Mr. Cruz," greets Cruz)."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.document import Document, structure

from _names_cases import GREETING_BODY


def greeting(line: str):
    return Document(Draft(body=line + GREETING_BODY)).greeting


@pytest.mark.parametrize("line,salutation,names", [
    ("Talofa Mr. Leota,", "Talofa", ["Leota"]),
    ("Kia orana Mrs Marsters,", "Kia orana", ["Marsters"]),
    ("Sveiki Dr. Ozols!", "Sveiki", ["Ozols"]),
    ("Bonjou Ms. Payet,", "Bonjou", ["Payet"]),
])
def test_other_language_words_before_a_title_are_the_salutation(line: str, salutation: str,
                                                                 names: list[str]) -> None:
    g = greeting(line)
    assert g is not None and g.salutation.strip() == salutation
    assert [n[2] for n in g.names] == names


@pytest.mark.parametrize("line", [
    "Yesterday Mr. Leota showed me the mill,",      # English words: a sentence, not a greeting
    "Thanks again Dr. Ozols,",
    "Sveiki Dr. Ozols, thank you for the tour.",    # the line goes on after the mark: a sentence
    "kia orana Mrs Marsters,",                       # not capitalised
])
def test_english_or_lowercase_words_before_a_title_are_no_such_salutation(line: str) -> None:
    assert structure._other_language_salutation(line, 0, len(line)) is None
