"""Real-word errors: a typo that spells another English word ("calender", "hiring manger", "would of").

A word list accepts these, so they are matched against a curated table
(``followup_lint/data/spelling-en-confusables.tsv``: written word, intended word, a context condition
on the neighbouring words, a gloss). The per-draft cost is one pass over the word tokens with a set
lookup of each token's text; the conditions are only evaluated for the few tokens that are in the table.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Final, Sequence

from .lexicon import read_data

__all__ = ["Confusables", "Entry", "RealWordMatch", "load_confusables", "parse_confusables", "DATA_FILE"]

DATA_FILE: Final = "spelling-en-confusables.tsv"
_KEYS: Final = ("prev2", "prev", "next", "next2")
_START: Final = itemgetter(0)
_TEXT: Final = itemgetter(2)
_NONE: Final = ""          # a missing neighbour; "^" and "$" in the data file
#: the most whitespace (characters, line breaks) between two words that still makes them neighbours
_MAX_GAP: Final = 8


@dataclass(frozen=True, slots=True)
class _Test:
    key: str                       # prev2, prev, next or next2
    values: frozenset[str]
    negated: bool


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the table: ``written`` is a slip for ``intended`` when one of ``when`` holds."""

    written: str
    intended: str
    when: tuple[tuple[_Test, ...], ...]     # alternatives; () = always
    gloss: str

    @property
    def always(self) -> bool:
        return not self.when

    @property
    def needs_context(self) -> bool:
        """True when a neighbouring word must be present (not only absent) for the entry to apply."""
        return any(not t.negated for alt in self.when for t in alt)


@dataclass(frozen=True, slots=True)
class RealWordMatch:
    """A real-word error found in a text: the written word's span, and the phrase that shows the context."""

    start: int
    end: int
    text: str                # the word as written
    intended: str            # the intended word, in the written word's case
    phrase_start: int
    phrase_end: int
    entry: Entry


def parse_confusables(text: str) -> dict[str, tuple[Entry, ...]]:
    """The table by written word; raises ``ValueError`` on a malformed line."""
    out: dict[str, list[Entry]] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4 or not all(c.strip() for c in cols):
            raise ValueError(f"{DATA_FILE}:{n}: expected 4 tab-separated columns")
        written, intended, when, gloss = (c.strip() for c in cols)
        if written != written.lower() or " " in written:
            raise ValueError(f"{DATA_FILE}:{n}: the written word must be one lower-case word")
        alternatives: list[tuple[_Test, ...]] = []
        if when != "*":
            for alt in when.split(" OR "):
                tests = []
                for item in alt.split():
                    key, op, values = item.partition("!=") if "!=" in item else item.partition("=")
                    if key not in _KEYS or not op or not values:
                        raise ValueError(f"{DATA_FILE}:{n}: bad test {item!r}")
                    vals = frozenset(_NONE if v in ("^", "$") else v.lower() for v in values.split("|"))
                    tests.append(_Test(key, vals, op == "!="))
                if not tests:
                    raise ValueError(f"{DATA_FILE}:{n}: empty condition")
                tests.sort(key=lambda t: (t.negated, t.key.endswith("2")))
                alternatives.append(tuple(tests))
        out.setdefault(written, []).append(Entry(written, intended, tuple(alternatives), gloss))
    return {k: tuple(v) for k, v in out.items()}


def _cased(word: str) -> set[str]:
    forms = {word, word[:1].upper() + word[1:]}
    return forms | {f.replace("'", "’") for f in forms}


def _match_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


