"""no-specific-moment (FL206): the reader's telling in the base form, the past of Caribbean and West African
English ("after you tell me about the silo fire"), recalls the interview even when the words it names are
also those of a strength; a request ("could you tell me about ...") recalls nothing."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Morning Ms Ramdin,\n\n{content}\n\nPlease let me know.\nKeisha"


INTERVIEW = {"interviewers": [{"name": "Carla Ramdin"}], "company": "Demerara Mills", "role": "Shift Lead",
             "topics": ["the silo fire that shut the mill for a month"],
             "strengths": ["put out a silo fire at his previous mill"]}


@pytest.mark.parametrize("content", [
    "I still keen on the job, especially after you tell me about the silo fire that shut down the mill.",
    "Since you show me the burnt silo, I keep thinking how the mill get back running in a month.",
    "The way you explain the silo fire and the month the mill stand still really stay with me.",
])
def test_a_base_form_telling_recalls_the_interview(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    "Could you tell me about the next step for the Shift Lead job?",
    "I just checking in on the Shift Lead job. Will you tell me the decision soon?",
])
def test_a_request_to_tell_recalls_nothing(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=INTERVIEW)
