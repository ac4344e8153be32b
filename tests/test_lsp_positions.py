"""Offsets and LSP positions: UTF-16 by default, every LSP line break, clamping at the ends."""

from __future__ import annotations

import pytest

from followup_lint.lsp.positions import Positions


def test_utf16_counts_characters_outside_the_bmp_as_two() -> None:
    text = "a😀b\n𠮷田 the the"
    p = Positions(text)
    assert p.position(text.index("b")) == (0, 3)
    assert p.position(text.index("the")) == (1, 4)
    assert p.offset(1, 4) == text.index("the")


@pytest.mark.parametrize("encoding, column", [("utf-8", 9), ("utf-16", 4), ("utf-32", 3)])
def test_other_encodings_count_their_own_units(encoding: str, column: int) -> None:
    text = "é😀田x"
    p = Positions(text, encoding)
    assert p.position(3) == (0, column)
    assert p.offset(0, column) == 3


def test_crlf_and_lone_cr_each_end_one_line() -> None:
    text = "one\r\ntwo\rthree\nfour"
    p = Positions(text)
    assert p.line_count == 4
    assert p.position(text.index("two")) == (1, 0)
    assert p.position(text.index("three")) == (2, 0)
    assert p.position(text.index("four") + 2) == (3, 2)
    assert p.line_end(0) == 3


def test_positions_past_the_end_clamp() -> None:
    text = "ab\ncd"
    p = Positions(text)
    assert p.offset(0, 99) == 2
    assert p.offset(9, 0) == len(text)
    assert p.position(99) == (1, 2)
    assert p.from_columns(2, 2) == 4
    assert p.from_columns(1, 50) == 2


def test_a_position_inside_a_surrogate_pair_rounds_up_to_the_next_character() -> None:
    p = Positions("😀x")
    assert p.offset(0, 1) == 1
