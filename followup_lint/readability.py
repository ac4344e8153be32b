"""Flesch reading ease and Flesch-Kincaid grade from sentence, word and syllable counts.

Why not call textstat? Measured here (on 2 cores, Python 3.11): textstat 0.7.9 and later count English syllables with NLTK's cmudict, which they download
over the network on first use (and fail offline on every call); ``import textstat`` 0.7.13 costs
~200 ms (NLTK) plus ~90 ms on the first metric; 0.7.8 loads a 135k-entry dictionary (~1 s); 0.7.4/0.7.5
import ``pkg_resources``. For languages without a pronunciation dictionary textstat 0.7.13 counts
syllables as ``len(Pyphen(lang).positions(word)) + 1``; we do exactly that with pyphen's en_US
hyphenation dictionary, and apply the standard Flesch formulas ourselves. pyphen itself parses all
11,000 patterns of that file on load (~60 ms, the largest part of a cold command-line run); we read the
same installed file (``_Patterns``: ~4 ms, each pattern's values parsed on its first use) and apply
pyphen's algorithm (``HyphDict.positions`` with ``Pyphen``'s default left = right = 2), so the counts
are pyphen's; pyphen is imported only when its file cannot be read that way. The ~53,000 common words'
counts come counted ahead in ``data/hyphenation-counts-en.txt`` (one ``str.find`` a word instead of a
walk through the patterns, ~30 us, for each new word of a new draft), used only for the dictionary
file they were counted from (its CRC-32 is in the file's first line). Nothing here touches the network, and ``import followup_lint`` does not
import pyphen. ``tests/test_readability.py`` checks the syllable counts against textstat 0.7.13's
pyphen path when textstat is installed (the ``test`` extra pins it).
"""

from __future__ import annotations

import re
import threading
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, Sequence

if TYPE_CHECKING:
    from .spelling.lexicon import WordBlock

__all__ = ["readability", "syllables", "flesch_reading_ease", "flesch_kincaid_grade", "PYPHEN_LANG"]

PYPHEN_LANG: Final = "en_US"
_VOWELS: Final = re.compile(r"[aeiouy]+")
_LOCK = threading.Lock()
_DICT: list[Any] = []


_IGNORED: Final = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")
_NONZERO: Final = re.compile(r"[1-9]")
_PARSE: Final = re.compile(r"(\d?)(\D?)")  # pyphen's own pattern parser


class _Patterns:
    """pyphen's hyphenation of one ``hyph_*.dic`` file, its patterns' values parsed lazily.

    Same results as ``pyphen.Pyphen(filename=path).positions(word)`` (the same file, the same
    algorithm); files with pyphen's rarer syntax (``^^hh`` escapes, nonstandard hyphenation) are left
    to pyphen itself (``load`` returns ``None``).
    """

    __slots__ = ("raw", "parsed", "maxlen", "cache", "known")

    def __init__(self, raw: dict[str, str], known: WordBlock | None = None) -> None:
        self.raw = raw                               # letters ("abab") -> the pattern line ("a1bab")
        self.parsed: dict[str, tuple[int, tuple[int, ...]]] = {}
        self.maxlen = max(map(len, raw))
        self.cache: dict[str, int] = {}
        # the common words' counts, counted ahead from this very file (``None``: count every word)
        self.known = known

    @classmethod
    def load(cls, path: Any, known: bool = True) -> _Patterns | None:
        """The patterns of the file at ``path`` (``None``: a syntax left to pyphen); ``known``: start
        with the packaged counts of the common words when they were computed from this same file."""
        data = path.read_bytes()
        head, _, _ = data.partition(b"\n")
        encoding = head.decode().strip()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        body = data.decode(encoding).split("\n", 1)[1] if b"\n" in data else ""
        if "^^" in body or "/" in body:
            return None
        lines = body.split("\n")
        stripped = body
        for digit in "0123456789":
            stripped = stripped.replace(digit, "")
        raw: dict[str, str] = {}
        for key, line in zip(stripped.split("\n"), lines):
            if key == line:                          # no digit: no hyphenation value (or a blank line)
                continue
            if line[:1].isspace() or line[-1:].isspace():
                line = line.strip()
                key = "".join(ch for ch in line if not ch.isdigit())
            if line.startswith(_IGNORED) or ("0" in line and not _NONZERO.search(line)):
                continue
            raw[key] = line
        if not raw:
            return None
        return cls(raw, known_counts(zlib.crc32(data)) if known else None)

    def _values(self, key: str) -> tuple[int, tuple[int, ...]] | None:
        found = self.parsed.get(key)
        if found is None:
            line = self.raw.get(key)
            if line is None:
                return None
            values = [int(i or "0") for i, _string in _PARSE.findall(line)]
            start, end = 0, len(values)
            while not values[start]:
                start += 1
            while not values[end - 1]:
                end -= 1
            found = self.parsed[key] = (start, tuple(values[start:end]))
        return found

    def count(self, word: str) -> int:
        """``len(Pyphen(...).positions(word))``: the hyphenation points at least 2 from either end."""
        found = self.cache.get(word)
        if found is not None:
            return found
        known = self.known.value(word) if self.known is not None else None
        if known is not None:
            found = int(known)
            if len(self.cache) < 65536:
                self.cache[word] = found
            return found
        low = word.lower()
        pointed = f".{low}."
        n = len(pointed)
        references = [0] * (n + 1)
        raw = self.raw
        maxlen = self.maxlen
        for i in range(n - 1):
            for j in range(i + 1, min(i + maxlen, n) + 1):
                if pointed[i:j] not in raw:
                    continue
                offset, values = self._values(pointed[i:j])  # type: ignore[misc]
                a = i + offset
                for k, v in enumerate(values, a):
                    if v > references[k]:
                        references[k] = v
        right = len(word) - 2
        found = sum(1 for i, r in enumerate(references) if r % 2 and 2 <= i - 1 <= right)
        if len(self.cache) < 65536:
            self.cache[word] = found
        return found


