"""The public API of CONTRACT.md sections 2-5."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone

import pytest

import followup_lint as fl
from followup_lint import (
    Applicability, ConfigError, Draft, DraftBlocked, Edit, Finding, Fix, FollowUp, FollowupLintError, InputError,
    Interview, Interviewer, Location, Report, RuleError, Severity, Skipped, Span,
)

CONTRACT_NAMES = """lint_draft lint_many load before_send apply_fixes Linter Draft Interview Interviewer FollowUp Source
Report Finding Span Location Fix Edit Applicability Severity Skipped Config Rule RuleContext FollowupLintError
InputError ConfigError RuleError DraftBlocked""".split()
UTC = timezone.utc


def test_every_contract_name_is_exported() -> None:
    for name in CONTRACT_NAMES:
        assert name in fl.__all__, name
        assert getattr(fl, name) is not None


def test_error_hierarchy() -> None:
    assert issubclass(InputError, FollowupLintError) and issubclass(InputError, ValueError)
    assert issubclass(ConfigError, FollowupLintError) and issubclass(ConfigError, ValueError)
    assert issubclass(RuleError, FollowupLintError) and issubclass(RuleError, RuntimeError)
    assert issubclass(DraftBlocked, FollowupLintError)
    report = Report(draft=Draft(body="x"))
    assert DraftBlocked(report).report is report
    assert RuleError("spacing").rule == "spacing"


def test_severity_order_and_strings() -> None:
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert (int(Severity.INFO), int(Severity.WARNING), int(Severity.ERROR)) == (1, 2, 3)
    assert [str(s) for s in Severity] == ["info", "warning", "error"]
    assert [a.value for a in Applicability] == ["safe", "unsafe", "display-only"]


def test_inputs_are_frozen_dataclasses() -> None:
    for cls in (Draft, Interview, Interviewer, FollowUp, fl.Source, Span, Location, Fix, Edit, Finding, Report):
        assert dataclasses.is_dataclass(cls)
        assert cls.__dataclass_params__.frozen, cls


def test_draft_defaults_and_coercion() -> None:
    d = Draft(body="Hi", to=["a@x.example"])
    assert d.subject == "" and d.to == ("a@x.example",) and d.cc == () and d.sent_at is None
    assert Draft(body="x", sent_at="2026-03-09T18:42:00-04:00").sent_at == datetime(2026, 3, 9, 22, 42, tzinfo=UTC)


def test_naive_send_times_are_input_errors() -> None:
    with pytest.raises(InputError):
        Draft(body="x", sent_at=datetime(2026, 1, 1, 9, 0))
    with pytest.raises(InputError):
        fl.lint_draft("Hi Dana,", now=datetime(2026, 1, 1, 9, 0))


def test_naive_interview_times_use_the_interview_zone() -> None:
    iv = Interview(started_at="2026-07-01T10:00", ended_at=datetime(2026, 7, 1, 11), timezone="Europe/Berlin")
    assert iv.ended_at.utcoffset() == timedelta(hours=2)
    with pytest.raises(InputError, match="timezone"):
        Interview(ended_at=datetime(2026, 7, 1, 11))
    with pytest.raises(InputError, match="time zone"):
        Interview(timezone="Mars/Olympus")


def _sample_interview() -> Interview:
    return Interview(
        interviewers=(Interviewer("Priya Raman", "priya@acme.example", "Director", "Priya", "Asia/Kolkata"),),
        company="Acme", role="Data Engineer", started_at="2026-03-09T14:00:00-04:00",
        ended_at="2026-03-09T15:00:00-04:00", timezone="America/New_York", topics=("Kafka",),
        strengths=("dbt",), questions=("on-call?",),
        followups=(FollowUp("2026-03-10T09:00:00-04:00", answered=True),),
    )


def test_round_trips_through_json_types() -> None:
    iv = _sample_interview()
    data = json.loads(json.dumps(iv.to_dict()))
    assert Interview.from_dict(data) == iv
    d = Draft(body="Hi", subject="S", to=("P <p@x.example>",), sent_at="2026-03-10T09:00:00+01:00",
              attachments=("cv.pdf",))
    assert Draft.from_dict(json.loads(json.dumps(d.to_dict()))) == d
    report = fl.lint_draft(Draft(body="Hi Dana\n\nThanks [Name].", subject="Thanks"), now=datetime(2026, 1, 1, tzinfo=UTC))
    again = Report.from_dict(json.loads(report.to_json()))
    assert again.findings == report.findings
    assert again.draft == report.draft


def test_unknown_keys_are_named() -> None:
    with pytest.raises(InputError, match="'colour'"):
        Draft.from_dict({"body": "x", "colour": "red"})
    with pytest.raises(InputError, match="'nickname'"):
        Interviewer.from_dict({"name": "A", "nickname": "B"})
    with pytest.raises(InputError, match="'venue'"):
        Interview.from_dict({"venue": "x"})


def test_lint_draft_accepts_str_bytes_and_messages() -> None:
    import email

    raw = b"Subject: Thanks\r\nTo: dana@x.example\r\nDate: Mon, 9 Mar 2026 18:00:00 -0400\r\n\r\nHi Dana\r\n\r\nThanks.\r\n"
    for value in (raw, email.message_from_bytes(raw)):
        report = fl.lint_draft(value)
        assert report.draft.subject == "Thanks"
        assert report.draft.sent_at == datetime(2026, 3, 9, 22, 0, tzinfo=UTC)
    report = fl.lint_draft("Subject: not parsed\n\nHi Dana")
    assert report.draft.subject == "" and report.draft.body.startswith("Subject:")


def test_report_shape_and_sorting() -> None:
    report = fl.lint_draft(Draft(body="Hi Dana\n\nI met [Name] and {{x}}.", subject="About [Role]"),
                           now=datetime(2026, 1, 1, tzinfo=UTC))
    assert report.schema_version >= 1
    keys = [(f.span.field if f.span else None, f.span.start if f.span else 0) for f in report.findings]
    order = {None: 0, "subject": 1, "body": 2}
    assert keys == sorted(keys, key=lambda k: (order[k[0]], k[1]))
    assert report.max_severity == max(f.severity for f in report.findings)
    for name in ("words", "sentences", "questions", "exclamation_marks", "subject_words", "subject_chars",
                 "flesch_reading_ease", "flesch_kincaid_grade", "reading_time_s", "topics_referenced",
                 "strengths_raised", "questions_raised"):
        assert name in report.metrics
    assert isinstance(report.rules_run, tuple) and isinstance(report.rules_skipped, tuple)
    assert all(isinstance(s, Skipped) for s in report.rules_skipped)


def test_spans_cover_their_text_and_positions_agree() -> None:
    body = "Line one\r\nHi [Name]\rthird {{slot}} 🙂 line\nDear ____"
    report = fl.lint_draft(Draft(body=body), now=datetime(2026, 1, 1, tzinfo=UTC))
    spans = [f.span for f in report.findings if f.span]
    assert spans
    for span in spans:
        text = getattr(report.draft, span.field)
        assert span.start < span.end and text[span.start:span.end].strip()
        before = text[: span.start]
        line = before.count("\r\n") + before.replace("\r\n", "").count("\n") + before.replace("\r\n", "").count("\r") + 1
        assert span.line == line


def test_html_spans_index_the_html_as_given() -> None:
    body = "<p>Dear [Interviewer&nbsp;Name],</p><p>Thanks &amp; more.</p>"
    report = fl.lint_draft(Draft(body=body), now=datetime(2026, 1, 1, tzinfo=UTC))
    f = next(f for f in report.findings if f.rule == "leftover-placeholder")
    assert body[f.span.start:f.span.end] == "[Interviewer&nbsp;Name]"


def test_fingerprints_are_stable_and_distinct() -> None:
    draft = Draft(body="Hi [Name], [Name] again.")
    a = fl.lint_draft(draft, now=datetime(2026, 1, 1, tzinfo=UTC))
    b = fl.lint_draft(draft, now=datetime(2026, 1, 2, tzinfo=UTC))
    fa = [f.fingerprint for f in a.findings if f.rule == "leftover-placeholder"]
    assert fa == [f.fingerprint for f in b.findings if f.rule == "leftover-placeholder"]
    assert len(set(fa)) == len(fa) == 2


def test_apply_fixes_is_idempotent() -> None:
    draft = Draft(body="Hi Dana\n\nThanks for today.\n\nBest regards\nMaya")
    report = fl.lint_draft(draft, now=datetime(2026, 1, 1, tzinfo=UTC))
    fixed = fl.apply_fixes(draft, report)
    assert fixed.body.startswith("Hi Dana,\n") and "Best regards,\nMaya" in fixed.body
    again = fl.apply_fixes(fixed, fl.lint_draft(fixed, now=datetime(2026, 1, 1, tzinfo=UTC)))
    assert again == fixed
    with pytest.raises(ValueError):
        fl.apply_fixes(fixed, report)


def test_linter_runs_only_selected_rules_and_records_skips() -> None:
    linter = fl.Linter(fl.Config(select=("FL205",)))
    report = linter.lint("Hi Dana\n\n[Name]", clock=False)
    assert report.rules_run == ("leftover-placeholder",)
    assert {f.code for f in report.findings} == {"FL205"}


def test_a_crashing_rule_raises_rule_error_or_becomes_fl000() -> None:
    from followup_lint.rule import Rule

    class Boom(Rule):
        """Always crashes.

        ## What it does
        ## Why is this bad?
        ## Source
        """

        code, name = "XX001", "boom"

        def check(self, ctx):
            raise ZeroDivisionError("boom")

    linter = fl.Linter(rules=[Boom])
    with pytest.raises(RuleError) as info:
        linter.lint("Hi")
    assert info.value.rule == "boom" and isinstance(info.value.__cause__, ZeroDivisionError)
    report = linter.lint("Hi", crash_findings=True)
    assert [f.code for f in report.findings] == ["FL000"]


def test_max_size_is_an_input_error_naming_the_limit() -> None:
    with pytest.raises(InputError, match="max-size limit of 100 bytes"):
        fl.lint_draft("x" * 101, config=fl.Config(max_size=100))


def test_before_send_blocks_at_threshold() -> None:
    with pytest.raises(DraftBlocked) as info:
        fl.before_send(Draft(body="Dear [Name],\n\nThanks."), now=datetime(2026, 1, 1, tzinfo=UTC))
    assert any(f.rule == "leftover-placeholder" for f in info.value.report.findings)
