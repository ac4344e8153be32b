"""Fast paths of the references and substance analyses give what the code they replace gave, on every real
note we hold (the dev corpus, the held-out and outside fixtures, the benchmark drafts) and on random
drafts made of their words."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from followup_lint import Config, Draft, Interview, Linter
from followup_lint.analysis import reference as R
from followup_lint.document import Document
from followup_lint.rule import RuleContext

from test_perf_fastpaths_analysis import _records, spelt_out_as_it_was as _spelt_out_as_it_was

# -- the code the fast paths replaced (reference copies) ----------------------------------------------------


def _kept_tokens_as_it_was(doc: Document, start: int, end: int, skip: tuple) -> list:
    from followup_lint.rules._phrases import tokens_between

    tokens = [t for t in tokens_between(doc, start, end) if t.kind in R._KEPT_KINDS]
    if len(skip) == 1:
        a, b = skip[0]
        return [t for t in tokens if not a <= t.start < b]
    if skip:
        tokens = [t for t in tokens if not any(a <= t.start < b for a, b in skip)]
    return tokens


def _field_at_as_it_was(tokens: Any, k: int) -> bool:
    frames, nouns, literal, names, suffixes = R._field_words()
    if k >= 2 and tokens[k - 1].norm.lower() == "of" and tokens[k - 2].norm.lower() in frames:
        return True
    if k + 1 >= len(tokens) or (after := tokens[k + 1].norm.lower()) not in nouns:
        return False
    word = tokens[k].norm.lower()
    return after not in literal or word in names or word.endswith(suffixes)


def _concrete_as_it_was(doc: Document, start: int, end: int, generic: frozenset[str], excluded: frozenset[str],
                        skip: tuple, strong: bool, practice: bool = False,
                        book: frozenset[str] | None = None, _tokens: Any = None) -> str | None:
    """``reference._concrete`` before each word's own reading was remembered: everything worked out per
    token (the tokens picked afresh)."""
    from followup_lint.rules._phrases import in_slot
    from followup_lint.rules._topics import COMPOUND, terms_of

    own = doc.own
    abstract, saying = R._abstract_nouns(), R._saying_words()
    tokens = _kept_tokens_as_it_was(doc, start, end, skip)
    message_start = doc.content_range[0] if doc.greeting is not None else -1
    signed = R.name_signed_at(own)
    rare: list[tuple[float, str]] = []
    content: dict[str, float] = {}
    skip_run = False
    mine = 0
    for k, tok in enumerate(tokens):
        low = tok.norm.lower()
        if low in R._SELF:
            mine = 3
            continue
        if mine:
            mine -= 1
            continue
        if tok.kind == "placeholder" or in_slot(doc, tok.start) or doc.placeholders and R._bracketed(
                own, tok.start, tok.end):
            skip_run = False
            continue
        if tok.start < message_start or tok.start >= signed:
            continue  # the greeting's words, and a name signed alone on the last line, name nothing
        if tok.text.isupper() and R._shouted(tokens, k):
            continue
        if len(low) >= 2 and low.isalpha() and len(set(low)) == 1:
            continue
        j = tok.start - 1
        while j >= 0 and own[j].isspace():
            j -= 1
        sentence_start = j < 0 or own[j] in ".!?:" or j < message_start <= tok.start
        # (a Markdown heading's title case, "### Personal Note", names nothing)
        line = own[own.rfind("\n", 0, tok.start) + 1:tok.start + 1]
        sentence_start = sentence_start or re.match(r"[ \t]*#{1,6}[ \t]+\S", line) is not None
        capital = (tok.text[:1].isupper() and not sentence_start) or (tok.text.isupper() and len(tok.text) > 1)
        if not capital:
            skip_run = False
        if low in generic or low in R._MONTHS_DAYS or not capital and (low in saying or R._abstract_at(
                own, tok.start, tok.end, low.replace("’", "'").removesuffix("'s"), abstract)
                or _field_at_as_it_was(tokens, k)):
            continue
        terms = [t for t in terms_of(own, [tok], excluded) if t.key[0] != COMPOUND]
        if not terms:
            continue
        prev = tokens[k - 1].norm.lower() if k else ""
        j = k + 1
        while j < len(tokens) and tokens[j].text[:1].isupper():
            j += 1
        nxt = tokens[j].norm.lower() if j < len(tokens) else ""
        if capital and (skip_run or nxt in generic or prev in R._COMPANY_LEAD or R._a_channel(tokens, k, j, prev, nxt)
                        or R._field_of_study([R._word_reading(t.text, t.kind) for t in tokens], k, j)):
            skip_run = True
            continue
        if tok.kind == "number":
            if (len(tok.text.strip("-")) > 1 or any(ch.isalpha() for ch in tok.text)) and not R._calendar(tokens, k, own):
                return tok.text
            continue
        meant = R.misspelt_common(tok.text) if tok.kind == "word" and tok.text.islower() else None

        def weigh(t: Any) -> float:
            got = R._weight_of(own, t)
            return got if meant is None else min(got, meant)  # a misspelling weighs as the word meant

        if book is not None and (max(weigh(t) for t in terms) < R.RARE_WEIGHT if capital
                                 else all(t.key not in book for t in terms)):
            continue
        if capital:
            return tok.text
        w = max(weigh(t) for t in terms)
        if strong and w >= R.STRONG_WEIGHT or w >= R.RARE_WEIGHT:
            return tok.text
        content.setdefault(tok.text.lower(), w)
        if w >= R.WEAK_WEIGHT and all(text.lower() != tok.text.lower() for _w, text in rare):
            rare.append((w, tok.text))
            best = sorted(rare, reverse=True)[:2]
            if len(best) == 2 and best[0][0] + best[1][0] >= R.WEAK_PAIR:
                return " ".join(text for _w, text in best)
    if practice and len(content) >= R.PRACTICE_WORDS and sum(content.values()) >= R.PRACTICE_TOTAL:
        return " ".join(content)
    return None


# -- the notes ------------------------------------------------------------------------------------------------

_ODD_WORDS = ("my", "My", "xx", "INSERT PROJECT NAME HERE", "[Name]", "{{team}}", "of", "the landscape of fintech",
              "the fintech space", "the mezzanine space", "Zoom call", "over Microsoft Teams", "at Kingsmere Hotels",
              "2024", "20-minute", "(555) 555-5555", "14:30", "3D", "Q3", "trust", "the trust accounting module",
              "values", "culture of ownership", "trust, respect and ownership", "focus group", "’s", "Kestrel’s",
              "KPI", "A", "I", "June", "Monday", "resonated", "priorities", "no-shows", "pick-to-light", ":", ".",
              "\n", "? ", "the company's", "your team's", "— ", "\"", "Sensors", "sensors", "dynamics", "forklift",
              "oppurtunity", "intrested", "Oppurtunity")


def _random_notes(seed: int, n: int) -> list[str]:
    """Drafts of words drawn from the real notes, with names, numbers, placeholders, shouted instructions,
    fields, values, channels and the writer's own words among them."""
    rng = random.Random(seed)
    words = [w for r in _records()[:300] for w in r["body"].split()]
    cues = ("you mentioned", "you showed me", "our discussion of", "hearing how your team", "your story about",
            "I enjoyed our conversation about", "learning more about", "when you described", "the case study")
    out = []
    for _ in range(n):
        parts = ["Hi Dana,\n\n"]
        for _s in range(rng.randrange(1, 6)):
            sentence = [rng.choice(cues)] if rng.random() < 0.8 else []
            for _w in range(rng.randrange(2, 18)):
                sentence.append(rng.choice(_ODD_WORDS) if rng.random() < 0.3 else rng.choice(words))
            rng.shuffle(sentence)
            parts.append(" ".join(sentence) + rng.choice((". ", "! ", "?\n", ".\n\n")))
        # (a name signed alone in lower case, with no sign-off phrase, now and then)
        parts.append(rng.choice(("\n\nBest,\nSam\n", "\nramesh\n", "\nsam lee")))
        out.append("".join(parts))
    return out


