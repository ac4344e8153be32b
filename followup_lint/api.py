"""The API edge: batch runs and the pre-send check for Python programs."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Iterator

from .config import Config
from .engine import default_linter
from .errors import DraftBlocked, FollowupLintError
from .model import Draft, Interview
from .results import Report, Severity

__all__ = ["lint_many", "before_send"]


def _one(item: Any, config: Config | None, now: datetime | None) -> Report | FollowupLintError:
    try:
        linter = default_linter(config)
        if isinstance(item, (str, os.PathLike)) and not isinstance(item, str) or isinstance(item, Path):
            from .loaders import load

            source = load(item)
            return linter.lint(source.draft, source.interview, now=now, source=source)
        if isinstance(item, tuple) and len(item) == 2:
            draft, interview = item
            return linter.lint(draft, interview, now=now)
        return linter.lint(item, None, now=now)
    except FollowupLintError as exc:
        return exc


def _worker(args: tuple[Any, Config | None, datetime | None]) -> Report | FollowupLintError:
    return _one(*args)


def lint_many(items: Iterable[Any], *, jobs: int | None = None, config: Config | None = None,
              now: datetime | None = None) -> Iterator[Report | FollowupLintError]:
    """Lint many drafts, in input order, in ``jobs`` processes (default: the cores).

    Items are drafts, ``(draft, interview)`` pairs or paths (``pathlib.Path``; a plain ``str`` is a body).
    A draft that cannot be read yields its ``FollowupLintError`` in its place instead of stopping the run.
    """
    if jobs is None:
        jobs = (config.jobs if config is not None and config.jobs else None) or os.cpu_count() or 1
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    materialised = list(items)
    if jobs == 1 or len(materialised) < 2 * jobs:
        for item in materialised:
            yield _one(item, config, now)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    chunk = max(1, min(64, len(materialised) // (jobs * 8)))
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_worker, ((item, config, now) for item in materialised), chunksize=chunk)


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


