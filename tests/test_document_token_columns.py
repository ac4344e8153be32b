"""The Document's per-token columns (``token_starts``, ``token_texts``, ``token_kinds``) and the parts that
read them instead of a pass of their own over the Token tuples give exactly what those passes gave: each
part is compared with a reference copy of its code before the columns (issue 12)."""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections import Counter
from itertools import compress, repeat
from operator import eq, itemgetter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint import Config, Linter
from followup_lint.document import Document
from followup_lint.document.tokens import split_sentences, tokenize, tokenize_with_columns
from followup_lint import metrics as metrics_module
from followup_lint.analysis import sentences as sm
from followup_lint.analysis.sentences import sentence_functions
from followup_lint.metrics import compute_metrics
from followup_lint.model import Draft
from followup_lint.rules import _topics
from followup_lint.rules._mechanics_common import _PROTECTED_KINDS, build_protected
from followup_lint.rules._phrases import index_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import shapes  # noqa: E402

_START, _END, _TEXT, _KIND = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
_SPAN = itemgetter(0, 1)


# -- reference copies of the code before the columns -------------------------------------------------------

def _old_words(doc: Document) -> tuple:
    return tuple(compress(doc.tokens, map(eq, map(_KIND, doc.tokens), repeat("word"))))


def _old_kind_counts(doc: Document) -> Counter:
    return Counter(map(_KIND, doc.tokens))


def _old_counted(doc: Document) -> tuple[list[int], list[str]]:
    counted = list(compress(doc.tokens, map(_topics._COUNTED_KINDS.__contains__, map(_KIND, doc.tokens))))
    del counted[_topics.ANALYSED_WORDS:]
    counted = _topics.outside_slots(doc, counted)
    return list(map(_START, counted)), list(map(_TEXT, counted))


def _old_protected_ranges(doc: Document, field: str) -> list[tuple[int, int]]:
    tokens = doc.tokens if field == "body" else doc.subject_tokens
    ranges = list(map(_SPAN, compress(tokens, map(_PROTECTED_KINDS.__contains__, map(_KIND, tokens)))))
    placeholders = doc.placeholders if field == "body" else doc.subject_placeholders
    ranges.extend((p.start, p.end) for p in placeholders)
    return ranges


def _old_token_lines(tokens: tuple) -> str:
    return "\n".join(map(_TEXT, tokens))


def _old_content_words(doc: Document) -> list[str]:
    """The words ``compute_metrics`` reads the readability of."""
    lo, hi = doc.content_range
    words = doc.words
    a, b = bisect_left(words, lo, key=_START), bisect_left(words, hi, key=_START)
    return list(map(_TEXT, words[a:b])) or list(map(_TEXT, words))


def _old_question_anchors(doc: Document, anchors: frozenset) -> list[int]:
    return list(compress(map(_START, doc.words), map(anchors.__contains__, map(str.lower, map(_TEXT, doc.words)))))


def _old_word_anchors(doc: Document, hits: set) -> list[int]:
    return list(compress(map(_START, doc.words), map(hits.__contains__, list(map(_TEXT, doc.words)))))


# -- the inputs ---------------------------------------------------------------------------------------------

_HAND_MADE = [
    "",
    "Hi Dana,\n\nThank you for the talk about caching (mention the project).\n\nBest,\nSam\n",
    "Hi [Name],\n\nThanks for {{x}} and see http://a.example/x or mail me at sam@example.com, @sam.\n\nBest,\nSam",
    "\"a\" 'b' (c) " * 40,
    "Hi.\n" * 50,
    "[Name] {{x}} " * 30,
    "I'd love to know what you think of the plan, " * 20,
    "Dear Ms. Alvarez:\n\nI loved the `code` part, e.g. the v2 API and Q3 plans 🙂.\n\n> quoted\n\nRegards,\nMaya",
]
_SHAPES = ["quotes", "Hi.\\n lines", "placeholders", "one paragraph", "capitalised non-words", "Markdown code",
           "brackets", "URL", "zero-width", "combining marks", "many <p>"]
_PIECES = st.sampled_from(["Hi", "Dana", ",", ".", "\n", "\n\n", " ", "(", ")", "\"", "'", "[Name]", "{{x}}",
                           "thanks", "the", "plan", "v2", "e.g.", "http://a.example/x", "sam@example.com", "@sam",
                           "`code`", "🙂", "é", "_", "?", "!", "Best,\nSam", "caching", "I'd", "know", "3"])
