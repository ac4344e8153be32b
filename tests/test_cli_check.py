"""``followup-lint check``: exit codes, bad input, config discovery and precedence, stdin, interviews."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from _cli_util import CORE, GOOD, NO_COMMA, PLACEHOLDER, run_cli, run_process, write

LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]{2,3}\d{3}) (?P<rule>[a-z0-9-]+) "
                  r"\[(?P<severity>info|warning|error)\] (?P<message>.+)$")


@pytest.fixture
def cli(monkeypatch, capsys):
    monkeypatch.delenv("NO_COLOR", raising=False)

    def run(args, cwd, stdin=None):
        return run_cli(args, cwd, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)
    return run


def findings(out: str) -> list[re.Match[str]]:
    return [m for m in (LINE.match(line) for line in out.splitlines()) if m]


# -- exit codes ------------------------------------------------------------------------------------------

def test_clean_file_exits_0(tmp_path, cli):
    write(tmp_path / "a.md", GOOD)
    r = cli(["check", "--isolated", "--select", CORE, "a.md"], tmp_path)
    assert r.code == 0, r
    assert r.out == "No findings in 1 file.\n"
    assert r.err == ""


def test_warning_passes_by_default_and_fails_with_fail_on_warning(tmp_path, cli):
    write(tmp_path / "a.md", NO_COMMA)
    r = cli(["check", "--isolated", "--select", CORE, "a.md"], tmp_path)
    assert r.code == 0
    (m,) = findings(r.out)
    assert (m["path"], m["line"], m["col"], m["code"], m["rule"], m["severity"]) == \
        ("a.md", "3", "1", "FL108", "greeting-punctuation", "warning")
    assert cli(["check", "--isolated", "--select", CORE, "--fail-on", "warning", "a.md"], tmp_path).code == 1
    assert cli(["check", "--isolated", "--select", CORE, "--fail-on", "info", "a.md"], tmp_path).code == 1


def test_error_exits_1_unless_exit_zero_or_never(tmp_path, cli):
    write(tmp_path / "a.md", PLACEHOLDER)
    base = ["check", "--isolated", "--select", CORE, "a.md"]
    r = cli(base, tmp_path)
    assert r.code == 1
    assert [m["code"] for m in findings(r.out)] == ["FL205"]
    assert findings(r.out)[0]["line"] == "3" and findings(r.out)[0]["col"] == "4"
    assert cli([*base, "--exit-zero"], tmp_path).code == 0
    assert cli([*base, "--fail-on", "never"], tmp_path).code == 0


def test_fail_on_comes_from_the_config_unless_given(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", 'fail-on = "warning"\nselect = ["FL108"]\n')
    write(tmp_path / "a.md", NO_COMMA)
    assert cli(["check", "a.md"], tmp_path).code == 1
    assert cli(["check", "--fail-on", "error", "a.md"], tmp_path).code == 0


# -- bad input ---------------------------------------------------------------------------------------------

def test_missing_file_among_good_ones(tmp_path, cli):
    write(tmp_path / "a.md", NO_COMMA)
    r = cli(["check", "--isolated", "--select", CORE, "a.md", "missing.md"], tmp_path)
    assert r.code == 2
    assert r.err.splitlines() == ["missing.md: error: no such file or directory"]
    assert [m["path"] for m in findings(r.out)] == ["a.md"]
    assert "1 file could not be checked" in r.out


def test_invalid_utf8_is_one_line_and_the_others_are_linted(tmp_path, cli):
    write(tmp_path / "bad.txt", b"Hi Dana,\n\xff\xfe\n")
    write(tmp_path / "good.md", NO_COMMA)
    r = cli(["check", "--isolated", "--select", CORE, "--format", "json", "bad.txt", "good.md"], tmp_path)
    assert r.code == 2
    assert len(r.err.splitlines()) == 1 and "UTF-8" in r.err and "Traceback" not in r.err
    data = json.loads(r.out)
    assert [e["path"] for e in data["errors"]] == ["bad.txt"]
    assert [f["path"] for f in data["files"]] == ["good.md"]
    assert [f["code"] for f in data["files"][0]["findings"]] == ["FL108"]


def test_bad_front_matter_toml(tmp_path, cli):
    write(tmp_path / "a.md", "+++\nsubject = \n+++\nHi Dana,\n")
    r = cli(["check", "--isolated", "a.md"], tmp_path)
    assert r.code == 2
    assert r.err.startswith("a.md: error: front matter is not valid TOML")
    assert len(r.err.splitlines()) == 1


@pytest.mark.parametrize("content, expected", [
    ("bogus-key = 1\n", "unknown key 'bogus-key'"),
    ("select = [\n", "not valid TOML"),
    ('fail-on = "sometimes"\n', "fail-on"),
    ('select = ["FL999"]\n', "selects no rule"),
])
def test_bad_config_is_exit_2_with_one_line(tmp_path, cli, content, expected):
    write(tmp_path / ".followup-lint.toml", content)
    write(tmp_path / "a.md", GOOD)
    r = cli(["check", "a.md"], tmp_path)
    assert r.code == 2
    lines = r.err.splitlines()
    assert len(lines) == 1 and expected in lines[0] and ".followup-lint.toml" in lines[0]
    # --config naming the broken file: the same one line, before anything is linted
    r = cli(["check", "--config", ".followup-lint.toml", "a.md"], tmp_path)
    assert r.code == 2 and len(r.err.splitlines()) == 1 and expected in r.err


def test_bad_config_in_one_folder_does_not_stop_the_others(tmp_path, cli):
    write(tmp_path / "ok" / "a.md", NO_COMMA)
    write(tmp_path / "broken" / ".followup-lint.toml", "nope = true\n")
    write(tmp_path / "broken" / "b.md", NO_COMMA)
    r = cli(["check", "--select", CORE, "."], tmp_path)
    assert r.code == 2
    assert [m["path"] for m in findings(r.out)] == ["ok/a.md"]
    assert "broken/b.md: error:" in r.err and "unknown key 'nope'" in r.err


@pytest.mark.parametrize("args, expected", [
    (["check", "--now", "yesterday", "."], "--now"),
    (["check", "--now", "2025-03-14T10:00:00", "."], "no UTC offset"),
    (["check", "--select", "FL999", "."], "selects no rule"),
    (["check", "--jobs", "0", "."], "--jobs"),
    (["check", "--format", "xml", "."], "invalid choice"),
    (["check", "--no-such-option"], "unrecognized arguments"),
    (["rule", "no-such-rule"], "no rule"),
    (["check", "--interview", "missing.toml", "."], "missing.toml"),
])
def test_usage_errors_are_one_line_exit_2(tmp_path, cli, args, expected):
    write(tmp_path / "a.md", GOOD)
    r = cli(args, tmp_path)
    assert r.code == 2
    assert len(r.err.strip().splitlines()) == 1 and expected in r.err, r.err
    assert "Traceback" not in r.err


def test_an_internal_error_is_one_line(tmp_path, cli, monkeypatch):
    import followup_lint.cli.check as check

    def boom(args):
        raise RuntimeError("something\nbroke")
    monkeypatch.setattr(check, "run_check", boom)
    r = cli(["check", "."], tmp_path)
    assert r.code == 2
    assert r.err.count("\n") == 1 and "internal error: RuntimeError: something broke" in r.err


def test_no_command_prints_help_and_exits_2(tmp_path, cli):
    r = cli([], tmp_path)
    assert r.code == 2 and "usage:" in r.err


# -- configuration: discovery and precedence ---------------------------------------------------------------------

def test_nearest_config_applies_to_each_file(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", 'select = ["FL108", "FL109"]\nignore = ["FL109"]\n')
    write(tmp_path / "a.md", NO_COMMA.replace("Best regards,", "Best regards"))
    # pyproject.toml without our table does not count; the one with it does
    write(tmp_path / "sub" / "pyproject.toml", '[tool.other]\nx = 1\n')
    write(tmp_path / "sub" / "b.md", NO_COMMA.replace("Best regards,", "Best regards"))
    write(tmp_path / "sub" / "deep" / "pyproject.toml", '[tool.followup-lint]\nselect = ["FL109"]\n')
    write(tmp_path / "sub" / "deep" / "c.md", NO_COMMA.replace("Best regards,", "Best regards"))
    r = cli(["check", "."], tmp_path)
    got = [(m["path"], m["code"]) for m in findings(r.out)]
    assert got == [("a.md", "FL108"), ("sub/b.md", "FL108"), ("sub/deep/c.md", "FL109")]


def test_dotfile_wins_over_pyproject_in_the_same_folder(tmp_path, cli):
    write(tmp_path / "pyproject.toml", '[tool.followup-lint]\nselect = ["FL109"]\n')
    write(tmp_path / ".followup-lint.toml", 'select = ["FL108"]\n')
    write(tmp_path / "a.md", NO_COMMA.replace("Best regards,", "Best regards"))
    assert [m["code"] for m in findings(cli(["check", "a.md"], tmp_path).out)] == ["FL108"]


def test_config_option_and_isolated(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", 'select = ["FL108"]\n')
    write(tmp_path / "other.toml", 'select = ["FL109"]\n')
    write(tmp_path / "a.md", NO_COMMA.replace("Best regards,", "Best regards"))
    assert [m["code"] for m in findings(cli(["check", "--config", "other.toml", "a.md"], tmp_path).out)] == ["FL109"]
    isolated = findings(cli(["check", "--isolated", "--select", CORE, "a.md"], tmp_path).out)
    assert [m["code"] for m in isolated] == ["FL108", "FL109"]


def test_cli_select_replaces_config_select_and_ignore_and_ignore_adds(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", 'select = ["FL108", "FL109"]\nignore = ["FL108"]\n')
    write(tmp_path / "a.md", NO_COMMA.replace("Best regards,", "Best regards"))
    assert [m["code"] for m in findings(cli(["check", "a.md"], tmp_path).out)] == ["FL109"]
    out = cli(["check", "--select", "FL108", "--select", "FL109", "a.md"], tmp_path).out
    assert [m["code"] for m in findings(out)] == ["FL108", "FL109"]
    assert findings(cli(["check", "--ignore", "signoff-punctuation", "a.md"], tmp_path).out) == []
    out = cli(["check", "--select", "FL1", "--ignore", "FL109,FL10", "--ignore", "FL11", "a.md"], tmp_path).out
    assert [m["code"] for m in findings(out)] == []


def test_per_path_ignores_are_relative_to_the_config_folder(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml",
          'select = ["FL108"]\n[per-path-ignores]\n"drafts/old/*.md" = ["greeting-punctuation"]\n')
    write(tmp_path / "drafts" / "old" / "a.md", NO_COMMA)
    write(tmp_path / "drafts" / "new" / "b.md", NO_COMMA)
    r = cli(["check", "."], tmp_path / "drafts")  # run from a subfolder: globs stay relative to the config
    assert [m["path"] for m in findings(r.out)] == ["new/b.md"]
    data = json.loads(cli(["check", "--format", "json", "old/a.md"], tmp_path / "drafts").out)
    assert {"rule": "greeting-punctuation", "reason": "ignored for this file"} in data["files"][0]["rules_skipped"]


# -- send time, interviews, stdin ---------------------------------------------------------------------------------

INTERVIEW = """
company = "Acme"
role = "Data Analyst"
started_at = "2025-03-14T14:00:00+00:00"
ended_at = "2025-03-14T15:00:00+00:00"
[[interviewers]]
name = "Dana Whitfield"
email = "dana@acme.example"
"""

BOOK = """
[[interview]]
company = "Acme"
started_at = "2025-03-14T14:00:00+00:00"
ended_at = "2025-03-14T15:00:00+00:00"
[[interview.interviewers]]
name = "Dana Whitfield"
email = "dana@acme.example"

