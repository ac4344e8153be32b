"""Baselines, suppression, --fix and --diff."""

from __future__ import annotations

import json

import pytest

from _cli_util import CORE, GOOD, NO_COMMA, run_cli, write


@pytest.fixture
def cli(monkeypatch, capsys):
    monkeypatch.delenv("NO_COLOR", raising=False)

    def run(args, cwd, stdin=None):
        return run_cli(args, cwd, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)
    return run


SIGNOFF = NO_COMMA.replace("Best regards,", "Best regards")   # FL108 (warning) and FL109 (info)


# -- baselines -----------------------------------------------------------------------------------------------

def test_baseline_round_trip_fails_only_on_new_findings(tmp_path, cli):
    write(tmp_path / "t" / "a.md", SIGNOFF)
    base = ["check", "--isolated", "--select", CORE, "--fail-on", "info"]
    r = cli([*base, "--write-baseline", "ci/baseline.json", "t"], tmp_path)
    assert r.code == 0 and "recorded 2 findings" in r.err
    data = json.loads((tmp_path / "ci" / "baseline.json").read_text())
    assert data["schema_version"] == 1 and data["tool"]["name"] == "followup-lint"
    assert list(data["files"]) == ["../t/a.md"]          # relative to the baseline's folder
    assert [e["code"] for e in data["files"]["../t/a.md"]] == ["FL108", "FL109"]
    assert all(set(e) == {"fingerprint", "code", "rule", "line"} for e in data["files"]["../t/a.md"])

    r = cli([*base, "--baseline", "ci/baseline.json", "t"], tmp_path)
    assert r.code == 0 and r.out == "No findings in 1 file. 2 known findings hidden by the baseline.\n"
    # the same file, run from another folder, is still known
    r = cli([*base, "--baseline", "../ci/baseline.json", "a.md"], tmp_path / "t")
    assert r.code == 0

    # moving the lines keeps the findings known; a new finding fails
    write(tmp_path / "t" / "a.md", "\n\n" + SIGNOFF)
    write(tmp_path / "t" / "b.md", SIGNOFF)
    r = cli([*base, "--baseline", "ci/baseline.json", "t"], tmp_path)
    assert r.code == 1
    assert [line.split(":")[0] for line in r.out.splitlines()[:-1]] == ["t/b.md", "t/b.md"]


@pytest.mark.parametrize("content, expected", [
    ("{", "not valid JSON"),
    ('{"schema_version": 99, "files": {}}', "schema_version 99"),
    ('{"schema_version": 1}', "no 'files'"),
    ('{"schema_version": 1, "files": {"a.md": [{"code": "FL108"}]}}', "no fingerprint"),
])
def test_bad_baseline_is_exit_2(tmp_path, cli, content, expected):
    write(tmp_path / "a.md", GOOD)
    write(tmp_path / "b.json", content)
    r = cli(["check", "--isolated", "--baseline", "b.json", "a.md"], tmp_path)
    assert r.code == 2 and len(r.err.splitlines()) == 1 and expected in r.err
    r = cli(["check", "--isolated", "--baseline", "missing.json", "a.md"], tmp_path)
    assert r.code == 2 and "no such baseline" in r.err


# -- suppression -------------------------------------------------------------------------------------------------

def test_front_matter_ignore(tmp_path, cli):
    write(tmp_path / "a.md", '+++\nignore = ["greeting-punctuation", "FL109"]\n+++\n' + SIGNOFF)
    r = cli(["check", "--isolated", "--select", CORE, "--format", "json", "a.md"], tmp_path)
    data = json.loads(r.out)["files"][0]
    assert data["findings"] == []
    assert {"rule": "greeting-punctuation", "reason": "ignored for this file"} in data["rules_skipped"]


def test_markdown_comment_suppresses_and_is_hidden_from_the_rules(tmp_path, cli):
    body = SIGNOFF.split("\n\n", 1)[1]
    text = "Subject: Thanks for the analyst interview\n\n<!-- followup-lint: ignore FL109 -->\n" + body
    write(tmp_path / "a.md", text)
    r = cli(["check", "--isolated", "--select", CORE, "--format", "json", "a.md"], tmp_path)
    (f,) = json.loads(r.out)["files"][0]["findings"]
    # the greeting is still found on the line after the comment, at the right place in the file
    assert f["code"] == "FL108" and f["location"]["line"] == 4 and f["location"]["column"] == 1
    # a comment with several rules, and one that is not the first line
    write(tmp_path / "b.md", SIGNOFF + "\n<!-- followup-lint: ignore greeting-punctuation, FL109 -->\n")
    r = cli(["check", "--isolated", "--select", CORE, "b.md"], tmp_path)
    assert r.out == "No findings in 1 file.\n"


