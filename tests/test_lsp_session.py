"""The server's session, in-process: configuration and interviews found as ``followup-lint check`` finds them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from _lsp_util import PRIYA, book_of

from followup_lint.lsp.session import Session

BOOK = book_of(PRIYA, """\
company = "Borealis"
role = "Analyst"
[[interviewers]]
name = "Tomasz Nowak"
email = "tomasz@borealis.example"
""")

BODY = "Hi Tomas,\n\nThank you for the the talk about the pipeline.\n\nBest,\nSam\n"


def _codes(analysis) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.finding.code for p in analysis.placed}


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    return {"XDG_CONFIG_HOME": str(tmp_path / "no-config")}


def test_the_interview_option_with_a_book_is_matched_by_the_buffers_to_header(tmp_path: Path, env) -> None:
    (tmp_path / "book.toml").write_text(BOOK, encoding="utf-8")
    session = Session(str(tmp_path), {"interview": "book.toml"}, environ=env)
    to_tomasz = f"To: Tomasz Nowak <tomasz@borealis.example>\nSubject: Thank you\n\n{BODY}"
    to_priya = to_tomasz.replace("Tomasz Nowak <tomasz@borealis.example>", "Priya Raman <priya@acme.example>")
    assert "FL202" in _codes(session.analyse(to_tomasz, str(tmp_path / "a.eml")))
    assert "FL202" not in _codes(session.analyse(to_priya, str(tmp_path / "b.eml")))
    assert session.messages == []


def test_front_matter_interview_wins_over_the_option(tmp_path: Path, env) -> None:
    (tmp_path / "book.toml").write_text(BOOK, encoding="utf-8")
    session = Session(str(tmp_path), {"interview": "book.toml"}, environ=env)
    text = ("+++\n[interview]\ncompany = \"Zed\"\n[[interview.interviewers]]\nname = \"Tomas Berg\"\n+++\n"
            f"{BODY}")
    assert "FL202" not in _codes(session.analyse(text, str(tmp_path / "note.md")))


def test_the_default_book_comes_from_the_environment(tmp_path: Path, env) -> None:
    (tmp_path / "book.toml").write_text(BOOK, encoding="utf-8")
    session = Session(str(tmp_path), {}, environ={**env, "FOLLOWUP_LINT_INTERVIEWS": str(tmp_path / "book.toml")})
    text = f"To: tomasz@borealis.example\nSubject: Thank you\n\n{BODY}"
    assert "FL202" in _codes(session.analyse(text, None, "mail"))


def test_the_nearest_workspace_config_applies_and_is_reread_when_it_changes(tmp_path: Path, env) -> None:
    sub = tmp_path / "templates"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[tool.followup-lint]\nignore = ["FL102"]\n', encoding="utf-8")
    session = Session(str(tmp_path), {}, environ=env)
    assert "FL102" in _codes(session.analyse(BODY, str(tmp_path / "a.md")))
    assert "FL102" not in _codes(session.analyse(BODY, str(sub / "b.md")))
    (sub / "pyproject.toml").write_text("[tool.followup-lint]\n", encoding="utf-8")
    os.utime(sub / "pyproject.toml", ns=(1, 1))  # a different mtime, whatever the clock's resolution
    assert "FL102" in _codes(session.analyse(BODY, str(sub / "b.md")))
    (tmp_path / ".followup-lint.toml").write_text('ignore = ["FL102"]\n', encoding="utf-8")
    assert "FL102" not in _codes(session.analyse(BODY, str(tmp_path / "a.md")))  # a new config is found


def test_select_and_ignore_options_act_like_the_command_line_flags(tmp_path: Path, env) -> None:
    session = Session(str(tmp_path), {"select": ["FL1"], "ignore": "FL102"}, environ=env)
    codes = _codes(session.analyse(BODY.replace("Thank you", "i thank you"), str(tmp_path / "a.md")))
    assert "FL103" in codes and all(c.startswith("FL1") for c in codes) and "FL102" not in codes


def test_option_problems_are_said_once_and_linting_goes_on(tmp_path: Path, env) -> None:
    session = Session(str(tmp_path), {"colour": "blue", "now": "yesterday", "interview": "missing.toml"},
                      environ=env)
    first = session.analyse(BODY, None, "markdown")
    session.analyse(BODY, None, "markdown")
    messages = session.take_messages()
    assert any("unknown initialization option 'colour'" in m for m in messages)
    assert any("'now'" in m and "ISO 8601" in m for m in messages)
    assert any("missing.toml" in m for m in messages)
    assert len(messages) == len(set(messages)) == 3
    assert "FL102" in _codes(first)


def test_an_unreadable_buffer_is_one_problem_naming_what_is_wrong(tmp_path: Path, env) -> None:
    session = Session(str(tmp_path), {}, environ=env)
    analysis = session.analyse("+++\nsubject = 'x'\n\nHi,\n", str(tmp_path / "a.md"))
    assert analysis.report is None
    assert analysis.problem == "the front matter opened with '+++' on line 1 is never closed"


def test_untitled_buffers_are_read_by_their_language(tmp_path: Path, env) -> None:
    session = Session(str(tmp_path), {}, environ=env)
    assert session.name_for(None, "markdown") == "untitled.md"
    assert session.name_for(None, "jinja") == "untitled.j2"
    assert session.name_for("/x/y.txt", "markdown") == "/x/y.txt"


def test_the_now_option_runs_the_send_time_rules_which_are_skipped_without_it(tmp_path: Path, env) -> None:
    text = ("+++\n[interview]\nended_at = \"2026-03-10T15:00:00+01:00\"\n[[interview.interviewers]]\n"
            "name = \"Priya Raman\"\n+++\nHi Priya,\n\nThank you for the talk.\n\nBest,\nSam\n")
    without = Session(str(tmp_path), {}, environ=env).analyse(text, str(tmp_path / "a.md"))
    later = Session(str(tmp_path), {"now": "2026-03-14T10:00:00+01:00"}, environ=env)
    late = later.analyse(text, str(tmp_path / "a.md"))
    assert "FL402" not in _codes(without)
    assert any(s.rule == "sent-too-late" for s in without.report.rules_skipped)
    assert "FL402" in _codes(late)
