"""Diagnostics, code actions and hovers for one :class:`~followup_lint.lsp.buffer.Analysis`.

Severity, code, a ``codeDescription`` link to the rule's page and ``source = "followup-lint"`` on every
diagnostic; findings about the whole draft sit on the first line of the body. Code actions: each fix of
the findings under the cursor (safe fixes preferred, unsafe ones marked ``(unsafe)``, display-only ones
never applied), "ignore CODE in this file", and the source action "fix all safe" (the fixes
``followup-lint check --fix`` applies).
"""

from __future__ import annotations

from typing import Any, Final, Sequence

from lsprotocol import types as lsp

from ..cli.check import _fixed_text, _protected, touches_protected
from ..output.sarif import DOCS_URL
from ..results import Applicability, Severity
from .buffer import Analysis
from .positions import Positions

__all__ = ["SOURCE", "IGNORE_COMMAND", "FIX_ALL_KIND", "UNSAFE_KIND", "diagnostics", "code_actions", "hover"]

SOURCE: Final = "followup-lint"
IGNORE_COMMAND: Final = "followup-lint.ignoreInFile"
FIX_ALL_KIND: Final = "source.fixAll.followup-lint"
UNSAFE_KIND: Final = "quickfix.unsafe"
_SEVERITY: Final = {Severity.ERROR: lsp.DiagnosticSeverity.Error, Severity.WARNING: lsp.DiagnosticSeverity.Warning,
                    Severity.INFO: lsp.DiagnosticSeverity.Information}
_COMMENT_KINDS: Final = ("text", "markdown", "jinja")


def _range(positions: Positions, start: int, end: int) -> lsp.Range:
    (l1, c1), (l2, c2) = positions.position(start), positions.position(end)
    return lsp.Range(lsp.Position(l1, c1), lsp.Position(l2, c2))


def diagnostics(analysis: Analysis, encoding: str | None = "utf-16") -> list[lsp.Diagnostic]:
    positions = Positions(analysis.text, encoding)
    if analysis.problem is not None:
        return [lsp.Diagnostic(range=_range(positions, 0, positions.line_end(0)), message=analysis.problem,
                               severity=lsp.DiagnosticSeverity.Error, source=SOURCE)]
    out = []
    for placed in analysis.placed:
        f = placed.finding
        start, end = placed.start, placed.end
        out.append(lsp.Diagnostic(
            range=_range(positions, start, end), message=f.message, severity=_SEVERITY[f.severity], code=f.code,
            code_description=lsp.CodeDescription(href=DOCS_URL.format(name=f.rule)), source=SOURCE,
            data={"rule": f.rule, "fingerprint": f.fingerprint}))
    return out


def _text_edits(analysis: Analysis, fix: Any, positions: Positions,
                protected: Sequence[tuple[int, int]]) -> list[lsp.TextEdit] | None:
    """The fix's edits in the buffer, or ``None`` when one cannot be placed exactly or touches a slot."""
    assert analysis.bmap is not None
    edits = []
    for e in fix.edits:
        where = analysis.bmap.edit_range(e)
        if where is None:
            return None
        if e.field == "body" and touches_protected((e,), protected):
            return None
        edits.append(lsp.TextEdit(_range(positions, *where), e.replacement))
    return edits or None


def _intersects(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def code_actions(analysis: Analysis, uri: str, request: lsp.Range, encoding: str | None = "utf-16",
                 only: Sequence[str] | None = None) -> list[lsp.CodeAction]:
    if analysis.report is None or analysis.bmap is None:
        return []
    positions = Positions(analysis.text, encoding)
    wanted = (positions.offset(request.start.line, request.start.character),
              positions.offset(request.end.line, request.end.character))

    def allowed(kind: str) -> bool:
        return not only or any(kind == k or kind.startswith(f"{k}.") for k in only)

    protected = _protected(analysis.source, analysis.report)
    actions: list[lsp.CodeAction] = []
    ignored: set[str] = set()
    diags = {id(p): d for p, d in zip(analysis.placed, diagnostics(analysis, encoding))}
    for placed in analysis.placed:
        f = placed.finding
        if not _intersects((placed.start, placed.end), wanted):
            continue
        diag = [diags[id(placed)]]
        for fix in f.fixes:
            if fix.applicability is Applicability.DISPLAY_ONLY:
                continue
            safe = fix.applicability is Applicability.SAFE
            kind = lsp.CodeActionKind.QuickFix.value if safe else UNSAFE_KIND
            if not allowed(kind):
                continue
            edits = _text_edits(analysis, fix, positions, protected)
            if edits is None:
                continue
            actions.append(lsp.CodeAction(
                title=fix.title if safe else f"{fix.title} (unsafe)", kind=kind, diagnostics=diag,
                is_preferred=safe or None, edit=lsp.WorkspaceEdit(changes={uri: edits})))
        if f.code not in ignored and allowed(lsp.CodeActionKind.QuickFix.value):
            ignored.add(f.code)
            actions.append(_ignore_action(analysis, uri, f, diag, positions))
    if allowed(FIX_ALL_KIND):
        fix_all = _fix_all(analysis, uri, positions)
        if fix_all is not None:
            actions.append(fix_all)
    return actions


def _ignore_action(analysis: Analysis, uri: str, f: Any, diag: list[lsp.Diagnostic],
                   positions: Positions) -> lsp.CodeAction:
    title = f"Ignore {f.code} ({f.rule}) in this file"
    if analysis.kind in _COMMENT_KINDS:
        # the comment the loader reads (and hides from the rules): it lasts, and `check` honours it too
        end = len(analysis.text)
        lead = "" if not analysis.text or analysis.text.endswith(("\n", "\r")) else "\n"
        edit = lsp.TextEdit(_range(positions, end, end), f"{lead}<!-- followup-lint: ignore {f.code} -->\n")
        return lsp.CodeAction(title=title, kind=lsp.CodeActionKind.QuickFix, diagnostics=diag,
                              edit=lsp.WorkspaceEdit(changes={uri: [edit]}))
    # an email has no place for a comment that would not be sent: the server remembers it instead
    return lsp.CodeAction(title=f"{title} (while it is open)", kind=lsp.CodeActionKind.QuickFix, diagnostics=diag,
                          command=lsp.Command(title=title, command=IGNORE_COMMAND, arguments=[uri, f.code]))


def _fix_all(analysis: Analysis, uri: str, positions: Positions) -> lsp.CodeAction | None:
    fixed = _fixed_text(analysis.source, analysis.report, analysis.text)
    if fixed is None:
        return None
    new_text, count = fixed
    edit = lsp.TextEdit(_range(positions, 0, len(analysis.text)), new_text)
    return lsp.CodeAction(title=f"Fix all safe ({count} fix{'es' if count != 1 else ''})", kind=FIX_ALL_KIND,
                          edit=lsp.WorkspaceEdit(changes={uri: [edit]}))


def hover(analysis: Analysis, position: lsp.Position, encoding: str | None = "utf-16") -> lsp.Hover | None:
    from ..cli.rules import rule_page

    if analysis.report is None:
        return None
    positions = Positions(analysis.text, encoding)
    at = positions.offset(position.line, position.character)
    parts: list[str] = []
    seen: set[str] = set()
    for placed in analysis.placed:
        if not placed.start <= at <= placed.end:
            continue
        f = placed.finding
        parts.append(f"**{f.code} {f.rule}** ({f.severity}): {f.message}")
        rule = analysis.registry.get(f.code) if analysis.registry is not None else None
        if rule is not None and f.code not in seen:
            seen.add(f.code)
            parts.append(rule_page(rule))
    if not parts:
        return None
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n".join(parts)))

