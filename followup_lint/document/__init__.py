"""The document layer: one parse per draft, shared by every rule.

A :class:`Document` holds two :class:`FieldView` objects (subject and body). A view keeps the field as
given (``raw``), the text rules read (``text``: the same string for plain text, the decoded text of an
HTML body) and the map between the two. ``own`` is ``text`` with everything that is not the candidate's
own prose (quoted replies, the signature block, "Sent from my iPhone", legal disclaimers, suppression
comments) replaced by spaces, line breaks kept, so every offset in ``own`` is an offset in ``text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress, repeat
from operator import attrgetter, eq, itemgetter
from typing import TYPE_CHECKING, Iterable

from .._lazy import lazy
from .code import code_identifiers, code_line_ranges
from ..text import LineIndex
from .html import html_to_text, looks_like_html
from .markup import markup_ranges
from .questionnaire import Questionnaire
from .placeholders import Placeholder, find_placeholders, greeting_blank, greeting_letters, without_issue_tags
from .structure import (
    Greeting, Signoff, _last_lines, _lines, boilerplate_ranges, code_block_ranges, find_greeting,
    find_letter_salutation, find_inline_signoff, find_postscript, find_quote_start, find_signature_start, find_signoff,
    last_eight, quoted_line_ranges,
)
from .tokens import Token, split_sentences, tokenize, tokenize_with_columns, unpunctuated_text
from .vocabulary import run_together

if TYPE_CHECKING:
    from ..model import Draft

__all__ = ["Document", "FieldView", "Token", "Greeting", "Signoff", "Placeholder", "Region"]

_KIND = itemgetter(3)  # Token.kind
_TEXT_OF = itemgetter(2)  # Token.text
_START = itemgetter(0)  # Token.start
_END = itemgetter(1)  # Token.end
_BREAK = re.compile(r"([\r\n])")  # (captured: split keeps each break)
_P_START, _P_END, _P_TEXT = attrgetter("start"), attrgetter("end"), attrgetter("text")  # of a Placeholder
_NOT_WRITTEN = frozenset({"quote", "boilerplate", "suppressed", "markup"})  # regions that are not the candidate's draft


class FieldView:
    """One field of the draft: as given (``raw``), as read (``text``), and the map between them."""

    __slots__ = ("field", "raw", "text", "is_html", "_starts", "_ends", "_index", "html_quoted", "html_headings")

    def __init__(self, field: str, raw: str) -> None:
        self.field = field
        self.raw = raw
        self.is_html = field == "body" and looks_like_html(raw)
        self.html_quoted: list[tuple[int, int]] = []
        self.html_headings: list[tuple[int, int]] = []
        if self.is_html:
            converted = html_to_text(raw)
            self.text = converted.text
            self._starts: list[int] | None = converted.starts
            self._ends: list[int] | None = converted.ends
            self.html_quoted = converted.quoted
            self.html_headings = converted.headings
        else:
            self.text = raw
            self._starts = self._ends = None
        self._index: LineIndex | None = None

    @property
    def index(self) -> LineIndex:
        """Line and column positions of ``raw`` (built on first use: only a finding with a span needs it)."""
        index = self._index
        if index is None:
            index = self._index = LineIndex(self.raw)
        return index

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw range covering text ``[start, end)`` (whole entities and tags included)."""
        if self._starts is None:
            return start, end
        n = len(self._starts)
        if n == 0:
            return 0, 0
        start = min(max(start, 0), n - 1)
        end = min(max(end, start + 1), n)
        rs = self._starts[start]
        re_ = self._ends[end - 1]  # type: ignore[index]
        return rs, max(re_, rs + 1) if re_ <= rs else re_

    def raw_offset(self, pos: int) -> int:
        """The raw offset of the insertion point before text ``pos``."""
        if self._starts is None:
            return pos
        if pos < len(self._starts):
            return self._starts[pos]
        return self._ends[-1] if self._ends else len(self.raw)  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class Region:
    """A part of the body that is not the candidate's own text."""

    start: int
    end: int
    # "quote", "signature", "boilerplate", "suppressed", "letterhead", "markup" (an HTML tag), "code" (a
    # Markdown fenced block)
    kind: str


