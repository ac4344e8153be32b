"""no-added-strength-or-question (FL301): the twenty-fourth batch's classes, each on fresh wordings both ways.

- How the writer learns, told as a trait of their own ("I learn by doing", j-122), adds a strength; learning
  told of somebody else, or of the task, adds none.
- The writer's experience told by its field with the adverb inside the verb ("my experience has mostly been
  back-end", j-127) adds a strength, as "my experience is mostly back-end" does.
- A questionnaire's prompts answered in turn ("What was hard?" then the answer, j-176) are the form's, not
  questions to the reader; one question of the writer's own on its line still asks.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import assert_clean

from test_rule_no_added_strength_or_question_not_added import INTERVIEW, RULE, fires, note


@pytest.mark.parametrize("content", [
    "The UI took me longest, but I learn best by building, so I tried the new router anyway.",
    "I am a quick learner, which is why I went with a database I had never used.",
    "Honestly, I pick up unfamiliar frameworks pretty quickly, so Svelte was no blocker.",
    "I have always learned on the job, and I **learn by experimenting** with small prototypes.",
])
def test_how_the_writer_learns_adds_a_strength(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    "The new hires on your team learn by doing, you said, which sounds great.",
    "I learned a lot about caching from the task.",
    "My sister is a quick learner, and she helped me test the form.",
])
def test_learning_told_of_others_or_of_the_task_adds_nothing(content: str) -> None:
    assert fires(content), content


@pytest.mark.parametrize("content", [
    "Sorry the charts are plain: my experience has mainly been in embedded firmware.",
    "My background has always been data engineering, so the styling is basic.",
    "My professional experience has largely been with Go services on Kubernetes.",
])
def test_the_writers_experience_with_the_adverb_inside_the_verb_adds_a_strength(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    "My experience has been great so far.",
    "Your experience has mostly been in payments, as you told me.",
])
def test_an_experience_judged_or_the_readers_still_adds_nothing(content: str) -> None:
    assert fires(content), content


FORM = ("\n\nWhich part of the brief did you find the most unclear?\nThe pagination rules, so I followed the API docs."
        "\n\nWhat would you improve with another day?\nI'd add retries to the importer and a proper loading state."
        "\n\nWhat was the hardest part?\nGetting the date filters to agree across time zones.")


def test_a_questionnaires_prompts_answered_in_turn_ask_nothing() -> None:
    assert fires(FORM)


def test_a_question_of_the_writers_own_on_its_line_still_asks() -> None:
    assert_clean(RULE, note("\n\nHow does the team plan its releases across the billing and ledger services?"
                            "\nI ask because I ran the release train at my last job."), INTERVIEW)
    assert_clean(RULE, note(FORM + "\n\nOne question for you: which services does the billing team own today?"),
                 INTERVIEW)
