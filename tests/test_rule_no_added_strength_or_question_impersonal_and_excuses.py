"""no-added-strength-or-question (FL301): the twenty-ninth batch's classes, each both ways.

- A strength shown by the writer's account of the work on the interview's exercise in a sentence without "I"
  (a passive sentence, a list item, a diagram: ac-121, ac-126, ac-127; twenty-third i-143, i-161) is raised
  when the sentence names most of it; one or two words of it, or a trade's acronym, do not raise it, and
  without an exercise in the interview such a sentence may tell anybody's work.
- Being a fan of something (ac-109) is an enthusiasm, as being excited about it is: no strength.
- An explicit move that goes on with an excuse ("I'd like to note that I started late, so I was pressed for
  time", ac-130) adds nothing.
- A question about the writer's own candidacy (thirteenth n-004) is a status question, as one about the
  application is.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rule

from test_rule_no_added_strength_or_question_not_added import RULE, note

INTERVIEW = {
    "interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
    "topics": ["the take-home: a currency converter service", "the billing rewrite"],
    "strengths": ["caching exchange rates in Redis with a nightly refresh job"],
    "questions": ["how the team plans its releases"],
}


def fires(content: str, interview: dict = INTERVIEW) -> bool:
    return [f.code for f in run_rule(RULE, note(content), interview).findings] == ["FL301"]


@pytest.mark.parametrize("content", [
    "Exchange rates are cached in Redis and a nightly job refreshes them.",
    "- Redis caching for the exchange rates, refreshed by a nightly job",
    "The exchange rates were cached in Redis, with a refresh job running nightly.",
    "Rates API --> Redis cache (exchange rates) <-- nightly refresh job",
    "Caching of exchange rates happens in Redis; a nightly job does the refresh.",
])
def test_the_work_told_without_i_that_names_most_of_a_strength_raises_it(content: str) -> None:
    assert not fires(content)


@pytest.mark.parametrize("content", [
    "Redis is used for sessions.",                                   # one word of it, and a common one
    "- Redis\n- Docker\n- Postgres",                                 # a list of tools
    "Exchange rates come from the central bank's API.",              # two words of it
    "The billing rewrite sounded like a big job.",                    # the interview's topic
    "Your team's exchange rate service sounded impressive.",          # the reader's
])
def test_a_sentence_without_i_that_names_little_of_it_raises_nothing(content: str) -> None:
    assert fires(content)


NO_EXERCISE = {**INTERVIEW, "topics": ["the billing rewrite", "the team's release process"]}


@pytest.mark.parametrize("content", [
    "Exchange rates are cached in Redis and a nightly job refreshes them.",
    "- Redis caching for the exchange rates, refreshed by a nightly job",
    "The exchange rates were cached in Redis, with a refresh job running nightly.",
    "A talk about caching exchange rates in Redis with a nightly refresh job was fun to watch.",
])
def test_without_an_exercise_a_sentence_without_i_may_tell_anybodys_work(content: str) -> None:
    assert fires(content, NO_EXERCISE)


UNIDIRECTIONAL = {**INTERVIEW, "strengths": ["experience with unidirectional data flow in a shipped iOS app"]}


@pytest.mark.parametrize("content", [
    "I'm a huge fan of unidirectional data flow in an iOS app.",
    "I am a big believer in unidirectional data flow for iOS apps.",
    "I have always been an admirer of unidirectional data flow in iOS apps.",
    "I'm a fan of unidirectional data flow, as any shipped iOS app shows.",
])
def test_being_a_fan_of_the_thing_adds_no_strength(content: str) -> None:
    assert fires(content, UNIDIRECTIONAL)


@pytest.mark.parametrize("content", [
    "I shipped an iOS app built on unidirectional data flow last year.",
    "I'm a fan of unidirectional data flow, and I built our shipped iOS app on it.",
    "My experience with unidirectional data flow comes from an iOS app I shipped.",
    "I have experience with unidirectional data flow in a shipped iOS app.",
])
def test_the_experience_told_still_adds_it(content: str) -> None:
    assert not fires(content, UNIDIRECTIONAL)


NO_LISTS = {"interviewers": [{"name": "Dana Whitaker"}], "company": "Initech", "topics": ["the billing rewrite"]}


@pytest.mark.parametrize("content", [
    "I'd like to note that I started the exercise late, so I was a bit pressed on time.",
    "I would like to mention that I was pressed for time this week.",
    "I also wanted to add that I was short on time, so the tests are thin.",
    "I want to note that I ran out of time before the last part.",
])
def test_a_move_that_goes_on_with_an_excuse_adds_nothing(content: str) -> None:
    assert fires(content, NO_LISTS)


@pytest.mark.parametrize("content", [
    "I'd like to note that I have run Kafka consumers in production for three years.",
    "I would like to mention that I speak Portuguese.",
    "I also wanted to add that I led the migration to Postgres at my last job.",
    "I forgot to mention that I hold a forklift licence, which I renewed in a short time.",
])
def test_a_move_that_tells_something_still_adds_it(content: str) -> None:
    assert not fires(content, NO_LISTS)


@pytest.mark.parametrize("content", [
    "Could you kindly confirm if my candidacy for this position has been accepted?",
    "Is my candidature still being looked at?",
    "Has my candidacy reached the hiring manager yet?",
    "Could you tell me whether my candidature was received?",
])
def test_a_question_about_ones_own_candidacy_adds_no_question(content: str) -> None:
    assert fires(content, NO_LISTS)


@pytest.mark.parametrize("content", [
    "Could you tell me how the team reviews candidates' code in the first month?",
    "How does the billing rewrite handle a refund issued twice?",
    "Could you kindly confirm if the night shift rotates every month?",
    "Is the candidate pipeline service written in Go or in Rust?",
])
def test_a_question_about_the_work_still_adds_one(content: str) -> None:
    assert not fires(content, NO_LISTS)
