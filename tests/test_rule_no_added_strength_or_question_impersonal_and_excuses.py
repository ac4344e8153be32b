"""no-added-strength-or-question (FL301): the twenty-ninth batch's classes, each both ways.

- A strength shown by the writer's account of the work on the interview's exercise in a sentence without "I"
  (a passive sentence, a list item, a diagram: ac-121, ac-126, ac-127; twenty-third i-143, i-161) is raised
  when the sentence names most of it; one or two words of it, or a trade's acronym, do not raise it, and
  without an exercise in the interview such a sentence may tell anybody's work.
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
