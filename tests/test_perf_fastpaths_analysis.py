"""Fast paths of the shared analyses give what the code they replace gave, on every real note we hold (the
dev corpus, the held-out and outside fixtures, the benchmark drafts) and on hostile shapes."""

from __future__ import annotations

import bisect
import json
import random
from pathlib import Path

import pytest

from followup_lint import Config, Draft, Interview, Linter
from followup_lint.document import Document
from followup_lint.rule import RuleContext
from followup_lint.rules._substance import FIRST_PERSON
from followup_lint.rules._topics import (_REMEMBERED_WORDS, _sentence_keys, _word_keys, draft_terms,
                                         excluded_terms, terms_of)
from followup_lint.rules._phrases import outside_slots

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent.parent / "shared" / "corpus"
_SHAPES = ["Hi.\n" * 400, "i " * 700, "Why? " * 200, "Hi.Bob." * 300, " ".join(f"Word{i}x" for i in range(400)),
           "Hi Dana,\n\n" + "We met. ’i said. I’m in. Is it? " * 30 + "\n\nBest,\nSam\n",
           "Hi [Name],\n\nThanks for {{role}} talk. Could I ask about {{team}}?\n\nBest,\n[Me]\n"]


def _records() -> list[dict]:
    """Every real note we hold, with its subject and interview when it has them."""
    paths = [*sorted(CORPUS.glob("*.json")), *sorted((ROOT / "fixtures" / "heldout").glob("*.json")),
             *sorted((ROOT / "fixtures" / "outside").glob("*/*.json"))]
    out = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    out += json.loads((ROOT.parent / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8"))
    out += [{"body": body, "subject": "Me and my questions about data?"} for body in _SHAPES]
    assert len(out) > 400
    return out


def _eager_units(doc: Document, excluded: frozenset[str]) -> tuple:
    """The units as draft_terms built them before their keys were worked out on demand (every one at once)."""
    lo, hi = doc.content_range
    counted = [t for t in doc.tokens if t.kind in ("word", "number")][:20_000]
    counted = outside_slots(doc, counted)
    starts = [t.start for t in counted]
    texts = [t.text for t in counted]
    units = []
    for s, e in doc.sentences:
        if e <= lo or s >= hi:
            continue
        a = bisect.bisect_left(starts, s)
        b = bisect.bisect_left(starts, e, a)
        if b - a > _REMEMBERED_WORDS:
            keys = frozenset().union(*map(_word_keys, texts[a:b]))
        else:
            keys = _sentence_keys(tuple(texts[a:b])) if b > a else frozenset()
        units.append((s, e, keys - excluded, "body"))
    if doc.subject.text.strip():
        toks = [t for t in doc.subject_tokens if t.kind != "placeholder"]
        units.append((0, len(doc.subject.text), frozenset(t.key for t in terms_of(doc.subject.text, toks, excluded)),
                      "subject"))
    return tuple(units)


def test_units_worked_out_when_read_equal_all_worked_out_at_once() -> None:
    rng = random.Random(12)
    checked = 0
    for r in _records():
        interview = Interview.from_dict(r["interview"]) if r.get("interview") else None
        doc = Document(Draft(body=r["body"], subject=r.get("subject") or ""))
        for excluded in {excluded_terms(interview), frozenset({"team", "data", "thank"})}:
            want = _eager_units(doc, excluded)
            units = draft_terms(doc, excluded).units
            assert len(units) == len(want)
            order = list(range(len(want)))
            rng.shuffle(order)  # read in any order, a unit is the same
            for k in order:
                assert units[k] == want[k], (r["body"][:60], k)
            assert tuple(units) == want
            checked += len(want)
    assert checked > 5000


def test_substance_of_real_notes_visits_the_units_a_full_walk_finds() -> None:
    linter = Linter(Config())
    found = 0
    for r in _records():
        interview = Interview.from_dict(r["interview"]) if r.get("interview") else None
        draft = Draft(body=r["body"], subject=r.get("subject") or "")
        ctx = RuleContext(doc=Document(draft), draft=draft, interview=interview, send_time=None, template=False,
                          config=linter.config, resources=linter.resources)
        substance = ctx.analysis.substance
        own = ctx.doc.own
        sentences = ctx.analysis.sentences
        index = {bounds[0]: k for k, bounds in enumerate(sentences.bounds)}
        asking, first = set(), set()
        for k, (s, e, _keys, field) in enumerate(substance.terms.units):
            if field != "body":
                continue
            j = index.get(s)
            if own[s:e].rstrip().endswith("?") or j is not None and sentences.asks(j):
                asking.add(k)
            if FIRST_PERSON.search(own, s, e):
                first.add(k)
        assert substance.asking == frozenset(asking), r["body"][:80]
        assert substance.first_person == frozenset(first), r["body"][:80]
        found += len(asking)
    assert found > 100


@pytest.mark.parametrize("index", [0, -1])
def test_units_index_like_a_tuple(index: int) -> None:
    doc = Document(Draft(body="Hi Dana,\n\nThanks. Could we talk?\n\nBest,\nSam\n", subject="Thanks"))
    units = draft_terms(doc, frozenset()).units
    want = _eager_units(doc, frozenset())
    assert units[index] == want[index]
    assert units[1:3] == want[1:3]
    with pytest.raises(IndexError):
        units[len(want)]
