"""References scale with the text: a sentence is judged once per distinct context (the sentence, ``_CONTEXT``
characters either side, its cues), and a sentence with many cues skips their tokens and counts its quotes
in one pass. Each gives what the code it replaced gives (the reference copies below), on hand-made drafts,
the issue-12 shapes and hypothesis-drawn drafts. An encounter's sentence has its tense read once."""

from __future__ import annotations

import time
from bisect import bisect_right
from typing import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _linear_util import assert_linear
from followup_lint import Draft
from followup_lint.analysis import reference as R
from followup_lint.document import Document


def _ahead_as_it_was(own: str, start: int, text: str, sentence: tuple[int, int]) -> bool:
    """``reference._ahead`` before: the sentence's tense read at each encounter in it."""
    from followup_lint.rules._phrases import phrase_data

    data = phrase_data()["moment"]
    if R._put_ahead(own, start, sentence):
        return True
    if not text.split()[0].lower().endswith("ing"):
        return False
    told = " ".join(own[sentence[0]:sentence[1]].lower().replace("’", "'").split())
    return not any(f" {w} " in f" {told} ".replace(".", " ").replace(",", " ") for w in data["encounters_past"].split("|"))


def _read_references_as_it_was(doc: Document, excluded: frozenset[str],
                               instructions: Sequence[tuple[int, int]] = (), book: Sequence[str] = ()) -> R.References:
    """``reference.read_references`` before: every sentence with a cue judged afresh."""
    from followup_lint.rules._phrases import covered, existence, in_slot

    def out(a: int, b: int) -> bool:
        return in_slot(doc, a, b) or bool(instructions) and covered(instructions, a)

    lo, hi = doc.content_range
    own = doc.own
    generic_objects = R._generic_objects()
    found: list[R.Reference] = []
    sentences = [se for se in doc.sentences if se[1] > lo and se[0] < hi]
    starts = [s for s, _e in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and sentences[k][0] <= pos < sentences[k][1]:
            return sentences[k]
        a = own.rfind("\n", 0, pos) + 1
        b = own.find("\n", pos)
        return a, len(own) if b < 0 else b

    readings: dict[tuple, str | None] = {}
    book_keys: list[frozenset[str]] = []
    lowered: list[str] = []

    def lower() -> str:
        """``own.lower()``, made at the first call."""
        if not lowered:
            lowered.append(own.lower())
        return lowered[0]

    def concrete_of(s: int, e: int, skip: tuple[tuple[int, int], ...], strong: bool, practice: bool,
                    standing: bool = False) -> str | None:
        """``_concrete``, once per distinct sentence: a sentence reads the same wherever it stands (a 1 MB
        paragraph of one sentence repeated has 22,000 references)."""
        tokens = R._kept_tokens(doc, s, e, skip)  # (picked once: the key and the reading both read them)
        key = R._reading_key(doc, s, e, tokens, strong, practice)
        if key is not None and standing:
            key += (True,)
        found = readings.get(key, readings) if key is not None else readings
        if found is readings:
            if standing and not book_keys:
                book_keys.append(R._book_keys(tuple(book), excluded))
            found = R._concrete(doc, s, e, generic_objects, excluded, skip, strong, practice,
                              book_keys[0] if standing else None, tokens)
            if key is not None:
                readings[key] = found
        return found  # type: ignore[return-value]

    for key in ("moment_nouns", "personal_news", "encounters"):
        for m in existence("moment", key).finditer(own, lo, hi):
            if key == "encounters" and _ahead_as_it_was(own, m.start, m.text, sentence_of(m.start)):
                continue   # "I look forward to meeting him in the lobby": still to come
            if key == "moment_nouns" and R._put_ahead(own, m.start, sentence_of(m.start)):
                continue   # "I'd love to be pairing with you", "I look forward to the tour": still to come
            if not out(m.start, m.end):
                s, e = sentence_of(m.start)
                found.append(R.Reference(s, e, m.start, m.end, "part", m.text))
    cues: dict[tuple[int, int], list[tuple[str, int, int, str]]] = {}
    for strength, key in (("strong", "strong_cues"), ("strong", "deed_cues"), ("weak", "cues")):
        for m in existence("moment", key).finditer(own, lo, hi):
            if not out(m.start, m.end):
                cues.setdefault(sentence_of(m.start), []).append((strength, m.start, m.end, m.text))
    advice = R._advice_sentences(own, cues, instructions)
    for (s, e), found_here in cues.items():
        found_here = [c for c in found_here if not R._quoted(own, s, c[1])]
        if not found_here or (s, e) in advice:
            continue
        found_here = [(R._praised(own, (c, a, b, t)), a, b, t) if c == "strong" and t[:4].lower() == "your" else (c, a, b, t)
                      for c, a, b, t in found_here]
        strong = [c for c in found_here if c[0] == "strong"]
        strength, cs, ce, _text = (strong or found_here)[0]
        skip = tuple((a, b) for _k, a, b, _t in found_here)
        practice = any(R._reports_practice(own, b, t) for _k, _a, b, t in found_here)
        if instructions:
            skip += tuple(r for r in instructions if r[0] < e and r[1] > s)
        # a weak reference whose every cue is followed by its object ("an earnest desire to learn more
        # about the industry", "hearing about ..."): what it refers to is after the cue; the words before
        # it (the writer describing themself) are no evidence
        after = strength == "weak" and all(R._object_follows(t) for _k, _a, _b, t in found_here)
        standing = strength == "weak" and R._standing_quality(own, max(b for _k, _a, b, _t in found_here), e, lower)
        stop = R._before_praise(own, found_here, e)
        stop = R._own_clause(own, max(b for _k, _a, b, _t in found_here), stop)
        concrete = concrete_of(min(a for _k, a, _b, _t in found_here) if after else s,
                               stop, skip, strength == "strong", practice, standing)
        if concrete is not None and R._duties_listed(own, max(b for _k, _a, b, _t in found_here), stop):
            concrete = None    # "about the job: answering the customers ..., handling the warranty claims"
        if concrete is None and strength == "strong":
            concrete = R._deadline(own, ce, e)   # "you said the panel would decide by the end of the week"
        found.append(R.Reference(s, e, cs, ce, strength, concrete))
    found.sort(key=lambda r: (r.start, r.cue_start))
    return R.References(tuple(found))


# sentences with cues (weak, strong, a deed, a moment noun, praise of a standing quality), what makes a
# reading depend on its neighbours (a value word 80 characters after a head, a practice told after the cue,
# a name, a number, a deadline), and the breaks between them
_SENTENCES = [
    "We talked about caching and the team plans.", "I enjoyed our conversation about the Kestrel rollout.",
    "I was impressed by the company's commitment to quality.", "I admire the firm's values.",
    "Trust matters.", "I loved hearing about how your team tests pricing changes before launch.",
    "When you mentioned the panel would decide by the end of the week, I was glad.",
    "I enjoyed learning more about", "how your team ships.", "I finally solved the puzzle you gave me.",
    "Thanks for the tour of the depot.", "Your insights into the roadmap were very compelling.",
    "our talk about the 2024 budget was useful", "I enjoyed our discussion about trust, respect and ownership.",
    "the culture of", "ownership.", "I enjoyed our chat about the job: answering the customers, handling the claims.",
    "As you said, the company values trust.", "I enjoyed our discussion of CDN caching.",
]
_BREAKS = [" ", " ", "  ", "\n", "\n\n", " \n\n   ", "\n" + " " * 170]


def _body(parts: list[str]) -> str:
    return "Hi Dana,\n\n" + "".join(parts) + "\n\nBest,\nSam\n"


def _same(body: str, book: Sequence[str] = (), excluded: frozenset[str] = frozenset()) -> R.References:
    doc = Document(Draft(body=body))
    new = R.read_references(doc, excluded, (), book)
    assert new == _read_references_as_it_was(Document(Draft(body=body)), excluded, (), book), body[:200]
    return new


_DRAFTS = [
    _body([s + " " for s in _SENTENCES]),
    _body([s + " " for s in _SENTENCES] * 6),
    _body([_SENTENCES[0] + " "] * 300),
    _body([_SENTENCES[2] + " "] * 50 + [_SENTENCES[4] + " "] + [_SENTENCES[2] + " "] * 50),
    _body([_SENTENCES[13] + "\n" + " " * 300] * 20),
    _body([s + b for s in _SENTENCES for b in _BREAKS]),
    "We talked about caching and the team plans. " * 40,                 # from the very first character
    ("We talked about caching and the team plans. " * 40).rstrip(),       # to the very last
    _body(["We talked about caching and the team plans. "] * 30 + ["Kestrel. "] + ["We talked about caching. "] * 30),
    # what a value word says depends on the words before it and after it, in the sentences either side
    _body(["Culture. Our talk about empowerment was great. ", "Thanks. Our talk about empowerment was great. "] * 5),
    _body(["Our talk about empowerment. Respect, too. ", "Our talk about empowerment. Kestrel ships. "] * 5),
    _body(["I enjoyed our discussion about the İstanbul office. "] * 30),   # not ASCII: read afresh
    _body(["We talked about [Company] and the team plans. "] * 30),         # a placeholder: read afresh
]


@pytest.mark.parametrize("body", _DRAFTS, ids=range(len(_DRAFTS)))
def test_references_are_those_of_judging_every_sentence(body: str) -> None:
    assert _same(body).items
    _same(body, book=("caching", "quality", "Kestrel"), excluded=frozenset({"team"}))


def test_a_sentence_is_read_in_its_context() -> None:
    # "your story" is strong before "About the depot" (its object), only praise before "Thanks again": the
    # same sentence, read after the next one's first word
    parts = ["I loved your story\n\nAbout the depot.\n\n", "I loved your story\n\nThanks again.\n\n"]
    refs = _same(_body(parts * 5)).items
    assert [r.strength for r in refs] == ["strong", "weak"] * 5


def test_the_issue_12_shapes_give_the_references_of_judging_every_sentence() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import shapes

    for name in ("one paragraph", "many sentences", "Hi.\\n lines", "quotes", "placeholders"):
        _same(shapes.sized(shapes.SHAPES[name], 60_000))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SENTENCES), st.sampled_from(_BREAKS)), min_size=1, max_size=12),
       st.integers(1, 8))
