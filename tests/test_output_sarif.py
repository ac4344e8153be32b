"""The sarif format: SARIF 2.1.0, validated against the OASIS schema (a copy is kept in tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _cli_util import CORE, run_cli, write
from _output_util import sample_results
from followup_lint.output import render

jsonschema = pytest.importorskip("jsonschema")

HERE = Path(__file__).resolve().parent
SCHEMA_COPY = HERE / "data" / "sarif-schema-2.1.0.json"
SHARED = HERE.parent.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def _validate(data):
    schema = json.loads(SCHEMA_COPY.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(data)


def test_our_copy_of_the_schema_is_the_shared_one():
    if not SHARED.exists():
        pytest.skip("../shared is not here")
    assert json.loads(SCHEMA_COPY.read_text()) == json.loads(SHARED.read_text())


def test_sarif_is_valid_and_complete(tmp_path):
    results, ctx = sample_results(tmp_path)
    data = json.loads(render("sarif", results, ctx))
    _validate(data)
    assert data["version"] == "2.1.0"
    (run,) = data["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "followup-lint" and driver["version"] == "9.9.9"
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    fl108 = rules[ids.index("FL108")]
    assert fl108["name"] == "greeting-punctuation"
    assert fl108["helpUri"].endswith("docs/rules/greeting-punctuation.md")
    assert fl108["defaultConfiguration"]["level"] == "warning" and "What it does" in fl108["help"]["markdown"]
    results_ = run["results"]
    assert [r["ruleId"] for r in results_] == ["FL108", "FL205", "FL109"]
    assert [r["level"] for r in results_] == ["warning", "error", "note"]
    for r in results_:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["partialFingerprints"]["followupLint/v1"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "drafts/a,%20b:c.md"
    assert results_[0]["locations"][0]["physicalLocation"]["region"] == \
        {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 8}
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"].startswith("not valid UTF-8")


def test_sarif_from_the_command_line(tmp_path, monkeypatch, capsys):
    write(tmp_path / "t" / "a.md", "Hi Dana\n\nThank you, {{name}}.\n\nBest regards\nSam\n")
    write(tmp_path / "t" / "b.md", "Hi Dana,\n\nSee you.\n\nBest,\nSam\n")
    r = run_cli(["check", "--isolated", "--format", "sarif", "--output", "out.sarif", "t"], tmp_path,
                monkeypatch=monkeypatch, capsys=capsys)
    assert r.code == 1 and r.out == ""
    data = json.loads((tmp_path / "out.sarif").read_text())
    _validate(data)
    assert {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in data["runs"][0]["results"]} \
        == {"t/a.md", "t/b.md"}
    # whole-draft findings point at line 1, column 1, without an end
    whole = [res for res in data["runs"][0]["results"] if res["ruleId"] == "FL303"]
    assert whole and whole[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1}


def test_absolute_paths_become_file_uris():
    from followup_lint.output.sarif import _uri

    assert _uri("/tmp/a b.md") == "file:///tmp/a%20b.md"
    assert _uri("./t/a#1.md") == "t/a%231.md"
