"""repeated-word (FL102): good and bad cases, spans, the safe fix."""

from __future__ import annotations

import pytest

from followup_lint import Applicability, apply_fixes
from followup_lint.rules.mechanics import RepeatedWord
from followup_lint.testing import assert_clean, assert_flags, run_rule

BAD = [
    ("I enjoyed the the tour of the plant.", "the the"),
    ("I look forward to to hearing from you.", "to to"),
    ("Thank you for for your time today.", "for for"),
    ("It was a a pleasure to meet the team.", "a a"),
    ("We talked about the rollout and and the metrics.", "and and"),
    ("I I wanted to add one more thought.", "I I"),
    ("The The migration story stayed with me.", "The The"),
    ("Your point about on-call was was spot on.", "was was"),
    ("I can send the the the slides tomorrow.", "the the the"),
    ("Thanks again for\nfor the walkthrough.", "for\nfor"),
    ("It’s great that you you shared the roadmap.", "you you"),
    ("This is is exactly the kind of role I want.", "is is"),
    ("I think it’s it’s a great fit.", "it’s it’s"),
    # an intensifier doubled for emphasis is the same word twice
    ("It was very very kind of you to stay late.", "very very"),
    ("I really really enjoyed the ward round.", "really really"),
    ("Many many thanks for the site visit.", "Many many"),
    ("I am so so grateful for the chance.", "so so"),
    # a note of two words only, or of two words among marks, still has its repeat
    ("the the", "the the"),
    ("!!?? (( great great ))", "great great"),
]
GOOD = [
    "By the time we met, the team had had three reorganisations.",
    "I hope that that helps with the decision.",
    "What the problem is is that the queue backs up.",
    "I do do code reviews every day.",
    "The coffee from the machine was so so.",
    "It felt far far away from the city.",
    "Bye bye for now, and thanks again.",
    "We met in Walla Walla last spring.",
    "I enjoyed the tour. The team was welcoming.",
    "Thanks, thanks again for the time.",
    "I read the report.\n\nThe report was clear.",
    "Please see `the the` in the log output.",
    "We spoke about version 2 2 weeks ago.",
    "!!?? !!?? (( [[ great ]] ))",
]


@pytest.mark.parametrize(("body", "flagged"), BAD)
def test_flags_doubled_words(body: str, flagged: str) -> None:
    assert_flags(RepeatedWord, body, flagged)


@pytest.mark.parametrize("body", GOOD)
def test_leaves_legitimate_doubles_alone(body: str) -> None:
    assert_clean(RepeatedWord, body)


def test_safe_fix_removes_the_repeat_and_is_idempotent() -> None:
    body = "I enjoyed the the tour and the the demo."
    report = run_rule(RepeatedWord, body)
    assert all(fix.applicability is Applicability.SAFE for f in report.findings for fix in f.fixes)
    fixed = apply_fixes(report.draft, report)
    assert fixed.body == "I enjoyed the tour and the demo."
    again = run_rule(RepeatedWord, fixed)
    assert not again.findings


def test_subject_is_checked_and_quotes_are_not() -> None:
    assert_flags(RepeatedWord, "Thanks for today.", "you you", subject="Thank you you")
    assert_clean(RepeatedWord, "Thanks for today.\n\nOn Mon, Dana wrote:\n> the the plan")
