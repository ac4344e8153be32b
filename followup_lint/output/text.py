"""The ``text`` format: ``path:line:col: CODE name [severity] message``, one finding a line.

The path is as the user gave it; findings without a span sit at line 1, column 1. A finding a rule made
without the context it needs reads ``[warning, low confidence]``; one that ``--fix`` (or, with
``--unsafe-fixes``, an unsafe fix) would repair has ``[*]`` before its message. Files that could not be
read are reported on stderr by the CLI (``path: error: message``) and counted in the summary. With no
``--quiet``, two lines follow the findings: the rules that were skipped and why (one line for the run),
and the summary with how many findings the fixes would repair.
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
#: the reason the engine gives for a rule the user ignored (front matter, a comment, per-path-ignores):
#: asked for, so not worth a line
_USER_IGNORED: Final = "ignored for this file"


def fixable(finding, unsafe: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """Would ``--fix`` (with ``unsafe``: ``--unsafe-fixes``) apply one of the finding's fixes?"""
    allowed = ("safe", "unsafe") if unsafe else ("safe",)
    return any(str(getattr(fix.applicability, "value", fix.applicability)) in allowed for fix in finding.fixes)


def format_finding(path: str, finding, color: bool = False, unsafe: bool = False) -> str:  # type: ignore[no-untyped-def]
    line, col, _, _ = finding_position(finding)
    severity = str(finding.severity)
    label = f"{severity}, low confidence" if finding.data.get("confidence") == "low" else severity
    # file names and quoted draft text are untrusted: no control characters reach the terminal or a CI log
    path, message = escape(path), escape(" ".join(finding.message.split()))
    mark = "[*] " if fixable(finding, unsafe) else ""
    if not color:
        return f"{path}:{line}:{col}: {finding.code} {finding.rule} [{label}] {mark}{message}"
    tint = _COLORS.get(severity, "")
    return (f"{_BOLD}{path}{_RESET}:{line}:{col}: {tint}{_BOLD}{finding.code}{_RESET} {finding.rule} "
            f"{tint}[{label}]{_RESET} {mark}{message}")


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
    unsafe = bool(context.extra.get("unsafe_fixes"))
    for r in results:
        for f in r.findings:
            lines.append(format_finding(r.path, f, color, unsafe))
    if context.statistics:
        stats = statistics(results)
        if stats:
            if lines:
                lines.append("")
            lines.extend(stats)
    if not context.quiet:
        skipped = skipped_line(results, context)
        if skipped:
            lines.append(f"{_DIM}{skipped}{_RESET}" if color else skipped)
        lines.append(summary(results, color, unsafe))
    return "\n".join(lines) + ("\n" if lines else "")


def _codes(codes: Sequence[str]) -> str:
    """``FL401-FL405 FL407``: consecutive codes of one prefix as a range."""
    out: list[str] = []
    run: list[str] = []

    def number(code: str) -> tuple[str, int] | None:
        head = code.rstrip("0123456789")
        tail = code[len(head):]
        return (head, int(tail)) if tail else None

    def flush() -> None:
        if run:
            out.append(run[0] if len(run) < 3 else f"{run[0]}-{run[-1]}")
            if len(run) == 2:
                out.append(run[1])
            run.clear()

    for code in sorted(set(codes)):
        here, last = number(code), number(run[-1]) if run else None
        if run and here and last and here[0] == last[0] and here[1] == last[1] + 1:
            run.append(code)
            continue
        flush()
        run.append(code)
    flush()
    return " ".join(out)


def skipped_line(results: Sequence[FileResult], context: RenderContext) -> str:
    """One line for the run: which rules were skipped and why (``rules_skipped`` of every report)."""
    code_of = {getattr(rule, "name", ""): getattr(rule, "code", "") for rule in context.rules}
    linted = [r for r in results if r.report is not None]
    by_reason: dict[str, dict[str, int]] = {}
    for r in linted:
        for skip in r.report.rules_skipped:  # type: ignore[union-attr]
            if skip.reason == _USER_IGNORED:
                continue
            rules = by_reason.setdefault(" ".join(skip.reason.split()), {})
            name = code_of.get(skip.rule) or skip.rule
            rules[name] = rules.get(name, 0) + 1
    if not by_reason:
        return ""
    parts = []
    for reason, rules in by_reason.items():
        files = max(rules.values())
        where = f" in {files} of {len(linted)} files" if len(linted) > 1 and files < len(linted) else ""
        parts.append(f"{_codes(list(rules))}{where}: {reason}")
    return "Skipped: " + "; ".join(parts) + "."


def summary(results: Sequence[FileResult], color: bool = False, unsafe: bool = False) -> str:
    by = Counter(str(f.severity) for r in results for f in r.findings)
    total = sum(by.values())
    broken = sum(1 for r in results if r.errors)
    files = sum(1 for r in results if r.report is not None)
    baselined = sum(r.baselined for r in results)
    hidden = sum(r.hidden for r in results)
    noun = "file" if files == 1 else "files"
    if total == 0:
        text = f"No findings in {files} {noun}." if files or not broken else ""
    else:
        parts = [f"{by[s]} {s if by[s] == 1 or s == 'info' else s + 's'}" for s in ("error", "warning", "info") if by[s]]
        text = f"Found {total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) in {files} {noun}."
    if broken:
        text += f" {broken} {'file' if broken == 1 else 'files'} could not be checked."
    if hidden:
        text += f" {hidden} finding{'s' if hidden != 1 else ''} below --min-severity hidden."
    if baselined:
        text += f" {baselined} known finding{'s' if baselined != 1 else ''} hidden by the baseline."
    safe = sum(1 for r in results for f in r.findings if fixable(f))
    more = sum(1 for r in results for f in r.findings if fixable(f, True)) - safe
    if safe or more:
        if unsafe:
            text += f" [*] {safe + more} fixable with --fix --unsafe-fixes."
        elif not safe:
            text += f" {more} fixable with --fix --unsafe-fixes."
        else:
            text += f" [*] {safe} fixable with --fix" + (f" ({more} more with --unsafe-fixes)." if more else ".")
    text = text.strip()
    return f"{_DIM}{text}{_RESET}" if color else text
