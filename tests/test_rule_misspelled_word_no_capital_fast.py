"""A note with no capital letter is told in C when its cased letters are all lower-case: the same answer
as reading every character (the reference copy below), on hand-made, hypothesis-drawn and issue-12 texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.rules.spelling import _no_capital


def _no_capital_as_it_was(text: str) -> bool:
    return not any(c.isupper() for c in text)


_TEXTS = ["", "hi dana", "Hi dana", "hi dAna", "123 !!??", "\n\t", "ǅemal", "ǆemal", "straße", "ΣΑΣ", "σας",
          "ﬁne", "İstanbul", "i̇stanbul", "ᵃ", "Ⅻ", "ⅻ", "hi ǅ", "ǅ A", "hi dana" * 1000 + "Z", "!!?? " * 500]


@pytest.mark.parametrize("text", _TEXTS)
def test_no_capital_is_reading_every_character(text: str) -> None:
    assert _no_capital(text) is _no_capital_as_it_was(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_drawn_texts_give_the_answer_of_reading_every_character(text: str) -> None:
    assert _no_capital(text) is _no_capital_as_it_was(text)


def test_the_issue_12_shapes_give_the_answer_of_reading_every_character() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import shapes

    for name, build in shapes.SHAPES.items():
        text = shapes.sized(build, 20_000)
        assert _no_capital(text) is _no_capital_as_it_was(text), name
