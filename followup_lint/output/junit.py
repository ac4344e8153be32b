"""The ``junit`` format: one ``<testsuite>`` per file, one ``<testcase>`` per finding.

A finding at or above the file's ``fail-on`` (``extra["fail_on"]``: ``{path: Severity | None}`` from the
CLI; warning when not given) is a ``<failure>``; one below it would not fail the run, so it is a passing
test case with the finding in ``<system-out>`` and its severity in ``<properties>`` (GitLab and Jenkins
then show no failed tests for a job that exits 0). A file without findings has one passing test case, so
CI dashboards count it; a file that could not be read has one ``<error>`` test case. Built with ``xml.etree`` so the XML is always well formed
(characters XML 1.0 cannot hold are replaced).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Sequence

from ..results import Severity
from . import FileResult, RenderContext, finding_position

__all__ = ["render"]

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    return _INVALID.sub("\ufffd", text)


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    thresholds = context.extra.get("fail_on", {})
    root = ET.Element("testsuites", name="followup-lint")
    total_tests = total_failures = total_errors = 0
    for r in results:
        suite = ET.SubElement(root, "testsuite", name=_clean(r.path))
        tests = failures = errors = 0
        for message in r.errors:
            case = ET.SubElement(suite, "testcase", name=_clean(f"{r.path}: could not be checked"),
                                 classname="followup-lint", file=_clean(r.path))
            ET.SubElement(case, "error", message=_clean(message), type="InputError").text = _clean(message)
            tests += 1
            errors += 1
        threshold = thresholds.get(r.path, Severity.WARNING)
        for f in r.findings:
            line, col, _, _ = finding_position(f)
            case = ET.SubElement(suite, "testcase", name=_clean(f"{f.code} {f.rule} at {line}:{col}"),
                                 classname=f"followup-lint.{f.rule}", file=_clean(r.path), line=str(line))
            text = _clean(f"{r.path}:{line}:{col}: {f.code} {f.rule} [{f.severity}] {f.message}")
            tests += 1
            if threshold is not None and f.severity >= threshold:
                failure = ET.SubElement(case, "failure", message=_clean(f.message), type=str(f.severity))
                failure.text = text
                failures += 1
            else:
                props = ET.SubElement(case, "properties")
                ET.SubElement(props, "property", name="severity", value=str(f.severity))
                ET.SubElement(case, "system-out").text = text
        if tests == 0:
            ET.SubElement(suite, "testcase", name=_clean(f"{r.path}: no findings"), classname="followup-lint",
                          file=_clean(r.path))
            tests = 1
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        total_tests += tests
        total_failures += failures
        total_errors += errors
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", str(total_errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
