"""The references' judgements remembered across drafts (``reference._JUDGED``, issue 12) give exactly the
references that judging each draft afresh gave (the code before: one memo per draft), on every real note
with its interview, on the same sentences under other interviews (whose excluded words and book change the
judgement) and on random drafts."""

from __future__ import annotations

import random

import pytest

from followup_lint.analysis import reference as R
from followup_lint.document import Document
from followup_lint.model import Draft

from test_perf_fastpaths_references import _all_notes, _contexts


def _read(doc: Document, excluded: frozenset[str], book: tuple[str, ...]) -> R.References:
    from followup_lint.analysis.sentences import sentence_functions

    return R.read_references(doc, excluded, sentence_functions(doc).instructions, book)


def _afresh(doc: Document, excluded: frozenset[str], book: tuple[str, ...]) -> R.References:
    """``read_references`` as it was: nothing remembered from another draft."""
    saved = R._judged_for
    R._judged_for = lambda *_a: {}  # type: ignore[assignment]
    try:
        return _read(doc, excluded, book)
    finally:
        R._judged_for = saved  # type: ignore[assignment]


_BOOKS = [(), ("forklift safety audits",), ("the Zorblax rollout", "warehouse robotics"), ("big data platform",)]
_EXCLUDED = [frozenset(), frozenset({"zorblax", "kestrel"}), frozenset({"forklift", "dana"})]


def test_the_same_sentence_under_other_interviews_is_judged_with_theirs() -> None:
    body = ("Hi Ana,\n\nI enjoyed our talk about Zorblax. Hearing about the Kestrel migration was great. "
            "I enjoyed learning about your team's dedication to forklift safety.\n\nBest,\nLi")
    seen = set()
    for _ in range(2):  # (the second round from the memo)
        for excluded in _EXCLUDED:
            for book in _BOOKS:
                doc = Document(Draft(body=body))
                got = _read(doc, excluded, book)
                assert got == _afresh(doc, excluded, book)
                seen.add(tuple(r.concrete for r in got.items))
    assert len(seen) >= 3  # (the interview does change what is concrete: the case shows something)


def test_every_note_and_random_draft_reads_as_judged_afresh() -> None:
    """Each note read with its interview, then again after a line of its own (the judgements from the memo,
    placed at the new offsets), then under another interview."""
    rng = random.Random(12)
    concrete = 0
    for ctx in _contexts(_all_notes()):
        interview = ctx.interview
        book = (*interview.topics, *interview.strengths, *interview.questions) if interview else ()
        excluded = ctx.analysis.substance.excluded
        draft = ctx.draft
        for doc, ex, bk in ((ctx.doc, excluded, book),
                            (Document(Draft(body="Hello again.\n\n" + draft.body, subject=draft.subject)), excluded, book),
                            (ctx.doc, rng.choice(_EXCLUDED), rng.choice(_BOOKS))):
            got = _read(doc, ex, bk)
            assert got == _afresh(doc, ex, bk), doc.own[:200]
            concrete += len(got.concrete)
    assert concrete > 300


@pytest.mark.parametrize("shift", ["", "P.S. ", "Hello again.\n\n"])
def test_a_remembered_judgement_is_placed_at_the_new_offsets(shift: str) -> None:
    first = Document(Draft(body="Hi Ana,\n\nYour story about the Kestrel audit stuck with me.\n\nBest,\nLi"))
    again = Document(Draft(body=f"Hi Ana,\n\n{shift}Your story about the Kestrel audit stuck with me.\n\nBest,\nLi"))
    _read(first, frozenset(), ())
    got = _read(again, frozenset(), ())
    assert got == _afresh(again, frozenset(), ()) and got.concrete
    assert again.own[got.items[0].cue_start:got.items[0].cue_end].lower().startswith("your story")
