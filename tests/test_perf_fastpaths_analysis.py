"""Fast paths of the shared analyses give what the code they replace gave, on every real note we hold (the
dev corpus, the held-out and outside fixtures, the benchmark drafts) and on hostile shapes."""

from __future__ import annotations

import bisect
import json
import random
from datetime import datetime, timezone
from pathlib import Path

import pytest

from followup_lint import Config, Draft, Interview, Linter
from followup_lint.document import Document
from followup_lint.rule import RuleContext
from followup_lint.rules._topics import (_REMEMBERED_WORDS, _sentence_keys, _word_keys, draft_terms,
                                         excluded_terms, terms_of)
from followup_lint.rules._phrases import outside_slots

from test_perf_fastpaths_reading import asking_and_first_person_by_a_full_walk

ROOT = Path(__file__).resolve().parent
_NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
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
        asking, first = asking_and_first_person_by_a_full_walk(ctx)
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


def _words_of_real_notes() -> list[str]:
    import re

    words = {w for r in _records() for w in re.findall(r"[^\W\d_][\w'’.-]*", r["body"])}
    return sorted(words)


def test_a_matcher_without_interviewers_classifies_nothing_as_its_full_lookup_says() -> None:
    from followup_lint.names import NameMatcher

    matcher = NameMatcher(())
    words = _words_of_real_notes()
    assert len(words) > 3000
    for word in words + ["Müller", "Dana's", "Jo", "O'Neil", "’s", "..."]:
        for any_case in (False, True):
            assert matcher.classify(word, any_case=any_case) is None
            assert matcher._classify(word, any_case) is None, word


def _osa_by_hand(a: str, b: str, limit: int) -> int:
    """The optimal-string-alignment distance the sentence reader computed itself before (a transposition
    is one edit), cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def test_mending_by_rapidfuzz_osa_equals_the_distance_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint.analysis import sentences as module

    targets = sorted(module._fuzzy_targets())
    rng = random.Random(7)
    words = [w.lower() for w in _words_of_real_notes() if w.isalpha()]
    for t in targets:  # misspellings of the cue words: one and two edits, swaps
        for _ in range(25):
            w = list(t)
            for _edit in range(rng.randint(1, 3)):
                i = rng.randrange(len(w))
                op = rng.randrange(4)
                if op == 0:
                    w[i] = rng.choice("aeioustnrlhp")
                elif op == 1 and len(w) > 2:
                    del w[i]
                elif op == 2:
                    w.insert(i, rng.choice("aeioustnrlhp"))
                elif i + 1 < len(w):
                    w[i], w[i + 1] = w[i + 1], w[i]
            words.append("".join(w))

    def by_hand(word: str, known) -> str:  # _mend as it was, with the distance computed by hand
        if word in module._fuzzy_targets() or not word.isalpha():
            return word
        candidates = [t for t in module._fuzzy_targets() if abs(len(t) - len(word)) <= 2 and t[0] == word[0]]
        best = None
        for t in candidates:
            limit = 2 if len(t) >= 7 else 1
            d = _osa_by_hand(word, t, limit)
            if d <= limit and (best is None or d < best[0]):
                best = (d, t)
        return word if best is None or known(word) else best[1]

    mended = 0
    for known in (lambda w: False, lambda w: len(w) % 3 == 0):
        for w in words:
            got = module._mend(w, known)
            assert got == by_hand(w, known), w
            mended += got != w
    assert mended > 200


def test_line_starts_of_lf_text_from_line_lengths_equal_the_break_pattern() -> None:
    from followup_lint.text import _BREAK, LineIndex

    texts = [r["body"] for r in _records()] + ["", "\n", "\n\n", "a", "a\n", "\na", "Hi.\n" * 50, "x\r\ny\rz\n"]
    for text in texts + [t.replace("\r\n", "\n").replace("\r", "\n") for t in texts]:
        assert LineIndex(text).starts == [0, *(m.end() for m in _BREAK.finditer(text))], text[:40]


def _bracketed_sentences() -> list[list]:
    """Token lists of sentences with brackets: the real notes run together, and hostile shapes."""
    from followup_lint.document.tokens import tokenize

    bodies = [r["body"] for r in _records() if "(" in r["body"]]
    out = [tokenize(" ".join(bodies[k:k + 10])) for k in range(0, len(bodies), 10)]
    units = ('"a" \'b\' (c) ', "don't (mention the project) ", "Thnak you (Specifically what you liked best) ",
             "I liked (Name the project here) and (c) and (Mention the team).")
    out += [tokenize(x * 300) for x in units]
    return out


def test_words_of_bracketed_instructions_dropped_by_bisection_equal_every_range_tried() -> None:
    from followup_lint.analysis import sentences as module
    from followup_lint.analysis.language import english_word

    dropped_words = 0
    for tokens in _bracketed_sentences():
        dropped = module.paren_instructions(tokens)
        read = module.read_sentence(tokens, english_word, brackets=[])  # (nothing dropped)
        keep = [not any(a <= sp[0] < b for a, b in dropped) for sp in read.spans]  # (as it was)
        want = module.Words(tuple(w for w, k in zip(read.words, keep) if k),
                            tuple(sp for sp, k in zip(read.spans, keep) if k))
        assert module.read_sentence(tokens, english_word) == want
        dropped_words += len(read.words) - len(want.words)
    assert dropped_words > 1000


def _run_end_token_by_token(tokens, i: int, text: str) -> int:
    """``mechanics._run_end`` as it was: every repeat walked one token at a time."""
    a = tokens[i]
    if a.kind != "word" or not (len(a.text) > 1 or a.text.lower() in ("a", "i")):
        return i
    same, word = a.text, a.norm.lower()
    j = i
    gap_start = a.end
    for x in range(i + 1, len(tokens)):
        b_start, b_end, b_text, b_kind = tokens[x]
        if b_kind != "word" or (b_text != same and tokens[x].norm.lower() != word):
            break
        if b_start == gap_start + 1:
            if not text[gap_start].isspace():
                break
        else:
            gap = text[gap_start:b_start]
            if not gap or gap.strip() or gap.count("\n") > 1:
                break
        j = x
        gap_start = b_end
    return j


def test_a_flood_walked_a_block_at_a_time_ends_where_the_token_walk_ends() -> None:
    from followup_lint.document.tokens import tokenize
    from followup_lint.rules.mechanics import _run_end

    rng = random.Random(11)
    texts = ["i " * 5000, "the " * 3000 + "end", "I " * 2100 + "i " * 900, "a\n" * 2500, "so so " * 1500]
    for _ in range(40):  # a flood with one break somewhere: another word, a double space, a blank line, a tab
        n = rng.randint(20, 4000)
        words = ["i"] * n
        k = rng.randrange(n)
        words[k] = rng.choice(["I", "in", "i  i", "i\n\ni", "i\ti", "i's", "(i)", "ii"])
        texts.append(" ".join(words))
    for text in texts + [r["body"] for r in _records()[::5]]:
        tokens = tokenize(text)
        starts = range(0, len(tokens), max(1, len(tokens) // 50))
        for i in [*starts, *(rng.randrange(len(tokens)) for _ in range(10))] if tokens else []:
            assert _run_end(tokens, i, text) == _run_end_token_by_token(tokens, i, text), (text[:30], i)


def test_a_draft_of_few_long_sentences_picks_them_with_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentences picked by their head words because the draft has many tokens (few sentences): the same
    findings as every sentence listed."""
    from followup_lint.analysis import sentences as module

    linter = Linter(Config())
    records = _records()[::2] + [{"body": "Hi Dana,\n\n" + "i " * 300 + "thank you\n\nBest,\nSam\n"},
                                 {"body": "Hi Dana,\n\n" + "Gratful " * 50 + "(mention the project) and so\n"}]

    def lint_all() -> list:
        out = []
        for r in records:
            interview = Interview.from_dict(r["interview"]) if r.get("interview") else None
            draft = Draft(body=r["body"], subject=r.get("subject") or "")
            out.append(linter.lint(draft, interview, now=_NOW).findings)
        return out

    monkeypatch.setattr(module, "_PICK_FROM", 10**9)
    monkeypatch.setattr(module, "_PICK_TOKENS", 0)
    picked = lint_all()
    monkeypatch.setattr(module, "_PICK_TOKENS", 10**9)
    assert picked == lint_all()


