"""no-next-step (FL304), three classes of the twenty-eighth batch, both ways on fresh wordings:

- an imperative of attention ("Keep in mind that ...", ab-165) asks the reader to weigh a caveat, not to reply;
- a wish to share the writer's own account of the work done ("I'd like to share some thoughts and decisions I
  made ...", ab-161) is carried out by the note itself; an offer, a thing built, more of it, a condition or a
  talk still invites;
- offering another run of an exercise the interview held live ("I can do a second role play any day this
  week", ab-308) offers a further step, as another interview or test does."""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, run_rule

RULE = NoNextStep


def note(content: str) -> str:
    return f"Hi Dana,\n\nThank you for the exercise. {content}\n\nBest,\nSam"


def flagged(content: str) -> bool:
    return [f.code for f in run_rule(RULE, note(content)).findings] == ["FL304"]


@pytest.mark.parametrize("content", [
    "Bear in mind that the importer was written in one evening.",
    "Please keep in mind the tests need Docker to run.",
    "Kindly bear in mind that the styling is unfinished.",
    "Take into account that I only had a weekend for this.",
    "Keep in mind the seed data is invented.",
])
def test_an_imperative_of_attention_invites_nothing(content: str) -> None:
    assert flagged(content), content


@pytest.mark.parametrize("content", [
    "Please keep in touch.",
    "Keep me posted on the decision.",
    "Bear in mind the tests are slow, and let me know if they fail for you.",
])
def test_a_caveat_beside_a_real_request_or_keeping_in_touch_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I want to explain the trade-offs we took in the parser.",
    "I would like to outline the choices I've made for the data layer.",
    "I'd like to describe the shortcuts I took to finish on time.",
    "We would like to document the assumptions we made about the feed.",
])
def test_a_wish_to_share_the_writers_account_of_the_work_done_invites_nothing(content: str) -> None:
    assert flagged(content), content


@pytest.mark.parametrize("content", [
    "I'd love to share more about the choices I made.",
    "I'd like to walk you through the decisions I made on a call.",
    "I'd be happy to explain the shortcuts I took if anything is unclear.",
    "I'd like to share my thoughts on the roadmap with you.",
    "I would like to explain further the assumptions we made.",
    "I can explain the shortcuts I took in the importer.",
    "I'd like to share the seating planner I built for my last employer.",
])
def test_more_of_the_account_a_talk_or_a_condition_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "If useful, I can do another role-play with a harder customer on Friday.",
    "Happy to do a second mock call in French any day next week.",
    "I could take another simulation before the panel decides.",
    "I would gladly do a demo lesson with a Year 9 class too.",
])
def test_offering_another_run_of_a_live_exercise_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The role play about the late delivery was the hardest part for me.",
    "I did a mock call like this once at my old job.",
    "The simulation you ran showed me how busy Saturdays are.",
])
def test_telling_of_a_live_exercise_offers_nothing(content: str) -> None:
    assert flagged(content), content


# The thirty-first batch's ae-162 ("Through the current app, I would like to show how I analyze and how I build
# an app like that."): a wish to show or explain how, what or why the writer did is the account the note, or
# the work it hands over, gives; with the reader between, a modal after the "I", a talk, a condition or more
# of it, it is still a walk-through offered.
@pytest.mark.parametrize("content", [
    "With this repository I'd like to show how I structure a small service.",
    "I'd like to explain why we picked SQLite over Postgres.",
    "I would like to explain what I did in each step.",
    "Here I would like to demonstrate how I test the edge cases.",
    "I would like to show where I cut corners.",
])
def test_a_wish_to_show_how_the_writer_did_it_invites_nothing(content: str) -> None:
    assert flagged(content), content


@pytest.mark.parametrize("content", [
    "I would like to show you how I structure a small service.",
    "I'd love to explain how I would scale it to more users.",
    "I'd like to show how I did it on a call next week.",
    "I would like to explain why I chose SQLite if you have a minute.",
    "I'd like to share more about how I tested it.",
    "I would like to discuss how I built the importer.",
    "I can explain how I built the importer.",
])
def test_a_walk_through_offered_the_reader_or_a_talk_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))
