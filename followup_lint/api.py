"""The API edge: batch runs and the pre-send check for Python programs."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable, Iterator

from .config import Config
from .engine import default_linter
from .errors import DraftBlocked, FollowupLintError
from .model import Draft, Interview
from .results import Report, Severity

__all__ = ["lint_many", "before_send"]


def lint_many(items: Iterable[Any], *, jobs: int | None = None, config: Config | None = None,
              now: datetime | None = None) -> Iterator[Report | FollowupLintError]:
    """Lint many drafts, in input order, in ``jobs`` processes (default: the cores).

    Items are drafts, ``(draft, interview)`` pairs or paths (``pathlib.Path``; a plain ``str`` is a body).
    A draft that cannot be read yields its ``FollowupLintError`` in its place instead of stopping the run.
    Each worker builds (or, where processes fork, inherits) one warm Linter and receives the config once;
    items go to the workers in chunks.

    When ``duplicate-note`` is enabled, the notes of the batch are compared once all are linted (so the
    first report arrives at the end) and near-identical notes to different interviewers of the same
    interview each get a ``duplicate-note`` finding. This is ``Linter.lint_many`` of the default linter
    for ``config``.
    """
    return default_linter(config).lint_many(items, jobs=jobs, now=now)


def before_send(message_or_draft: Any, interview: Interview | None = None, *,
                fail_on: Severity = Severity.ERROR, now: datetime | None = None,
                config: Config | None = None) -> Report:
    """Lint a message about to be sent; raise :class:`DraftBlocked` at or above ``fail_on``.

    For Python programs that send mail themselves. A crashing rule becomes an FL000 finding (which
    blocks), never a lost message.
    """
    linter = default_linter(config)
    draft = message_or_draft
    if not isinstance(draft, Draft) and not isinstance(draft, (str, bytes, bytearray)):
        from .engine import coerce_draft

        draft = coerce_draft(draft)
    report = linter.lint(draft, interview, now=now, crash_findings=True)
    threshold = Severity.parse(fail_on)
    top = report.max_severity
    if top is not None and top >= threshold:
        raise DraftBlocked(report, f"blocked: {sum(1 for f in report.findings if f.severity >= threshold)} "
                                   f"finding(s) at or above {threshold}")
    return report


