"""interviewer-not-named (FL201): a note with no greeting in its body whose subject is a greeting naming the
interviewer ("Hello,dear Ana") names them; a subject that only mentions them, or greets someone else, does not."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNotNamed
from followup_lint.testing import assert_clean, assert_flags

BODY = ("Could you share the reading list for the lab? I would like to prepare before Thursday.\n"
        "Looking forward to your reply.\nKofi")
INTERVIEW = {"interviewers": [{"name": "Ana Okafor", "title": "Lab coordinator"}], "company": "Okafor Lab",
             "role": "PhD applicant"}


@pytest.mark.parametrize("subject", [
    "Hi dear Ana",
    "Good morning, Professor Okafor",
    "Hello again Ana! Reading list",
])
def test_a_subject_that_greets_the_interviewer_names_them(subject: str) -> None:
    assert_clean(InterviewerNotNamed, BODY, INTERVIEW, subject=subject)


@pytest.mark.parametrize("subject,body", [
    ("Ana Okafor - reading list", BODY),                 # mentions, greets nobody
    ("Hello from Kofi", BODY),                          # greets, names the writer
    ("Hi Ana", "Hi there,\n\n" + BODY),                 # the body's own greeting is the one read
])
def test_a_subject_that_does_not_greet_the_interviewer_does_not_name_them(subject: str, body: str) -> None:
    assert_flags(InterviewerNotNamed, body, interview=INTERVIEW, subject=subject)