def test_drawn_drafts_give_the_references_of_judging_every_sentence(parts: list[tuple[str, str]], times: int) -> None:
    _same(_body([s + b for s, b in parts] * times))
    _same(_body([s + b for s, b in parts] * times), book=("caching", "quality"))


# -- a sentence with many cues (sentences run together: "plans.We talked about ...") ------------------------


def _kept_tokens_as_it_was(doc: Document, start: int, end: int, skip: tuple) -> list:
    """``reference._kept_tokens`` before: one pass over the tokens per range skipped."""
    from followup_lint.rules._phrases import tokens_between

    tokens = [t for t in tokens_between(doc, start, end) if t.kind in R._KEPT_KINDS]
    for a, b in skip:
        tokens = [t for t in tokens if not a <= t[0] < b]
    return tokens


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(-5, 700), st.integers(0, 60)), max_size=20), st.integers(0, 300),
       st.integers(0, 700))
def test_kept_tokens_skip_the_tokens_of_every_range(ranges: list[tuple[int, int]], start: int, end: int) -> None:
    doc = Document(Draft(body="We talked about the 2024 plans.We met [Name] twice, at 9 and 10. " * 10))
    skip = tuple((a, a + n) for a, n in ranges)
    assert R._kept_tokens(doc, start, end, skip) == _kept_tokens_as_it_was(doc, start, end, skip)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab "“”\n', max_size=30), st.integers(0, 12), st.lists(st.integers(0, 32), max_size=20))
