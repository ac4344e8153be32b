"""Lines of a Markdown note that are not the writer's prose sentences: a statement of code typed outside any
fence; and the names the note's code uses. (A company's question copied from a take-home questionnaire is
``document.questionnaire``'s.)

These are readings of the text (``Document.code_lines``, ``Document.code_identifiers``), shared by the
mechanics rules (FL101-FL107): a line of SQL is no sentence ("update image_table set id_image_type = ? where id = ?;"), and a one-letter name of the
note's code named again in its prose ("the current value of i now is 5") is no pronoun.
"""

from __future__ import annotations

import re
from typing import Final, Iterable

from .._lazy import LazyPattern

__all__ = ["code_line_ranges", "code_identifiers"]

#: a statement of code typed as a line of the note, outside any fence: it ends with ";" (SQL, C-like languages)
#: and holds an operator of code: an assignment or a comparison ("id = ?", "x += 1", "i < 5") or a call glued
#: to its name ("console.log(i);"); no sentence's stop followed by a space inside it ("We met; it went well."
#: and "I chose React; it is fast." are prose)
_CODE_LINE: Final = LazyPattern(
    r"^[ \t]*(?=[^\n]*?(?:[ \t](?:[-+*/!<>=]?=|[<>])[ \t]|\w\())(?![^\n]*?[.!?][ \t]+[A-Z])[^\n]{1,300}?;[ \t]*\r?$",
    re.MULTILINE)


def code_line_ranges(own: str, lo: int = 0, hi: int | None = None) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each line between ``lo`` and ``hi`` that is a statement of code typed outside a
    fence ("update image_table set id_image_type = ? where id = ?;", "let total = price * count;"): no
    sentence of the writer's, so not judged as one (its "?" is a parameter, its "where" no sentence start)."""
    hi = len(own) if hi is None else hi
    if ";" not in own:
        return ()
    return tuple((m.start(), m.end()) for m in _CODE_LINE.finditer(own, lo, hi))


#: a name in code: a letter or underscore, then letters, digits, underscores
_IDENTIFIER: Final = LazyPattern(r"(?<![\w.$])[A-Za-z_]\w{0,40}")
#: inline code: one to three backticks around text on one line
_INLINE_CODE: Final = LazyPattern(r"(`{1,3})([^`\n]{1,200})\1")


def code_identifiers(text: str, blocks: Iterable[tuple[int, int]],
                     lines: Iterable[tuple[int, int]] = ()) -> frozenset[str]:
    """The names used in the note's code: in its fenced blocks (``blocks``, spans into ``text``), its code
    lines typed outside a fence (``lines``) and its inline code ("`i`", "`Promise.all()`"). "for (var i = 0;
    i < 5; i++)" uses "for", "var" and "i"."""
    names: set[str] = set()
    for s, e in (*blocks, *lines):
        names.update(_IDENTIFIER.findall(text, s, e))
    if "`" in text:
        for m in _INLINE_CODE.finditer(text):
            names.update(_IDENTIFIER.findall(m.group(2)))
    return frozenset(names)
