"""FL204 group-email: several interviewers in the envelope or the greeting; coordinators are fine."""

from __future__ import annotations

import pytest

from followup_lint.rules.recipients import GroupEmail
from followup_lint.testing import findings_of, flagged_texts

from _names_cases import iv

PANEL = iv(("Ana Ribeiro", "ana@northloop.example"), ("Rajesh Iyer", "rajesh@northloop.example"),
           ("Tom Kowalski", "tom@northloop.example"), company="Northloop")
ONE = iv(("Dana Okafor", "dana@initech.example"), company="Initech")

GOOD = [
    ("Hi Ana,\n\nThanks for today.", PANEL, {"to": ("ana@northloop.example",)}),
    ("Hi Raj,\n\nThanks for today.", PANEL, {"to": ("rajesh@northloop.example",)}),
    ("Hi Tom,\n\nThanks for today.", PANEL, {}),
    ("Hi Ana,\n\nThanks.", PANEL, {"to": ("ana@northloop.example",), "cc": ("jessica@northloop.example",)}),
    ("Hi all,\n\nCould you pass my thanks on to the panel?", PANEL, {"to": ("coordinator@northloop.example",)}),
    ("Hi Jessica,\n\nPlease thank Ana, Raj and Tom for me.", PANEL, {"to": ("jessica@northloop.example",)}),
    ("Hi Dana,\n\nThanks for today.", ONE, {"to": ("dana@initech.example",)}),
    ("Hi all,\n\nThanks for today.", ONE, {}),  # a single interviewer: not a panel
    ("Hi Ana and Jessica,\n\nThanks.", PANEL, {"to": ("ana@northloop.example", "jessica@northloop.example")}),
    ("Hi Ana, Raj and Tom,\n\nThanks.", PANEL, {"options": {"check-greeting": False}}),
    ("Hi Ana,\n\nThanks.", PANEL, {"to": ("ana@northloop.example",), "cc": ("tom@northloop.example",),
                                   "options": {"check-recipients": False}}),
    ("Hi Ana and Raj,\n\nThanks.", None, {"to": ("ana@x.example",)}),
    ("Dear Mr. and Mrs. Okafor,\n\nThanks.", None, {"to": ("a@x.example", "b@x.example")}),
]

BAD = [
    ("Hi Ana, Raj and Tom,\n\nThanks for today.", PANEL, {}, ["Ana, Raj and Tom"]),
    ("Hi Ana and Tom,\n\nThanks for today.", PANEL, {}, ["Ana and Tom"]),
    ("Dear Ms. Ribeiro and Mr. Iyer,\n\nThanks for today.", PANEL, {}, ["Ribeiro and Mr. Iyer"]),
    ("Hello Ana & Rajesh!\n\nThanks for today.", PANEL, {}, ["Ana & Rajesh"]),
    ("Dear all,\n\nThanks for today.", PANEL, {}, ["Dear all"]),
    ("Hi team,\n\nThanks for today.", PANEL, {}, ["Hi team"]),
    ("Hi Ana,\n\nThanks.", PANEL, {"to": ("ana@northloop.example",), "cc": ("tom@northloop.example",)}, [""]),
    ("Hello,\n\nThanks.", PANEL, {"to": ("ana@northloop.example", "rajesh@northloop.example")}, [""]),
    ("Hi Ana,\n\nThanks.", PANEL, {"to": ("Ana <ANA@northloop.example>",), "bcc": ("tom@northloop.example",)}, [""]),
    ("Hi Ana and Raj,\n\nThanks.", None, {"to": ("ana@x.example", "raj@x.example")}, ["Hi Ana and Raj"]),
    ("Dear all,\n\nThanks.", None, {"to": ("ana@x.example", "raj@x.example")}, ["Dear all"]),
]


def _run(body, interview, kw):
    kw = dict(kw)
    options = kw.pop("options", None)
    return flagged_texts(GroupEmail, body, interview, options=options, **kw)


@pytest.mark.parametrize("body,interview,kw", GOOD)
def test_good(body, interview, kw):
    assert _run(body, interview, kw) == []


@pytest.mark.parametrize("body,interview,kw,spans", BAD)
def test_bad(body, interview, kw, spans):
    assert _run(body, interview, kw) == spans


def test_data_lists_the_interviewers():
    [f] = findings_of(GroupEmail, "Hi Ana,\n\nThanks.", PANEL,
                      to=("ana@northloop.example",), cc=("tom@northloop.example",))
    assert f.data["interviewers"] == ["Ana Ribeiro", "Tom Kowalski"]
    [f] = findings_of(GroupEmail, "Dear all,\n\nThanks.", None, to=("a@x.example", "b@x.example"))
    assert f.data["confidence"] == "low"


# A plural greeting on a note sent to one interviewer of the panel ("Hiring Committee," to the principal
# alone, seventeenth b-202; as the eighth's x-404 "Hi SWIT team," and the twenty-second's h-162 were
# labelled): written to the panel, sent to one person, no group email by the definition (two or more
# interviewers in To/Cc, or a greeting naming several). With no envelope, with two panellists in it, or with
# a greeting that names several, it stays one (fresh wordings).
@pytest.mark.parametrize("body,kw", [
    ("Hiring Committee,\n\nThank you for meeting me this morning.", {"to": ("rajesh@northloop.example",)}),
    ("Dear Selection Panel,\n\nThank you for today.", {"to": ("Tom Kowalski <tom@northloop.example>",)}),
    ("Hi everyone,\n\nThanks for the afternoon.", {"to": ("ana@northloop.example",),
                                                    "cc": ("recruiting@northloop.example",)}),
    ("Dear Interview Team,\n\nMany thanks for your time.", {"to": ("ana@northloop.example",),
                                                           "bcc": ("me@mail.example",)}),
])
def test_a_plural_greeting_sent_to_one_interviewer_is_no_group_email(body: str, kw: dict) -> None:
    assert _run(body, PANEL, kw) == []


@pytest.mark.parametrize("body,kw,spans", [
    ("Hiring Committee,\n\nThank you for meeting me this morning.", {}, ["Hiring Committee"]),
    ("Dear Selection Panel,\n\nThank you for today.",
     {"to": ("tom@northloop.example", "ana@northloop.example")}, ["Dear Selection Panel"]),
    ("Hi everyone,\n\nThanks for the afternoon.", {"cc": ("rajesh@northloop.example", "tom@northloop.example")},
     ["Hi everyone"]),
    ("Dear Ana and Tom,\n\nMany thanks for your time.", {"to": ("ana@northloop.example",)}, ["Ana and Tom"]),
])
def test_a_plural_greeting_with_no_envelope_or_to_several_stays_a_group_email(body: str, kw: dict,
                                                                                 spans: list[str]) -> None:
    assert _run(body, PANEL, kw) == spans
