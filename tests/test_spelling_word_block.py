"""A word block (a sorted text of words, or of ``word:value`` lines, indexed by two-letter prefix) answers
from a set of a span's lines once that span has been asked often enough: the same answers as searching the
span's text, for the words it holds, for words it does not (a miss searched a whole 30 KB span), and for
odd keys (a colon, a line break, an empty word)."""

from __future__ import annotations

import random

import pytest

from followup_lint.readability import _pyphen
from followup_lint.spelling.engine import _scowl_rare
from followup_lint.spelling.lexicon import WordBlock, load_lexicon


def _searched_in(block: WordBlock, word: str) -> bool:
    span = block.index.get(word[:2])
    return span is not None and block.text.find(f"\n{word}\n", span[0], span[1]) >= 0


def _searched_value(block: WordBlock, word: str) -> str | None:
    key = f"{word}:"
    span = block.index.get(key[:2])
    if span is None:
        return None
    at = block.text.find(f"\n{key}", span[0], span[1])
    if at < 0:
        return None
    at += len(key) + 1
    return block.text[at:block.text.index("\n", at)]


def _probes(lines: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [line.partition(":")[0] for line in lines if line]
    picked = rng.sample(words, min(400, len(words)))
    out = list(picked)
    for w in picked[:150]:
        out += [w[:-1], w + "s", w[:1] + w, w.upper(), w + ":", w + "\nx", w[:2]]
    out += ["", "a", "i", ":", "co", "re", "un", "zz", "é", "a:b", "\n"]
    return out


def _blocks() -> list[tuple[str, WordBlock]]:
    out = [("scowl-rare", _scowl_rare()), ("lexicon-rare", load_lexicon()._rare_block)]
    counts = _pyphen()
    if counts is not None and counts.known is not None:
        out.append(("syllable-counts", counts.known))
    return out


@pytest.mark.parametrize("name, packaged", _blocks(), ids=lambda v: v if isinstance(v, str) else "")
def test_a_block_answers_as_searching_its_text(name: str, packaged: WordBlock) -> None:
    lines = packaged.text.split("\n")
    probes = _probes(lines, seed=len(name))
    fresh = WordBlock(_as_file(packaged))         # (a new block: its spans not yet kept as sets)
    for _ in range(WordBlock.SET_AFTER + 1):       # before, at and after a span is kept as a set
        for word in probes:
            assert (word in fresh) == _searched_in(packaged, word), (name, word)
            assert fresh.value(word) == _searched_value(packaged, word), (name, word)
    assert fresh._lines                           # (some spans were answered from their sets)


def _as_file(block: WordBlock) -> str:
    head = " ".join(f"{k}={a},{b}" for k, (a, b) in block.index.items())
    return head + block.text   # (the text starts with its line break, as read)


def test_a_span_asked_a_few_times_is_searched_not_kept() -> None:
    block = WordBlock("ab=0,9 cd=9,18\n" + "abc\nabd\ncde\ncdf\n")
    for _ in range(WordBlock.SET_AFTER // 2 - 1):
        assert "abd" in block and "abx" not in block
    assert block._lines == {}
    assert "abx" not in block and "abc" in block
    assert block._lines == {"ab": frozenset({"abc", "abd"})}


def test_the_values_of_a_span_asked_often_are_kept() -> None:
    block = WordBlock("ab=0,20 cd=19,26\n" + "abc:1\nabd:22\nabd:3\ncde:4\n")
    for _ in range(WordBlock.VALUES_AFTER - 1):
        assert block.value("abd") == "22" and block.value("cde") == "4"
    assert block._values == {}
    assert block.value("abx") is None
    assert block._values == {"ab": {"abc": "1", "abd": "22"}}   # (the first line of a word, as searched)


def test_values_of_a_span_whose_end_cuts_a_line_are_searched() -> None:
    block = WordBlock("ab=0,12\n" + "abc:1\nabd:22\n")   # (the span ends inside "abd:22")
    for _ in range(WordBlock.SET_AFTER + 1):
        assert block.value("abc") == "1"
        assert block.value("abd") == "22"
        assert block.value("abe") is None
