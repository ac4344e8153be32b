"""HTML bodies read as text through an offset map back to the HTML as given.

Scripts, styles and comments are dropped, block tags become line breaks, entities are decoded and
whitespace runs collapse to one space, as a browser shows them. ``starts[i]``/``ends[i]`` give the raw
range that produced text character ``i``, so a span of text maps back to whole entities and tags.
"""

from __future__ import annotations

import html
import re
from typing import Final

__all__ = ["looks_like_html", "html_to_text", "HtmlText"]

_DETECT: Final = re.compile(r"<(?:p|br|div|html|body|table|span)\b", re.IGNORECASE)
_TOKEN: Final = re.compile(
    r"<!--.*?(?:-->|\Z)"            # comment
    r"|<(script|style|head|title)\b[^>]*>.*?(?:</\1\s*>|\Z)"  # dropped elements
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|</?([A-Za-z][A-Za-z0-9:-]*)[^>]*>"  # a tag
    r"|<![^>]*>"                    # doctype
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",  # entity
    re.DOTALL | re.IGNORECASE,
)
_BLOCK: Final = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody thead tfoot tr ul".split()
)
# After the last ">" in the text only these can match (every other branch of _TOKEN needs a ">"): used
# there instead of _TOKEN, whose tag branches would otherwise scan to the end from every "<" and fail
# (quadratic on "<p<p<p..."). The two empty groups keep group numbers aligned with _TOKEN's.
_TAIL: Final = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?"
    r"|(?!)()()",
    re.DOTALL | re.IGNORECASE,
)
#: the characters ``html_to_text`` reads as whitespace outside <pre>; a run of them other than one lone
#: space (a lone space shows as itself), and a run of them
_SPACES: Final = " \t\r\n\f\v"
_SPACE_RUN: Final = re.compile(r"[ \t\r\n\f\v]{2,}|[\t\r\n\f\v]")
_LEADING_SPACE: Final = re.compile(r"[ \t\r\n\f\v]+")
_SHORT_TEXT: Final = 8  # characters of text between two tags up to which it is read a character at a time
_HEADINGS: Final = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_QUOTE_CLASS: Final = re.compile(r"""class\s*=\s*["'][^"']*\b(?:gmail_quote|moz-cite-prefix|OutlookMessageHeader|yahoo_quoted)\b""", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains one of the tags that mark an HTML body outside Markdown code: a code
    sample's ``<div>`` in a GitHub note (in backticks or a fenced block) leaves the note Markdown."""
    if _DETECT.search(text) is None:
        return False
    if "`" not in text and "~~~" not in text:
        return True
    from .structure import code_block_ranges

    kept, last = [], 0
    for lo, hi in code_block_ranges(text):
        kept.append(text[last:lo])
        last = hi
    kept.append(text[last:])
    return _DETECT.search(_INLINE_CODE.sub("", "".join(kept))) is not None


#: inline code in Markdown ("`<div>`")
_INLINE_CODE: Final = re.compile(r"`[^`\n]{1,200}`")


class HtmlText:
    """The text of an HTML string, with the raw range of every text character."""

    __slots__ = ("text", "starts", "ends", "quoted", "headings")

    def __init__(self, text: str, starts: list[int], ends: list[int], quoted: list[tuple[int, int]],
                 headings: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.quoted = quoted  # text ranges inside <blockquote> or a mail client's quote container
        self.headings = headings or []  # text ranges inside <h1>...<h6>: titles, not the note's prose


def _matches(raw: str):  # type: ignore[no-untyped-def]
    """The matches ``_TOKEN.finditer(raw)`` gives, in linear time.

    Up to the last ">" the search is bounded there (a tag then always finds its ">" without scanning
    further); a match cut short by the bound (a comment or script running on) is redone on the whole
    string. After the last ">" only ``_TAIL``'s branches can match.
    """
    n = len(raw)
    limit = raw.rfind(">") + 1
    pos = 0
    if limit:
        # (every branch of _TOKEN consumes a character: finditer goes on from each match's end, as a
        # search from there would)
        for m in _TOKEN.finditer(raw, 0, limit):
            if m.end() == limit < n:
                m = _TOKEN.match(raw, m.start()) or m
            yield m
            pos = m.end()
    yield from _TAIL.finditer(raw, pos)


def _tag_reading(token: str, tag: str) -> tuple[str, bool, int, bool]:
    """What the tag ``token`` (named ``tag``) does: its lower-case name, whether it closes, the line breaks
    it stands for as a block (0: none, or <pre>, read apart), whether it is a heading's."""
    name = tag.lower()
    breaks = 0
    if name in _BLOCK and name != "pre":
        breaks = 2 if name in ("p", "table", "blockquote") or name in _HEADINGS else 1
    return name, token.startswith("</"), breaks, name in _HEADINGS


def html_to_text(raw: str) -> HtmlText:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    quoted: list[tuple[int, int]] = []
    quote_depth = 0
    quote_start = 0
    div_quote_stack: list[bool] = []
    headings: list[tuple[int, int]] = []
    heading_start = -1
    pre = 0

    push, push_start, push_end = out.append, starts.append, ends.append

    def emit(ch: str, s: int, e: int) -> None:
        push(ch)
        push_start(s)
        push_end(e)

    def verbatim(a: int, b: int) -> None:
        # each character of raw[a:b] as itself, from its own position (in C: no Python step per character)
        out.extend(raw[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))

    def emit_text(chunk_start: int, chunk_end: int) -> None:
        # Outside <pre> a run of whitespace shows as one space (none after a space or a line break). A lone
        # " " after another character shows as itself, so only the other runs are looked at: the text
        # between them is copied whole, in C (a step per character made a 1 MB HTML body ~1 s).
        if chunk_end - chunk_start <= _SHORT_TEXT:  # (a word between two tags: stepped through, as the
            for i in range(chunk_start, chunk_end):   # search for runs costs more to set up)
                ch = raw[i]
                if ch in _SPACES and not pre:
                    if out and out[-1] in " \n":
                        continue
                    emit(" ", i, i + 1)
                else:
                    emit(ch, i, i + 1)
            return
        if pre:
            verbatim(chunk_start, chunk_end)
            return
        pos = chunk_start
        if raw[pos] in _SPACES:  # a leading run: shown or not by what was emitted before it
            if not out or out[-1] not in " \n":
                emit(" ", pos, pos + 1)
            pos = _LEADING_SPACE.match(raw, pos, chunk_end).end()  # type: ignore[union-attr]
        for m in _SPACE_RUN.finditer(raw, pos, chunk_end):
            s = m.start()  # (after a character that is no whitespace: the run shows as one space)
            verbatim(pos, s)
            emit(" ", s, s + 1)
            pos = m.end()
        verbatim(pos, chunk_end)

    def newline(pos: int, count: int = 1) -> None:
        # a block boundary: drop a trailing space, then at most `count` line breaks in a row
        while out and out[-1] == " ":
            out.pop(); starts.pop(); ends.pop()
        if not out:
            return
        # the line breaks already at the end, up to `count` (1 or 2: only those matter, linear on long runs
        # of <br>)
        have = 0 if out[-1] != "\n" else 1 if count == 1 or len(out) < 2 or out[-2] != "\n" else 2
        for _ in range(count - have):
            emit("\n", pos, pos)

    pos = 0
    # what each distinct tag does, worked out once (a 1 MB body of "<p>a</p>" has 250,000 tags, two distinct)
    read: dict[str, tuple[str, bool, int, bool]] = {}
    for m in _matches(raw):
        start = m.start()
        if start > pos:
            emit_text(pos, start)
        token, tag = m.group(0, 2)
        if tag:
            told = read.get(token)
            if told is None:
                told = read[token] = _tag_reading(token, tag)
            name, closing, breaks, heading = told
            if breaks:   # (a block tag other than <pre>: the usual case, the rest is not looked at)
                # ``newline(start, breaks)``, written out (a call per tag of a 1 MB body cost ~0.1 s)
                while out and out[-1] == " ":
                    out.pop(); starts.pop(); ends.pop()
                if out:
                    have = 0 if out[-1] != "\n" else 1 if breaks == 1 or len(out) < 2 or out[-2] != "\n" else 2
                    for _ in range(breaks - have):
                        push("\n"); push_start(start); push_end(start)
                if heading:
                    if not closing:
                        heading_start = len(out)
                    elif heading_start >= 0:
                        headings.append((heading_start, len(out)))
                        heading_start = -1
                if name != "div" and name != "blockquote":
                    pos = m.end()
                    continue
        if token.startswith("&"):
            decoded = html.unescape(token)
            if decoded == token:
                emit_text(m.start(), m.end())
            else:
                for ch in decoded:
                    if ch == "\xa0":
                        ch = " "
                    emit(ch, m.start(), m.end())
        elif tag:
            if name == "br":
                while out and out[-1] == " ":
                    out.pop(); starts.pop(); ends.pop()
                emit("\n", start, m.end())
            elif name == "pre":
                pre += -1 if closing else 1
                pre = max(pre, 0)
                newline(start)
            is_quote = name == "blockquote" or (name == "div" and not closing and _QUOTE_CLASS.search(token))
            if name == "div":
                if closing:
                    was = div_quote_stack.pop() if div_quote_stack else False
                    if was:
                        quote_depth -= 1
                        if quote_depth == 0:
                            quoted.append((quote_start, len(out)))
                elif not token.endswith("/>"):
                    div_quote_stack.append(bool(is_quote))
                    if is_quote:
                        if quote_depth == 0:
                            quote_start = len(out)
                        quote_depth += 1
            elif name == "blockquote":
                if closing:
                    if quote_depth > 0:
                        quote_depth -= 1
                        if quote_depth == 0:
                            quoted.append((quote_start, len(out)))
                else:
                    if quote_depth == 0:
                        quote_start = len(out)
                    quote_depth += 1
        # comments, scripts, styles and doctypes produce nothing
        pos = m.end()
    if pos < len(raw):
        emit_text(pos, len(raw))
    if quote_depth > 0:
        quoted.append((quote_start, len(out)))
    while out and out[-1] in " \n":
        out.pop(); starts.pop(); ends.pop()
    return HtmlText("".join(out), starts, ends, quoted,
                    [(lo, min(hi, len(out))) for lo, hi in headings if lo < min(hi, len(out))])
