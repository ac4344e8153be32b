"""The words and numbers the topic units read, picked from the Document's columns when it has no placeholder
(``_topics._counted``, issue 12), are those the code before picked from its tokens: on every real note we
hold, on drafts with placeholders (their words left out) and on one longer than the words analysed."""

from __future__ import annotations

from followup_lint._limits import ANALYSED_WORDS
from followup_lint.document import Document
from followup_lint.model import Draft
from followup_lint.rules import _topics as T
from followup_lint.rules._phrases import outside_slots

from test_perf_fastpaths_analysis import _records


def _counted_as_it_was(doc: Document) -> tuple[list[int], list[str]]:
    counted = [t for t in doc.tokens if t.kind in ("word", "number")][:ANALYSED_WORDS]
    counted = outside_slots(doc, counted)
    return [t.start for t in counted], [t.text for t in counted]


def _same(body: str) -> int:
    doc = Document(Draft(body=body))
    want = _counted_as_it_was(doc)
    assert T._counted(doc) == want
    return len(want[0])


def test_every_note_we_hold() -> None:
    assert sum(_same(r.get("body") or "") for r in _records()) > 50_000


def test_placeholders_are_left_out() -> None:
    body = "Hi [Name],\n\nThank you for the {{role}} interview at <Company> on 3 May. I loved the tour.\n\nBest,\nSam"
    doc = Document(Draft(body=body))
    assert doc.placeholders
    _same(body)
    assert "Name" not in T._counted(doc)[1] and "loved" in T._counted(doc)[1]


def test_a_draft_longer_than_the_words_analysed() -> None:
    body = "Thanks for the 2 tours of the depot. " * (ANALYSED_WORDS // 6)
    assert _same(body) == ANALYSED_WORDS
