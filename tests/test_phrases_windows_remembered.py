"""Each phrase check's matches in a window around its triggers, remembered across drafts by the window's
text and the character before it (``_phrases._window_matches``, issue 12), are exactly what searching the
window gave (the code before): every phrase check on every real note we hold, again after a line of its
own (the windows at new offsets, from the memo), on random ranges (mid-word, at the text's start, past its
end, negative) and on texts whose word boundary at a window's start depends on the character before it."""

from __future__ import annotations

from typing import Any, Iterator

import pytest

import followup_lint.rules  # noqa: F401  (the rules package first: the analysis reads its phrase data)
from followup_lint.rules import _phrases as P

from test_perf_fastpaths_analysis import _records
from test_phrases_search_each_remembered import drawn


def _finditer_as_it_was(check: P.Existence, text: str, start: int = 0, end: int | None = None) -> Iterator[P.Match]:
    """``Existence.finditer`` before the windows' matches were remembered: each window searched."""
    end = len(text) if end is None else end
    low = None if check._behind else P._folded(text)
    if low is not None:
        if check.needs and not check._holds_a_need(low, start, end):
            return
        for ws, we in check._windows(low, start, end):
            for m in check.folded.finditer(low, ws, we):
                a, b = m.span()
                yield P.Match(a, b, text[a:b])
        return
    yield from check.finditer(text, start, end)  # (the other paths are unchanged)


def _checks() -> list[P.Existence]:
    out = []
    for section, table in P.phrase_data().items():
        if isinstance(table, dict):
            for key, value in table.items():
                if isinstance(value, (str, list)) and not key.endswith(("_triggers", "_needs")):
                    try:
                        out.append(P.existence(section, key))
                    except Exception:  # (a table's plain word lists are no phrase check)
                        continue
    assert len(out) > 40
    return out


def _same(check: P.Existence, text: str, start: int = 0, end: Any = None) -> int:
    want = list(_finditer_as_it_was(check, text, start, end))
    assert list(check.finditer(text, start, end)) == want, (check.name, text[:100], start, end)
    assert list(check.finditer(text, start, end)) == want  # (again: from the memo)
    return len(want)


@pytest.mark.parametrize("shift", ["", "Hello again.\n\n"])
def test_every_check_on_every_note_we_hold(shift: str) -> None:
    checks = _checks()
    found = 0
    for r in _records():
        text = shift + (r.get("body") or "")
        for check in checks:
            found += _same(check, text)
    assert found > 1000


def test_random_ranges() -> None:
    checks = _checks()
    for rng, text, n in drawn(11, 1500):
        start = rng.choice([0, rng.randrange(0, n + 2), -rng.randrange(1, 50)])
        end = rng.choice([None, n, rng.randrange(0, n + 20), -rng.randrange(1, 30)])
        _same(rng.choice(checks), text, start, end)


@pytest.mark.parametrize("before", ["x", " ", "\n", "é", "'"])
def test_the_character_before_a_window_decides_its_word_boundary(before: str) -> None:
    """A window starting just at a phrase (its range starting there) after a letter, a space or a quote."""
    salary = P.existence("logistics", "salary")
    for lead in ("", "Hi.", "We discussed the role and the team in depth, and I enjoyed it a lot. " * 3):
        text = f"{lead}{before}salary range for the role and the bonus."
        at = len(lead) + len(before)
        _same(salary, text, at)
        _same(salary, text, at, at + 12)
