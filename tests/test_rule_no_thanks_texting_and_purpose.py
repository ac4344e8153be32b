"""no-thanks (FL303) on the twenty-fourth batch's classes, on fresh wordings both ways: texting skeletons of
"thanks" with a "k" or a "q" ("tkx", "tqvm") thank; a gratitude infinitive that is the purpose of the writer's
own writing ("I write to sincerely appreciate you") thanks; a later part of a hyphenated word near a thanks
word ("redux-thunk") is not a misspelled thanks."""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoThanks
from followup_lint.testing import assert_clean, run_rule

RULE = NoThanks


def note(content: str) -> str:
    return f"Hi Dana,\n\nI finished the exercise. {content}\n\nBest,\nSam"


def flagged(text: str) -> bool:
    return [f.code for f in run_rule(RULE, text).findings] == ["FL303"]


@pytest.mark.parametrize("content", ["Thkx for the tour!", "tqvm for your time today.", "Tku, see you soon."])
def test_texting_skeletons_of_thanks_thank(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I write to appreciate you for the site visit.",
    "I am writing to sincerely appreciate the panel for the warm welcome.",
])
def test_a_gratitude_that_is_the_purpose_of_the_writers_writing_thanks(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "She wrote to appreciate the night staff.",
    "The manager wrote to appreciate the drivers.",
])
def test_someone_elses_writing_to_appreciate_thanks_nobody_here(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "The store wires side effects through redux-thunk.",
    "We kept the old async-thunk helpers for the uploads.",
])
def test_a_later_part_of_a_hyphenated_word_is_no_misspelled_thanks(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", ["Many thnaks for the chat.", "Thnak-you for the tour."])
def test_a_misspelled_thanks_standing_first_still_thanks(content: str) -> None:
    assert_clean(RULE, note(content))
