"""The interview book: where it lives, reading it, matching a message to an interview, and updating it.

The book is TOML with one ``[[interview]]`` table per interview, in the API's field names
(``[[interview.interviewers]]``, ``[[interview.followups]]``). It is found at ``--interviews FILE``,
else ``$FOLLOWUP_LINT_INTERVIEWS``, else ``interviews.toml`` in the user's config directory.

Updates (a sent follow-up, "answered", a new interview) rewrite the file atomically (a temporary file
beside it, then ``os.replace``) under a lock, keep everything else in it, comments included (through
``tomlkit``), and are checked by reading the result back before it replaces the book.
"""

from __future__ import annotations

import dataclasses
import email.utils
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Final, Iterable, Iterator, Mapping, Sequence

from ..errors import InputError
from ..model import FollowUp, Interview, address_of

__all__ = ["ENV_VAR", "FILE_NAME", "BookLocation", "locate", "read_book", "interview_key", "recipients_from",
           "sendmail_recipients", "match", "record_followup", "mark_answered", "add_interview", "describe"]

ENV_VAR: Final = "FOLLOWUP_LINT_INTERVIEWS"
FILE_NAME: Final = "interviews.toml"

# sendmail / msmtp options whose value may come as the next argument ("-f me@x.example"): the value is
# never a recipient (it is the sender, an account, a file...).
_VALUE_OPTIONS: Final = frozenset({"-f", "-F", "-r", "-a", "-C", "-N", "-R", "-V", "-X", "-B", "-L", "-h", "-p",
                                   "-O", "-q", "-Q", "--from", "--account", "--file", "--host", "--port",
                                   "--user", "--domain", "--auth", "--logfile"})


@dataclass(frozen=True)
class BookLocation:
    """Where the book is; ``explicit`` when the user named it (a missing file then deserves a word)."""

    path: Path
    explicit: bool


def locate(option: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> BookLocation:
    """``--interviews``, else ``$FOLLOWUP_LINT_INTERVIEWS``, else ``interviews.toml`` in the config dir."""
    env = os.environ if environ is None else environ
    if option:
        return BookLocation(Path(option).expanduser(), True)
    if env.get(ENV_VAR):
        return BookLocation(Path(env[ENV_VAR]).expanduser(), True)
    import platformdirs

    return BookLocation(Path(platformdirs.user_config_dir("followup-lint", appauthor=False)) / FILE_NAME, False)


def _parse_text(text: str, path: Path) -> Any:
    from ..loaders import parse_structured

    return parse_structured(text, path)


def _read_text(path: Path) -> str | None:
    from .._io import read_capped

    if not os.path.exists(path):
        return None
    data = read_capped(path, what="interview book")  # regular files only, bounded
    from ..loaders import decode_text

    return decode_text(data, str(path))


def _interviews_from(data: Any, path: Path) -> list[Interview]:
    from ..loaders import interviews_from_data

    return interviews_from_data(data, path)


def read_book(path: str | os.PathLike[str]) -> list[Interview]:
    """The interviews in the book, in file order; a missing or empty file is an empty book.

    Every problem is an :class:`InputError` of one line that names the file.
    """
    p = Path(path)
    text = _read_text(p)
    if text is None:
        return []
    return _interviews_from(_parse_text(text, p), p)


# -- matching ------------------------------------------------------------------------------------------

def recipients_from(values: Iterable[str]) -> set[str]:
    """The addresses (lower-cased address parts) in header values or arguments; non-addresses dropped."""
    out = set()
    for _, addr in email.utils.getaddresses([v for v in values if v]):
        addr = addr.strip().lower()
        if "@" in addr:
            out.add(addr)
    return out


def sendmail_recipients(args: Sequence[str]) -> list[str]:
    """The non-option arguments of a sendmail-style command line (``args`` without the program)."""
    out: list[str] = []
    skip_next = False
    options_done = False
    for arg in args:
        if skip_next:
            skip_next = False
            continue
        if options_done or not arg.startswith("-") or arg == "-":
            out.append(arg)
            continue
        if arg == "--":
            options_done = True
        elif arg in _VALUE_OPTIONS:
            skip_next = True
    return out


def interview_key(interview: Interview) -> list[Any]:
    """What identifies an interview when the book is read again (its index may have moved)."""
    return [interview.company, interview.role,
            interview.ended_at.isoformat() if interview.ended_at else None,
            sorted(address_of(p.email) for p in interview.interviewers if p.email)]


def match(interviews: Sequence[Interview], recipients: Iterable[str], when: datetime | None) -> int | None:
    """The index of the interview the message is about, or ``None``.

    An interview matches when one of its interviewers' addresses is among ``recipients`` (address parts,
    case-insensitive). Of several, the latest that ended before ``when``; if none has, the next to end
    (a note sent too early is still that interview's, so the timing rules can say so).
    """
    wanted = {r.strip().lower() for r in recipients if r}
    hits = [i for i, iv in enumerate(interviews)
            if any(p.email and address_of(p.email) in wanted for p in iv.interviewers)]
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0]
    when = when or datetime.now(timezone.utc)
    ended = [i for i in hits if (ended_at := interviews[i].ended_at) is not None and ended_at <= when]
    if ended:
        return max(ended, key=lambda i: (interviews[i].ended_at, i))  # type: ignore[arg-type,return-value]
    upcoming = [i for i in hits if interviews[i].ended_at is not None]
    if upcoming:
        return min(upcoming, key=lambda i: (interviews[i].ended_at, i))  # type: ignore[arg-type,return-value]
    return hits[-1]


