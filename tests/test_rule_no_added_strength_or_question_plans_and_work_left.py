"""no-added-strength-or-question (FL301): plans and work left undone add nothing (leftovers of earlier outside batches).

Two classes, each tested on fresh wordings both ways:

* the writer's plans for the work, under a heading or a lead line that opens them ("# Future Scope", "Next
  steps:"), tell what the writer would do: a listed strength's words there raise nothing (twenty-ninth ac-114);
  the same words told as the writer's own work, or outside that section, still do;
* "I didn't get to" or "I didn't get a chance to" followed by a verb of doing ("work on", "finish") tells work
  left undone, not a move (thirtieth ad-103); followed by a verb of telling ("mention", "tell you") it is one.
"""

from __future__ import annotations

import pytest

from _fl301_util import RULE, fires_on, interview
from _fl301_util import note as _note
from followup_lint.testing import assert_clean, run_rule

INTERVIEW = interview("has written Terraform modules for staging environments",
                      topics=("the take-home exercise: a deployment pipeline for the billing service",),
                      question="how the team reviews infrastructure changes")


def note(content: str) -> str:
    return _note(content, "Thank you for the exercise.\n\n")


def fires(content: str) -> bool:
    return fires_on(note(content), INTERVIEW)


PLANNED = [
    "## Future improvements\n\n- Write Terraform modules for the staging environments\n- Add caching",
    "Next steps:\n- Terraform modules for each staging environment\n- Retry failed deploys",
    "# TODO\n- I would write Terraform modules for the staging environments\n- Split the pipeline",
    "**If I had more time**\n- Terraform modules for every staging environment\n- A dashboard",
    "### Possible improvements\n1. Move the staging environments into Terraform modules\n2. Add alerts",
]


@pytest.mark.parametrize("content", PLANNED)
def test_plans_raise_no_strength(content: str) -> None:
    assert fires(content), content


@pytest.mark.parametrize("content", PLANNED)
def test_the_same_lines_without_the_plan_heading_raise_it(content: str) -> None:
    # (the control: the heading is what keeps them from raising the strength)
    lines = content.split("\n")
    assert_clean(RULE, note("## What I built\n\n" + "\n".join(lines[1:])), INTERVIEW)


STILL_RAISED = [
    # the writer's own work told under a heading of its own
    "## What I built\n\n- I wrote Terraform modules for the staging environments",
    # prose after the plans' list is outside them
    "## Future improvements\n\n- Caching\n- Alerts\n\nAt my last job I wrote Terraform modules for our staging environments.",
    # a new heading ends the plans
    "## Next steps\n- Caching\n\n## Background\n- I wrote Terraform modules for staging environments at Acme.",
    # "future" inside a sentence is no heading
    "Future improvements will need Terraform, and I have written Terraform modules for staging environments before.",
]


@pytest.mark.parametrize("content", STILL_RAISED)
def test_work_told_outside_plans_still_raises(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


LISTLESS = {"interviewers": [{"name": "Dana Whitaker"}], "company": "Initech"}

WORK_LEFT_UNDONE = [
    "There are parts of the pipeline I didn't get to work on, such as rollbacks.",
    "I did not get a chance to finish the styling of the dashboard.",
    "Sadly we didn't get to implement the retry queue.",
    "Some edge cases I didn't get the chance to fix before the deadline.",
    "I didn't get to clean up the logging, sorry about that.",
]


@pytest.mark.parametrize("content", WORK_LEFT_UNDONE)
def test_work_left_undone_is_no_move(content: str) -> None:
    report = run_rule(RULE, note(content), LISTLESS)
    assert [f.code for f in report.findings] == ["FL301"], content


STILL_MOVES = [
    "One thing I didn't get to mention: I ran the on-call rota for two years.",
    "I didn't get a chance to tell you that I speak Portuguese.",
    "I did not get to discussing my work on the payroll migration, so here it is: I led it for a year.",
    "I didn't get the chance to raise my volunteer work with the food bank.",
]


@pytest.mark.parametrize("content", STILL_MOVES)
def test_a_move_of_telling_still_counts(content: str) -> None:
    assert_clean(RULE, note(content), LISTLESS)
