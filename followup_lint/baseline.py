"""Baselines: record today's findings so that CI fails only on new ones.

``followup-lint check --write-baseline FILE`` writes a JSON file::

    {
      "schema_version": 1,
      "tool": {"name": "followup-lint", "version": "0.1.0"},
      "files": {
        "templates/thank-you.md": [
          {"fingerprint": "3f1c...", "code": "FL108", "rule": "greeting-punctuation", "line": 3}
        ]
      }
    }

Paths are relative to the baseline file's folder, with ``/`` separators. ``--baseline FILE`` hides every
finding whose fingerprint is recorded for its file (``code``, ``rule`` and ``line`` are there for people
reading the file; only the fingerprint is compared). A fingerprint names the rule, the field, the
normalised text and its occurrence index, so editing other lines does not make old findings new.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Mapping

from ._escape import json_safe
from ._io import read_capped, write_atomic
from .errors import InputError

__all__ = ["SCHEMA_VERSION", "Baseline", "baseline_key", "write_baseline", "load_baseline"]

SCHEMA_VERSION = 1


def baseline_key(path: str, baseline_file: str | Path) -> str:
    """The key of a linted file in a baseline: its path relative to the baseline's folder."""
    if path == "-":
        return "-"
    folder = Path(baseline_file).resolve().parent
    target = Path(path).resolve()
    try:
        return Path(os.path.relpath(target, folder)).as_posix()
    except ValueError:  # another drive on Windows
        return target.as_posix()


class Baseline:
    """The fingerprints recorded per file."""

    def __init__(self, path: str | Path, files: Mapping[str, Iterable[str]]) -> None:
        self.path = Path(path)
        self.files = {k: frozenset(v) for k, v in files.items()}

    def known(self, linted_path: str, fingerprint: str) -> bool:
        return fingerprint in self.files.get(baseline_key(linted_path, self.path), frozenset())


def load_baseline(path: str | Path) -> Baseline:
    p = Path(path)
    try:
        if not os.path.lexists(p):
            raise InputError(f"{p}: no such baseline file (write one with --write-baseline)")
        data = json.loads(read_capped(p, what="baseline").decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: cannot read the baseline: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{p}: the baseline is not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise InputError(f"{p}: not a followup-lint baseline (no 'files' table)")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise InputError(f"{p}: baseline schema_version {version!r} is not supported (expected {SCHEMA_VERSION})")
    files: dict[str, list[str]] = {}
    for key, entries in data["files"].items():
        if not isinstance(entries, list):
            raise InputError(f"{p}: baseline entry for {key!r} must be a list")
        prints = []
        for entry in entries:
            fp = entry.get("fingerprint") if isinstance(entry, dict) else None
            if not isinstance(fp, str):
                raise InputError(f"{p}: a baseline entry for {key!r} has no fingerprint")
            prints.append(fp)
        files[key] = prints
    return Baseline(p, files)


def write_baseline(path: str | Path, results: Iterable[Any], version: str) -> int:
    """Write every finding of ``results`` (``FileResult`` objects); returns how many were recorded."""
    p = Path(path)
    files: dict[str, list[dict[str, Any]]] = {}
    count = 0
    for r in results:
        if not r.findings:
            continue
        key = baseline_key(r.path, p)
        entries = files.setdefault(key, [])
        for f in r.findings:
            line = f.location.line if f.location else (f.span.line if f.span else 1)
            entries.append({"fingerprint": f.fingerprint, "code": f.code, "rule": f.rule, "line": line})
            count += 1
    data = {"schema_version": SCHEMA_VERSION, "tool": {"name": "followup-lint", "version": version},
            "files": {k: files[k] for k in sorted(files)}}
    # json_safe: a file name that is not UTF-8 is kept as a \udcXX escape (reads back as the same key)
    text = json_safe(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        # atomic: a failed run leaves the old baseline whole; never through a symbolic link
        write_atomic(p, text.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"{p}: cannot write the baseline: {exc.strerror or exc}") from None
    return count
