"""interviewer-not-named (FL201): a short opening line ending in a colon, addressed "to"/"for" the
interviewer, names them (twenty-second batch, h-166); fresh wordings both ways."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNotNamed
from followup_lint.testing import findings_of

from _names_cases import iv

BODY = "\nI pushed the last commit tonight and the tests pass.\n\nSam"


@pytest.mark.parametrize("line", [
    "A short note for Dana and the team:",
    "Update to Dana:",
    "Quick summary for Dana Kowalski and the reviewers:",
])
def test_a_line_addressed_to_the_interviewer_names_them(line: str) -> None:
    assert findings_of(InterviewerNotNamed, line + BODY, iv("Dana Kowalski", company="Initech")) == []


@pytest.mark.parametrize("line", [
    "I sent the report to Dana last week, and the tests now pass on every branch:",
    "A short note for the team:",
    "Update to Dana on the second page.",
])
def test_a_sentence_about_the_interviewer_or_a_line_to_nobody_does_not(line: str) -> None:
    assert findings_of(InterviewerNotNamed, line + BODY, iv("Dana Kowalski", company="Initech")) != []
