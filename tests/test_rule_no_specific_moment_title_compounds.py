"""no-specific-moment (FL206): a compound an exercise topic joins by a hyphen before its kind ("weather-forecast"
in "the weather-forecast microsite challenge"), each word as rare as RUN_EACH and one as rare as RUN_RARE, named
side by side in the note or its subject ("Weather Forecast App", thirty-sixth batch aj-173) names the exercise;
a compound of common words ("full-stack", "data-science"), the words apart, or a compound of a topic that sets
no exercise do not."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Hello,\n\n{content}\n\nThanks,\nSam"


def interview(*topics: str, role: str = "Software Engineer") -> dict:
    return {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": role,
            "topics": [*topics, "the Osaka office move"]}


@pytest.mark.parametrize("content,topic", [
    ("My expense tracker now groups costs by month.", "the expense-tracker take-home with receipts read by Tesseract OCR"),
    ("The currency converter caches the rates for an hour.", "the currency-converter assignment on the Fixer feed with Redis caching"),
    ("I gave the weather dashboard a dark theme.", "the weather-dashboard exercise with Highcharts and Leaflet maps"),
    ("The library catalogue search ignores case now.", "a library-catalogue kata on the Koha API with pagination"),
    ("I added a walkability score that reads the weather forecast.", "the weather-forecast microsite challenge"),
])
def test_the_exercises_coined_compound_names_it(content: str, topic: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview(topic))


def test_the_compound_in_the_subject_names_it() -> None:
    assert_clean(NoSpecificMoment, note("Everything runs with docker compose up."),
                 interview("the movie-rental challenge with Stripe checkout and Keycloak login"), subject="Initech Movie Rental API")


@pytest.mark.parametrize("content,topic", [
    ("I love full stack work and shipping end to end.", "the full-stack challenge: a booking page"),
    ("I have studied data science for two years.", "the data-science take-home on Lagos bus ridership"),
    ("I track my expenses in a spreadsheet every week.", "the expense-tracker take-home with receipts read by Tesseract OCR"),
    ("I checked the forecast for the weather on Friday.", "the weather-forecast microsite challenge"),
    ("I use an expense tracker at home.", "the expense-tracker rollout to the Mombasa and Kisumu branches"),
])
def test_common_compounds_words_apart_or_no_exercise_name_nothing(content: str, topic: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(topic))
