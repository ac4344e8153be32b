"""``Report.metrics``: counts and readability of the candidate's own text.

Counts (``words``, ``sentences``, ``questions``, ``exclamation_marks``) are over the candidate's own
text (quoted replies and the signature block excluded). Readability is computed over the message
itself, between the greeting line and the sign-off, so that "Hi Dana," and "Best," do not count as
two very short sentences. Rules read the same numbers through :func:`metrics_of` (computed once per
draft); the engine merges ``ctx.shared["metrics"]`` (for example ``topics_referenced``) over them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .readability import readability

if TYPE_CHECKING:
    from .document import Document
    from .rule import RuleContext

__all__ = ["compute_metrics", "metrics_of", "WORDS_PER_MINUTE"]

WORDS_PER_MINUTE = 238  # average silent reading speed for non-fiction (Brysbaert 2019)
_COUNTED = ("word", "number", "placeholder")


def compute_metrics(doc: Document) -> dict[str, Any]:
    """The metrics of one parsed draft (cached on the document: computed once)."""
    cached = getattr(doc, "_followup_metrics", None)
    if cached is not None:
        return dict(cached)
    own = doc.own
    words = [t for t in doc.tokens if t.kind in _COUNTED]
    questions = sum(1 for s, e in doc.sentences if own[s:e].rstrip().endswith(("?", "？")))
    exclamations = own.count("!") + own.count("！")
    subject_words = [t for t in doc.subject_tokens if t.kind in _COUNTED]
    lo, hi = doc.content_range
    prose = [own[s:e] for s, e in doc.sentences if lo <= s < hi]
    content_words = [t.text for t in doc.tokens if t.kind == "word" and lo <= t.start < hi]
    if not content_words:  # no greeting/sign-off structure to lean on: use all of the own text
        prose = [own[s:e] for s, e in doc.sentences]
        content_words = [t.text for t in words if t.kind == "word"]
    ease, grade = readability(prose, content_words)
    result = {
        "words": len(words),
        "sentences": len(doc.sentences),
        "questions": questions,
        "exclamation_marks": exclamations,
        "subject_words": len(subject_words),
        "subject_chars": len(doc.subject.text.strip()),
        "flesch_reading_ease": ease,
        "flesch_kincaid_grade": grade,
        "reading_time_s": round(len(words) * 60 / WORDS_PER_MINUTE, 1),
        "topics_referenced": [],
        "strengths_raised": [],
        "questions_raised": [],
    }
    try:
        doc._followup_metrics = result  # type: ignore[attr-defined]
    except AttributeError:  # a Document with __slots__: compute again next time
        pass
    return dict(result)


def metrics_of(ctx: RuleContext) -> dict[str, Any]:
    """The draft's metrics for a rule (shared with the report; computed once per draft)."""
    return compute_metrics(ctx.doc)
