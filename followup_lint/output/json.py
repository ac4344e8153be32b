"""The ``json`` format (CONTRACT 8)::

    {"schema_version": 1, "tool": {"name": "followup-lint", "version": "..."},
     "files": [{"path", "findings": [finding dicts], "metrics", "rules_skipped"}],
     "errors": [{"path", "message"}]}

A file that could not be read appears only in ``errors``.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from ..results import SCHEMA_VERSION, _jsonable
from . import FileResult, RenderContext

__all__ = ["render", "to_data"]


def to_data(results: Sequence[FileResult], context: RenderContext) -> dict[str, Any]:
    files = []
    errors = []
    for r in results:
        for message in r.errors:
            errors.append({"path": r.path, "message": message})
        if r.report is None:
            continue
        files.append({
            "path": r.path,
            "findings": [f.to_dict() for f in r.report.findings],
            "metrics": _jsonable(r.report.metrics),
            "rules_skipped": [s.to_dict() for s in r.report.rules_skipped],
        })
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "followup-lint", "version": context.version},
        "files": files,
        "errors": errors,
    }


#: above this many files the document is written on one line: the standard library encodes compact
#: JSON in C but indented JSON in Python, which made the output the slowest serial step of big runs
PRETTY_MAX_FILES = 100


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    indent = 2 if len(results) <= PRETTY_MAX_FILES else None
    return json.dumps(to_data(results, context), ensure_ascii=False, indent=indent) + "\n"
