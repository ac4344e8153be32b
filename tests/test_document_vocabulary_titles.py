"""``Vocabulary.all_titles`` is made once with the vocabulary and is the union of its titles and honorifics,
as the property it replaced computed on every call (issue 12), also for a vocabulary built from another."""

from __future__ import annotations

import dataclasses

from followup_lint.document.vocabulary import vocabulary


def test_all_titles_is_the_titles_and_the_honorifics() -> None:
    v = vocabulary()
    assert v.all_titles == v.titles | v.honorifics
    assert {"dr", "ms"} <= v.all_titles                  # a title
    assert v.honorifics and v.honorifics <= v.all_titles  # every honorific
    assert vocabulary().all_titles is v.all_titles        # made once


def test_a_vocabulary_made_from_another_has_its_own_titles() -> None:
    v = dataclasses.replace(vocabulary(), titles=frozenset({"capt"}), honorifics=frozenset({"sahib"}))
    assert v.all_titles == {"capt", "sahib"}
    assert "all_titles" not in repr(v)
    assert v == dataclasses.replace(v)  # (not compared: it follows from the fields)
