"""no-specific-moment (FL206): the name of the person greeted recalls nothing, even when a topic names that
person (the twenty-fourth batch's j-310: a colleague greeted instead of the interviewer); the same name
recalled in the message still counts. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags

INTERVIEW = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Payroll Clerk",
             "topics": ["her colleague Tomasz Wierzbicki in payroll will send the onboarding forms",
                        "the culture of the team"]}


@pytest.mark.parametrize("greeting", ["Dear Tomasz,", "Hi Mr Wierzbicki,", "Hello Tomasz Wierzbicki,"])
def test_the_name_greeted_recalls_nothing(greeting: str) -> None:
    text = (f"{greeting}\n\nThank you for your time today. It was good to learn more about the role and the "
            "team.\n\nI look forward to hearing from you.\nSam")
    assert_flags(NoSpecificMoment, text, interview=INTERVIEW)


@pytest.mark.parametrize("content", [
    "Thanks for telling me that Tomasz will send the onboarding forms.",
    "I will watch for the forms from Mr Wierzbicki.",
])
def test_the_same_name_recalled_in_the_message_counts(content: str) -> None:
    assert_clean(NoSpecificMoment, f"Dear Tomasz,\n\n{content}\n\nBest,\nSam", INTERVIEW)
