"""no-added-strength-or-question (FL301): a misspelled word of the writer's still names a strength's word
(thirty-first ae-167, "we re-created from scratch our own framwork" for "built an in-house Node.js framework from
scratch").

A word the spelling rules do not know, six letters or more, one edit from a listed strength's less common word, is
read also as that word in a sentence about the writer. Fresh wordings both ways: a typo of the strength's word in
a sentence that otherwise names it raises it; a typo in a sentence that does not name it, or outside a sentence
about the writer, raises nothing.
"""

from __future__ import annotations

import pytest

from _fl301_util import RULE, fires_on, interview
from _fl301_util import note
from followup_lint.testing import assert_clean

INTERVIEW = interview("built an in-house GraphQL framework from scratch")


def fires(content: str) -> bool:
    return fires_on(note(content), INTERVIEW)


TYPOS = [
    "At Acme we wrote our own framewrok from scratch.",
    "I created a framwork from scratch for our services.",
    "My team and I built a small frameowrk from scratch last year.",
    "I wrote a framework from scrach at my last job.",
]


@pytest.mark.parametrize("content", TYPOS)
def test_a_misspelled_strength_word_still_names_it(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


NOT_RAISED = [
    # the typo names no strength: the sentence does not otherwise name it
    "I really liked the friendly enviroment in your office.",
    # a typo of the strength's word, but the sentence is not about the writer
    "That framwork was clearly built from scratch by a careful team.",
    # the writer's sentence names only the typo of one word, not its pair
    "I liked reading about the framwork.",
    # a known word one edit from a strength's word stays itself ("scratchy" is no typo of "scratch")
    "I sang a scratchy song from memory at the party.",
]


@pytest.mark.parametrize("content", NOT_RAISED)
def test_a_typo_alone_raises_nothing(content: str) -> None:
    assert fires(content), content
