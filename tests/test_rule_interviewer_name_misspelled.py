"""FL202 interviewer-name-misspelled: misspellings in greeting and body; nicknames and transliterations pass."""

from __future__ import annotations

import pytest

from followup_lint import Interviewer
from followup_lint.rules.names import InterviewerNameMisspelled
from followup_lint.testing import findings_of, flagged_texts

from _names_cases import iv

GOOD = [
    ("Hi John,\n\nThanks for today.", iv("John Whitaker")),
    ("Hi Jack,\n\nThanks for today.", iv("John Whitaker")),
    ("Hi Jon,\n\nThanks for today.", iv("Jon Ekberg")),
    ("Hi Sara,\n\nThanks for today.", iv("Sarah Cohen", "Sara Lindholm")),
    ("Hi Bob,\n\nThanks for today.", iv("Robert Lindqvist")),
    ("Hi Raj,\n\nThanks for today.", iv("Rajesh Iyer")),
    ("Hi Segun,\n\nThanks for today.", iv("Olusegun Bakare")),
    ("Dear Herr Müller,\n\nThanks for today.", iv("Anke Mueller")),
    ("Dear Dr. Grossmann,\n\nThanks for today.", iv("Jürgen Großmann")),
    ("Hi Juergen,\n\nThanks for today.", iv("Jürgen Großmann")),
    ("Dear Ms. van der Merwe,\n\nThanks for today.", iv("Anne-Marie van der Merwe")),
    ("Dear Mr. Tan,\n\nThanks for today.", iv(Interviewer("Tan Wei Ming", "weiming.tan@lionport.example"))),
    ("Hi Paula,\n\nPaul mentioned the roadmap, and we meet on Monday.", iv("Paula Grant", "Mandy Price")),
    ("Hi Dana,\n\nThe Data Platform team sounds great.", iv("Dana Okafor")),
    ("Hi Dana,\n\nMark from your team showed me the board.", iv("Dana Okafor", "Marcus Bell")),
    ("Hi Michael,\n\nThanks. Micheal is how my spell checker writes it.", iv("Michael Brandt")),  # sentence start
    ("Hi Ana,\n\nWe walked along the River Thames after the interview.", iv("Ana Rivera")),
    ("Hi Kat,\n\nThanks for today.", iv("Katharina Schumacher")),
]

BAD = [
    ("Hi Jon,\n\nThanks for today.", iv("John Whitaker"), ["Jon"]),
    ("Dear Micheal,\n\nThanks for today.", iv("Michael Brandt"), ["Micheal"]),
    ("Dear Ms. MacAlister,\n\nThanks for today.", iv("Fiona McAllister"), ["MacAlister"]),
    ("Dear Ms. Schumaker,\n\nThanks for today.", iv("Katharina Schumacher"), ["Schumaker"]),
    ("Hi Jurgen,\n\nThanks for today.", iv("Jürgen Großmann"), ["Jurgen"]),
    ("Dear Dr. Grosman,\n\nThanks for today.", iv("Jürgen Großmann"), ["Grosman"]),
    ("Dear Siobhan,\n\nThanks for today.", iv("Siobhán O'Sullivan"), ["Siobhan"]),
    ("Dear Ms. OSullivan,\n\nThanks for today.", iv("Siobhán O'Sullivan"), ["OSullivan"]),
    ("Hi Sarah,\n\nThanks for today.", iv("Sara Lindholm"), ["Sarah"]),
    ("Dear Mr. Nwachuku,\n\nThanks for today.", iv("Chukwuemeka Nwachukwu"), ["Nwachuku"]),
    ("Hi Dana,\n\nThanks. I enjoyed Micheal's demo of the pipeline.", iv("Dana Okafor", "Michael Brandt"),
     ["Micheal"]),
    ("Hi Dana,\n\nPlease thank Mr. Lindquist for the tour.", iv("Dana Okafor", "Robert Lindqvist"),
     ["Lindquist"]),
    ("Dear Kathryn,\n\nThanks for today.", iv("Katherine Doyle"), ["Kathryn"]),
]


@pytest.mark.parametrize("body,interview", GOOD)
def test_good(body, interview):
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == []


@pytest.mark.parametrize("body,interview,spans", BAD)
def test_bad(body, interview, spans):
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == spans


def test_fix_writes_the_right_spelling():
    [f] = findings_of(InterviewerNameMisspelled, "Dear Ms. Schumaker,\n\nThanks.", iv("Katharina Schumacher"))
    assert f.data["expected"] == "Schumacher"
    assert f.fixes[0].edits[0].replacement == "Schumacher"


def test_missing_accents_can_be_accepted():
    body = "Hi Jurgen,\n\nThanks for today."
    assert flagged_texts(InterviewerNameMisspelled, body, iv("Jürgen Großmann"),
                         options={"accept-missing-accents": True}) == []


def test_skipped_without_interviewers():
    from followup_lint.testing import run_rule

    report = run_rule(InterviewerNameMisspelled, "Hi Jon,\n\nThanks.")
    assert any(s.rule == "interviewer-name-misspelled" for s in report.rules_skipped)