class Document:
    """The parsed draft: views, the candidate's own text, greeting, sign-off, tokens and sentences."""

    def __init__(self, draft: Draft, *, hidden: Iterable[tuple[int, int]] = ()) -> None:
        self.draft = draft
        self.subject = FieldView("subject", draft.subject)
        self.body = FieldView("body", draft.body)
        text = self.body.text
        lines = _lines(text)
        self.lines = lines
        regions: list[Region] = [Region(s, e, "suppressed") for s, e in hidden]
        for s, e in self.body.html_quoted:
            regions.append(Region(s, e, "quote"))
        quote = find_quote_start(text, lines)
        self.quote_start = quote
        if quote is not None:
            regions.append(Region(quote, len(text), "quote"))
        for s, e in quoted_line_ranges(text, lines):
            regions.append(Region(s, e, "quote"))
        sig = find_signature_start(text)
        if sig is not None and (quote is None or sig < quote):
            end = quote if quote is not None else len(text)
            regions.append(Region(sig, end, "signature"))
        for s, e in boilerplate_ranges(text):
            regions.append(Region(s, e, "boilerplate"))
        if not self.body.is_html:  # "<img alt=... src=...>" in a Markdown body: markup, not prose
            regions.extend(Region(s, e, "markup") for s, e in markup_ranges(text))
        for s, e in code_block_ranges(text):
            regions.append(Region(s, e, "code"))
        regions.sort(key=lambda r: (r.start, r.end))
        # The candidate's text ends where the first region that runs to the end begins
        own = _mask(text, regions)
        own_start = len(own) - len(own.lstrip())
        own_end = len(own.rstrip())
        # a formal letter: sender address, date and recipient address blocks above "Dear Ms. Alvarez:"
        head = find_letter_salutation(own, own_start, own_end, lines)
        if head is not None:
            regions.append(Region(own_start, head, "letterhead"))
            regions.sort(key=lambda r: (r.start, r.end))
            own = _mask(text, regions)
            own_start = head
        self.greeting: Greeting | None = find_greeting(own, own_start, own_end, lines,
                                                          title_ranges=self.body.html_headings)
        # a P.S. after the signature is the candidate's text; the closing is looked for above it
        # (the last eight non-blank lines, walked back to once: the P.S., the closing and a bare name are
        # looked for among them; above a P.S. the closing's are the lines before it, walked to again)
        tail = last_eight(own, own_start, own_end, lines)
        ps = find_postscript(own, own_start, own_end, lines, tail=tail)
        close_end = len(own[:ps].rstrip()) if ps is not None else own_end
        if ps is not None:
            tail = last_eight(own, own_start, close_end, lines)
        self.postscript: tuple[int, int] | None = (ps, own_end) if ps is not None else None
        self.signoff: Signoff | None = (find_signoff(own, own_start, close_end, lines, tail=tail)
                                        or find_inline_signoff(own, own_start, close_end, lines, tail=tail))
        self.signature_name: str | None = None
        if self.signoff is not None and self.signoff.name_start is not None:
            first_line_end = own.find("\n", self.signoff.name_start)
            first_line_end = close_end if first_line_end < 0 else min(first_line_end, close_end)
            self.signature_name = own[self.signoff.name_start:first_line_end].strip() or None
            regions.append(Region(self.signoff.name_start, close_end, "signature"))
        elif self.signoff is None:
            bare = _bare_name_line(own, own_start, close_end, lines, tail=tail)
            if bare is not None:
                self.signature_name = own[bare[0]:bare[1]].strip()
                regions.append(Region(bare[0], bare[1], "signature"))
        if self.signature_name is not None:
            regions.sort(key=lambda r: (r.start, r.end))
            own = _mask(text, regions)
            own_end = len(own.rstrip())
        self.regions: tuple[Region, ...] = tuple(regions)
        self.own = own
        self.own_start = own_start
        self.own_end = own_end
        tbd = [(0, 0)]
        names: tuple[tuple[int, int], ...] = ()
        if self.greeting is not None:
            tbd = [(self.greeting.line_start, self.greeting.line_end)]
            names = ((self.greeting.start, self.greeting.end),)
        # template residue counts wherever the candidate's draft has it, the signature included ("Your
        # Name" under the sign-off); only quoted, boilerplate and suppressed text is left out
        unwritten = [r for r in regions if r.kind in _NOT_WRITTEN]
        written = own if len(unwritten) == len(regions) else _mask(text, unwritten)
        found = without_issue_tags(written, find_placeholders(written, tbd_ranges=tuple(tbd), name_ranges=names),
                                   lines=True)
        g = self.greeting
        if g is not None and g.salutation and not g.names and not g.titles:
            blank = greeting_blank(written, g.end, g.line_end)
            if blank is not None and not any(p.start < blank.end and p.end > blank.start for p in found):
                found = sorted((*found, blank), key=lambda p: p.start)
        if g is not None and g.salutation and g.names:
            letters = [p for p in greeting_letters(written, g.names)
                       if not any(q.start < p.end and q.end > p.start for q in found)]
            if letters:
                found = sorted((*found, *letters), key=lambda p: p.start)
        self.placeholders: tuple[Placeholder, ...] = tuple(found)
        self.subject_placeholders: tuple[Placeholder, ...] = tuple(without_issue_tags(
            self.subject.text,
            find_placeholders(self.subject.text, tbd_ranges=((0, len(self.subject.text)),),
                              name_ranges=((0, len(self.subject.text)),))))
        tokens, columns = tokenize_with_columns(own)
        marked = _mark_placeholders(tokens, self.placeholders)
        self.tokens: tuple[Token, ...] = tuple(marked)
        if columns is not None and marked is tokens:  # (the columns as tokenizing gave them: no pass of their own)
            starts, texts, kinds = columns
            self.token_starts, self.token_texts, self.token_kinds = tuple(starts), tuple(texts), tuple(kinds)
        self.subject_tokens: tuple[Token, ...] = tuple(
            _mark_placeholders(tokenize(self.subject.text), self.subject_placeholders)
        )
        self.sentences: tuple[tuple[int, int], ...] = tuple(split_sentences(
            own, self.tokens, self.__dict__.get("token_starts")))  # (the starts column when tokenizing gave it)

    # -- convenience views -------------------------------------------------------------------------

    def view(self, field: str) -> FieldView:
        return self.subject if field == "subject" else self.body

    # -- per-token columns: each field of ``tokens`` picked out once (in C) and shared by every part that
    # reads it, instead of a pass over the Token tuples of its own (a 1 MB draft has 750,000 tokens).
    # Tuples: shared, so never changed.

    @lazy
    def token_starts(self) -> tuple[int, ...]:
        """``Token.start`` of each of ``tokens`` (sorted: a position's token is found by bisection)."""
        return tuple(map(_START, self.tokens))

    @lazy
    def token_texts(self) -> tuple[str, ...]:
        """``Token.text`` of each of ``tokens``."""
        return tuple(map(_TEXT_OF, self.tokens))

    @lazy
    def token_kinds(self) -> tuple[str, ...]:
        """``Token.kind`` of each of ``tokens``."""
        return tuple(map(_KIND, self.tokens))

    @lazy
    def words(self) -> tuple[Token, ...]:
        """The word tokens of the candidate's own body text."""
        # (filtered in C; operator.eq costs less per token than the bound "word".__eq__)
        return tuple(compress(self.tokens, map(eq, self.token_kinds, repeat("word"))))

    @lazy
    def word_starts(self) -> tuple[int, ...]:
        """``Token.start`` of each of ``words`` (sorted)."""
        return tuple(map(_START, self.words))

    @lazy
    def word_texts(self) -> tuple[str, ...]:
        """``Token.text`` of each of ``words``."""
        return tuple(map(_TEXT_OF, self.words))

    @lazy
    def lower_words(self) -> tuple[str, ...]:
        """The texts of ``words``, lower-cased (read by the language and the question readings)."""
        return tuple(map(str.lower, self.word_texts))

    @lazy
    def prose(self) -> str:
        """The candidate's own text with greeting and signature removed, whitespace collapsed (for phrase rules)."""
        return " ".join(self.own.split())

    @lazy
    def content_range(self) -> tuple[int, int]:
        """The body between the greeting and the sign-off (the message itself); with a P.S. after the
        signature, up to the end of the P.S. (the signature in between is blanked in ``own``)."""
        g = self.greeting
        start = (g.message_start if g.message_start >= 0 else g.line_end) if g else self.own_start
        end = self.signoff.line_start if self.signoff and self.postscript is None else self.own_end
        return start, max(start, end)

    @lazy
    def questionnaire(self) -> Questionnaire:
        """The company's questions the writer copied from a take-home questionnaire and answered: its question
        headings (not the writer's text, for the mechanics rules) and its prompts answered in turn with the short
        echoes opening their answers (no question the writer adds, FL301; no invitation to reply, FL304);
        ``document.questionnaire``."""
        return Questionnaire(self)

    @lazy
    def code_lines(self) -> tuple[tuple[int, int], ...]:
        """The lines of the candidate's text that are statements of code typed outside a fence ("update
        image_table set id_image_type = ? where id = ?;"): no sentences (``document.code.code_line_ranges``)."""
        return code_line_ranges(self.own, self.own_start, self.own_end)

    @lazy
    def code_identifiers(self) -> frozenset[str]:
        """The names the note's code uses: in its fenced blocks, its code lines and its inline code ("i" of
        "for (var i = 0; ...)")."""
        blocks = [(r.start, r.end) for r in self.regions if r.kind == "code"]
        if not blocks and not self.code_lines and "`" not in self.own:
            return frozenset()
        return code_identifiers(self.body.text, blocks, self.code_lines)

    def in_region(self, pos: int, kind: str | None = None) -> bool:
        return any(r.start <= pos < r.end and (kind is None or r.kind == kind) for r in self.regions)

    def greeting_has_placeholder(self) -> bool:
        g = self.greeting
        return g is not None and any(p.start < g.line_end and p.end > g.line_start for p in self.placeholders)


