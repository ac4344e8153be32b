"""FL208 wrong-role: a different role named in the subject or body."""

from __future__ import annotations

import pytest

from followup_lint.rules.recipients import WrongRole, role_matches
from followup_lint.testing import findings_of, flagged_texts, run_rule

from _names_cases import iv

PA = iv("Dana Okafor", role="Product Analyst")
SBE = iv("Robert Lindqvist", role="Senior Backend Engineer")
VP = iv("Tan Wei Ming", role="Vice President, Digital Transformation")
HI = "Hi Dana,\n\n"

GOOD = [
    (HI + "Thanks for the chat about the Product Analyst position.", PA, ""),
    (HI + "Thanks for the chat about the product analyst role.", PA, ""),
    (HI + "Thanks for the chat about the Senior Product Analyst role.", PA, ""),
    (HI + "Thanks for the chat about the role.", PA, ""),
    (HI + "Thanks for the chat about the Sr. Backend Engineer role.", SBE, ""),
    (HI + "Thanks for the chat about the Backend Engineer position.", SBE, ""),
    (HI + "Thanks.", SBE, "Thanks for today — Senior Backend Engineer"),
    (HI + "Thanks.", VP, "Thank you — VP, Digital Transformation"),
    (HI + "Thanks.", PA, "Product Analyst interview — thank you"),
    (HI + "Thanks.", PA, "Thank you for today!"),
    (HI + "My last job was the same kind of role.", PA, ""),
    (HI + "Thanks for the chat about the Product Analysts role.", PA, ""),
    (HI + "I previously held a Data Engineer role at Acme.", PA, ""),
    (HI + "In my current job as a Marketing Manager position holder I run the budget.", PA, ""),
]

BAD = [
    (HI + "Thanks for the chat about the Data Engineer position.", PA, "", ["Data Engineer"]),
    (HI + "I'm excited about the Marketing Manager role.", PA, "", ["Marketing Manager"]),
    (HI + "I'm excited about this Frontend Developer opening.", SBE, "", ["Frontend Developer"]),
    (HI + "Thanks for considering me for the Staff Data Scientist job.", SBE, "", ["Staff Data Scientist"]),
    (HI + "Thanks.", PA, "Thank you — Data Engineer interview", ["Data Engineer"]),
    (HI + "Thanks.", SBE, "Following up on the Product Designer application", ["Product Designer"]),
    (HI + "Thanks.", SBE, "Thank you — Product Designer", ["Product Designer"]),
    (HI + "I look forward to the Account Executive position.", PA, "", ["Account Executive"]),
    (HI + "Thanks for the chat about the UX Designer role.", PA, "", ["UX Designer"]),
    (HI + "Thanks for the chat about the Senior Data Analyst role.", SBE, "", ["Senior Data Analyst"]),
    (HI + "Thanks for the chat about the Operations Coordinator post.", PA, "", ["Operations Coordinator"]),
]


@pytest.mark.parametrize("body,interview,subject", GOOD)
def test_good(body, interview, subject):
    assert flagged_texts(WrongRole, body, interview, subject=subject) == []


@pytest.mark.parametrize("body,interview,subject,spans", BAD)
def test_bad(body, interview, subject, spans):
    assert flagged_texts(WrongRole, body, interview, subject=subject) == spans


def test_subject_span_and_fix():
    [f] = findings_of(WrongRole, HI + "Thanks.", PA, subject="Thank you — Data Engineer interview")
    assert f.span.field == "subject"
    assert f.fixes[0].edits[0].replacement == "Product Analyst"


@pytest.mark.parametrize("a,b,same", [
    ("Sr. Backend Engineer", "Senior Backend Engineer", True),
    ("VP, Digital Transformation", "Vice President, Digital Transformation", True),
    ("Data Engineer", "Product Analyst", False),
    ("Backend Engineers", "Senior Backend Engineer", True),
])
def test_role_matches(a, b, same):
    assert role_matches(a, b) is same


def test_skipped_without_role():
    report = run_rule(WrongRole, HI + "Thanks for the Data Engineer role.", iv("Dana Okafor"))
    assert any(s.rule == "wrong-role" for s in report.rules_skipped)
