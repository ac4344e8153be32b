"""Shared by the misspelled-word (FL101) test modules that read a sentence in two settings: a plain note to Priya
at Zentrifex Labs, and a take-home's README note to its reviewers (the technical register)."""

from __future__ import annotations

from typing import Any

from followup_lint.rules.spelling import MisspelledWord
from followup_lint.testing import findings_of

INTERVIEW: dict[str, Any] = {"interviewers": [{"name": "Priya Raman"}], "company": "Zentrifex Labs",
                             "role": "Frontend Engineer"}

PLAIN = "Hi Priya,\n\nThank you for the chat about the team.\n\n{sentence}\n\nBest,\nSam Okoye"

README = """# Take-home: order tracker

## Notes

Thanks for the exercise, Priya! Run `npm install` and then `npm start`; the code is in `app/main.ts`.

{sentence}

Best,
Sam Okoye"""


def flagged(template: str, sentence: str, interview: dict[str, Any] = INTERVIEW) -> list[str]:
    """The words FL101 reports in ``sentence`` set in ``template`` (``PLAIN`` or ``README``)."""
    return [f.data["word"] for f in findings_of(MisspelledWord, template.format(sentence=sentence), interview)]
