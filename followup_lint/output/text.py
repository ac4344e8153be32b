"""The ``text`` format: ``path:line:col: CODE name [severity] message``, one finding a line.

The path is as the user gave it; findings without a span sit at line 1, column 1. Files that
could not be read are reported on stderr by the CLI (``path: error: message``) and counted in the
summary line that follows the findings (left out with ``--quiet``).
"""

from __future__ import annotations

from collections import Counter
from typing import Final, Sequence

from .._escape import escape
from . import FileResult, RenderContext, finding_position

__all__ = ["render", "format_finding", "statistics"]

_COLORS: Final = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD: Final = "\x1b[1m"
_DIM: Final = "\x1b[2m"
_RESET: Final = "\x1b[0m"


def format_finding(path: str, finding, color: bool = False) -> str:  # type: ignore[no-untyped-def]
    line, col, _, _ = finding_position(finding)
    severity = str(finding.severity)
    # file names and quoted draft text are untrusted: no control characters reach the terminal or a CI log
    path, message = escape(path), escape(" ".join(finding.message.split()))
    if not color:
        return f"{path}:{line}:{col}: {finding.code} {finding.rule} [{severity}] {message}"
    tint = _COLORS.get(severity, "")
    return (f"{_BOLD}{path}{_RESET}:{line}:{col}: {tint}{_BOLD}{finding.code}{_RESET} {finding.rule} "
            f"{tint}[{severity}]{_RESET} {message}")


def statistics(results: Sequence[FileResult]) -> list[str]:
    """Counts per rule, most frequent first: ``  3  FL205  leftover-placeholder``."""
    counts: Counter[tuple[str, str]] = Counter()
    for r in results:
        for f in r.findings:
            counts[(f.code, f.rule)] += 1
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    return [f"{n:>{width}}  {code}  {rule}" for (code, rule), n in rows]


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    lines: list[str] = []
    color = context.color
    for r in results:
        for f in r.findings:
            lines.append(format_finding(r.path, f, color))
    if context.statistics:
        stats = statistics(results)
        if stats:
            if lines:
                lines.append("")
            lines.extend(stats)
    if not context.quiet:
        lines.append(summary(results, color))
    return "\n".join(lines) + ("\n" if lines else "")


def summary(results: Sequence[FileResult], color: bool = False) -> str:
    by = Counter(str(f.severity) for r in results for f in r.findings)
    total = sum(by.values())
    files = len(results)
    broken = sum(1 for r in results if r.errors)
    baselined = sum(r.baselined for r in results)
    noun = "file" if files == 1 else "files"
    if total == 0:
        text = f"No findings in {files} {noun}."
    else:
        parts = [f"{by[s]} {s if by[s] == 1 or s == 'info' else s + 's'}" for s in ("error", "warning", "info") if by[s]]
        text = f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) in {files} {noun}."
    if broken:
        text += f" {broken} {'file' if broken == 1 else 'files'} could not be checked."
    if baselined:
        text += f" {baselined} known finding{'s' if baselined != 1 else ''} hidden by the baseline."
    return f"{_DIM}{text}{_RESET}" if color else text
