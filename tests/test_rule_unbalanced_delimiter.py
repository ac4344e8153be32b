"""unbalanced-delimiter (FL107): unclosed brackets and quotation marks, or stray closers."""

from __future__ import annotations

import pytest

from followup_lint.rules.mechanics import UnbalancedDelimiter
from followup_lint.testing import assert_clean, assert_flags

BAD = [
    ("I cut the cycle time (mostly by fixing the queue. It worked.", ["("]),
    ("The plan [phase two was clear.", ["["]),
    ("The config {timeout: 3 was odd.", ["{"]),
    ("You called it “the best rollout we had.", ["“"]),
    ('You called it "the best rollout we had.', ['"']),
    ("It worked well) and fast.", [")"]),
    ("The ratio was high] overall.", ["]"]),
    ("We spoke about (the plan [and the team).", ["["]),
    ("It was ‘a good sign.", ["‘"]),
    ("Great talk (really.\n\nAnd the tour (too.", ["(", "("]),
    ("The quote ended” abruptly.", ["”"]),
    ("I ran the rollout (we cut costs by 9%, and I can share how. I also have a licence :-)", ["("]),
    # a bracket at the very start of a paragraph or of the text counts like any other
    ("(Mostly the night shifts.\n\nThanks again.", ["("]),
    ("I enjoyed the demo.\n\n(And the tour, which I loved.", ["("]),
    ("Hi Dana,\n\n) was a typo.", [")"]),
    # a bracket closed by another kind: one finding over both marks
    ("I applied for the role of {name the role) last week.", ["{name the role)"]),
    ("The rota (nights first] suits me.", ["(nights first]"]),
    ("Your point [about the audit) stayed with me.", ["[about the audit)"]),
]
GOOD = [
    "I cut the cycle time (mostly by fixing the queue). It worked.",
    "Hi [Name], thanks for {{role}} and <Company>.",
    "It’s the team’s plan, and the interviewers’ notes were clear.",
    "Options: 1) batch, 2) stream, a) later.",
    "That made my day :) thanks (really).",
    'You called it "the best rollout" and I agree.',
    "A 27\" monitor and a 5' cable.",
    "See https://en.wikipedia.org/wiki/Foo_(bar) for the details.",
    "Run `f(x` in the shell.",
    "You called it “the best rollout” and I agree.",
    "We met in the ‘90s office.",
    "It was ‘a good sign’ of things to come.",
    "My library (github.com/example/lib) has users.",
    "Thanks for the coffee (and the tour :-)",
    # a paragraph or the whole text opening with a bracket that is closed later
    "(Sent from the train)\nThanks for seeing me today.",
    "Hi Dana,\n\n(Apologies for the delay.) Thanks for the tour.",
    "[Draft two]\nThanks for the time today.\n\n(Both panels were great.)",
]


@pytest.mark.parametrize(("body", "flagged"), BAD)
def test_flags_unbalanced(body: str, flagged: list[str]) -> None:
    assert_flags(UnbalancedDelimiter, body, *flagged)


@pytest.mark.parametrize("body", GOOD)
def test_leaves_balanced_and_exceptions_alone(body: str) -> None:
    assert_clean(UnbalancedDelimiter, body)


def test_quoted_reply_is_not_checked() -> None:
    assert_clean(UnbalancedDelimiter, "Thanks for today.\n\nOn Mon, Dana wrote:\n> (the plan")


def test_a_flood_of_open_marks_reports_the_first_twenty_in_text_order() -> None:
    # 25 brackets and 25 single quotes left open, with one closer of the wrong kind among them (it closes
    # the "(" before it: one mismatch): the 20 problems that come first in the paragraph are listed,
    # whichever kind they are
    from datetime import datetime, timezone

    from followup_lint import Config, Draft, Linter

    body = "Hi Dana,\n\n" + "(a ‘b " * 8 + "c] " + "(d ‘e " * 17 + "end.\n\nBest,\nSam\n"
    report = Linter(Config()).lint(Draft(body=body), None, now=datetime(2026, 3, 10, tzinfo=timezone.utc))
    found = [f for f in report.findings if f.rule == "unbalanced-delimiter"]
    at = [f.span.start for f in found]
    assert len(found) == 20 and at == sorted(at)
    opened = [i for i, ch in enumerate(body) if ch in "(‘"]
    assert at == opened[:20]
    [mismatch] = [f for f in found if f.data["problem"] == "mismatch"]
    assert mismatch.span.start == body.rindex("(", 0, body.index("]")) and mismatch.span.end == body.index("]") + 1


def test_a_bracket_closed_by_another_kind_is_one_finding() -> None:
    from followup_lint.testing import findings_of

    [f] = findings_of(UnbalancedDelimiter, "I applied for the role of {name the role) last week.")
    assert f.data["problem"] == "mismatch" and "'}'" in f.message