class Confusables:
    """The table, and the search over a field's word tokens."""

    __slots__ = ("entries", "triggers", "always")

    def __init__(self, entries: dict[str, tuple[Entry, ...]]) -> None:
        self.entries = entries
        #: the words that are a slip whatever the context: also looked for in hyphenated words ("pubic-facing")
        self.always: dict[str, Entry] = {w: es[0] for w, es in entries.items() if es[0].always}
        # the exact token texts to look at: lower-case and capitalised, straight and curly apostrophes
        # (so the per-token test is a single set lookup, with no lower() or replace() on every word)
        self.triggers: frozenset[str] = frozenset(f for w in entries for f in _cased(w))

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def find(self, text: str, words: Sequence[tuple]) -> list[RealWordMatch]:
        """The real-word errors among ``words`` (word tokens of ``text``: start, end, text, kind)."""
        hits = self.trigger_indices(words)
        out: list[RealWordMatch] = []
        h = text.find("-")
        while h >= 0:       # the hyphens of the text: look inside the words that hold one (at most once each)
            k = bisect_right(words, h, key=_START) - 1
            if k >= 0 and h < words[k][1]:
                self._parts(words[k], out)
                h = text.find("-", words[k][1])
            else:           # not in a word: go on from the next word (a line of dashes costs one step)
                h = text.find("-", words[k + 1][0]) if k + 1 < len(words) else -1
        if not hits:
            return out
        for i in hits:
            tok = words[i]
            written = tok[2].lower().replace("’", "'")
            for entry in self.entries[written]:
                span = self._check(entry, text, words, i)
                if span is not None:
                    out.append(RealWordMatch(tok[0], tok[1], tok[2], _match_case(entry.intended, tok[2]),
                                             span[0], span[1], entry))
                    break
        if len(out) > 1:
            out.sort(key=lambda m: m.start)
        return out

    def trigger_indices(self, words: Sequence[tuple]) -> list[int]:
        """The indices of the words whose text is a trigger (picked in C: most drafts hold a few)."""
        return list(compress(range(len(words)), map(self.triggers.__contains__, map(_TEXT, words))))

    def _parts(self, tok: tuple, out: list[RealWordMatch]) -> None:
        """The parts of a hyphenated word that are a slip whatever the context ("pubic-facing")."""
        pos = tok[0]
        for part in tok[2].split("-"):
            entry = self.always.get(part.lower())
            if entry is not None and not part.isupper():
                out.append(RealWordMatch(pos, pos + len(part), part, _match_case(entry.intended, part),
                                         pos, pos + len(part), entry))
            pos += len(part) + 1

    @staticmethod
    def _check(entry: Entry, text: str, words: Sequence[tuple], i: int) -> tuple[int, int] | None:
        """The phrase span (the word and the neighbours the condition names) when the entry applies.

        The usual case is a common word ("of", "you") in an ordinary context: the tests are ordered
        (positive tests on the next word out first) and a positive test first compares the word next to
        it, which is cheap, before it checks that the two are really neighbours.
        """
        tok = words[i]
        if not entry.when:
            return tok[0], tok[1]
        n = len(words)
        near: dict[str, int | None] = {}
        for alt in entry.when:
            lo, hi = tok[0], tok[1]
            for test in alt:
                key = test.key
                if key not in near:
                    if not test.negated and _NONE not in test.values:
                        # quick reject: the word at that position, adjacent or not, is not one of the values
                        k = i + _OFFSET[key]
                        if not 0 <= k < n or words[k][2].lower().replace("’", "'") not in test.values:
                            break
                    if key == "prev" or key == "next":
                        near[key] = _neighbour(text, words, i, _OFFSET[key])
                    else:
                        inner = key[:4]
                        if inner not in near:
                            near[inner] = _neighbour(text, words, i, _OFFSET[inner])
                        j = near[inner]
                        near[key] = None if j is None else _neighbour(text, words, j, _OFFSET[inner])
                idx = near[key]
                value = _NONE if idx is None else words[idx][2].lower().replace("’", "'")
                if (value in test.values) == test.negated:
                    break
                if idx is not None and not test.negated:
                    lo, hi = min(lo, words[idx][0]), max(hi, words[idx][1])
            else:
                return lo, hi
        return None


_OFFSET: Final = {"prev": -1, "next": 1, "prev2": -2, "next2": 2}


def _neighbour(text: str, words: Sequence[tuple], i: int, step: int) -> int | None:
    """The index of the word next to ``words[i]`` (before: step -1), if only a short blank separates them."""
    j = i + step
    if not 0 <= j < len(words):
        return None
    a, b = (words[j][1], words[i][0]) if step < 0 else (words[i][1], words[j][0])
    gap = text[a:b]
    if not gap or len(gap) > _MAX_GAP or not gap.isspace() or gap.count("\n") > 1:
        return None
    return j


_LOCK: Final = threading.Lock()
_CACHE: dict[str, Confusables] = {}


def load_confusables() -> Confusables:
    """The packaged table (parsed once per process)."""
    table = _CACHE.get(DATA_FILE)
    if table is None:
        with _LOCK:
            table = _CACHE.get(DATA_FILE)
            if table is None:
                table = _CACHE[DATA_FILE] = Confusables(parse_confusables(read_data(DATA_FILE)))
    return table
