"""The json format: exactly the shape of CONTRACT 8."""

from __future__ import annotations

import json

from _output_util import sample_results
from followup_lint import Finding
from followup_lint.output import render


def test_json_shape(tmp_path):
    results, ctx = sample_results(tmp_path)
    data = json.loads(render("json", results, ctx))
    assert list(data) == ["schema_version", "tool", "files", "errors"]
    assert data["schema_version"] == 1
    assert data["tool"] == {"name": "followup-lint", "version": "9.9.9"}
    assert [f["path"] for f in data["files"]] == ["drafts/a, b:c.md", "clean.md"]
    assert all(list(f) == ["path", "findings", "metrics", "rules_skipped"] for f in data["files"])
    assert data["errors"] == [{"path": "broken.txt", "message": "not valid UTF-8 (byte 3); save the file as UTF-8"}]
    first = data["files"][0]["findings"][0]
    assert set(first) == {"code", "rule", "severity", "message", "span", "location", "fixes", "data", "fingerprint"}
    assert first["location"] == {"path": "drafts/a, b:c.md", "line": 3, "column": 1, "end_line": 3, "end_column": 8}
    # findings round-trip through the public dataclass
    assert Finding.from_dict(first).to_dict() == first
    assert data["files"][0]["metrics"]["words"] > 0


def test_json_validates_against_the_report_schema_when_present(tmp_path):
    import pathlib

    schema_path = pathlib.Path(__file__).resolve().parent.parent / "docs" / "report.schema.json"
    if not schema_path.exists():
        import pytest

        pytest.skip("no docs/report.schema.json")
    jsonschema = __import__("pytest").importorskip("jsonschema")
    schema = json.loads(schema_path.read_text())
    results, ctx = sample_results(tmp_path)
    data = json.loads(render("json", results, ctx))
    finding_schema = (schema.get("$defs") or schema.get("definitions") or {}).get("finding")
    if finding_schema is None:
        __import__("pytest").skip("the report schema has no finding definition")
    resolver_schema = dict(finding_schema)
    resolver_schema["$defs"] = schema.get("$defs", {})
    resolver_schema["definitions"] = schema.get("definitions", {})
    for f in data["files"][0]["findings"]:
        jsonschema.validate(f, resolver_schema)
