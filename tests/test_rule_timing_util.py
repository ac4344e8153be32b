"""The pure time helpers behind the timing rules (followup_lint.timeutil)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from followup_lint.timeutil import (
    add_weekday_time, day_start, describe_duration, elapsed, format_date, format_day, in_business_hours,
    localize, next_business_slot, parse_clock, parse_weekdays, weekday_time_between, zone_label,
)

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")
KOLKATA = ZoneInfo("Asia/Kolkata")
UTC = timezone.utc
H = timedelta(hours=1)


# -- instants ------------------------------------------------------------------------------------------

def test_elapsed_same_zone_object_across_spring_forward_is_real_time():
    # Python subtracts datetimes sharing a tzinfo as wall clocks (48 h); the real gap is 47 h
    a = datetime(2026, 3, 7, 12, 0, tzinfo=NY)
    b = datetime(2026, 3, 9, 12, 0, tzinfo=NY)
    assert b - a == timedelta(hours=48)
    assert elapsed(a, b) == timedelta(hours=47)


def test_elapsed_same_zone_object_across_fall_back_is_real_time():
    a = datetime(2026, 10, 31, 12, 0, tzinfo=NY)
    b = datetime(2026, 11, 2, 12, 0, tzinfo=NY)
    assert elapsed(a, b) == timedelta(hours=49)


def test_elapsed_across_offsets():
    a = datetime(2026, 4, 23, 11, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    b = datetime(2026, 4, 23, 12, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert elapsed(a, b) == timedelta(minutes=-30)


def test_elapsed_rejects_naive():
    with pytest.raises(ValueError):
        elapsed(datetime(2026, 1, 1), datetime(2026, 1, 2, tzinfo=UTC))


# -- wording -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("delta, text", [
    (timedelta(seconds=45), "45 seconds"),
    (timedelta(seconds=1), "1 second"),
    (timedelta(minutes=1), "1 minute"),
    (timedelta(minutes=3), "3 minutes"),
    (timedelta(minutes=59, seconds=20), "59 minutes"),
    (timedelta(hours=1), "1 hour"),
    (timedelta(hours=2, minutes=5), "2 hours and 5 minutes"),
    (timedelta(hours=30), "30 hours"),
    (timedelta(hours=47, minutes=40), "47 hours"),
    (timedelta(days=3), "3 days"),
    (timedelta(days=4, hours=2), "4 days and 2 hours"),
    (timedelta(days=10, hours=13), "10 days"),
    (timedelta(days=-3), "3 days"),
    (timedelta(hours=48, minutes=1), "2 days"),
    (timedelta(minutes=3, seconds=50), "3 minutes"),
])
def test_describe_duration(delta, text):
    assert describe_duration(delta) == text


def test_formatting_helpers():
    assert format_day(datetime(2026, 9, 29, 8, 30)) == "Tuesday 08:30"
    assert format_date(date(2026, 9, 28)) == "Monday 28 September"
    assert zone_label(NY) == "America/New_York"
    assert zone_label(timezone(timedelta(hours=5, minutes=45))) == "UTC+05:45"
    assert zone_label(timezone(timedelta(hours=-3, minutes=-30))) == "UTC-03:30"


# -- parsing options -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, minutes", [("07:00", 420), ("7:05", 425), ("21:00", 1260), ("24:00", 1440),
                                           ("00:00", 0)])
def test_parse_clock(text, minutes):
    assert parse_clock(text) == minutes


@pytest.mark.parametrize("text", ["7", "25:00", "12:60", "24:30", "ab:cd", "07:00:00", "", "-1:00"])
def test_parse_clock_rejects(text):
    with pytest.raises(ValueError):
        parse_clock(text)


def test_parse_weekdays():
    assert parse_weekdays(["saturday", "Sun"]) == frozenset({5, 6})
    assert parse_weekdays(["friday", "SATURDAY"]) == frozenset({4, 5})
    with pytest.raises(ValueError):
        parse_weekdays(["funday"])


# -- local days ----------------------------------------------------------------------------------------

def test_day_start_on_dst_days_has_real_length():
    assert day_start(date(2026, 3, 9), NY) - day_start(date(2026, 3, 8), NY) == timedelta(hours=23)
    assert day_start(date(2026, 11, 2), NY) - day_start(date(2026, 11, 1), NY) == timedelta(hours=25)
    # Sydney: clocks go back on 5 April 2026, forward on 4 October 2026
    assert day_start(date(2026, 4, 6), SYDNEY) - day_start(date(2026, 4, 5), SYDNEY) == timedelta(hours=25)
    assert day_start(date(2026, 10, 5), SYDNEY) - day_start(date(2026, 10, 4), SYDNEY) == timedelta(hours=23)


def test_day_start_where_midnight_is_skipped():
    # Santiago springs forward at 24:00 on Saturday 5 September 2026: Sunday starts at 01:00 local
    zone = ZoneInfo("America/Santiago")
    start = day_start(date(2026, 9, 6), zone)
    assert start.astimezone(zone).hour in (0, 1)
    assert day_start(date(2026, 9, 7), zone) - start == timedelta(hours=23)


def test_localize_moves_a_time_in_a_gap_forward():
    assert localize(date(2026, 3, 8), 150, NY) == datetime(2026, 3, 8, 3, 30, tzinfo=NY)
    got = localize(date(2026, 3, 29), 60 + 30, LONDON)  # 01:30 does not exist in London that day
    assert (got.hour, got.minute) == (2, 30)


def test_localize_ambiguous_time_takes_the_first():
    got = localize(date(2026, 11, 1), 90, NY)
    assert got.utcoffset() == timedelta(hours=-4)


# -- working-day time ----------------------------------------------------------------------------------

def test_weekday_time_friday_to_monday():
    fri = datetime(2026, 3, 6, 16, 0, tzinfo=NY)
    mon = datetime(2026, 3, 9, 10, 0, tzinfo=NY)
    # Friday 8 h + Monday 10 h; the weekend (with its 23-hour Sunday) does not count
    assert weekday_time_between(fri, mon, NY) == timedelta(hours=18)


def test_weekday_time_counts_a_short_working_day_as_23_hours():
    # the US change is on a Sunday: with only Friday as the weekend, that Sunday is a working day
    sun = date(2026, 3, 8)
    a = day_start(sun, NY)
    b = day_start(sun + timedelta(days=1), NY)
    assert weekday_time_between(a, b, NY, weekend={4}) == timedelta(hours=23)


def test_weekday_time_is_negative_backwards_and_zero_on_weekends():
    sat = datetime(2026, 5, 9, 9, 0, tzinfo=LONDON)
    sun = datetime(2026, 5, 10, 21, 0, tzinfo=LONDON)
    assert weekday_time_between(sat, sun, LONDON) == timedelta(0)
    mon = datetime(2026, 5, 11, 3, 0, tzinfo=LONDON)
    assert weekday_time_between(mon, sat, LONDON) == -timedelta(hours=3)


def test_weekday_time_uses_the_zone_calendar_not_the_offset_written():
    # 23:30 Friday in London is already Saturday in Kolkata
    start = datetime(2026, 5, 8, 18, 0, tzinfo=UTC)
    end = datetime(2026, 5, 8, 22, 30, tzinfo=UTC)
    assert weekday_time_between(start, end, LONDON) == timedelta(hours=4, minutes=30)
    # in Kolkata (+05:30), Saturday begins at 18:30 UTC
    assert weekday_time_between(start, end, KOLKATA) == timedelta(minutes=30)


def test_weekday_time_long_spans_are_bounded_and_monotonic():
    a = datetime(2020, 1, 1, tzinfo=UTC)
    b = datetime(2026, 1, 1, tzinfo=UTC)
    got = weekday_time_between(a, b, LONDON)
    assert timedelta(days=5 * 300) < got < timedelta(days=5 * 320)
    assert weekday_time_between(a, b + H, LONDON) >= got


def test_add_weekday_time_inverts_weekday_time_between():
    start = datetime(2026, 3, 5, 15, 0, tzinfo=NY)  # Thursday, before the US change
    for amount in (timedelta(0), H, timedelta(hours=33), timedelta(days=5), timedelta(days=5, hours=7)):
        end = add_weekday_time(start, amount, NY)
        assert weekday_time_between(start, end, NY) == amount


def test_add_weekday_time_skips_the_weekend():
    fri = datetime(2026, 9, 25, 15, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    end = add_weekday_time(fri, timedelta(hours=24), ZoneInfo("America/Los_Angeles"))
    assert end.astimezone(ZoneInfo("America/Los_Angeles")) == datetime(
        2026, 9, 28, 15, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


# -- business hours ------------------------------------------------------------------------------------

@pytest.mark.parametrize("local, inside", [
    (datetime(2026, 5, 11, 7, 0), True),       # Monday 07:00 exactly
    (datetime(2026, 5, 11, 6, 59, 59), False),
    (datetime(2026, 5, 11, 20, 59, 59), True),
    (datetime(2026, 5, 11, 21, 0), False),     # 21:00 is the end, not included
    (datetime(2026, 5, 9, 12, 0), False),      # Saturday
    (datetime(2026, 5, 10, 12, 0), False),     # Sunday
    (datetime(2026, 5, 8, 12, 0), True),       # Friday
])
def test_in_business_hours(local, inside):
    assert in_business_hours(local, 7 * 60, 21 * 60) is inside


def test_next_slot_after_late_evening_is_next_morning():
    mon_late = datetime(2026, 5, 11, 22, 15, tzinfo=LONDON)
    slot = next_business_slot(mon_late, LONDON, 420, 1260, preferred_minutes=510)
    assert slot == datetime(2026, 5, 12, 8, 30, tzinfo=LONDON)
    assert format_day(slot) == "Tuesday 08:30"


def test_next_slot_early_morning_is_same_day():
    early = datetime(2026, 5, 12, 5, 0, tzinfo=LONDON)
    assert next_business_slot(early, LONDON, 420, 1260, preferred_minutes=510) == datetime(
        2026, 5, 12, 8, 30, tzinfo=LONDON)


def test_next_slot_friday_night_is_monday_and_inside_is_itself():
    fri = datetime(2026, 5, 8, 23, 0, tzinfo=LONDON)
    assert format_day(next_business_slot(fri, LONDON, 420, 1260, preferred_minutes=510)) == "Monday 08:30"
    inside = datetime(2026, 5, 8, 10, 0, tzinfo=LONDON)
    assert next_business_slot(inside, LONDON, 420, 1260) == inside


def test_next_slot_in_another_zone_and_weekend():
    sent = datetime(2026, 5, 8, 10, 0, tzinfo=UTC)  # Friday 15:30 in Kolkata
    assert next_business_slot(sent, KOLKATA, 420, 1260) == sent.astimezone(KOLKATA)
    # a Friday-Saturday weekend: Friday is not a working day, Sunday is
    slot = next_business_slot(sent, KOLKATA, 420, 1260, weekend={4, 5}, preferred_minutes=510)
    assert format_day(slot) == "Sunday 08:30"


def test_next_slot_preferred_outside_hours_falls_back_to_start():
    sat = datetime(2026, 5, 9, 12, 0, tzinfo=LONDON)
    assert format_day(next_business_slot(sat, LONDON, 540, 1020, preferred_minutes=360)) == "Monday 09:00"
