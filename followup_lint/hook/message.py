"""Read a message of any size in bounded memory: every header, and a bounded prefix of each part's body.

A 25 MB message is mostly attachments. For linting, only the headers (recipients, subject, date, the
names of attachments) and the text parts matter. :func:`skeleton` streams the message once, line by
line, follows the MIME boundaries, and keeps every header block whole (up to a limit) but only the first
bytes of each body: text parts up to :data:`TEXT_BUDGET`, other parts a few kilobytes. The result is an
ordinary, smaller message that :func:`followup_lint.loaders.draft_from_email` reads as it would the
original.
"""

from __future__ import annotations

import email.parser
import email.policy
from typing import BinaryIO, Final

__all__ = ["skeleton", "TEXT_BUDGET", "OTHER_BUDGET", "TOTAL_BUDGET", "HEADER_LIMIT"]

LINE_CHUNK: Final = 64 * 1024
HEADER_LIMIT: Final = 256 * 1024      # bytes of one header block kept
TEXT_BUDGET: Final = 1024 * 1024      # bytes of a text/* body kept
OTHER_BUDGET: Final = 4 * 1024        # bytes of any other body (an attachment, a preamble) kept
TOTAL_BUDGET: Final = 8 * 1024 * 1024  # bytes of bodies kept over the whole message


def _part_info(header_block: bytes) -> tuple[str, bytes | None]:
    """The content type of a header block and, for a multipart, its boundary marker (``--boundary``)."""
    try:
        headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(header_block)
        ctype = headers.get_content_type()
        boundary = headers.get_boundary() if ctype.startswith("multipart/") else None
    except Exception:  # a header the parser cannot read: treat the part as plain text
        return "text/plain", None
    if boundary:
        try:
            return ctype, b"--" + boundary.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            return ctype, None
    return ctype, None


def skeleton(stream: BinaryIO) -> bytes:
    """The message read from ``stream`` with every body cut to its budget (headers and boundaries kept)."""
    out = bytearray()
    markers: list[bytes] = []       # the open multipart boundaries, outermost first
    in_headers = True
    header = bytearray()
    budget = used = 0
    total = 0
    at_line_start = True
    dangling = False                # the last bytes written did not end a line

    def emit(data: bytes) -> None:
        nonlocal dangling
        out.extend(data)
        dangling = not data.endswith(b"\n")

    while True:
        line = stream.readline(LINE_CHUNK)
        if not line:
            break
        whole_line_start = at_line_start
        at_line_start = line.endswith(b"\n")
        if in_headers:
            if whole_line_start and line in (b"\n", b"\r\n"):
                ctype, marker = _part_info(bytes(header))
                emit(bytes(header) + line)
                header.clear()
                if marker is not None:
                    markers.append(marker)
                budget = TEXT_BUDGET if ctype.startswith("text/") else OTHER_BUDGET
                used = 0
                in_headers = False
            elif len(header) + len(line) <= HEADER_LIMIT:
                header.extend(line)
            continue
        if whole_line_start and markers and line.startswith(b"--"):
            stripped = line.rstrip(b"\r\n").rstrip(b" \t")
            hit = None
            for depth in range(len(markers) - 1, -1, -1):
                if stripped == markers[depth]:
                    hit = (depth, False)
                    break
                if stripped == markers[depth] + b"--":
                    hit = (depth, True)
                    break
            if hit is not None:
                depth, closing = hit
                if dangling:
                    emit(b"\r\n" if line.endswith(b"\r\n") else b"\n")
                emit(line)
                if closing:
                    del markers[depth:]
                    budget, used = OTHER_BUDGET, 0   # the epilogue
                else:
                    del markers[depth + 1:]
                    in_headers = True
                continue
        if used + len(line) <= budget and total + len(line) <= TOTAL_BUDGET:
            emit(line)
            used += len(line)
            total += len(line)
        else:
            used = budget  # cut here: no later, shorter line of this body sneaks in
    if in_headers and header:
        emit(bytes(header))
    return bytes(out)
