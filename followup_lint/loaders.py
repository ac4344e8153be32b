"""Loaders: ``.eml`` messages, text and Markdown drafts with front matter, interview files and books.

Only this module (and the CLI and hook) read files. Every problem is an :class:`InputError` whose
message names the file and says what is wrong in one line.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import email.utils
import email.header
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import timezone
from pathlib import Path
from typing import Any, Final, Mapping

from .errors import InputError
from .model import Draft, Interview, Source
from .results import Location, Span
from ._io import MAX_FILE_BYTES, read_capped
from .text import LineIndex

__all__ = ["load", "load_data", "draft_from_email", "load_interviews", "load_interview", "Origin", "TEXT_SUFFIXES",
           "TEMPLATE_SUFFIXES", "MAX_FILE_BYTES"]

TEXT_SUFFIXES: Final = (".txt", ".md", ".markdown")
TEMPLATE_SUFFIXES: Final = (".j2", ".jinja", ".jinja2", ".tmpl")
_FRONT_KEYS: Final = frozenset(
    "subject to cc bcc sender sent_at sent-at attachments template ignore interview sample".split()
)
_SUPPRESS: Final = re.compile(r"<!--\s*followup-lint:\s*ignore\s+([^>]*?)\s*-->", re.IGNORECASE)


@dataclass(frozen=True)
class Origin:
    """Where the draft's fields sit in the file: used to turn spans into :class:`Location`."""

    path: str
    subject_line: int = 1
    subject_column: int = 1   # column of the subject's first character
    body_line: int = 1
    body_column: int = 1
    exact: bool = True        # False when the body was decoded (base64, quoted-printable)
    body_lines: int | None = None
    hidden: tuple[tuple[int, int], ...] = field(default=())

    def locate(self, span: Span) -> Location:
        if span.field == "subject":
            return Location(self.path, self.subject_line, self.subject_column + span.column - 1,
                            self.subject_line, self.subject_column + span.end_column - 1)
        line = self.body_line + span.line - 1
        end_line = self.body_line + span.end_line - 1
        col = span.column + (self.body_column - 1 if span.line == 1 else 0)
        end_col = span.end_column + (self.body_column - 1 if span.end_line == 1 else 0)
        if not self.exact and self.body_lines is not None:
            last = self.body_line + max(self.body_lines - 1, 0)
            line, end_line = min(line, last), min(end_line, last)
        return Location(self.path, line, col, end_line, end_col)


def _read_bytes(path: Path) -> bytes:
    # regular files only, at most MAX_FILE_BYTES (a FIFO, /dev/zero or a huge file is refused by name)
    return read_capped(path, MAX_FILE_BYTES)