def _contexts(bodies_and_records: list[dict]) -> list[RuleContext]:
    linter = Linter(Config())
    out = []
    for r in bodies_and_records:
        interview = Interview.from_dict(r["interview"]) if r.get("interview") else None
        draft = Draft(body=r["body"], subject=r.get("subject") or "")
        out.append(RuleContext(doc=Document(draft), draft=draft, interview=interview, send_time=None,
                               template=False, config=linter.config, resources=linter.resources))
    return out


def _all_notes() -> list[dict]:
    return _records() + [{"body": body} for body in _random_notes(7, 250)]


def test_concrete_words_read_once_per_word_equal_every_token_worked_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_concrete`` (what concrete thing a reference names) answers as the per-token code did: on every
    sentence of every real note and random draft, strong or weak, with and without a practice, with and
    without the interview's book, the writer's excluded words and a cue to skip; and the references of
    each note are those the old code finds."""
    generic = R._generic_objects()
    checked = named = 0
    book_sets = (None, frozenset({"sensor", "audit", "forklift", "kestrel", "rota"}))
    rng = random.Random(5)
    for ctx in _contexts(_all_notes()):
        doc = ctx.doc
        own = doc.own
        assert all(own[t.start:t.end] == t.text for t in doc.tokens)  # (a word read by its text alone)
        excluded = ctx.analysis.substance.excluded
        for i, (s, e) in enumerate(doc.sentences):
            skips: list[tuple] = [(), ((s, min(e, s + 12)),), ((s, s + 5), (s + 20, s + 30), (e - 8, e))]
            for _ in range(4):  # (four of the 48 ways of asking, drawn at random)
                skip = rng.choice(skips)
                strong, practice = rng.random() < 0.5, rng.random() < 0.5
                book = rng.choice(book_sets)
                ex = rng.choice((excluded, frozenset({"team", "sensor", "dana"})))
                got = R._concrete(doc, s, e, generic, ex, skip, strong, practice, book)
                want = _concrete_as_it_was(doc, s, e, generic, ex, skip, strong, practice, book)
                assert got == want, (own[s:e], skip, strong, practice, book, ex)
                checked += 1
                named += got is not None
    assert checked > 25_000 and named > 5_000
    fast = [ctx.analysis.references for ctx in _contexts(_records())]
    monkeypatch.setattr(R, "_concrete", _concrete_as_it_was)
    monkeypatch.setattr(R, "_kept_tokens", _kept_tokens_as_it_was)
    monkeypatch.setattr(R, "_judged_for", lambda *args: {})  # (no judgement remembered from the fast run)
    slow = [ctx.analysis.references for ctx in _contexts(_records())]
    assert fast == slow
    assert sum(len(refs.concrete) for refs in fast) > 300


def _best_as_it_was(index, phrase, wanted, total, units, coverage, min_matched):  # type: ignore[no-untyped-def]
    from followup_lint.rules._topics import COMPOUND, PhraseMatch

    best = None
    floor = min(min_matched, total)
    compounds = [k for k in wanted if k[0] == COMPOUND]
    for s, e, keys, field in units:
        if wanted.keys().isdisjoint(keys):
            continue
        hit = [k for k in wanted if k in keys]
        got = sum(wanted[k] for k in hit)
        whole, least = total, floor
        if compounds and any(k not in keys for k in compounds):
            whole = sum(wanted[k] for k in wanted if k[0] != COMPOUND or k in keys)
            least = min(min_matched, whole)
        score = got / whole
        if score >= coverage and got >= least and (
                best is None or score > best[0] or score == best[0] and e - s < best[2] - best[1]):
            best = (round(score, 3), s, e, field, tuple(hit))
    return None if best is None else PhraseMatch(index, phrase, best[0], best[1], best[2], best[3], best[4])


def _match_phrases_as_it_was(phrases, terms, excluded, *, units=None, coverage=None, min_matched=None,
                             window=True, blocked=()):  # type: ignore[no-untyped-def]
    """``_topics.match_phrases`` before a phrase's reading was looked up once, units without initials were
    passed on uncopied and a phrase no unit holds a term of was passed over."""
    from followup_lint.rules import _topics as T

    coverage = T.COVERAGE if coverage is None else coverage
    min_matched = T.MIN_MATCHED if min_matched is None else min_matched
    allowed = range(len(terms.units)) if units is None else units
    singles = [terms.units[k] for k in allowed]
    if blocked:
        singles = T._trim(singles, blocked)
    pairs = None if window else []
    out = []
    for index, phrase in enumerate(phrases):
        wanted = T.phrase_terms(phrase, excluded)
        total = sum(wanted.values())
        if total <= 0:
            continue
        short = T.acronyms(phrase, excluded) + T.compound_heads(phrase, excluded)
        best = _best_as_it_was(index, phrase, wanted, total, _spelt_out_as_it_was(singles, short, wanted), coverage,
                               min_matched)
        if best is None:
            if pairs is None:
                body = [terms.units[k] for k in allowed if terms.units[k][3] == "body"]
                pairs = [(a[0], b[1], a[2] | b[2], "body") for a, b in zip(body, body[1:]) if b[0] - a[1] < 400]
                pairs = T._trim(pairs, blocked) if blocked else pairs
            if pairs:
                best = _best_as_it_was(index, phrase, wanted, total, _spelt_out_as_it_was(pairs, short, wanted),
                                       coverage, min_matched)
        if best is not None:
            out.append(best)
    return out


def test_phrases_matched_with_their_reading_looked_up_once_equal_the_old_matching(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``match_phrases`` (the interview's topics, strengths and questions a draft refers to) finds what it
    found before a phrase's terms, total, initials and compound terms were looked up at once, units
    holding no initials were passed on uncopied and a phrase none of whose terms any unit holds was passed
    over: the substance of every real note with its interview, and
    of random drafts against their interviews' phrases and phrases with initials ("QA", "DC") and compounds
    ("no-shows")."""
    from followup_lint.rules import _substance, _topics

    extra = ("the QA backlog and quality assurance sign-off", "your new distribution centre (DC) in Bang Na",
             "reducing no-shows at the front desk", "the hallway meeting", "human resources (HR) reporting",
             "the pick-to-light rollout on the mezzanine", "forklift certification and safety audits")
    rng = random.Random(9)
    records = [r for r in _records() if r.get("interview")]
    notes = []
    for body in _random_notes(3, 150):
        r = dict(rng.choice(records))
        iv = dict(r["interview"])
        for key in ("topics", "strengths", "questions"):
            iv[key] = list(iv.get(key) or ()) + rng.sample(extra, rng.randrange(0, 3))
        phrases = [p for key in ("topics", "strengths", "questions") for p in iv.get(key) or ()]
        said = [w for p in rng.sample(phrases, min(len(phrases), 3)) for w in p.split() if rng.random() < 0.7]
        rng.shuffle(said)  # (their words, some of them, in another order: matched or not by their weight)
        body = body.replace("\n\nBest,", " I " + " ".join(said) + "? You mentioned " + " ".join(said[::-1]) +
                            ".\n\nBest,")
        notes.append({**r, "body": body, "interview": iv})
    contexts = _contexts(records + notes)
    fast = [_substance._build(ctx) for ctx in contexts]
    monkeypatch.setattr(_topics, "match_phrases", _match_phrases_as_it_was)
    monkeypatch.setattr(_substance, "match_phrases", _match_phrases_as_it_was)
    slow = [_substance._build(ctx) for ctx in _contexts(records + notes)]
    assert fast == slow
    assert sum(len(a.topics) for a in fast) > 300 and sum(len(a.strengths) + len(a.questions) for a in fast) > 100
    assert sum(len(a.topics) for a in fast[len(records):]) > 50  # (the random drafts match some too)


