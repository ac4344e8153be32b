"""no-specific-moment (FL206): a topic that is only the occasion where the writer met the reader, a
conversation at an event ("a conversation at the school's spring career fair", the fourteenth batch's p-205),
is the interview itself: the note that names the event ("Following up from the career fair") recalls only that
they met, as "our interview on Tuesday" does. A topic that says what was said there, or a note that recalls
another topic, still counts."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Hello,\n\n{content}\n\nBest regards,\nSam"


def interview(topic: str) -> dict:
    return {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Associate Analyst",
            "topics": [topic, "the duties of the position"]}


@pytest.mark.parametrize(("content", "topic"), [
    ("It was great to meet you at the career fair on Thursday.",
     "a conversation at the university's autumn career fair"),
    ("Thank you for chatting with me at the Leeds Digital Festival networking night.",
     "our chat at the Leeds Digital Festival networking night"),
    ("It was good to speak with you during the engineering expo.",
     "a brief discussion during the engineering expo"),
    ("Meeting you at the alumni mixer was a pleasure.", "a chance encounter at the alumni mixer"),
    ("Following up from the graduate open day, thank you for your time.",
     "a short conversation at the graduate open day"),
])
def test_the_occasion_where_you_met_is_no_moment_of_it(content: str, topic: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(topic))


@pytest.mark.parametrize(("content", "topic"), [
    # the topic says what was said at the event
    ("I enjoyed our chat at the job fair about the night-shift rota.",
     "a chat at the job fair about the night-shift rota"),
    # the interviewer's own talk is a thing of the occasion, not the meeting itself
    ("Your talk at the Kafka Summit was the reason I applied.", "his talk at the Kafka Summit"),
    # a concrete thing of the event, not a conversation at it
    ("I loved the booth's robot arm demo at the fair.", "the robot arm demo at the company's fair booth"),
    # a meeting about something named
    ("Thanks again for the meeting about the Osaka office move.", "a meeting about the Osaka office move"),
])
def test_what_was_said_or_shown_at_the_occasion_still_counts(content: str, topic: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview(topic))
