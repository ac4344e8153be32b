"""Reports validate against the documented JSON schema (docs/report.schema.json)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from followup_lint import Draft, Interview, Interviewer, lint_draft

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs" / "report.schema.json").read_text("utf-8"))


@pytest.mark.parametrize("body", [
    "Hi Dana\n\nThanks for [topic]. i think its great!!\n\nBest regards\nMaya",
    "<p>Dear [Name],</p><p>Thank you &amp; more.</p>",
    "",
])
def test_reports_match_the_schema(body: str) -> None:
    interview = Interview(interviewers=(Interviewer("Dana Reyes", "dana@acme.example"),), company="Acme",
                          ended_at="2026-03-09T15:00:00-04:00", topics=("Kafka migration",))
    report = lint_draft(Draft(body=body, subject="Thanks", to=("dana@acme.example",)), interview,
                        now=datetime(2026, 3, 10, 12, tzinfo=timezone.utc))
    jsonschema.validate(json.loads(report.to_json()), SCHEMA)
