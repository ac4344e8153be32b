"""Conventions linter users know from ruff, flake8 and Vale: --unsafe-fixes and [*], --fix/--diff on
stdin, --extend-select/--extend-ignore, --color and FORCE_COLOR, --min-severity, the skipped-rules line,
low-confidence labels, and messages about files and configs that are wrong."""

from __future__ import annotations

import pytest

from _cli_util import CORE, GOOD, NO_COMMA, run_cli, write

TYPO = "Subject: Thank you for the analyst interview\n\nHi Dana,\n\nThank you for teh talk.\n\nBest regards,\nSam\n"
SPACES = "Subject: Thank you for the analyst interview\n\nHi Dana,\n\nThank you for the  talk.\n\nBest regards,\nSam\n"


@pytest.fixture
def cli(monkeypatch, capsys):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)

    def run(args, cwd, stdin=None):
        return run_cli(args, cwd, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)
    return run


def test_unsafe_fixes_apply_spelling_suggestions_only_when_asked(tmp_path, cli):
    write(tmp_path / "a.md", TYPO)
    r = cli(["check", "--isolated", "--select", "FL101", "a.md"], tmp_path)
    assert "FL101 misspelled-word [error" in r.out and "[*]" not in r.out.splitlines()[0]
    assert r.out.splitlines()[-1].endswith("1 fixable with --fix --unsafe-fixes.")
    r = cli(["check", "--isolated", "--select", "FL101", "--fix", "a.md"], tmp_path)
    assert "teh" in (tmp_path / "a.md").read_text()  # a spelling suggestion is not a safe fix
    r = cli(["check", "--isolated", "--select", "FL101", "--unsafe-fixes", "a.md"], tmp_path)
    assert "] [*] 'teh'" in r.out and r.out.splitlines()[-1].endswith("[*] 1 fixable with --fix --unsafe-fixes.")
    r = cli(["check", "--isolated", "--select", "FL101", "--fix", "--unsafe-fixes", "a.md"], tmp_path)
    assert "Thank you for the talk." in (tmp_path / "a.md").read_text() and r.code == 0


def test_safe_fixes_are_marked_and_counted(tmp_path, cli):
    write(tmp_path / "a.md", SPACES)
    r = cli(["check", "--isolated", "--select", "FL105", "a.md"], tmp_path)
    assert "FL105 spacing [warning] [*] " in r.out
    assert r.out.splitlines()[-1] == "Found 1 finding (1 warning) in 1 file. [*] 1 fixable with --fix."


def test_diff_on_stdin_prints_the_diff_and_exits_1(tmp_path, cli):
    r = cli(["check", "--isolated", "--select", "FL105", "--diff", "-"], tmp_path, stdin=SPACES.encode())
    assert r.code == 1
    assert "-Thank you for the  talk.\n+Thank you for the talk.\n" in r.out
    r = cli(["check", "--isolated", "--select", "FL105", "--diff", "-"], tmp_path, stdin=GOOD.encode())
    assert r.code == 0 and r.out == ""


def test_fix_on_stdin_prints_the_fixed_text_and_reports_on_stderr(tmp_path, cli):
    r = cli(["check", "--isolated", "--select", "FL105,FL108", "--fix", "-"], tmp_path,
            stdin=SPACES.replace("Hi Dana,", "Hi Dana").encode())
    assert r.out == SPACES.replace("the  talk", "the talk")  # both fixed: the missing comma and the double space
    assert "applied 2 fixes in 1 file" in r.err and "No findings in 1 file." in r.err
    r = cli(["check", "--isolated", "--select", "FL101", "--fix", "-"], tmp_path, stdin=TYPO.encode())
    assert r.out == TYPO and r.code == 1  # nothing safe to fix: the text unchanged, the error on stderr
    assert "-:5:15: FL101" in r.err