def test_few_sentences_picked_by_their_word_texts_equal_those_holding_the_anchor_offsets() -> None:
    """``_few_holding`` (each sentence's distinct words looked up) against ``_holding`` of the listed
    anchor offsets it replaces, for every function read and for the instruction and bracket picks."""
    from followup_lint.analysis import sentences as module
    from followup_lint.analysis.language import english_word

    bodies = [r["body"] for r in _records()[::3]] + [
        "Hi Dana,\n\n" + "i " * 300 + "thank you (mention the project) could you?\n\nBest,\nSam\n",
        "\"a\" 'b' (c) " * 200, "Hi.\n" * 50 + "Would you let me know?"]
    wanted = [*module.Function, module.Function.QUESTION | module.Function.INDIRECT_QUESTION,
              module.Function.QUESTION | module.Function.REQUEST | module.Function.OFFER | module.Function.FORWARD]
    picked = 0
    for body in bodies:
        sentences = module.sentence_functions(Document(Draft(body=body)), english_word)
        own = sentences._own
        for backwards in (False, True):
            for f in wanted:
                words, marks = sentences._anchor_words(f)
                few = list(sentences._few_holding(words, module._QUESTION_MARK if marks else None, backwards))
                assert few == list(sentences._holding(sentences._anchors_of(f), backwards)), (body[:40], f)
                picked += len(few)
            needs = module._instruction_needs()
            assert (list(sentences._few_holding(needs, None, backwards))
                    == list(sentences._holding(sentences._word_anchors(needs), backwards)))
            assert (list(sentences._few_holding(frozenset(), module._OPENING, backwards))
                    == list(sentences._holding([m.start() for m in module._OPENING.finditer(own)], backwards)))
    assert picked > 500


def test_few_sentences_holding_anchors_found_by_bisection_equal_the_block_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint.analysis import sentences as module
    from followup_lint.analysis.language import english_word

    rng = random.Random(5)
    checked = 0
    for r in _records()[::3]:
        doc = Document(Draft(body=r["body"], subject=r.get("subject") or ""))
        sentences = module.sentence_functions(doc, english_word)
        n = len(doc.own)
        for _ in range(5):
            anchors = sorted(rng.sample(range(n), min(n, rng.randint(0, 30)))) if n else []
            for backwards in (False, True):
                monkeypatch.setattr(module, "_PICK_FROM", 10**9)
                few = list(sentences._holding(list(anchors), backwards))
                monkeypatch.setattr(module, "_PICK_FROM", -1)
                assert list(sentences._holding(list(anchors), backwards)) == few
                checked += len(few)
    assert checked > 1000