[[interview]]
company = "Globex"
started_at = "2025-03-10T14:00:00+00:00"
ended_at = "2025-03-10T15:00:00+00:00"
[[interview.interviewers]]
name = "Omar Haddad"
email = "omar@globex.example"
"""


def _skipped(out: str, rule: str) -> str | None:
    data = json.loads(out)
    return next((s["reason"] for s in data["files"][0]["rules_skipped"] if s["rule"] == rule), None)


def test_without_now_the_send_time_rules_are_skipped(tmp_path, cli):
    write(tmp_path / "iv.toml", INTERVIEW)
    write(tmp_path / "a.md", "+++\nto = [\"dana@acme.example\"]\n+++\n" + GOOD)
    args = ["check", "--isolated", "--format", "json", "--interview", "iv.toml", "a.md"]
    assert "no send time" in _skipped(cli(args, tmp_path).out, "sent-too-late")
    late = cli([*args, "--now", "2025-03-20T09:00:00+00:00"], tmp_path)
    assert _skipped(late.out, "sent-too-late") is None
    assert "FL402" in [f["code"] for f in json.loads(late.out)["files"][0]["findings"]]
    assert _skipped(cli([*args, "--now", "now"], tmp_path).out, "sent-too-late") is None


def test_interview_book_is_matched_by_recipient(tmp_path, cli):
    write(tmp_path / "book.toml", BOOK)
    write(tmp_path / "acme.md", "+++\nto = [\"Dana W <DANA@acme.example>\"]\n+++\n" + GOOD)
    write(tmp_path / "nobody.md", "+++\nto = [\"someone@else.example\"]\n+++\n" + GOOD)
    out = cli(["check", "--isolated", "--format", "json", "--interviews", "book.toml", "acme.md"], tmp_path).out
    assert _skipped(out, "wrong-name") is None
    out = cli(["check", "--isolated", "--format", "json", "--interviews", "book.toml", "nobody.md"], tmp_path).out
    assert _skipped(out, "wrong-name") == "no interview context was given"
    # --interview with a book behaves the same way
    out = cli(["check", "--isolated", "--format", "json", "--interview", "book.toml", "acme.md"], tmp_path).out
    assert _skipped(out, "wrong-name") is None


def test_pick_interview_prefers_the_latest_before_the_send_time():
    from datetime import datetime, timezone

    from followup_lint import Draft, Interview, Interviewer
    from followup_lint.cli.check import pick_interview

    dana = Interviewer("Dana", email="dana@acme.example")
    first = Interview(interviewers=(dana,), company="A", ended_at=datetime(2025, 3, 1, tzinfo=timezone.utc))
    second = Interview(interviewers=(dana,), company="B", ended_at=datetime(2025, 3, 10, tzinfo=timezone.utc))
    draft = Draft(body="Hi", to=("dana@acme.example",))
    assert pick_interview([first, second], draft, datetime(2025, 3, 5, tzinfo=timezone.utc)) is first
    assert pick_interview([first, second], draft, datetime(2025, 3, 12, tzinfo=timezone.utc)) is second
    assert pick_interview([first, second], draft, None) is second
    assert pick_interview([first], Draft(body="Hi", cc=("x@y.example",)), None) is None


def test_stdin_with_stdin_filename_uses_its_config_and_name(tmp_path, cli):
    write(tmp_path / "drafts" / ".followup-lint.toml", 'select = ["FL109"]\n')
    text = NO_COMMA.replace("Best regards,", "Best regards").encode()
    r = cli(["check", "--stdin-filename", "drafts/x.md", "-"], tmp_path, stdin=text)
    assert [(m["path"], m["code"], m["line"]) for m in findings(r.out)] == [("drafts/x.md", "FL109", "7")]
    r = cli(["check", "--isolated", "--select", CORE, "-"], tmp_path, stdin=text)
    assert [m["path"] for m in findings(r.out)] == ["-", "-"]


def test_stdin_filename_applies_per_path_ignores(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", 'select = ["FL109"]\n[per-path-ignores]\n"drafts/*.md" = ["FL109"]\n')
    (tmp_path / "drafts").mkdir(exist_ok=True)
    text = NO_COMMA.replace("Best regards,", "Best regards").encode()
    r = cli(["check", "--stdin-filename", "drafts/x.md", "-"], tmp_path, stdin=text)
    assert findings(r.out) == []
    r = cli(["check", "--stdin-filename", "other/x.md", "-"], tmp_path, stdin=text)
    assert [m["code"] for m in findings(r.out)] == ["FL109"]


def test_stdin_email_message(tmp_path, cli):
    message = (b"From: Sam <sam@example.com>\r\nTo: dana@acme.example\r\nSubject: Thank you\r\n"
               b"Date: Fri, 14 Mar 2025 16:00:00 +0000\r\n\r\nHi Dana\r\n\r\nThank you for the talk.\r\n")
    r = cli(["check", "--isolated", "--select", CORE, "-"], tmp_path, stdin=message)
    (m,) = findings(r.out)
    assert (m["code"], m["line"], m["col"]) == ("FL108", "6", "1")


# -- output options --------------------------------------------------------------------------------------------------

def test_output_file_quiet_and_statistics(tmp_path, cli):
    write(tmp_path / "a.md", NO_COMMA)
    write(tmp_path / "b.md", NO_COMMA)
    write(tmp_path / "c.md", GOOD)
    r = cli(["check", "--isolated", "--select", CORE, "--output", "out.txt", "."], tmp_path)
    assert r.out == "" and r.code == 0
    text = (tmp_path / "out.txt").read_text()
    assert text.endswith("Found 2 findings (2 warnings) in 3 files. [*] 2 fixable with --fix.\n")
    r = cli(["check", "--isolated", "--select", CORE, "--statistics", "."], tmp_path)
    assert "2  FL108  greeting-punctuation" in r.out.splitlines()
    r = cli(["check", "--isolated", "--select", CORE, "--quiet", "c.md"], tmp_path)
    assert r.out == "" and r.err == ""
    r = cli(["check", "--isolated", "--select", CORE, "--quiet", "a.md"], tmp_path)
    assert len(r.out.splitlines()) == 1
    r = cli(["check", "--isolated", "--select", CORE, "--format", "json", "--statistics", "."], tmp_path)
    json.loads(r.out)  # statistics go to stderr for machine formats
    assert "2  FL108  greeting-punctuation" in r.err
    r = cli(["check", "--isolated", "--output", str(tmp_path / "no" / "such" / "dir" / "x"), "c.md"], tmp_path)
    assert r.code == 2 and len(r.err.splitlines()) == 1


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path, cli, monkeypatch):
    import sys

    write(tmp_path / "a.md", NO_COMMA)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    r = cli(["check", "--isolated", "--select", CORE, "a.md"], tmp_path)
    assert "\x1b[" in r.out
    monkeypatch.setenv("NO_COLOR", "1")
    r = cli(["check", "--isolated", "--select", CORE, "a.md"], tmp_path)
    assert "\x1b[" not in r.out
    monkeypatch.delenv("NO_COLOR")
    r = cli(["check", "--isolated", "--select", CORE, "--format", "github", "a.md"], tmp_path)
    assert "\x1b[" not in r.out


def test_jobs_give_the_same_results(tmp_path, cli):
    for i in range(6):
        write(tmp_path / f"d{i}.md", NO_COMMA if i % 2 else PLACEHOLDER)
    one = cli(["check", "--isolated", "--select", CORE, "--jobs", "1", "."], tmp_path)
    three = cli(["check", "--isolated", "--select", CORE, "--jobs", "3", "."], tmp_path)
    assert one.out == three.out and one.code == three.code == 1


def test_rules_and_rule(tmp_path, cli):
    r = cli(["rules", "--format", "json"], tmp_path)
    rows = json.loads(r.out)
    assert all(set(row) == {"code", "name", "default_severity", "summary", "needs"} for row in rows)
    assert {"code": "FL108", "name": "greeting-punctuation"}.items() <= next(
        row for row in rows if row["code"] == "FL108").items()
    text = cli(["rules"], tmp_path).out
    assert re.search(r"^FL205\s+leftover-placeholder\s+error\s+\S", text, re.M)
    page = cli(["rule", "greeting-punctuation"], tmp_path).out
    assert page == cli(["rule", "fl108"], tmp_path).out
    assert "## What it does" in page


def test_hook_commands_are_registered():
    from followup_lint.cli import build_parser

    help_text = build_parser().format_help()
    if not (Path(__file__).resolve().parent.parent / "followup_lint" / "hook" / "cli.py").exists():
        pytest.skip("the hook's CLI is not there")
    assert "sendmail" in help_text and "interview" in help_text


# -- the real process (few: each costs a start-up) --------------------------------------------------------------------

def test_real_process_exit_codes_and_no_traceback(tmp_path):
    write(tmp_path / "a.md", PLACEHOLDER)
    write(tmp_path / "bad.eml", b"\xff" * 10)
    write(tmp_path / "bad.txt", b"\xff\xfe")
    r = run_process(["check", "--isolated", "--select", CORE, "--format", "json", "a.md", "bad.txt", "nope.md"],
                    tmp_path)
    assert r.code == 2
    data = json.loads(r.out)
    assert [f["path"] for f in data["files"]] == ["a.md"]
    assert sorted(e["path"] for e in data["errors"]) == ["bad.txt", "nope.md"]
    assert "Traceback" not in r.err and len(r.err.splitlines()) == 2
    v = run_process(["--version"], tmp_path)
    assert v.code == 0 and v.out.startswith("followup-lint ")


def test_warnings_are_one_line(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", '[rules.no-such-rule]\nx = 1\n')
    write(tmp_path / "a.md", GOOD)
    r = cli(["check", "--select", CORE, "a.md"], tmp_path)
    assert r.code == 0
    assert r.err.splitlines() == [f"followup-lint: warning: {tmp_path / '.followup-lint.toml'}: options for rule "
                                  "'no-such-rule', which is not loaded"]
