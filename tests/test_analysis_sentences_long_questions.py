"""In a very long sentence (a 1 MB text of quotes is one "sentence" of 250,000 words) indirect questions are
looked for only where a head's first two words stand (picked in C), not at every word that may begin one:
the same readings as trying every such word (``_where``, the code it replaced), on hand-made and
hypothesis-drawn sentences and the issue-12 shapes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.analysis import sentences as S
from followup_lint.analysis.sentences import classify, read_sentence
from followup_lint.document.tokens import tokenize

_PIECES = ["I was wondering", "whether", "I'd like to know", "what you think of", "the plan", "a", "quick",
           "a quick question", "is", "I meant to ask", "(Write the question here)", "I'm curious", "how", "you",
           "would", "recommend", "any advice", "you may have", "I was interested to hear", "about", "the team",
           "question is", "one question", "\"a\" 'b' (c)", "more about", "Flir", "what", "love to", "know", "ask"]


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    words = read_sentence(tokenize(text))
    now = classify(words, text)
    monkeypatch.setattr(S, "_starting", S._where)
    S._classify.cache_clear()
    before = classify(words, text)
    monkeypatch.undo()
    S._classify.cache_clear()
    return now, before


@pytest.mark.parametrize("pieces", [_PIECES, _PIECES[::-1], _PIECES[:8], _PIECES[10:]])
def test_a_long_sentence_reads_as_trying_every_word(pieces: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(pieces * 60)
    assert len(read_sentence(tokenize(text)).words) > S._MANY_WORDS
    now, before = _both(text, monkeypatch)
    assert now == before
    assert now[0] & S.Function.INDIRECT_QUESTION


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.integers(30, 80))
def test_drawn_long_sentences_read_as_trying_every_word(pieces: list[str], times: int) -> None:
    text = " ".join(pieces * times)
    with pytest.MonkeyPatch.context() as mp:
        now, before = _both(text, mp)
    assert now == before


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "quick", "question", "meant", "to", "ask", "curious", "wondering", "like",
                                 "know", "is", "one", "b", "'d", "love"]), max_size=1500))
def test_starting_keeps_every_position_where_an_entry_starts(words: list[str]) -> None:
    heads, asking = S._cls("question", "indirect_heads"), S._cls("question", "ask_heads")
    at = [i for i in S._where(words, heads, asking) if heads.at(words, i) > 0 or asking.at(words, i) > 0]
    picked = S._starting(words, heads, asking)
    assert set(at) <= set(picked) <= set(S._where(words, heads, asking))
    assert picked == sorted(picked)


def test_the_issue_12_shapes_read_as_trying_every_word(monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import shapes

    for name in ("quotes", "i i i", "non-words", "one paragraph", "placeholders"):
        text = shapes.sized(shapes.SHAPES[name], 40_000)
        now, before = _both(text, monkeypatch)
        assert now == before, name
