"""Offsets in a buffer and LSP positions: lines end at ``\\r\\n``, ``\\n`` or ``\\r`` (as the protocol says,
and as :class:`~followup_lint.Span` counts them); characters are counted in the negotiated code units
(UTF-16 by default, so an emoji or any other character outside the Basic Multilingual Plane is two).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, Final

__all__ = ["Positions", "units"]

_BREAK: Final = re.compile(r"\r\n|\n|\r")


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _utf8(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


_UNITS: Final[dict[str, Callable[[str], int]]] = {"utf-16": _utf16, "utf-8": _utf8, "utf-32": len}


def units(encoding: str | None) -> Callable[[str], int]:
    """The function that counts a string's code units in ``encoding`` (``"utf-16"`` when unknown)."""
    return _UNITS.get(str(encoding or "utf-16").lower(), _utf16)


class Positions:
    """Converts code-point offsets into ``text`` to ``(line, character)`` pairs and back (both 0-based)."""

    def __init__(self, text: str, encoding: str | None = "utf-16") -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        self._count = units(encoding)

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_end(self, line: int) -> int:
        """The offset where ``line``'s text ends (before its line break)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            if self.text[end - 2:end] == "\r\n":
                return end - 2
            return end - 1
        return len(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        offset = min(offset, self.line_end(line))
        return line, self._count(self.text[self.starts[line]:offset])

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of a position; past the end of a line is its end, past the last line the end."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self.line_end(line)
        seen = 0
        for i in range(start, end):
            if seen >= character:
                return i
            seen += self._count(self.text[i])
        return end

    def from_columns(self, line: int, column: int) -> int:
        """The offset of 1-based ``line`` and code-point ``column`` (as in a :class:`~followup_lint.Location`)."""
        if line < 1:
            return 0
        if line > len(self.starts):
            return len(self.text)
        start = self.starts[line - 1]
        return min(start + max(column, 1) - 1, self.line_end(line - 1))
