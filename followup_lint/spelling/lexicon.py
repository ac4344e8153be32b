"""The English word list: which lower-case words exist, and how common they are.

Built from pyspellchecker's English frequency list (MIT) by ``tools/build_spelling_data.py`` into two
packaged files, loaded in a few milliseconds: the ~53,000 words seen more often than the list's floor
count (a frozenset and, for suggestions, a rank), and the ~75,000 rare words kept as one sorted
newline-delimited string indexed by two-letter prefix (a lookup is a ``str.find`` in a few kilobytes).
"""

from __future__ import annotations

import re
import sys
import threading
import zlib
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import Any, Final

__all__ = ["Lexicon", "WordBlock", "load_lexicon", "read_data", "read_toml_data", "LETTERS_FILE", "read_letters"]

_PACKAGE: Final = "followup_lint.data"
_DATA_DIR: Final = Path(__file__).resolve().parent.parent / "data"


def read_data(name: str) -> str:
    """The text of one packaged data file."""
    return read_data_bytes(name).decode("utf-8")


def read_data_bytes(name: str) -> bytes:
    """The bytes of one packaged data file."""
    path = _DATA_DIR / name
    if path.is_file():                 # the usual install: skip importlib.resources' import cost
        return path.read_bytes()
    from importlib import resources

    return resources.files(_PACKAGE).joinpath(name).read_bytes()


def read_toml_data(name: str) -> dict[str, Any]:
    """One packaged TOML data file, parsed. Its JSON twin (``<name>.json``: a first line ``crc32=<CRC-32
    of the TOML file>``, then the same data as JSON; written by ``tools/build_data_json.py``) is read
    instead when it was made from these very bytes: ``json`` parses in C, ``tomllib`` in Python (~20 ms
    for the files one draft reads). A missing or stale twin only costs that time: the TOML is parsed."""
    raw = read_data_bytes(name)
    try:
        twin = read_data_bytes(name + ".json")
    except OSError:
        twin = b""
    head, _, body = twin.partition(b"\n")
    if head == b"crc32=%08x" % zlib.crc32(raw):
        import json

        return json.loads(body)  # type: ignore[no-any-return]
    import tomllib

    return tomllib.loads(raw.decode("utf-8"))


#: where each first letter's words are in the common list: built from ``spelling-en-common.txt`` by
#: ``tools/build_lexicon_letters.py``. A first line ``crc32=<the word file's CRC-32> <letter>=<start>,<end>
#: ...``, then the list's positions (16-bit little-endian), grouped by first letter, in rank order
LETTERS_FILE: Final = "spelling-en-common-letters.bin"
COMMON_FILE: Final = "spelling-en-common.txt"


def read_letters(data: bytes, crc: int) -> tuple[dict[str, tuple[int, int]], array] | None:
    """The letter spans and positions of a :data:`LETTERS_FILE`, or ``None`` when it was built from
    another word file than the one whose CRC-32 is ``crc`` (then each letter's words are picked out by
    a scan of the list)."""
    head, _, body = data.partition(b"\n")
    items = head.decode("utf-8").split(" ")
    if not items[0].startswith("crc32=") or int(items[0][6:], 16) != crc:
        return None
    spans: dict[str, tuple[int, int]] = {}
    for item in items[1:]:
        key, _, span = item.rpartition("=")
        a, _, b = span.partition(",")
        spans[key] = (int(a), int(b))
    positions = array("H")
    positions.frombytes(body)
    if sys.byteorder == "big":  # pragma: no cover - stored little-endian
        positions.byteswap()
    return spans, positions


#: a ``<word>:<value>`` line of a :class:`WordBlock` (after its line break): the word, then the value
_VALUE_LINE: Final = re.compile(r"\n([^:\n]*):([^\n]*)")


