"""Reading a sentence from slices of the Document's token columns (texts, kinds) gives exactly what reading
it from its Token tuples gave: ``read_sentence``, ``paren_instructions`` and the sentence index's readings
and instructions are compared with reference copies of their code before the columns (issue 12)."""

from __future__ import annotations

import bisect
import sys
from itertools import compress, repeat
from operator import eq, itemgetter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.analysis import sentences as sm
from followup_lint.analysis.sentences import Words, paren_instructions, read_sentence, sentence_functions
from followup_lint.document import Document
from followup_lint.document.tokens import tokenize
from followup_lint.model import Draft
from test_perf_fastpaths_analysis import _paren_instructions_walking_every_bracket
from test_perf_fastpaths_floods import _read_tokens_token_by_token

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import shapes  # noqa: E402

_TEXT, _KIND, _SPAN = itemgetter(2), itemgetter(3), itemgetter(0, 1)


# -- reference copies of the code before the columns (the readings memo left out: a pure memo) ------------

def _old_read_sentence(tokens: Any, known: Any = None, brackets: Any = None) -> Words:
    tokens = tuple(tokens)
    words, picked, paren = _old_read_tokens(tokens, known)
    spans = tuple(map(_SPAN, map(tokens.__getitem__, picked)))
    if paren:
        dropped = _old_paren_instructions(tokens) if brackets is None else brackets
        if dropped:
            starts = [a for a, _b in dropped]
            keep = [(k := bisect.bisect_right(starts, sp[0]) - 1) < 0 or sp[0] >= dropped[k][1] for sp in spans]
            return Words(tuple(compress(words, keep)), tuple(compress(spans, keep)))
    return Words(words, spans)


def _old_read_tokens(tokens: Any, known: Any) -> tuple:
    if len(tokens) > sm._REMEMBERED_TOKENS:
        fast = _old_read_plain_tokens(tokens, known, sm._vocatives())
        if fast is not None:
            return fast
    return _read_tokens_token_by_token(tokens, known)


def _old_read_plain_tokens(tokens: Any, known: Any, vocatives: Any) -> tuple | None:
    is_word = list(map(eq, map(_KIND, tokens), repeat("word")))
    picked = tuple(compress(range(len(is_word)), is_word))
    word_texts = list(compress(map(_TEXT, tokens), is_word))
    readings = {t: sm._read_word(t, known) for t in set(word_texts)}
    for read in readings.values():
        if len(read) != 1 or read[0] in vocatives:
            return None
    firsts = {t: read[0] for t, read in readings.items()}
    return tuple(map(firsts.__getitem__, word_texts)), picked, "(" in map(_TEXT, tokens)


# (``paren_instructions`` before the columns gave what walking every bracket gives: that reference copy)
_old_paren_instructions = _paren_instructions_walking_every_bracket


def _old_instructions(doc: Document, known: Any) -> tuple[tuple[int, int], ...]:
    """``Sentences.instructions`` by reading every sentence with the old code."""
    own = doc.own
    marked = not sm._heads()["instruction"].isdisjoint(doc.lower_words)
    out: list[tuple[int, int]] = []
    for s, e in doc.sentences:
        tokens = [t for t in doc.tokens if s <= t.start < e]
        if marked and sm.classify(_old_read_sentence(tokens, known), own[s:e])[0] & sm.Function.INSTRUCTION:
            out.append((s, e))
        elif "(" in own[s:e]:
            out.extend(_old_paren_instructions(tokens))
    # (the square-bracketed instruction sentences, read from the text alone: not the columns' concern)
    bracketed = sm._bracketed_instructions(own, doc.sentences) if "[" in own else []
    return tuple(sorted(set(out + bracketed)))


# -- the inputs ---------------------------------------------------------------------------------------------

_KNOWN = {"thanks", "thank", "appreciate", "the", "a", "plan", "know"}.__contains__
_HAND_MADE = [
    "Hi Dana,\n\nThank you (mention the project you liked best). I particularly like (Specifically what you "
    "liked best about the job).\n\nBest,\nSam\n",
    "\"a\" 'b' (c) " * 120,
    "I'd love to know what you think of the plan, " * 30,
    "Thnak you sir, I don't know (Say what you learned there) ur plans.\n" * 3,
    ("We talked about caching ( mention the team plans here please ) and " * 40) + "thanks.",
    "Hi.\n" * 60,
]
_SHAPES = ["quotes", "one paragraph", "brackets", "Hi.\\n lines", "capitalised non-words", "placeholders"]
_PIECES = st.sampled_from(["Thank", "thanks", "thnak", "you", "sir", "(", ")", "(mention the project)",
                           "(Say what you learned there)", "I", "don't", "ur", "the", "plan", "Write", "here",
                           ".", ",", "?", "\n", "[Name]", "’", "'", "a", "b", "c", "know", "mention", "(c)"])
_BODIES = st.lists(_PIECES, max_size=300).map(" ".join)


def _check(body: str) -> None:
    doc = Document(Draft(body=body))
    for known in (None, _KNOWN):
        sentences = sentence_functions(doc, known)
        for k, (s, e) in enumerate(doc.sentences):
            tokens = [t for t in doc.tokens if s <= t.start < e]
            expected = _old_read_sentence(tokens, known)
            assert sentences._read(k) == expected, (body[:80], k)
            assert read_sentence(tokens, known) == expected
            assert paren_instructions(tokens) == _old_paren_instructions(tokens)
        assert sentence_functions(doc, known).instructions == _old_instructions(doc, known)
    tokens = tokenize(body)  # (one sentence of them all, long or not: the callers outside the index)
    assert read_sentence(tokens, _KNOWN) == _old_read_sentence(tokens, _KNOWN)
    assert paren_instructions(tokens) == _old_paren_instructions(tokens)


@pytest.mark.parametrize("body", _HAND_MADE)
def test_sentences_read_from_the_columns_as_from_the_tokens_on_hand_made_drafts(body: str) -> None:
    _check(body)


@pytest.mark.parametrize("name", _SHAPES)
def test_sentences_read_from_the_columns_as_from_the_tokens_on_the_hostile_shapes(name: str) -> None:
    _check(shapes.sized(shapes.SHAPES[name], 6_000))


@settings(max_examples=120, deadline=None)
@given(_BODIES)
def test_sentences_read_from_the_columns_as_from_the_tokens_on_drawn_drafts(body: str) -> None:
    _check(body)