def test_plain_common_words_told_once_per_word_equal_the_per_token_test() -> None:
    """``_plain_words`` (each distinct word told once and remembered by the speller's resource) tells
    every token of every real note, and of mixed-case and other-variety words, as the per-token test did."""
    from followup_lint.rules import spelling

    res = spelling._Resource(Config())
    common, other = res.speller.lexicon.common, res.speller.other_variety

    def as_it_was(word: str) -> bool:
        if word not in common:
            word = word.lower()
        return word in common and word not in other

    texts = [t.text for r in _records() for t in Document(Draft(body=r["body"])).words]
    texts += ["Colour", "colour", "COLOR", "Organise", "organize", "The", "THE", "tHe", "I", "i", "Dana",
              "naïve", "Straße", "İstanbul", "don’t", "don't", "well-known", ""]
    for _ in range(2):  # (the second time: every word remembered)
        assert spelling._plain_words(res, texts) == [as_it_was(w) for w in texts]
    assert 0 < sum(spelling._plain_words(res, texts)) < len(texts) and len(res.plain) > 1000


def _writers_terms_walked_afresh(doc: Document, terms, units, excluded):  # type: ignore[no-untyped-def]
    """``_substance._writers_terms`` with each sentence's tokens walked afresh (nothing remembered)."""
    from followup_lint.rules._phrases import tokens_between
    from followup_lint.rules._substance import DraftTerms, _readers_words

    def unit(k: int):  # type: ignore[no-untyped-def]
        s, e, keys, field = terms.units[k]
        if k in units and field == "body" and "your" in doc.own[s:e].lower():
            theirs = _readers_words(tokens_between(doc, s, e))
            return (s, e, keys - theirs, field) if theirs else terms.units[k]
        return terms.units[k]

    return DraftTerms(tuple(unit(k) for k in range(len(terms.units))))


def test_readers_words_remembered_per_sentence_equal_each_sentence_walked() -> None:
    """The reader's words set aside in the writer's sentences ("your prototyping process") are what
    walking each sentence's tokens gives, on every real note, and again once every sentence is remembered
    (at other offsets)."""
    from followup_lint.rules import _substance

    _substance._READERS.clear()
    changed = 0
    bodies = [r["body"] for r in _records()]
    bodies += ["Hi Dana,\n\nI researched your prototyping process. Your team of five and your rapid review "
               "cycle impressed me; I like your rapid review.\n\nBest,\nSam\n"]
    for shift in ("", "Hi.\n\n"):
        for body in bodies:
            doc = Document(Draft(body=shift + body))
            excluded = frozenset({"dana"})
            terms = _substance.DraftTerms(tuple(_substance.draft_terms(doc, excluded).units))
            units = set(range(len(terms.units)))
            got = _substance._writers_terms(doc, terms, units, excluded)
            assert got == _writers_terms_walked_afresh(doc, terms, units, excluded)
            changed += got != terms
    assert changed > 20 and _substance._READERS


def test_real_word_triggers_picked_in_c_are_those_of_the_token_walk() -> None:
    """``Confusables.trigger_indices`` gives the indices the per-token walk gave, on every real note."""
    from followup_lint.spelling.confusables import load_confusables

    table = load_confusables()
    picked = 0
    for r in _records():
        words = Document(Draft(body=r["body"])).words
        got = table.trigger_indices(words)
        assert got == [i for i, t in enumerate(words) if t[2] in table.triggers]
        picked += len(got)
    assert picked > 500


def spelt_out_as_it_was(units, short, wanted):  # type: ignore[no-untyped-def]
    """``_topics._spelt_out`` as it was: every initial tried on every unit, every unit copied."""
    out = []
    for s, e, keys, field in units:
        for key, words in short:
            if key in keys and any(k in keys for k in wanted if k not in words):
                keys = keys | words
        out.append((s, e, keys, field))
    return out


def test_spelt_out_skipping_units_without_initials_equals_trying_every_initial() -> None:
    """``_spelt_out`` passes over a unit that holds none of the initials; every unit comes out as trying
    each initial on it gave."""
    from followup_lint.rules import _topics

    as_it_was = spelt_out_as_it_was
    rnd = random.Random(4)
    vocab = ["qa", "hr", "dc", "qualiti", "assur", "backlog", "human", "resourc", "distribut", "centr", "bang"]
    spelt = 0
    for _ in range(2000):
        short = tuple((k, frozenset(rnd.sample(vocab[3:], 2))) for k in rnd.sample(vocab[:3], rnd.randrange(1, 4)))
        wanted = dict.fromkeys(rnd.sample(vocab, 4), 1.0)
        units = [(i, i + 1, frozenset(rnd.sample(vocab, rnd.randrange(0, 5))), "body") for i in range(5)]
        got = _topics._spelt_out(units, short, wanted)
        assert got == as_it_was(units, short, wanted)
        spelt += got != units
    assert spelt > 100


def test_first_person_remembered_per_unit_equals_the_search_in_place() -> None:
    """``_substance._speaks`` (remembered by the unit's text and the character before it) answers as
    ``FIRST_PERSON`` searched in the draft does, for every sentence of every real note, again once
    remembered, and for units that start the text or follow a letter or an apostrophe."""
    from followup_lint.rules import _substance

    _substance._SPEAKERS.clear()
    speaking = 0
    for shift in ("", "Hi.\n", "x", "'"):
        for r in _records():
            doc = Document(Draft(body=shift + r["body"]))
            own = doc.own
            for s, e in [*doc.sentences, (0, min(len(own), 40)), (1, min(len(own), 30))]:
                got = _substance._speaks(own, s, e)
                assert got == (_substance.FIRST_PERSON.search(own, s, e) is not None), (own[max(0, s - 1):e])
                speaking += got
    assert speaking > 2000 and _substance._SPEAKERS


