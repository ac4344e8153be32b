"""``Report.metrics``: counts and readability of the candidate's own text."""

from __future__ import annotations

from typing import Any

from .document import Document
from .readability import readability

__all__ = ["compute_metrics"]

WORDS_PER_MINUTE = 238  # average silent reading speed for non-fiction (Brysbaert 2019)


def compute_metrics(doc: Document) -> dict[str, Any]:
    words = [t for t in doc.tokens if t.kind in ("word", "number", "placeholder")]
    own = doc.own
    questions = sum(1 for s, e in doc.sentences if own[s:e].rstrip().endswith("?"))
    exclamations = own.count("!")
    subject_words = [t for t in doc.subject_tokens if t.kind in ("word", "number", "placeholder")]
    prose = [own[s:e] for s, e in doc.sentences]
    ease, grade = readability(prose, [t.text for t in words if t.kind == "word"])
    return {
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
