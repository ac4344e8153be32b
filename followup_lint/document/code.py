"""Lines of a Markdown note that are not the writer's prose sentences: a company's question heading copied from
a take-home questionnaire, and a statement of code typed outside any fence; and the names the note's code uses.

These are readings of the text (``Document.question_headings``, ``Document.code_lines``,
``Document.code_identifiers``), shared by the mechanics rules (FL101-FL107): the company's question is not the
writer's text ("### Q) Is it possible to run mutli task in the same time in javascript? and why?"), a line of
SQL is no sentence ("update image_table set id_image_type = ? where id = ?;"), and a one-letter name of the
note's code named again in its prose ("the current value of i now is 5") is no pronoun.
"""

from __future__ import annotations

import re
from typing import Final, Iterable

from .._lazy import LazyPattern

__all__ = ["ASKING_HEADING", "question_heading_ranges", "code_line_ranges", "code_identifiers"]

#: a Markdown heading that asks: a take-home form's question copied as a section title ("### Q) How did you
#: find the test overall? Did you have any issues?If you have suggestions, we'd love to hear them.", "####
#: **Q) Which parts are you most proud of? And why?**"), or the form's question copied as a line of its own
#: under its label ("Q) Did you have any issues?If ...", "Q2: Which parts were the most challenging?",
#: "Question 3. ...?")
ASKING_HEADING: Final = LazyPattern(
    r"[ \t]{0,3}(?:#{1,6}[ \t]+|(?=Q(?:uestion)?[ \t]?\d{0,2}[).:][ \t]))[^\n?]{0,300}\?")

#: a company's question under the form's question label ("Q)", "Q2:", "Question 3."), in a heading or bold or on a
#: line of its own: "### Q) Is it possible to run mutli task in the same time in javascript? and why?", "####
#: **Q) Which parts are you most proud of? And why?**". A question heading without the form's label ("## what
#: you are proud of, and why?") may be the writer's retyping, judged as the writer's text (twenty-third i-104)
_LABELLED_QUESTION: Final = LazyPattern(
    r"[ \t]{0,3}(?:#{1,6}[ \t]*)?(?:\*\*|__)?Q(?:uestion)?[ \t]?\d{0,3}[ \t]?[).:-][ \t][^\n?]{0,300}\?")

#: a line that may be a question heading: a heading's marks or the form's question label at its start
_HEADING_START: Final = LazyPattern(r"^[ \t]{0,3}(?:#|Q|\*\*Q|__Q)", re.MULTILINE)


def question_heading_ranges(own: str, lo: int = 0, hi: int | None = None) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each line between ``lo`` and ``hi`` that is a company's question under the form's
    label (``_LABELLED_QUESTION``): the form's text, not the writer's, so neither its spelling nor its mechanics
    are judged (thirty-fourth batch, SOURCES-github-a "Decisions"). A heading that asks nothing ("## Notes") is
    the writer's own title."""
    hi = len(own) if hi is None else hi
    if "?" not in own:
        return ()
    spans: list[tuple[int, int]] = []
    for m in _HEADING_START.finditer(own, lo, hi):
        start = m.start()
        nl = own.find("\n", start, hi)
        end = hi if nl < 0 else nl
        if _LABELLED_QUESTION.match(own, start, end) is not None:
            spans.append((start, end))
    return tuple(spans)


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