def test_topic_parts_remembered_per_topic_equal_the_parts_cut_in_place() -> None:
    """A topic's parts (the topic, and its thing and example when it gives one) are what cutting it at
    its example marker in place gave, for every topic, strength and question of the real notes."""
    from followup_lint.analysis.reference import generic_topic
    from followup_lint.rules import _substance

    phrases = {p for r in _records() for key in ("topics", "strengths", "questions")
               for p in (r.get("interview") or {}).get(key) or ()}
    phrases |= {"the firm's charity work, such as its annual food-bank drive", "such as this", "tools, like Rust",
                "the ward's volunteer programme, for example, its weekly befriending visits"}
    cut_phrases = 0
    for topic in sorted(phrases) * 2:
        parts = [topic]
        cut = _substance._EXAMPLE.search(topic)
        spelt = _substance._SPELT_OUT.search(topic)
        if cut is not None and cut.start() > 0 and cut.end() < len(topic):
            parts += [topic[:cut.start()], topic[cut.end():]]
        elif spelt is not None and spelt.end() < len(topic):
            head = topic[:spelt.start()]
            if _substance._names_an_exercise(head) or generic_topic(head):
                parts += [topic[spelt.end():]]     # an exercise spelt out after a colon: what it was
            else:
                parts += [head, topic[spelt.end():]]   # a thing spelt out: the thing, and what it is
        assert list(_substance.topic_parts(topic)) == parts
        cut_phrases += len(parts) > 1
    assert len(phrases) > 300 and cut_phrases >= 6


def test_collocation_pairs_remembered_equal_the_pairs_worked_out_each_time() -> None:
    """``_collocations`` reads a phrase's pairs of terms (and their weight) and a sentence's pairs from
    ``_phrase_pairs`` and ``_text_pairs``, remembered: they are what working them out from the terms on
    every call gave, for every strength, topic and question and every sentence of the real notes, twice
    (the second time all remembered), and for a sentence too long to be remembered."""
    from followup_lint.rules import _substance
    from followup_lint.rules._topics import COMPOUND

    def content(text: str, excluded: frozenset[str]) -> list:  # type: ignore[type-arg]
        return [t for t in terms_of(text, excluded=excluded) if t.key[:1] != COMPOUND]

    excluded = frozenset({"initech", "dana"})
    records = _records()
    phrases = sorted({p for r in records for key in ("strengths", "topics", "questions")
                      for p in (r.get("interview") or {}).get(key) or ()})
    sentences = [r["body"][s:e] for r in records[:200] for s, e in Document(Draft(body=r["body"])).sentences]
    sentences.append("critical care and data pipelines " * 100)
    paired = 0
    for _ in range(2):
        for phrase in phrases:
            seq = content(_substance.strength_head(phrase), excluded)  # (its setting clause left out)
            wanted = {(a.key, b.key): a.weight + b.weight for a, b in zip(seq, seq[1:])
                      if a.key != b.key and a.weight + b.weight >= _substance._PAIR_WEIGHT}
            total = sum(t.weight for t in content(phrase, excluded)) or 1.0
            assert _substance._phrase_pairs(phrase, excluded) == (wanted, total)
            paired += bool(wanted)
        for text in sentences:
            found = content(text, excluded)
            assert _substance._text_pairs(text, excluded) == {
                p for a, b in zip(found, found[1:]) for p in ((a.key, b.key), (b.key, a.key))}
    assert paired > 200


def test_a_wrapped_sentence_needs_a_comma_at_a_line_end_so_a_text_without_one_is_not_walked() -> None:
    """``wrapped_on`` only joins a unit that ends in a comma at the end of its line: on random texts and
    every outside note, each wrapped pair lies in a text where a comma ends a line (the gate of the
    no-next-step rule loses nothing)."""
    import random

    from followup_lint.rules import courtesy
    from followup_lint.rules._substance import wrapped_on

    rnd = random.Random(9)
    pieces = ["Hi Dana", ",", " ", "\n", "\r\n", "what you think", "Thanks", ".", "and the team", "\t", "  \n"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(3, 25))) for _ in range(4000)]
    texts += [r["body"] for r in _records()]
    joined = 0
    for text in texts:
        doc = Document(Draft(body=text))
        bounds = doc.sentences
        pairs = [1 for (s, e), (s2, _e2) in zip(bounds, bounds[1:]) if wrapped_on(doc.own, (s, e), s2)]
        if pairs:
            joined += len(pairs)
            assert courtesy._COMMA_AT_LINE_END.search(doc.own) is not None, text
    assert joined > 50


