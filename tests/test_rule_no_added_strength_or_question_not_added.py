"""no-added-strength-or-question (FL301): what looks added but is not (the twentieth batch's classes).

Each class is tested on fresh wordings both ways: a sentence of the class adds nothing, and a near sentence
outside it still adds a strength or a question.
"""

from __future__ import annotations

import pytest

from _fl301_util import RULE, fires_on, interview
from _fl301_util import note
from followup_lint.testing import assert_clean

INTERVIEW = interview("has shipped a component library used by five product teams")


def fires(content: str) -> bool:
    return fires_on(note(content), INTERVIEW)


NOT_ADDED = {
    # a question that answers itself
    "rhetorical": [
        "There are newer queues around, but why rewrite it in the middle of a three-day exercise?",
        "I kept the old parser: why change that when it works?",
        "Postgres handled it fine, so why bother with a second store?",
    ],
    # the dates of the writer's own selection
    "selection dates": [
        "What is the closing date for applications to the fellowship?",
        "When is the deadline for registration this year?",
        "Is there a date for the announcement of the shortlisted candidates?",
    ],
    # a day or an hour put to the reader for a talk
    "scheduling by a day": [
        "Would Friday 14/3 be good for a short call?",
        "Does 3pm on Tuesday work for you?",
        "Would tomorrow morning be convenient?",
    ],
    # a question about the position with nothing further: its status
    "asking after the position": [
        "I would like to ask about the Junior Accountant position.",
        "I am writing to enquire about my application.",
        "I wanted to ask about the warehouse supervisor role.",
    ],
    # more work on the writer's own submission, added or wished for
    "more work on the submission": [
        "I fixed the failing cases (I would like to add more tests for each module) and sent it as is.",
        "I'd also like to add integration tests when I have a free evening.",
        "I've also worked on the bonus part of the exercise.",
    ],
    # a liking for the employer's thing worked with
    "liking what was worked with": [
        "I loved working with the Orbit component library during the exercise.",
        "I really enjoyed using your component library for the take-home.",
        "I liked exploring this library of product components.",
    ],
}


@pytest.mark.parametrize("content", [c for cases in NOT_ADDED.values() for c in cases])
def test_nothing_added(content: str) -> None:
    assert fires(content), content


ADDED = [
    # a genuine "why" question about the work
    "Why is the billing service split from the ledger?",
    "Why did the team choose Kafka over Pulsar?",
    # a date question about the work, not the selection
    "What is the release date of the new SDK?",
    # "free to discuss" the work, not a day
    "Would you be free to discuss how the team plans its releases?",
    # a question about the role's work, not its status
    "I would like to ask about the role's on-call duties, and how the team plans its releases.",
    # adding a strength, not more work on the submission
    "I'd like to add that I have shipped a component library used by five product teams.",
    # a deed, not a liking
    "At my last job I shipped a component library that five product teams used.",
]


@pytest.mark.parametrize("content", ADDED)
def test_still_added(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


# Outside batch thirty-second (af-104), class "more features wanted for the submission, told after 'I would like
# to add' with an 'also' or 'the following' between, is work on the submission, no strength added"; a fact of
# the writer's own after the same move still adds one (fresh wordings both ways).
@pytest.mark.parametrize(("content", "added"), [
    ("I would like to add also the following features: search and photo upload.", False),
    ("I'd like to add these features next: offline mode and sync.", False),
    ("Given more time I would like to add also some new endpoints for the reports.", False),
    ("I would like to add too a few more tests around the parser.", False),
    ("I would like to add also that I ran Kafka at scale for three years.", True),
    ("I'd like to add that I hold a forklift licence.", True),
    ("I wanted to add also that I speak fluent Polish.", True),
    ("I'd like to add the following: I led a team of five at my last job.", True),
])
def test_the_thirty_second_batchs_features_wanted_after_a_move(content: str, added: bool) -> None:
    assert fires(content) is not added, content


# Outside batch thirty-second (af-302, af-315), class "how the writer's past workplace solved a problem (a verb of
# solving after 'we'/'I', or a loss that fell, in the sentence that names the past workplace) is a strength of
# the writer's own, shown by a deed"; a tool merely used there, a duty held, or somebody else's fix adds nothing
# (fresh wordings both ways).
@pytest.mark.parametrize(("content", "added"), [
    ("At my last job we cut the scrap rate by drying the cores overnight.", True),
    ("When I worked at Tata Steel, I eventually fixed a similar leak by changing the gasket supplier.", True),
    ("At my former plant, downtime dropped by a third once we moved the checks to the start of the shift.", True),
    ("In my old warehouse the spoilage quickly went down after we added fans.", True),
    ("Where I worked before we solved the same backlog by sorting the tickets by age.", True),
    ("At my last job we used Jira for everything.", False),
    ("In my previous company I was responsible for the release notes.", False),
    ("Your team solved the ventilation problem last year.", False),
    ("I hope the new fans reduce the losses.", False),
    ("My previous company had the same porosity issue.", False),
])
def test_the_thirty_second_batchs_past_workplace_fixes(content: str, added: bool) -> None:
    assert fires(content) is not added, content
