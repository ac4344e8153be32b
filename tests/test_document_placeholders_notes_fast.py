"""A bracketed note to self is looked for only where a bracket opens with one of the notes' first words (an
ASCII text, a scan in C): the same notes as running the notes' patterns over every text (the reference copy
below), on hand-made, hypothesis-drawn and issue-12 texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.document import placeholders as P
from followup_lint.document.placeholders import Placeholder


def _notes_to_self_as_it_was(text: str) -> list[Placeholder]:
    """``placeholders._notes_to_self`` before: both bracket patterns run whenever the text has brackets."""
    v = P._vocabulary()
    found = []
    if "(" in text and ")" in text or "[" in text and "]" in text:
        for m in v.note_to_self.finditer(text):
            if (m.group("o"), m.group("c")) in (("(", ")"), ("[", "]")):
                found.append(Placeholder(m.start(), m.end(), m.group(0), "note-to-self"))
        for m in v.checking_note.finditer(text):
            if (m.group(0)[0], m.group(0)[-1]) in (("(", ")"), ("[", "]")):
                found.append(Placeholder(m.start(), m.end(), m.group(0), "note-to-self"))
    if (":" in text or "-" in text or "–" in text or "—" in text) and P._may_hold(text, v.open_note_cues):
        found.extend(Placeholder(m.start(), m.end(), m.group(0).rstrip(" \t"), "note-to-self")
                     for m in v.open_note.finditer(text))
    return found


_NOTES = ["(add Figma link before sending)", "[paste the repo URL here]", "(TODO: check the date)", "(check this)",
          "( Double-check this )", "[FIXME: link]", "(ADD CV)", "(attach the deck)", "(confirm her title)",
          "(Note to self)", "[recheck his spelling]", "(ſend it later)", "(ſhorten later)", "(checK this)",
          "(fix the date before sending)", "[verify their spelling]"]
_PROSE = ["(see the deck)", "(adding more)", "(c)", "[Name]", "(addendum)", "[ todo ]", "(a", "b)", "(", ")", "[",
          "]", " ", "\t", "\n", "add", "check this", "TODO:", "the date", "é", "(café)"]


@pytest.mark.parametrize("text", [*_NOTES, *(n.replace("(", "x").replace("[", "x") for n in _NOTES),
                                  " ".join(_NOTES + _PROSE), " ".join(_PROSE), "(c) " * 500, "[Name] {{x}} " * 300])
def test_the_notes_are_those_of_running_every_pattern(text: str) -> None:
    assert P._notes_to_self(text) == _notes_to_self_as_it_was(text)


def test_every_note_is_found() -> None:
    for note in _NOTES:
        if "ſ" not in note or note == "(ſhorten later)":
            assert P._notes_to_self("Hi " + note), note


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NOTES + _PROSE), max_size=14))
def test_drawn_texts_give_the_notes_of_running_every_pattern(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert P._notes_to_self(text) == _notes_to_self_as_it_was(text)


def test_the_issue_12_shapes_give_the_notes_of_running_every_pattern() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import shapes

    for name, build in shapes.SHAPES.items():
        text = shapes.sized(build, 20_000)
        assert P._notes_to_self(text) == _notes_to_self_as_it_was(text), name