def test_a_position_inside_a_dotted_token_is_found_by_bisection_as_by_looking_at_every_token() -> None:
    """``_inside_word_token`` bisects the dotted tokens' starts: on random texts of dotted words, domains,
    abbreviations and gaps, every position gets the answer of looking at every token."""
    import random

    from followup_lint.rule import RuleContext
    from followup_lint.rules import mechanics

    linter = Linter(Config())
    rnd = random.Random(4)
    pieces = ["e.g.", "U.S.", "acme.io", "Hi.Bob.", "1,000", "a", " ", "  ", ".", ",", "x.y.z", "\n", "Dr."]
    checked = inside = 0
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(2, 40)))
        draft = Draft(body=text)
        ctx = RuleContext(doc=Document(draft), draft=draft, interview=None, send_time=None, template=False,
                          config=linter.config, resources=linter.resources)
        spans = ctx.analysis.body.dotted_tokens
        for pos in range(len(text) + 1):
            expected = any(s < pos < e for s, e in spans.items() if s <= pos)
            assert mechanics._inside_word_token(ctx, pos) == expected, (text, pos)
            checked += 1
            inside += expected
    assert checked > 3000 and inside > 500


def _search_each_by_hand(check, text: str, ranges):  # type: ignore[no-untyped-def]
    """The code ``Existence.search_each`` replaced: one search per range."""
    return [check.search(text, s, e) for s, e in ranges]


def test_a_check_asked_about_each_sentence_answers_as_one_search_per_sentence() -> None:
    """``Existence.search_each`` looks for the triggers once in the whole text and answers a range holding
    none of them without a search: every phrase list, over the sentences of every real note and odd ranges
    (empty, reversed, overlapping, past the end, negative, a trigger cut by the range's end), and over
    random texts (curly apostrophes, text that changes length when lower-cased) gives one search's answer
    per range."""
    from test_perf_equivalence import _existences, _texts

    checks = _existences()
    texts = [Document(Draft(body=r["body"])).own for r in _records()] + _texts(11, 150)
    rnd = random.Random(12)
    asked = found = 0
    for i, text in enumerate(texts):
        n = len(text)
        doc_ranges = list(Document(Draft(body=text)).sentences) if i % 3 == 0 else []
        ranges = doc_ranges + [(0, n), (0, 0), (n, n), (min(5, n), 2), (max(0, n - 7), n + 10)]
        for _ in range(12):
            a = rnd.randrange(0, n + 1)
            ranges.append((a, min(n, a + rnd.randrange(0, 200))))
        for check in checks:
            # and ranges that end where a match (so perhaps a trigger) ends, or start just inside one
            edges = [r for m in check.finditer(text) for r in ((max(0, m.start - 3), m.end), (m.start, m.end),
                                                                (m.start + 1, m.end), (m.start, m.end - 1))]
            got = check.search_each(text, ranges + edges)
            expected = _search_each_by_hand(check, text, ranges + edges)
            assert [m and (m.start, m.end, m.text) for m in got] == \
                [m and (m.start, m.end, m.text) for m in expected], (check.name, text[:80])
            negative = [(-5, n), (0, -3), (0, n)]  # (counted from the end, as str.find counts them)
            assert [m and m.start for m in check.search_each(text, negative)] == \
                [m and m.start for m in _search_each_by_hand(check, text, negative)]
            asked += len(ranges) + len(edges)
            found += sum(m is not None for m in got)
    assert asked > 100_000 and found > 1000


def test_substance_with_excuses_asked_once_per_draft_equals_one_search_per_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The substance analysis (the sentences about the writer that make no excuse, and the strengths
    raised in them) is the same when the excuses are looked for one sentence at a time, on every real
    note with its interview."""
    from followup_lint.rules import _substance
    from followup_lint.rules._phrases import Existence

    linter = Linter(Config())

    def built(r: dict) -> object:
        interview = Interview.from_dict(r["interview"]) if r.get("interview") else None
        draft = Draft(body=r["body"], subject=r.get("subject") or "")
        ctx = RuleContext(doc=Document(draft), draft=draft, interview=interview, send_time=None, template=False,
                          config=linter.config, resources=linter.resources)
        return _substance._build(ctx)

    records = [r for r in _records() if r.get("interview")]
    fast = [built(r) for r in records]
    monkeypatch.setattr(Existence, "search_each", _search_each_by_hand)
    slow = [built(r) for r in records]
    assert fast == slow
    assert sum(bool(a.strengths) for a in fast) > 50  # type: ignore[attr-defined]


def _foreign_texts() -> list[str]:
    """Real notes, and notes with thanks of other languages put in front of names, cases mixed."""
    from followup_lint.analysis.addressing import _foreign_words

    rng = random.Random(11)
    texts = [r["body"] for r in _records()]
    words = list(_foreign_words())
    names = ["Layla", "Wanjiru", "Kofi", "ana", "Mr. Osei", "Team", "Lagos Business School", "you"]
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 6)):
            w = rng.choice(words)
            w = rng.choice([w, w.title(), w.upper(), w.replace(" ", "  ")])
            parts.append(rng.choice(["", "and ", "Oh, ", "x"]) + w + rng.choice(["", " sana", " again", ","])
                         + rng.choice([" ", " to ", " to you and to ", "\t"]) + rng.choice(names)
                         + rng.choice(["!", ".", ",", " for the tour", "", " - ", "\n"]))
        texts.append(" ".join(parts))
    return texts


def test_thanks_of_other_languages_found_from_their_cues_equal_the_whole_scan() -> None:
    """``_foreign_thanked`` (cue first, then the pattern where a cue starts) yields exactly the matches of
    the pattern's own ``finditer`` over the range."""
    from followup_lint.analysis.addressing import _foreign_thanked, _foreign_thanks

    pattern = _foreign_thanks()
    checked = found = 0
    for text in _foreign_texts():
        low = text.lower()
        if len(low) != len(text):
            continue
        for start, end in ((0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)):
            fast = [(m.span(), m.group("name")) for m in _foreign_thanked(text, low, start, end)]
            slow = [(m.span(), m.group("name")) for m in pattern.finditer(text, start, end)]
            assert fast == slow, text
            checked += 1
            found += len(slow)
    assert checked > 1000 and found > 300