def decode_text(data: bytes, where: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from None


def load(path: str | os.PathLike[str] | bytes) -> Source:
    """Read a draft: an ``.eml`` message (or raw message ``bytes``), or a text/Markdown/template file."""
    if isinstance(path, (bytes, bytearray)):
        draft, origin = _email_with_origin(bytes(path), "<bytes>")
        return Source(draft=draft, path=None, kind="eml", origin=origin)
    p = Path(path)
    data = _read_bytes(p)
    suffix = p.suffix.lower()
    if suffix == ".eml" or (suffix not in TEXT_SUFFIXES + TEMPLATE_SUFFIXES and _looks_like_email(data)):
        draft, origin = _email_with_origin(data, str(path))
        return Source(draft=draft, path=str(path), kind="eml", origin=origin)
    text = decode_text(data, str(path))
    kind = "markdown" if suffix in (".md", ".markdown") else "jinja" if suffix in TEMPLATE_SUFFIXES else "text"
    return _text_source(text, str(path), kind)


def load_data(data: bytes, name: str = "-") -> Source:
    """Read a draft from ``data`` (stdin, for example) as if it were a file called ``name``.

    The suffix of ``name`` picks the kind as in :func:`load`; without one, a message with email headers
    is read as ``.eml`` and anything else as text.
    """
    suffix = Path(name).suffix.lower() if name not in ("", "-") else ""
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{name}: the input is {len(data):,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for a draft")
    if suffix == ".eml" or (suffix not in TEXT_SUFFIXES + TEMPLATE_SUFFIXES and _looks_like_email(data)):
        draft, origin = _email_with_origin(data, name)
        return Source(draft=draft, path=name, kind="eml", origin=origin)
    text = decode_text(data, name)
    kind = "markdown" if suffix in (".md", ".markdown") else "jinja" if suffix in TEMPLATE_SUFFIXES else "text"
    return _text_source(text, name, kind)


def _looks_like_email(data: bytes) -> bool:
    head = data[:2000].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    names = re.findall(rb"(?m)^([A-Za-z-]{2,40}):", head)
    return len({n.lower() for n in names} & {b"from", b"to", b"subject", b"date", b"message-id", b"mime-version"}) >= 2


def _text_source(text: str, where: str, kind: str) -> Source:
    index = LineIndex(text)
    meta: dict[str, Any] = {}
    body_start = 0
    if text.startswith("+++"):
        first_end = index.line_range(1)[1]
        if text[:first_end].strip() == "+++":
            close = None
            for line in range(2, index.line_count + 1):
                s, e = index.line_range(line)
                if text[s:e].strip() == "+++":
                    close = line
                    break
            if close is None:
                raise InputError(f"{where}: the front matter opened with '+++' on line 1 is never closed")
            fs = index.starts[1]
            fe = index.line_range(close)[0]
            try:
                meta = tomllib.loads(text[fs:fe].replace("\r\n", "\n"))
            except tomllib.TOMLDecodeError as exc:
                raise InputError(f"{where}: front matter is not valid TOML: {exc}") from None
            body_start = index.starts[close] if close < index.line_count else len(text)
    unknown = sorted(set(meta) - _FRONT_KEYS)
    if unknown:
        raise InputError(f"{where}: unknown front-matter key {unknown[0]!r} (known: {', '.join(sorted(_FRONT_KEYS))})")
    subject = meta.get("subject", "")
    subject_line, subject_col = 1, 1
    line_no = index.line_of(body_start)
    if body_start < len(text):
        s, e = index.line_range(line_no)
        m = re.match(r"Subject:[ \t]*", text[s:e])
        if m and "subject" not in meta:
            subject = text[s + m.end():e]
            subject_line, subject_col = line_no, m.end() + 1
            body_start = index.starts[line_no] if line_no < index.line_count else len(text)
            # one blank line after the subject separates it from the body
            nl = index.line_of(body_start)
            if body_start < len(text) and not text[slice(*index.line_range(nl))].strip():
                body_start = index.starts[nl] if nl < index.line_count else len(text)
    body = text[body_start:]
    hidden = tuple((m.start(), m.end()) for m in _SUPPRESS.finditer(body)) if kind in ("markdown", "jinja", "text") else ()
    if kind in ("markdown", "jinja", "text") and "ignore-next-line" in body:
        from .suppress import find_line_ignores

        hidden = tuple(sorted((*hidden, *((ig.start, ig.end) for ig in find_line_ignores(body, kind)))))
    suppressed: list[str] = []
    for m in _SUPPRESS.finditer(body):
        suppressed.extend(x.strip() for x in re.split(r"[,\s]+", m.group(1)) if x.strip())
    try:
        draft = Draft(
            body=body,
            subject=_str(meta.get("subject", subject), "subject", where),
            # Draft checks the types (`to = 5` is an InputError naming the key, not a TypeError)
            to=meta.get("to", ()), cc=meta.get("cc", ()), bcc=meta.get("bcc", ()),
            sender=meta.get("sender"),
            sent_at=meta.get("sent_at", meta.get("sent-at")),
            attachments=meta.get("attachments", ()),
        )
        interview = Interview.from_dict(meta["interview"]) if "interview" in meta else None
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    template = meta.get("template", False)
    if not isinstance(template, bool):
        raise InputError(f"{where}: front-matter 'template' must be true or false")
    ignore = meta.get("ignore", [])
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list) or not all(isinstance(x, str) for x in ignore):
        raise InputError(f"{where}: front-matter 'ignore' must be a list of rule codes or names")
    sample = meta.get("sample", {})
    if not isinstance(sample, Mapping):
        raise InputError(f"{where}: front-matter [sample] must be a table")
    origin = Origin(path=where, subject_line=subject_line, subject_column=subject_col,
                    body_line=index.line_of(body_start) if body_start < len(text) else index.line_count,
                    hidden=hidden)
    return Source(draft=draft, interview=interview, template=template, ignore=tuple(ignore) + tuple(suppressed),
                  sample=dict(sample), path=where, kind=kind, origin=origin)


def _str(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise InputError(f"{where}: front-matter '{key}' must be a string")
    return value


# -- email ---------------------------------------------------------------------------------------------

def _decode_payload(part: email.message.Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a broken transfer encoding: take the raw payload
        payload = None
    if payload is None:
        raw = part.get_payload()
        if isinstance(raw, str):
            return raw
        return ""
    if not isinstance(payload, bytes):
        return str(payload)
    charset = None
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    for enc in (charset, "utf-8", "cp1252"):
        if not enc:
            continue
        try:
            return payload.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def _header(msg: email.message.Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:
        value = None
        try:
            raw = msg._headers  # type: ignore[attr-defined]
            value = next((v for k, v in raw if k.lower() == name.lower()), None)
        except Exception:
            value = None
    if value is None:
        return ""
    try:
        text = str(value)
    except Exception:
        text = ""
    if "=?" in text:
        try:
            text = str(email.header.make_header(email.header.decode_header(text)))
        except Exception:
            pass
    return " ".join(text.replace("\x00", "").split())


def _addresses(msg: email.message.Message, name: str) -> tuple[str, ...]:
    value = _header(msg, name)
    if not value:
        return ()
    out = []
    for real, addr in email.utils.getaddresses([value]):
        if not addr or "@" not in addr:
            continue
        try:
            out.append(email.utils.formataddr((real, addr)) if real else addr)
        except UnicodeError:  # an internationalised address (RFC 6532): formataddr wants ASCII
            out.append(f"{real} <{addr}>")
    return tuple(out)


def _walk(msg: email.message.Message, depth: int = 0):  # type: ignore[no-untyped-def]
    if depth > 60:
        return
    if msg.is_multipart():
        payload = msg.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, email.message.Message):
                    yield from _walk(sub, depth + 1)
    else:
        yield msg


def _parse_message(message: bytes | str | email.message.Message) -> email.message.Message:
    if isinstance(message, email.message.Message):
        return message
    if isinstance(message, str):
        message = message.encode("utf-8", "surrogateescape")
    try:
        return email.message_from_bytes(message, policy=email.policy.compat32)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        raise InputError(f"not a readable email message: {exc}") from None


def draft_from_email(message: bytes | str | email.message.Message) -> Draft:
    """Decoded headers and body: text/plain preferred, else text/html; attachments by file name."""
    return _draft_from_message(_parse_message(message))[0]


def _draft_from_message(msg: email.message.Message) -> tuple[Draft, email.message.Message | None]:
    plain = html = None
    attachments: list[str] = []
    for part in _walk(msg):
        try:
            ctype = part.get_content_type()
        except Exception:
            ctype = "text/plain"
        try:
            disposition = (part.get_content_disposition() or "").lower()
            filename = part.get_filename()
        except Exception:
            disposition, filename = "", None
        if disposition == "attachment" or (filename and not ctype.startswith("text/")):
            attachments.append(_clean_filename(filename) or ctype)
            continue
        if ctype == "text/plain" and plain is None:
            plain = part
        elif ctype == "text/html" and html is None:
            html = part
    chosen = plain if plain is not None else html
    body = _decode_payload(chosen) if chosen is not None else ""
    body = body.replace("\x00", "")
    sent_at = None
    date = _header(msg, "Date")
    if date:
        try:
            sent_at = email.utils.parsedate_to_datetime(date)
            if sent_at is not None and sent_at.tzinfo is None:
                sent_at = sent_at.replace(tzinfo=timezone.utc)  # "-0000": UTC, origin unknown (RFC 5322 3.3)
        except (TypeError, ValueError, IndexError, OverflowError):
            sent_at = None
    sender = _addresses(msg, "From")
    draft = Draft(body=body, subject=_header(msg, "Subject"), to=_addresses(msg, "To"), cc=_addresses(msg, "Cc"),
                  bcc=_addresses(msg, "Bcc"), sender=sender[0] if sender else None, sent_at=sent_at,
                  attachments=tuple(attachments))
    return draft, chosen


def _clean_filename(name: str | None) -> str | None:
    if not name:
        return None
    return " ".join(str(name).split())


def _email_with_origin(data: bytes, where: str) -> tuple[Draft, Origin]:
    try:
        msg = _parse_message(data)
        draft, part = _draft_from_message(msg)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    text = data.decode("latin-1")
    index = LineIndex(text)
    subject_line, subject_col = 1, 1
    m = re.search(r"(?im)^Subject:[ \t]*", text)
    if m:
        subject_line = index.line_of(m.start())
        subject_col = m.end() - index.starts[subject_line - 1] + 1
        if "=?" in text[m.end():m.end() + 200].split("\n", 1)[0]:
            subject_col = 1
    split = re.search(r"\r?\n\r?\n", text)
    header_end = split.end() if split else len(text)
    body_line = index.line_of(min(header_end, len(text)))
    exact = False
    body = draft.body
    first = next((ln for ln in body.splitlines() if ln.strip()), "")
    probe = first.strip()[:40]
    if probe:
        try:
            pos = text.find(probe.encode("utf-8").decode("latin-1"), header_end)
        except Exception:
            pos = -1
        if pos >= 0:
            body_first_line = index.line_of(pos)
            leading = body[: body.find(first)].count("\n") if first in body else 0
            body_line = max(1, body_first_line - leading)
            encoding = (part.get("Content-Transfer-Encoding", "") if part is not None else "").lower()
            exact = encoding in ("", "7bit", "8bit", "binary") and not LineIndex(body).line_count > index.line_count
    return draft, Origin(path=where, subject_line=subject_line, subject_column=subject_col, body_line=body_line,
                         exact=exact, body_lines=None if exact else max(1, index.line_count - body_line + 1))


# -- interviews ----------------------------------------------------------------------------------------

def parse_structured(text: str, path: Path) -> Any:
    """TOML, or JSON for a ``.json`` path; a one-line ``InputError`` naming the file when invalid."""
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text) if text.strip() else {}
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not valid JSON: {exc.msg} at line {exc.lineno}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None


def _read_structured(path: Path) -> Any:
    return parse_structured(decode_text(_read_bytes(path), str(path)), path)


def interviews_from_data(data: Any, path: str | Path) -> list[Interview]:
    """The interviews in parsed TOML/JSON: one interview (its fields at the top level), an ``interview``
    table or array of tables (a book; no other top-level key), or a JSON list. Empty data holds none."""
    if not data:
        return []
    if isinstance(data, Mapping) and "interview" in data:
        extra = sorted(set(data) - {"interview"})
        if extra:
            raise InputError(f"{path}: unknown top-level key {extra[0]!r} (an interview book holds "
                             f"[[interview]] tables only)")
        data = data["interview"]
    items = data if isinstance(data, list) else [data]
    out = []
    for i, item in enumerate(items):
        try:
            out.append(Interview.from_dict(item))
        except InputError as exc:
            label = f" (interview {i + 1})" if len(items) > 1 else ""
            raise InputError(f"{path}{label}: {exc}") from None
    return out


def load_interviews(path: str | Path) -> list[Interview]:
    """Every interview in a file: one interview (its fields at the top, or an ``[interview]`` table) or a
    book (``[[interview]]`` tables; in JSON a list or ``{"interview": [...]}``)."""
    return interviews_from_data(_read_structured(Path(path)), path)


def load_interview(path: str | Path) -> Interview:
    """The one interview in ``path`` (an ``InputError`` if it holds several)."""
    items = load_interviews(path)
    if len(items) != 1:
        raise InputError(f"{path}: holds {len(items)} interviews; pass it as a book (--interviews)")
    return items[0]


