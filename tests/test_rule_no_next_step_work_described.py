"""no-next-step (FL304) on the twenty-fifth batch's classes: a take-home note that describes its work in words an
invitation also uses, and invites nothing. Each class both ways, on fresh wordings (not the batch's own).

Not inviting: a softener ("do", "just") after a subject and an adverb of habit ("the tests still do pass"); a
condition on reading the work itself, with an indirect question ("if you want to check how ..."), then
directions; "available" right after a noun phrase, said of a thing ("a few packages available for me"); a stated
"you can" with a reply verb whose object is a thing of the work ("you can update any number of the fields").
Inviting, still: the imperative after a link or alone ("Still, do let me know"), a condition with a talk or a
reply asked, the writer's own slots or time, and "you can" with the writer or a reply as its object."""

from __future__ import annotations

import pytest

from followup_lint.testing import assert_clean
from test_rule_no_next_step_tasks_things_and_reviews import RULE, flagged, note


@pytest.mark.parametrize("content", [
    "The integration tests still do pass on Windows.",
    "Some jobs already just fail silently when the queue is full.",
    "The exporters always simply write to stdout.",
    "Open items I never do get to:\n1) Retries\n2) Metrics",
])
def test_a_softener_after_a_subject_and_a_habit_is_told_not_asked(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "Still, do let me know if the build fails.",
    "Also, just send me a line if the build fails.",
    "And always do reach out if anything breaks.",
])
def test_the_imperative_after_a_link_still_asks(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "If you want to check how the scheduler picks a worker, please start from scheduler.ex line 40.",
    "Should you wish to see where the retries happen, open lib/retry.ex.",
    "If you want to verify whether the cache is used, run make bench twice.",
])
def test_a_condition_on_reading_the_work_offers_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "If you would like to review how I approached the cache, let me know.",
    "If you want to check anything with me, I am free on Friday.",
    "Should you wish to go over how the queue works, I would be happy to walk you through it.",
])
def test_a_condition_with_a_talk_or_a_reply_still_offers(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I found there were several libraries available for me to use for the charts.",
    "The only tools available for profiling on that box were slow.",
    "There are a few sample files available for testing in data/.",
])
def test_available_after_a_noun_phrase_is_the_things(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "I have a few slots available for a call next week.",
    "I have some time available on Friday for a call.",
    "I'm available for a call anytime this week.",
])
def test_the_writers_own_availability_still_offers(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "When editing an order, you can update several of its fields in one request.",
    "You can send a POST request to /orders to create one.",
    "To warm the cache, you could call the endpoint twice.",
])
def test_you_can_with_a_thing_of_the_work_asks_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "You can send the questions to my email.",
    "You can share any feedback on the pull request.",
    "You can call me anytime.",
    "You can send a message whenever it suits you.",
])
def test_you_can_with_the_writer_or_a_reply_still_asks(content: str) -> None:
    assert_clean(RULE, note(content))
