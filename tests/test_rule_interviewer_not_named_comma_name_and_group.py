"""FL201 interviewer-not-named: a greeting with a comma after the salutation, the interviewer's name, then the
group beside them ("Hi, <Name> and team at <Company>.") names the interviewer
(``_COMMA_NAMES`` in ``followup_lint.document.structure``: the group words are the vocabulary's ``plural``).

The twenty-eighth batch's ab-102 ("Hi, Jeremy and team at Quaver Music.") was read as a bare "Hi," with the
message starting at the name. New wordings below, and the sentences that stay a message after "Hi,"."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts, findings_of

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech")
REST = "\nThanks again for walking me through the billing service today.\n\nBest,\nPriya\n"


@pytest.mark.parametrize("greeting", [
    "Hi, Dana and team at Initech.",
    "Hello, Dana and everyone at Initech!",
    "Good morning, Dana and the team,",
    "Hey, Dana and all.",
    "Hi, Dana & folks from Initech Labs:",
])
def test_the_name_beside_a_group_names_the_interviewer(greeting: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + REST, DANA) == []


@pytest.mark.parametrize("greeting,stranger", [
    ("Hi, Megan and team at Initech.", "Megan"),
    ("Hello, Megan and everyone!", "Megan"),
])
def test_another_name_beside_a_group_is_still_a_wrong_name(greeting: str, stranger: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + REST, DANA) != []
    assert flagged_texts(WrongName, greeting + REST, DANA) == [stranger]


@pytest.mark.parametrize("greeting", [
    "Hi, thanks again and team spirit matters.",   # a message after the comma, not a name
    "Hello, and team.",
])
def test_a_message_after_the_comma_names_nobody(greeting: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + REST, DANA) != []