def describe(interview: Interview) -> str:
    """``Acme, Staff Engineer (Priya Raman, Sam Lee)`` for messages."""
    what = ", ".join(x for x in (interview.company, interview.role) if x) or "interview"
    people = ", ".join(p.name for p in interview.interviewers)
    return f"{what} ({people})" if people else what


def find(interviews: Sequence[Interview], index: int | None, key: Sequence[Any] | None) -> int | None:
    """The interview at ``index`` if its key still matches, else the one with ``key``."""
    if index is not None and 0 <= index < len(interviews):
        if key is None or interview_key(interviews[index]) == list(key):
            return index
    if key is not None:
        for i, iv in enumerate(interviews):
            if interview_key(iv) == list(key):
                return i
    return None


# -- updating ------------------------------------------------------------------------------------------

@contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """An exclusive lock on the book's folder, so that two sends do not lose each other's record."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: the atomic replace still protects the file's integrity
        yield
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _read_for_update(path: Path) -> tuple[str | None, bool, bool]:
    """The book's text with LF line endings, and whether it had a BOM and CRLF line endings."""
    from .._io import read_capped

    if not os.path.exists(path):
        return None, False, False
    from ..loaders import decode_text

    raw = read_capped(path, what="interview book")
    text = decode_text(raw, str(path))
    return text.replace("\r\n", "\n"), raw.startswith(b"\xef\xbb\xbf"), b"\r\n" in raw


def _write_atomic(target: Path, data: bytes) -> None:
    from .._io import write_atomic

    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # the book is personal: a new one is private; a symlinked book (dotfiles) keeps its link
    write_atomic(target, data, through_symlink=True, new_mode=0o600)


def _interview_table(interview: Interview) -> dict[str, Any]:
    """The interview as plain TOML-ready data: native datetimes, no empty or unset keys."""
    out: dict[str, Any] = {}
    for key in ("company", "role", "started_at", "ended_at", "timezone", "topics", "strengths", "questions"):
        value = getattr(interview, key)
        if value is None or value == ():
            continue
        out[key] = list(value) if isinstance(value, tuple) else value
    if interview.interviewers:
        out["interviewers"] = [{k: v for k, v in p.to_dict().items() if v is not None} for p in interview.interviewers]
    if interview.followups:
        out["followups"] = [{"sent_at": f.sent_at, "answered": f.answered} for f in interview.followups]
    return out


