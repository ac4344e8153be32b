"""The junit format: well-formed XML, a testsuite per file, a testcase per finding, failing only at or above
the run's fail-on (warning when not given)."""

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
    assert (first.get("tests"), first.get("failures"), first.get("errors")) == ("3", "2", "0")
    cases = first.findall("testcase")
    assert [c.find("failure").get("type") for c in cases[:2]] == ["warning", "error"]
    # an info finding does not fail: it is a passing case with the finding in system-out and a property
    assert cases[2].find("failure") is None and "FL109" in cases[2].find("system-out").text
    assert cases[2].find("properties/property").attrib == {"name": "severity", "value": "info"}
    assert first.findall("testcase")[0].get("name") == "FL108 greeting-punctuation at 3:1"
    assert (clean.get("tests"), clean.get("failures")) == ("1", "0") and clean.find("testcase/failure") is None
    assert broken.find("testcase/error") is not None and broken.get("errors") == "1"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "2", "1")


def test_junit_failures_follow_the_runs_fail_on(tmp_path):
    results, ctx = sample_results(tmp_path)
    path = results[0].path
    for fail_on, failing in [(Severity.ERROR, ["error"]), (Severity.INFO, ["warning", "error", "info"]), (None, [])]:
        ctx.extra["fail_on"] = {path: fail_on}
        root = ET.fromstring(render("junit", results, ctx).encode("utf-8"))
        first = root.find("testsuite")
        assert [c.find("failure").get("type") for c in first.findall("testcase") if c.find("failure") is not None] \
            == failing


def test_junit_survives_characters_xml_cannot_hold():
    f = Finding(code="FL101", rule="misspelled-word", severity=Severity.ERROR, message="bad \x00\x1b char <&> \"q\"")
    out = render("junit", [FileResult("a\x01.md", Report(Draft(body="x"), (f,)))], RenderContext())
    root = ET.fromstring(out.encode("utf-8"))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == "bad \ufffd\ufffd char <&> \"q\""
