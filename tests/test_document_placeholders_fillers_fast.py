"""A capitalised filler opening a name ("Blah blah Middle School", "YADA YADA Inc.") is looked for only in a
text holding one of the fillers as an opening word is written (title case or capitals, a scan in C): the
same stand-ins as running the filler pattern over every text (the reference copy below), on hand-made,
hypothesis-drawn and issue-12 texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.document import placeholders as P


def _stand_ins_as_they_were(text: str) -> list[P.Placeholder]:
    """The stand-ins of ``placeholders._masked_words`` before: the filler pattern run over every text."""
    filler = P._vocabulary().filler
    return [P.Placeholder(m.start(), m.end(), m.group(0), "stand-in") for m in filler.finditer(text)]


def _stand_ins(text: str) -> list[P.Placeholder]:
    return [p for p in P._masked_words(text) if p.kind == "stand-in"]


_FILLERS = ["Blah blah Middle School", "BLAH BLAH Inc.", "Blah Corp", "Yada yada Inc.", "YADDA YADDA Labs",
            "Yadda yadda Group", "BLAH blah BLAH Partners", "Yada\tyada Foods"]
_PROSE = ["blah blah", "yada yada", "Yada Logistics", "Blahs", "Blah", "BLAH", "Yadda", "ŸADA", "Inc.", "the",
          "Middle School", " ", "\t", "\n", "blah Blah", "-Blah Inc", "'Blah Inc", "é"]


@pytest.mark.parametrize("text", [*_FILLERS, *(f.lower() for f in _FILLERS), " ".join(_FILLERS + _PROSE),
                                  " ".join(_PROSE), "Hi.\n" * 500, "[Name] {{x}} " * 300])
def test_the_stand_ins_are_those_of_running_the_pattern(text: str) -> None:
    assert _stand_ins(text) == _stand_ins_as_they_were(text)


def test_every_filler_opening_a_name_is_found() -> None:
    for filler in _FILLERS:
        assert _stand_ins("We met at " + filler + " last week."), filler


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FILLERS + _PROSE), max_size=14))
def test_drawn_texts_give_the_stand_ins_of_running_the_pattern(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert _stand_ins(text) == _stand_ins_as_they_were(text)


def test_the_issue_12_shapes_give_the_stand_ins_of_running_the_pattern() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import shapes

    for name, build in shapes.SHAPES.items():
        text = shapes.sized(build, 20_000)
        assert _stand_ins(text) == _stand_ins_as_they_were(text), name
