"""Flesch reading ease and Flesch-Kincaid grade from sentence, word and syllable counts.

Why not call textstat? Measured here (../shared/DEPENDENCIES.md, re-measured): textstat 0.7.9 and later count English syllables with NLTK's cmudict, which they download
over the network on first use (and fail offline on every call); ``import textstat`` 0.7.13 costs
~200 ms (NLTK) plus ~90 ms on the first metric; 0.7.8 loads a 135k-entry dictionary (~1 s); 0.7.4/0.7.5
import ``pkg_resources``. For languages without a pronunciation dictionary textstat 0.7.13 counts
syllables as ``len(Pyphen(lang).positions(word)) + 1``; we do exactly that with pyphen's en_US
hyphenation dictionary (import ~13 ms, load ~55 ms, once per process, lazily), and apply the standard
Flesch formulas ourselves. Nothing here touches the network, and ``import followup_lint`` does not
import pyphen. ``tests/test_readability.py`` checks the syllable counts against textstat 0.7.13's
pyphen path when textstat is installed (the ``test`` extra pins it).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any, Final, Sequence

__all__ = ["readability", "syllables", "flesch_reading_ease", "flesch_kincaid_grade", "PYPHEN_LANG"]

PYPHEN_LANG: Final = "en_US"
_VOWELS: Final = re.compile(r"[aeiouy]+")
_LOCK = threading.Lock()
_DICT: list[Any] = []


def _pyphen() -> Any:
    """pyphen's en_US dictionary, loaded once (thread-safe); ``None`` when pyphen is unavailable."""
    if _DICT:
        return _DICT[0]
    with _LOCK:
        if not _DICT:
            try:
                import pyphen

                _DICT.append(pyphen.Pyphen(lang=PYPHEN_LANG))
            except Exception:  # pyphen missing or its dictionary unreadable: fall back to vowel groups
                _DICT.append(None)
    return _DICT[0]


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
        total += len(dic.positions(w)) + 1 if dic is not None else _vowel_groups(w)
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
    n_syll = sum(syllables(w) for w in words)
    return (round(flesch_reading_ease(n_sent, n_words, n_syll), 1),
            round(flesch_kincaid_grade(n_sent, n_words, n_syll), 1))
