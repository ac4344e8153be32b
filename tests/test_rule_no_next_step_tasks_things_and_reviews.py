"""no-next-step (FL304) on the twenty-fourth batch's classes: what looks like an invitation and is none, and
what invites in an unusual shape. Each class both ways, on fresh wordings (not the batch's own).

Not inviting: a condition on a task of the reader's own ("if you need to rebuild the image, ..."); a bare
imperative that sends the reader to another party ("Contact the maintainers"); an ability or availability of a
thing ("the worker should be able to send the digest"); a wish told as the reason for what was done ("because
I thought it would be nice to talk ..."); a questionnaire copied without titles and answered in turn (the
shared reading of FL301's). Inviting:
going over the submitted work together, looked forward to; a closing sentence of the writer's set in a
Markdown heading's type."""

from __future__ import annotations

import pytest

from _fl304_util import RULE, flagged, note
from followup_lint.testing import assert_clean


@pytest.mark.parametrize("content", [
    "If you want to regenerate the fixtures, you have to run make seed first.",
    "Should you need to rebuild the image, follow the Docker steps below.",
    "If you wish to deploy it on your own server, the Helm chart is in deploy/.",
])
def test_a_condition_on_the_readers_own_task_offers_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "If you need to reach me, my mobile is 0412 555 019.",
    "Should you wish to discuss the schema, I check my email daily.",
    "If you need anything else, I check my email daily.",
])
def test_a_need_to_reach_the_writer_still_offers(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "Contact the maintainers for access to the staging data.",
    "Email the admin if the login page fails.",
    "Call HR about the parking pass.",
])
def test_a_bare_imperative_that_sends_the_reader_to_another_party_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", ["Contact me if anything fails.", "Email me at sam@x.example with any doubts."])
def test_a_bare_imperative_to_contact_the_writer_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The worker should be able to send the digest every hour.",
    "The preview site will be available on port 8080.",
    "The staging database is free on weekends.",
])
def test_an_ability_or_availability_of_a_thing_offers_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "I would be able to send the full report tomorrow.",
    "I will be available on Thursday afternoon.",
    "Happy to be available for a call next week.",
])
def test_the_writers_own_ability_or_availability_still_offers(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I wrote it in plain words because I thought it would be nice to talk the way I do at work.",
    "I kept the comments chatty since we figured it would be good to chat through the design in the README.",
])
def test_a_wish_told_as_the_reason_for_what_was_done_proposes_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "It would be nice to talk about the design next week.",
    "I think it would be great to discuss the rollout plan on Monday.",
])
def test_a_wish_to_talk_now_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


QUESTIONNAIRE = """Hi Dana,

Which part took longest?

The date parsing, mostly the time zones.

What would you change next?

I would split the importer into two jobs.

Were the instructions clear?

Mostly, though the CSV sample had a stray column.

Best,
Sam"""

OWN_QUESTIONS = """Hi Dana,

Thank you for the exercise.

Could you tell me when the panel decides?

I have a notice period of a month. Is remote work possible on Fridays? My commute is long.

Best,
Sam"""


def test_a_questionnaire_copied_without_titles_and_answered_asks_nothing() -> None:
    assert flagged(QUESTIONNAIRE)


def test_a_question_of_the_writers_own_on_its_line_and_one_in_prose_still_ask() -> None:
    assert_clean(RULE, OWN_QUESTIONS)


@pytest.mark.parametrize("content", [
    "I'm looking forward to going over my submission with the team.",
    "I look forward to the chance to walk through my solution with the panel.",
    "Looking forward to presenting my take-home to the reviewers.",
])
def test_going_over_the_submitted_work_together_looked_forward_to_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I look forward to reviewing supplier contracts in the role.",
    "I look forward to the opportunity to present at conferences.",
])
def test_the_jobs_own_reviewing_looked_forward_to_invites_nothing(content: str) -> None:
    assert flagged(note(content))


def test_a_closing_sentence_set_in_heading_type_still_invites() -> None:
    text = "# Ledger app\n\nThe app imports bank files.\n\n### Thanks again, and I hope to hear from you soon."
    assert_clean(RULE, text)

