"""Batch runs: many drafts through one :class:`~followup_lint.engine.Linter`, then the batch rules.

``Linter.lint_many`` is the one batch path: the API's ``lint_many``, ``followup-lint check DIR`` (for the
batch rules) and the sendmail hook use it. Drafts are linted in input order, in ``jobs`` processes;
then every enabled batch rule (a rule with ``batch = True``, such as duplicate-note) compares the
drafts of the run (``Linter.check_batch``) and its findings are merged into the reports.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple, Sequence, Sized

from .errors import FollowupLintError
from .model import Draft, Interview
from .results import Finding, Report

if TYPE_CHECKING:
    from .engine import Linter

__all__ = ["BatchEntry", "lint_many", "merge_findings"]


class BatchEntry(NamedTuple):
    """One draft of a batch as the batch rules see it: its report (or the error that replaced it)."""

    draft: Draft | None
    interview: Interview | None
    report: Report | FollowupLintError | None
    path: str | None = None


def lint_one(linter: Linter, item: Any, now: datetime | None, crash_findings: bool = False) -> BatchEntry:
    """Lint one item (a draft, a ``(draft, interview)`` pair or a ``Path``) into a :class:`BatchEntry`."""
    interview: Interview | None = None
    path: str | None = None
    try:
        if isinstance(item, (str, os.PathLike)) and not isinstance(item, str) or isinstance(item, Path):
            from .loaders import load

            path = os.fspath(item)
            source = load(item)
            interview = source.interview
            report = linter.lint(source.draft, source.interview, now=now, source=source,
                                 crash_findings=crash_findings)
        elif isinstance(item, tuple) and len(item) == 2:
            draft, interview = item
            report = linter.lint(draft, interview, now=now, crash_findings=crash_findings)
        else:
            report = linter.lint(item, None, now=now, crash_findings=crash_findings)
        return BatchEntry(report.draft, interview, report, path)
    except FollowupLintError as exc:
        return BatchEntry(None, interview, exc, path)


# Per-worker state: the linter (inherited where processes fork, else rebuilt from its config), ``now``
# and the crash setting, sent once when the worker starts, not with every item.
_WORKER: dict[str, Any] = {}


def warm(linter: Linter) -> None:
    """Lint one small draft so that lazily loaded resources (the word list, name data) are loaded: in the
    parent before forking (the workers inherit them) or once per worker where processes are spawned."""
    if getattr(linter, "_warmed", False):
        return
    from datetime import timezone

    sample = Draft(body="Hi Dana,\n\nThank you for the interview today. I enjoyed our talk about the roadmap.\n\n"
                        "Best regards,\nSam Lee", subject="Thank you", to=("dana@example.com",))
    interview = Interview(interviewers=({"name": "Dana Smith", "email": "dana@example.com"},),  # type: ignore[arg-type]
                          company="Example", role="Engineer", topics=("the roadmap",))
    try:
        linter.lint(sample, interview, now=datetime(2026, 1, 1, 12, tzinfo=timezone.utc))
    except Exception:  # warming is an optimisation only: the real run reports any problem
        pass
    try:
        linter._warmed = True  # type: ignore[attr-defined]
    except AttributeError:
        pass


def _init_worker(linter: Linter | None, config: Any, now: datetime | None, crash_findings: bool) -> None:
    if linter is None:  # spawned: rebuild the linter from its configuration
        from .engine import default_linter

        linter = default_linter(config)
    _WORKER.update(linter=linter, now=now, crash=crash_findings)
    warm(linter)


def _worker(item: Any) -> BatchEntry:
    return lint_one(_WORKER["linter"], item, _WORKER.get("now"), _WORKER.get("crash", False))


def _entries(linter: Linter, items: list[Any], jobs: int, now: datetime | None,
             crash_findings: bool) -> Iterator[BatchEntry]:
    if jobs == 1 or len(items) < 2 * jobs:
        for item in items:
            yield lint_one(linter, item, now, crash_findings)
        return
    import multiprocessing

    method = "spawn" if os.name == "nt" else "fork"
    ctx = multiprocessing.get_context(method)
    if method == "fork":
        import gc

        warm(linter)  # the children inherit the warm linter instead of each loading it again
        # objects that exist now are never collected in the children: the collector would otherwise
        # touch (and so copy) every shared page of the word list in each of them
        gc.freeze()
    # chunks: large enough to amortise the round trip, small enough to balance the load at the end
    chunk = max(1, min(256, len(items) // (jobs * 16)))
    inherited = linter if method == "fork" else None
    try:
        with ctx.Pool(jobs, initializer=_init_worker,
                      initargs=(inherited, linter.config, now, crash_findings)) as pool:
            yield from pool.imap(_worker, items, chunksize=chunk)
    finally:
        if method == "fork":
            gc.unfreeze()


def lint_many(linter: Linter, items: Iterable[Any], *, jobs: int | None = None, now: datetime | None = None,
              crash_findings: bool = False,
              progress: Callable[[int, int | None], Any] | None = None) -> Iterator[Report | FollowupLintError]:
    """``Linter.lint_many``: see there."""
    config = linter.config
    if jobs is None:
        jobs = (config.jobs if config.jobs else None) or os.cpu_count() or 1
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    total = len(items) if isinstance(items, Sized) else None
    materialised = list(items)
    entries = _entries(linter, materialised, jobs, now, crash_findings)
    # batch rules compare notes of the same interview: only those reports wait for their partners
    if len(materialised) > 1 and linter.batch_rules:
        yield from _stream(linter, entries, materialised, progress, total)
        return
    for done, entry in enumerate(entries, 1):
        if progress is not None:
            progress(done, total)
        assert entry.report is not None
        yield entry.report


_UNKNOWN_LAST = -1


def _key(interview: Any) -> Any:
    try:
        hash(interview)
        return interview
    except TypeError:  # an unhashable interview: compared by identity
        return id(interview)


def _stream(linter: Linter, entries: Iterable[BatchEntry], materialised: list[Any],
            progress: Callable[[int, int | None], Any] | None, total: int | None) -> Iterator[Report | FollowupLintError]:
    """Yield the reports (which arrive in input order) as soon as the batch rules cannot change them.

    Batch rules compare the notes of one interview, so a report is held back only until the last item
    that could share its interview has arrived: the last pair with an equal interview, or the last path
    (whose interview is known only once the file is read). The batch rules run once per interview, on that
    interview's notes (``Linter.check_batch``).
    """
    last_known: dict[Any, int] = {}
    last_path = _UNKNOWN_LAST
    for i, item in enumerate(materialised):
        if isinstance(item, os.PathLike):
            last_path = i
        elif isinstance(item, tuple) and len(item) == 2 and item[1] is not None:
            last_known[_key(item[1])] = i
    done: list[BatchEntry] = []
    extras: dict[Any, dict[int, list[Finding]]] = {}  # per interview: {index: its batch findings}
    # the indices of the arrived entries of each interview, in input order (kept as they arrive: a scan of
    # ``done`` per interview was quadratic in a batch where every note has its own interview)
    groups: dict[Any, list[int]] = {}

    def ready(i: int) -> bool:
        entry = done[i]
        if entry.interview is None or not isinstance(entry.report, Report):
            return True
        return len(done) > max(last_known.get(_key(entry.interview), _UNKNOWN_LAST), last_path)

    def release(i: int) -> Report | FollowupLintError:
        entry = done[i]
        report = entry.report
        assert report is not None
        if entry.interview is None or not isinstance(report, Report):
            return report
        k = _key(entry.interview)
        if k not in extras:
            members = groups[k]
            found = linter.check_batch([done[j] for j in members])
            extras[k] = {members[m]: f for m, f in found.items()}
        extra = extras[k].get(i)
        return merge_findings(report, extra) if extra else report

    head = 0
    for entry in entries:
        if entry.interview is not None:
            groups.setdefault(_key(entry.interview), []).append(len(done))
        done.append(entry)
        if progress is not None:
            progress(len(done), total)
        while head < len(done) and ready(head):
            yield release(head)
            head += 1
    while head < len(done):
        yield release(head)
        head += 1


def merge_findings(report: Report, extra: Sequence[Finding]) -> Report:
    """A new report with ``extra`` findings merged in order (reports are immutable)."""
    if not extra:
        return report
    import dataclasses

    order = {None: 0, "subject": 1, "body": 2}

    def key(f: Finding) -> tuple[Any, ...]:
        s = f.span
        return (order[s.field if s else None], s.start if s else 0, s.end if s else 0, f.code, f.message)

    findings = sorted((*report.findings, *extra), key=key)
    return dataclasses.replace(report, findings=tuple(findings))
