"""subject-line (FL207): missing, generic (with and without context) and long subjects."""

from __future__ import annotations

import pytest

from followup_lint import Severity
from followup_lint.rules.subject import SubjectLine
from followup_lint.testing import findings_of, run_rule

BODY = "Hi Dana,\n\nThank you for walking me through the billing migration today.\n\nBest,\nSam"
INTERVIEW = {
    "interviewers": [{"name": "Dana Whitfield", "email": "dana@larkspur.example"}],
    "company": "Larkspur Payments",
    "role": "Senior Backend Engineer",
    "topics": ["billing migration to Kubernetes", "on-call rota"],
}
TO = ("Dana Whitfield <dana@larkspur.example>",)

GENERIC_WITH_CONTEXT = [
    "Following up", "Thank you", "Thanks for today", "Hi", "Thank you for your time",
    "Great meeting you", "Thank you for the interview", "Checking in", "Quick note", "Thanks for today's chat",
]
SPECIFIC_WITH_CONTEXT = [
    "Thank you - Senior Backend Engineer interview", "Thanks, Dana", "Larkspur interview - thank you",
    "Following up on the billing migration", "Thank you - backend role", "Kubernetes conversation follow-up",
    "Re: Interview on Thursday", "RE: Following up", "Thank you — Whitfield interview", "On-call rota question",
    "Thank you - {{role}} interview",
]
GENERIC_NO_CONTEXT = ["Following up", "Thank you!", "Thanks for today", "Hi", "Checking in again",
                      "Thank you for the interview", "Quick follow-up", "Great chat today", "Hello", "Thank you so much"]
SPECIFIC_NO_CONTEXT = ["Thank you - Data Engineer interview", "Thanks for the Acme tour", "Thank you, Priya",
                       "Project Engineer interview - thank you", "Re: Thanks", "Follow-up on the dbt models",
                       "Thank you — Claims Team Lead", "Kubernetes rollout follow-up", "QA Automation role",
                       "Thank you - Store Manager interview"]


@pytest.mark.parametrize("subject", GENERIC_WITH_CONTEXT)
def test_generic_with_context(subject: str) -> None:
    (f,) = findings_of(SubjectLine, BODY, INTERVIEW, subject=subject, to=TO)
    assert f.severity is Severity.WARNING and f.span.field == "subject" and f.data["confidence"] == "high"


@pytest.mark.parametrize("subject", SPECIFIC_WITH_CONTEXT)
def test_specific_with_context(subject: str) -> None:
    assert not findings_of(SubjectLine, BODY, INTERVIEW, subject=subject, to=TO)


@pytest.mark.parametrize("subject", GENERIC_NO_CONTEXT)
def test_generic_without_context_is_low_confidence(subject: str) -> None:
    (f,) = findings_of(SubjectLine, BODY, subject=subject)
    assert f.data["confidence"] == "low"


@pytest.mark.parametrize("subject", SPECIFIC_NO_CONTEXT)
def test_specific_without_context(subject: str) -> None:
    assert not findings_of(SubjectLine, BODY, subject=subject)


def test_missing_subject_with_recipients_is_a_warning() -> None:
    (f,) = findings_of(SubjectLine, BODY, INTERVIEW, subject="", to=TO)
    assert f.span is None and f.data["problem"] == "missing"


def test_bare_body_is_skipped_not_flagged() -> None:
    report = run_rule(SubjectLine, BODY)
    assert not report.findings and any(s.rule == "subject-line" for s in report.rules_skipped)


def test_long_subject_is_info() -> None:
    subject = "Thank you - Senior Backend Engineer interview with the Larkspur platform team"
    (f,) = findings_of(SubjectLine, BODY, INTERVIEW, subject=subject, to=TO)
    assert f.severity is Severity.INFO and f.data["problem"] == "long"
    assert not findings_of(SubjectLine, BODY, INTERVIEW, subject=subject, to=TO, options={"max-chars": 100})


# one problem, one finding: a subject naming another role is wrong-role's (FL208), not also "generic"
@pytest.mark.parametrize("subject", ["Thank you - Product Designer interview", "Thanks for the Senior Backend "
                                     "Engineer interview", "Following up on the Product Manager role",
                                     "Re-checking in: Sales Associate position"])
def test_a_subject_with_another_role_is_wrong_roles_finding_only(subject):
    from followup_lint import Config, Draft, Interview
    from followup_lint.engine import Linter

    iv = Interview.from_dict({"interviewers": [{"name": "Tom Becker"}], "company": "Initech",
                              "role": "Data Analyst"})
    body = "Hi Tom,\n\nThank you for the chat about the billing migration.\n\nBest,\nSam"
    report = Linter(Config(), plugins=False).lint(Draft(body=body, subject=subject, to=("tom@x.example",)), iv,
                                                   clock=False)
    assert [f.code for f in report.findings if f.code in ("FL207", "FL208")] == ["FL208"]


def test_a_generic_subject_is_still_generic_with_a_role_in_the_interview():
    from followup_lint import Config, Draft, Interview
    from followup_lint.engine import Linter

    iv = Interview.from_dict({"interviewers": [{"name": "Tom Becker"}], "company": "Initech",
                              "role": "Data Analyst"})
    report = Linter(Config(), plugins=False).lint(Draft(body="Hi Tom,\n\nThanks.", subject="Thank you",
                                                        to=("tom@x.example",)), iv, clock=False)
    assert [f.code for f in report.findings if f.code in ("FL207", "FL208")] == ["FL207"]