def _compound_heads_trying_every_cut(phrase: str, excluded: frozenset[str]):  # type: ignore[no-untyped-def]
    """``_topics.compound_heads`` as it was: every cut of every word tried (reference copy)."""
    from followup_lint.rules import _topics as T

    stop, _generic, _canon = T._vocab()
    known = T._weights()
    out: dict[str, frozenset[str]] = {}
    for t in T.terms_of(phrase, excluded=excluded):
        word = T._fold(phrase[t.start:t.end])
        if t.key[:1] == T.COMPOUND or not word.isalpha() or len(word) < 2 * T._COMPOUND_PART - 1:
            continue
        for cut in range(T._COMPOUND_PART, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if head in stop or tail in stop:
                continue
            hk, tk = T.stem(head), T.stem(tail)
            if hk in known and tk in known and hk != t.key and max(known[hk], known[tk]) <= T._PART_WEIGHT:
                out.setdefault(hk, frozenset((t.key,)))
                break
    return tuple(out.items())


def test_compound_parts_tried_only_where_both_could_stem_to_a_known_word_equal_trying_every_cut() -> None:
    from followup_lint.rules import _topics as T

    rng = random.Random(7)
    words = sorted(w for w in T._weights() if w.isalpha())
    endings = ["", "s", "ing", "ed", "ly", "ational", "izations", "fulness", "ement", "ousness", "ically"]
    phrases = [t for r in _all_notes() for t in (r.get("interview") or {}).get("topics", [])]
    for _ in range(600):  # solid compounds of two weighted words, with endings, some long
        parts = [rng.choice(words) + rng.choice(endings) for _ in range(rng.randint(2, 3))]
        phrases.append(f"the {''.join(parts)} and the {rng.choice(words)}{rng.choice(endings)}")
    phrases += ["the hallway", "a storefront", "the " + "x" * 300, "the " + "ab" * 40 + "hallway"]
    assert all(T.compound_heads(p, frozenset()) == _compound_heads_trying_every_cut(p, frozenset())
               for p in phrases)
    assert sum(bool(T.compound_heads(p, frozenset())) for p in phrases) >= 200  # compounds were found
    # the bound rests on how much the stemmer takes off: never more than _STEM_CUT letters
    long_words = [w + e + e2 for w in words[::7] for e in endings for e2 in ("", "ly", "ness")]
    assert max(len(w) - len(T.stem(w)) for w in long_words) <= T._STEM_CUT
