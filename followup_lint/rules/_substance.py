"""What the substance rules share, computed once per draft: sentence kinds and phrase matches.

``analysis(ctx)`` answers: which sentences ask something (a "?" or an indirect question), which speak
in the first person, which of the interview's topics, strengths and questions the draft refers to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ..analysis.sentences import Function, Sentences
from ._topics import COMPOUND, DraftTerms, PhraseMatch, draft_terms, excluded_terms, match_phrases, terms_of

if TYPE_CHECKING:
    from ..document import Document
    from ..rule import RuleContext

__all__ = ["Analysis", "analysis", "FIRST_PERSON"]

FIRST_PERSON: Final = re.compile(
    r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|(?i:my|me|myself|we|our|us))(?![\w'’])|(?<![\w'])i(?= )"
)


@dataclass(frozen=True, slots=True)
class Analysis:
    excluded: frozenset[str]
    terms: DraftTerms
    asking: frozenset[int]          # indexes of units that ask a question
    first_person: frozenset[int]    # indexes of units in the first person
    strengths: tuple[PhraseMatch, ...]
    questions: tuple[PhraseMatch, ...]
    topics: tuple[PhraseMatch, ...]


def asks(text: str) -> bool:
    """Does this sentence ask something (directly, or "I'm curious whether ...")?"""
    from ..analysis.sentences import classify, read_sentence
    from ..document.tokens import tokenize

    if text.rstrip().endswith("?"):
        return True
    return bool(classify(read_sentence(tokenize(text)), text)[0] & (Function.QUESTION | Function.INDIRECT_QUESTION))


def analysis(ctx: RuleContext) -> Analysis:
    """The shared analysis of this draft (built on first use)."""
    return ctx.analysis.substance


def _build(ctx: RuleContext) -> Analysis:
    doc = ctx.doc
    interview = ctx.interview
    excluded = excluded_terms(interview)
    terms = draft_terms(doc, excluded)
    asking, first = set(), set()
    own = doc.own
    # a sentence asks when it ends in "?" or puts an indirect question ("I'm curious whether ...");
    # read from the sentence functions (followup_lint.analysis.sentences)
    sentences = ctx.analysis.sentences
    index = {bounds[0]: k for k, bounds in enumerate(sentences.bounds)}
    may_ask = set(sentences.could_do(Function.QUESTION | Function.INDIRECT_QUESTION))  # (the others do not)
    for k, (s, e, _keys, field) in enumerate(terms.units):
        if field != "body":
            continue
        j = index.get(s)
        if own[s:e].rstrip().endswith("?") or j in may_ask and sentences.asks(j):
            asking.add(k)
        if FIRST_PERSON.search(own, s, e):
            first.add(k)
    strengths: list[PhraseMatch] = []
    questions: list[PhraseMatch] = []
    topics: list[PhraseMatch] = []
    if interview is not None:
        if interview.strengths:
            strengths = match_phrases(interview.strengths, terms, excluded, units=sorted(first), window=False)
            strengths += _collocations(interview.strengths, strengths, terms, sorted(first), own, excluded)
        if interview.questions:
            questions = match_phrases(interview.questions, terms, excluded, units=sorted(asking), window=False)
        if interview.topics:
            topics = match_phrases(interview.topics, terms, excluded, blocked=(*strengths, *questions))
    return Analysis(excluded, terms, frozenset(asking), frozenset(first), tuple(strengths), tuple(questions),
                    tuple(topics))


_PAIR_WEIGHT: Final = 5.0   # two adjacent words of a strength weighing this much together name it


def _collocations(phrases: tuple[str, ...], found: list[PhraseMatch], terms: DraftTerms, units: list[int],
                  own: str, excluded: frozenset[str]) -> list[PhraseMatch]:
    """Strengths named by their core pair of words though worded differently: "my skills in critical care"
    raises "three years of critical care experience in an ICU". Two adjacent content words of the
    phrase, adjacent in a sentence about the writer, weighing ``_PAIR_WEIGHT`` together."""
    done = {m.index for m in found}
    out: list[PhraseMatch] = []
    pairs_of_units: dict[int, set[tuple[str, str]]] = {}
    for index, phrase in enumerate(phrases):
        if index in done:
            continue
        seq = [t for t in terms_of(phrase, excluded=excluded) if t.key[:1] != COMPOUND]
        wanted = {(a.key, b.key): a.weight + b.weight for a, b in zip(seq, seq[1:])
                  if a.key != b.key and a.weight + b.weight >= _PAIR_WEIGHT}
        if not wanted:
            continue
        for k in units:
            s, e, keys, field = terms.units[k]
            if field != "body" or not any(a in keys and b in keys for a, b in wanted):
                continue
            pairs = pairs_of_units.get(k)
            if pairs is None:
                found_terms = [t for t in terms_of(own[s:e], excluded=excluded) if t.key[:1] != COMPOUND]
                pairs = pairs_of_units[k] = {(a.key, b.key) for a, b in zip(found_terms, found_terms[1:])}
            hit = next((pair for pair in wanted if pair in pairs), None)
            if hit is not None:
                total = sum(t.weight for t in seq) or 1.0
                out.append(PhraseMatch(index, phrase, round(wanted[hit] / total, 3), s, e, field, hit))
                break
    return out


def content_words(ctx: RuleContext, enough: int = 3) -> int:
    """How many words the candidate wrote between the greeting and the sign-off (counting stops at ``enough``)."""
    return ctx.analysis.content_words if enough == 3 else count_content_words(ctx.doc, enough)


def count_content_words(doc: Document, enough: int) -> int:
    lo, hi = doc.content_range
    count = 0
    for t in doc.tokens:
        if t.start >= hi:
            break
        if t.start >= lo and t.kind == "word":
            count += 1
            if count >= enough:
                break
    return count


def sentence_functions(ctx: RuleContext) -> Sentences:
    """What each sentence of the candidate's own text does (``ctx.analysis.sentences``)."""
    return ctx.analysis.sentences
