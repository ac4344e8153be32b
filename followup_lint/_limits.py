"""Work bounds for pathological drafts (a pasted log, 1 MB of distinct words): one place, so that every
per-word analysis stops at the same point.

A thank-you note has a few hundred words; ``too-long`` already reports anything near these bounds. Past
them, the per-word analyses (spelling, the content terms of the substance rules) read the first
:data:`ANALYSED_WORDS` words only, so that the cost of a draft stays bounded by its first ~150 KB.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ANALYSED_WORDS"]

#: words of one draft that the per-word analyses look at, at most
ANALYSED_WORDS: Final = 20_000
