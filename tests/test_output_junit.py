"""The junit format: well-formed XML, a testsuite per file, a failing testcase per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from _output_util import sample_results
from followup_lint import Finding, Severity
from followup_lint.model import Draft
from followup_lint.output import FileResult, RenderContext, render
from followup_lint.results import Report


def test_junit_structure(tmp_path):
    results, ctx = sample_results(tmp_path)
    root = ET.fromstring(render("junit", results, ctx).encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["drafts/a, b:c.md", "clean.md", "broken.txt"]
    first, clean, broken = suites
    assert (first.get("tests"), first.get("failures"), first.get("errors")) == ("3", "3", "0")
    assert [c.find("failure").get("type") for c in first.findall("testcase")] == ["warning", "error", "info"]
    assert first.findall("testcase")[0].get("name") == "FL108 greeting-punctuation at 3:1"
    assert (clean.get("tests"), clean.get("failures")) == ("1", "0") and clean.find("testcase/failure") is None
    assert broken.find("testcase/error") is not None and broken.get("errors") == "1"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "3", "1")


def test_junit_survives_characters_xml_cannot_hold():
    f = Finding(code="FL101", rule="misspelled-word", severity=Severity.ERROR, message="bad \x00\x1b char <&> \"q\"")
    out = render("junit", [FileResult("a\x01.md", Report(Draft(body="x"), (f,)))], RenderContext())
    root = ET.fromstring(out.encode("utf-8"))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == "bad \ufffd\ufffd char <&> \"q\""
