"""The sentence-reading fast paths (which sentences are read, which units are looked at) give exactly what
reading every sentence gives."""

from __future__ import annotations

import random

import pytest

from followup_lint import Config, Linter
from followup_lint.analysis import sentences as sentences_module
from followup_lint.analysis.sentences import (Function, _heads, answered_at_once, asks_nobody, _Reader, classify, cue_data,
                                              paren_instructions, read_sentence, sentence_functions)
from followup_lint.document import Document
from followup_lint.document.tokens import tokenize
from followup_lint.model import Draft
from followup_lint.rule import RuleContext
from followup_lint.rules._substance import FIRST_PERSON, asks, wrapped_on


def _vocabulary() -> list[str]:
    words = ["him/her", "(", ")", "the", "interviewer", "paragraph", "opening", "I", "i", "we", "My", "us",
             "Thanks", "thank", "can", "will", "really", "send", "happy", "to", "help", "?", ".", ",",
             "available", "anything", "else", "Hi", "me", "our", "Bit", "world", "I'd", "upon", "request"]
    for section in ("instruction", "offer", "modality", "question"):
        for values in cue_data()[section].values():
            for entry in values if isinstance(values, list) else []:
                words.extend(entry.split())
    return words


# whole constructions, written for this test, mixed into the random words
_FRAGMENTS = ["Thank the interviewer for", "thanks your interviewers", "the opening paragraph", "him or her",
              "In the second paragraph", "(mention the project you liked best)", "(Say what you learned there)",
              "I can send", "I will really send", "we would be happy to help", "available upon request",
              "anything else", "I'm curious whether", "a quick question", "I remain available", "we can share"]


def _drafts(seed: int, n: int) -> list[str]:
    """Drafts of 70-110 short sentences (more than ``could_do`` lists without picking) of cue words."""
    rnd = random.Random(seed)
    words = _vocabulary()
    out = []
    for _ in range(n):
        sentences = []
        for _ in range(rnd.randrange(70, 110)):
            k = rnd.randrange(1, 9)
            text = " ".join(rnd.choice(words) if rnd.random() < 0.9 else rnd.choice(_FRAGMENTS) for _ in range(k))
            sentences.append(text[:1].upper() + text[1:] + rnd.choice([".", "?", "!", ".\n"]))
        out.append("Hi Dana,\n\n" + " ".join(sentences) + "\n\nBest,\nSam\n")
    return out


def _instructions_by_reading_all(doc: Document) -> tuple[tuple[int, int], ...]:
    sentences = sentence_functions(doc)
    own = doc.own
    marked = not _heads()["instruction"].isdisjoint(doc.lower_words)
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(sentences.bounds):
        tokens = [t for t in doc.tokens if s <= t.start < e]
        if marked and classify(read_sentence(tokens), own[s:e])[0] & Function.INSTRUCTION:
            out.append((s, e))
        elif "(" in own[s:e]:
            out.extend(paren_instructions(tokens))
    if "[" in own:  # a square-bracketed instruction line ("[Insert something you learned]"), found by its own scan
        out.extend(sentences_module._bracketed_instructions(own, sentences.bounds))
    return tuple(sorted(set(out)))


def test_instructions_read_only_the_sentences_that_may_hold_one() -> None:
    found = 0
    for body in _drafts(7, 40):
        doc = Document(Draft(body=body))
        expected = _instructions_by_reading_all(doc)
        assert sentence_functions(doc).instructions == expected, body
        found += len(expected)
    assert found > 20  # the drafts do hold instructions, whole and bracketed


def test_a_sentence_without_an_offer_head_offers_nothing() -> None:
    rnd = random.Random(3)
    words = _vocabulary()
    heads = _heads()["offers"]
    offered = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(words) if rnd.random() < 0.8 else rnd.choice(_FRAGMENTS)
                        for _ in range(rnd.randrange(2, 10)))
        w = read_sentence(tokenize(text)).words
        reader = _Reader(w)
        reader.offers()
        if set(w).isdisjoint(heads):
            assert not reader.cues, w
        offered += bool(reader.cues)
    assert offered > 300  # (many do offer)


