"""References to the interview read a word with what stands around it, outside its sentence too: the
memos of ``read_references`` (one reading per distinct sentence, one judgement per distinct context) never
make a sentence read as its twin did in another context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import followup_lint as api
import followup_lint.rules  # noqa: F401  (the rules package first: the analysis reads its phrase data)
from followup_lint.analysis import Analysis, reference
from followup_lint.analysis.reference import read_references
from followup_lint.document import Document
from followup_lint.model import Draft

from _corpus_scoring import _build

FIXTURES = Path(__file__).parent / "fixtures"


def concretes(paragraph: str) -> list[str | None]:
    doc = Document(Draft(body=f"Hi Ana,\n\n{paragraph}\n\nBest,\nLi"))
    return [r.concrete for r in read_references(doc, frozenset({"ana"})).items]


# (one context, the same sentence, another context): the context alone decides whether the value is
# professed (abstract: nothing concrete) or names the thing talked about
@pytest.mark.parametrize("first,second", [
    # a value after a head word in the sentence before ("Ethos.", "Principles:"): read 80 characters back
    ("Ethos. We talked about humility.", "Parking. We talked about humility."),
    ("Principles. Our chat about agility was lovely.", "The lift was slow. Our chat about agility was lovely."),
    ("Values. You mentioned inclusivity.", "Rain. You mentioned inclusivity."),
    # a value before another value in the sentence after ("Integrity too."): read 60 characters on
    ("I enjoyed the discussion of inclusivity. Integrity too.", "I enjoyed the discussion of inclusivity. Lunch too."),
    ("We talked about empathy. Trust as well.", "We talked about empathy. Parking as well."),
])
def test_a_sentence_repeated_in_another_context_is_read_in_its_own(first: str, second: str) -> None:
    alone_first, alone_second = concretes(first), concretes(second)
    assert alone_first != alone_second                    # the context decides (else the case shows nothing)
    assert concretes(f"{first} {_APART} {second}") == alone_first + alone_second
    assert concretes(f"{second} {_APART} {first}") == alone_second + alone_first


# a sentence with no reference, longer than what a word's reading looks at either side of it: the two
# contexts do not reach each other's sentence
_APART = "The train home was quiet and slow, and the carriage was nearly empty all the way back to town."


def _without_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reference, "_reading_key", lambda *_a, **_k: None)
    monkeypatch.setattr(reference, "_context_decides", lambda *_a, **_k: False)


def _items(refs) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(r.start, r.end, r.cue_start, r.cue_end, r.strength, r.concrete) for r in refs.items]


_SENTENCES = [
    "We talked about humility.", "Our chat about agility was lovely.", "I enjoyed the discussion of inclusivity.",
    "We talked about empathy and trust.", "Your point about the Kestrel rollout stuck with me.",
    "You described the 48-hour stocktake.", "We discussed the focus group results.",
    "I was impressed by the company's commitment to quality.", "Hearing about the ownership change was useful.",
    "We talked about caching and the team plans.",
]
_CONTEXTS = [
    "", "Ethos.", "Principles:", "Values, then.", "Culture.", "Thanks.", "Parking.", "Integrity too.",
    "Trust as well.", "Lunch too.", "Call me on 020 7946 0958.", "The lift was slow.", "Respect", "and",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CONTEXTS), st.sampled_from(_SENTENCES), st.sampled_from([" ", "  ", "\n"])),
                min_size=2, max_size=12))
def test_the_memo_never_changes_a_reading_of_repeated_sentences(parts: list[tuple[str, str, str]]) -> None:
    paragraph = "".join(f"{ctx}{gap}{sentence} " for ctx, sentence, gap in parts)
    doc = Document(Draft(body=f"Hi Ana,\n\n{paragraph}\n\nBest,\nLi"))
    remembered = _items(read_references(doc, frozenset({"ana"})))
    with pytest.MonkeyPatch.context() as mp:
        _without_memo(mp)
        afresh = _items(read_references(Document(Draft(body=doc.draft.body)), frozenset({"ana"})))
    assert remembered == afresh


def test_the_memo_never_changes_a_reading_of_a_fixture_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every note under tests/fixtures (held-out and outside batches), read as the engine reads it (its
    names excluded, its instructions skipped, its interview's book): the same references afresh."""
    read = Analysis.__dict__["references"].func
    differ: list[str] = []
    seen = 0

    def checked(self: Analysis):  # type: ignore[no-untyped-def]
        nonlocal seen
        got = read(self)
        with pytest.MonkeyPatch.context() as mp:
            _without_memo(mp)
            again = read(self)
        seen += 1
        if _items(got) != _items(again):
            differ.append(self.doc.own[:60])
        return got

    monkeypatch.setattr(Analysis, "references", property(checked))
    paths = sorted(FIXTURES.glob("heldout/*.json")) + sorted(FIXTURES.glob("outside/*/*.json"))
    assert len(paths) > 900
    for path in paths:
        draft, interview = _build(json.loads(path.read_text(encoding="utf-8")))
        api.lint_draft(draft, interview)
    assert seen > 400 and not differ   # (the others: not read, e.g. not English)
