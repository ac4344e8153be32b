"""The API edge: batch runs and the pre-send check for Python programs."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sized

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


def _one(item: Any, config: Config | None, now: datetime | None) -> Report | FollowupLintError:
    return _one_full(item, config, now)[0]


def _one_full(item: Any, config: Config | None,
              now: datetime | None) -> tuple[Report | FollowupLintError, Interview | None, str | None]:
    """Lint one item; also return its interview and path (what the duplicate-note comparison needs)."""
    interview: Interview | None = None
    path: str | None = None
    try:
        linter = default_linter(config)
        if isinstance(item, (str, os.PathLike)) and not isinstance(item, str) or isinstance(item, Path):
            from .loaders import load

            path = os.fspath(item)
            source = load(item)
            interview = source.interview
            return linter.lint(source.draft, source.interview, now=now, source=source), interview, path
        if isinstance(item, tuple) and len(item) == 2:
            draft, interview = item
            return linter.lint(draft, interview, now=now), interview, path
        return linter.lint(item, None, now=now), None, path
    except FollowupLintError as exc:
        return exc, interview, path


# Per-worker state: the config, ``now`` and whether results must carry their interview are sent once,
# when the worker starts, not with every item.
_WORKER: dict[str, Any] = {}


def _warm(config: Config | None) -> None:
    """Build the default Linter for ``config`` and lint one small draft, so that lazily loaded resources
    (the word list, name data) are loaded: in the parent before forking (the workers inherit them) or
    once per worker where processes are spawned."""
    linter = default_linter(config)
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


def _init_worker(config: Config | None, now: datetime | None, full: bool) -> None:
    _WORKER.update(config=config, now=now, full=full)
    _warm(config)


def _worker(item: Any) -> Any:
    if _WORKER.get("full"):
        return _one_full(item, _WORKER.get("config"), _WORKER.get("now"))
    return _one(item, _WORKER.get("config"), _WORKER.get("now"))


def _compares_notes(config: Config | None) -> bool:
    """Is duplicate-note enabled (so that results must wait for the whole batch)?"""
    return any(rule.name == "duplicate-note" for rule in default_linter(config).rules)


_UNKNOWN_LAST = -1


def _stream(results: Iterable[tuple[Any, Interview | None, str | None]], materialised: list[Any],
            config: Config | None, progress: Callable[[int, int | None], Any] | None,
            total: int | None) -> Iterator[Report | FollowupLintError]:
    """Yield the results (which arrive in input order) as soon as duplicate-note cannot change them.

    A note is compared only with notes of the same interview, so a report is held back only until the
    last item that could share its interview has arrived: the last pair with an equal interview, or the
    last path (whose interview is known only once the file is read). The comparison runs once per
    interview, on that interview's notes (``rules.duplicate.find_duplicates``).
    """
    from .rules.duplicate import find_duplicates, with_duplicates

    def key(interview: Any) -> Any:
        try:
            hash(interview)
            return interview
        except TypeError:  # an unhashable interview: compared by identity, as find_duplicates does
            return id(interview)

    last_known: dict[Any, int] = {}
    last_path = _UNKNOWN_LAST
    for i, item in enumerate(materialised):
        if isinstance(item, os.PathLike):
            last_path = i
        elif isinstance(item, tuple) and len(item) == 2 and item[1] is not None:
            last_known[key(item[1])] = i
    done: list[tuple[Any, Interview | None, str | None]] = []
    extras: dict[Any, dict[int, list[Any]]] = {}  # per interview: {index: its duplicate-note findings}

    def ready(i: int) -> bool:
        result, interview, _ = done[i]
        if interview is None or not isinstance(result, Report):
            return True
        return len(done) > max(last_known.get(key(interview), _UNKNOWN_LAST), last_path)

    def release(i: int) -> Report | FollowupLintError:
        result, interview, _ = done[i]
        if interview is None or not isinstance(result, Report):
            return result
        k = key(interview)
        if k not in extras:
            members = [j for j, (_, iv, _) in enumerate(done) if iv is not None and key(iv) == k]
            found = find_duplicates([(done[j][0].draft if isinstance(done[j][0], Report) else None, done[j][1],
                                      done[j][0], done[j][2]) for j in members], config=config)
            extras[k] = {members[m]: f for m, f in found.items()}
        extra = extras[k].get(i)
        return with_duplicates(result, extra) if extra else result

    head = 0
    for outcome in results:
        done.append(outcome)
        if progress is not None:
            progress(len(done), total)
        while head < len(done) and ready(head):
            yield release(head)
            head += 1
    while head < len(done):
        yield release(head)
        head += 1


def _plain(outcomes: Iterable[tuple[Any, Any, Any]], progress: Callable[[int, int | None], Any] | None,
           total: int | None) -> Iterator[Report | FollowupLintError]:
    for done, (result, _, _) in enumerate(outcomes, 1):
        if progress is not None:
            progress(done, total)
        yield result


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
    ``duplicate-note`` finding (``rules.duplicate.find_duplicates``): a report with an interview waits
    until the last item that could share that interview is linted (the last pair with an equal interview,
    or the last path, whose interview is known only once read); reports without one never wait.

    ``progress(done, total)`` is called in the calling process after each report is produced; ``total``
    is ``len(items)`` when ``items`` has a length, else ``None``.
    """
    if jobs is None:
        jobs = (config.jobs if config is not None and config.jobs else None) or os.cpu_count() or 1
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    total = len(items) if isinstance(items, Sized) else None
    materialised = list(items)
    # duplicate-note compares notes of the same interview: only those reports wait for their partners
    compare = len(materialised) > 1 and _compares_notes(config)
    if jobs == 1 or len(materialised) < 2 * jobs:
        outcomes = (_one_full(item, config, now) for item in materialised)
        yield from (_stream(outcomes, materialised, config, progress, total) if compare
                    else _plain(outcomes, progress, total))
        return
    import multiprocessing

    method = "spawn" if os.name == "nt" else "fork"
    ctx = multiprocessing.get_context(method)
    if method == "fork":
        import gc

        _warm(config)  # the children inherit the warm linter instead of each loading it again
        # objects that exist now are never collected in the children: the collector would otherwise
        # touch (and so copy) every shared page of the word list in each of them
        gc.freeze()
    # chunks: large enough to amortise the round trip, small enough to balance the load at the end
    chunk = max(1, min(256, len(materialised) // (jobs * 16)))
    try:
        with ctx.Pool(jobs, initializer=_init_worker, initargs=(config, now, compare)) as pool:
            results = pool.imap(_worker, materialised, chunksize=chunk)
            if compare:
                yield from _stream(results, materialised, config, progress, total)
            else:
                yield from _plain(((r, None, None) for r in results), progress, total)
    finally:
        if method == "fork":
            gc.unfreeze()


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