class WordBlock:
    """A sorted, newline-delimited block of words indexed by two-letter prefix (one ``str.find`` a lookup).

    The text's first line is the index ("ab=START,END ..."); loading is one read and no set of words is
    built, so a large list of rarely needed words costs almost nothing until it is asked.
    """

    __slots__ = ("text", "index", "_asked", "_lines", "_values")

    #: lookups in one prefix's span before its lines are kept as a set (a dict for ``value``): a miss
    #: searches the whole span (30 KB for "co", "re", "un"), a set answers at once. Both a search and
    #: building the set cost about the span's length, the set some 20 searches' worth (a dict of values
    #: some 25 to 75): a span is searched until it has cost that much, then kept (the rent-or-buy rule: never
    #: more than about twice the better of the two). The callers ask only about words new to their own
    #: caches (the syllable counts, the speller's), so a draft of new words asked two or three of most
    #: spans, and a keep after three asks cost ~12 ms of 875 words where searching cost ~3.5 ms.
    SET_AFTER: Final = 20
    VALUES_AFTER: Final = 32

    def __init__(self, text: str) -> None:
        head, _, body = text.partition("\n")
        self.text = "\n" + body
        index: dict[str, tuple[int, int]] = {}
        for item in head.split():
            key, _, span = item.rpartition("=")
            a, _, b = span.partition(",")
            index[key] = (int(a), int(b))
        self.index = index
        self._asked: dict[str, int] = {}
        self._lines: dict[str, frozenset[str]] = {}
        self._values: dict[str, dict[str, str] | None] = {}

    def _kept(self, prefix: str, after: int) -> bool:
        """Has ``prefix``'s span now been asked ``after`` times (counting this ask): is it to be kept?"""
        asked = self._asked[prefix] = self._asked.get(prefix, 0) + 1
        return asked >= after

    def _span_lines(self, prefix: str, span: tuple[int, int]) -> list[str] | None:
        """The whole lines of ``prefix``'s span once it has been asked ``SET_AFTER`` times, else ``None``."""
        if not self._kept(prefix, self.SET_AFTER):
            return None
        return self.text[span[0]:span[1]].split("\n")

    def _span_values(self, span: tuple[int, int]) -> dict[str, str] | None:
        """The values of a span's lines by word, or ``None`` when its end cuts a line (its last line runs
        past it: that span is searched each time)."""
        a, b = span
        if a < b and self.text[b - 1] != "\n":
            return None
        # each line's word and value, the first line of a word kept (as the search finds it)
        return dict(reversed(_VALUE_LINE.findall(self.text, a, b)))

    def __contains__(self, word: str) -> bool:
        prefix = word[:2]
        lines = self._lines.get(prefix)
        if lines is not None and "\n" not in word:
            return word in lines
        span = self.index.get(prefix)
        if span is None:
            return False
        got = self._span_lines(prefix, span) if "\n" not in word else None
        if got is not None:
            # (the pieces between two line breaks of the span: what "\n<word>\n" found in it)
            lines = self._lines[prefix] = frozenset(got[1:-1])
            return word in lines
        return self.text.find(f"\n{word}\n", span[0], span[1]) >= 0

    def value(self, word: str) -> str | None:
        """For a block of ``<word>:<value>`` lines (indexed by the line's first two characters): the
        value on ``word``'s line, or ``None`` when no line has it."""
        key = f"{word}:"
        prefix = key[:2]
        plain = ":" not in word and "\n" not in word
        values = self._values.get(prefix) if plain else None
        if values is not None:
            return values.get(word)
        span = self.index.get(prefix)
        if span is None:
            return None
        if plain and prefix not in self._values and self._kept(prefix, self.VALUES_AFTER):
            values = self._values[prefix] = self._span_values(span)
            if values is not None:
                return values.get(word)
        at = self.text.find(f"\n{key}", span[0], span[1])
        if at < 0:
            return None
        at += len(key) + 1
        return self.text[at:self.text.index("\n", at)]


