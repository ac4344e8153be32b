"""``followup-lint sendmail ... -- COMMAND ARGS...``: lint a follow-up on its way out, then pass it on.

What it promises (CONTRACT section 9):

- The message is read from stdin into a private spool (memory while under 1 MiB, then an unnamed file of
  mode 0600 in a private folder under ``$TMPDIR``) and given to ``COMMAND ARGS...`` byte for byte; the
  command's exit status is returned. A spool that cannot be written: exit 75, the command never runs.
- The lint runs in a child process bounded by ``--timeout``: a crash or a timeout sends the message
  anyway with a warning on stderr (fail-open), or exits 75 with ``--fail-closed``.
- A finding at or above ``--fail-on`` blocks: the findings on stderr, nothing sent, exit 65. Findings
  about when the message is sent (FL401-FL407) never block: they are shown on stderr and it is sent.
- A message that matches no interview in the book passes untouched and unlinted.
- ``FOLLOWUP_LINT_SKIP=1`` runs the command directly on our stdin: no spool, no lint, no record.
- After a matched message is sent (exit 0), the book records it as a ``FollowUp`` unless ``--no-record``;
  a message sent unchecked (timeout, crash) is matched without the linter and recorded too, or stderr
  says that the book was not updated.
- SIGTERM, SIGHUP or SIGINT during the check: the lint child is stopped, the spool removed, exit 75
  (nothing sent). During delivery: the hook waits for the command and returns its status, so a client
  that retries does not send the message twice.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import IO, Any, BinaryIO, Final, Sequence

from .._escape import escape

__all__ = ["SendmailOptions", "run", "Spool", "EX_DATAERR", "EX_TEMPFAIL", "EX_USAGE", "SKIP_VAR"]

EX_USAGE: Final = 2          # the CLI's usage-error status (CONTRACT 8)
EX_DATAERR: Final = 65       # sysexits: blocked, the message has a problem
EX_TEMPFAIL: Final = 75      # sysexits: try again later; nothing was sent
SKIP_VAR: Final = "FOLLOWUP_LINT_SKIP"
SPOOL_MEMORY: Final = 1024 * 1024
CHUNK: Final = 64 * 1024
# the lint child's module (a constant so that the tests can run a misbehaving child in its place)
_CHILD_MODULE: Final = "followup_lint.hook._child"
_SIGNALS: Final = ("SIGTERM", "SIGHUP", "SIGINT")
_SEND_ANYWAY: Final = ("To send it anyway: FOLLOWUP_LINT_SKIP=1 (skips the check for that one send), "
                       "or --fail-on never in your sendmail setting.")


@dataclass(frozen=True)
class SendmailOptions:
    command: tuple[str, ...]
    fail_on: str = "error"
    interviews: str | None = None
    timeout: float = 5.0
    fail_closed: bool = False
    record: bool = True
    config: str | None = None


def _say(stderr: IO[str], text: str) -> None:
    try:
        stderr.write(f"followup-lint: {escape(text)}\n")
        stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr closed (2>&-): the exit status still speaks
        pass


class _Stopped(BaseException):
    """A signal asked the hook to stop while nothing had been sent (a BaseException: the hook's
    ``except Exception`` guards, which fail open, must not catch it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """SIGTERM/SIGHUP/SIGINT: during the check they stop the hook (:class:`_Stopped`); during delivery
    they are held, so the hook waits for the command and returns its status (no duplicate on retry)."""

    def __init__(self) -> None:
        self.delivering = False
        self.previous: dict[int, Any] = {}

    def _handle(self, signum: int, frame: Any) -> None:
        if not self.delivering:
            raise _Stopped(signum)

    def __enter__(self) -> _Signals:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():  # handlers can only be set there
            for name in _SIGNALS:
                num = getattr(signal, name, None)
                if num is not None:
                    self.previous[num] = signal.signal(num, self._handle)
        return self

    def __exit__(self, *exc: Any) -> None:
        import signal

        for num, handler in self.previous.items():
            signal.signal(num, handler)


class Spool:
    """The message, in memory while small, then in an unnamed 0600 file in a private folder."""

    def __init__(self, base: str | None = None, memory: int = SPOOL_MEMORY) -> None:
        base = base if base is not None else (os.environ.get("TMPDIR") or tempfile.gettempdir())
        self.directory = tempfile.mkdtemp(prefix="followup-lint-", dir=base)  # mode 0700
        self._memory_limit = memory
        self._buffer: io.BytesIO | None = io.BytesIO()
        self._file: BinaryIO | None = None
        self.size = 0

    @property
    def on_disk(self) -> bool:
        return self._file is not None

    def write(self, data: bytes) -> None:
        if self._file is None and self.size + len(data) > self._memory_limit:
            self._file = tempfile.TemporaryFile(dir=self.directory)  # mkstemp: mode 0600, unlinked at once
            assert self._buffer is not None
            self._file.write(self._buffer.getbuffer())
            self._buffer = None
        (self._file or self._buffer).write(data)  # type: ignore[union-attr]
        self.size += len(data)

    def fill_from(self, stream: BinaryIO) -> None:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            self.write(chunk)
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())

    def memory(self) -> bytes | None:
        """The bytes when held in memory, else ``None``."""
        return None if self._buffer is None else self._buffer.getvalue()

    def rewound_fd(self) -> int:
        """The spool file's descriptor at offset 0 (only when ``on_disk``)."""
        assert self._file is not None
        fd = self._file.fileno()
        os.lseek(fd, 0, os.SEEK_SET)
        return fd

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        self._buffer = None
        shutil.rmtree(self.directory, ignore_errors=True)


