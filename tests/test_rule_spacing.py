"""spacing (FL105): extra spaces and a missing space after punctuation; a single space before one is not spacing."""

from __future__ import annotations

import pytest

from followup_lint import Applicability, apply_fixes
from followup_lint.rules.mechanics import Spacing
from followup_lint.testing import assert_clean, assert_flags, run_rule

BAD = [
    ("I enjoyed hearing about the  migration plan.", ["  "]),
    ("We talked about the rollout,  the metrics and the team.", ["  "]),
    ("It was a   great conversation.", ["   "]),
    ("Thanks for the time today.I enjoyed it.", ["."]),
    ("It went well!Thanks again.", ["!"]),
    ("Thanks,Dana. It was great.", [","]),
    ("The team  and  the plan both impressed me.", ["  ", "  "]),
    ("Could we meet next week  ?", ["  "]),  # two spaces before a mark are extra spaces
    ("Thanks again   , Dana.", ["   "]),
    # a colon ends no sentence: two spaces after it are inside one (outside batch "seventh", w-104)
    ("The brief is here:  https://example.com/brief.pdf", ["  "]),
    ("Two things stood out:  the rota and the audit.", ["  "]),
]
GOOD = [
    "Thank you for today.  I enjoyed the tour.",
    "Is that right?  I think so.",
    "It went well!  Thanks again.",
    "The demo is live (see the link.)  Thanks again.",
    "The ratio was 3.5 and the call is at 10:30.",
    "We discussed e.g. the U.S. launch and the Ph.D. programme.",
    "See https://example.com/a,b;c for the notes.",
    "Write to dana.whitfield@acme.example today.",
    "I was thinking ... maybe a pilot.",
    "That made my day :) thanks.",
    "Run `a  =  b` in the shell.",
    "Name      Role      Team\nDana      Lead      Core",
    "-  first point\n-  second point",
    "We use Node.js and ASP.NET daily.",
    "The acme.io dashboard was great.",
    "Dear Dana,\n\nThanks for today.\n\nBest,\nSam",
]


@pytest.mark.parametrize(("body", "flagged"), BAD)
def test_flags_spacing(body: str, flagged: list[str]) -> None:
    assert_flags(Spacing, body, *flagged)


@pytest.mark.parametrize("body", GOOD)
def test_leaves_conventions_alone(body: str) -> None:
    assert_clean(Spacing, body)


def test_extra_space_fixes_are_safe_and_idempotent() -> None:
    report = run_rule(Spacing, "The  plan is clear, and the  team too.")
    assert all(fix.applicability is Applicability.SAFE for f in report.findings for fix in f.fixes)
    fixed = apply_fixes(report.draft, report)
    assert fixed.body == "The plan is clear, and the team too."
    assert not run_rule(Spacing, fixed).findings


def test_missing_space_fix_is_unsafe() -> None:
    report = run_rule(Spacing, "Thanks for today.I enjoyed it.")
    assert report.findings[0].fixes[0].applicability is Applicability.UNSAFE


def test_quoted_reply_and_signature_are_not_checked() -> None:
    body = "Thanks for today.\n\nBest,\nSam\n-- \nSam  Lee  |  Engineer\n\nOn Mon, Dana wrote:\n> the  plan"
    assert_clean(Spacing, body)


# The label's spacing kind is two or more spaces: a single space before a mark is French typography
# (before ; : ! ?) or the gap left where a word was taken out (before a comma)
@pytest.mark.parametrize("body", [
    "Merci ! Is the night rota fixed for the first month ?",
    "Two things stayed with me : the audit trail and the handover.",
    "The plan is clear ; the timeline less so.",
    "I am very excited about the role with , but I have another offer.",
    "Thanks again , Dana.",
])
def test_a_single_space_before_a_mark_is_not_spacing(body: str) -> None:
    assert_clean(Spacing, body)


#: a take-home form's questions copied as headings are the company's text; the answers under them are the
#: writer's (thirty-second batch af-106, af-108: "### Q) ... completing?If you have any suggestions")
FORM = "## Notes\n\n{heading}\n\n{answer}\n\nBest,\nSam Okoye"


@pytest.mark.parametrize("heading", [
    "### Q) Did you hit any blockers?If so, tell us which.",
    "## How long did it take?Please be honest.",
    "#### What would you change?  What would you keep?",
    "### Anything else?Feel free to add  notes here.",
])
def test_a_question_set_as_a_heading_is_the_forms_text(heading: str) -> None:
    assert_clean(Spacing, FORM.format(heading=heading, answer="About four hours, mostly on tests."))


@pytest.mark.parametrize(("heading", "answer", "flagged"), [
    ("## Notes.Thanks for reading", "It went well.", ["."]),                 # a heading that asks nothing
    ("### Q) Did you hit any blockers?", "Yes,the build.It took time.", [",", "."]),   # the answer is checked
    ("### Time spent", "Did it take long?Yes, four hours.", ["?"]),          # a question of the writer's own
    ("### Q) Anything else?", "The  tests are slow.", ["  "]),
])
def test_text_outside_a_question_heading_is_still_checked(heading: str, answer: str, flagged: list[str]) -> None:
    assert_flags(Spacing, FORM.format(heading=heading, answer=answer), *flagged)


#: the form's question copied as a line of its own under its label, no heading marks (thirty-third ag-110:
#: "Q) How did you find the test overall? ... completing?If you have any suggestions")
LABELLED_FORM = "Hi Priya,\n\n{question}\n    {answer}\n\nBest,\nSam Okoye"


@pytest.mark.parametrize("question", [
    "Q) Was anything unclear?If so, say what.",
    "Q2: How long did it take?Be honest.",
    "Question 3. What would you change?  What would you keep?",
    "Q: Any blockers?Tell us.",
])
def test_a_question_under_the_forms_label_is_the_forms_text(question: str) -> None:
    assert_clean(Spacing, LABELLED_FORM.format(question=question, answer="About four hours, mostly on tests."))


@pytest.mark.parametrize(("question", "answer", "flagged"), [
    ("Q) Was anything unclear?", "Yes,the build.It took time.", [",", "."]),   # the answer is still checked
    ("Quick note?Yes.", "Fine.", ["?"]),                                        # no label: the writer's own
    ("Queue) is it full?Maybe.", "Fine.", ["?"]),                               # a word, not the label
    ("Q) Anything else?", "The  tests are slow.", ["  "]),
])
def test_text_outside_a_labelled_question_is_still_checked(question: str, answer: str, flagged: list[str]) -> None:
    assert_flags(Spacing, LABELLED_FORM.format(question=question, answer=answer), *flagged)
