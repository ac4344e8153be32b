"""no-specific-moment (FL206): a deliverable the interview asked for, named by its kind ("Code Sample" as the
subject for "the request for code samples from past work", the twenty-eighth batch's ab-101; the sixth batch's
decision: an exercise named by its kind counts), recalls that request, singular or plural, in the body or the
subject. Without a topic naming it, or named only inside a raised strength, it recalls nothing."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Hello,\n\n{content}\n\nThanks,\nSam"


def interview(topic: str) -> dict:
    return {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Copywriter",
            "topics": [topic, "the duties of the position"]}


@pytest.mark.parametrize("content,topic", [
    ("Attached are two writing samples, as promised.", "the writing sample Dana asked for"),
    ("Here is the design sample from my agency days.", "the request for design samples"),
    ("My references are listed below with their phone numbers.", "two references to be sent by Friday"),
    ("I have put three portfolio pieces in the shared folder.", "the portfolio pieces the panel wanted to see"),
    ("The case studies are linked below.", "the request for a case study from past work"),
])
def test_the_requested_deliverable_named_by_its_kind_recalls_the_request(content: str, topic: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview(topic))


def test_the_subject_naming_the_requested_deliverable_recalls_it() -> None:
    assert_clean(NoSpecificMoment, note("I hope the rest of your search goes well."),
                 interview("the request for writing samples from past jobs"), subject="Writing Sample")


@pytest.mark.parametrize("content,topic", [
    ("Attached are two writing samples, as promised.", "the Osaka office move"),
    ("My references are listed below.", "the team's move to weekly releases"),
])
def test_a_deliverable_no_topic_asked_for_recalls_nothing(content: str, topic: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(topic))


def test_a_subject_of_another_kind_recalls_nothing() -> None:
    assert_flags(NoSpecificMoment, note("I hope the rest of your search goes well."),
                 interview=interview("the request for writing samples from past jobs"), subject="Code Sample")
