"""sentence-case (FL106): a sentence starting with a lower-case letter."""

from __future__ import annotations

import pytest

from followup_lint.rules.mechanics import SentenceCase
from followup_lint.testing import assert_clean, assert_flags


def note(text: str) -> str:
    return f"Hi Dana,\n\n{text}\n\nBest regards,\nSam"


BAD = [
    ("Thank you for today. it was great to meet the team.", ["it"]),
    ("thank you for meeting with me this morning.", ["thank"]),
    ("I enjoyed the tour! the plant is impressive.", ["the"]),
    ("Was the demo recorded? we would love to see it.", ["we"]),
    ("Thanks again.\n\nlooking forward to hearing from you.", ["looking"]),
    ("The rollout story stuck with me. also, the on-call rota sounds fair.", ["also"]),
    ("I liked the plan. my team did something similar.", ["my"]),
    ("Thank you.  it was a pleasure.", ["it"]),
    ("It was great. the team. the plan.", ["the", "the"]),
    ("I have one question. does the role include travel?", ["does"]),
    ("Thanks for the tour.\nit was great.", ["it"]),
    # a sentence that ends with a number, a percentage or an ordinal
    ("We cut churn by 9%. it took a year.", ["it"]),
    ("I joined the team in 2024. since then I have led the audit.", ["since"]),
    ("My last day is the 14th. after that I am free to start.", ["after"]),
    ("The budget was $40,000. we came in under it.", ["we"]),
]
GOOD = [
    "Thank you for today. It was great to meet the team.",
    "We covered a lot, e.g. the migration and the rollout.",
    "Thanks for the time. iPhone support came up. eBay was mentioned.",
    "My last project used dbt. dbt made the models testable.",
    "I enjoyed it... maybe we could talk again.",
    "Here are the links:\nhttps://example.com/a\nhttps://example.com/b",
    "It was approx. four hours long.",
    "The list had three parts:\n1. the pay\n2. the hours",
    "Version 3.2 shipped in 2024 and 2025.",
    "We met at 10. It went well.",
    "We met Mr. Tan and Dr. Patel.",
    "I enjoyed the tour and\nthe conversation afterwards.",
    "Thanks. i enjoyed it.",
    "Two things:\nfirst, the scope; second, the timeline.",
    "I'll send {{attachment_name}} soon. {{closing_line}} will follow.",
    # one sentence broken by a blank line: the block ends on a word, the text goes on in lower case
    "I am keen to hear more about\n\nthe pilot on the night ward.",
    "The demo convinced me that the\n\nrollout plan is sound. It also fits the budget.",
    "We spoke about the budget and\r\n\r\nthe hiring plan for the spring.",
]


@pytest.mark.parametrize(("text", "flagged"), BAD)
def test_flags_lowercase_sentence_start(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


@pytest.mark.parametrize("text", GOOD)
def test_leaves_exceptions_alone(text: str) -> None:
    assert_clean(SentenceCase, note(text))


def test_greeting_and_signoff_are_not_sentences() -> None:
    assert_clean(SentenceCase, "hi dana,\n\nThanks for today.\n\nbest,\nsam")


def test_first_sentence_after_greeting_is_checked() -> None:
    assert_flags(SentenceCase, "Hi Dana,\n\nthanks for today.\n\nBest,\nSam", "thanks")


def test_a_greeting_without_its_comma_does_not_run_into_the_first_sentence() -> None:
    assert_flags(SentenceCase, "Hi Dana\n\nthanks for today.\n\nBest,\nSam", "thanks")


def test_a_block_ending_in_a_full_stop_ends_its_sentence() -> None:
    assert_flags(SentenceCase, note("I enjoyed the site visit.\n\nthe crane plan was clever."), "the")