_BODIES = st.lists(_PIECES, max_size=60).map("".join)


_LINTER = Linter(Config())


def _check(body: str, subject: str = "Thank you [Name]") -> None:
    doc = Document(Draft(body=body, subject=subject))
    tokens = doc.tokens
    assert doc.token_starts == tuple(t.start for t in tokens)
    assert doc.token_texts == tuple(t.text for t in tokens)
    assert doc.token_kinds == tuple(t.kind for t in tokens)
    assert doc.words == _old_words(doc)
    assert Counter(doc.token_kinds) == _old_kind_counts(doc)
    assert _topics._counted(doc) == _old_counted(doc)
    for field in ("body", "subject"):
        protected, ranges = build_protected(doc, field), sorted(_old_protected_ranges(doc, field))
        assert (protected.starts, protected.ends) == ([s for s, _e in ranges], [e for _s, e in ranges])
    assert list(index_of(doc).token_starts) == [t.start for t in tokens]
    ctx = _LINTER._context(Draft(body=body, subject=subject), None, None, None, False, None)
    assert ctx.analysis.field("body").token_lines == _old_token_lines(ctx.doc.tokens)
    assert ctx.analysis.field("subject").token_lines == _old_token_lines(ctx.doc.subject_tokens)
    assert doc.sentences == tuple(split_sentences(doc.own, list(doc.tokens)))  # (with no starts given)
    assert doc.word_starts == tuple(t.start for t in doc.words)
    assert doc.word_texts == tuple(t.text for t in doc.words)
    assert doc.lower_words == tuple(t.text.lower() for t in doc.words)
    # the metrics' readability reads the content words: compared through a stand-in that records them
    seen: list[list[str]] = []
    real = metrics_module._readability
    metrics_module._readability = lambda prose, words: (seen.append(words), real(prose, words))[1]
    try:
        compute_metrics(doc)
    finally:
        metrics_module._readability = real
    assert seen == [_old_content_words(doc)]
    sentences = sentence_functions(doc)
    for k in range(len(doc.sentences)):
        sentences.asks(k)
    heads = sm._question_anchors()
    if sentences._anchors is not None:
        assert sentences._anchors == _old_question_anchors(doc, heads)
    for needs in (sm._instruction_needs(), frozenset({"know", "plan", "thanks"})):
        hits = sentences._hits(needs)
        assert sentences._word_anchors(needs) == _old_word_anchors(doc, hits)


@pytest.mark.parametrize("body", _HAND_MADE)
def test_columns_and_their_readers_match_the_token_passes_on_hand_made_drafts(body: str) -> None:
    _check(body)


@pytest.mark.parametrize("name", _SHAPES)
def test_columns_and_their_readers_match_the_token_passes_on_the_hostile_shapes(name: str) -> None:
    _check(shapes.sized(shapes.SHAPES[name], 20_000))


@settings(max_examples=150, deadline=None)
@given(_BODIES, _BODIES)
def test_columns_and_their_readers_match_the_token_passes_on_drawn_drafts(body: str, subject: str) -> None:
    _check(body, subject)


@settings(max_examples=300, deadline=None)
@given(_BODIES)
def test_the_columns_tokenizing_gives_are_those_of_its_tokens(body: str) -> None:
    tokens, columns = tokenize_with_columns(body)
    assert tokens == tokenize(body)
    if columns is not None:
        assert columns == ([t.start for t in tokens], [t.text for t in tokens], [t.kind for t in tokens])
        assert split_sentences(body, tokens, columns[0]) == split_sentences(body, tokens)


def test_the_usual_text_gets_its_columns_from_the_tokenizing() -> None:
    """(no URL, code, address or handle, no word glued to a digit: the columns come at no cost; a digit on
    its own is no glue)"""
    for body in ("Hi Dana,\n\nThanks for the talk on 3 May.\n\nBest,\nSam", "\"a\" 'b' (c) " * 50, "Hi.\n" * 9):
        assert tokenize_with_columns(body)[1] is not None
        doc = Document(Draft(body=body))
        assert "token_kinds" in vars(doc) and doc.token_kinds == tuple(t.kind for t in doc.tokens)
    for body in ("see http://a.example/x", "the v2 API", "`code`", "Q3 plans"):
        assert tokenize_with_columns(body)[1] is None