class Lexicon:
    """Lower-case English words with frequency ranks (0 = most common; rare words share one rank)."""

    __slots__ = ("common", "_common_list", "_rare", "_rare_block", "_rare_index", "_rank", "_lock", "_buckets",
                 "rare_rank", "_rare_set", "_common_crc", "_letters", "_letter_ranks")

    def __init__(self, common: list[str], rare_text: str, common_crc: int | None = None) -> None:
        """``common_crc``: the CRC-32 of the common words' file (when given, each first letter's words
        are found with :data:`LETTERS_FILE`, if it was built from that file)."""
        self._common_list = common
        self._common_crc = common_crc
        self._letters: tuple[dict[str, tuple[int, int]], array] | None | bool = False  # False: not read yet
        self.common: frozenset[str] = frozenset(common)
        block = self._rare_block = WordBlock(rare_text)
        self._rare = block.text
        self._rare_index = block.index
        self._rank: dict[str, int] | None = None  # every common word's rank (when the letters cannot be read)
        self._letter_ranks: dict[str, dict[str, int]] = {}
        self._buckets: dict[str, tuple[list[str], list[int]]] = {}
        self._rare_set: frozenset[str] | None = None
        self._lock = threading.Lock()
        self.rare_rank = len(common) * 2

    def __contains__(self, word: str) -> bool:
        return word in self.common or word in self._rare_block

    def rare_words(self) -> frozenset[str]:
        """The rare words as a set, for the many lookups of a suggestion search (built on first use)."""
        found = self._rare_set
        if found is None:
            with self._lock:
                if self._rare_set is None:
                    self._rare_set = frozenset(self._rare.split())
                found = self._rare_set
        return found

    def most_frequent(self, n: int) -> list[str]:
        """The ``n`` most frequent words, most frequent first."""
        return self._common_list[:n]

    def rank(self, word: str) -> int:
        """Frequency rank of a known word (rare words: ``rare_rank``)."""
        ranks = self._rank
        if ranks is None:
            ranks = self._letter_ranks.get(word[:1])
            if ranks is None:
                ranks = self._ranks_of(word[:1])
        return ranks.get(word, self.rare_rank)

    def _ranks_of(self, first: str) -> dict[str, int]:
        """The ranks of the common words starting with ``first``, built on the letter's first use from
        :data:`LETTERS_FILE` (a few hundred to a few thousand words: ~1 ms, where the table of all 53,000
        cost ~7-20 ms of a process's first draft); the whole table when that file cannot be used."""
        with self._lock:
            found = self._rank if self._rank is not None else self._letter_ranks.get(first)
            if found is None:
                letters = self._read_letters()
                if letters is None:
                    found = self._rank = dict(zip(self._common_list, range(len(self._common_list))))
                else:
                    spans, positions = letters
                    span = spans.get(first)
                    mine = positions[span[0]:span[1]] if span else []
                    found = self._letter_ranks[first] = dict(zip(map(self._common_list.__getitem__, mine), mine))
        return found

    def bucket(self, first: str) -> tuple[list[str], list[int]]:
        """Words starting with ``first`` sorted by length, and where each length starts in that list.

        ``words[starts[n]:starts[n + 1]]`` are the words of length ``n`` (``starts`` has one entry per
        length up to the longest, plus one). Each first letter's bucket is built on its first use (a few
        milliseconds: building all of them at once cost ~25 ms of the first suggestion in a process).
        """
        found = self._buckets.get(first)
        if found is not None:
            return found
        with self._lock:
            found = self._buckets.get(first)
            if found is None:
                words = self._common_with(first)
                # the rare block is sorted, so the words with this first letter are one slice of it
                lo = hi = -1
                for key, (a, b) in self._rare_index.items():
                    if key[:1] == first:
                        lo = a if lo < 0 else min(lo, a)
                        hi = max(hi, b)
                if lo >= 0:
                    words.extend(self._rare[lo:hi].split())
                if words:
                    words.sort(key=len)       # stable: common words stay first within a length
                    longest = len(words[-1])
                    found = (words, [bisect_left(words, n, key=len) for n in range(longest + 2)])
                else:
                    found = ([], [0])
                self._buckets[first] = found
        return found


    def _read_letters(self) -> tuple[dict[str, tuple[int, int]], array] | None:
        """:data:`LETTERS_FILE`'s spans and positions, read on first use (``None`` when it cannot be used;
        called under the lock)."""
        letters = self._letters
        if letters is False:
            letters = None
            if self._common_crc is not None:
                try:
                    letters = read_letters(read_data_bytes(LETTERS_FILE), self._common_crc)
                except (OSError, ValueError):
                    letters = None
            self._letters = letters
        return letters  # type: ignore[return-value]

    def _common_with(self, first: str) -> list[str]:
        """The common words starting with ``first``, most frequent first (called under the lock)."""
        letters = self._read_letters()
        if letters is None:
            return [w for w in self._common_list if w[:1] == first]
        spans, positions = letters  # type: ignore[misc]
        span = spans.get(first)
        return list(map(self._common_list.__getitem__, positions[span[0]:span[1]])) if span else []


_LOCK = threading.Lock()
_CACHE: dict[str, Lexicon] = {}


def load_lexicon() -> Lexicon:
    """The packaged English lexicon (loaded once per process)."""
    found = _CACHE.get("en")
    if found is not None:
        return found
    with _LOCK:
        if "en" not in _CACHE:
            data = read_data_bytes(COMMON_FILE)
            common = data.decode("utf-8").split("\n")
            if common and not common[-1]:
                common.pop()
            _CACHE["en"] = Lexicon(common, read_data("spelling-en-rare.txt"), zlib.crc32(data))
        return _CACHE["en"]
