"""The parts of an interview specific by themselves ("the case study", "you showed us round the bottling
hall") are looked for only in a text holding one of ``moment_nouns_needs`` (data/substance.toml): the same
matches as searching every text (the reference: the same phrases with no gate), on hand-made,
hypothesis-drawn and issue-12 texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.rules._phrases import Existence, existence


def _matches(check: Existence, text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.text) for m in check.finditer(text)]


def _ungated() -> Existence:
    gated = existence("moment", "moment_nouns")
    return Existence("moment.moment_nouns (ungated)", gated._phrases, gated.triggers)


_MOMENTS = ["the case study", "our quick tour", "the live demo", "your site visit", "the whiteboard session",
            "the portfolio review", "the work sample", "my role-play", "the take-home task", "our coding challenge",
            "the design problem", "the technical test", "your case assignment", "the writing interview",
            "the practical question", "thanks for walking me round the factory floor", "You showed us around the "
            "bottling hall", "he kindly took me round your lab", "I loved taking us around the plant",
            "the brief visit to the bridge site", "pairing with you", "Live Coding with me", "mob programming "
            "with us", "our whiteboarding", "the mobbing", "your role-playing", "THE SIMULATION", "the puzzle",
            "the seminar", "the presentation", "the walk-round", "your walk\n  through", "our exercise"]
_PROSE = ["Hi Dana,", "Thank you for the talk.", "the case", "a tour", "the office", "Best,", "Sam", "\n", " ",
          "the", "your", "our", "İstanbul", "ſtudy", "the team", "I enjoyed it.", "walked", "the pairing of wines"]


@pytest.mark.parametrize("text", [*_MOMENTS, " ".join(_MOMENTS + _PROSE), " ".join(_PROSE), "Hi.\n" * 500,
                                  "[Name] {{x}} " * 300])
def test_the_moments_are_those_of_searching_every_text(text: str) -> None:
    assert _matches(existence("moment", "moment_nouns"), text) == _matches(_ungated(), text)


def test_every_moment_is_found() -> None:
    for moment in _MOMENTS:
        assert _matches(existence("moment", "moment_nouns"), "Dear Ana, " + moment + ". Best"), moment


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MOMENTS + _PROSE), max_size=12), st.integers(0, 40), st.integers(0, 40))
def test_drawn_texts_and_ranges_give_the_moments_of_searching_every_text(pieces: list[str], a: int, b: int) -> None:
    text = " ".join(pieces)
    start, end = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    gated = [(m.start, m.end, m.text) for m in existence("moment", "moment_nouns").finditer(text, start, end)]
    assert gated == [(m.start, m.end, m.text) for m in _ungated().finditer(text, start, end)]


def test_the_issue_12_shapes_give_the_moments_of_searching_every_text() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import shapes

    for name, build in shapes.SHAPES.items():
        text = shapes.sized(build, 40_000)  # (past the length from which the needs' letters are checked first)
        assert _matches(existence("moment", "moment_nouns"), text) == _matches(_ungated(), text), name
