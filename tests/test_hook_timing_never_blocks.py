"""Findings about when a message is sent (FL401-FL407) are shown but never block a send, whatever their
severity: no edit of the message can fix them. Checked for each timing rule, in ``before_send()`` and in
the verdict of ``followup-lint sendmail``'s check, and once end to end through the real command."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
import tomlkit

from followup_lint import Config, Draft, DraftBlocked, Interview, Severity, before_send
from followup_lint.hook._child import judge

STAND_IN = str(Path(__file__).parent / "fixtures" / "stand_in_sendmail.py")
TO = "Priya Raman <priya@acme.example>"
BODY = ("Dear Priya,\n\nThank you for taking the time to meet with me. I enjoyed our conversation about "
        "latency budgets and how your team plans capacity for the busy season.\n\nI would be glad to send more "
        "examples of my work. I look forward to hearing about the next steps.\n\nBest regards,\nAlex Morgan\n")
MORNING = BODY.replace("to meet with me.", "to meet with me this morning.")
CHECK_IN = ("Dear Priya,\n\nI wanted to check in on the Staff Engineer role after our conversation about latency "
            "budgets. I am still very interested.\n\nBest regards,\nAlex Morgan\n")
INTERVIEW = {"company": "Acme", "role": "Staff Engineer", "timezone": "Europe/Berlin",
             "started_at": "2026-03-10T09:00:00+01:00", "ended_at": "2026-03-10T10:00:00+01:00",
             "topics": ["latency budgets"], "interviewers": [{"name": "Priya Raman", "email": "priya@acme.example"}]}
TIMING_ONLY = Config(select=("FL4",))  # the timing rules alone: the content rules would block at info
THANKS = {"sent_at": "2026-03-10T16:00:00+01:00", "answered": False}

# code -> (extra interview fields, body, send time): one message that each timing rule reports
CASES = {
    "FL401": ({}, BODY, "2026-03-10T09:40:00+01:00"),                     # before the interview ended
    "FL402": ({}, BODY, "2026-03-13T12:00:00+01:00"),                     # three days late: an error
    "FL403": ({}, BODY, "2026-03-10T10:04:00+01:00"),                     # four minutes after
    "FL404": ({}, BODY, "2026-03-11T02:30:00+01:00"),                     # in the middle of the night
    "FL405": ({"followups": [THANKS]}, CHECK_IN, "2026-03-11T11:00:00+01:00"),
    "FL406": ({"followups": [THANKS, {"sent_at": "2026-03-20T11:00:00+01:00"},
                             {"sent_at": "2026-03-30T11:00:00+02:00"}]}, CHECK_IN, "2026-04-15T11:00:00+02:00"),
    "FL407": ({}, MORNING, "2026-03-11T11:00:00+01:00"),                  # "this morning", the next day
}


def _case(code: str) -> tuple[dict, str, datetime]:
    extra, body, when = CASES[code]
    return {**INTERVIEW, **extra}, body, datetime.fromisoformat(when)


@pytest.mark.parametrize("code", sorted(CASES))
def test_before_send_reports_but_never_blocks_on(code: str) -> None:
    interview, body, when = _case(code)
    draft = Draft(body=body, subject="Thank you - Staff Engineer interview", to=(TO,), sent_at=when)
    report = before_send(draft, Interview.from_dict(interview), fail_on=Severity.INFO, config=TIMING_ONLY)
    assert code in [f.code for f in report.findings]  # reported, and before_send did not raise


def test_before_send_still_blocks_on_an_edit_it_needs_beside_a_timing_finding() -> None:
    interview, body, when = _case("FL402")
    draft = Draft(body=body.replace("Dear Priya", "Dear [Name]"), subject="Thank you", to=(TO,), sent_at=when)
    with pytest.raises(DraftBlocked) as info:
        before_send(draft, Interview.from_dict(interview))
    assert {"FL205", "FL402"} <= {f.code for f in info.value.report.findings}
    assert str(info.value).startswith("blocked: 1 finding(s)")


def _message(body: str, when: datetime) -> bytes:
    from email.utils import format_datetime

    return (f"From: Alex Morgan <alex@mail.example>\r\nTo: {TO}\r\nSubject: Thank you - Staff Engineer interview\r\n"
            f"Date: {format_datetime(when)}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + body.replace("\n", "\r\n")).encode()


def _book(tmp_path: Path, interview: dict) -> Path:
    path = tmp_path / "interviews.toml"
    path.write_text(tomlkit.dumps({"interview": [interview]}), encoding="utf-8")
    return path


@pytest.mark.parametrize("code", sorted(CASES))
def test_the_hooks_verdict_passes_and_shows(code: str, tmp_path: Path) -> None:
    interview, body, when = _case(code)
    config = tmp_path / ".followup-lint.toml"
    config.write_text('select = ["FL4"]\n', encoding="utf-8")
    params = {"book": str(_book(tmp_path, interview)), "explicit": True, "now": when.isoformat(),
              "args": ["-oi"], "fail_on": "info", "config": str(config)}
    verdict = judge(io.BytesIO(_message(body, when)), params)
    assert verdict["status"] == "pass", verdict
    assert any(f" {code} " in line for line in verdict["timing"]), verdict


def test_a_note_three_days_late_is_sent_with_the_finding_shown(tmp_path: Path) -> None:
    interview, body, when = _case("FL402")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_LINT")}
    env.update(STAND_IN_OUT=str(tmp_path / "sent"), FOLLOWUP_LINT_INTERVIEWS=str(_book(tmp_path, interview)))
    cmd = [sys.executable, "-m", "followup_lint", "sendmail", "--timeout", "60", "--no-record", "--",
           sys.executable, STAND_IN, "-oi"]
    result = subprocess.run(cmd, input=_message(body, when), env=env, capture_output=True, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert json.loads((tmp_path / "sent.args").read_text()) == ["-oi"]
    assert "FL402 sent-too-late [error]" in err and "never blocks" in err
