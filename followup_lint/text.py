"""Offsets and positions: the one place where a span's line and column are computed."""

from __future__ import annotations

import bisect
from typing import Final

__all__ = ["LineIndex"]

_BREAKS: Final = ("\r\n", "\n", "\r")


class LineIndex:
    """Maps code-point offsets of one string to 1-based (line, column).

    ``\\r\\n``, ``\\n`` and ``\\r`` each count as one line break; columns count code points.
    """

    __slots__ = ("text", "starts")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        i, n = 0, len(text)
        find_n, find_r = text.find, text.find
        while True:
            a = find_n("\n", i)
            b = find_r("\r", i)
            if a < 0 and b < 0:
                break
            j = a if b < 0 else b if a < 0 else min(a, b)
            if text[j] == "\r" and j + 1 < n and text[j + 1] == "\n":
                j += 1
            starts.append(j + 1)
            i = j + 1
        self.starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` (0 <= offset <= len(text))."""
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
