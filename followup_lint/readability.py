"""Flesch reading ease and Flesch-Kincaid grade, computed from sentence, word and syllable counts.

The syllable count uses pyphen's English hyphenation dictionary (the counter textstat itself uses for
languages without a pronunciation dictionary), loaded lazily, with a vowel-group fallback.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, Sequence

__all__ = ["readability", "syllables"]

_VOWELS: Final = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=1)
def _pyphen():  # type: ignore[no-untyped-def]
    try:
        import pyphen

        return pyphen.Pyphen(lang="en_US")
    except Exception:  # pyphen missing or its dictionary unreadable: fall back to vowel groups
        return None


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word (at least one)."""
    w = word.lower().strip(".'’")
    if not w:
        return 0
    dic = _pyphen()
    if dic is not None:
        return max(1, len(dic.positions(w)) + 1)
    groups = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(1, groups)


def readability(sentences: Sequence[str], words: Sequence[str]) -> tuple[float | None, float | None]:
    """(Flesch reading ease, Flesch-Kincaid grade) or (None, None) for a text without words."""
    n_words = len(words)
    n_sent = max(1, len(sentences))
    if n_words == 0:
        return None, None
    n_syll = sum(syllables(w) for w in words)
    wps = n_words / n_sent
    spw = n_syll / n_words
    ease = 206.835 - 1.015 * wps - 84.6 * spw
    grade = 0.39 * wps + 11.8 * spw - 15.59
    return round(ease, 1), round(grade, 1)