#: the hyphenation points of the common words, counted at build time by this module's ``_Patterns``
#: (``tools/build_hyphenation_counts.py``): a first line naming the dictionary file's CRC-32, then
#: sorted ``<word>:<points>`` lines indexed by two-letter prefix (a lookup is one ``str.find``)
COUNTS_FILE: Final = "hyphenation-counts-en.txt"
_COUNTS_HEAD: Final = re.compile(r"# crc32=([0-9a-f]{8})\b")


def counted_ahead(word: str) -> bool:
    """Can :func:`syllables` ask the counter about ``word`` (lower case, no apostrophe, hyphen, colon or
    edge dot, not too long), so that counting it ahead is of use?"""
    return (0 < len(word) <= _LONGEST_WORD and word == word.lower() and not any(c in word for c in "'’-:")
            and word.strip(".") == word)


def known_counts(crc: int, text: str | None = None) -> WordBlock | None:
    """The packaged counts (:data:`COUNTS_FILE`, or ``text``), or ``None`` when they were counted from
    another dictionary file than the one whose CRC-32 is ``crc`` (another pyphen version): then every
    word is counted from the file itself."""
    from .spelling.lexicon import WordBlock, read_data

    if text is None:
        try:
            text = read_data(COUNTS_FILE)
        except OSError:
            return None
    head, _, body = text.partition("\n")
    m = _COUNTS_HEAD.match(head)
    if m is None or int(m[1], 16) != crc:
        return None
    return WordBlock(body)


def _find_dictionary() -> Any:
    """The path of pyphen's installed ``hyph_en_US.dic``, found without importing pyphen."""
    from importlib.machinery import PathFinder
    from pathlib import Path

    spec = PathFinder.find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "dictionaries" / f"hyph_{PYPHEN_LANG}.dic"
        if path.is_file():
            return path
    return None


class _PyphenCounter:
    """pyphen itself, for a dictionary file ``_Patterns`` does not read."""

    def __init__(self, dic: Any) -> None:
        self.dic = dic

    def count(self, word: str) -> int:
        return len(self.dic.positions(word))


def _pyphen() -> Any:
    """The en_US hyphenation counter, loaded once (thread-safe); ``None`` when pyphen is unavailable."""
    if _DICT:
        return _DICT[0]
    with _LOCK:
        if not _DICT:
            counter: Any = None
            try:
                path = _find_dictionary()
                counter = _Patterns.load(path) if path is not None else None
            except Exception:  # unreadable: let pyphen try
                counter = None
            if counter is None:
                try:
                    import pyphen

                    counter = _PyphenCounter(pyphen.Pyphen(lang=PYPHEN_LANG))
                except Exception:  # pyphen missing or its dictionary unreadable: fall back to vowel groups
                    counter = None
            _DICT.append(counter)
    return _DICT[0]


_LONGEST_WORD = 40


def _vowel_groups(w: str) -> int:
    groups = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(1, groups)


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word, as textstat 0.7.13 counts them without cmudict (at least one per part).

    Hyphenated words count each part; apostrophes are dropped ("I've" is one syllable).
    """
    total = 0
    for part in word.lower().replace("’", "'").split("-"):
        w = part.replace("'", "").strip(".")
        if not w:
            continue
        dic = _pyphen()
        # a part longer than any English word (a URL, a 200,000-letter token) is not hyphenated:
        # the pattern walk costs its length times the longest pattern
        total += dic.count(w) + 1 if dic is not None and len(w) <= _LONGEST_WORD else _vowel_groups(w)
    return total


def flesch_reading_ease(n_sentences: int, n_words: int, n_syllables: int) -> float:
    return 206.835 - 1.015 * (n_words / n_sentences) - 84.6 * (n_syllables / n_words)


def flesch_kincaid_grade(n_sentences: int, n_words: int, n_syllables: int) -> float:
    return 0.39 * (n_words / n_sentences) + 11.8 * (n_syllables / n_words) - 15.59


def readability(sentences: Sequence[str], words: Sequence[str]) -> tuple[float | None, float | None]:
    """(Flesch reading ease, Flesch-Kincaid grade), rounded to 0.1, or (None, None) without words."""
    n_words = len(words)
    if n_words == 0:
        return None, None
    n_sent = max(1, len(sentences))
    n_syll = sum(map(syllables, words))
    return (round(flesch_reading_ease(n_sent, n_words, n_syll), 1),
            round(flesch_kincaid_grade(n_sent, n_words, n_syll), 1))