@pytest.mark.parametrize("pick_from", [0, 64])
def test_picked_sentences_give_the_same_findings(pick_from: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Findings with sentences picked by their head words equal those with every sentence listed."""
    linter = Linter(Config())
    drafts = _drafts(11, 12)
    picked = [linter.lint(Draft(body=b), None).findings for b in drafts]
    monkeypatch.setattr(sentences_module, "_PICK_FROM", 10**9)
    listed = [linter.lint(Draft(body=b), None).findings for b in drafts]
    assert picked == listed


def asking_and_first_person_by_a_full_walk(ctx: RuleContext) -> tuple[set[int], set[int]]:
    """The substance units that ask and that speak in the first person, every unit looked at."""
    own = ctx.doc.own
    sentences = ctx.analysis.sentences
    index = {bounds[0]: k for k, bounds in enumerate(sentences.bounds)}
    asking, first = set(), set()
    units = ctx.analysis.substance.terms.units
    for k, (s, e, _keys, field) in enumerate(units):
        if field != "body":
            continue
        j = index.get(s)
        if (own[s:e].rstrip().endswith("?") and not asks_nobody(own[s:e]) and not answered_at_once(own, e)
                or j is not None and sentences.asks(j)):   # (a question answered at once, "right? No.", asks nobody)
            asking.add(k)
        elif k and wrapped_on(own, units[k - 1][:2], s) and asks(own[units[k - 1][0]:e], only="questions"):
            asking.update((k - 1, k))   # a sentence wrapped after a comma onto a lower-case line, read whole
        if FIRST_PERSON.search(own, s, e):
            first.add(k)
    return asking, first


def test_units_asking_and_in_the_first_person_are_those_a_full_walk_finds() -> None:
    linter = Linter(Config())
    found = 0
    for body in _drafts(5, 15) + ["Hi.\n" * 300, "i " * 500, "Hi Dana,\n\n" + "Why? " * 90 + "\n\nBest,\nSam\n",
                                  "Hi Dana,\n\n" + "We met. ’i said. I’m in. Is it? " * 30 + "\n\nBest,\nSam\n"]:
        draft = Draft(body=body, subject="Me and my questions?")
        ctx = RuleContext(doc=Document(draft), draft=draft, interview=None, send_time=None, template=False,
                          config=linter.config, resources=linter.resources)
        substance = ctx.analysis.substance
        asking, first = asking_and_first_person_by_a_full_walk(ctx)
        assert substance.asking == frozenset(asking), body[:80]
        assert substance.first_person == frozenset(first), body[:80]
        found += len(first) + len(asking)
    assert found > 500  # (the walk has something to find)


_MOMENTS = ["I enjoyed our talk about the Kestrel migration.", "We talked about caching and the team plans.",
            "Your story about the 2019 outage stuck with me.", "i loved hearing how your team tests pricing first.",
            "Our chat about [Project] was great.", "We discussed the ROTA SYSTEM REBUILD at length.",
            "I appreciated our conversation about Dana's onboarding plan.", "the part about on-call rotas was useful",
            "Training came up when we talked about the shifts.", "Kestrel was the example in your story about it"]


def test_references_remembered_per_sentence_equal_each_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence repeated in other places (after ".", ":", a line break, a bracket, in capitals or not)
    reads the same as when each is read afresh."""
    from followup_lint.analysis import reference

    rnd = random.Random(9)
    bodies = []
    for _ in range(25):
        parts = [rnd.choice(_MOMENTS) + rnd.choice([" ", ": ", "\n", " (see below) ", " — ", "\n\n"])
                 for _ in range(rnd.randrange(5, 40))]
        bodies.append("Hi Dana,\n\n" + "".join(parts) + "\n\nBest,\nSam\n")

    def read_all() -> list[tuple]:  # type: ignore[type-arg]
        out = []
        for body in bodies:
            doc = Document(Draft(body=body))
            out.append(reference.read_references(doc, frozenset(), sentence_functions(doc).instructions))
        return out

    remembered = read_all()
    monkeypatch.setattr(reference, "_reading_key", lambda *args: None)
    monkeypatch.setattr(reference, "_judged_for", lambda *args: {})  # (no judgement from the first reading)
    assert remembered == read_all()
    concrete = {r.concrete for refs in remembered for r in refs.concrete}
    assert len(concrete) >= 3  # (the sentences do name things)


def _read_sentence_as_it_was(tokens, known, brackets=None):  # type: ignore[no-untyped-def]
    """``read_sentence`` before its readings were remembered: every token read on every call."""
    import bisect
    from itertools import compress

    words: list[str] = []
    spans: list[tuple[int, int]] = []
    paren = False
    vocatives = sentences_module._vocatives()
    for start, end, text, kind in tokens:
        if kind == "word":
            read = sentences_module._read_word(text, known)
            if len(read) == 1:
                if read[0] in vocatives:
                    continue
                words.append(read[0])
                spans.append((start, end))
            else:
                words.extend(read)
                spans.extend([(start, end)] * len(read))
        elif text == "(":
            paren = True
    if paren:
        dropped = paren_instructions(tokens) if brackets is None else brackets
        if dropped:
            starts = [a for a, _b in dropped]
            keep = [(k := bisect.bisect_right(starts, sp[0]) - 1) < 0 or sp[0] >= dropped[k][1] for sp in spans]
            words = list(compress(words, keep))
            spans = list(compress(spans, keep))
    return sentences_module.Words(tuple(words), tuple(spans))


def test_readings_remembered_across_drafts_equal_each_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence's reading is remembered by its tokens' texts and kinds; read again elsewhere (another
    draft, another offset: the spans are this text's), it gives what reading every token afresh gives."""
    from followup_lint.analysis.language import english_word
    from test_perf_fastpaths_analysis import _records

    # (nothing forgotten during the test: with more fixture notes the store filled up and was cleared)
    monkeypatch.setattr(sentences_module, "_READINGS_KEPT", 10**6)
    sentences_module._READINGS.clear()
    seen = 0
    texts = [r["body"] for r in _records()] + _drafts(5, 3)
    for shift in ("", "Hi.\n\n", "Hi.\n\n"):  # (the second and third: every reading remembered, at new offsets)
        for body in texts:
            doc = Document(Draft(body=shift + body))
            for s, e in doc.sentences:
                tokens = [t for t in doc.tokens if s <= t.start < e]
                for known in (english_word, None):
                    assert read_sentence(tokens, known) == _read_sentence_as_it_was(tokens, known)
                    assert read_sentence(tokens, known, []) == _read_sentence_as_it_was(tokens, known, [])
                seen += 1
    assert seen > 5000 and len(sentences_module._READINGS) > 1000


def test_instructions_of_real_notes_skip_sentences_without_a_head_and_equal_reading_all() -> None:
    """In a usual draft (every sentence listed), a sentence without a head of an instruction is passed
    over unread; the instructions found are those of reading every sentence, on every real note and on
    short drafts holding instructions."""
    from test_perf_fastpaths_analysis import _records

    bodies = [r["body"] for r in _records()] + [d for d in _drafts(8, 30)]
    bodies += ["Hi [Name],\n\nThank him/her for the interview. The opening paragraph thanks the interviewer. "
               "I liked (Mention the project you discussed) a lot. Thanks again.\n\nBest,\n[Me]\n"]
    found = 0
    for body in bodies:
        doc = Document(Draft(body=body))
        got = sentence_functions(doc).instructions
        assert got == _instructions_by_reading_all(doc)
        found += len(got)
    assert found > 30
