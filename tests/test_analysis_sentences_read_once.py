"""A sentence asked first whether it asks (the questions-only reading) and then read whole looks for its
indirect questions once: the whole reading takes the cues the first one found (a 1 MB sentence of wishes
was searched twice, issue 12). The readings are those of a sentence read whole first."""

from __future__ import annotations

import pytest

from followup_lint.analysis import sentences as sm
from followup_lint.analysis.language import english_word
from followup_lint.document import Document
from followup_lint.model import Draft

_BODIES = [
    "Hi Dana,\n\nI'm curious how the team decides what ships first. Thanks for the chat.\n\nBest,\nSam",
    "Hello Priya,\n\nI was wondering whether the migration went ahead, and I'd love to know what you "
    "think of my plan.\n\nKind regards,\nLee",
    "Dear Mr. Okafor,\n\nI meant to ask how the on-call rota works and who covers weekends.\n\nRegards,\nAna",
    "Hi Jo,\n\n" + "I'd love to know what you think of the plan, " * 200 + "\n\nThanks,\nMaya",
]


def _count_searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    search = sm._Reader.indirect_questions

    def counted(self: sm._Reader) -> None:
        calls[0] += 1
        search(self)

    monkeypatch.setattr(sm._Reader, "indirect_questions", counted)
    return calls


@pytest.mark.parametrize("body", _BODIES)
def test_asked_then_read_whole_searches_indirect_questions_once(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(Draft(body=body))
    sm._classify.cache_clear()
    sm._CLASSIFIED.clear()
    whole_first = sm.sentence_functions(doc, english_word)
    expected = [whole_first[k] for k in range(len(whole_first))]
    sm._classify.cache_clear()
    sm._CLASSIFIED.clear()
    calls = _count_searches(monkeypatch)
    asked_first = sm.sentence_functions(doc, english_word)
    asking = [asked_first.asks(k) for k in range(len(asked_first))]
    searched = calls[0]
    got = [asked_first[k] for k in range(len(asked_first))]
    assert got == expected
    assert asking == [bool(f.functions._value_ & sm._ASKING) for f in expected]
    assert searched >= 1                      # (every body holds a word that begins an indirect question)
    assert calls[0] == searched               # the whole readings searched no sentence a second time
    sm._classify.cache_clear()
    sm._CLASSIFIED.clear()


def test_a_new_draft_forgets_the_last_drafts_cues() -> None:
    first = sm.sentence_functions(Document(Draft(body=_BODIES[0])), english_word)
    first.asks(1)
    assert sm._INDIRECT
    sm.sentence_functions(Document(Draft(body=_BODIES[2])), english_word)
    assert not sm._INDIRECT
