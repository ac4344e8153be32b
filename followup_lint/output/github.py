"""The ``github`` format: GitHub Actions workflow commands, one annotation a finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE name::message``; warnings are
``::warning``, info findings ``::notice``; a finding made without the context its rule needs has
``(low confidence)`` at the end of its title. Escaping follows the Actions toolkit (``escapeData`` and
``escapeProperty`` in ``@actions/core``): ``%``, ``\\r`` and ``\\n`` everywhere, plus ``:`` and ``,`` in
properties.
"""

from __future__ import annotations

from typing import Sequence

from . import FileResult, RenderContext, finding_position

__all__ = ["render", "escape_data", "escape_property"]

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    out: list[str] = []
    for r in results:
        path = escape_property(r.path)
        for message in r.errors:
            out.append(f"::error file={path},title={escape_property('followup-lint')}::{escape_data(message)}")
        for f in r.findings:
            line, col, end_line, end_col = finding_position(f)
            low = " (low confidence)" if f.data.get("confidence") == "low" else ""
            title = escape_property(f"{f.code} {f.rule}{low}")
            props = f"file={path},line={line},col={col},endLine={end_line},endColumn={end_col},title={title}"
            out.append(f"::{_LEVEL.get(str(f.severity), 'warning')} {props}::{escape_data(f.message)}")
    return "\n".join(out) + ("\n" if out else "")
