"""missing-attachment (FL308): the note says something is attached, and nothing is."""

from __future__ import annotations

import pytest

from followup_lint.rules.attachment import MissingAttachment
from followup_lint.testing import assert_clean, flagged_texts

RULE = MissingAttachment


def note(content: str) -> str:
    return f"Hi Dana,\n\nThank you for your time today. {content}\n\nBest,\nSam"


BAD = [
    ("I've attached my portfolio.", "I've attached"),
    ("Please find attached the write-up we discussed.", "Please find attached"),
    ("Attached is the sample analysis.", "Attached is"),
    ("My references are enclosed.", "references are enclosed"),
    ("Please see the attachment for the slides.", "Please see the attachment"),
    ("I have attached the notebook to this email.", "I have attached"),
    ("I am enclosing a copy of my certificate.", "I am enclosing"),
    ("The attached deck has the numbers.", "The attached"),
    ("I’ve also attached my CV.", "I’ve also attached"),
    ("The write-up is attached for your review.", "write-up is attached"),
]


@pytest.mark.parametrize(("content", "phrase"), BAD)
def test_mentions_without_attachment(content: str, phrase: str) -> None:
    assert flagged_texts(RULE, note(content)) == [phrase]


def test_subject_mention() -> None:
    assert flagged_texts(RULE, note("Great to meet you."), subject="Thank you - portfolio attached") == [
        "portfolio attached"]


GOOD = [
    "I'm attached to the idea of a fibre-first layout.",
    "I've grown quite attached to the team's mission.",
    "I would be happy to send my portfolio.",
    "The link to my portfolio is https://example.com/sam.",
    "I can share the write-up if that helps.",
    "Our attachment to legacy systems was a theme of the talk.",
    "I look forward to hearing from you.",
    "I will send the slides tomorrow.",
    "Here is a link to the notebook: https://example.com/nb.",
    "The team seems very attached to its code review norms.",
]


@pytest.mark.parametrize("content", GOOD)
def test_no_attachment_claimed(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize(("content", "phrase"), BAD)
def test_attachment_present(content: str, phrase: str) -> None:
    assert_clean(RULE, note(content), attachments=("portfolio.pdf",))


def test_quoted_text_is_not_the_candidates() -> None:
    body = note("Great to meet you.") + "\n\nOn Tue, Dana wrote:\n> I've attached the agenda."
    assert_clean(RULE, body)
