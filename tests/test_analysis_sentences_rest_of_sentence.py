""""Is there a status noun from here on", "a reply verb after 'and' from here on": asked at each wish or
"kindly" of a sentence, answered from the last such word, found once per sentence (each was a walk to the
sentence's end: a 100 KB paragraph of "I'd love to know what you think of the plan, " took 4 s). The answers
are those of the walk (the expression it replaced is the reference), and the readings stand."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _linear_util import assert_linear
from followup_lint.analysis import sentences as S
from followup_lint.analysis.sentences import Function, classify, read_sentence
from followup_lint.document.tokens import tokenize

_WORDS = ["and", "reply", "get", "back", "status", "decision", "next", "steps", "the", "to", "know", "how", "a",
          "reach", "out", "process", "of", "my", "application", "kindly", "check"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60))
def test_the_last_entry_answers_as_the_walk_to_the_end(w: list[str]) -> None:
    status, verbs = S._cls("request", "status_nouns"), S._cls("request", "reply_verbs")
    reader = S._Reader(w)
    for a in range(len(w) + 2):
        assert (reader._last_at(status) < a) == (not any(status.at(w, x) > 0 for x in range(a, len(w))))
        assert (reader._last_at(verbs, "and") >= a) == any(
            w[x - 1] == "and" and verbs.at(w, x) > 0 for x in range(max(a, 1), len(w)))


R, Q = Function.REQUEST, Function.INDIRECT_QUESTION


@pytest.mark.parametrize("text, cues", [
    ("I would love to know how the team works.", ((Q, 1, 5), (Q, 2, 5))),
    ("I would love to know the status of my application.", ((R, 1, 5), (R, 4, 7))),
    # a status noun later in the sentence makes the wish to know a request, not a question
    ("I would love to know how it works, and the status of my application.", ((R, 1, 5), (R, 4, 11), (Q, 2, 5))),
    ("I would love to know how it works, and what is next for the process.", ((R, 1, 5), (Q, 2, 5))),
    ("I'd like to learn status.", ((R, 1, 5),)),   # the status noun right after the verb
    ("Kindly check the PR and reply to me.", ((R, 0, 2),)),
    ("Kindly check the PR.", ()),
    ("Kindly check and reply to me.", ((R, 0, 2),)),   # the reply verb two words after the verb
    ("Kindly check the PR and let me know.", ((R, 0, 2), (R, 5, 8))),
])
def test_wishes_and_kindly_read_the_rest_of_the_sentence(text: str, cues: tuple) -> None:
    assert classify(read_sentence(tokenize(text)), text)[1] == cues


@pytest.mark.parametrize("unit", ["I'd love to know what you think of the plan, ", "Kindly check the PR, ",
                                  "I'd love to know how it works and the status, "])
def test_a_sentence_of_many_wishes_is_read_in_linear_time(unit: str) -> None:
    def timed(n: int) -> float:
        text = unit * n
        words = read_sentence(tokenize(text))
        S._classify.cache_clear()
        t = time.process_time()
        classify(words, text)
        return time.process_time() - t

    assert_linear(timed)
