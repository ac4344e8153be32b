"""Fast paths of the references and substance analyses give what the code they replace gave, on every real
note we hold (the dev corpus, the held-out and outside fixtures, the benchmark drafts) and on random
drafts made of their words."""

from __future__ import annotations

import random
from typing import Any

import pytest

from followup_lint import Config, Draft, Interview, Linter
from followup_lint.analysis import reference as R
from followup_lint.document import Document
from followup_lint.rule import RuleContext

from test_perf_fastpaths_analysis import _records

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
        if tok.kind == "placeholder" or in_slot(doc, tok.start):
            skip_run = False
            continue
        if tok.text.isupper() and R._shouted(tokens, k):
            continue
        if len(low) >= 2 and low.isalpha() and len(set(low)) == 1:
            continue
        j = tok.start - 1
        while j >= 0 and own[j].isspace():
            j -= 1
        sentence_start = j < 0 or own[j] in ".!?:"
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
        if capital and (skip_run or nxt in generic or prev in R._COMPANY_LEAD or R._a_channel(tokens, k, j, prev, nxt)):
            skip_run = True
            continue
        if tok.kind == "number":
            if (len(tok.text.strip("-")) > 1 or any(ch.isalpha() for ch in tok.text)) and not R._calendar(tokens, k, own):
                return tok.text
            continue
        if book is not None and (max(R._weight_of(own, t) for t in terms) < R.RARE_WEIGHT if capital
                                 else all(t.key not in book for t in terms)):
            continue
        if capital:
            return tok.text
        w = max(R._weight_of(own, t) for t in terms)
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
              "\n", "? ", "the company's", "your team's", "— ", "\"", "Sensors", "sensors", "dynamics", "forklift")


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
        parts.append("\n\nBest,\nSam\n")
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
    slow = [ctx.analysis.references for ctx in _contexts(_records())]
    assert fast == slow
    assert sum(len(refs.concrete) for refs in fast) > 300