def test_comment_text_is_not_linted(tmp_path, cli):
    # a placeholder inside the suppression comment must not be reported
    write(tmp_path / "a.md", "<!-- followup-lint: ignore FL109 [Name] -->\n" + GOOD)
    r = cli(["check", "--isolated", "--select", CORE, "a.md"], tmp_path)
    assert r.out == "No findings in 1 file.\n"


# -- --fix and --diff ------------------------------------------------------------------------------------------

FRONT = '+++\nsubject = "Thank you"\nto = ["dana@acme.example"]\n+++\r\n'


def test_fix_rewrites_the_body_and_keeps_front_matter_and_subject_bytes(tmp_path, cli):
    original = (FRONT + "Hi Dana\r\n\r\nThank you for the talk.\r\n\r\nBest regards\r\nSam\r\n").encode()
    write(tmp_path / "a.md", b"\xef\xbb\xbf" + original)
    subject_line = "Subject:  Thank you  for the  analyst interview \n\nHi Dana\n\nThanks.\n\nBest regards\nSam\n"
    write(tmp_path / "b.txt", subject_line)
    r = cli(["check", "--isolated", "--select", CORE, "--fix", "a.md", "b.txt"], tmp_path)
    assert r.code == 0 and "applied 4 fixes in 2 files" in r.err
    assert r.out == "No findings in 2 files.\n"
    fixed = (tmp_path / "a.md").read_bytes()
    assert fixed.startswith(b"\xef\xbb\xbf" + FRONT.encode())
    assert fixed == b"\xef\xbb\xbf" + original.replace(b"Hi Dana\r", b"Hi Dana,\r").replace(
        b"Best regards\r", b"Best regards,\r")
    fixed_b = (tmp_path / "b.txt").read_text()
    assert fixed_b.startswith("Subject:  Thank you  for the  analyst interview \n\nHi Dana,\n")
    # idempotent
    r = cli(["check", "--isolated", "--select", CORE, "--fix", "a.md", "b.txt"], tmp_path)
    assert "applied" not in r.err and (tmp_path / "a.md").read_bytes() == fixed


def test_fix_never_touches_eml(tmp_path, cli):
    message = b"From: s@example.com\nTo: dana@acme.example\nSubject: Thanks\n\nHi Dana\n\nThank you.\n"
    write(tmp_path / "a.eml", message)
    r = cli(["check", "--isolated", "--select", CORE, "--fix", "a.eml"], tmp_path)
    assert (tmp_path / "a.eml").read_bytes() == message
    assert "FL108" in r.out


def test_diff_prints_without_writing(tmp_path, cli):
    write(tmp_path / "a.md", SIGNOFF)
    r = cli(["check", "--isolated", "--select", CORE, "--diff", "a.md"], tmp_path)
    assert r.code == 1
    assert (tmp_path / "a.md").read_text() == SIGNOFF
    assert r.out.splitlines()[:2] == ["--- a/a.md", "+++ b/a.md"]
    assert "-Hi Dana" in r.out.splitlines() and "+Hi Dana," in r.out.splitlines()
    write(tmp_path / "b.md", GOOD)
    r = cli(["check", "--isolated", "--select", CORE, "--diff", "b.md"], tmp_path)
    assert r.code == 0 and r.out == ""


def test_template_slots_are_never_touched(tmp_path, cli):
    from followup_lint import Applicability, Edit, Finding, Fix, Severity
    from followup_lint.cli.check import _fixed_text
    from followup_lint.loaders import load

    text = "Hi {{name}}\n\nThank you, [Interviewer Name].\n<!-- followup-lint: ignore FL109 -->\n"
    path = write(tmp_path / "t.md", text)
    source = load(path)
    from followup_lint.engine import Linter

    report = Linter().lint(source.draft, template=True, clock=False, source=source)
    start = text.index("{{name}}")
    bad = [
        Fix("x", (Edit("body", start + 2, start + 6, "NAME"),), Applicability.SAFE),          # inside a slot
        Fix("x", (Edit("body", text.index("[Interviewer"), text.index("[Interviewer") + 3, "[Hi"),),
            Applicability.SAFE),
        Fix("x", (Edit("body", text.index("<!--") + 5, text.index("<!--") + 6, "F"),), Applicability.SAFE),
        Fix("x", (Edit("subject", 0, 0, "Re: "),), Applicability.SAFE),
    ]
    fake = [Finding(code="FL105", rule="spacing", severity=Severity.WARNING, message="m", fixes=(f,)) for f in bad]
    import dataclasses

    assert _fixed_text(source, dataclasses.replace(report, findings=tuple(fake)), text) is None
    # the greeting's comma goes after the slot, which stays as it was
    new_text, count = _fixed_text(source, report, text)
    assert new_text.startswith("Hi {{name}},\n") and count == 1


def test_fix_and_write_baseline_do_not_mix(tmp_path, cli):
    write(tmp_path / "a.md", GOOD)
    r = cli(["check", "--fix", "--write-baseline", "b.json", "a.md"], tmp_path)
    assert r.code == 2
