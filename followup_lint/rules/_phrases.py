"""Phrase lists as data: one generic "existence" check (Vale's kind) shared by the substance rules.

The lists live in ``followup_lint/data/substance.toml``; each becomes one compiled, case-insensitive,
whole-word alternation, built on first use and kept for the life of the process.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Callable, Final, Iterable, Iterator, Sequence

from .._lazy import LazyPattern

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["phrase_data", "Existence", "existence", "Match", "LazyPattern", "sentence_at", "own_matches", "index_of", "in_slot",
           "tokens_between", "covered", "outside_slots"]

_DATA_FILE: Final = "substance.toml"


@lru_cache(maxsize=1)
def phrase_data() -> dict[str, Any]:
    """The parsed phrase file (read once per process)."""
    from ..spelling.lexicon import read_toml_data  # the file itself when installed: no importlib.resources

    return read_toml_data(_DATA_FILE)


@dataclass(frozen=True, slots=True)
class Match:
    """One phrase found in a text: its range and its text."""

    start: int
    end: int
    text: str


def _compile(phrases: Sequence[str], *, lower: bool) -> re.Pattern[str]:
    # A literal space in a phrase matches any run of whitespace (line breaks and masked regions included).
    # A phrase starts at a word boundary; "\b'd like" also matches after the "I" of "I'd like".
    parts = sorted((p.strip() for p in phrases if p.strip()), key=len, reverse=True)
    if lower:  # the text is lower-cased instead: much faster than IGNORECASE
        parts = [p.lower() for p in parts]
    subs = [re.sub(r" +", r"\\s{1,40}", p) for p in parts]
    body = "|".join(subs)
    # the characters a match can start with, looked at first: a long text's other positions are then
    # passed over at once rather than tried against every phrase (the same matches)
    each = _part_firsts(parts) if lower else None
    firsts = None if each is None else set().union(*each)
    lead = "(?=[" + _chars(firsts) + "])" if firsts else ""
    if each is not None and len(parts) >= _GROUPED_FROM and all(each):
        body = _grouped(subs, each)
    return re.compile(rf"{lead}\b(?:{body})(?!\w|'\w)", 0 if lower else re.IGNORECASE)


#: a character with a meaning of its own in a pattern: a phrase without any (spaces aside) is plain text
_PATTERN_SYNTAX: Final = re.compile(r"[\\.^$*+?{}\[\]|()]")


_GROUPED_FROM: Final = 8  # phrases in a list from which each phrase is led by its first characters


def _chars(chars: Iterable[str]) -> str:
    return "".join(map(re.escape, sorted(chars)))


def _grouped(subs: Sequence[str], each: Sequence[set[str]]) -> str:
    """The alternation of ``subs`` (each a phrase's pattern, ``each`` its first characters, in the list's
    order) with each phrase led by its own first characters: ``(?=[ab])(?:p1|p2)|(?=[c])(?:p3)|...``
    (neighbours that start with the same characters share a lead). At a word's start a phrase that cannot
    start there is passed over by one look at a character, not tried (a 1 MB sentence of wishes tried all
    38 phrases of ``not_work_questions`` at each of 200,000 words). The same matches: the phrases keep their
    order, and a phrase passed over would have failed there. (Grouped by character instead, a phrase with
    several first characters was copied into several groups: compiling ``not_work_questions`` took 4x as
    long, a cost paid by a one-draft run.)"""
    runs: list[tuple[set[str], list[str]]] = []
    for sub, chars in zip(subs, each):
        if runs and runs[-1][0] == chars:
            runs[-1][1].append(sub)
        else:
            runs.append((chars, [sub]))
    return "|".join("(?=[" + _chars(chars) + "])(?:" + "|".join(f"(?:{sub})" for sub in group) + ")"
                    for chars, group in runs)


def _phrase_firsts(parts: Sequence[str]) -> set[str] | None:
    """The union of ``_part_firsts(parts)``, or ``None`` when that is."""
    each = _part_firsts(parts)
    return None if each is None else set().union(*each)


def _part_firsts(parts: Sequence[str]) -> list[set[str]] | None:
    """``_first_chars`` of each of ``parts`` (stripped, non-empty phrases), or ``None`` when one's are not
    plain: a plain phrase ("let me know") starts with its first character, and only a part written as a
    pattern is parsed. The alternation's first characters are the union of its branches' (``None`` when one
    branch's are not plain), so ``_phrase_firsts`` gives the same answer as ``_first_chars`` of the whole. The plain phrases (a third of the 240) are then parsed
    once, by ``re.compile``, instead of twice: compiling a list (on the first draft that holds one of its
    triggers: a one-draft process, or a draft unlike the ones before it) costs ~3.1 -> ~2.75 ms."""
    out: list[set[str]] = []
    for p in parts:
        if _PATTERN_SYNTAX.search(p) is None:
            out.append({p[0]})
            continue
        got = _plain_firsts(p)
        if got is None:
            got = _first_chars(re.sub(r" +", r"\\s{1,40}", p))
        if got is None:
            return None
        out.append(got)
    return out


_QUANTIFIERS: Final = frozenset("?*+{")


def _closing(pattern: str, i: int) -> int:
    """Where the group or class opening at ``pattern[i]`` closes (``len(pattern)`` when it does not)."""
    n = len(pattern)
    if pattern[i] == "[":  # (a "]" right after the opening one, or after "^", is in the class)
        i += 1
        if pattern[i:i + 1] == "^":
            i += 1
        if pattern[i:i + 1] == "]":
            i += 1
        while i < n and pattern[i] != "]":
            i += 2 if pattern[i] == "\\" else 1
        return i
    depth = 0
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _closing(pattern, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return n


def _branches(pattern: str) -> list[str] | None:
    """``pattern`` split at its ``|`` outside any group or class (``None`` when a bracket is unclosed)."""
    out, start, i, n = [], 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c in "([":
            i = _closing(pattern, i)
            if i >= n:
                return None
        elif c == ")":
            return None
        elif c == "|":
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _plain_firsts(pattern: str) -> set[str] | None:
    """The first characters of a phrase written as a pattern when they can be read off its text: each
    branch starts with a letter or digit not repeated ("thank(?:s| you)"), or with ``\\b`` or a group not
    repeated whose branches do ("(?:hope|wish) to", "\\b(?:i|we) would"). What ``_first_chars`` gives
    (it parses the pattern), read without parsing it: nine in ten of the phrases written as patterns, whose
    parse cost about as much as compiling them (a list is compiled on the first draft that holds one of its
    triggers). ``None`` when unsure: then the pattern is parsed."""
    branches = _branches(pattern)
    if branches is None:
        return None
    out: set[str] = set()
    for branch in branches:
        while branch[:2] == "\\b":  # (zero-width: the next element gives the first character)
            branch = branch[2:]
        first = branch[:1]
        if first.isalnum():
            if branch[1:2] in _QUANTIFIERS:
                return None
            out.add(first)
        elif branch[:3] == "(?:":
            end = _closing(branch, 0)
            if end >= len(branch) or branch[end + 1:end + 2] in _QUANTIFIERS:
                return None
            inner = _plain_firsts(branch[3:end])
            if inner is None:
                return None
            out |= inner
        else:
            return None
    return out


def _first_chars(pattern: str) -> set[str] | None:
    """The characters every match of ``pattern`` starts with, or ``None`` when that is not plain: a
    repetition that may be empty, a character class by category, an assertion, a flag (then no lead)."""
    try:
        from re import _constants as C, _parser  # type: ignore[attr-defined]

        def first(seq: Any) -> set[str] | None:
            if not len(seq):
                return None
            op, av = seq[0]
            if op is C.LITERAL:
                return {chr(av)}
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width ("\\b", a lookaround): the next element
                return first(seq[1:])                 # gives the first character
            if op is C.IN:
                chars: set[str] = set()
                for o, a in av:
                    if o is C.LITERAL:
                        chars.add(chr(a))
                    elif o is C.RANGE and a[1] - a[0] < 64:
                        chars.update(map(chr, range(a[0], a[1] + 1)))
                    else:
                        return None
                return chars
            if op is C.SUBPATTERN and not av[1] and not av[2]:
                return first(av[3])
            if op is C.BRANCH:
                out: set[str] = set()
                for alternative in av[1]:
                    got = first(alternative)
                    if got is None:
                        return None
                    out |= got
                return out
            if op in (C.MAX_REPEAT, C.MIN_REPEAT):
                if av[0] >= 1:
                    return first(av[2])
                # an optional start ("(?:is )?anyone"): its first characters or those of what follows it
                inner, rest = first(av[2]), first(seq[1:])
                return None if inner is None or rest is None else inner | rest
            return None

        return first(_parser.parse(pattern))
    except (ImportError, AttributeError, TypeError, ValueError, IndexError, re.error):
        return None  # (a Python whose parser differs: no lead, the pattern is the same without it)


class Existence:
    """Does any of a list of phrases occur? (Vale's ``existence`` kind.)

    ``triggers`` (lower-case literals, optional) make the search fast: every phrase must contain one of
    them, and only the text around their occurrences is searched. ``needs`` (lower-case literals,
    optional) are for phrases that may run far from any such literal (an unbounded word): every match
    contains one of them, and a range holding none is not searched (one that holds one is searched whole).
    """

    __slots__ = ("name", "_phrases", "_pattern", "_folded", "triggers", "needs", "_behind")

    _WINDOW = 120

    def __init__(self, name: str, phrases: Sequence[str], triggers: Sequence[str] = (),
                 needs: Sequence[str] = ()) -> None:
        self.name = name
        self._phrases = tuple(phrases)
        self._pattern: re.Pattern[str] | None = None
        self._folded: re.Pattern[str] | None = None
        self.triggers = tuple(t.lower() for t in triggers)
        self.needs = tuple(t.lower() for t in needs)
        # a lookbehind could see more than the one character of context the slice keeps
        self._behind = any("(?<" in p for p in self._phrases)

    @property
    def folded(self) -> re.Pattern[str]:
        """The pattern over the lower-cased text, compiled the first time a text holds a trigger (most
        checks find none in most drafts: a one-draft run compiles only the ones it needs)."""
        found = self._folded
        if found is None:
            found = self._folded = _compile(self._phrases, lower=True)
        return found

    @property
    def pattern(self) -> re.Pattern[str]:
        """The case-insensitive pattern, for the rare text that changes length when lower-cased (compiled
        then: the folded pattern serves every other text)."""
        found = self._pattern
        if found is None:
            found = self._pattern = _compile(self._phrases, lower=False)
        return found

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Every match in ``text[start:end]``; curly apostrophes are read as straight ones."""
        end = len(text) if end is None else end
        low = None if self._behind else _folded(text)
        if low is not None:  # the whole text lower-cased once (shared by every check): search in place
            if self.needs and not self._holds_a_need(low, start, end):
                return
            for ws, we in self._windows(low, start, end):
                pattern = self.folded
                if 0 <= ws and we - ws <= _REMEMBERED_WINDOW:  # (the usual window, around a trigger or two)
                    for a, b in _window_matches(pattern, low, ws, we):
                        yield Match(a, b, text[a:b])
                    continue
                for m in pattern.finditer(low, ws, we):
                    a, b = m.span()
                    yield Match(a, b, text[a:b])
            return
        base = max(0, start - 1)  # one character of context for the word boundary
        straight = _straight(text[base:end])
        low = straight.lower()
        pattern = self.folded
        windows: Callable[[str, int, int], list[tuple[int, int]]] = self._windows
        if len(low) != len(straight):  # a few characters change length when lower-cased: the text is searched
            low, pattern = straight, self.pattern   # as written, case-insensitively, and whole (the lower-case
            windows = self._whole                   # triggers would miss "WFH" in it)
        for ws, we in windows(low, start - base, end - base):
            for m in pattern.finditer(low, ws, we):
                a, b = m.start() + base, m.end() + base
                yield Match(a, b, text[a:b])

    def _holds_a_need(self, low: str, start: int, end: int) -> bool:
        needs = self.needs if end - start < _GATED else _possible(low, self.needs)
        return any(low.find(n, start, end) >= 0 for n in needs)

    @staticmethod
    def _whole(_text: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(start, end)]

    def _windows(self, low: str, start: int, end: int) -> list[tuple[int, int]]:
        if not self.triggers:
            return [(start, end)]
        spots: list[tuple[int, int]] = []
        w = self._WINDOW
        # (more spots than windows of this width could lie apart in the range: they cover about all of it,
        # and it is searched whole, as without triggers: "We talked about ..." 20,000 times in 1 MB)
        most = max(64, (end - start) // w)
        for trig in (self.triggers if end - start < _GATED else _possible(low, self.triggers)):
            pos = low.find(trig, start, end)
            while pos >= 0:
                spots.append((max(start, pos - w), min(end, pos + len(trig) + w)))
                if len(spots) > most:
                    return [(start, end)]
                pos = low.find(trig, pos + 1, end)
        if not spots:
            return []
        spots.sort()
        merged = [spots[0]]
        for s, e in spots[1:]:
            if s <= merged[-1][1]:
                if e > merged[-1][1]:
                    merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        # a window may start inside a word: matches must begin at a word boundary, so step to one
        return [(s if s == start or not low[s - 1].isalnum() else _next_boundary(low, s, e), e) for s, e in merged]

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match | None:
        return next(self.finditer(text, start, end), None)

    def search_each(self, text: str, ranges: Sequence[tuple[int, int]]) -> list[Match | None]:
        """``[self.search(text, s, e) for s, e in ranges]``, the same answers: each trigger is looked for
        once in the whole text, and a range that holds none of them is answered without a search (a
        check asked about each sentence of a draft)."""
        low = None if self._behind or not self.triggers or len(ranges) < 2 else _folded(text)
        if low is None or any(s < 0 or e < 0 for s, e in ranges):  # (a negative offset counts from the end)
            return [self.search(text, s, e) for s, e in ranges]
        spots: list[tuple[int, int]] = []
        for trig in (self.triggers if len(low) < _GATED else _possible(low, self.triggers)):
            n = len(trig)
            pos = low.find(trig)
            while pos >= 0:
                spots.append((pos, pos + n))
                pos = low.find(trig, pos + 1)
        if not spots:
            return [None] * len(ranges)
        spots.sort()
        starts = [a for a, _b in spots]
        out: list[Match | None] = []
        for s, e in ranges:
            # a trigger inside [s, e) (the ranges _windows would search); past the first one starting at
            # s or later, only those starting within the longest trigger's length of e can fail to fit
            k = bisect.bisect_left(starts, s) if s > 0 else 0
            held = False
            while k < len(spots) and spots[k][0] <= e:
                if spots[k][1] <= e:
                    held = True
                    break
                k += 1
            out.append(self._search_remembered(text, low, s, e) if held else None)
        return out

    def _search_remembered(self, text: str, low: str, s: int, e: int) -> Match | None:
        """``self.search(text, s, e)`` (``low``: ``_folded(text)``, not ``None``; ``0 <= s``), remembered
        across drafts by what it reads: ``low[s - 1:e]`` (the one character before the range is all a
        match's word boundary looks at, the range's end is the text's end to the pattern, and this check
        has no look-behind), and whether the range starts the text; the match's text is cut from ``text``.
        Sentences recur from draft to draft."""
        if e - s > _SEARCHED_CHARS:
            return self.search(text, s, e)
        key = (self.name, s > 0, low[s - 1:e] if s > 0 else low[:e])
        if key in _SEARCHED:
            found = _SEARCHED[key]
        else:
            m = self.search(text, s, e)
            if len(_SEARCHED) >= _SEARCHED_KEPT:
                _SEARCHED.clear()
            found = _SEARCHED[key] = None if m is None else (m.start - s, m.end - s)
        if found is None:
            return None
        a, b = found[0] + s, found[1] + s
        return Match(a, b, text[a:b])


_REMEMBERED_WINDOW: Final = 2 * Existence._WINDOW + 64  # the longest window whose matches are remembered
_WINDOWS_KEPT: Final = 8192  # windows whose matches are remembered at most (then forgotten all at once)
#: the spans of a folded pattern's matches in a window (relative to it), by the pattern, whether the window
#: starts the text, and the window's text with the character before it
_WINDOWS: dict[tuple[re.Pattern[str], bool, str], tuple[tuple[int, int], ...]] = {}


def _window_matches(pattern: re.Pattern[str], low: str, ws: int, we: int) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern.finditer(low, ws, we)`` (``0 <= ws``; a folded pattern: no look-behind but
    the word boundary's one character), remembered across drafts by what they read: ``low[ws - 1:we]``
    (the window's end is the text's end to the pattern) and whether the window starts the text. A window
    is the text around a trigger, a sentence or so, and sentences recur from draft to draft."""
    key = (pattern, ws > 0, low[ws - 1:we] if ws > 0 else low[:we])
    found = _WINDOWS.get(key)
    if found is None:
        if len(_WINDOWS) >= _WINDOWS_KEPT:
            _WINDOWS.clear()
        found = _WINDOWS[key] = tuple((m.start() - ws, m.end() - ws) for m in pattern.finditer(low, ws, we))
    return ((a + ws, b + ws) for a, b in found)


_SEARCHED_CHARS: Final = 2000  # the longest range whose ``search_each`` answer is remembered
_SEARCHED_KEPT: Final = 8192   # answers remembered at most (then forgotten all at once)
#: ``Existence._search_remembered``: (start, end) of the first match in a range, relative to it, or None
_SEARCHED: dict[tuple[str, bool, str], tuple[int, int] | None] = {}
_GATED: Final = 32_768  # characters searched from which a trigger is first checked for letters missing from the text
_PRESENT: dict[int, tuple[str, dict[str, bool]]] = {}


def _possible(low: str, triggers: tuple[str, ...]) -> list[str]:
    """The ``triggers`` each of whose characters occurs somewhere in ``low``: no other can be found in it.

    Each ``find`` of a trigger reads the whole range; in a long text of few distinct characters (1 MB of
    ``"a" 'b' (c)`` or ``[Name] {{x}}``) most of some 150 triggers cannot occur, and a character is looked
    for once per text (remembered for the last few texts, as the checks of a draft all search the same one).
    """
    hit = _PRESENT.get(id(low))
    if hit is None or hit[0] is not low:
        if len(_PRESENT) >= 8:
            _PRESENT.clear()
        hit = _PRESENT[id(low)] = (low, {})
    seen = hit[1]
    out = []
    for trig in triggers:
        for ch in trig:
            there = seen.get(ch)
            if there is None:
                there = seen[ch] = ch in low
            if not there:
                break
        else:
            out.append(trig)
    return out


def _next_boundary(low: str, s: int, e: int) -> int:
    while s < e and low[s].isalnum():
        s += 1
    return s


@lru_cache(maxsize=64)
def existence(section: str, key: str) -> Existence:
    """The compiled check for ``[section] key`` of the phrase file (a list, or one pattern string)."""
    data = phrase_data()[section]
    value = data[key]
    phrases = [value] if isinstance(value, str) else list(value)
    triggers, needs = data.get(f"{key}_triggers", ""), data.get(f"{key}_needs", "")
    return Existence(f"{section}.{key}", phrases, triggers.split("|") if triggers else (),
                     needs.split("|") if needs else ())


def _straight(text: str) -> str:
    return text.replace("’", "'") if "’" in text else text


_FOLDED: dict[int, tuple[str, str | None]] = {}


def _folded(text: str) -> str | None:
    """``text`` with straight apostrophes, lower-cased, when that keeps every offset and reads each
    character on its own (so that searching a window of it equals searching the lower-cased window);
    ``None`` otherwise. The last few texts are remembered: a draft's checks all search the same text."""
    hit = _FOLDED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    lowered = _straight(text).lower()
    # None on a length change, or for the context-dependent final sigma
    low = None if len(lowered) != len(text) or "Σ" in text else lowered
    if len(_FOLDED) >= 8:
        _FOLDED.clear()
    _FOLDED[id(text)] = (text, low)
    return low


_FIRST: Final = itemgetter(0)


class _Index:
    """Sorted starts of a document's sentences, tokens and placeholders, for bisection (built once)."""

    __slots__ = ("sentences", "sentence_starts", "token_starts", "slots", "slot_starts", "__weakref__")

    def __init__(self, doc: Document) -> None:
        self.sentences = doc.sentences
        self.sentence_starts = list(map(_FIRST, doc.sentences))
        self.token_starts = doc.token_starts
        self.slots = [(p.start, p.end) for p in doc.placeholders]
        self.slot_starts = [s for s, _e in self.slots]


_INDEXES: "weakref.WeakKeyDictionary[Document, _Index]" = weakref.WeakKeyDictionary()


def index_of(doc: Document) -> _Index:
    """The bisection index of ``doc`` (cached while the document lives: on the document itself, an
    attribute lookup, else in a weak dictionary)."""
    found = getattr(doc, "_phrases_index", None)
    if found is not None:
        return found
    found = _INDEXES.get(doc)
    if found is None:
        found = _Index(doc)
        try:
            doc._phrases_index = found  # type: ignore[attr-defined]
        except AttributeError:  # a document that takes no attributes
            _INDEXES[doc] = found
    return found


def in_slot(doc: Document, start: int, end: int | None = None) -> bool:
    """Does ``[start, end)`` (or the position ``start``) overlap a placeholder?"""
    if not doc.placeholders:  # (most drafts: no index needed)
        return False
    ix = index_of(doc)
    if not ix.slots:
        return False
    end = start + 1 if end is None else end
    k = bisect.bisect_left(ix.slot_starts, end) - 1
    return k >= 0 and ix.slots[k][1] > start


def outside_slots(doc: Document, tokens: list) -> list:
    """``[t for t in tokens if not in_slot(doc, t[0])]`` for ``tokens`` sorted by start: each placeholder's
    tokens cut out as one slice (found by bisection), not one ``in_slot`` call a token."""
    if not doc.placeholders:
        return tokens
    slots = index_of(doc).slots
    if not slots or not tokens:
        return tokens
    starts = [t[0] for t in tokens]
    out: list = []
    cur = 0
    last = len(slots) - 1
    for k, (s, e) in enumerate(slots):
        # in_slot judges a position by the last placeholder starting at or before it
        stop = min(e, slots[k + 1][0]) if k < last else e
        if stop <= s:
            continue
        a = bisect.bisect_left(starts, s, cur)
        b = bisect.bisect_left(starts, stop, a)
        if b > a:
            out.extend(tokens[cur:a])
            cur = b
    if cur == 0:
        return tokens
    out.extend(tokens[cur:])
    return out


def tokens_between(doc: Document, start: int, end: int) -> Sequence:
    """The tokens starting in ``[start, end)``."""
    ix = index_of(doc)
    return doc.tokens[bisect.bisect_left(ix.token_starts, start):bisect.bisect_left(ix.token_starts, end)]


def sentence_at(doc: Document, pos: int) -> tuple[int, int]:
    """The sentence of the candidate's text containing ``pos`` (or the line, if no sentence does)."""
    ix = index_of(doc)
    k = bisect.bisect_right(ix.sentence_starts, pos) - 1
    if k >= 0 and ix.sentences[k][0] <= pos < ix.sentences[k][1]:
        return ix.sentences[k]
    own = doc.own
    s = own.rfind("\n", 0, pos) + 1
    e = own.find("\n", pos)
    return s, len(own) if e < 0 else e


def own_matches(doc: Document, check: Existence, *, content_only: bool = False) -> list[Match]:
    """Matches of ``check`` in the candidate's own text, outside placeholders."""
    lo, hi = doc.content_range if content_only else (0, len(doc.own))
    return [m for m in check.finditer(doc.own, lo, hi) if not in_slot(doc, m.start, m.end)]


def covered(ranges: Sequence[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of ``ranges`` (sorted by start, not overlapping)?"""
    k = bisect.bisect_right(ranges, (pos, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]
