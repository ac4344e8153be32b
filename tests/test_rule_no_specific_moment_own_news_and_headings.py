"""no-specific-moment (FL206): what was taken for a recollection and is none (the twenty-first batch's g-123):
the writer's own news told with a cue of telling ("I wanted to share that I ..."), and the title case of a
Markdown heading ("### Personal Note"), whose capitals name nothing. Each both ways."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Hi Dana,\n\n{content}\n\nI look forward to hearing from you.\nSam"


INTERVIEW = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Warehouse Lead",
             "topics": ["the Sunday rota at the Penrith depot"]}


@pytest.mark.parametrize("content", [
    "I wanted to share that I, too, have a lifelong passion for beekeeping and horticulture.",
    "I wanted to explain that I studied agronomy at Egerton before moving into logistics.",
    "I'd love to share that I recently completed a beekeeping course in Tbilisi.",
    "We would love to share with you that our volunteering club restored the canal towpath.",
])
def test_the_writers_own_news_told_recalls_nothing(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=INTERVIEW)


@pytest.mark.parametrize("content", [
    "Thank you for taking the time to explain that my first month would be spent at the Gdańsk warehouse.",
    "Thanks for taking a moment to share that the Hartlepool depot opens in March.",
    "I wanted to share how much I enjoyed hearing about the forklift telematics pilot in Wrexham.",
])
def test_the_readers_telling_still_recalls_the_interview(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    "### Final Words\nI really enjoyed learning more about the team.",
    "# Last Thoughts\nI was impressed by the team and the role.",
    "## Closing Remarks\nI enjoyed our conversation about the position.",
])
def test_the_title_case_of_a_heading_names_nothing(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=INTERVIEW)


@pytest.mark.parametrize("content", [
    "### Notes\nI enjoyed hearing about the Kestrel scanners you showed me.",
    "## Kilnworth Rollout\nI enjoyed learning about the kilnworth rollout plan.",
    "Final Words: I really enjoyed learning about the Halewood cross-dock.",
])
def test_a_name_below_or_a_rare_word_in_a_heading_still_counts(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), INTERVIEW)
