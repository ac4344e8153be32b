"""The gate of the thanks in another language, answered a line at a time and each line's answer remembered
(``addressing._may_stand_alone``, issue 12), answers as the whole range's runs of word characters did (the
code before): on every real note we hold, in every range, and on random texts of the first words, line
breaks, letters outside ASCII and characters of no word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import followup_lint.rules  # noqa: F401  (the rules package first: the analysis reads its phrase data)
from followup_lint.analysis import addressing as A

from test_perf_fastpaths_analysis import _records


def _may_stand_alone_as_it_was(low: str, start: int, end: int) -> bool:
    heads = A._foreign_heads()
    if heads is None or start < 0:
        return True
    runs = low[start:end].encode("utf-8", "surrogatepass").translate(A._WORD_RUNS).split()
    return not heads.isdisjoint(runs)


def _heads() -> list[str]:
    heads = A._foreign_heads()
    assert heads
    return sorted(h.decode() for h in heads)


def test_every_note_we_hold_in_every_range() -> None:
    said = 0
    for r in _records():
        low = (r.get("body") or "").lower()
        n = len(low)
        for start, end in ((0, n), (n // 3, n), (0, 2 * n // 3), (n // 4, n // 2), (5, 5), (-1, n)):
            want = _may_stand_alone_as_it_was(low, start, end)
            assert A._may_stand_alone(low, start, end) == want
            assert A._may_stand_alone(low, start, end) == want  # (from the memo)
            said += want
    assert said > 20


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_heads()[:40], "x", "é", "ß", "_", "2", " ", "\n", "\n\n", ",", "'", "-", "thanks"]),
                max_size=30),
       st.integers(0, 80), st.integers(0, 400))
def test_random_texts(pieces: list[str], start: int, end: int) -> None:
    low = "".join(pieces)
    assert A._may_stand_alone(low, start, end) == _may_stand_alone_as_it_was(low, start, end)


def test_a_long_range_is_answered_at_once() -> None:
    heads = _heads()
    for low in ("hi.\n" * 10_000, "hi.\n" * 10_000 + heads[0] + " x\n", heads[0] + "\n" + "ok " * 9000):
        for start, end in ((0, len(low)), (2, len(low) - 1), (0, 10**9)):
            assert A._may_stand_alone(low, start, end) == _may_stand_alone_as_it_was(low, start, end)
