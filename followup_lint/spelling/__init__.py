"""Spelling: the packaged English word list, US/UK variants, curated trade words and fast suggestions.

Nothing here is imported by ``import followup_lint``; the rule loads it through ``ctx.resources``.
"""

from __future__ import annotations

from .engine import Speller, Variant, load_speller
from .lexicon import Lexicon, load_lexicon

__all__ = ["Lexicon", "Speller", "Variant", "load_lexicon", "load_speller"]
