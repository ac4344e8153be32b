"""misspelled-word (FL101): drug names by their nonproprietary stems and two-word scientific names are
not misspellings; misspellings beside them still are. Wordings written for this project."""

from __future__ import annotations

import pytest

from followup_lint.rules.spelling import MisspelledWord
from followup_lint.testing import findings_of

INTERVIEW = {"interviewers": [{"name": "Priya Raman"}], "company": "Zentrifex Labs", "role": "Pharmacist"}


def flagged(sentence: str) -> list[str]:
    draft = f"Hi Priya,\n\n{sentence}\n\nBest,\nSam Okoye"
    return [f.data["word"] for f in findings_of(MisspelledWord, draft, INTERVIEW)]


@pytest.mark.parametrize("sentence", [
    "We compared rosuvastatin with pravastatin for older patients.",
    "I switched the patient from lisinopril to valsartan after the cough.",
    "Beta blockers such as bisoprolol and carvedilol came up as well.",
    "My rotation covered infliximab and vancomycin dosing.",
    "We discussed pantoprazole versus famotidine before surgery.",
    "The lab grew Arabidopsis thaliana and Caenorhabditis elegans side by side.",
    "My thesis used Saccharomyces cerevisiae as a model.",
    "We cultured E. coli and then D. melanogaster lines.",
])
def test_technical_names_are_not_misspellings(sentence: str) -> None:
    assert flagged(sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("I definately read up on statins afterwards.", "definately"),
    ("Priya mentiones the team uses Saccharomyces cerevisiae.", "mentiones"),
    ("The Marketing critera were clear.", "critera"),
    ("We talked about the Onboarding agendda.", "agendda"),
])
def test_misspellings_beside_technical_names_are_still_reported(sentence: str, word: str) -> None:
    assert word in flagged(sentence)
