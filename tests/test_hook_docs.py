"""docs/hook/ works as written: its ``followup-lint interview`` console examples run, and the sendmail
command lines given for each mail client parse and pass a message through."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "hook"
STAND_IN = str(Path(__file__).parent / "fixtures" / "stand_in_sendmail.py")
BLOCK = re.compile(r"^```console\n(.*?)^```", re.M | re.S)


def console_commands(path: Path) -> list[str]:
    commands = []
    for block in BLOCK.findall(path.read_text(encoding="utf-8")):
        text = block.replace("\\\n", " ")
        commands += [line[2:].split("  #")[0].strip() for line in text.splitlines() if line.startswith("$ ")]
    return commands


def run(cmd: list[str], env: dict[str, str], **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, **kw)


@pytest.mark.parametrize("page", ["README.md", "interview-book.md"])
def test_interview_examples_run_as_written(tmp_path: Path, page: str) -> None:
    from followup_lint.hook.book import read_book, record_followup

    book = tmp_path / "interviews.toml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_LINT")}
    env.update(FOLLOWUP_LINT_INTERVIEWS=str(book), TZ="UTC")
    commands = [c for c in console_commands(DOCS / page) if c.startswith("followup-lint interview")]
    assert commands
    seeded = False
    for command in commands:
        argv = shlex.split(command)
        if argv[2] != "add" and not seeded:  # a follow-up went out, so that 'answered' has one to mark
            for i, _ in enumerate(read_book(book)):
                record_followup(book, i, None, datetime.now(timezone.utc))
            seeded = True
        result = run([sys.executable, "-m", "followup_lint", *argv[1:]], env)
        assert result.returncode == 0, f"{command}: {result.stderr}"
        assert "Traceback" not in result.stderr


def client_commands() -> list[tuple[str, str]]:
    """The hook command lines the client pages give: ``set sendmail="..."``, ``exec ...``, ``--sendmail-cmd``."""
    found = []
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for m in re.finditer(r'(?:set sendmail=|--sendmail-cmd=|sendmailCmd )"(followup-lint sendmail[^"]*)"', text):
            found.append((page.name, m.group(1)))
        for m in re.finditer(r'^ *exec (followup-lint sendmail .*?)(?: 2>\S+)?$', text, re.M):
            found.append((page.name, m.group(1)))
        for m in re.finditer(r'^outgoing = (followup-lint sendmail .*)$', text, re.M):  # aerc
            found.append((page.name, m.group(1) + " rcpt@example.org"))
    return found


def test_every_client_page_gives_a_command() -> None:
    pages = {page for page, _ in client_commands()}
    assert {"mutt.md", "aerc.md", "git-send-email.md", "msmtp.md"} <= pages


@pytest.mark.parametrize("page,line", client_commands())
def test_client_command_lines_pass_a_message_through(tmp_path: Path, page: str, line: str) -> None:
    argv = shlex.split(line.replace('"$@"', "rcpt@example.org"))
    cut = argv.index("--")
    real_args = [a for a in argv[cut + 2:]]
    cmd = [sys.executable, "-m", "followup_lint", *argv[1:cut], "--", sys.executable, STAND_IN, *real_args]
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_LINT")}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), STAND_IN_OUT=str(tmp_path / "sent"))
    msg = "To: rcpt@example.org\r\nSubject: hi\r\n\r\nhello\r\n"
    result = run(cmd, env, input=msg)
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "sent.args").read_text()) == real_args
