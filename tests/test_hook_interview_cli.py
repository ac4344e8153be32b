"""``followup-lint interview add|list|answered|status``, run as the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_LINT")}
    e["FOLLOWUP_LINT_INTERVIEWS"] = str(tmp_path / "book" / "interviews.toml")
    e["TZ"] = "UTC"
    return e


def cli(env: dict[str, str], *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "followup_lint", "interview", *args], env=env,
                            input=stdin.decode() if stdin is not None else None, capture_output=True,
                            text=True, timeout=60)
    return result


def book(env: dict[str, str]) -> dict:
    return tomllib.loads(Path(env["FOLLOWUP_LINT_INTERVIEWS"]).read_text())


def add_two(env: dict[str, str]) -> None:
    r = cli(env, "add", "--company", "Acme", "--role", "Staff Engineer", "--start", "2026-03-10 14:00",
            "--end", "2026-03-10 15:00", "--timezone", "Europe/Berlin",
            "--interviewer", "Priya Raman <priya@acme.example>", "--interviewer", "Sam Lee <sam@acme.example>",
            "--topic", "latency budgets", "--topic", "on-call", "--strength", "Kafka", "--question", "team size")
    assert r.returncode == 0, r.stderr
    r = cli(env, "add", "--company", "Globex", "--end", "2026-03-12T10:00:00-05:00",
            "--interviewer", "dana@globex.example")
    assert r.returncode == 0, r.stderr


def test_add_writes_the_api_field_names(env: dict[str, str]) -> None:
    add_two(env)
    data = book(env)["interview"]
    first = data[0]
    assert first["company"] == "Acme" and first["role"] == "Staff Engineer"
    assert first["timezone"] == "Europe/Berlin"
    assert first["ended_at"].isoformat() == "2026-03-10T15:00:00+01:00"
    assert first["interviewers"] == [{"name": "Priya Raman", "email": "priya@acme.example"},
                                     {"name": "Sam Lee", "email": "sam@acme.example"}]
    assert first["topics"] == ["latency budgets", "on-call"]
    assert first["strengths"] == ["Kafka"] and first["questions"] == ["team size"]
    assert data[1]["interviewers"] == [{"name": "dana", "email": "dana@globex.example"}]
    assert data[1]["timezone"] == "UTC"  # this computer's zone when none is given


def test_add_reports_bad_input_in_one_line(env: dict[str, str]) -> None:
    r = cli(env, "add", "--company", "Acme", "--end", "yesterday-ish")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "--end" in r.stderr
    r = cli(env, "add", "--company", "Acme", "--timezone", "Mars/Olympus", "--end", "2026-03-10 15:00")
    assert r.returncode == 2 and "Mars/Olympus" in r.stderr
    r = cli(env, "add", "--start", "2026-03-10T16:00:00+00:00", "--end", "2026-03-10T15:00:00+00:00")
    assert r.returncode == 2 and "before" in r.stderr
    assert not Path(env["FOLLOWUP_LINT_INTERVIEWS"]).exists()


def test_add_says_when_the_hook_cannot_match(env: dict[str, str]) -> None:
    r = cli(env, "add", "--company", "Acme", "--interviewer", "Priya Raman")
    assert r.returncode == 0 and "no interviewer has an address" in r.stdout and "no --end" in r.stdout


def test_add_with_end_now(env: dict[str, str]) -> None:
    r = cli(env, "add", "--company", "Acme", "--end", "now", "--interviewer", "p@acme.example")
    assert r.returncode == 0, r.stderr
    assert book(env)["interview"][0]["ended_at"].tzinfo is not None


def test_list(env: dict[str, str]) -> None:
    r = cli(env, "list")
    assert r.returncode == 0 and "No interviews" in r.stdout
    add_two(env)
    r = cli(env, "list")
    assert r.returncode == 0
    assert "1. Acme, Staff Engineer" in r.stdout and "Priya Raman <priya@acme.example>" in r.stdout
    assert "2. Globex" in r.stdout and "no thank-you note sent yet" in r.stdout
    data = json.loads(cli(env, "list", "--format", "json").stdout)
    assert [d["number"] for d in data] == [1, 2] and data[0]["company"] == "Acme"


def _record(env: dict[str, str], index: int, when: str) -> None:
    from datetime import datetime

    from followup_lint.hook.book import record_followup

    record_followup(env["FOLLOWUP_LINT_INTERVIEWS"], index, None, datetime.fromisoformat(when))


@pytest.mark.parametrize("who", ["1", "PRIYA@acme.example", "acme", "Acme"])
def test_answered_by_number_address_or_company(env: dict[str, str], who: str) -> None:
    add_two(env)
    _record(env, 0, "2026-03-10T18:00:00+01:00")
    r = cli(env, "answered", who)
    assert r.returncode == 0, r.stderr
    assert "Marked as answered" in r.stdout
    assert book(env)["interview"][0]["followups"][-1]["answered"] is True


def test_answered_from_a_reply_on_stdin(env: dict[str, str]) -> None:
    add_two(env)
    _record(env, 1, "2026-03-12T18:00:00-05:00")
    reply = (b"From: Dana <Dana@Globex.example>\r\nTo: me@mail.example\r\nSubject: Re: Thank you\r\n\r\n"
             b"Thanks, we will be in touch.\r\n")
    r = cli(env, "answered", "-", stdin=reply)
    assert r.returncode == 0, r.stderr
    assert book(env)["interview"][1]["followups"][-1]["answered"] is True


def test_answered_errors(env: dict[str, str]) -> None:
    add_two(env)
    r = cli(env, "answered", "acme")
    assert r.returncode == 2 and "no follow-up has been sent" in r.stderr
    r = cli(env, "answered", "9")
    assert r.returncode == 2 and "no interview 9" in r.stderr
    r = cli(env, "answered", "nobody@nowhere.example")
    assert r.returncode == 2 and "no interview" in r.stderr


def test_status(env: dict[str, str]) -> None:
    add_two(env)
    r = cli(env, "status", "--now", "2026-03-10T20:00:00+01:00")
    assert r.returncode == 0, r.stderr
    assert "no-note: no thank-you note yet to Priya Raman, Sam Lee" in r.stdout
    assert "Globex" not in r.stdout  # not over yet
    _record(env, 0, "2026-03-10T18:00:00+01:00")
    r = cli(env, "status", "--now", "2026-03-12T20:00:00+01:00")
    assert "wait: waiting for a reply" in r.stdout
    assert "no-note: no thank-you note yet to dana" in r.stdout
    r = cli(env, "status", "--now", "2026-03-16T20:00:00+01:00", "--format", "json")
    kinds = {item["number"]: item["kind"] for item in json.loads(r.stdout)}
    assert kinds == {1: "due", 2: "no-note"}
    _record(env, 0, "2026-03-16T18:00:00+01:00")
    r = cli(env, "status", "--now", "2026-03-30T20:00:00+01:00")
    # the thank-you and one follow-up unanswered: too-many-followups would still let a second one go
    assert "due: a follow-up is due" in r.stdout
    _record(env, 0, "2026-03-23T18:00:00+01:00")
    r = cli(env, "status", "--now", "2026-03-30T20:00:00+01:00")
    assert "move-on: 3 messages unanswered" in r.stdout
    cli(env, "answered", "1")
    _record(env, 1, "2026-03-12T18:00:00-05:00")
    r = cli(env, "status", "--now", "2026-03-13T20:00:00+01:00")
    assert "Acme" not in r.stdout  # answered: nothing to do


def test_status_follows_the_cadence_rules_options(env: dict[str, str], tmp_path: Path) -> None:
    add_two(env)
    _record(env, 0, "2026-03-10T18:00:00+01:00")
    config = tmp_path / "followup-lint.toml"
    config.write_text('[rules.followup-too-soon]\nmin-days = 2\n[rules.too-many-followups]\nmax-unanswered = 1\n')
    r = cli(env, "status", "--now", "2026-03-12T20:00:00+01:00")
    assert "wait: waiting for a reply" in r.stdout  # the built-in five days
    r = cli(env, "status", "--now", "2026-03-12T20:00:00+01:00", "--config", str(config))
    assert "due: a follow-up is due" in r.stdout  # two days, as configured
    _record(env, 0, "2026-03-13T18:00:00+01:00")
    r = cli(env, "status", "--now", "2026-03-14T20:00:00+01:00", "--config", str(config))
    assert "move-on: 2 messages unanswered" in r.stdout
    r = cli(env, "status", "--now", "2026-03-14T20:00:00+01:00")
    assert "wait: waiting for a reply" in r.stdout


def test_status_cadence_can_count_weekdays_only() -> None:
    from datetime import datetime

    from followup_lint.hook.cli import Cadence
    from followup_lint.model import Interview

    iv = Interview.from_dict({"timezone": "Europe/Berlin"})
    friday = datetime.fromisoformat("2026-03-13T18:00:00+01:00")
    assert Cadence(min_days=2).due(friday, iv) == datetime.fromisoformat("2026-03-15T18:00:00+01:00")
    assert Cadence(min_days=2, business_days=True).due(friday, iv).date().isoformat() == "2026-03-17"


def test_status_on_an_empty_book(env: dict[str, str]) -> None:
    r = cli(env, "status")
    assert r.returncode == 0 and "Nothing to do" in r.stdout


def test_a_broken_book_is_one_line_exit_2(env: dict[str, str]) -> None:
    path = Path(env["FOLLOWUP_LINT_INTERVIEWS"])
    path.parent.mkdir(parents=True)
    path.write_text("[[interview]]\ncompany = \n")
    for args in (("list",), ("status",), ("answered", "1"), ("add", "--company", "X")):
        r = cli(env, *args)
        assert r.returncode == 2, args
        assert len(r.stderr.strip().splitlines()) == 1 and "interviews.toml" in r.stderr


def test_interview_without_action_shows_help(env: dict[str, str]) -> None:
    r = cli(env)
    assert r.returncode == 2 and "add" in r.stderr