def _bare_name_line(own: str, own_start: int, own_end: int, lines: list[tuple[int, int]], *,
                    tail: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """A closing name with no sign-off phrase: the last line, one to four capitalised words, after a break.
    ``tail``: the last eight non-blank lines (``last_eight``), when the caller has them."""
    # only the last three matter
    body = tail[-3:] if tail is not None else _last_lines(own, own_start, own_end, lines, 3)
    if len(body) < 3:
        return None
    s, e = body[-1]
    words = own[s:e].split()
    ps, pe = body[-2]
    gap = own[pe:s]
    if len(words) == 1 and words[0].isalpha() and words[0].islower() and len(words[0]) <= 20 and (
            gap.count("\n") >= 2 or own[ps:pe].rstrip()[-1:] in ".!?" or unpunctuated_text(own[own_start:own_end])):
        # a lower-case name alone on the last line after a blank one ("hope to hear back!\n\nsam") or
        # right under a finished sentence ("anything you may need from me.\nsookie"), or under any line of
        # a note typed with no sentence mark at all, whose line ends are its stops ("have a nice evening\nramesh")
        return s, e
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words):
        return None
    if len(words) == 1 and run_together(words[0].rstrip(".!")) is not None:
        return None  # "Thankyou.", "Kindregards": a closing run together, not the writer's name
    if gap.count("\n") < 2 and own[ps:pe].rstrip()[-1:] not in ".!?,":
        return None
    return s, e


