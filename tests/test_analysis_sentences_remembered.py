"""A sentence's functions remembered across drafts (``Sentences._classified``, issue 12) are exactly what
reading and classifying it gave: ``Sentences[k]`` and ``Sentences.asks(k)`` are compared with reference
copies of their code before the memo, on every real note we hold, on drafts made of the same sentences at
other offsets (each one read from the memo there), and on random drafts."""

from __future__ import annotations

import bisect
import random
from itertools import compress
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.analysis import sentences as sm
from followup_lint.analysis.language import english_word
from followup_lint.analysis.sentences import Cue, SentenceFunctions, classify
from followup_lint.document import Document
from followup_lint.model import Draft

from test_perf_fastpaths_analysis import _records
from test_perf_fastpaths_reading import _instructions_by_reading_all

# -- reference copies of the code before the memo -----------------------------------------------------------


def _functions_as_it_was(sentences: sm.Sentences, k: int) -> SentenceFunctions:
    """``Sentences.__getitem__`` before the memo: the sentence read, classified, its cues placed by its words'
    spans."""
    s, e = sentences._bounds[k]
    words = sentences._read(k)
    f, cues = classify(words, sentences._own[s:e])
    spans = words.spans
    placed = tuple(Cue(fn, spans[i][0], spans[j - 1][1]) if spans else Cue(fn, s, e) for fn, i, j in cues)
    a, b = sentences._token_range(k)
    texts = sentences._texts[a:b]
    if not f & sm.Function.REQUEST and "(" in texts and ")" in texts:
        # (a request of a bracketed aside read on its own, "(ask me to see this!)": no sentence with a "(" is
        # remembered, so the memo has nothing to compare here but its reading)
        asked = sentences._aside_requests(k, a, b)
        if asked:
            f, placed = f | sm.Function.REQUEST, placed + tuple(Cue(fn, cs, ce) for fn, cs, ce in asked)
    if f & sm.Function.QUESTION and sm.answered_at_once(sentences._own, e):
        # (a question the writer answers at once, "..., right? Not necessarily.": rhetorical, read after the
        # memo from what follows the sentence)
        f = f & ~sm.Function.QUESTION
        placed = tuple(c for c in placed if c.function is not sm.Function.QUESTION)
    return SentenceFunctions(s, e, f, placed)


def _asks_as_it_was(sentences: sm.Sentences, k: int) -> bool:
    """``Sentences.asks`` before the memo (on a sentence not yet read whole)."""
    s, e = sentences._bounds[k]
    text = sentences._own[s:e]
    if sm._asks(text):
        return not sm.answered_at_once(sentences._own, e)
    words = sm._question_anchors()
    doc = sentences._doc
    anchors = list(compress(doc.word_starts, map(words.__contains__, doc.lower_words)))
    i = bisect.bisect_left(anchors, s)
    if i == len(anchors) or anchors[i] >= e:
        return False
    f, _cues = classify(sentences._read(k), text, only="questions")
    return bool(f._value_ & sm._ASKING)


def _instructions_as_it_was(doc: Document) -> tuple[tuple[int, int], ...]:
    """``Sentences.instructions`` of the analysis' index before the memo: every sentence read whole."""
    fresh = sm.sentence_functions(doc, english_word)
    own = doc.own
    marked = not sm._heads()["instruction"].isdisjoint(doc.lower_words)
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(fresh.bounds):
        if marked and _functions_as_it_was(fresh, k).functions & sm.Function.INSTRUCTION:
            out.append((s, e))
        elif "(" in own[s:e]:
            out.extend(sm.paren_instructions([t for t in doc.tokens if s <= t.start < e]))
    if "[" in own:
        out.extend(sm._bracketed_instructions(own, fresh.bounds))
    return tuple(sorted(set(out)))


def _check(body: str, subject: str = "", order: random.Random | None = None) -> None:
    """Every sentence of the draft read whole and asked about, in a random order and each way first, equals
    the reference's reading of a fresh index."""
    doc = Document(Draft(body=body, subject=subject))
    fresh = sm.sentence_functions(doc, english_word)
    asked = sm.sentence_functions(doc, english_word)   # (asks first: the questions-only reading)
    whole = sm.sentence_functions(doc, english_word)   # (read whole first)
    ks = list(range(len(fresh)))
    if order is not None:
        order.shuffle(ks)
    # (the instructions: a sentence without a head of one is passed over by its remembered reading's words)
    assert sm.sentence_functions(doc).instructions == _instructions_by_reading_all(doc), body
    assert sm.sentence_functions(doc, english_word).instructions == _instructions_as_it_was(doc), body
    for k in ks:
        want_asks = _asks_as_it_was(sm.sentence_functions(doc, english_word), k)
        assert asked.asks(k) == want_asks, (body, k)
        want = _functions_as_it_was(fresh, k)
        assert whole[k] == want, (body, k)
        assert whole.asks(k) == bool(want.functions._value_ & sm._ASKING)
        assert asked[k] == want, (body, k)


def _bodies() -> list[tuple[str, str]]:
    return [(r.get("body") or "", r.get("subject") or "") for r in _records()]


def test_every_note_we_hold_reads_as_before_and_again_from_the_memo() -> None:
    rng = random.Random(12)
    bodies = _bodies()
    for _ in range(2):   # (the second pass reads every sentence from the memo)
        for body, subject in bodies:
            _check(body, subject, rng)


def test_the_same_sentences_at_other_offsets_read_as_before() -> None:
    """Sentences of the notes remembered at one offset, then read in new drafts (shuffled, re-spaced, each
    after other text): the cues are placed at the new offsets."""
    rng = random.Random(7)
    bodies = [b for b, _s in _bodies()]
    for body in bodies:   # (remembered where they first stood)
        _check(body)
    for _ in range(150):
        parts = []
        for body in rng.sample(bodies, 3):
            lines = body.splitlines()
            rng.shuffle(lines)
            parts.append(rng.choice(["", "Hi Dana,", "Hello   Sam!", "P.S."]) + rng.choice([" ", "\n", "\n\n  "])
                         + rng.choice([" ", "\n", "  "]).join(lines))
        _check("\n\n".join(parts), order=rng)


_SENTENCES = [
    "Thank you for your time today.", "Thanks so much for the tour!", "Could you tell me when you'll decide?",
    "I'm curious whether the team pairs often", "I wonder if the role is hybrid.", "I'd appreciate an update.",
    "Please let me know if you need anything else.", "I look forward to hearing from you.",
    "I can send the slides once they're finished.", "Happy to share my notes (the ones from Friday).",
    "What time should I come on Friday", "Do you have any update for me", "I dont know if you got my email?",
    "(Insert something you learned here.)", "Thnak you again, Dana!", "Best regards,", "Sam",
    "I would love to join the team at Globex.", "Would it be possible to meet next week?", "Hope you're well!",
    "The opening paragraph thanks the interviewer.", "Thank him/her for the interview (mention the project you discussed).",
    "I liked (Mention the project you discussed) a lot.", "[Insert something you learned from your conversation].",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SENTENCES), st.sampled_from([" ", "\n", "\n\n", "  ", " 😊 ", "\t"])),
                min_size=1, max_size=9),
       st.sampled_from(["", "Hi Dana,\n\n", "Dear Ms. Okafor:\n", "{{name}}, "]), st.randoms(use_true_random=False))
def test_random_drafts_read_as_before(parts: list[tuple[str, str]], lead: str, rng: Any) -> None:
    body = lead + "".join(s + sep for s, sep in parts)
    _check(body, order=rng)
    _check(body, order=rng)   # (now from the memo)
