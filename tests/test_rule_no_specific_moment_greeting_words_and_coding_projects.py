"""no-specific-moment (FL206) (the twenty-sixth batch): a greeting in the writer's other language run on into
the message without a stop ("buenas tardes licenciada ..." on a phone) recalls nothing of the interview; a
project the interview set as code ("the coding project: ...") is named by "this project", "my code for the
project". Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, findings_of

CLINIC = {"interviewers": [{"name": "Beatriz Costa"}], "company": "Clínica Sorriso", "role": "Receptionist",
          "topics": ["the booking calendar for four hygienists", "walk-in patients on Saturdays"]}


@pytest.mark.parametrize("body", [
    "bom dia senhora Costa\nthank you so much for the interview\nit was a pleasure to meet you\nblessings",
    "buenos días doctora Costa\nthanks a lot for your time today\nreally enjoyed it\nhave a nice day",
])
def test_a_run_on_greeting_in_another_language_recalls_nothing(body: str) -> None:
    assert findings_of(NoSpecificMoment, body, CLINIC)


def test_a_run_on_greeting_does_not_hide_a_real_recall() -> None:
    body = "bom dia senhora Costa\nthank you for the interview\nthe walk-in patients on saturdays sound like fun"
    assert_clean(NoSpecificMoment, body, CLINIC)


def coding(topic: str) -> dict:
    return {"interviewers": [{"name": "Ravi Menon"}], "company": "Tidewater", "role": "Developer",
            "topics": [topic, "the team's release calendar"]}


@pytest.mark.parametrize("topic,content", [
    ("the coding project: a Go service that merges tide tables", "Thanks for looking at my code for this project."),
    ("the programming project: a CLI that renames photos", "I enjoyed the project, even with the deadline."),
    ("a code project: a Rust parser for GPX files", "Sorry that the project is missing a README."),
])
def test_a_coding_project_set_by_the_interview_is_named_by_its_kind(topic: str, content: str) -> None:
    assert_clean(NoSpecificMoment, f"Hi Ravi,\n\n{content}\n\nBest,\nSam", coding(topic))


def test_a_project_of_the_employers_is_no_exercise() -> None:
    body = "Hi Ravi,\n\nThank you for the talk. I enjoyed hearing about the project.\n\nBest,\nSam"
    assert findings_of(NoSpecificMoment, body, coding("the billing project the team is starting in Lagos"))
