"""``Report.metrics``: counts and readability of the candidate's own text.

Counts (``words``, ``sentences``, ``questions``, ``exclamation_marks``) are over the candidate's own
text (quoted replies and the signature block excluded). Readability is computed over the message
itself, between the greeting line and the sign-off, so that "Hi Dana," and "Best," do not count as
two very short sentences. Rules read the same numbers through :func:`metrics_of` (computed once per
draft); the engine adds the content metrics of the draft's Analysis (``topics_referenced``,
``strengths_raised``, ``questions_raised``: ``Analysis.metrics``), which no rule selection changes.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Sequence

from .readability import flesch_kincaid_grade, flesch_reading_ease, syllables

if TYPE_CHECKING:
    from .document import Document
    from .rule import RuleContext

__all__ = ["compute_metrics", "metrics_of", "WORDS_PER_MINUTE"]

WORDS_PER_MINUTE = 238  # average silent reading speed for non-fiction (Brysbaert 2019)
_COUNTED = ("word", "number", "placeholder")
_START = itemgetter(0)  # Token.start, a sentence's start


def compute_metrics(doc: Document) -> dict[str, Any]:
    """The metrics of one parsed draft (cached on the document: computed once)."""
    cached = getattr(doc, "_followup_metrics", None)
    if cached is not None:
        return dict(cached)
    own = doc.own
    # three C-level counts over the kinds column (each compares by identity: the kinds are shared strings),
    # not a Python pass over every token nor a Counter's dict update per token
    count = doc.token_kinds.count
    n_words = count("word") + count("number") + count("placeholder")
    sentences = doc.sentences
    questions = 0
    for s, e in sentences if "?" in own or "？" in own else ():  # (no question mark: no question)
        last = own[e - 1] if e > s else ""
        if last.isspace() or not last:
            questions += own[s:e].rstrip().endswith(("?", "？"))
        else:
            questions += last in ("?", "？")
    exclamations = own.count("!") + own.count("！")
    subject_words = sum(1 for t in doc.subject_tokens if t.kind in _COUNTED)
    lo, hi = doc.content_range
    # tokens and sentences are sorted by start: the ones starting in [lo, hi) are one slice
    # (readability reads only how many sentences there are: the slice stands in for their texts)
    a, b = bisect_left(sentences, lo, key=_START), bisect_left(sentences, hi, key=_START)
    prose: Sequence[Any] = sentences[a:b]
    starts, texts = doc.word_starts, doc.word_texts  # (the document's word columns)
    a, b = bisect_left(starts, lo), bisect_left(starts, hi)
    content_words = list(texts[a:b])
    if not content_words:  # no greeting/sign-off structure to lean on: use all of the own text
        prose = sentences
        content_words = list(texts)
    ease, grade = _readability(prose, content_words)
    result: dict[str, Any] = {
        "words": n_words,
        "sentences": len(doc.sentences),
        "questions": questions,
        "exclamation_marks": exclamations,
        "subject_words": subject_words,
        "subject_chars": len(doc.subject.text.strip()),
        "flesch_reading_ease": ease,
        "flesch_kincaid_grade": grade,
        "reading_time_s": round(n_words * 60 / WORDS_PER_MINUTE, 1),
        "topics_referenced": [],
        "strengths_raised": [],
        "questions_raised": [],
    }
    try:
        doc._followup_metrics = result  # type: ignore[attr-defined]
    except AttributeError:  # a Document with __slots__: compute again next time
        pass
    return dict(result)


class _Syllables(dict):  # type: ignore[type-arg]
    """``syllables(word)`` by dict lookup (a hit costs less than the LRU cache's; misses fill it)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 65536:
            self.clear()
        count = self[word] = syllables(word)
        return count


_SYLLABLES = _Syllables()
_SYLLABLE_SAMPLE = 5000  # words whose syllables are counted, at most (evenly spaced through the draft)


def _readability(sentences: Sequence[Any], words: list[str]) -> tuple[float | None, float | None]:
    """``readability(sentences, words)``, with the syllables summed through :data:`_SYLLABLES`."""
    n_words = len(words)
    if n_words == 0:
        return None, None
    n_sent = max(1, len(sentences))
    if n_words > _SYLLABLE_SAMPLE:
        # a huge draft (a pasted log, 1 MB of distinct words): syllables of an evenly spaced sample,
        # scaled; the grade is the same to a tenth, and hyphenating 90,000 words is not
        step = n_words / _SYLLABLE_SAMPLE
        sample = [words[int(k * step)] for k in range(_SYLLABLE_SAMPLE)]
        n_syll = round(sum(map(_SYLLABLES.__getitem__, sample)) * n_words / _SYLLABLE_SAMPLE)
    else:
        n_syll = sum(map(_SYLLABLES.__getitem__, words))
    return (round(flesch_reading_ease(n_sent, n_words, n_syll), 1),
            round(flesch_kincaid_grade(n_sent, n_words, n_syll), 1))


def metrics_of(ctx: RuleContext) -> dict[str, Any]:
    """The draft's metrics for a rule (shared with the report; computed once per draft)."""
    return compute_metrics(ctx.doc)
