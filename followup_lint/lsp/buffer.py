"""One editor buffer as the linter sees it: the bytes handed to the loader, and where the draft's fields sit.

A compose file from mutt, neomutt or aerc is an email message with the headers at the top, written in
UTF-8 with no MIME encoding; its header values are encoded (RFC 2047) before the loader reads them, so
that a non-ASCII subject or name is read as written. Spans are then mapped back to the buffer by where
the subject and the body sit in it: the body is the buffer's tail (text, Markdown, templates and plain
compose files), the subject follows ``Subject:`` (or ``subject =`` in front matter). When a field cannot
be found verbatim (a base64 body, say), the finding's :class:`~followup_lint.Location` is used and its
fixes are not offered.
"""

from __future__ import annotations

import email.header
import email.utils
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ..loaders import TEMPLATE_SUFFIXES, TEXT_SUFFIXES, _looks_like_email
from .positions import Positions

__all__ = ["loader_bytes", "BufferMap", "Placed", "Analysis"]

_HEADER: Final = re.compile(r"([A-Za-z0-9-]{1,76}):([^\r\n]*)")
_ADDRESS_HEADERS: Final = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender"})
_SUBJECT_AT: Final = re.compile(r"(?im)^(?:subject:[ \t]*|subject[ \t]*=[ \t]*[\"'])")


def _encode_value(name: str, value: str) -> str:
    if name.lower() in _ADDRESS_HEADERS:
        pairs = email.utils.getaddresses([value])
        if all(addr for _, addr in pairs):
            return ", ".join(email.utils.formataddr((real, addr), charset="utf-8") if real else addr
                             for real, addr in pairs)
    return email.header.Header(value.strip(), "utf-8", maxlinelen=1_000_000).encode()


def loader_bytes(text: str, name: str) -> bytes:
    """The buffer as bytes for :func:`~followup_lint.loaders.load_data`.

    For an email buffer, each header line with non-ASCII text gets its value encoded as the loader
    expects of a message; lines are kept, so line numbers do not move.
    """
    data = text.encode("utf-8", "surrogatepass")
    suffix = Path(name).suffix.lower()
    if data.isascii() or suffix in TEXT_SUFFIXES + TEMPLATE_SUFFIXES:
        return data
    if suffix != ".eml" and not _looks_like_email(data):
        return data
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            out.extend(lines[i:])
            break
        m = _HEADER.match(line)
        if m and not line.isascii():
            ending = line[len(line.rstrip("\r\n")):]
            line = f"{m.group(1)}: {_encode_value(m.group(1), m.group(2))}{ending}"
        out.append(line)
    return "".join(out).encode("utf-8", "surrogatepass")


class BufferMap:
    """Where the draft's ``subject`` and ``body`` start in the buffer (code points), where known."""

    def __init__(self, text: str, draft: Any) -> None:
        body: str = draft.body
        self.body: int | None = len(text) - len(body) if text.endswith(body) else None
        self.subject: int | None = None
        subject: str = draft.subject
        if subject:
            head = text[: self.body if self.body is not None else len(text)]
            for m in _SUBJECT_AT.finditer(head):
                if head.startswith(subject, m.end()):
                    self.subject = m.end()
                    break

    def start_of(self, field_name: str) -> int | None:
        return self.body if field_name == "body" else self.subject

    def edit_range(self, edit: Any) -> tuple[int, int] | None:
        base = self.start_of(edit.field)
        return None if base is None else (base + edit.start, base + edit.end)


@dataclass
class Placed:
    """A finding and the code-point range of the buffer it is shown at: its span's, or for a finding about
    the whole draft, the first line of the body."""

    finding: Any
    start: int
    end: int


@dataclass
class Analysis:
    """The result of linting one version of a buffer."""

    text: str
    source: Any = None              # the loaded Source (None when it could not be read)
    report: Any = None
    problem: str | None = None      # why it was not linted (over max-size, unreadable): one diagnostic
    placed: list[Placed] = field(default_factory=list)
    bmap: BufferMap | None = None
    registry: Any = None
    kind: str = "text"
    ignored: tuple[str, ...] = ()   # rules ignored for this buffer by the client (while it is open)

    def place_all(self) -> None:
        """Map every finding of the report onto the buffer."""
        assert self.report is not None and self.bmap is not None
        positions = Positions(self.text, "utf-32")
        first, _ = positions.position(self.bmap.body if self.bmap.body is not None else 0)
        whole = (positions.starts[first], positions.line_end(first))
        self.placed = []
        for f in self.report.findings:
            start, end = whole
            base = self.bmap.start_of(f.span.field) if f.span is not None else None
            if f.span is not None and base is not None and not f.data.get("rendered"):
                start, end = base + f.span.start, base + f.span.end
            elif f.span is not None and f.location is not None:
                loc = f.location
                start = positions.from_columns(loc.line, loc.column)
                end = max(start, positions.from_columns(loc.end_line, loc.end_column))
            self.placed.append(Placed(f, start, end))
