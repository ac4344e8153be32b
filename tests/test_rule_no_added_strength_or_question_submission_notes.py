"""no-added-strength-or-question (FL301) on take-home notes: what looks added but is not (the twenty-third
batch's classes), each on fresh wordings both ways.

A technical choice described for the submission, a change the work could have, "I didn't add" a part of the
code, the submission named by "this app", a heading's second prompt and a question for feedback on one's own
selection add nothing; a strength told, a deed and a question about the work still count. A list of the
writer's own past work under a lead that says for whom it was made raises the strength its items name.
"""

from __future__ import annotations

import pytest

from followup_lint.rules.strengths import NoAddedStrengthOrQuestion
from followup_lint.testing import run_rule

RULE = NoAddedStrengthOrQuestion

INTERVIEW = {
    "interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
    "topics": ["the billing rewrite"],
    "strengths": ["has coached three junior engineers on testing with Cypress",
                  "has split a payments monolith into twelve services",
                  "has published an app on the Play Store"],
    "questions": ["how the team shares the on-call rota"],
}


def note(content: str) -> str:
    return (f"Hi Dana,\n\nThank you for your time today.\n\n{content}"
            "\n\nI look forward to hearing from you.\n\nBest,\nSam")


def fires(content: str) -> bool:
    return [f.code for f in run_rule(RULE, note(content), INTERVIEW).findings] == ["FL301"]


NOT_ADDED = {
    "a tool chosen for the submission": [
        "I used Cypress for testing this project because it was quick to configure.",
        "I chose Cypress for the end-to-end checks in this challenge, since it runs headless.",
        "I went with Cypress to test the app, as the team already knows it.",
    ],
    "a change the work could have": [
        "If the product grows, we could split the monolith into services.",
        "Later one might split the payments code into smaller services.",
        "We may move the payments module into its own service one day.",
    ],
    "a part the code leaves out": [
        "I didn't add a service layer, because it would only forward calls.",
        "I did not add services for the payments, to keep it small.",
    ],
    "the submission named": [
        "I built this app with the user in mind.",
        "My app keeps the favourites in local storage.",
    ],
    "a heading's second prompt": [
        "### Trade-offs: What did you leave out? Why did you leave it out?\nI left out the export screen.",
        "## Time spent: How long did it take? How did you split the time?\nAbout six hours.",
    ],
    "feedback on the writer's own selection": [
        "Kindly, is there any feedback yet on the shortlisting?",
        "Any word from the panel on my application?",
        "I wanted to ask if there is a verdict on the interviews yet.",
    ],
}


@pytest.mark.parametrize("content", [c for cs in NOT_ADDED.values() for c in cs])
def test_nothing_added_fires(content: str) -> None:
    assert fires(content), content


ADDED = [
    # a strength told, not a tool chosen
    "I have coached three junior engineers on Cypress testing at my last job.",
    # a deed of the writer's own past work
    "At my last company I split our payments monolith into twelve services.",
    # the strength itself, beside the submission
    "I have also published an app on the Play Store before.",
    # a real question about the work, in the writer's own paragraph
    "One question: how does the team share the on-call rota? Is it the same every week?",
    # "I didn't add that ...": a move of telling
    "I didn't add that I speak Portuguese, which may help with the Lisbon office.",
]


@pytest.mark.parametrize("content", ADDED)
def test_something_added_does_not_fire(content: str) -> None:
    assert not fires(content), content


LIST_INTERVIEW = {**INTERVIEW, "strengths": ["found a 12% overspend on the Gdansk deliveries with a dashboard"]}


def test_own_work_listed_under_a_lead_that_says_for_whom_raises_the_strength() -> None:
    text = note("Here are the two dashboards I built for the regional office (names removed):\n"
                "1. Parcel counts per depot, refreshed each night.\n"
                "2. The cost dashboard that showed the Gdansk deliveries ran 12% over budget.")
    assert not run_rule(RULE, text, LIST_INTERVIEW).findings


def test_a_wish_list_raises_nothing() -> None:
    text = note("If I had more time, I want to build these for the regional office (names removed):\n"
                "1. Parcel counts per depot.\n"
                "2. A cost dashboard for the Gdansk deliveries.")
    assert [f.code for f in run_rule(RULE, text, LIST_INTERVIEW).findings] == ["FL301"]
