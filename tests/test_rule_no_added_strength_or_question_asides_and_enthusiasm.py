"""no-added-strength-or-question (FL301): what looks added but is not (the twenty-first batch's classes): a
remark about a typo or the wording of the task's own text (g-102), and an enthusiasm for a field that shares a
strength's words (g-136). Each both ways: the sentence of the class adds nothing, a near sentence outside it
still adds a strength or a question."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rule

from test_rule_no_added_strength_or_question_not_added import RULE, note

INTERVIEW = {
    "interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
    "topics": ["the billing rewrite"],
    "strengths": ["has taught accessibility workshops for public-sector teams"],
    "questions": ["how the team plans its releases"],
}


def fires(content: str) -> bool:
    return [f.code for f in run_rule(RULE, note(content), INTERVIEW).findings] == ["FL301"]


@pytest.mark.parametrize("content", [
    "By the way, am I the only one who struggles with the spelling of the word `acknowledgement` in the brief?",
    "Quick one: was 'recieve' in the instructions a deliberate typo?",
    "Is there a typo in the task description where it says 'pubilsh' twice?",
    "Honestly, how do you spell 'liaise' without looking it up?",
])
def test_a_remark_about_the_tasks_wording_adds_no_question(content: str) -> None:
    assert fires(content)


@pytest.mark.parametrize("content", [
    "Should the search forgive spelling mistakes in the street names, or match them exactly?",
    "Would the invoices ever need the customer's name spelled in two scripts for the Osaka office?",
    "How does the billing rewrite handle a refund issued twice on the same invoice?",
])
def test_a_question_about_the_work_itself_still_adds_one(content: str) -> None:
    assert not fires(content)


@pytest.mark.parametrize("content", [
    "I'm excited about the future of accessibility and the public sector.",
    "I am truly passionate about public-sector accessibility.",
    "I've always been fascinated by how accessibility workshops change teams.",
])
def test_an_enthusiasm_for_a_field_adds_no_strength(content: str) -> None:
    assert fires(content)


@pytest.mark.parametrize("content", [
    "I'm passionate about accessibility, and I taught workshops on it for two public-sector teams.",
    "I taught accessibility workshops for three public-sector teams at my last job.",
])
def test_a_deed_told_with_the_field_still_adds_the_strength(content: str) -> None:
    assert not fires(content)
