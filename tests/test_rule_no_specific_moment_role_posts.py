"""no-specific-moment (FL206) and the post a role's person holds (thirty-third batch ag-312: "Thank you for
interviewing me this morning for the QA internship" for the role "QA Intern" and the topic "the internship
schedule"): the post ("internship", "traineeship", "apprenticeship", "fellowship") is the role's word, as the
person ("intern", "trainee") is, and the other way round; naming it recalls no topic. Only the role's own:
where the role is no such person, the post is a topic's word like any other. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.rules.strengths import NoAddedStrengthOrQuestion
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Dear Ms. Mensah,\n\n{content}\n\nKind regards,\nKofi"


def interview(role: str, topic: str) -> dict:
    return {"interviewers": [{"name": "Ama Mensah"}], "company": "Volta Cocoa Processing", "role": role,
            "topics": [topic, "the company's values"]}


@pytest.mark.parametrize("role, topic, content", [
    ("Graduate Trainee", "the traineeship calendar",
     "Thank you for considering me for the traineeship. I am keen to start."),
    ("Apprentice Electrician", "the apprenticeship timetable",
     "I would love to begin the apprenticeship with your firm this spring."),
    ("Summer Internship in Chemistry", "the intern rota",
     "I would be a motivated and careful intern in your laboratory."),
    ("Research Fellow", "the fellowship schedule",
     "Thank you again for the interview for the fellowship."),
    ("Law Clerk", "the clerkship calendar",
     "I am grateful to be considered for the clerkship."),
])
def test_the_post_of_the_roles_person_recalls_no_topic(role: str, topic: str, content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(role, topic))


@pytest.mark.parametrize("role, topic, content", [
    ("Graduate Trainee", "the traineeship's night shifts in the roasting hall",
     "The night shifts in the roasting hall sound demanding, and I am ready for them."),
    ("Process Engineer", "the internship programme the plant runs for polytechnic students",
     "I liked hearing about the internship programme you run for polytechnic students."),
    ("Quality Supervisor", "mentoring the apprentices on the fermentation line",
     "I would enjoy mentoring the apprentices on the fermentation line."),
    ("Summer Internship in Chemistry", "pairing each intern with a senior chemist",
     "Being paired with a senior chemist is exactly the guidance I hoped for."),
])
def test_the_topics_own_words_or_a_post_that_is_not_the_role_still_count(role: str, topic: str, content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview(role, topic))


@pytest.mark.parametrize("role, strength, content", [
    ("Packaging Design Intern", "mould-flow simulations from a previous internship",
     "I also ran the mould-flow simulations during my previous internship at a bottling plant."),
    ("Graduate Trainee", "a traineeship in cold-chain logistics at a dairy",
     "I should add that my last traineeship was in cold-chain logistics at a dairy."),
])
def test_the_writers_own_past_post_still_raises_a_strength(role: str, strength: str, content: str) -> None:
    iv = interview(role, "the roasting hall's night shifts") | {"strengths": [strength]}
    assert_clean(NoAddedStrengthOrQuestion, note(content), iv)
