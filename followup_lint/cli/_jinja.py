"""Lint a Jinja template's rendering (``[sample]`` values) and map its findings back to the template.

The rendered draft is linted in template mode too (slots that are not Jinja, such as ``[something you
discussed]``, stay slots). Findings on the rendering carry ``data["rendered"] = True`` and no fixes
(their offsets index the rendering, not the file); a finding the template itself already has on the
same line is not repeated. A variable the sample does not define becomes a
``leftover-placeholder`` warning at its first use in the template.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from typing import Any

from ..loaders import _SUPPRESS, Origin
from ..model import Source
from ..registry import is_enabled
from ..results import Finding, Location, Severity, Span
from ..templating import LineMap, TemplateError, render
from ..text import LineIndex

__all__ = ["lint_rendered"]

_ORDER = {None: 0, "subject": 1, "body": 2}


def _key(f: Finding, location: Location | None) -> tuple[Any, ...]:
    """Findings of one rule on one template line count once (a slot changes the matched text)."""
    if f.span is None:
        return (f.code, None)
    return (f.code, f.span.field, location.line if location else f.span.line)


def _locate(f: Finding, rdraft: Any, source: Any, lines: LineMap) -> Location:
    origin = source.origin
    path = source.path or "-"
    span = f.span
    if span is None:
        return Location(path, 1, 1, 1, 1)
    matched = getattr(rdraft, span.field)[span.start:span.end]
    if span.field == "subject":
        template = source.draft.subject
        idx = template.find(matched) if matched else -1
        line = origin.subject_line
        if idx >= 0:
            col = origin.subject_column + idx
            return Location(path, line, col, line, col + len(matched))
        return Location(path, line, origin.subject_column, line, origin.subject_column + len(template))
    first = lines.line(span.line)
    file_line = origin.body_line + first - 1
    if lines.exact.get(span.line) and span.end_line == span.line:
        return Location(path, file_line, span.column, file_line, span.end_column)
    text = lines.template_text(first)
    head = matched.splitlines()[0] if matched else ""
    idx = text.find(head) if head else -1
    if idx >= 0:
        return Location(path, file_line, idx + 1, file_line, idx + 1 + len(head))
    return Location(path, file_line, 1, file_line, max(len(text), 1) + 1)


def _undefined_finding(name: str, field: str, source: Any) -> Finding:
    text = getattr(source.draft, field)
    m = re.search(r"\{[{%][^}]{0,200}?\b" + re.escape(name) + r"\b", text)
    start, end = (m.start(), m.end()) if m else (0, min(len(text), 1))
    close = text.find("}}", end) if m else -1
    if close >= 0 and close - end < 200:
        end = close + 2
    span = location = None
    if end > start:
        index = LineIndex(text)
        line, col = index.position(start)
        end_line, end_col = index.position(end)
        span = Span(field, start, end, line, col, end_line, end_col)
        origin = source.origin
        if origin is not None:
            location = origin.locate(span)
    digest = hashlib.sha256(json.dumps(["leftover-placeholder", field, f"undefined:{name}", 0]).encode()).hexdigest()[:16]
    return Finding(
        code="FL205", rule="leftover-placeholder", severity=Severity.WARNING,
        message=f"'{name}' is used but not defined in the [sample] table, so its rendering cannot be checked",
        span=span, location=location, data={"undefined": name, "rendered": True, "confidence": "high"},
        fingerprint=digest,
    )


def lint_rendered(report: Any, source: Any, linter: Any, interview: Any, ignore: tuple[str, ...],
                  config: Any) -> tuple[Any, str | None]:
    """The template's report with the rendering's findings added, and an error message if it cannot render."""
    draft = source.draft
    try:
        rendered = render(draft.subject, draft.body, source.sample, max_size=config.max_size)
    except TemplateError as exc:
        where = ""
        if exc.line is not None and source.origin is not None:
            origin = source.origin
            line = origin.subject_line if exc.field == "subject" else origin.body_line + exc.line - 1
            where = f"line {line}: "
        return report, f"{where}{exc}"
    rdraft = dataclasses.replace(draft, body=rendered.body, subject=rendered.subject)
    hidden = tuple((m.start(), m.end()) for m in _SUPPRESS.finditer(rendered.body))
    fake = Source(draft=rdraft, template=True, ignore=source.ignore, path=source.path, kind=source.kind,
                  origin=Origin(path=source.path or "-", hidden=hidden))
    rreport = linter.lint(rdraft, interview, now=None, template=True, clock=False, source=fake, ignore=ignore)
    lines = LineMap(draft.body, rendered.body)
    known = {_key(f, f.location) for f in report.findings}
    extra: list[Finding] = []
    for f in rreport.findings:
        location = _locate(f, rdraft, source, lines)
        key = _key(f, location)
        if key in known:
            continue
        known.add(key)
        extra.append(dataclasses.replace(f, location=location, fixes=(), data={**dict(f.data), "rendered": True}))
    all_ignores = (*ignore, *source.ignore)
    placeholder_rule = next((type(r) for r in linter.rules if r.code == "FL205"), None)
    if rendered.undefined and placeholder_rule is not None and is_enabled(placeholder_rule, None, all_ignores):
        for name, field in rendered.undefined:
            extra.append(_undefined_finding(name, field, source))
    if not extra:
        return report, None

    def order(f: Finding) -> tuple[Any, ...]:
        loc = f.location
        return (_ORDER[f.span.field if f.span else None], loc.line if loc else 0, loc.column if loc else 0, f.code)

    findings = tuple(sorted((*report.findings, *extra), key=order))
    return dataclasses.replace(report, findings=findings), None