def _feed(spool: Spool) -> dict[str, Any]:
    """Popen keyword arguments that give the child the spooled message on stdin (plus the input)."""
    if spool.on_disk:
        return {"stdin": spool.rewound_fd()}
    return {"stdin": subprocess.PIPE, "input": spool.memory()}


def _lint(spool: Spool, options: SendmailOptions, book: str, explicit: bool, now: datetime,
          stderr: IO[str]) -> tuple[str, dict[str, Any] | None]:
    """Run the lint child: ``("ok", verdict)``, ``("timeout", None)`` or ``("crash", None)``."""
    params = {"book": book, "explicit": explicit, "args": list(options.command[1:]), "now": now.isoformat(),
              "fail_on": options.fail_on, "config": options.config}
    cmd = [sys.executable, "-m", _CHILD_MODULE, json.dumps(params)]
    feed = _feed(spool)
    data = feed.pop("input", None)
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **feed)
    except OSError as exc:
        _say(stderr, f"could not start the check: {exc}")
        return "crash", None
    try:
        out, err = proc.communicate(input=data, timeout=options.timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return "timeout", None
    except BaseException:  # a signal (_Stopped) or an interrupt: never leave the child running
        proc.kill()
        proc.wait()
        raise
    if proc.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        if tail:
            _say(stderr, f"the check crashed: {tail[0]}")
        return "crash", None
    try:
        verdict = json.loads(out.decode("utf-8"))
        if not isinstance(verdict, dict) or "status" not in verdict:
            raise ValueError("no status")
    except ValueError:
        return "crash", None
    return "ok", verdict


def _send(spool: Spool | None, command: Sequence[str], stderr: IO[str]) -> int:
    """Run the real command with the spooled message on stdin (``spool=None``: with our own stdin)."""
    feed = _feed(spool) if spool is not None else {}
    if "input" in feed:
        del feed["stdin"]  # run() makes the pipe itself
    try:
        proc = subprocess.run(list(command), **feed)
    except FileNotFoundError:
        _say(stderr, f"cannot run {command[0]!r}: no such command; nothing was sent")
        return 127
    except PermissionError:
        _say(stderr, f"cannot run {command[0]!r}: permission denied; nothing was sent")
        return 126
    except OSError as exc:
        _say(stderr, f"cannot run {command[0]!r}: {exc.strerror or exc}; nothing was sent")
        return EX_TEMPFAIL
    code = proc.returncode
    return 128 - code if code < 0 else code  # killed by signal N: 128 + N, as a shell reports it


def _skip_requested() -> bool:
    return os.environ.get(SKIP_VAR, "").strip().lower() in ("1", "true", "yes", "on")


def run(options: SendmailOptions, *, stdin: BinaryIO | None = None, stderr: IO[str] | None = None,
        now: datetime | None = None) -> int:
    """The whole hook; returns the process exit status."""
    err = stderr if stderr is not None else (sys.stderr or io.StringIO())  # stderr may be closed
    if not options.command:
        _say(err, "no command to pass the message to: give it after --, for example "
                  "'followup-lint sendmail -- /usr/sbin/sendmail -oi -oem'")
        return EX_USAGE
    if _skip_requested():  # the command reads our own stdin: nothing of ours can get in the way
        return _send(None, options.command, err)
    received = now or datetime.now(timezone.utc)   # the hook is an edge: it may read the clock
    source = stdin if stdin is not None else sys.stdin.buffer
    with _Signals() as signals:
        try:
            return _run(options, source, received, err, signals)
        except _Stopped as stop:
            _say(err, f"stopped by signal {stop.signum} during the check; nothing was sent (exit 75)")
            return EX_TEMPFAIL


def _run(options: SendmailOptions, source: BinaryIO, received: datetime, err: IO[str], signals: _Signals) -> int:
    from .book import locate

    try:
        spool = Spool()
    except OSError as exc:
        _say(err, f"cannot create a spool for the message ({exc.strerror or exc}: check TMPDIR); "
                  f"nothing was sent")
        return EX_TEMPFAIL
    try:
        try:
            spool.fill_from(source)
        except OSError as exc:
            _say(err, f"cannot spool the message ({exc.strerror or exc}); nothing was sent")
            return EX_TEMPFAIL
        where = None
        verdict: dict[str, Any] | None
        try:
            where = locate(options.interviews)
            if not where.explicit and not where.path.exists():
                outcome, verdict = "ok", {"status": "unmatched"}  # no book yet: nothing can match
            else:
                outcome, verdict = _lint(spool, options, str(where.path), where.explicit, received, err)
        except Exception as exc:  # a bug of ours must not lose the message either
            _say(err, f"the check failed: {type(exc).__name__}: {exc}")
            outcome, verdict = "crash", None
        state = verdict.get("status") if verdict is not None else None
        problem = None
        if outcome == "timeout":
            problem = f"the check took longer than {options.timeout:g} s"
        elif outcome == "crash":
            problem = "the check crashed"
        elif state == "error":
            problem = f"the check could not run: {verdict.get('message', 'unknown error')}"  # type: ignore[union-attr]
        elif state != "blocked" and verdict is not None and verdict.get("crashed"):
            problem = f"rule {', '.join(verdict['crashed'])} crashed, so part of the check did not run"
        if problem is not None:
            if options.fail_closed:
                _say(err, f"{problem}; not sent (--fail-closed): exit 75, try again later")
                return EX_TEMPFAIL
            _say(err, f"{problem}; sending the message anyway")
        if state == "blocked" and verdict is not None:
            lines = verdict.get("lines", [])
            n = verdict.get("blocking", 0)
            _say(err, f"not sent: {n} finding{'s' if n != 1 else ''} at or above {options.fail_on} in this "
                      f"follow-up to {verdict.get('interview', 'an interview')}")
            try:
                for line in lines:
                    err.write(line + "\n")
                err.flush()
            except (OSError, ValueError):
                pass
            _say(err, _SEND_ANYWAY)
            return EX_DATAERR
        if state == "pass" and verdict is not None and verdict.get("timing"):
            _say(err, "sending; about when it is sent (this never blocks, no edit can fix it):")
            try:
                for line in verdict["timing"]:
                    err.write(line + "\n")
                err.flush()
            except (OSError, ValueError):
                pass
        signals.delivering = True  # from here on a signal waits for the command (no duplicate send)
        status = _send(spool, options.command, err)
        if status == 0 and options.record and where is not None:
            if verdict is not None and state == "pass" and "index" in verdict:
                _record(where.path, verdict, err)
            elif problem is not None:  # sent unchecked: match it without the linter
                _record_unchecked(spool, options, where, received, err)
        return status
    finally:
        spool.close()


def _record_unchecked(spool: Spool, options: SendmailOptions, where: Any, received: datetime,
                      stderr: IO[str]) -> None:
    """Record a message that went out without a verdict (timeout, crash): matching needs no linter."""
    from ._child import find_interview
    from .book import interview_key

    params = {"book": str(where.path), "explicit": where.explicit, "args": list(options.command[1:]),
              "now": received.isoformat()}
    try:
        stream: IO[bytes]
        if spool.on_disk:
            stream = open(os.dup(spool.rewound_fd()), "rb")
        else:
            held = spool.memory()
            assert held is not None  # a spool not on disk holds the message in memory
            stream = io.BytesIO(held)
        with stream:
            interviews, index, _, when = find_interview(stream, params)
    except Exception as exc:  # the message is sent: say so, never fail
        _say(stderr, f"the message was sent, but the interview book was not updated: {exc}")
        return
    if index is not None:
        _record(where.path, {"index": index, "key": interview_key(interviews[index]), "sent_at": when.isoformat()},
                stderr)


def _record(path: Any, verdict: dict[str, Any], stderr: IO[str]) -> None:
    """Add the sent message to the book; a failure is a warning: the message is already sent."""
    from ..errors import FollowupLintError
    from .book import record_followup

    try:
        record_followup(path, verdict.get("index"), verdict.get("key"), datetime.fromisoformat(verdict["sent_at"]))
    except (FollowupLintError, OSError, ValueError, KeyError) as exc:
        _say(stderr, f"the message was sent, but the interview book was not updated: {exc}")
    except Exception as exc:  # never turn a sent message into a failure the client would retry
        _say(stderr, f"the message was sent, but the interview book was not updated: "
                     f"{type(exc).__name__}: {exc}")
