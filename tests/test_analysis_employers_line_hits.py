"""The employer slots' trigger literals found a line at a time, each line's hits remembered across drafts
(``employers._literal_hits``, issue 12), are exactly those of scanning the whole text at once, as the code
before did: on every real note we hold, on random texts made of the triggers, line breaks, letters outside
ASCII and characters that change length when lower-cased, and on a text too long to go line by line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import followup_lint.rules  # noqa: F401  (the rules package first: the analysis reads its phrase data)
from followup_lint.analysis import employers as E

from test_perf_fastpaths_analysis import _records


def _literal_hits_as_it_was(own: str, low: str) -> dict[str, list[int]]:
    """``_literal_hits`` before the lines: one scan of the whole text."""
    found: dict[str, list[int]] = {}
    if len(low) == len(own):
        for m in E._TRIGGER_AT_WORD.finditer(low):
            i = m.start()
            if i and own[i - 1].isalpha():
                continue
            found.setdefault(m.group(1), []).append(i)
    else:
        for lit in E._TRIGGERS:
            at = E._hits(low, (lit,))
            if at:
                found[lit] = at
    starts = low.startswith
    for lit, root in E._ROOTS.items():
        at = [i for i in found.get(root, ()) if starts(lit, i)]
        if at:
            found[lit] = at
    return found


def _same(own: str) -> None:
    low = own.lower()
    want = _literal_hits_as_it_was(own, low)
    assert E._literal_hits(own, low) == want, own[:300]
    assert E._literal_hits(own, low) == want  # (again: the lines' hits from the memo)


def test_every_note_we_hold_and_its_lines_elsewhere() -> None:
    bodies = [r.get("body") or "" for r in _records()]
    found = 0
    for body in bodies:
        _same(body)
        _same("Dear team,\n" + body.replace("\n", "\n\n"))  # (the same lines at other offsets)
        found += len(E._literal_hits(body, body.lower()))
    assert found > 1000


def test_a_text_too_long_for_lines_is_scanned_whole() -> None:
    body = "\n".join(r.get("body") or "" for r in _records()[:200])
    assert len(body) > E._LINES_TEXT
    _same(body)


_PIECES = [*E._TRIGGERS[:60], *E._ROOTS, "Globex", "re", "é", "É", "İ", "’s", "'s", " ", "  ", "\n", "\n\n", ",",
           ".", "-", "2", "team", "Team", "TEAM", "hi ", "dear ", "hearing from the", "greetings "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_random_texts_of_triggers(pieces: list[str]) -> None:
    _same("".join(pieces))
