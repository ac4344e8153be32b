"""The ``json`` format (CONTRACT 8)::

    {"schema_version": 1, "tool": {"name": "followup-lint", "version": "..."},
     "files": [{"path", "findings": [finding dicts], "metrics", "rules_skipped"}],
     "errors": [{"path", "message"}]}

A file that could not be read appears only in ``errors``.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Sequence

from ..results import SCHEMA_VERSION, _jsonable
from . import FileResult, RenderContext

__all__ = ["render", "to_data", "file_entry", "encode_entry"]


def file_entry(r: FileResult) -> dict[str, Any]:
    """The ``files`` entry of one file with a report."""
    assert r.report is not None
    return {
        "path": r.path,
        "findings": [f.to_dict() for f in r.report.findings],
        "metrics": _plain(r.report.metrics),
        "rules_skipped": [s.to_dict() for s in r.report.rules_skipped],
    }


def encode_entry(r: FileResult) -> str:
    """``file_entry(r)`` as compact JSON: what :func:`render` writes for it in a big run's one-line output
    (worker processes encode their files' entries, so the parent only joins them)."""
    return json.dumps(file_entry(r), ensure_ascii=False)


def _entries(results: Sequence[FileResult], entry: Callable[[FileResult], Any]) -> tuple[list[Any], list[dict]]:
    """``entry(r)`` for each result with a report, and the errors of all of them."""
    files = []
    errors = []
    for r in results:
        for message in r.errors:
            errors.append({"path": r.path, "message": message})
        if r.report is not None:
            files.append(entry(r))
    return files, errors


def to_data(results: Sequence[FileResult], context: RenderContext) -> dict[str, Any]:
    files, errors = _entries(results, file_entry)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "followup-lint", "version": context.version},
        "files": files,
        "errors": errors,
    }


def _plain(value: Any) -> Any:
    """``_jsonable(value)``, with the plain types (what metrics hold) checked by their exact type first:
    ``isinstance(value, Mapping)`` goes through the ABC machinery, slow over ten thousand reports."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict:
        return {str(k): _plain(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_plain(v) for v in value]
    return _jsonable(value)


#: above this many files the document is written on one line: the standard library encodes compact
#: JSON in C but indented JSON in Python, which made the output the slowest serial step of big runs
PRETTY_MAX_FILES = 100


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    indent = 2 if len(results) <= PRETTY_MAX_FILES else None
    encoded: dict[int, tuple[Any, str]] | None = context.extra.get("json_entries")
    if indent is None and encoded:
        return _joined(results, context, encoded)
    return json.dumps(to_data(results, context), ensure_ascii=False, indent=indent) + "\n"


def _joined(results: Sequence[FileResult], context: RenderContext, encoded: dict[int, tuple[Any, str]]) -> str:
    """The one-line document from entries encoded beforehand (``{id(result): (report, entry)}``, each
    used while ``result.report`` is still that report) and the others encoded here: the same text as
    ``json.dumps(to_data(...))``, whose compact encoding of a list joins its items' with ", "."""
    def entry(r: FileResult) -> str:
        done = encoded.get(id(r))
        return done[1] if done is not None and done[0] is r.report else encode_entry(r)

    entries, errors = _entries(results, entry)
    head = json.dumps({"schema_version": SCHEMA_VERSION, "tool": {"name": "followup-lint", "version": context.version}},
                      ensure_ascii=False)
    return (head[:-1] + ', "files": [' + ", ".join(entries) + '], "errors": '
            + json.dumps(errors, ensure_ascii=False) + "}\n")
