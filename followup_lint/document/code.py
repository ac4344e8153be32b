"""Lines of a Markdown note that are not the writer's prose sentences: a statement of code typed outside any
fence; and the names the note's code uses. (A company's question copied from a take-home questionnaire is
``document.questionnaire``'s.)

These are readings of the text (``Document.code_lines``, ``Document.code_identifiers``), shared by the
mechanics rules (FL101-FL107): a line of SQL is no sentence ("update image_table set id_image_type = ? where id = ?;"), and a one-letter name of the
note's code named again in its prose ("the current value of i now is 5") is no pronoun.
"""

from __future__ import annotations

import re
from functools import lru_cache
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


@lru_cache(maxsize=1)
def _command_line() -> re.Pattern[str]:
    """A command typed as its own line: a program of ``data/markup.toml`` [command_line] (after an optional
    prompt "$ "), its options, a script's file name, its arguments (a dot only inside a word: "data.csv"); no
    sentence's stop in it or at its end."""
    from ..spelling.lexicon import read_toml_data

    programs = read_toml_data("markup.toml")["command_line"]["programs"].split()
    alternatives = "|".join(sorted(map(re.escape, programs), key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:\$[ \t]+)?(?:{alternatives})(?:[ \t]+-[\w-]{{1,30}})*[ \t]+[\w./\\-]{{1,100}}"
                      rf"\.[A-Za-z0-9]{{1,5}}(?![\w.])(?:[ \t](?:[^\n.!?]|\.(?=\S)){{0,300}})?[ \t]*\r?$", re.MULTILINE)


def code_line_ranges(own: str, lo: int = 0, hi: int | None = None) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each line between ``lo`` and ``hi`` that is a statement of code typed outside a
    fence ("update image_table set id_image_type = ? where id = ?;", "let total = price * count;") or a command
    typed as it is run ("python assignment.py y m d < input_file"): no sentence of the writer's, so not judged as
    one (its "?" is a parameter, its "where" no sentence start)."""
    hi = len(own) if hi is None else hi
    lines = [(m.start(), m.end()) for m in _CODE_LINE.finditer(own, lo, hi)] if ";" in own else []
    if "." in own and "\n" in own:
        lines.extend((m.start(), m.end()) for m in _command_line().finditer(own, lo, hi))
        lines.sort()
    return tuple(lines)


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
