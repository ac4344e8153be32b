"""no-specific-moment (FL206) and an exercise the topics do not list, titled by the subject (thirty-third batch
ag-163 "Completed challenge", ag-167 "Aviv QA technical test: ...", ag-172 "Paramo Tech Exam by Leonardo
Rivera"): the topic list may be incomplete, and a subject that titles the work sent for an exercise names it by
its kind, with a qualifier of a hiring exercise or the employer's name before it, or a word of the work done
beside it. A reply's subject, a kind that is the role's or stands before a role's noun, and a kind with
nothing of an exercise about it name nothing. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags

BODY = "Hello,\n\nPlease find my work attached. I kept the notes short.\n\nBest,\nSam"

INTERVIEW = {"interviewers": [{"name": "Dana Okafor"}], "company": "Globex Freight", "role": "Backend Developer",
             "topics": ["the invoice matching endpoint that pairs payments with orders",
                        "the interviewer's story about a warehouse outage in Rotterdam"]}


@pytest.mark.parametrize("subject", [
    "Finished assignment",
    "Backend exercise - submission",
    "Coding test: my notes on the trade-offs",
    "Globex assessment by Sam Lee",
    "Take-home completed",
    "Homework solution (Sam Lee)",
])
def test_a_subject_titling_an_exercise_names_it_though_no_topic_lists_it(subject: str) -> None:
    assert_clean(NoSpecificMoment, Draft(body=BODY, subject=subject), interview=INTERVIEW)


@pytest.mark.parametrize("subject", [
    "Ready for a new challenge",
    "Re: Coding challenge submission",
    "Question about the test date",
    "Thank you for the interview",
    "Exciting challenge ahead",
    "Fwd: Finished assignment",
])
def test_a_kind_with_nothing_of_an_exercise_about_it_or_a_replys_subject_names_nothing(subject: str) -> None:
    assert_flags(NoSpecificMoment, Draft(body=BODY, subject=subject), interview=INTERVIEW)


QA = {"interviewers": [{"name": "Dana Okafor"}], "company": "Globex Freight", "role": "QA Test Engineer",
      "topics": ["the flaky checkout suite on the staging cluster"]}


@pytest.mark.parametrize("subject", [
    "QA test engineer interview - thank you",
    "Technical test engineer role: thanks",
    "Completed test",          # (a word of the role: "test" for a test engineer)
    "Automation test team chat",
])
def test_a_kind_that_is_the_roles_word_or_before_a_roles_noun_names_nothing(subject: str) -> None:
    assert_flags(NoSpecificMoment, Draft(body=BODY, subject=subject), interview=QA)


# A repository's or a file's name as the subject (thirty-fifth ai-123, "Turing-Technologies-Test-Submission"): its
# words joined by hyphens are a title read word by word, as "Hiring Challenge Submission" is (v-008, z-401); a
# hyphenated kind ("take-home") stays one word. A slug with no kind, or a kind with nothing of an exercise about it,
# names nothing, as its spaced form does.
EXERCISE = {"interviewers": [{"name": "Dana Okafor"}], "company": "Globex Freight", "role": "Backend Developer",
            "topics": ["the backend test: an invoice matching endpoint that pairs payments with orders",
                       "the interviewer's story about a warehouse outage in Rotterdam"]}


@pytest.mark.parametrize("subject", [
    "Globex-Freight-Test-Submission",
    "sam-lee-backend-test-solution",
    "Initech-Coding-Challenge-Completed",
    "acme-take-home-done",
    "Hiring-Assignment-Submission-Sam-Lee",
])
def test_a_repository_name_as_subject_names_the_exercise_by_its_kind(subject: str) -> None:
    interview = EXERCISE if "test" in subject.lower() else INTERVIEW
    assert_clean(NoSpecificMoment, Draft(body=BODY, subject=subject), interview=interview)


@pytest.mark.parametrize("subject", [
    "Globex-Freight-Follow-Up-Note",
    "ready-for-a-new-challenge",
    "Re: Globex-Freight-Test-Submission",
    "thank-you-for-the-interview",
    "state-of-the-art-invoicing",
])
def test_a_repository_name_without_an_exercise_names_nothing(subject: str) -> None:
    assert_flags(NoSpecificMoment, Draft(body=BODY, subject=subject), interview=INTERVIEW)
