"""no-added-strength-or-question (FL301): what looks added but is not (the twenty-second batch's classes): a guess
or suggestion of the writer's own ending in "?", a question about the process's further steps, a quoted prompt's
question carried onto an unquoted line, more work on the submission counted ("a couple more tests"), directions
for building or running the submission; and what is added: the writer's own experience told by its field.

Each class is tested on fresh wordings both ways.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import assert_clean, run_rule

from test_rule_no_added_strength_or_question_not_added import INTERVIEW, RULE, fires, note


NOT_ADDED = {
    # the writer's own guess about their work, or a suggestion, hedged with a question mark
    "guess or suggestion": [
        "I suspect the layout breaks because I nested the grid inside a flex box??",
        "Perhaps my parser fails on empty lines since it trims them first?",
        "Maybe a two-week window for the exercise would be a fairer option?",
        "I guess splitting the form into steps would be better for mobile users?",
    ],
    # the process's further steps, asked after
    "further steps": [
        "Are there any further steps for me in the process?",
        "Is there another step I should prepare for, and what are the following steps?",
        "What are the other steps of the selection for me?",
    ],
    # a quoted prompt's question, its line carried on without the quote mark
    "quoted prompt carried on": [
        "\n\n> What happens to the queue when the\nconsumer restarts mid-batch?\n\nIt drains first, as the log shows.",
        "\n\n> Which index would you add to the\norders table, and why?\n\nI added one on the customer id.",
    ],
    # more work on the submission, counted
    "more work counted": [
        "I wanted to add a couple more tests to cover the empty board.",
        "I'd have liked to add several more endpoints to the API.",
        "I planned to add a lot of validation to the form as well.",
    ],
}


@pytest.mark.parametrize("content", [c for cases in NOT_ADDED.values() for c in cases])
def test_nothing_added(content: str) -> None:
    assert fires(content), content


ADDED = [
    # a hedged question put to the reader
    "Maybe you could tell me how the team plans its releases?",
    "I think the ledger runs on Kafka, but how does the team replay a failed batch?",
    # a real question about the work, not a step of the process
    "Which steps of the billing rewrite does the team automate today?",
    # a quoted line that ends its sentence, then the writer's own question
    "\n\n> The ledger is rebuilt nightly.\nHow does the team replay a failed batch of invoices?",
    # a strength added, counted
    "I wanted to add that I have shipped a component library used by five product teams.",
]


@pytest.mark.parametrize("content", ADDED)
def test_still_added(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


BUILD_INTERVIEW = {**INTERVIEW, "strengths": ["has maintained a cross-platform Gradle build for a mobile product"]}


@pytest.mark.parametrize("content", [
    "I set the project up with Gradle, so to build and run the app, follow these steps:\n- gradle build\n- gradle run",
    "I used Gradle, so to build the mobile app on any platform, run the following command: gradle build.",
    "I used a Gradle build, so to test the product, follow the instructions below the diagram.",
])
def test_directions_for_running_the_submission_add_no_strength(content: str) -> None:
    found = run_rule(RULE, note(content), BUILD_INTERVIEW).findings
    assert [f.code for f in found] == ["FL301"], content


@pytest.mark.parametrize("content", [
    "I have maintained a cross-platform Gradle build for a mobile product for two years.",
    "At my last job I kept the cross-platform Gradle build of our mobile product green.",
])
def test_the_build_told_as_the_writers_own_work_still_adds_it(content: str) -> None:
    assert_clean(RULE, note(content), BUILD_INTERVIEW)


@pytest.mark.parametrize("content", [
    "Excuse the plain styling: my background is mainly in embedded C and Rust.",
    "My expertise lies in data pipelines, so the charts are basic.",
    "The UI is rough because my experience is 90% infrastructure based (Terraform, Kubernetes).",
])
def test_the_writers_experience_told_by_its_field_adds_a_strength(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    "My experience is that small teams ship faster.",
    "My experience with the take-home was a pleasant one.",
    "Your experience is mostly in payments, as you told me.",
])
def test_an_experience_judged_or_the_readers_adds_nothing(content: str) -> None:
    assert fires(content), content


# Outside batch thirty-second (af-127), class "a hedged answer after 'nothing, but' ('Nothing in particular but
# maybe finding the reason ...?') is the writer's own tentative answer, asked of nobody"; a question put to the
# reader after the same lead-in, or a hedge alone, still asks (fresh wordings both ways).
@pytest.mark.parametrize(("content", "added"), [
    ("Nothing in particular, but maybe the way the retry logic handles timeouts?", False),
    ("Nothing really, except maybe the flaky date parsing in the importer?", False),
    ("1. Not much, but perhaps tuning the cache size for the rates endpoint?", False),
    ("None, but possibly the build times of the mobile pipeline?", False),
    ("Nothing else, but maybe you could explain how the rates endpoint is cached?", True),
    ("Nothing in particular, but is the rates API versioned by the team?", True),
    ("Why does the rates endpoint accept only a few currencies?", True),
    ("How does the team decide which currencies the rates endpoint accepts?", True),
])
def test_the_thirty_second_batchs_hedged_answers_after_nothing(content: str, added: bool) -> None:
    assert fires(content) is not added, content