def test_extend_select_and_extend_ignore(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", 'select = ["FL108"]\n')
    write(tmp_path / "a.md", NO_COMMA.replace("Best regards,", "Best regards"))
    r = cli(["check", "a.md"], tmp_path)
    assert "FL108" in r.out and "FL109" not in r.out
    r = cli(["check", "--extend-select", "FL109", "a.md"], tmp_path)
    assert "FL108" in r.out and "FL109" in r.out
    r = cli(["check", "--extend-select", "FL109", "--extend-ignore", "FL108", "a.md"], tmp_path)
    assert "FL108" not in r.out and "FL109" in r.out
    r = cli(["check", "--extend-select", "FL999", "a.md"], tmp_path)
    assert r.code == 2 and "FL999" in r.err


@pytest.mark.parametrize("args, env, colored", [
    ([], {}, False),                                   # captured stdout is not a terminal
    (["--color", "always"], {}, True),
    (["--color", "always"], {"NO_COLOR": "1"}, True),  # the command line wins
    ([], {"FORCE_COLOR": "1"}, True),
    ([], {"FORCE_COLOR": "0"}, False),
    (["--color", "never"], {"FORCE_COLOR": "1"}, False),
    (["--color", "always", "--format", "json"], {}, False),
])
def test_color_choice(args, env, colored, tmp_path, cli, monkeypatch):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    write(tmp_path / "a.md", NO_COMMA)
    r = cli(["check", "--isolated", "--select", CORE, *args, "a.md"], tmp_path)
    assert ("\x1b[" in r.out) is colored


def test_min_severity_hides_without_disabling(tmp_path, cli):
    write(tmp_path / "a.md", NO_COMMA.replace("Best regards,", "Best regards"))  # FL108 warning, FL109 info
    r = cli(["check", "--isolated", "--select", CORE, "--fail-on", "info", "a.md"], tmp_path)
    assert "FL109" in r.out and r.code == 1
    r = cli(["check", "--isolated", "--select", CORE, "--min-severity", "warning", "a.md"], tmp_path)
    assert "FL108" in r.out and "FL109" not in r.out
    assert "1 finding below --min-severity hidden." in r.out.splitlines()[-1]
    r = cli(["check", "--isolated", "--select", CORE, "--min-severity", "error", "--fail-on", "warning",
             "--format", "json", "a.md"], tmp_path)
    assert r.code == 0 and '"FL108"' not in r.out


def test_skipped_rules_are_named_with_their_reason_in_one_line(tmp_path, cli):
    write(tmp_path / "a.md", "Subject: Thanks\n\nHey Tom, thanks for today! Great chat.\n")
    r = cli(["check", "--isolated", "a.md"], tmp_path)
    (line,) = [x for x in r.out.splitlines() if x.startswith("Skipped: ")]
    assert "FL401-FL405 FL407: no send time is known" in line and "no interview context was given" in line
    r = cli(["check", "--isolated", "--quiet", "a.md"], tmp_path)
    assert "Skipped" not in r.out
    r = cli(["check", "--isolated", "--select", CORE, "--ignore", "FL109", "--now", "now", "a.md"], tmp_path)
    assert "Skipped" not in r.out  # nothing skipped: no line


def test_low_confidence_findings_say_so_in_every_format(tmp_path, cli):
    write(tmp_path / "a.md", "Subject: Thanks\n\nHi Tom,\n\nThank you for the interview.\n\nBest,\nSam\n")
    r = cli(["check", "--isolated", "--select", "FL207", "a.md"], tmp_path)
    assert "FL207 subject-line [warning, low confidence]" in r.out
    r = cli(["check", "--isolated", "--select", "FL207", "--format", "github", "a.md"], tmp_path)
    assert "title=FL207 subject-line (low confidence)::" in r.out
    r = cli(["check", "--isolated", "--select", "FL207", "--format", "sarif", "a.md"], tmp_path)
    import json

    (result,) = json.loads(r.out)["runs"][0]["results"]
    assert result["rank"] == 30 and result["properties"]["confidence"] == "low"


def test_a_missing_file_is_not_called_no_findings(tmp_path, cli):
    r = cli(["check", "--isolated", "nope.md"], tmp_path)
    assert r.code == 2 and r.out == "1 file could not be checked.\n" and "nope.md: error:" in r.err


def test_a_missing_dictionary_is_reported_once_against_its_config(tmp_path, cli):
    config = write(tmp_path / ".followup-lint.toml", 'dictionaries = ["words.txt"]\n')
    write(tmp_path / "a.md", GOOD)
    write(tmp_path / "b.md", GOOD)
    r = cli(["check", "."], tmp_path)
    assert r.code == 2
    errors = [x for x in r.err.splitlines() if ": error: " in x]
    assert len(errors) == 1 and errors[0].startswith(f"{config}: error: dictionaries: cannot read words.txt")


def test_a_broken_plugin_is_one_warning_line(tmp_path):
    import os
    import subprocess
    import sys

    from _cli_util import ROOT

    dist = tmp_path / "site" / "broken_plugin-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[followup_lint.rules]\nbroken = no_such_module_here:RULES\n")
    write(tmp_path / "a.md", GOOD)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{tmp_path / 'site'}"
    proc = subprocess.run([sys.executable, "-m", "followup_lint", "check", "--select", CORE, "--ignore", "FL109",
                           "a.md"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    lines = [x for x in proc.stderr.splitlines() if "broken" in x]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("followup-lint: warning: plugin 'broken' failed to load: ")
    assert "followup-lint: plugin" not in lines[0]
