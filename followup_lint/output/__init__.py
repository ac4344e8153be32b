"""Output formats of ``followup-lint check``: one module per format, all fed the same :class:`FileResult` list.

Every formatter is a function ``render(results, context) -> str``; the CLI writes the string to stdout
or ``--output``. Formats: ``text``, ``json``, ``sarif``, ``github``, ``junit``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Any, Callable, Final, Sequence

if TYPE_CHECKING:
    from ..results import Finding, Report
    from ..rule import Rule

__all__ = ["FileResult", "RenderContext", "FORMATS", "render", "finding_position"]

FORMATS: Final = ("text", "json", "sarif", "github", "junit")


@dataclass
class FileResult:
    """One linted (or unreadable) file: the path as the user gave it, its report, and its errors."""

    path: str
    report: Report | None = None
    errors: list[str] = field(default_factory=list)
    #: findings hidden because the baseline already holds them
    baselined: int = 0
    #: findings hidden because they are below --min-severity
    hidden: int = 0

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.report.findings if self.report is not None else ()


@dataclass
class RenderContext:
    """What a formatter may need besides the results."""

    rules: Sequence[type[Rule]] = ()
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def finding_position(f: Finding) -> tuple[int, int, int, int]:
    """Line, column, end line, end column in the file (1, 1, 1, 1 for findings without a span)."""
    loc = f.location
    if loc is not None:
        return loc.line, loc.column, loc.end_line, loc.end_column
    if f.span is not None:
        return f.span.line, f.span.column, f.span.end_line, f.span.end_column
    return 1, 1, 1, 1


def render(fmt: str, results: Sequence[FileResult], context: RenderContext) -> str:
    """The whole output of one run in ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    module = import_module(f".{fmt}", __name__)
    renderer: Callable[[Sequence[FileResult], RenderContext], str] = module.render
    return renderer(results, context)