def test_quoted_each_is_quoted_at_each_position(own: str, start: int, positions: list[int]) -> None:
    assert R._quoted_each(own, start, positions) == [R._quoted(own, start, p) for p in positions]


def test_quoted_each_by_hand() -> None:
    import random

    rnd = random.Random(5)
    for own in ['"a"b“c”"', 'ab"', '""""', '"', "abc", 'a "b" c "d']:
        for start in range(len(own) + 2):
            for _ in range(30):
                positions = [rnd.randint(0, len(own) + 2) for _ in range(rnd.randint(0, 12))]
                assert R._quoted_each(own, start, positions) == [R._quoted(own, start, p) for p in positions]


def test_sentences_run_together_give_the_references_of_judging_every_sentence() -> None:
    for unit in ["We talked about caching and the team plans.", 'I said "we talked about the plans.',
                 "I enjoyed our chat about Kestrel.I was impressed by the company's commitment to quality."]:
        for n in (3, 9, 40):
            assert _same(_body([unit] * n)).items


# -- a paragraph of encounters ("Meeting Priya at reception at 9 works for me, " 20,000 times) ----------------

_ENCOUNTERS = ["Meeting Priya at reception at 9 works for me, ", "I met Priya at reception, ", "meeting him was fun. ",
               "I look forward to meeting him in the lobby, ", "Running into Sam at the station was lucky. ",
               "Meeting the team, ", "we had met before. ", "Meeting Dana’s team went well, ", "\n\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_ENCOUNTERS), min_size=1, max_size=10), st.integers(1, 6))
def test_encounters_are_read_as_reading_the_tense_at_each(parts: list[str], times: int) -> None:
    _same(_body(parts * times))


def test_ahead_is_as_it_was_at_every_encounter() -> None:
    from followup_lint.rules._phrases import existence

    own = "".join(_ENCOUNTERS * 3)
    doc = Document(Draft(body=own))
    past: dict = {}
    seen = 0
    for m in existence("moment", "encounters").finditer(doc.own):
        for sentence in (*[se for se in doc.sentences if se[0] <= m.start < se[1]], (0, len(doc.own))):
            now = R._ahead(doc.own, m.start, m.text, sentence, past)
            assert now == _ahead_as_it_was(doc.own, m.start, m.text, sentence)
            seen += 1
    assert seen > 10 and past


# -- every one of these paragraphs is read in linear time ----------------------------------------------------


@pytest.mark.parametrize("unit", [
    _SENTENCES[0] + " ",                                  # one sentence repeated: judged once
    "We talked about caching and the team plans.",         # run together: one sentence of many cues
    'We talked "about" it.',                               # and its quotes counted
    _ENCOUNTERS[0],                                        # gerunds of one sentence: its tense read once
    "I was impressed by the company's commitment to quality. ",   # the text lower-cased once
    "We talked about caching and the team’s plans. ",     # not ASCII: each sentence's reading remembered
    "Values. We talked about caching and José’s plans. ",  # by its text and the text around it
])
def test_a_paragraph_is_read_in_linear_time(unit: str) -> None:
    def timed(n: int) -> float:
        doc = Document(Draft(body="Hi Ana,\n\n" + unit * n))
        t = time.process_time()
        R.read_references(doc, frozenset())
        return time.process_time() - t

    assert_linear(timed)
