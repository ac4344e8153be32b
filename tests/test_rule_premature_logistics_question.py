"""premature-logistics-question (FL302): pay, benefits, time off, hours, remote days, dress code, start date."""

from __future__ import annotations

import pytest

from followup_lint.rules.strengths import PrematureLogisticsQuestion
from followup_lint.testing import assert_clean, flagged_texts, run_rule

RULE = PrematureLogisticsQuestion


def note(content: str) -> str:
    return f"Hi Dana,\n\nThank you for your time today. {content}\n\nBest,\nSam"


BAD = [
    ("What is the salary range for this role?", "salary"),
    ("I wanted to ask about the compensation for the position.", "compensation"),
    ("Could you tell me more about the benefits package?", "benefits package"),
    ("How many vacation days does the company offer?", "vacation days"),
    ("Is there a policy on PTO for new hires?", "PTO"),
    ("What are the typical working hours for the team?", "working hours"),
    ("How many remote days per week are allowed?", "remote days"),
    ("Is there a dress code in the office?", "dress code"),
    ("I'm curious what the start date for the role would be.", "start date"),
    ("Could you let me know whether the role offers a signing bonus?", "signing bonus"),
    ("I would like to clarify the pay range before we continue.", "pay range"),
]


@pytest.mark.parametrize(("content", "term"), BAD)
def test_flags_the_logistics_term(content: str, term: str) -> None:
    assert flagged_texts(RULE, note(content)) == [term]


GOOD = [
    "How does the team split on-call duties?",
    "I enjoyed hearing about the after-hours triage line.",
    "I am flexible on my start date and happy to work around your plans.",
    "I hope the benefits of the new pipeline show up soon.",
    "The salary negotiation training you run for managers sounds useful.",
    "What does success look like in the first ninety days?",
    "I'd love to hear how the remote team collaborates with the Berlin office?",
    "My current team works across time zones, so I am used to odd meetings.",
    "Thank you for explaining how compensation data flows into the payroll system.",
    "I look forward to hearing about next steps.",
]


@pytest.mark.parametrize("content", GOOD)
def test_not_a_logistics_question(content: str) -> None:
    assert_clean(RULE, note(content))


def test_later_followup_is_skipped() -> None:
    iv = {"interviewers": [{"name": "Dana Whitaker"}], "followups": [{"sent_at": "2026-05-01T10:00:00+00:00"}]}
    report = run_rule(RULE, note("What is the salary range for this role?"), iv)
    assert not report.findings and report.rules_skipped[0].rule == RULE.name


def test_confidence() -> None:
    low = run_rule(RULE, note("What is the salary range?"))
    high = run_rule(RULE, note("What is the salary range?"), {"interviewers": [{"name": "Dana Whitaker"}]})
    assert low.findings[0].data["confidence"] == "low"
    assert high.findings[0].data["confidence"] == "high"