def _mask(text: str, regions: list[Region]) -> str:
    if not regions:
        return text
    parts: list[str] = []
    pos = 0
    for r in regions:
        s, e = max(r.start, pos), min(r.end, len(text))
        if e <= s:
            continue
        parts.append(text[pos:s])
        chunk = text[s:e]
        if "\n" not in chunk and "\r" not in chunk:
            parts.append(" " * len(chunk))
        else:
            # each line's characters become spaces, its break stays (a line at a time, not a character)
            pieces = _BREAK.split(chunk)  # [line, break, line, break, ..., line]
            pieces[::2] = [" " * len(p) for p in pieces[::2]]
            parts.extend(pieces)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


_NEAR = 8  # tokens ``_mark_placeholders`` looks among first (a 1 MB template of slots: ~0.1 s less)


def _mark_placeholders(tokens: list[Token], placeholders: Iterable[Placeholder]) -> list[Token]:
    """The tokens with each run overlapping a placeholder replaced by one "placeholder" token.

    ``placeholders`` do not overlap (as ``find_placeholders`` gives them). The tokens between two
    placeholders are copied as a slice; those overlapping one are found by bisection.
    """
    placeholders = tuple(placeholders)
    if not placeholders:
        return tokens
    spans = sorted(zip(map(_P_START, placeholders), map(_P_END, placeholders), map(_P_TEXT, placeholders)))
    starts = list(map(_START, tokens))
    ends = list(map(_END, tokens))
    out: list[Token] = []
    extend, append, new = out.extend, out.append, tuple.__new__
    cur = 0
    n = len(tokens)
    near = _NEAR
    for s, e, t in spans:
        # (each bisection first within the next few tokens: a placeholder's tokens usually follow the
        # previous one's closely; past them, on to the end)
        if cur < n and ends[cur] > s:  # (the usual case: the next token already reaches into it; ends are sorted)
            k = cur
        else:
            k = bisect_right(ends, s, cur, min(cur + near, n))  # the first token ending after the placeholder's start
            if k == cur + near:
                k = bisect_right(ends, s, k)
        m = bisect_left(starts, e, k, min(k + near, n))  # the first token starting at or after its end
        if m == k + near:
            m = bisect_left(starts, e, m)
        if k > cur:
            extend(tokens[cur:k])
        # (a token reaching into this placeholder from the previous one was replaced there: it is before cur)
        if m > k and (not out or out[-1][0] != s or out[-1][3] != "placeholder"):
            append(new(Token, (s, e, t, "placeholder")))
        cur = m
    out.extend(tokens[cur:])
    return out