def _update(path: Path, change: Any) -> list[Interview]:
    """Apply ``change(doc_interviews, plain_interviews)`` to the book under a lock; return the new book.

    ``change`` gets the list of interview tables of the parsed document (tomlkit containers, or plain
    dicts for JSON) and must edit it in place; the result is read back and must equal ``expected``.
    """
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _locked(target.parent):
        text, bom, crlf = _read_for_update(target)
        before = _interviews_from(_parse_text(text or "", target), target)
        expected, edit = change(before)
        if target.suffix.lower() == ".json":
            data = json.loads(text) if text and text.strip() else {"interview": []}
            items = data if isinstance(data, list) else data.get("interview") if isinstance(data, dict) else None
            if not isinstance(items, list):
                raise InputError(f"{target}: cannot update: the book must hold a list of interviews")
            edit(items, plain=True)
            new_text = json.dumps(_jsonable(data), indent=2, ensure_ascii=False) + "\n"
        else:
            import tomlkit

            doc = tomlkit.parse(text or "")
            if "interview" not in doc:
                if len(doc) and text and text.strip():
                    raise InputError(f"{target}: cannot update: keep the interviews in [[interview]] tables")
                doc.append("interview", tomlkit.aot())
            items = doc["interview"]
            if not isinstance(items, list):
                raise InputError(f"{target}: cannot update: write the interview as [[interview]] (an array of "
                                 f"tables), not [interview]")
            edit(items, plain=False)
            new_text = tomlkit.dumps(doc)
            if new_text and not new_text.endswith("\n"):
                new_text += "\n"
        after = _interviews_from(_parse_text(new_text, target), target)
        if after != expected:  # never write a book that does not say what we meant
            raise InputError(f"{target}: could not update the book safely; it was left unchanged")
        if crlf:  # keep the file's line endings (and its BOM, below)
            new_text = new_text.replace("\r\n", "\n").replace("\n", "\r\n")
        try:
            data = new_text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(f"{target}: cannot update: a new value is not valid text (a byte that is not "
                             f"UTF-8, from the command line?); the book was left unchanged") from None
        _write_atomic(target, (b"\xef\xbb\xbf" if bom else b"") + data)
        return after


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _append_table(table: Any, key: str, row: dict[str, Any], plain: bool) -> None:
    if plain:
        table.setdefault(key, []).append(row)
        return
    import tomlkit

    if isinstance(table, tomlkit.items.InlineTable):  # `interview = [{...}]`: stay inline (valid TOML)
        if key in table:
            table[key].append(_inline(row))
        else:
            table[key] = _inline([row])
        return
    item = tomlkit.table()
    item.update(row)
    item.add(tomlkit.nl())  # keep a blank line before whatever follows (the next interview)
    if key in table:
        table[key].append(item if isinstance(table[key], tomlkit.items.AoT) else row)
        return
    aot = tomlkit.aot()
    aot.append(item)
    table.append(key, aot)


def _inline(value: Any) -> Any:
    """``value`` as inline tomlkit items (tables inside an inline array cannot be [[...]] tables)."""
    import tomlkit

    if isinstance(value, dict):
        table = tomlkit.inline_table()
        table.update({k: _inline(v) for k, v in value.items()})
        return table
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(_inline(v) for v in value)
        return array
    return value


def record_followup(path: str | os.PathLike[str], index: int | None, key: Sequence[Any] | None,
                    sent_at: datetime) -> Interview:
    """Append ``FollowUp(sent_at)`` to the interview (found by index, checked by key); return it updated."""
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise InputError("the send time of a recorded follow-up must carry a time zone")
    found: list[int] = []

    def change(before: list[Interview]) -> Any:
        i = find(before, index, key)
        if i is None:
            raise InputError(f"{path}: the interview this message matched is no longer in the book")
        found.append(i)
        expected = list(before)
        expected[i] = dataclasses.replace(before[i], followups=(*before[i].followups, FollowUp(sent_at=sent_at)))

        def edit(items: Any, plain: bool) -> None:
            _append_table(items[i], "followups", {"sent_at": sent_at, "answered": False}, plain)

        return expected, edit

    return _update(Path(path), change)[found[0]]


def mark_answered(path: str | os.PathLike[str], index: int) -> Interview:
    """Mark the latest follow-up of interview ``index`` as answered; return it updated."""

    def change(before: list[Interview]) -> Any:
        if not 0 <= index < len(before):
            raise InputError(f"{path}: there is no interview {index + 1} (the book holds {len(before)})")
        iv = before[index]
        if not iv.followups:
            raise InputError(f"{describe(iv)}: no follow-up has been sent yet, so none can be answered")
        ups = list(iv.followups)
        ups[-1] = FollowUp(sent_at=ups[-1].sent_at, answered=True)
        expected = list(before)
        expected[index] = dataclasses.replace(iv, followups=tuple(ups))

        def edit(items: Any, plain: bool) -> None:
            items[index]["followups"][-1]["answered"] = True

        return expected, edit

    return _update(Path(path), change)[index]


def add_interview(path: str | os.PathLike[str], interview: Interview) -> int:
    """Append ``interview`` to the book (created if missing); return its index."""
    count: list[int] = []

    def change(before: list[Interview]) -> Any:
        count.append(len(before))
        expected = [*before, interview]
        row = _interview_table(interview)

        def edit(items: Any, plain: bool) -> None:
            if plain:
                items.append(_jsonable(row))
                return
            import tomlkit

            if not isinstance(items, tomlkit.items.AoT):  # an inline array of interviews
                items.append(_inline(row))
                return
            table = tomlkit.table()
            for k, v in row.items():
                if k in ("interviewers", "followups"):
                    aot = tomlkit.aot()
                    for r in v:
                        t = tomlkit.table()
                        t.update(r)
                        aot.append(t)
                    table.append(k, aot)
                else:
                    table.append(k, v)
            if len(items):
                table.trivia.indent = "\n"  # a blank line between interviews
            items.append(table)

        return expected, edit

    _update(Path(path), change)
    return count[0]
