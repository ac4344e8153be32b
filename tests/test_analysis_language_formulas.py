"""Greeting and closing formulas in a language no profile holds: the salutation's words before an English
honorific, and a closing line over the signature, two or more words none of them English."""

from __future__ import annotations

import pytest

from followup_lint.analysis.language import read_language
from followup_lint.document import Document
from followup_lint.model import Draft
from followup_lint.rules.spelling import MisspelledWord
from followup_lint.spelling.lexicon import load_lexicon
from followup_lint.testing import assert_clean, flagged_texts


def spans(body: str) -> list[str]:
    doc = Document(Draft(body=body))
    reading = read_language(doc, load_lexicon().__contains__)
    return [doc.own[s.start:s.end] for s in reading.spans]


MIDDLE = "Thank you for the tour of the cold store on Tuesday. I hope to hear from you soon."


@pytest.mark.parametrize("greeting,formula", [
    ("Hyvää päivää Ms. Virtanen,", "Hyvää päivää"),
    ("Góðan daginn Mr. Jónsson,", "Góðan daginn"),
    ("Laba diena Dr. Kalnina,", "Laba diena"),
])
def test_a_greeting_formula_before_an_honorific_is_another_language(greeting: str, formula: str) -> None:
    body = f"{greeting}\n\n{MIDDLE}\n\nBest regards,\nNoa Lee"
    assert formula in spans(body)
    assert_clean(MisspelledWord, body)


@pytest.mark.parametrize("closing", ["Kiitos paljon,", "Grazzi ħafna,", "Ačiū labai,", "Köszönöm szépen,"])
def test_a_closing_formula_over_the_signature_is_another_language(closing: str) -> None:
    body = f"Dear Ms. Vella,\n\n{MIDDLE}\n\n{closing}\nNoa Lee"
    assert closing.rstrip(",") in spans(body)
    assert_clean(MisspelledWord, body)


@pytest.mark.parametrize("body,typo", [
    (f"Helo Mr. Tan,\n\n{MIDDLE}\n\nBest,\nNoa Lee", "Helo"),                  # one word: a typo
    (f"Dear Mr. Tan,\n\n{MIDDLE}\n\nBest regrads,\nNoa Lee", "regrads"),        # an English word beside it
    (f"Dear Mr. Tan,\n\n{MIDDLE}\n\nSincerly,\nNoa Lee", "Sincerly"),
    (f"Dear Mr. Tan,\n\n{MIDDLE} The depto tuor,\nwas long.\n\nBest,\nNoa Lee", "depto"),  # not a closing
])
def test_a_typo_in_a_greeting_or_closing_is_still_reported(body: str, typo: str) -> None:
    assert typo in flagged_texts(MisspelledWord, body)