def _foreign_thanked_as_it_was(own: str, low: str, start: int, end: int, whole_words: bool = False) -> list:
    """``_foreign_thanked`` before its whole-word gate: any first word anywhere in the text, then the cues;
    ``whole_words``: before its word-run gate, only the search of the first words standing alone."""
    from followup_lint.analysis.addressing import _foreign_cues, _foreign_firsts, _foreign_thanks

    firsts, cues = _foreign_cues()
    if not (_foreign_firsts().search(low, start, end) is not None if whole_words else any(w in low for w in firsts)):
        return []
    out, done = [], start
    for c in cues.finditer(low, start, end):
        if c.start() < done:
            continue
        m = _foreign_thanks().match(own, c.start(), end)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


def test_thanks_of_other_languages_gated_by_whole_first_words_equal_the_gate_of_any_first_word() -> None:
    """A text whose thanks' first words stand only inside other words ("mil" in "family", "dank" in
    "Dankworth", "merci_") is not scanned: every real note and random notes with the first words glued to
    letters, digits, underscores and marks on either side give the matches of the gate that let any
    occurrence through."""
    import re

    from followup_lint.analysis.addressing import _foreign_cues, _foreign_thanked

    firsts, _cues = _foreign_cues()
    rng = random.Random(23)
    sides = ["", "", " ", "x", "1", "_", "(", "¡", "\"", "'", "-", "é", "\n"]
    texts = _foreign_texts()
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 5)):
            w = rng.choice(firsts + ("gracias a", "merci beaucoup", "asante sana"))
            w = rng.choice([w, w.title(), w.upper()])
            parts.append(rng.choice(sides) + w + rng.choice(sides) + rng.choice([" ", ", ", " to "])
                         + rng.choice(["Layla", "Kofi", "you", "team"]) + rng.choice(["!", ".", "", " for it"]))
        texts.append(rng.choice(["", "similar family ", "Dankworth "]) + " ".join(parts)
                     + rng.choice(["", " mercix Kofi.", " gracias Layla"]))
    prefixes = {w[:3] for w in firsts}
    found = skipped = 0
    for text in texts:
        low = text.lower()
        if len(low) != len(text):
            continue
        # whole texts, and ranges that start or end inside a word (a first word cut by the range's end
        # stands alone in it; one just after its start has the letters before it)
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\w+", low) if m.group(0)[:3] in prefixes][:6]
        ranges = [(0, len(text)), (len(text) // 3, len(text))]
        ranges += [r for a, b in cuts for r in ((0, b - 1), (0, b - 2), (a + 1, len(text)), (a, b), (a, b + 1))]
        for start, end in ranges:
            fast = [(m.span(), m.group("name")) for m in _foreign_thanked(text, low, start, end)]
            slow = [(m.span(), m.group("name")) for m in _foreign_thanked_as_it_was(text, low, start, end)]
            assert fast == slow, text
            found += len(slow)
        skipped += any(w in low for w in firsts) and not any(re.search(r"\b" + re.escape(w) + r"\b", low)
                                                              for w in firsts)
    assert found > 1000 and skipped > 20


def test_one_word_entries_of_a_cue_class_looked_up_in_a_set_equal_the_scan_of_its_entries() -> None:
    """``word in cls`` (a set of the one-word entries) answers as the scan of the word's entries did."""
    from followup_lint.analysis.sentences import _Class, cue_data

    def classes(node, path=()):
        for key, value in node.items():
            if isinstance(value, dict):
                yield from classes(value, (*path, key))
            elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                yield _Class(".".join((*path, key)), value)

    words = {w for r in _records() for w in r["body"].lower().split()}
    checked = 0
    for cls in classes(cue_data()):
        for word in (*cls.by_first, *words):
            assert (word in cls) == any(len(e) == 1 for e in cls.by_first.get(word, ())), (cls.name, word)
            checked += 1
    assert checked > 10000


def _paren_instructions_walking_every_bracket(tokens):
    """``paren_instructions`` as it was before its gate: every "(" walked (reference copy)."""
    from followup_lint.analysis.sentences import _ENDS, _cls

    out = []
    verbs, openers = _cls("instruction", "verbs"), _cls("instruction", "openers")
    addressing = _cls("instruction", "addressing")
    for p, tok in enumerate(tokens):
        if tok[2] != "(" or p == 0 or tokens[p - 1][2] in _ENDS:
            continue
        inner = []
        for q in range(p + 1, min(len(tokens), p + 60)):
            t = tokens[q]
            if t[2] == ")":
                break
            if t[2] == "(":
                q = len(tokens)
                break
            if t[3] == "word":
                inner.append(t[2])
        else:
            continue
        if q >= len(tokens) or tokens[q][2] != ")" or len(inner) < 3 or tokens[q - 1][2] == "!":
            continue
        first = inner[0]
        low = [w.lower() for w in inner]
        capital = first[:1].isupper() and first != "I" and not first.isupper() and any(
            w[:1].islower() for w in inner[1:])
        if capital and (low[0] in openers or any(w in addressing for w in low)) or low[0] in verbs:
            out.append((tok[0], tokens[q][1]))
    return out


def test_bracketed_instructions_gated_by_a_closing_bracket_equal_walking_every_bracket() -> None:
    """The gate (no ")" token: nothing) gives what walking every "(" gives, on real notes and on runs of
    brackets with and without closers."""
    from followup_lint.analysis.sentences import paren_instructions
    from followup_lint.document.tokens import tokenize

    texts = [r["body"] for r in _records()] + [
        'I like ("[' * 50, "We met (Mention the project we discussed) today.",
        "Hi (mention the role (and the team today.", "I enjoyed (Specifically what you liked best) a lot.",
        "So (tell them about the launch) and (add the date here) too ("]
    found = 0
    for text in texts:
        tokens = tokenize(text)
        fast = paren_instructions(tokens)
        assert fast == _paren_instructions_walking_every_bracket(tokens), text
        found += len(fast)
    assert found >= 3


def _glued_foreign_texts() -> list[str]:
    """Real notes, notes with thanks of other languages before names, and first words glued to letters,
    digits, underscores, apostrophes and marks on either side (ASCII and not)."""
    from followup_lint.analysis.addressing import _foreign_cues

    firsts, _cues = _foreign_cues()
    rng = random.Random(31)
    sides = ["", "", " ", "x", "1", "_", "'", "’", "-", "é", "\n", "(", "Ω", "\ud800", "٣", "ß"]
    texts = _foreign_texts()
    for _ in range(2000):
        parts = [rng.choice(sides) + rng.choice([w, w.title(), w.upper(), w.replace("'", "’")])
                 + rng.choice(sides) + rng.choice([" Kofi!", ", Layla.", " to you and to Ama", "", "family"])
                 for w in rng.sample(firsts, rng.randint(1, 3))]
        texts.append(rng.choice(["", "Thanks for the similar family tour. ", "Dankworth "]) + " ".join(parts))
    return texts


def test_a_range_whose_word_runs_open_no_first_word_holds_no_first_word_standing_alone() -> None:
    """``_may_stand_alone`` says no only where the search of ``_foreign_firsts`` finds nothing: every real
    note, glued first words, and ranges starting or ending inside a word; it says no to most real notes."""
    import re

    from followup_lint.analysis.addressing import _foreign_firsts, _may_stand_alone

    rng = random.Random(5)
    gated = searched = 0
    for text in _glued_foreign_texts():
        low = text.lower()
        ranges = [(0, len(low)), *((rng.randint(0, len(low)), len(low)) for _ in range(3)),
                  *((0, rng.randint(0, len(low))) for _ in range(3))]
        ranges += [(m.start() + k, m.end() - j) for m in list(re.finditer(r"\w+", low))[:8]
                   for k, j in ((0, 0), (1, 0), (0, 1))]
        for start, end in ranges:
            found = _foreign_firsts().search(low, start, end) is not None
            if not _may_stand_alone(low, start, end):
                assert not found, (text, start, end)
                gated += 1
            searched += found
    assert gated > 2000 and searched > 2000
    real = [r["body"].lower() for r in _records()]
    assert sum(not _may_stand_alone(t, 0, len(t)) for t in real) > 0.8 * len(real)


def test_thanks_of_other_languages_gated_by_word_runs_equal_the_search_of_first_words() -> None:
    """``_foreign_thanked`` with its word-run gate yields the matches it yielded with only the search of
    the first words, on real notes and glued first words, whole and cut inside words."""
    import re

    from followup_lint.analysis.addressing import _foreign_thanked

    found = 0
    for text in _glued_foreign_texts():
        low = text.lower()
        if len(low) != len(text):
            continue
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\w+", low)][:5]
        for start, end in [(0, len(text)), *((a + 1, len(text)) for a, _b in cuts), *((0, b - 1) for _a, b in cuts)]:
            fast = [(m.span(), m.group("name")) for m in _foreign_thanked(text, low, start, end)]
            slow = [(m.span(), m.group("name")) for m in _foreign_thanked_as_it_was(text, low, start, end, True)]
            assert fast == slow, text
            found += len(slow)
    assert found > 500


def _closing_vocatives_as_they_were(ctx: RuleContext, own: str, start: int, end: int) -> list:
    """``_closing_vocatives`` trying the openers in every sentence of the range (no comma gate)."""
    from followup_lint.analysis.addressing import _END_VOCATIVE, _vocative_openers
    from followup_lint.analysis.roles import _HEADS
    from followup_lint.document.vocabulary import vocabulary

    vocab = vocabulary()
    out = []
    for s, e in ctx.doc.sentences:
        if s < start or e > end or _vocative_openers().match(own, s, e) is None:
            continue
        hit = _END_VOCATIVE.search(own[s:e].rstrip())
        if hit is None:
            continue
        words = own[s:s + hit.start()].split()
        prev = words[-1] if words else ""
        low = prev.lower().strip("'’")
        if not prev or prev[:1].isupper() or low in _HEADS or low in vocab.person_nouns or (
                low in vocab.generic and low != "you"):
            continue
        out.append((s + hit.start("name"), hit.group("name"), "vocative"))
    return out


def test_closing_vocatives_of_sentences_with_a_comma_equal_every_sentence_tried() -> None:
    """A sentence without a comma is not tried for a name spoken to at its end: the same names on every
    real note and on random closing sentences, with and without commas."""
    from followup_lint.analysis.addressing import _closing_vocatives

    linter = Linter(Config())
    rng = random.Random(17)
    openers = ["Thank you for your time", "Looking forward to hearing from you", "Have a great weekend",
               "Thanks again for the tour", "Best wishes", "Hope to speak soon"]
    names = [", Mr. Pillay.", ", Tendai!", " Tendai.", ", your intern, Tumi.", ",Sizwe.", "", ", team.", ", you."]
    bodies = [r["body"] for r in _records()]
    for _ in range(300):
        bodies.append("Hi Ama,\n\n" + " ".join(rng.choice(openers) + rng.choice(names)
                                             for _ in range(rng.randint(1, 4))) + "\n\nBest,\nSam\n")
    found = 0
    for body in bodies:
        draft = Draft(body=body)
        ctx = RuleContext(doc=Document(draft), draft=draft, interview=None, send_time=None, template=False,
                          config=linter.config, resources=linter.resources)
        own = ctx.doc.own
        for start, end in ((0, len(own)), ctx.doc.content_range):
            fast = list(_closing_vocatives(ctx, own, start, end))
            assert fast == _closing_vocatives_as_they_were(ctx, own, start, end), body
            found += len(fast)
    assert found > 100


def _token_lines_by_every_gap(text: str, tokens) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """The reference: each gap between two tokens looked at for a line break (the walk the bisection replaced)."""
    lines: list[list[int]] = []
    last_end = -1
    for k, tok in enumerate(tokens):
        if not lines or "\n" in text[last_end:tok[0]]:
            lines.append([])
        lines[-1].append(k)
        last_end = tok[1]
    return lines


def test_token_lines_found_from_the_line_breaks_equal_a_look_at_every_gap() -> None:
    """The language reading's formulas group the words by line from the line breaks alone (each placed among
    the words by bisection): the same lines as a look at the gap before every word, on every real note and
    on shapes with blank lines, breaks before the first word and after the last, and a break inside a token."""
    import re

    from followup_lint.analysis.language import _token_lines

    for r in _records():
        doc = Document(Draft(body=r["body"], subject=r.get("subject") or ""))
        got = [list(line) for line in _token_lines(doc.own, doc.words)]
        assert got == _token_lines_by_every_gap(doc.own, doc.words), r.get("id")
    rnd = random.Random(5)
    glued = re.compile(r"[ab.]+(?:\n[ab]+)?")  # (a token holding a line break starts no line)
    for _ in range(3000):
        text = "".join(rnd.choice("ab \n\n.") for _ in range(rnd.randrange(0, 30)))
        tokens = [(m.start(), m.end(), m.group(0), "word") for m in glued.finditer(text)]
        assert [list(line) for line in _token_lines(text, tokens)] == _token_lines_by_every_gap(text, tokens), text


def _formula_spans_by_every_line(text: str, tokens, lowered, known):  # type: ignore[no-untyped-def]
    """The reference: the language reading's formulas as found by a walk over every pair of lines (the walk
    the comma-line regex replaced)."""
    from followup_lint.analysis.language import _TWO_OR_MORE, ForeignSpan, _known, _token_lines
    from itertools import compress, islice

    lines = _token_lines(text, tokens)
    if not lines:
        return ()

    def word(k: int) -> str:
        return lowered[k].replace("’", "'")

    def formula(ks):  # type: ignore[no-untyped-def]
        long = [k for k in ks if len(word(k)) >= 2]
        if len(long) < 2 or any(_known(known, word(k)) for k in long):
            return None
        return ForeignSpan(tokens[ks[0]][0], tokens[ks[-1]][1], "other", len(ks))

    out = []
    first = lines[0]
    longer = compress(first, map(_TWO_OR_MORE, map(len, islice(lowered, first.start, first.stop))))
    stop = next((k for k in longer if _known(known, word(k))), first.stop)
    lead = range(first.start, stop)
    if 0 < len(lead) < len(first):
        span = formula(lead)
        if span:
            out.append(span)
    for ks, after in zip(lines[1:], [*lines[2:], []]):
        if len(ks) > 4 or len(after) > 4:
            continue
        tail = text[tokens[ks[-1]][1]:text.find("\n", tokens[ks[-1]][1]) % (len(text) + 1)].strip()
        if tail == ",":
            span = formula(ks)
            if span:
                out.append(span)
    return tuple(out)


def test_formula_spans_found_from_the_comma_lines_equal_a_walk_over_every_line() -> None:
    """The closing formulas are looked for only on the lines that end in a comma (found by one regex, each
    line measured by a few gaps around its last word): the same spans as the walk over every pair of lines,
    on every real note and on random shapes of short lines, commas, blank lines and unknown words."""
    import re

    from followup_lint.analysis.language import _formula_spans, english_word

    found = 0
    for r in _records():
        doc = Document(Draft(body=r["body"], subject=r.get("subject") or ""))
        fast = _formula_spans(doc.own, doc.words, doc.lower_words, english_word)
        assert fast == _formula_spans_by_every_line(doc.own, doc.words, doc.lower_words, english_word), r.get("id")
        found += len(fast)
    rnd = random.Random(7)
    glued = re.compile(r"[a-z.]+(?:\n[a-z]+)?")  # (a token holding a line break starts no line)
    for _ in range(5000):
        text = "".join(rnd.choice(["xo", "qu", "the", "a", " ", " ", ",", ",", "\n", "\n", " \t", "\r", "."])
                       for _ in range(rnd.randrange(0, 40)))
        tokens = [(m.start(), m.end(), m.group(0), "word") for m in glued.finditer(text)]
        lowered = [t[2] for t in tokens]
        fast = _formula_spans(text, tokens, lowered, english_word)
        assert fast == _formula_spans_by_every_line(text, tokens, lowered, english_word), text
        found += len(fast)
    assert found > 200
