"""Property-based tests: a timing verdict depends on instants, never on the offset they are written in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint import Config, Draft, Interview, Interviewer, FollowUp, Linter
from followup_lint.rules.cadence import FollowupTooSoon, TooManyFollowups
from followup_lint.rules.timing import (
    OutsideBusinessHours, RelativeTimeMismatch, SentBeforeInterviewEnded, SentTooLate, SentTooSoon,
)
from followup_lint.timeutil import add_weekday_time, weekday_time_between

RULES = (SentBeforeInterviewEnded, SentTooLate, SentTooSoon, OutsideBusinessHours, RelativeTimeMismatch,
         FollowupTooSoon, TooManyFollowups)
LINTER = Linter(Config(select=("FL4",)), rules=RULES, plugins=False)
BUSINESS = Linter(Config(select=("FL4",), rules={"sent-too-late": {"business-days": True},
                                                 "followup-too-soon": {"business-days": True}}),
                  rules=RULES, plugins=False)

BODY = ("Hi Dana,\n\nThank you for meeting with me this morning; I enjoyed our conversation today about the "
        "data platform, and yesterday's prep call too.\n\nBest,\nSam")

ZONES = ["America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Australia/Sydney",
         "Australia/Adelaide", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Darwin", "America/St_Johns",
         "Pacific/Chatham", "Asia/Tokyo", "America/Santiago", "UTC"]

# instants around the 2026 DST changes (US 8 Mar / 1 Nov, EU 29 Mar / 25 Oct, AU 5 Apr / 4 Oct)
instants = st.datetimes(min_value=datetime(2026, 2, 20), max_value=datetime(2026, 11, 20)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=timezone.utc))
#: any whole-minute offset from -12:00 to +14:00 (30- and 45-minute ones included)
offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
zones = st.sampled_from(ZONES).map(ZoneInfo)
gaps = st.integers(min_value=-3 * 60, max_value=10 * 24 * 60).map(lambda m: timedelta(minutes=m))


def verdict(linter, draft, iv):
    report = linter.lint(draft, iv, clock=False)
    return sorted((f.code, int(f.severity), f.span.start if f.span else None) for f in report.findings)


def build(end, zone, sent, length, ups=(), naive=False):
    start = end - length
    if naive:  # naive wall times in the interview's zone
        start_v = start.astimezone(zone).replace(tzinfo=None)
        end_v = end.astimezone(zone).replace(tzinfo=None)
    else:
        start_v, end_v = start, end
    iv = Interview(interviewers=(Interviewer("Dana Wells", email="dana@x.example"),), timezone=zone.key,
                   started_at=start_v, ended_at=end_v, followups=tuple(ups))
    return Draft(body=BODY, to=("dana@x.example",), sent_at=sent), iv


@settings(max_examples=100, deadline=None)
@given(end=instants, gap=gaps, zone=zones, o1=offsets, o2=offsets, o3=offsets)
def test_first_message_verdict_does_not_depend_on_offsets(end, gap, zone, o1, o2, o3):
    sent = end + gap
    length = timedelta(minutes=45)
    a = build(end.astimezone(o1), zone, sent.astimezone(o2), length)
    b = build(end.astimezone(o3), zone, sent.astimezone(o1), length)
    c = build(end, zone, sent.astimezone(zone), length, naive=True)
    first = verdict(LINTER, *a)
    assert first == verdict(LINTER, *b) == verdict(LINTER, *c)
    assert verdict(BUSINESS, *a) == verdict(BUSINESS, *c)


@settings(max_examples=100, deadline=None)
@given(end=instants, gap=gaps, zone=zones, o1=offsets, o2=offsets, answered=st.lists(st.booleans(), max_size=4))
def test_followup_verdict_does_not_depend_on_offsets(end, gap, zone, o1, o2, answered):
    ups = [end + timedelta(hours=3)]
    for i in range(len(answered)):
        ups.append(ups[-1] + timedelta(days=4 + i))
    sent = ups[-1] + abs(gap)
    flags = [False, *answered]
    a = build(end, zone, sent.astimezone(o1), timedelta(hours=1),
              [FollowUp(u.astimezone(o2), f) for u, f in zip(ups, flags)])
    b = build(end, zone, sent.astimezone(o2), timedelta(hours=1),
              [FollowUp(u.astimezone(zone).replace(tzinfo=None), f) for u, f in zip(ups, flags)], naive=True)
    assert verdict(LINTER, *a) == verdict(LINTER, *b)
    assert verdict(BUSINESS, *a) == verdict(BUSINESS, *b)


@settings(max_examples=100, deadline=None)
@given(end=instants, zone=zones, g1=gaps, g2=gaps)
def test_lateness_never_decreases_with_time(end, zone, g1, g2):
    lo, hi = sorted((g1, g2))
    if lo <= timedelta(0):
        return

    def level(gap):
        report = LINTER.lint(*build(end, zone, end + gap, timedelta(hours=1)), clock=False)
        return max((int(f.severity) for f in report.findings if f.code == "FL402"), default=0)

    assert level(lo) <= level(hi)


@settings(max_examples=100, deadline=None)
@given(start=instants, zone=zones, minutes=st.integers(min_value=0, max_value=12 * 24 * 60), o1=offsets)
def test_weekday_time_round_trip_and_offsets(start, zone, minutes, o1):
    amount = timedelta(minutes=minutes)
    end = add_weekday_time(start.astimezone(o1), amount, zone)
    assert weekday_time_between(start, end, zone) == amount
    assert weekday_time_between(start.astimezone(o1), end.astimezone(zone), zone) == amount
