"""The writer unsure what the reader wants asks the reader: an indirect question (twenty-ninth ac-310, "I wasn't
sure if you want it in this PR or in a separate one").

A head of doubt ("not sure", "unsure", "didn't know"), "whether" or "if", "you" (a modal between allowed) and a
verb of the reader's wish. The writer's own doubt ("I'm not sure if I can attend", "not sure whether the bug is in
the parser") and an aside about the reader's taste ("Not sure if you like puns") ask nobody.
"""

from __future__ import annotations

import pytest

from followup_lint.analysis.sentences import Function, classify, read_sentence
from followup_lint.document.tokens import tokenize
from followup_lint.rules.strengths import NoAddedStrengthOrQuestion
from followup_lint.testing import assert_clean, run_rule


def indirect(text: str) -> bool:
    return bool(classify(read_sentence(tokenize(text)), text)[0] & Function.INDIRECT_QUESTION)


ASKS = [
    "I'm not sure whether you'd prefer the report as a PDF or a spreadsheet.",
    "I didn't know if you needed the raw survey data as well.",
    "I am unsure if you would rather see the load tests first.",
    "I left the migration out, as I was not certain whether you wanted it in the same release.",
    "We weren't sure if you expected the export to include archived accounts.",
]


@pytest.mark.parametrize("text", ASKS)
def test_doubt_about_the_readers_wish_asks(text: str) -> None:
    assert indirect(text), text


ASKS_NOBODY = [
    "I'm not sure if I can attend on Friday.",
    "I'm not sure whether the bug is in the parser.",
    "Not sure if you like puns, but here goes.",
    "I'm not sure you want the long version.",
    "I didn't know if the office was open on Saturdays.",
]


@pytest.mark.parametrize("text", ASKS_NOBODY)
def test_the_writers_own_doubt_asks_nobody(text: str) -> None:
    assert not indirect(text), text


RULE = NoAddedStrengthOrQuestion
INTERVIEW = {
    "interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
    "topics": ["the billing rewrite"],
    "strengths": ["has shipped a component library used by five product teams"],
    "questions": ["whether the invoice export should include archived accounts"],
}


def note(content: str) -> str:
    return (f"Hi Dana,\n\nThank you for your time today. {content}"
            "\n\nI look forward to hearing from you.\n\nBest,\nSam")


def test_the_listed_question_put_as_doubt_about_the_readers_wish_is_raised() -> None:
    assert_clean(RULE, note("I left archived accounts out of the invoice export, since I wasn't sure if you "
                            "wanted them included."), INTERVIEW)


def test_the_same_words_as_the_writers_own_doubt_raise_no_question() -> None:
    report = run_rule(RULE, note("I left archived accounts out of the invoice export, since I wasn't sure if "
                                 "they were included."), INTERVIEW)
    assert [f.code for f in report.findings] == ["FL301"]
