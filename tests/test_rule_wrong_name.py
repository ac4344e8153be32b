"""FL203 wrong-name: another person in the greeting or thanks, another company as the employer."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName, same_company
from followup_lint.testing import findings_of, flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\n"

GOOD = [
    (HI + "Thanks for today.", DANA, {}),
    (HI + "I'd love to join Initech and help the platform team.", DANA, {}),
    (HI + "I'm excited about the analyst role at Initech.", DANA, {}),
    (HI + "I look forward to joining INITECH.", DANA, {}),
    (HI + "When I was at Acme, I led the billing migration.", DANA, {}),
    (HI + "At my current company, Acme, I run the on-call rota.", DANA, {}),
    (HI + "I currently work on the payments team at Globex.", DANA, {}),
    (HI + "I'd love to work with Kafka and Postgres on the new pipeline.", DANA, {}),
    (HI + "I'm keen to contribute to Kubernetes upstream as part of the role.", DANA, {}),
    (HI + "I am excited to join the Payments team.", DANA, {}),
    (HI + "I really admire Dana's team and its pace.", DANA, {}),
    (HI + "Megan from your design team showed me the prototypes.", DANA, {}),  # a colleague in passing
    ("Hi Jessica,\n\nCould you please pass my thanks on to Dana?", DANA,
     {"to": ("Jessica Moreau <jessica.moreau@initech.example>",)}),
    ("Hi Bob,\n\nThank you, Bob, for the tour.", iv("Robert Lindqvist", company="Larkspur Payments"), {}),
    ("Dear Mr. Tan,\n\nThank you again, Mr. Tan.", iv("Tan Wei Ming", company="Lionport Maritime Pte Ltd"), {}),
    (HI + "Thanks again, everyone, for a great afternoon.", DANA, {}),
    (HI + "I liked how the team at ESB Networks plans outages with you.", DANA, {}),  # a partner
    ("Dear Engineering Team,\n\nThanks for today.", DANA, {}),
    (HI + "Happy to join Zoom call at any time next week.", DANA, {}),
    (HI + "I used to work for Globex before my current job.", DANA, {}),
    ("Hi Kat,\n\nThanks for today.", iv("Katharina Schumacher", company="Initech"), {}),
    (HI + "I'd love to bring that energy to Initech.", DANA, {}),
    (HI + "I brought the same approach to Globex when I was there.", DANA, {}),
    (HI + "Happy to bring the slides to Thursday's session.", DANA, {}),
    ("Respected Sir,\n\nThank you for the interview.", DANA, {}),
    ("Dear Ma'am,\n\nThank you for the interview.", DANA, {}),
    ("Hi Bec,\n\nThanks for today.", iv("Rebecca Walsh", company="Harbour Health"), {}),
    (HI + "I admire Dana's platform team.", DANA, {}),
    ("Hi Andy,\n\nThanks for today.", iv("Nguyễn Văn An (Andy)", company="AudioSense"), {}),
    (HI + "The retry fix I applied to Kafka pipelines cut lag in half.", DANA, {}),
    (HI + "I applied to Initech because of the platform work.", DANA, {}),
]

BAD = [
    ("Hi Megan,\n\nThanks for today.", DANA, {}, ["Megan"]),
    ("Dear Ms. Fischer,\n\nThanks for today.", DANA, {}, ["Fischer"]),
    ("Dear Megan Kamau,\n\nThanks for today.", iv("Wanjiru Kamau"), {}, ["Megan"]),
    (HI + "Thank you, Megan, for the tour of the lab.", DANA, {}, ["Megan"]),
    (HI + "Thanks again Priya!", DANA, {}, ["Priya"]),
    (HI + "I'd love to join Globex and help the platform team.", DANA, {}, ["Globex"]),
    (HI + "I'm excited about the analyst role at Globex.", DANA, {}, ["Globex"]),
    (HI + "I'm very excited about joining the fraud team at Northwind Credit Union.", DANA, {},
     ["Northwind Credit Union"]),
    (HI + "Globex's mission really resonates with me.", DANA, {}, ["Globex"]),
    (HI + "I would love to work for Umbrella Corp on this.", DANA, {}, ["Umbrella Corp"]),
    (HI + "Thanks for the opportunity with Hooli.", DANA, {}, ["Hooli"]),
    (HI + "I enjoyed meeting everyone at Vandelay Industries today.", DANA, {}, ["Vandelay Industries"]),
    (HI + "I'm excited about the data team at Globex.", DANA, {}, ["Globex"]),
    ("Hi Megan and team,\n\nThanks for today.", DANA, {}, ["Megan"]),
    (HI + "I'd love to bring that energy to Brightwave.", DANA, {}, ["Brightwave"]),
    (HI + "I'm excited to bring my lean experience to Hoshi Precision.", DANA, {}, ["Hoshi Precision"]),
    (HI + "I could add value as part of Pemberton Bank's treasury team.", DANA, {}, ["Pemberton Bank"]),
    (HI + "I applied to Greystone Security because I want to do incident response.", DANA, {},
     ["Greystone Security"]),
    (HI + "Honestly, I applied to Hooli because of its platform team.", DANA, {}, ["Hooli"]),
]


@pytest.mark.parametrize("body,interview,kw", GOOD)
def test_good(body, interview, kw):
    assert flagged_texts(WrongName, body, interview, **kw) == []


@pytest.mark.parametrize("body,interview,kw,spans", BAD)
def test_bad(body, interview, kw, spans):
    assert flagged_texts(WrongName, body, interview, **kw) == spans


def test_kind_is_person_or_company():
    [person] = findings_of(WrongName, "Hi Megan,\n\nThanks.", DANA)
    assert person.data["kind"] == "person"
    [company] = findings_of(WrongName, HI + "I'd love to join Globex.", DANA)
    assert company.data["kind"] == "company" and company.data["expected"] == "Initech Inc."
    assert company.fixes[0].edits[0].replacement == "Initech Inc."


@pytest.mark.parametrize("mentioned,company,same", [
    ("Initech", "Initech Inc.", True),
    ("Initech Inc", "Initech", True),
    ("Kingsmere", "Kingsmere Hotels", True),
    ("Brackenridge & Holt", "Brackenridge & Holt LLP", True),
    ("Globex", "Initech", False),
    ("Northwind Credit Union", "Halcyon Bank", False),
])
def test_same_company(mentioned, company, same):
    assert same_company(mentioned, company) is same


def test_skipped_without_interview():
    from followup_lint.testing import run_rule

    report = run_rule(WrongName, "Hi Megan,\n\nThanks.")
    assert any(s.rule == "wrong-name" for s in report.rules_skipped)


@pytest.mark.parametrize("body,person", [
    ("G'day Shane,\n\nThanks heaps for the yard tour.", "Shane Whitlock"),
    ("Dear Sister Mokoena,\n\nThank you for the ward visit.", "Thandiwe Mokoena"),
    ("Kia ora Aroha,\n\nThanks for the trial shift.", "Aroha Ngata"),
    ("Dear Matron Okafor,\n\nThank you for your time.", "Ngozi Okafor"),
])
def test_regional_salutation_or_nursing_title_is_not_another_person(body: str, person: str) -> None:
    assert flagged_texts(WrongName, body, iv(person, company="Initech")) == []
