"""no-added-strength-or-question (FL301): the twenty-sixth batch's last two classes, each on fresh wordings both ways.

- An ability shown by the task, and what it is to do ("The scenario allowed me to demonstrate my ability to
  make decisions, prioritize tasks, and deliver a functional solution", u-121), or qualities pitched inside a
  promise ("my ... drive to always learn new things will not let you down", u-123), is a pitch: it raises a
  listed strength it names by a rare word or two of its words; a generic one ("my ability to work hard", "my
  dedication will not let you down") raises nothing.
- A thing new to the writer that the writer made work for the task ("I've never used Django before ... proud
  of myself for making this server work", u-123) shows a listed strength of learning; inexperience alone, an
  accomplishment negated, or a strength of experience is not raised so (u-147 stays).
"""

from __future__ import annotations

import pytest

from test_rule_no_added_strength_or_question_setting_and_inexperience import fires

KUBE = "three years running Kubernetes clusters for a payments company"
TRIAGE = "calmly triages a support backlog and reprioritises it as incidents land"
LEARN = "picks up unfamiliar frameworks fast (learned Svelte for the take-home)"
LIBRARY = "has shipped a component library used by five product teams"


@pytest.mark.parametrize("content,strength", [
    # an ability shown by the task, and what it is to do
    ("The exercise let me demonstrate my ability to triage the queue and reprioritize it when things broke.",
     TRIAGE),
    ("I hope the take-home shows my knack for reprioritising work, triaging first and fixing second.", TRIAGE),
    # qualities pitched inside a promise
    ("If you give me the chance, my years with Kubernetes and my patience on call will not let you down.", KUBE),
    ("Whatever the team needs, my Kubernetes background won't let you down.", KUBE),
])
def test_an_ability_shown_or_a_promise_that_names_a_strength_raises_it(content: str, strength: str) -> None:
    assert not fires(content, strength), content


@pytest.mark.parametrize("content", [
    "I hope this task shows my ability to work hard and stay positive.",
    "The exercise allowed me to demonstrate my skills in a short time.",
    "My dedication and my attitude will not let you down.",
    "I promise my work will never let you down.",
])
def test_a_generic_ability_or_promise_raises_nothing(content: str) -> None:
    assert fires(content, KUBE), content


@pytest.mark.parametrize("content", [
    "I had never touched Svelte before this week, and I still got the whole form working.",
    "It was my first time using Svelte, but I managed to get the store wired up by Sunday.",
    "I'm new to Svelte. Still, I made the full page work, tests included.",
    "I had never written a line of Svelte, so I'm proud of how the dashboard came out.",
])
def test_a_new_tool_made_to_work_for_the_task_shows_learning(content: str) -> None:
    assert not fires(content, LEARN), content


@pytest.mark.parametrize("content,strength", [
    # inexperience alone, or an accomplishment negated
    ("I had never used Svelte before this task.", LEARN),
    ("It was my first time with Svelte, and I could not get the store working in time.", LEARN),
    ("I'm new to Svelte and never managed to finish the form.", LEARN),
    # a strength of experience: inexperience is its opposite, whatever was made to work
    ("It was my first time working with a component library, but I managed to get it working.", LIBRARY),
    ("I had never used a component library before, and I am proud of myself for making this one work.",
     LIBRARY),
])
def test_inexperience_alone_a_failure_or_an_experience_strength_raises_nothing(content: str, strength: str) -> None:
    assert fires(content, strength), content


def test_a_common_acronym_of_the_trade_pitched_names_no_strength() -> None:
    # (twenty-fifth l-162: "demonstrate my ruby programming abilities and rails API design experience")
    strength = "has led the deprecation policy for a public partner API"
    assert fires("The exercise let me demonstrate my Go abilities and my API design experience.", strength)
    assert not fires("The exercise let me demonstrate my ability to run a deprecation policy for a partner API.",
                     strength)
