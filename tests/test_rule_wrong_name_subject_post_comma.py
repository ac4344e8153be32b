"""FL203 wrong-name: another organisation named in the subject after the post and a comma ("Thank you -
Quality Controller, Nordkyst Fiskeindustri"), the twenty-sixth batch's class (u-311)."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import run_rule

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.", role="Payroll Clerk")
BODY = "Hi Dana,\n\nThank you for the conversation about the month-end close.\n\nBest,\nSam"


def wrong_names(subject: str, interview=DANA) -> list[str]:
    report = run_rule(WrongName, BODY, interview, subject=subject)
    return [f.message for f in report.findings if f.code == WrongName.code]


@pytest.mark.parametrize("subject,org", [
    ("Thank you for the interview - Payroll Clerk, Vestbakken Regnskap", "Vestbakken Regnskap"),
    ("Thanks again | Warehouse Supervisor, Kaldera Sjotransport", "Kaldera Sjotransport"),
    ("Follow-up: Junior Analyst, Brightwater Holdings", "Brightwater Holdings"),
    ("Interview on Tuesday – Line Cook, Osteria Pellegrino", "Osteria Pellegrino"),
])
def test_another_employer_after_the_post_and_a_comma_is_a_wrong_name(subject: str, org: str) -> None:
    found = wrong_names(subject)
    assert len(found) == 1 and org in found[0]


@pytest.mark.parametrize("subject,interview", [
    # the interview's own company after the post
    ("Thank you - Payroll Clerk, Initech", DANA),
    # the post's own field or department after its comma
    ("Following up - Senior Editor, Non-fiction", iv("Dana Okafor", company="Initech", role="Senior Editor, Non-fiction")),
    ("Thank you - Vice President, Digital Transformation", DANA),
    ("Thanks - Account Manager, Northern Region", DANA),
    # no post before the comma: a greeting or a person
    ("Thank you - Dana, Initech", DANA),
])
def test_the_own_company_or_the_posts_field_after_a_comma_is_no_wrong_name(subject: str, interview) -> None:
    assert wrong_names(subject, interview) == []
