"""The ``sarif`` format: SARIF 2.1.0 for code-scanning services (GitHub, GitLab, Azure DevOps).

One run; ``columnKind`` is ``"unicodeCodePoints"`` (our columns count code points); every loaded rule
is described in ``tool.driver.rules`` (summary, full documentation, a ``helpUri`` to its page under
``docs/rules/``, default level); each result carries ``partialFingerprints`` from
:attr:`Finding.fingerprint`, so services track a finding across commits. Files that could not be read
are ``toolExecutionNotifications`` and make ``executionSuccessful`` false.
"""

from __future__ import annotations

import json
from typing import Any, Final, Sequence
from urllib.parse import quote

from . import FileResult, RenderContext, finding_position

#: SARIF ``rank`` (0-100) of a finding made without the context its rule needs (``confidence: low``)
LOW_CONFIDENCE_RANK = 30

__all__ = ["render", "to_data", "DOCS_URL", "SCHEMA_URI"]

SCHEMA_URI: Final = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#: Where the rule pages (docs/rules/<name>.md) are published; ``{name}`` is the rule name.
DOCS_URL: Final = "https://github.com/followup-lint/followup-lint/blob/main/docs/rules/{name}.md"
INFORMATION_URI: Final = "https://github.com/followup-lint/followup-lint"
FINGERPRINT_KEY: Final = "followupLint/v1"
_LEVEL: Final = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A relative URI reference for a relative path (as given), a ``file:`` URI for an absolute one."""
    from pathlib import PurePosixPath, PureWindowsPath

    if PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute():
        pure = PureWindowsPath(path) if PureWindowsPath(path).drive else PurePosixPath(path)
        return pure.as_uri()
    posix = path.replace("\\", "/")
    while posix.startswith("./"):
        posix = posix[2:]
    # surrogateescape: a file name that is not UTF-8 keeps its own bytes, percent-encoded
    return quote(posix.encode("utf-8", "surrogateescape"), safe="/:@-._~!$&'()*+,;=")


def _rule_descriptor(rule: Any) -> dict[str, Any]:
    doc = rule.documentation() if hasattr(rule, "documentation") else ""
    summary = rule.summary() if hasattr(rule, "summary") else rule.name
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary or rule.name},
        "fullDescription": {"text": summary or rule.name},
        "helpUri": DOCS_URL.format(name=rule.name),
        "defaultConfiguration": {"level": _LEVEL.get(str(rule.default_severity), "warning")},
        "properties": {"tags": ["followup-lint"]},
    }
    if doc:
        descriptor["help"] = {"text": doc, "markdown": doc}
    return descriptor


def to_data(results: Sequence[FileResult], context: RenderContext) -> dict[str, Any]:
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rule in context.rules:
        if rule.code not in index:
            index[rule.code] = len(rules)
            rules.append(_rule_descriptor(rule))
    out_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for r in results:
        uri = _uri(r.path)
        for message in r.errors:
            notifications.append({
                "level": "error",
                "message": {"text": message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
            })
        for f in r.findings:
            if f.code not in index:
                index[f.code] = len(rules)
                rules.append({"id": f.code, "name": f.rule, "shortDescription": {"text": f.rule},
                              "helpUri": DOCS_URL.format(name=f.rule)})
            line, col, end_line, end_col = finding_position(f)
            region: dict[str, Any] = {"startLine": line, "startColumn": col}
            if f.span is not None:
                region.update(endLine=end_line, endColumn=end_col)
            result: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": _LEVEL.get(str(f.severity), "warning"),
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
                "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint or "0"},
                "properties": {"rule": f.rule, "severity": str(f.severity)},
            }
            if f.data.get("confidence") == "low":  # judged without the context the rule needs: a guess
                result["rank"] = LOW_CONFIDENCE_RANK
                result["properties"]["confidence"] = "low"
            out_results.append(result)
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "followup-lint", "version": context.version or "0",
                            "semanticVersion": context.version or "0.0.0",
                            "informationUri": INFORMATION_URI, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": out_results,
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


#: above this many files the document is written on one line: the standard library encodes compact
#: JSON in C but indented JSON in Python, which made the output the slowest serial step of big runs
PRETTY_MAX_FILES = 100


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    indent = 2 if len(results) <= PRETTY_MAX_FILES else None
    return json.dumps(to_data(results, context), ensure_ascii=False, indent=indent) + "\n"
