"""Working days in the timing rules: each country's weekend and public holidays, one calendar for all.

The country comes from the interviewer's time zone (zone.tab in tzdata), or from `Interview.country`
and `subdivision`; `holidays = false` in the config keeps Saturday and Sunday only.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from followup_lint import Config, InputError, Interview
from followup_lint.rules.cadence import FollowupTooSoon
from followup_lint.rules.timing import OutsideBusinessHours, SentTooLate
from followup_lint.testing import findings_of
from followup_lint.workdays import calendar_for, country_of_zone

BODY = "Dear Dana,\n\nThank you for the conversation about the winter schedule.\n\nBest wishes,\nOliver"
TO = ("dana@heron.example",)


def interview(tz: str, **extra: object) -> dict:
    data: dict = {"interviewers": [{"name": "Dana Whitaker", "email": TO[0], "timezone": tz}], "timezone": tz,
                  "started_at": "2026-12-21T10:00:00", "ended_at": "2026-12-21T11:00:00"}
    data.update(extra)
    return data


def hours_findings(sent: str, iv: dict, **kwargs) -> list:
    return findings_of(OutsideBusinessHours, BODY, iv, sent_at=sent, to=TO, **kwargs)


# -- outside-business-hours --------------------------------------------------------------------------------

def test_christmas_morning_in_new_york_is_a_public_holiday() -> None:
    [f] = hours_findings("2026-12-25T10:00:00-05:00", interview("America/New_York"))
    assert f.data["reason"] == "holiday" and f.data["holiday"] == "Christmas Day" and f.data["country"] == "US"
    assert "25 December is Christmas Day in the United States" in f.message
    assert "Monday 08:30" in f.message  # Friday 25 December, then the weekend


def test_a_late_christmas_eve_note_is_not_moved_to_christmas_morning() -> None:
    [f] = hours_findings("2026-12-24T22:30:00-05:00", interview("America/New_York"))
    assert f.data["reason"] == "late"
    assert f.data["suggested_time"].startswith("2026-12-28T08:30")
    assert "Friday" not in f.message and "25 December is Christmas Day" in f.message


@pytest.mark.parametrize("sent,tz,reason", [
    ("2026-12-06T10:00:00+03:00", "Asia/Riyadh", None),        # Sunday: a working day in Saudi Arabia
    ("2026-12-04T10:00:00+03:00", "Asia/Riyadh", "weekend"),   # Friday
    ("2026-12-05T10:00:00+03:00", "Asia/Riyadh", "weekend"),   # Saturday
    ("2026-12-04T10:00:00+04:00", "Asia/Dubai", None),         # Friday: the UAE rests Saturday-Sunday
    ("2026-12-05T10:00:00+04:00", "Asia/Dubai", "weekend"),
    ("2026-12-04T10:00:00+03:30", "Asia/Tehran", "weekend"),   # Friday in Iran
    ("2026-12-05T10:00:00+03:30", "Asia/Tehran", None),        # Saturday: a working day in Iran
    ("2026-12-04T10:00:00+02:00", "Asia/Jerusalem", "weekend"),
])
def test_each_countrys_weekend(sent: str, tz: str, reason: str | None) -> None:
    got = hours_findings(sent, interview(tz))
    assert [f.data["reason"] for f in got] == ([reason] if reason else [])


def test_the_message_names_a_weekend_that_is_not_saturday_sunday() -> None:
    [f] = hours_findings("2026-12-04T10:00:00+03:00", interview("Asia/Riyadh"))
    assert "on a Friday, the weekend in Saudi Arabia" in f.message
    assert f.data["suggested_time"].startswith("2026-12-06T08:30")  # Sunday morning


def test_the_second_of_january_is_a_holiday_in_scotland_only() -> None:
    sent = "2026-01-02T10:00:00+00:00"  # a Friday
    scottish = interview("Europe/London", country="GB", subdivision="SCT")
    [f] = hours_findings(sent, scottish)
    assert f.data["reason"] == "holiday" and "in Scotland" in f.message
    assert hours_findings(sent, interview("Europe/London")) == []


def test_interview_country_overrides_the_zone() -> None:
    # interviewer's clock in London, but the office follows Saudi working days
    assert [f.data["reason"] for f in hours_findings("2026-12-04T10:00:00+00:00",
                                                     interview("Europe/London", country="SA"))] == ["weekend"]


def test_holidays_can_be_turned_off() -> None:
    assert hours_findings("2026-12-25T10:00:00-05:00", interview("America/New_York"),
                          config=Config(holidays=False)) == []
    # and so is the country's weekend: Saturday and Sunday again
    assert hours_findings("2026-12-06T10:00:00+03:00", interview("Asia/Riyadh"), config=Config(holidays=False))


def test_the_weekend_option_still_overrides_the_country() -> None:
    got = hours_findings("2026-12-06T10:00:00+03:00", interview("Asia/Riyadh"),
                         options={"weekend": ["saturday", "sunday"]})
    assert [f.data["reason"] for f in got] == ["weekend"]


# -- sent-too-late and followup-too-soon with business-days ----------------------------------------------

def test_business_days_skip_christmas() -> None:
    iv = interview("America/New_York", started_at="2026-12-24T15:00:00", ended_at="2026-12-24T16:00:00")
    sent = "2026-12-28T09:00:00-05:00"  # Thursday 16:00 to Monday 09:00: 8 h + 9 h of working days
    assert findings_of(SentTooLate, BODY, iv, sent_at=sent, options={"business-days": True}) == []
    [f] = findings_of(SentTooLate, BODY, iv, sent_at=sent, options={"business-days": True},
                      config=Config(holidays=False))  # Friday counts again: 41 h
    assert "counting only Monday to Friday" in f.message and f.data["holidays"] == []


def test_business_days_message_names_the_holidays_in_between() -> None:
    iv = interview("America/New_York", started_at="2026-12-22T15:00:00", ended_at="2026-12-22T16:00:00")
    [f] = findings_of(SentTooLate, BODY, iv, sent_at="2026-12-28T12:00:00-05:00", options={"business-days": True})
    assert "without public holidays" in f.message and "25 December is Christmas Day" in f.message
    assert f.data["holidays"] == ["25 December is Christmas Day in the United States"]


def test_followup_too_soon_suggests_a_working_day_after_the_holidays() -> None:
    iv = interview("America/New_York", followups=[{"sent_at": "2026-12-21T12:00:00-05:00"}])
    [f] = findings_of(FollowupTooSoon, BODY, iv, sent_at="2026-12-23T12:00:00-05:00", to=TO,
                      options={"business-days": True})
    # five working days from Monday noon, with Friday 25 December off, end on Tuesday 29 December noon
    assert f.data["earliest"] == "2026-12-29T12:00:00-05:00"
    assert "Monday to Friday without public holidays" in f.message


# -- the calendar itself ----------------------------------------------------------------------------------

@pytest.mark.parametrize("zone,country", [("America/New_York", "US"), ("Asia/Riyadh", "SA"), ("Asia/Dubai", "AE"),
                                          ("Europe/London", "GB"), ("Asia/Kolkata", "IN"), ("UTC", None), (None, None)])
def test_country_of_a_zone(zone: str | None, country: str | None) -> None:
    assert country_of_zone(zone) == country


def test_unknown_country_or_subdivision_falls_back() -> None:
    assert calendar_for("GB", "NOPE").subdivision is None and calendar_for("GB", "NOPE").holiday(date(2026, 12, 25))
    unknown = calendar_for("ZZ")
    assert unknown.weekend == frozenset({5, 6}) and unknown.holiday(date(2026, 12, 25)) is None


@pytest.mark.parametrize("fields,message", [
    ({"country": "Scotland"}, "two-letter country code"),
    ({"country": 44}, "expected a string"),
    ({"subdivision": "SCT"}, "needs Interview.country"),
])
def test_interview_country_is_checked(fields: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        Interview(**fields)


def test_interview_country_round_trips() -> None:
    iv = Interview(country="GB", subdivision="SCT", timezone="Europe/London")
    assert Interview.from_dict(iv.to_dict()) == iv


def test_importing_the_library_does_not_import_holidays() -> None:
    code = "import sys, followup_lint; followup_lint.lint_draft('Hi Dana,\\n\\nThanks.'); print('holidays' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_country_calendar_in_the_shipped_years_does_not_import_holidays() -> None:
    code = ("import sys; from datetime import date; from followup_lint.workdays import calendar_for\n"
            "us, sa = calendar_for('US'), calendar_for('SA')\n"
            "print(us.holiday(date(2026, 7, 4)), us.is_day_off(date(2026, 7, 3)), sa.weekend_text(),"
            " us.describe_day_off(date(2026, 12, 25)), 'holidays' in sys.modules, sep='|')\n"
            "us.holiday(date(2040, 7, 4)); print('holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == [
        "Independence Day|True|Sunday to Thursday without public holidays|25 December is Christmas Day in the "
        "United States|False", "True"]
