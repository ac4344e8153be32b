"""The hook on the command line mutt and neomutt really build.

mutt 2.2 and neomutt split ``$sendmail`` at its first ``--`` and put their own sendmail options there
(seen with mutt 2.2.12 and neomutt 20220429): with ``set sendmail="followup-lint sendmail -- CMD -oi"``
and ``$use_envelope_from``, ``$use_8bitmime`` (8-bit body), ``$dsn_notify`` and ``$dsn_return`` set, the
hook is run as ``followup-lint sendmail -B8BITMIME -f FROM -N DSN -R RET -- CMD -oi RECIPIENTS``. Those
options belong to the real command: they must not be a usage error (which stopped every message).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses a /bin/sh stand-in for sendmail")

STAND_IN = str(Path(__file__).parent / "fixtures" / "stand_in_sendmail.py")
BOOK = """\
[[interview]]
company = "Acme"
role = "Staff Engineer"
ended_at = 2026-03-10T15:00:00+01:00

[[interview.interviewers]]
name = "Priya Raman"
email = "priya@acme.example"
"""
MUTT_OPTIONS = ["-B8BITMIME", "-f", "alex@mail.example", "-N", "failure,delay", "-R", "hdrs"]
GOOD = (b"Dear Priya,\n\nThank you for taking the time to meet with me today. I enjoyed our conversation "
        b"about latency budgets and how your team plans capacity.\n\nI look forward to hearing about the next "
        b"steps.\n\nBest regards,\nAlex Morgan\n")
BAD = b"Dear Pryia,\n\nI enjoyed it.\n\nBest,\nAlex\n"


def message(to: str, body: bytes) -> bytes:
    return (f"Date: Tue, 10 Mar 2026 18:00:00 +0100\nFrom: Alex <alex@mail.example>\nTo: {to}\n"
            f"Subject: Thank you - Staff Engineer interview\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n").encode() + body


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "interviews.toml").write_text(BOOK, encoding="utf-8")
    e = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_LINT")}
    e.update(STAND_IN_OUT=str(tmp_path / "sent"), FOLLOWUP_LINT_INTERVIEWS=str(tmp_path / "interviews.toml"))
    # a sendmail-like program (one executable), so that its options follow its name as in a real $sendmail
    script = tmp_path / "sendmail"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{STAND_IN}" "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    e["TEST_SENDMAIL"] = str(script)
    return e


def as_mutt_runs_it(msg: bytes, env: dict[str, str], hook_options: list[str], recipient: str):
    cmd = [sys.executable, "-m", "followup_lint", "sendmail", "--timeout", "60", "--no-record", *hook_options,
           *MUTT_OPTIONS, "--", env["TEST_SENDMAIL"], "-oi", recipient]
    return subprocess.run(cmd, input=msg, env=env, capture_output=True, timeout=120)


def sent(env: dict[str, str]) -> tuple[bytes, list[str]] | None:
    out = env["STAND_IN_OUT"]
    if not os.path.exists(out + ".args"):
        return None
    return Path(out + ".stdin").read_bytes(), json.loads(Path(out + ".args").read_text())


@pytest.mark.parametrize("hook_options", [[], ["--fail-on", "error"]])
def test_client_options_before_the_separator_go_to_the_command(env, hook_options) -> None:
    msg = message("friend@example.org", "Grüße\n".encode())
    result = as_mutt_runs_it(msg, env, hook_options, "friend@example.org")
    assert result.returncode == 0, result.stderr
    assert sent(env) == (msg, [*MUTT_OPTIONS, "-oi", "friend@example.org"])


def test_a_follow_up_is_still_checked_and_blocked(env) -> None:
    result = as_mutt_runs_it(message("Priya Raman <priya@acme.example>", BAD), env, [], "priya@acme.example")
    assert result.returncode == 65, result.stderr
    assert b"FL202" in result.stderr
    assert sent(env) is None


def test_a_good_follow_up_goes_out_with_the_options(env) -> None:
    msg = message("Priya Raman <priya@acme.example>", GOOD)
    result = as_mutt_runs_it(msg, env, [], "priya@acme.example")
    assert result.returncode == 0, result.stderr
    assert sent(env) == (msg, [*MUTT_OPTIONS, "-oi", "priya@acme.example"])


def test_the_sender_given_by_the_client_is_not_a_recipient(env) -> None:
    # mutt's -f value is the sender: an interviewer's address there must not make the message a follow-up
    cmd = [sys.executable, "-m", "followup_lint", "sendmail", "--timeout", "60", "-f", "priya@acme.example",
           "--", env["TEST_SENDMAIL"], "friend@example.org"]
    result = subprocess.run(cmd, input=message("friend@example.org", BAD), env=env, capture_output=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert sent(env)[1] == ["-f", "priya@acme.example", "friend@example.org"]
