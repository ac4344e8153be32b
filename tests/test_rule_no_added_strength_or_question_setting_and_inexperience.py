"""no-added-strength-or-question (FL301): the twenty-sixth batch's classes, each on fresh wordings both ways.

- a sample offered after a move ("I also have a personal site in development") adds no strength (u-146);
- a sentence that admits being new to a thing ("my first time using React Native") raises no strength named
  by that thing (u-147);
- a strength's core pair is drawn from the strength, not from a clause after it that tells its setting
  ("speaks Polish, which most of the cold-store crew speak" is not raised by "the cold store", u-310);
- "hectic" that tells how a trade's season runs is no excuse: the strength told with it is raised (u-311);
- a common acronym of a trade ("API", "UI", "QA") in the writer's deed is neither a rare word nor a name of a
  strength (u-106: "this function waits for an API call" shows no "has set up Playwright API tests").
"""

from __future__ import annotations

import pytest

from followup_lint.rules.strengths import NoAddedStrengthOrQuestion
from followup_lint.testing import run_rule

RULE = NoAddedStrengthOrQuestion


def iv(strength: str) -> dict:
    return {"interviewers": [{"name": "Dana Whitaker"}], "company": "Initech", "topics": ["the billing rewrite"],
            "strengths": [strength], "questions": ["how the team plans its releases"]}


def note(content: str) -> str:
    return (f"Hi Dana,\n\nThank you for your time today. {content}"
            "\n\nI look forward to hearing from you.\n\nBest,\nSam")


def fires(content: str, strength: str) -> bool:
    return [f.code for f in run_rule(RULE, note(content), iv(strength)).findings] == ["FL301"]


LIBRARY = "has shipped a component library used by five product teams"
LANGUAGE = "speaks Portuguese, which most of the night-shift packers speak"
SEASON = "four summers of salmon smoking in Tromsø"


@pytest.mark.parametrize("content,strength", [
    # a sample offered: the writer's own site, portfolio or profile
    ("I also have a personal website that is still under construction.", LIBRARY),
    ("I've also written a blog, linked below, if you want to read more.", LIBRARY),
    ("I also have my portfolio online here: https://sam.example.", LIBRARY),
    # inexperience told, the strength's thing named in it
    ("It was my first time working with a component library, so it took a while.", LIBRARY),
    ("I had never used a component library before this task.", LIBRARY),
    ("I am fairly new to component libraries, but I enjoyed it.", LIBRARY),
    # the words of the strength's setting clause, not of the strength
    ("Thank you for introducing me to the night-shift packers on the way out.", LANGUAGE),
    ("I enjoyed meeting the night-shift packers during my tour.", LANGUAGE),
])
def test_a_sample_inexperience_or_the_strengths_setting_adds_nothing(content: str, strength: str) -> None:
    assert fires(content, strength)


@pytest.mark.parametrize("content,strength", [
    # a qualification after the same move
    ("I also have a component library of my own that five product teams at my last job used.", LIBRARY),
    # experience told, not inexperience
    ("I have shipped a component library that five product teams used at my last job.", LIBRARY),
    # the strength's own words
    ("I should add that I speak Portuguese fluently.", LANGUAGE),
    # the season told as hectic, the strength with it
    ("I smoked salmon for four summers in Tromsø, so I know how hectic it gets in July.", SEASON),
    ("I spent four summers smoking salmon in Tromsø; it can be hectic when the boats come in.", SEASON),
])
def test_a_qualification_experience_or_a_hectic_season_told_adds_a_strength(content: str, strength: str) -> None:
    assert not fires(content, strength)


@pytest.mark.parametrize("content", [
    "I had a hectic week, so I only sent the salmon smoking notes on Friday.",
    "It's been really hectic at work, which is why the summary of my four summers in Tromsø is late.",
])
def test_hectic_days_of_the_writers_own_stay_an_excuse(content: str) -> None:
    assert fires(content, SEASON)


PIPELINE = "has set up Playwright API tests in a CI pipeline"


@pytest.mark.parametrize("content", [
    "Afterwards I added a helper that retries each API request twice.",
    "I added a small UI tweak to the sign-up form after we spoke.",
    "I went back and wrote a wrapper around the API client this morning.",
])
def test_a_trade_acronym_in_a_deed_shows_no_strength(content: str) -> None:
    assert fires(content, PIPELINE)


@pytest.mark.parametrize("content", [
    "Afterwards I added Playwright checks for each API request.",
    "After our call I wrote a Playwright suite for the sign-up form.",
])
def test_a_name_of_the_strength_in_a_deed_still_shows_it(content: str) -> None:
    assert not fires(content, PIPELINE)
