"""``Vocabulary.all_titles`` is made once with the vocabulary and is the union of its titles, honorifics and
titles written with a slash ("W/ro", "Lt/Col"), as the property it replaced computed on every call (issue 12),
also for a vocabulary built from another."""

from __future__ import annotations

import dataclasses

from followup_lint.document.vocabulary import vocabulary


def test_all_titles_is_the_titles_the_honorifics_and_the_slash_titles() -> None:
    v = vocabulary()
    assert v.all_titles == v.titles | v.honorifics | v.slash_titles
    assert {"w/ro", "lt/col"} <= v.all_titles            # a title written with a slash
    assert {"dr", "ms"} <= v.all_titles                  # a title
    assert v.honorifics and v.honorifics <= v.all_titles  # every honorific
    assert vocabulary().all_titles is v.all_titles        # made once


def test_a_vocabulary_made_from_another_has_its_own_titles() -> None:
    v = dataclasses.replace(vocabulary(), titles=frozenset({"capt"}), honorifics=frozenset({"sahib"}),
                            slash_titles=frozenset({"w/ro"}))
    assert v.all_titles == {"capt", "sahib", "w/ro"}
    assert "all_titles" not in repr(v)
    assert v == dataclasses.replace(v)  # (not compared: it follows from the fields)
