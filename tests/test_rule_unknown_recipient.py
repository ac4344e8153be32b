"""FL209 unknown-recipient: recipients outside the interviewers and the company's domain."""

from __future__ import annotations

import pytest

from followup_lint.rules.recipients import UnknownRecipient
from followup_lint.testing import findings_of, run_rule

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech")
BODY = "Hi Dana,\n\nThank you for this morning."

GOOD = [
    (DANA, {"to": ("dana.okafor@initech.example",)}),
    (DANA, {"to": ("Dana Okafor <DANA.OKAFOR@initech.example>",)}),
    (DANA, {"to": ("dana.okafor@initech.example",), "cc": ("recruiting@initech.example",)}),
    (DANA, {"to": ("jessica.moreau@initech.example",)}),
    (DANA, {"to": ("dana.okafor@initech.example",), "cc": ("ops@mail.initech.example",)}),
    (DANA, {"to": ("dana.okafor@initech.example",), "bcc": ("me@gmail.example",), "sender": "me@gmail.example"}),
    (iv("Dana Okafor", company="Initech"), {"to": ("dana@initech.com",)}),
    (iv("Dana Okafor", company="Kingsmere Hotels"), {"to": ("talent@kingsmerehotels.co.uk",)}),
    (iv(("Ana", "ana@bank.co.uk"), company="Halcyon"), {"to": ("hr@bank.co.uk",)}),
    (DANA, {}),
    (DANA, {"to": ("dana.okafor@initech.example",), "cc": ("megan@globex.example",),
            "body": BODY + " I have copied Megan, who referred me."}),
]

BAD = [
    (DANA, {"to": ("dana.okafor@initech.example",), "cc": ("megan@globex.example",)}, ["megan@globex.example"]),
    (DANA, {"to": ("dana@globex.example",)}, ["dana@globex.example"]),
    (DANA, {"to": ("dana.okafor@initech.example",), "bcc": ("friend@gmail.example",)}, ["friend@gmail.example"]),
    (iv("Dana Okafor", company="Initech"), {"to": ("dana@hooli.example",)}, ["dana@hooli.example"]),
    (iv(("Ana", "ana@bank.co.uk"), company="Halcyon"), {"to": ("hr@otherbank.co.uk",)}, ["hr@otherbank.co.uk"]),
    (DANA, {"to": ("dana.okafor@initech.example", "a@x.example", "b@y.example")}, ["a@x.example", "b@y.example"]),
    (DANA, {"cc": ("Megan Lowe <megan.lowe@globex.example>",)}, ["megan.lowe@globex.example"]),
    (DANA, {"to": ("dana.okafor@initech.example.evil.example",)}, ["dana.okafor@initech.example.evil.example"]),
    (DANA, {"to": ("recruiter@staffing.example",)}, ["recruiter@staffing.example"]),
    (DANA, {"to": ("dana.okafor@initech.example",), "cc": ("x@x.example", "x@x.example")}, ["x@x.example"]),
]


def _recipients(interview, kw):
    kw = dict(kw)
    body = kw.pop("body", BODY)
    return [f.data["recipient"] for f in findings_of(UnknownRecipient, body, interview, **kw)]


@pytest.mark.parametrize("interview,kw", GOOD)
def test_good(interview, kw):
    assert _recipients(interview, kw) == []


@pytest.mark.parametrize("interview,kw,expected", BAD)
def test_bad(interview, kw, expected):
    assert _recipients(interview, kw) == expected


def test_no_span_and_info_severity():
    [f] = findings_of(UnknownRecipient, BODY, DANA, cc=("megan@globex.example",))
    assert f.span is None and str(f.severity) == "info"


def test_skipped_without_anything_to_compare():
    report = run_rule(UnknownRecipient, BODY, iv("Dana Okafor"), to=("a@x.example",))
    assert any(s.rule == "unknown-recipient" for s in report.rules_skipped)
