"""FL404 outside-business-hours: the send time on the interviewer's clock."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from followup_lint import ConfigError, Draft, Interview
from followup_lint.rules.timing import OutsideBusinessHours, audience_of
from followup_lint.testing import examples_of, example_context, findings_of, run_rule

BODY = "Dear Fiona,\n\nThank you for the conversation about the autumn list.\n\nBest wishes,\nOliver"


def interview(tz: str | None = "Europe/London", people: list[dict] | None = None, **extra: object) -> dict:
    data: dict = {
        "interviewers": people if people is not None else [{"name": "Fiona MacLeod", "email": "fiona@heron.example"}],
        "timezone": tz, "started_at": "2026-05-06T14:00:00+01:00", "ended_at": "2026-05-06T15:00:00+01:00",
    }
    data.update(extra)
    return data


def flagged(sent: str, iv: dict | None = None, **kwargs) -> list:
    return findings_of(OutsideBusinessHours, BODY, iv or interview(), sent_at=sent, to=("fiona@heron.example",),
                       **kwargs)


BAD = [
    # (send time, interviewer's zone, suggested slot)
    ("2026-05-09T12:00:00+01:00", "Europe/London", "Monday 08:30"),     # Saturday noon
    ("2026-05-10T10:00:00+01:00", "Europe/London", "Monday 08:30"),     # Sunday morning
    ("2026-05-11T06:59:59+01:00", "Europe/London", "Monday 08:30"),     # one second before 07:00
    ("2026-05-11T21:00:00+01:00", "Europe/London", "Tuesday 08:30"),    # 21:00 is not included
    ("2026-05-12T23:40:00+01:00", "Europe/London", "Wednesday 08:30"),
    ("2026-05-08T22:30:00+01:00", "Europe/London", "Monday 08:30"),     # Friday night
    # written in New York time, read in Kolkata (+05:30): 03:00 Tuesday there
    ("2026-05-11T17:30:00-04:00", "Asia/Kolkata", "Tuesday 08:30"),
    # written in UTC, read in Kathmandu (+05:45): 02:35 Tuesday there
    ("2026-05-11T20:50:00+00:00", "Asia/Kathmandu", "Tuesday 08:30"),
    # written in UTC, read in Adelaide (+10:30 in December): 00:30 Saturday there
    ("2026-12-11T14:00:00+00:00", "Australia/Adelaide", "Monday 08:30"),
    # a stale summer offset after the US fall-back: 07:30 -04:00 is 06:30 EST
    ("2026-11-02T07:30:00-04:00", "America/New_York", "Monday 08:30"),
    # a stale BST offset after the EU fall-back: 07:30 +01:00 is 06:30 GMT
    ("2026-10-26T07:30:00+01:00", "Europe/London", "Monday 08:30"),
    # a stale AEDT offset after the Australian fall-back: 07:30 +11:00 is 06:30 AEST
    # Easter Monday 2026 is a public holiday in Australia: the next good time is Tuesday morning
    ("2026-04-06T07:30:00+11:00", "Australia/Sydney", "Tuesday 08:30"),
]

GOOD = [
    ("2026-05-11T07:00:00+01:00", "Europe/London"),     # Monday 07:00 exactly
    ("2026-05-08T20:59:00+01:00", "Europe/London"),     # Friday 20:59
    ("2026-05-13T11:00:00+00:00", "Europe/London"),     # Wednesday noon, written in UTC
    ("2026-05-11T04:00:00+00:00", "Asia/Kolkata"),      # 09:30 there
    ("2026-05-11T03:15:00+00:00", "Asia/Kathmandu"),    # 09:00 there
    ("2026-12-10T23:30:00+00:00", "Australia/Adelaide"),  # Friday 10:00 there
    ("2026-06-11T09:30:00+09:30", "Australia/Darwin"),
    # a stale winter offset after the US spring-forward: 06:30 -05:00 is 07:30 EDT
    ("2026-03-09T06:30:00-05:00", "America/New_York"),
    # a stale GMT offset after the EU spring-forward: 07:30 +00:00 is 08:30 BST
    ("2026-03-30T07:30:00+00:00", "Europe/London"),
    # a stale AEST offset after the Australian spring-forward: 06:30 +10:00 is 07:30 AEDT
    ("2026-10-05T06:30:00+10:00", "Australia/Sydney"),
    # London's Monday 23:00 is Tuesday 08:00 in Tokyo
    ("2026-05-11T23:00:00+00:00", "Asia/Tokyo"),
]


@pytest.mark.parametrize("sent, tz, slot", BAD)
def test_outside_business_hours_flags(sent, tz, slot):
    people = [{"name": "Fiona MacLeod", "email": "fiona@heron.example", "timezone": tz}]
    f, = flagged(sent, interview("Europe/London", people))
    assert f.span is None
    assert f.message.endswith(f"schedule it for {slot} their time")
    assert f.data["zone"] == tz and f.data["zone_source"] == "interviewer"


@pytest.mark.parametrize("sent, tz", GOOD)
def test_outside_business_hours_clean(sent, tz):
    people = [{"name": "Fiona MacLeod", "email": "fiona@heron.example", "timezone": tz}]
    assert flagged(sent, interview("Europe/London", people)) == []


def test_reason_and_suggestion_data():
    f, = flagged("2026-05-11T05:10:00+01:00")
    assert f.data["reason"] == "early" and "before 07:00" in f.message
    assert f.data["suggested_time"] == "2026-05-11T08:30:00+01:00"
    assert f.data["suggested_time_utc"] == "2026-05-11T07:30:00+00:00"
    f, = flagged("2026-05-11T22:10:00+01:00")
    assert f.data["reason"] == "late" and "after 21:00" in f.message
    f, = flagged("2026-05-10T12:00:00+01:00")
    assert f.data["reason"] == "weekend" and "Sunday" in f.message
    assert "Fiona MacLeod's time zone (Europe/London)" in f.message


def test_options_hours_suggestion_and_weekend():
    assert flagged("2026-05-11T06:30:00+01:00", options={"earliest": "06:00"}) == []
    f, = flagged("2026-05-11T20:30:00+01:00", options={"latest": "18:00", "suggest": "09:15"})
    assert f.message.endswith("Tuesday 09:15 their time")
    # a Friday-Saturday weekend (Dubai): Friday is off, Sunday is a working day
    people = [{"name": "Omar Haddad", "email": "fiona@heron.example", "timezone": "Asia/Dubai"}]
    iv = interview("Asia/Dubai", people)
    options = {"weekend": ["friday", "saturday"]}
    f, = flagged("2026-05-08T10:00:00+04:00", iv, options=options)
    assert f.message.endswith("Sunday 08:30 their time")
    assert flagged("2026-05-10T10:00:00+04:00", iv, options=options) == []


@pytest.mark.parametrize("bad", [{"earliest": "7am"}, {"earliest": "22:00"}, {"latest": "25:00"},
                                 {"weekend": ["funday"]}, {"suggest": "8"},
                                 {"weekend": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}])
def test_bad_options_are_config_errors(bad):
    with pytest.raises(ConfigError):
        flagged("2026-05-11T12:00:00+01:00", options=bad)


# -- whose clock ---------------------------------------------------------------------------------------

PANEL = [
    {"name": "Ana Souza", "email": "ana@acme.example", "timezone": "America/Sao_Paulo"},
    {"name": "Raj Iyer", "email": "raj@acme.example", "timezone": "Asia/Kolkata"},
    {"name": "Tom Byrne", "email": "tom@acme.example"},
]


def test_audience_is_the_matched_recipient():
    iv = Interview.from_dict(interview("Europe/Dublin", PANEL))
    who = audience_of(Draft(body="x", to=("Raj Iyer <RAJ@acme.example>",)), iv)
    assert (who.person, who.source, who.zone) == ("Raj Iyer", "interviewer", ZoneInfo("Asia/Kolkata"))


def test_audience_matched_without_zone_uses_the_interview_zone_not_the_first_interviewer():
    iv = Interview.from_dict(interview("Europe/Dublin", PANEL))
    who = audience_of(Draft(body="x", to=("tom@acme.example",)), iv)
    assert (who.person, who.source, who.zone) == ("Tom Byrne", "interview", ZoneInfo("Europe/Dublin"))


def test_audience_unmatched_is_the_first_interviewer():
    iv = Interview.from_dict(interview("Europe/Dublin", PANEL))
    who = audience_of(Draft(body="x", to=("recruiter@acme.example",)), iv)
    assert (who.person, who.zone) == ("Ana Souza", ZoneInfo("America/Sao_Paulo"))


def test_audience_falls_back_to_the_offset_of_the_interview_times():
    iv = Interview.from_dict(interview(None, [{"name": "Ana Souza"}, {"name": "Raj Iyer"}]))
    who = audience_of(Draft(body="x"), iv)
    assert who.source == "offset" and who.person is None
    f, = findings_of(OutsideBusinessHours, BODY, iv, sent_at="2026-05-09T12:00:00+01:00")
    assert "the interviewer's time zone (UTC+01:00)" in f.message


def test_skips_without_a_zone_or_interview():
    iv = {"interviewers": [{"name": "Fiona MacLeod"}]}
    report = run_rule(OutsideBusinessHours, BODY, iv, sent_at="2026-05-09T12:00:00+01:00")
    assert report.rules_skipped[0].reason == "the interviewer's time zone is unknown"
    report = run_rule(OutsideBusinessHours, BODY, None, sent_at="2026-05-09T12:00:00+01:00")
    assert report.rules_skipped[0].reason == "no interview context was given"
    report = run_rule(OutsideBusinessHours, BODY, interview(), sent_at="2026-05-09T12:00:00+01:00", template=True)
    assert report.rules_skipped[0].reason == "templates have no send time"


def test_applies_to_later_followups_too():
    iv = interview(followups=[{"sent_at": "2026-05-06T18:00:00+01:00"}])
    assert len(flagged("2026-05-16T12:00:00+01:00", iv)) == 1


def test_docstring_example():
    ex = examples_of(OutsideBusinessHours)
    assert findings_of(OutsideBusinessHours, ex.bad, **example_context(ex.bad_context))
    assert not findings_of(OutsideBusinessHours, ex.good, **example_context(ex.good_context))
