"""``Existence.search_each`` with each range's answer remembered across drafts by the range's text and the
character before it (``_phrases._search_remembered``, issue 12) answers as searching each range did (the
code before): on the sentences of every real note we hold and on random ranges (starting mid-word, at the
text's start, past its end) of every phrase check that has triggers, each asked twice (then from the memo)
and in texts where the same sentences stand elsewhere."""

from __future__ import annotations

import random
from typing import Iterator

import pytest

import followup_lint.rules  # noqa: F401  (the rules package first: the analysis reads its phrase data)
from followup_lint.document import Document
from followup_lint.model import Draft
from followup_lint.rules._phrases import Existence, existence, phrase_data

from test_perf_fastpaths_analysis import _records


def _checks() -> list[Existence]:
    out = []
    for section, table in phrase_data().items():
        if not isinstance(table, dict):
            continue
        for key, value in table.items():
            if f"{key}_triggers" in table and isinstance(value, (str, list)) and not key.endswith(("_triggers", "_needs")):
                check = existence(section, key)
                if not check._behind:
                    out.append(check)
    assert len(out) > 20
    return out


def _same(check: Existence, text: str, ranges: list[tuple[int, int]]) -> int:
    want = [check.search(text, s, e) for s, e in ranges]  # (what search_each stands for)
    assert check.search_each(text, ranges) == want, (check.name, text[:120], ranges)
    assert check.search_each(text, ranges) == want       # (again: from the memo)
    return sum(m is not None for m in want)


@pytest.mark.parametrize("shift", ["", "Hello again.\n\n"])
def test_the_sentences_of_every_note_we_hold(shift: str) -> None:
    checks = _checks()
    rng = random.Random(3)
    found = 0
    for r in _records():
        doc = Document(Draft(body=shift + (r.get("body") or "")))
        sentences = list(doc.sentences)
        if len(sentences) < 2:
            continue
        for check in rng.sample(checks, 6) + [existence("strengths", "excuses")]:
            found += _same(check, doc.own, sentences)
    assert found > 100


def drawn(seed: int, count: int) -> Iterator[tuple[random.Random, str, int]]:
    """``count`` real notes drawn at random, with the generator and each note's length."""
    rng = random.Random(seed)
    bodies = [r.get("body") or "" for r in _records()]
    for _ in range(count):
        text = rng.choice(bodies)
        yield rng, text, len(text)


def test_random_ranges() -> None:
    checks = _checks()
    for rng, text, n in drawn(8, 400):
        ranges = [(rng.randrange(0, n + 5), 0) for _ in range(rng.randrange(2, 6))]
        ranges = [(s, min(n + 10, s + rng.randrange(0, 300))) for s, _e in ranges] + [(0, rng.randrange(0, n + 1))]
        _same(rng.choice(checks), text, ranges)


@pytest.mark.parametrize("before", ["x", " ", "\n", "é"])
def test_the_character_before_a_range_decides_its_word_boundary(before: str) -> None:
    """The same range after a letter (no word boundary: no phrase starts there) and after a space."""
    excuses = existence("strengths", "excuses")
    for lead in ("Hi.", "Hi. I was busy, sorry. I had not enough time to finish it.", "Okay"):
        text = f"{lead} {before}not enough time to finish the task, sorry. I had no time."
        s = len(lead) + 1 + len(before)
        ranges = [(s, text.index(", sorry", s) + 1), (text.rindex("I had"), len(text))]
        _same(excuses, text, ranges)
        assert (excuses.search_each(text, ranges)[0] is None) == before[0].isalpha()
