"""The held-out corpus (tests/fixtures/heldout): drafts written apart from the development corpus.

The drafts were written to probe generalisation (styles, greetings, nicknames, diacritics, templates,
HTML, quoted replies, timing edges, later follow-ups, spelling and mechanics look-alikes) and are
labelled by the label definitions of the development corpus, not by what the linter does. They are
scored as the project's scorer does (tests/_corpus_scoring.py).

Thresholds: precision and recall of at least 0.85 for every label with at least 5 defects labelled
(recall) or predicted (precision); a label with fewer cases may miss at most one. No error-severity
finding may appear on a clean draft: errors are what block sending.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _corpus_scoring import LABELS, score

CORPUS = Path(__file__).parent / "fixtures" / "heldout"

MIN_CASES = 5
THRESHOLD = 0.85


@pytest.fixture(scope="module")
def scored():
    if not CORPUS.is_dir():
        pytest.skip("tests/fixtures/heldout is absent")
    return score(CORPUS)


def test_corpus_is_large_and_well_formed(scored):
    count, _, _ = scored
    assert count >= 40
    for path in CORPUS.glob("*.json"):
        item = json.loads(path.read_text(encoding="utf-8"))
        assert item["id"] == path.stem
        body = item["body"]
        for m in item["expected"]["mechanics_errors"]:
            assert m["text"] in body, (path.stem, m["text"])
        for addr in (*item["to"], *item["cc"]):
            assert addr.endswith(".example"), (path.stem, addr)


@pytest.mark.parametrize("label", LABELS)
def test_precision_and_recall(scored, label):
    _, tallies, _ = scored
    t = tallies[label]
    if t.tp + t.fp >= MIN_CASES:
        assert t.tp / (t.tp + t.fp) >= THRESHOLD, t.misses
    else:
        assert t.fp <= 1, t.misses
    if t.tp + t.fn >= MIN_CASES:
        assert t.tp / (t.tp + t.fn) >= THRESHOLD, t.misses
    else:
        assert t.fn <= 1, t.misses


def test_no_error_on_a_clean_draft(scored):
    _, _, clean_errors = scored
    assert clean_errors == []
