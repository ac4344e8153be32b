"""Praise of a standing quality of the organisation ("the company's commitment to quality") is judged with
the text lower-cased once per draft, not once per reference: the same judgements as lower-casing the whole
text at each call (the reference copy below; its linear time: ``test_analysis_reference_scaling``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint import Draft
from followup_lint.analysis import reference as R
from followup_lint.document import Document


def _standing_quality_as_it_was(own: str, cue_end: int, end: int) -> bool:
    """``reference._standing_quality`` before: ``own.lower()`` made at every call."""
    words = [w.strip(",.;:!?\"“”()").lower().replace("’", "'") for w in own[cue_end:min(end, cue_end + 80)].split()[:3]]
    if len(words) < 2:
        return False
    if words[0] in R._POSSESSORS:
        words = words[1:]
    owner, noun = words[0], words[1] if len(words) > 1 else ""
    if not (owner.endswith("'s") and owner in R._generic_objects() | {o + "'s" for o in R._generic_objects()}):
        return False
    at = own.lower().find(noun, cue_end, min(end, cue_end + 80)) if noun else -1
    return at >= 0 and R._abstract_at(own, at, at + len(noun), noun)


# words that reach every branch: possessors, generic owners, abstract and particular nouns (in any case),
# and characters whose lower case is longer ("İ"), which shift the lower-cased text's offsets
_PIECES = ["the", "your", "its", "The", "company's", "firm’s", "team's", "organisation's", "Company's",
           "commitment", "Commitment", "culture", "CULTURE", "values", "latest", "campaign", "rotation", "to",
           "quality", "İ", "İİ", "ß", "Ǆ", " ", ", ", ". ", "\n", "(", ")"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join)


@settings(max_examples=600, deadline=None)
@given(_TEXTS, _TEXTS, st.integers(-3, 3), st.integers(0, 120))
def test_standing_quality_judges_as_lower_casing_at_each_call(before: str, after: str, shift: int, end: int) -> None:
    own = before + " I was impressed by " + after  # the cue's end just before what it praises
    cue_end = max(0, len(before) + 19 + shift)
    assert R._standing_quality(own, cue_end, end, own.lower) == _standing_quality_as_it_was(own, cue_end, end)


def test_standing_quality_by_hand() -> None:
    for own in ["I was impressed by the company's commitment", "İİ İ I was impressed by the company's Commitment",
                "I was impressed by the Company's CULTURE of care", "İ" * 30 + " by your firm’s values",
                "by the ß"]:
        for cue_end in range(len(own)):
            for end in (len(own), cue_end + 12):
                now = R._standing_quality(own, cue_end, end, own.lower)
                assert now == _standing_quality_as_it_was(own, cue_end, end)


_PRAISE = ["I was impressed by the company's commitment to quality. ", "I admired your firm's culture of care. ",
           "I liked the team's latest campaign. ", "I was impressed by the company's Commitment to Kestrel Quality. ",
           "İstanbul office. I was impressed by the company's values. "]


def test_references_are_those_of_lower_casing_at_each_call(monkeypatch) -> None:
    bodies = ["Hi Dana,\n\n" + p * k + "\n\nBest,\nSam\n" for p in _PRAISE for k in (1, 3, 40)]
    bodies.append("Hi Dana,\n\n" + "".join(_PRAISE) * 5 + "\n\nBest,\nSam\n")
    read = [R.read_references(Document(Draft(body=b)), frozenset()) for b in bodies]
    monkeypatch.setattr(R, "_standing_quality", lambda own, a, b, _lower: _standing_quality_as_it_was(own, a, b))
    assert read == [R.read_references(Document(Draft(body=b)), frozenset()) for b in bodies]
    assert any(r.concrete is None and r.strength == "weak" for refs in read for r in refs.items)
