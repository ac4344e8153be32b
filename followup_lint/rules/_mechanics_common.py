"""Helpers shared by the mechanics rules: which parts of the candidate's text are not prose.

URLs, addresses, handles, inline code, placeholders, numbers and emoji are "protected": no mechanics
rule reports anything inside them. The ranges are computed once per draft (``ctx.memo``).
"""

from __future__ import annotations

import bisect
from itertools import compress
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ..document import Document
    from ..rule import RuleContext

__all__ = ["Protected", "protected", "paragraphs", "LOWERCASE_I"]

# (a "placeholder" token is protected too: as the placeholder it stands for, added once, with the others)
_PROTECTED_KINDS: Final = frozenset({"url", "email", "handle", "code", "number", "emoji"})
_KIND: Final = itemgetter(3)      # Token.kind
_SPAN: Final = itemgetter(0, 1)   # (Token.start, Token.end)
_P_START, _P_END = attrgetter("start"), attrgetter("end")  # of a Placeholder

#: "i" and its contractions written in lower case (apostrophes straightened)
LOWERCASE_I: Final = frozenset({"i", "i'm", "i've", "i'd", "i'll"})


class Protected:
    """Sorted, non-overlapping ranges of non-prose tokens, with O(log n) membership."""

    __slots__ = ("starts", "ends")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ranges.sort()
        self.starts = [s for s, _ in ranges]
        self.ends = [e for _, e in ranges]

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a protected token."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def range_at(self, pos: int) -> tuple[int, int] | None:
        """The protected range that covers ``pos``, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and pos < self.ends[i] else None

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def protected(ctx: RuleContext, field: str = "body") -> Protected:
    """The protected ranges of the body's own text (or of the subject): ``ctx.analysis.field(field)``."""
    return ctx.analysis.field(field).protected


def build_protected(doc: Document, field: str) -> Protected:
    """Protected tokens (URLs, addresses, code...) and placeholders of a field."""
    tokens, kinds = (doc.tokens, doc.token_kinds) if field == "body" else (
        doc.subject_tokens, map(_KIND, doc.subject_tokens))
    # (start, end) of the tokens of a protected kind: filtered in C (most tokens are words)
    ranges = list(map(_SPAN, compress(tokens, map(_PROTECTED_KINDS.__contains__, kinds))))
    placeholders = doc.placeholders if field == "body" else doc.subject_placeholders
    # (every "placeholder" token spans one of these: its range is not listed twice, each walk over the
    # ranges, such as unbalanced-delimiter's, takes half the steps in a template of slots)
    ranges.extend(zip(map(_P_START, placeholders), map(_P_END, placeholders)))
    return Protected(ranges)


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Blank-line separated blocks of ``text[start:end]`` (offsets into ``text``)."""
    out: list[tuple[int, int]] = []
    pos = start
    n = end
    block_start: int | None = None
    last_content = start
    while pos < n:
        nl = text.find("\n", pos, n)
        line_end = n if nl < 0 else nl
        line = text[pos:line_end]
        if line.strip():
            if block_start is None:
                block_start = pos
            last_content = line_end
        elif block_start is not None:
            out.append((block_start, last_content))
            block_start = None
        pos = line_end + 1
    if block_start is not None:
        out.append((block_start, last_content))
    return out
