"""Offsets and positions: the one place where a span's line and column are computed."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import Final

__all__ = ["LineIndex"]

_BREAKS: Final = ("\r\n", "\n", "\r")
_BREAK: Final = re.compile(r"\r\n?|\n")
_PLUS_ONE: Final = (1).__add__
_NEAR_START: Final = 4096  # offsets up to which ``LineIndex.position`` counts lines rather than list them all


class LineIndex:
    """Maps code-point offsets of one string to 1-based (line, column).

    ``\\r\\n``, ``\\n`` and ``\\r`` each count as one line break; columns count code points.
    """

    __slots__ = ("text", "_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None  # (listed on first need: see ``position``)

    @property
    def starts(self) -> list[int]:
        """The offset where each line starts."""
        starts = self._starts
        if starts is None:
            text = self.text
            # one pass in C: the former find("\n") / find("\r") pair scanned to the end for the "\r" of
            # every line of an LF-only text (quadratic: a 25 MB .eml took minutes)
            starts = [0]
            if "\r" in text:
                starts.extend(m.end() for m in _BREAK.finditer(text))
            else:  # LF only (the usual text): each line's start from the lengths of the lines before, in C
                starts.extend(accumulate(map(_PLUS_ONE, map(len, text.split("\n")[:-1]))))
            self._starts = starts
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` (0 <= offset <= len(text))."""
        if self._starts is None and 0 <= offset <= _NEAR_START and self.text.find("\r", 0, offset) < 0:
            # (an offset near the start, the lines before it broken by LF only: counted there, and the
            # 250,000 lines of a 1 MB draft whose one finding is its greeting are not listed)
            text = self.text
            return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def line_range(self, line: int) -> tuple[int, int]:
        """Start and end (before the line break) of 1-based ``line``."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    @property
    def line_count(self) -> int:
        return len(self.starts)
