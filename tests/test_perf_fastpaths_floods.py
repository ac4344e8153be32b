"""Speed-ups for the 1 MB shapes of issue 12 that were still over a second give what the code they stand in
for gives, on every real note we hold (the dev corpus, the held-out and outside fixtures, the benchmark
drafts) and on randomised drafts:

- a phrase list's trigger with a character that is nowhere in a long text is not looked for in it;
- bracketed instructions are looked for only between a "(" and a ")" three tokens or more apart;
- a long sentence whose distinct words each read as one word (no vocative) is read a distinct word at a
  time, its words picked in C.
"""

from __future__ import annotations

import random

import pytest

from followup_lint.analysis import sentences
from followup_lint.document.tokens import tokenize
from followup_lint.rules import _phrases

from test_perf_equivalence import _existences, _texts
from test_perf_fastpaths_analysis import _paren_instructions_walking_every_bracket, _records

_SHAPES = ["\"a\" 'b' (c) ", "[Name] {{x}} ", "Hi.\n", '("[', "We talked about caching and the team plans. "]


def _long_texts() -> list[str]:
    """Texts past the length from which triggers are gated: real notes run together, hostile shapes, and
    random drafts of the phrase lists' own words (a trigger in nearly every line)."""
    bodies = [r["body"] for r in _records()]
    out = ["\n\n".join(bodies[i:i + 40]) for i in range(0, len(bodies), 40)]
    out += [unit * (40_000 // len(unit)) + tail for unit in _SHAPES for tail in ("", " We met on Zoom. Thanks!")]
    randoms = _texts(23, 600)
    out += ["\n".join(randoms[i:i + 100]) for i in range(0, len(randoms), 100)]
    assert sum(len(t) >= _phrases._GATED for t in out) >= 12
    return out


def test_triggers_missing_a_character_of_a_long_text_are_not_searched_with_the_same_matches(
        monkeypatch: pytest.MonkeyPatch) -> None:
    checks = [c for c in _existences() if c.triggers]
    assert len(checks) >= 12
    found = 0
    skipped = 0
    for k, text in enumerate(_long_texts()):
        start, end = (k * 13) % 500, len(text) - (k % 7)
        cut = sorted({0, start, *range(start, end, 997), end})
        ranges = list(zip(cut, cut[1:]))
        for mode in ("gated", "searched"):
            monkeypatch.setattr(_phrases, "_GATED", 0 if mode == "gated" else 10**12)
            got = [([(m.start, m.end, m.text) for m in c.finditer(text, start, end)],
                    [m and (m.start, m.end) for m in c.search_each(text, ranges)]) for c in checks]
            if mode == "gated":
                gated = got
            else:
                assert gated == got, text[:80]
        found += sum(len(a) for a, _b in got)
        low = text.lower()
        skipped += sum(len(c.triggers) - len(_phrases._possible(low, c.triggers)) for c in checks)
    assert found > 1000 and skipped > 500  # (matches found, and triggers skipped: the gate did something)


def _bracket_bodies(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    pieces = ["(", ")", "(", ")", "Mention", "the", "project", "we", "discussed", "I", "Specifically", "what",
              "you", "liked", ".", "!", "?", "2024", "x_y", "NASA", "Dana", "add", "date", "here", "\n", ",", "'"]
    return [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(3, 300))) for _ in range(n)]


def test_bracketed_instructions_between_pairs_picked_in_c_equal_walking_every_bracket() -> None:
    texts = [r["body"] for r in _records()] + _bracket_bodies(5, 400) + [
        unit * 200 for unit in _SHAPES] + ["(a b c) " * 50, "x (A b c) " * 50, "(( Mention the project ))",
                                           "So (tell them about it)", "x (tell " + "y " * 58 + ")"]
    found = 0
    for text in texts:
        tokens = tokenize(text)
        fast = sentences.paren_instructions(tokens)
        assert fast == _paren_instructions_walking_every_bracket(tokens), text
        found += len(fast)
    assert found >= 50


def _read_tokens_token_by_token(tokens, known):
    """``_read_tokens`` as it was (reference copy): every token read in turn."""
    words, picked = [], []
    paren = False
    vocatives = sentences._vocatives()
    for index, (_start, _end, text, kind) in enumerate(tokens):
        if kind == "word":
            read = sentences._read_word(text, known)
            if len(read) == 1:
                if read[0] in vocatives:
                    continue
                words.append(read[0])
                picked.append(index)
            else:
                words.extend(read)
                picked.extend([index] * len(read))
        elif text == "(":
            paren = True
    return tuple(words), tuple(picked), paren


def test_long_sentences_read_a_distinct_word_at_a_time_equal_reading_every_token() -> None:
    from followup_lint.spelling import engine  # noqa: F401  (the spelling checker's words, for mending)

    rnd = random.Random(9)
    extra = ["sir", "ma'am", "don't", "ur", "thnak", "thaks", "(", ")", "’", "'", "I", "(c)", "apprecaite"]
    bodies = [r["body"] for r in _records()]
    texts = [" ".join(bodies[i:i + 6]) for i in range(0, len(bodies), 6)]
    texts += [unit * 200 for unit in _SHAPES]
    plain = "We talked about caching and the team plans a b c ( ) . , Thanks NASA 2024 x_y".split()
    for _ in range(200):
        base = rnd.choice(bodies).split() if rnd.random() < 0.3 else plain
        words = [rnd.choice(base) for _ in range(rnd.randint(241, 900))]
        if rnd.random() < 0.5:  # (one word that is read otherwise: a vocative, two words, a mended typo)
            words.insert(rnd.randrange(len(words)), rnd.choice(extra))
        texts.append(" ".join(words))
    known = {"thanks", "thank", "appreciate", "the", "a"}.__contains__
    fast_ones = 0
    for text in texts:
        tokens = tokenize(text)
        if len(tokens) <= sentences._REMEMBERED_TOKENS:
            continue
        for k in (None, known):
            assert sentences._read_tokens(tokens, k) == _read_tokens_token_by_token(tokens, k), text[:80]
            fast_ones += sentences._read_plain_tokens(tokens, k, sentences._vocatives()) is not None
    assert fast_ones >= 50


def test_a_long_one_sentence_shape_reads_as_before() -> None:
    """A 100 KB sentence of quotes and bracketed instructions reads (words and their offsets, the
    instructions' words dropped) as the token-by-token read and the walk of every bracket give."""
    tokens = tokenize("\"a\" 'b' (c) so (add the date here) " * 3000)
    words = sentences.read_sentence(tokens)
    ref_words, picked, _paren = _read_tokens_token_by_token(tokens, None)
    dropped = _paren_instructions_walking_every_bracket(tokens)
    assert len(dropped) == 3000
    inside = {pos for a, b in dropped for pos in range(a, b)}
    kept = [(w, tokens[i][0]) for w, i in zip(ref_words, picked) if tokens[i][0] not in inside]
    assert list(zip(words.words, (s for s, _e in words.spans))) == kept
    assert len(kept) == 4 * 3000
