"""The API edge: batch runs and the pre-send check for Python programs."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Iterable, Iterator

from .config import Config
from .engine import default_linter
from .errors import DraftBlocked, FollowupLintError
from .model import Draft, Interview
from .results import Report, Severity

__all__ = ["lint_many", "before_send", "is_timing_finding"]

#: findings about *when* a message is sent (FL401-FL407): shown, never blocking, since no edit fixes them
_TIMING_CODES = frozenset(f"FL40{i}" for i in range(1, 8))


def is_timing_finding(finding: Any) -> bool:
    """Is this a finding about when the message is sent (FL401-FL407), which never blocks a send?"""
    return getattr(finding, "code", None) in _TIMING_CODES


def lint_many(items: Iterable[Any], *, jobs: int | None = None, config: Config | None = None,
              now: datetime | None = None,
              progress: Callable[[int, int | None], Any] | None = None) -> Iterator[Report | FollowupLintError]:
    """Lint many drafts, in input order, in ``jobs`` processes (default: the cores).

    Items are drafts, ``(draft, interview)`` pairs or paths (``pathlib.Path``; a plain ``str`` is a body).
    A draft that cannot be read yields its ``FollowupLintError`` in its place instead of stopping the run.
    Each worker builds (or, where processes fork, inherits) one warm Linter and receives the config once;
    items go to the workers in chunks.

    Reports stream: each is yielded as soon as it and those before it are ready. When ``duplicate-note``
    is enabled, near-identical notes to different interviewers of the same interview each get a
    ``duplicate-note`` finding: a report with an interview waits until the last item that could share that
    interview is linted (the last pair with an equal interview, or the last path, whose interview is known
    only once read); reports without one never wait.

    ``progress(done, total)`` is called in the calling process after each report is produced; ``total``
    is ``len(items)`` when ``items`` has a length, else ``None``. This is ``Linter.lint_many`` of the
    default linter for ``config``.
    """
    return default_linter(config).lint_many(items, jobs=jobs, now=now, progress=progress)


def before_send(message_or_draft: Any, interview: Interview | None = None, *,
                fail_on: Severity = Severity.ERROR, now: datetime | None = None,
                config: Config | None = None) -> Report:
    """Lint a message about to be sent; raise :class:`DraftBlocked` at or above ``fail_on``.

    For Python programs that send mail themselves. A crashing rule becomes an FL000 finding (which
    blocks), never a lost message. Findings about when the message is sent (FL401-FL407, such as
    ``sent-too-late``) are in the report but never block, whatever their severity: no edit can fix them.
    """
    linter = default_linter(config)
    draft = message_or_draft
    if not isinstance(draft, Draft) and not isinstance(draft, (str, bytes, bytearray)):
        from .engine import coerce_draft

        draft = coerce_draft(draft)
    report = linter.lint(draft, interview, now=now, crash_findings=True)
    threshold = Severity.parse(fail_on)
    blocking = sum(1 for f in report.findings if f.severity >= threshold and not is_timing_finding(f))
    if blocking:
        raise DraftBlocked(report, f"blocked: {blocking} finding(s) at or above {threshold}")
    return report


