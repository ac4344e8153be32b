"""``before_send()`` (CONTRACT 9): the pre-send check for Python programs that send mail themselves."""

from __future__ import annotations

import email
from datetime import datetime, timedelta, timezone

import pytest

from followup_lint import Draft, DraftBlocked, FollowupLintError, InputError, Interview, Report, Severity, before_send

END = datetime(2026, 3, 10, 15, 0, tzinfo=timezone(timedelta(hours=1)))
INTERVIEW = Interview.from_dict({
    "company": "Acme", "role": "Staff Engineer", "timezone": "Europe/Berlin",
    "started_at": "2026-03-10T14:00:00+01:00", "ended_at": END.isoformat(), "topics": ["latency budgets"],
    "interviewers": [{"name": "Priya Raman", "email": "priya@acme.example"}],
})
CLEAN = ("Dear Priya,\n\nThank you for taking the time to meet with me today. I enjoyed our conversation about "
         "latency budgets and how your team plans capacity for the busy season.\n\nI would be glad to send more "
         "examples of my work. I look forward to hearing about the next steps.\n\nBest regards,\nAlex Morgan\n")
SUBJECT = "Thank you - Staff Engineer interview"


def draft(body: str = CLEAN, **kw) -> Draft:
    return Draft(body=body, subject=SUBJECT, to=("Priya Raman <priya@acme.example>",), **kw)


def test_a_clean_note_returns_the_report() -> None:
    report = before_send(draft(), INTERVIEW, now=END + timedelta(hours=3))
    assert isinstance(report, Report)
    assert report.max_severity is None or report.max_severity < Severity.ERROR


def test_an_error_raises_draft_blocked_with_the_report() -> None:
    with pytest.raises(DraftBlocked) as info:
        before_send(draft(CLEAN.replace("Dear Priya", "Dear [Interviewer Name]")), INTERVIEW,
                    now=END + timedelta(hours=3))
    exc = info.value
    assert isinstance(exc, FollowupLintError)
    assert isinstance(exc.report, Report)
    codes = [f.code for f in exc.report.findings]
    assert "FL205" in codes
    hit = next(f for f in exc.report.findings if f.code == "FL205")
    assert exc.report.draft.body[hit.span.start:hit.span.end] == "[Interviewer Name]"


def test_fail_on_lowers_and_raises_the_bar() -> None:
    body = CLEAN.replace("next steps.", "next steps!!")
    report = before_send(draft(body), INTERVIEW, now=END + timedelta(hours=3))  # a warning: not blocked
    assert any(f.code == "FL104" for f in report.findings)
    with pytest.raises(DraftBlocked):
        before_send(draft(body), INTERVIEW, now=END + timedelta(hours=3), fail_on=Severity.WARNING)
    with pytest.raises(DraftBlocked):
        before_send(draft(body), INTERVIEW, now=END + timedelta(hours=3), fail_on="warning")


def test_now_is_the_send_time_when_the_draft_has_none() -> None:
    report = before_send(draft(), INTERVIEW, now=END - timedelta(minutes=20))  # before the interview ended
    assert "FL401" in [f.code for f in report.findings]  # shown; timing findings never block
    # the draft's own sent_at wins over now
    before_send(draft(sent_at=END + timedelta(hours=2)), INTERVIEW, now=END - timedelta(minutes=20))


def test_naive_now_is_an_input_error() -> None:
    with pytest.raises(InputError):
        before_send(draft(), INTERVIEW, now=datetime(2026, 3, 10, 18, 0))


def test_a_message_is_accepted_as_bytes_or_message() -> None:
    raw = (f"To: Priya Raman <priya@acme.example>\r\nSubject: {SUBJECT}\r\n"
           f"Date: Tue, 10 Mar 2026 18:00:00 +0100\r\n\r\n" + CLEAN.replace("\n", "\r\n")).encode()
    assert isinstance(before_send(raw, INTERVIEW), Report)
    assert isinstance(before_send(email.message_from_bytes(raw), INTERVIEW), Report)
    bad = raw.replace(b"Dear Priya", b"Dear [Name]")
    with pytest.raises(DraftBlocked):
        before_send(bad, INTERVIEW)


def test_a_crashing_rule_blocks_instead_of_losing_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint.rules.punctuation_lines import GreetingPunctuation

    def boom(self, ctx):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(GreetingPunctuation, "check", boom)
    with pytest.raises(DraftBlocked) as info:
        before_send(draft(), INTERVIEW, now=END + timedelta(hours=3))
    crashed = [f for f in info.value.report.findings if f.code == "FL000"]
    assert crashed and crashed[0].data["crashed_rule"] == GreetingPunctuation.name
