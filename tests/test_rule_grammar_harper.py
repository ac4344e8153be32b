"""grammar (FL110) with the Harper backend (harper-py, in process), and the [grammar] table.

Tests that need harper-py skip with a reason when it is not installed (it is in the ``test`` extra).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from followup_lint import Config, Linter, Severity, lint_many
from followup_lint.config import GrammarConfig, LanguageToolConfig
from followup_lint.errors import ConfigError
from followup_lint import grammar_backend

ROOT = Path(__file__).resolve().parents[1]


def _harper() -> Any:
    return pytest.importorskip("harper", reason="harper-py is not installed (pip install 'followup-lint[harper]')")


@pytest.fixture
def harper() -> Any:
    return _harper()


INTERVIEW = {"interviewers": [{"name": "Priya Raghunathan"}, {"name": "Tomasz Wojcik"}],
             "company": "Zephyrix Labs", "role": "Data Engineer"}


def note(text: str, greeting: str = "Hi Priya,") -> str:
    return f"{greeting}\n\n{text}\n\nBest,\nSam Okonkwo"


def lint(body: str, *, select: tuple[str, ...] = ("FL110",), interview: Any = INTERVIEW, **kw: Any):
    return Linter(Config(select=select, grammar=GrammarConfig("harper"), **kw)).lint(body, interview, clock=False)


def flagged(report, code: str = "FL110") -> list[str]:
    return [report.draft.body[f.span.start:f.span.end] for f in report.findings if f.code == code and f.span]


# -- configuration (no harper-py needed) ----------------------------------------------------------------

def test_grammar_table_picks_the_backend() -> None:
    assert Config.from_dict({"grammar": {"backend": "harper"}}).grammar_backend == "harper"
    assert Config().grammar_backend == "none"
    assert Config(grammar="harper").grammar.backend == "harper"
    # [languagetool] url alone keeps working: it implies the languagetool backend
    assert Config.from_dict({"languagetool": {"url": "http://localhost:8081"}}).grammar_backend == "languagetool"
    # an explicit "none" switches grammar off even with a server configured
    cfg = Config.from_dict({"grammar": {"backend": "none"}, "languagetool": {"url": "http://localhost:8081"}})
    assert cfg.grammar_backend == "none"
    assert Config.from_dict(Config(grammar="harper").to_dict()).grammar_backend == "harper"


@pytest.mark.parametrize(("table", "words"), [
    ({"grammar": {"backend": "grammarly"}}, "grammar.backend 'grammarly' is not one of harper, languagetool, none"),
    ({"grammar": {"engine": "harper"}}, "unknown key 'grammar.engine'"),
    ({"grammar": "harper"}, "[grammar] must be a table"),
    ({"grammar": {"backend": 1}}, "grammar.backend must be one of"),
])
def test_grammar_table_errors_name_the_problem(table: dict[str, Any], words: str) -> None:
    with pytest.raises(ConfigError) as info:
        Config.from_dict(table, path="team.toml")
    assert words in str(info.value) and str(info.value).startswith("team.toml:")


def test_no_backend_skips_the_rule() -> None:
    report = Linter(Config(select=("FL110",))).lint(note("I would of liked it."), clock=False)
    assert not report.findings and [s.rule for s in report.rules_skipped] == ["grammar"]
    assert "[grammar] backend" in report.rules_skipped[0].reason


def test_harper_missing_is_a_skip_with_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "harper", None)   # import harper now raises ImportError
    report = lint(note("I would of liked it."))
    (f,) = report.findings
    assert f.severity is Severity.INFO and "followup-lint[harper]" in f.data["reason"]
    assert [s.rule for s in report.rules_skipped] == ["grammar"]


# -- what Harper finds ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "fix"), [
    ("I would of liked to hear more about the migration.", "would of", "would have"),
    ("Their going to ship the new pipeline next month.", "Their", "They're"),
    ("I am looking forward to hear from you.", "hear", "hearing"),
    ("I learned alot about the team.", "alot", "a lot"),
    ("It was an unique chance to meet the team.", "an", "a"),
    ("He have a lot of experience with Spark.", "have", "has"),
])
def test_harper_finds_the_classic_slips_with_exact_spans(harper: Any, text: str, expected: str, fix: str) -> None:
    body = note(text)
    (f,) = lint(body).findings
    assert body[f.span.start:f.span.end] == expected
    assert f.fixes[0].edits[0].replacement == fix and str(f.fixes[0].applicability) == "unsafe"
    assert f.data["backend"] == "harper" and f.data["rule_id"] and f.severity is Severity.WARNING
    assert f"'{expected}'" in f.message and "`" not in f.message


def test_clean_note_has_no_findings(harper: Any) -> None:
    body = note("Thank you for taking the time to talk with me today about the data platform. I enjoyed "
                "hearing how Zephyrix Labs plans to move its pipelines to streaming, and I would welcome the "
                "chance to help.")
    assert flagged(lint(body)) == []


def test_names_addresses_urls_and_signature_are_never_reported(harper: Any) -> None:
    body = ("Hi Priya and Tomasz,\n\nThank you, Priya Raghunathan and Tomasz Wojcik, for the tour of "
            "Zephyrix Labs. The deck is at https://zephyrix.example/its-their-deck and my notes are at "
            "priya.raghunathan@zephyrix.example too.\n\nBest,\nSam Okonkwo\nHe have would of 12 Alot Lane\n"
            "+1 555 0100")
    for select in (("FL110",), ("ALL",)):
        assert flagged(lint(body, select=select)) == []


def test_spelling_lints_are_left_to_misspelled_word(harper: Any) -> None:
    body = note("I hope to recieve the offer soon.")
    assert flagged(lint(body)) == ["recieve"]                       # misspelled-word off: Harper's stands
    assert lint(body).findings[0].severity is Severity.ERROR       # lint kind Spelling is an error
    both = lint(body, select=("FL101", "FL110"))
    assert flagged(both) == [] and flagged(both, "FL101") == ["recieve"]


def test_alot_is_reported_once_when_misspelled_word_is_on(harper: Any) -> None:
    report = lint(note("I learned alot about the team."), select=("FL101", "FL110"))
    assert len([f for f in report.findings if f.span and "alot" in report.draft.body[f.span.start:f.span.end]]) == 1


def test_repetition_is_left_to_repeated_word_when_it_reports_the_same_span(harper: Any) -> None:
    body = note("I enjoyed meeting the the whole team.")
    assert flagged(lint(body)) == ["the the"]
    report = lint(body, select=("FL102", "FL110"))
    assert flagged(report) == [] and flagged(report, "FL102") == ["the the"]


def test_dialect_follows_language(harper: Any) -> None:
    body = note("I liked the colour of the new dashboards.")
    assert flagged(lint(body, language="en-US")) == ["colour"]
    assert flagged(lint(body, language="en-GB")) == []


# -- one Linter per process, thread-safe, silent ------------------------------------------------------------

def test_one_harper_linter_per_process(harper: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Any] = []
    real = harper.Linter

    def counting(*args: Any) -> Any:
        built.append(args)
        return real(*args)

    monkeypatch.setattr(grammar_backend, "_HARPER_LINTERS", {})
    monkeypatch.setattr(harper, "Linter", counting)
    for _ in range(2):   # two followup-lint Linters, several drafts
        linter = Linter(Config(select=("FL110",), grammar=GrammarConfig("harper")))
        for text in ("I would of liked it.", "Its fine.", "Thanks again."):
            linter.lint(note(text), clock=False)
    assert len(built) == 1


def test_threads_share_the_linter_safely(harper: Any) -> None:
    linter = Linter(Config(select=("FL110",), grammar=GrammarConfig("harper")))
    body = note("I would of liked to hear more. I am looking forward to hear from you.")
    expected = flagged(linter.lint(body, clock=False))
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                results.append(flagged(linter.lint(body, clock=False)))
        except BaseException as exc:  # pragma: no cover - the failure is reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 20 and all(r == expected for r in results)
    assert expected == ["would of", "hear"]


def test_nothing_reaches_file_descriptor_1(harper: Any, capfd: pytest.CaptureFixture[str]) -> None:
    harper.Linter().lint("I am looking forward to hear from you.")     # harper-py itself prints here...
    assert "gerund_form" in capfd.readouterr().out
    lint(note("I am looking forward to hear from you."))               # ...through the backend it does not
    assert capfd.readouterr().out == ""


def test_lint_many_workers_give_the_serial_results(harper: Any) -> None:
    cfg = Config(select=("FL110",), grammar=GrammarConfig("harper"))
    drafts = [note(t) for t in ("I would of liked it.", "Their going to ship it.", "All good here.",
                                "I learned alot.")] * 3
    serial = [flagged(r) for r in lint_many(drafts, jobs=1, config=cfg)]
    parallel = [flagged(r) for r in lint_many(drafts, jobs=2, config=cfg)]
    assert parallel == serial and serial[0] == ["would of"] and serial[2] == []


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_cli_output_stays_parseable(harper: Any, tmp_path: Path, fmt: str) -> None:
    """harper-py prints 'gerund_form: ...' on fd 1 for this sentence: none of it may reach the document."""
    (tmp_path / ".followup-lint.toml").write_text('select = ["FL110"]\n[grammar]\nbackend = "harper"\n')
    for i in range(3):
        (tmp_path / f"note{i}.txt").write_text(note("I am looking forward to hear from you."))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for jobs in ("1", "2"):   # in process, and in forked workers that inherit the parent's Harper
        proc = subprocess.run([sys.executable, "-m", "followup_lint", "check", "--format", fmt, "--jobs", jobs, "."],
                              cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
        assert "gerund_form" not in proc.stdout and "gerund_form" not in proc.stderr
        data = json.loads(proc.stdout)
        text = json.dumps(data)
        assert proc.returncode == 0, proc.stderr     # warnings only: below the default fail-on
        assert text.count("must be in the gerund form") >= 3, (jobs, proc.stderr)   # one finding per note
