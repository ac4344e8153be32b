"""FL401 sent-before-interview-ended, FL402 sent-too-late, FL403 sent-too-soon: the thank-you note."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup_lint import Config, Draft, Interview, Severity, lint_draft
from followup_lint.rules.timing import SentBeforeInterviewEnded, SentTooLate, SentTooSoon
from followup_lint.testing import examples_of, example_context, findings_of, run_rule

BODY = "Hi Dana,\n\nThank you for the conversation about the data platform.\n\nBest,\nSam"


def interview(end: str | None, tz: str | None = "America/New_York", start: str | None = None,
              **extra: object) -> dict:
    data: dict = {"interviewers": [{"name": "Dana Wells", "email": "dana@acme.example"}], "timezone": tz,
                  "started_at": start, "ended_at": end}
    data.update(extra)
    return data


def verdict(rule, sent, iv, **kwargs) -> list[Severity]:
    return [f.severity for f in findings_of(rule, BODY, iv, sent_at=sent, **kwargs)]


# -- FL401 sent-before-interview-ended -----------------------------------------------------------------

BEFORE_BAD = [
    # a Chicago send time for a Los Angeles interview (the classic zone slip)
    ("2026-04-23T12:30:00-05:00", interview("2026-04-23T11:00:00", "America/Los_Angeles")),
    # exactly at the end, written in UTC
    ("2026-04-23T18:00:00+00:00", interview("2026-04-23T11:00:00", "America/Los_Angeles")),
    # one second before the end
    ("2026-04-23T10:59:59-07:00", interview("2026-04-23T11:00:00", "America/Los_Angeles")),
    # the day before the interview
    ("2026-04-22T17:00:00-07:00", interview("2026-04-23T11:00:00", "America/Los_Angeles",
                                            start="2026-04-23T10:00:00")),
    # Kolkata (+05:30): 15:00 there is 09:30 UTC; sent 09:00 UTC
    ("2026-06-10T09:00:00Z", interview("2026-06-10T15:00:00", "Asia/Kolkata")),
    # Kathmandu (+05:45): 15:00 there is 09:15 UTC
    ("2026-06-10T10:14:00+01:00", interview("2026-06-10T15:00:00", "Asia/Kathmandu")),
    # Adelaide (+09:30 in winter): 15:00 there is 05:30 UTC
    ("2026-06-10T05:29:00+00:00", interview("2026-06-10T15:00:00", "Australia/Adelaide")),
    # Adelaide (+10:30 in summer): 15:00 there is 04:30 UTC
    ("2026-12-10T15:25:00+11:00", interview("2026-12-10T15:00:00", "Australia/Adelaide")),
    # US fall-back: ends 01:20 EST (the second 01:20); sent 01:50 EDT (the first): later on the wall, earlier
    ("2026-11-01T01:50:00-04:00", interview("2026-11-01T01:20:00-05:00")),
    # EU fall-back in London: ends 01:45 GMT; sent 01:30 BST, an hour and a quarter earlier
    ("2026-10-25T01:30:00+01:00", interview("2026-10-25T01:45:00+00:00", "Europe/London")),
    # Australian fall-back in Sydney (5 April 2026): ends 02:40 AEST; sent 02:50 AEDT
    ("2026-04-05T02:50:00+11:00", interview("2026-04-05T02:40:00+10:00", "Australia/Sydney")),
    # no ended_at: started 10:00 in Berlin, sent in New York before it started
    ("2026-06-10T03:00:00-04:00", interview(None, "Europe/Berlin", start="2026-06-10T10:00:00")),
]

BEFORE_GOOD = [
    ("2026-04-23T11:00:01-07:00", interview("2026-04-23T11:00:00", "America/Los_Angeles")),
    ("2026-04-23T15:30:00-05:00", interview("2026-04-23T11:00:00", "America/Los_Angeles")),
    # US fall-back: ends 01:30 EDT (first); sent 01:10 EST (second): earlier on the wall, 40 minutes later
    ("2026-11-01T01:10:00-05:00", interview("2026-11-01T01:30:00-04:00")),
    # EU spring-forward in London (29 March 2026): ends 00:50 GMT, sent 02:05 BST = 15 minutes later
    ("2026-03-29T02:05:00+01:00", interview("2026-03-29T00:50:00", "Europe/London")),
    # Sydney spring-forward (4 October 2026): ends 01:50 AEST, sent 03:05 AEDT = 15 minutes later
    ("2026-10-04T03:05:00+11:00", interview("2026-10-04T01:50:00", "Australia/Sydney")),
    ("2026-06-10T09:31:00Z", interview("2026-06-10T15:00:00", "Asia/Kolkata")),
    ("2026-06-10T15:16:00+06:00", interview("2026-06-10T15:00:00", "Asia/Kathmandu")),
    ("2026-06-10T15:31:00+10:00", interview("2026-06-10T15:00:00", "Australia/Adelaide")),
    # the interview's times written with offsets and no zone at all
    ("2026-06-10T12:00:00+02:00", interview("2026-06-10T11:00:00+02:00", None)),
    # no ended_at: 60 minutes assumed, sent 61 minutes after the start
    ("2026-06-10T11:01:00+02:00", interview(None, "Europe/Berlin", start="2026-06-10T10:00:00")),
]


@pytest.mark.parametrize("sent, iv", BEFORE_BAD)
def test_sent_before_end_flags(sent, iv):
    got = findings_of(SentBeforeInterviewEnded, BODY, iv, sent_at=sent)
    assert len(got) == 1
    assert got[0].span is None
    assert got[0].data["hours_after_end"] <= 0


@pytest.mark.parametrize("sent, iv", BEFORE_GOOD)
def test_sent_before_end_clean(sent, iv):
    assert verdict(SentBeforeInterviewEnded, sent, iv) == []


def test_sent_before_end_is_an_error_with_known_end():
    got = findings_of(SentBeforeInterviewEnded, BODY, BEFORE_BAD[0][1], sent_at=BEFORE_BAD[0][0])
    assert got[0].severity is Severity.ERROR
    assert got[0].data["assumed_end"] is False
    assert got[0].data["hours_after_end"] == pytest.approx(-0.5)
    assert "10:30" in got[0].message and "11:00" in got[0].message


def test_sent_before_assumed_end_but_after_start_is_only_a_warning():
    iv = interview(None, "Europe/Berlin", start="2026-06-10T10:00:00")
    got = findings_of(SentBeforeInterviewEnded, BODY, iv, sent_at="2026-06-10T10:40:00+02:00")
    assert [f.severity for f in got] == [Severity.WARNING]
    assert got[0].data["assumed_end"] is True and got[0].data["confidence"] == "low"
    assert "assuming a 60-minute interview" in got[0].message
    # with a 30-minute interview assumed, 10:40 is after the end
    assert verdict(SentBeforeInterviewEnded, "2026-06-10T10:40:00+02:00", iv,
                   options={"assumed-length-minutes": 30}) == []


def test_sent_before_start_is_an_error_even_when_the_end_is_assumed():
    got = findings_of(SentBeforeInterviewEnded, BODY, BEFORE_BAD[-1][1], sent_at=BEFORE_BAD[-1][0])
    assert [f.severity for f in got] == [Severity.ERROR]
    assert "before the interview even starts" in got[0].message


# -- skips ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rule", [SentBeforeInterviewEnded, SentTooLate, SentTooSoon])
def test_first_message_rules_skip_without_what_they_need(rule):
    sent = "2026-04-23T12:30:00-05:00"
    # no interview
    report = run_rule(rule, BODY, None, sent_at=sent)
    assert [s.rule for s in report.rules_skipped] == [rule.name]
    # no start or end time
    report = run_rule(rule, BODY, interview(None), sent_at=sent)
    assert report.rules_skipped[0].reason == "the interview has no start or end time"
    # no send time (and no clock)
    report = run_rule(rule, BODY, interview("2026-04-23T11:00:00"))
    assert "send time" in report.rules_skipped[0].reason
    # a template
    report = run_rule(rule, BODY, interview("2026-04-23T11:00:00"), sent_at=sent, template=True)
    assert report.rules_skipped[0].reason == "templates have no send time"
    # a later follow-up
    iv = interview("2026-04-23T11:00:00", followups=[{"sent_at": "2026-04-23T12:00:00"}])
    report = run_rule(rule, BODY, iv, sent_at="2026-04-24T12:30:00-05:00")
    assert "not the thank-you note" in report.rules_skipped[0].reason
    assert not report.findings


def test_now_is_the_send_time_when_the_draft_has_none():
    iv = interview("2026-04-23T11:00:00", "America/Los_Angeles")
    got = findings_of(SentBeforeInterviewEnded, BODY, iv, now=datetime(2026, 4, 23, 17, 0, tzinfo=timezone.utc))
    assert len(got) == 1
    # the draft's own sent_at wins over now=
    got = findings_of(SentBeforeInterviewEnded, BODY, iv, sent_at="2026-04-23T19:00:00+00:00",
                      now=datetime(2026, 4, 23, 17, 0, tzinfo=timezone.utc))
    assert got == []


# -- FL402 sent-too-late -------------------------------------------------------------------------------

END = "2026-05-06T15:00:00"  # Wednesday, London (BST, +01:00) = 14:00 UTC
LONDON = interview(END, "Europe/London")

LATE_CASES = [
    # (send time, expected severities)
    ("2026-05-07T15:00:00+01:00", []),                         # exactly 24 h
    ("2026-05-07T14:00:00+00:00", []),                         # exactly 24 h, written in UTC
    ("2026-05-07T19:29:59+05:30", []),                         # 23:59:59 h, written in Kolkata time
    ("2026-05-07T15:00:01+01:00", [Severity.WARNING]),         # 24 h + 1 s
    ("2026-05-07T19:45:01+05:45", [Severity.WARNING]),         # 24 h + 1 s, written in Kathmandu time
    ("2026-05-08T15:00:00+01:00", [Severity.WARNING]),         # exactly 48 h
    ("2026-05-08T23:30:00+09:30", [Severity.WARNING]),         # exactly 48 h, written in Darwin time
    ("2026-05-08T15:00:01+01:00", [Severity.ERROR]),           # 48 h + 1 s
    ("2026-05-08T14:00:01Z", [Severity.ERROR]),                # 48 h + 1 s in UTC
    ("2026-05-10T11:00:00-04:00", [Severity.ERROR]),           # 4 days, from New York
    ("2026-05-06T18:00:00+01:00", []),                         # the same evening
    ("2026-05-07T09:00:00+01:00", []),                         # the next morning
    ("2026-06-06T09:00:00+01:00", [Severity.ERROR]),           # a month later
]


@pytest.mark.parametrize("sent, expected", LATE_CASES)
def test_sent_too_late_boundaries(sent, expected):
    assert verdict(SentTooLate, sent, LONDON) == expected


@pytest.mark.parametrize("end, tz, sent, expected", [
    # US spring-forward (Sunday 8 March 2026): 24 wall-clock hours are 23 real ones
    ("2026-03-07T12:00:00", "America/New_York", "2026-03-08T12:00:00-04:00", []),
    ("2026-03-07T12:00:00", "America/New_York", "2026-03-09T12:00:00-04:00", [Severity.WARNING]),  # 47 h
    ("2026-03-07T12:00:00", "America/New_York", "2026-03-09T13:00:01-04:00", [Severity.ERROR]),
    # US fall-back (Sunday 1 November 2026): 23.5 wall-clock hours are 24.5 real ones
    ("2026-10-31T12:00:00", "America/New_York", "2026-11-01T11:30:00-05:00", [Severity.WARNING]),
    ("2026-10-31T12:00:00", "America/New_York", "2026-11-01T10:59:00-05:00", []),
    # EU spring-forward (Sunday 29 March 2026)
    ("2026-03-28T12:00:00", "Europe/Berlin", "2026-03-29T12:30:00+02:00", []),
    ("2026-03-28T12:00:00", "Europe/Berlin", "2026-03-29T13:00:01+02:00", [Severity.WARNING]),
    # EU fall-back (Sunday 25 October 2026)
    ("2026-10-24T12:00:00", "Europe/Berlin", "2026-10-25T11:30:00+01:00", [Severity.WARNING]),
    ("2026-10-24T12:00:00", "Europe/Berlin", "2026-10-25T10:59:59+01:00", []),
    # Australia fall-back (Sunday 5 April 2026, Sydney +11 -> +10)
    ("2026-04-04T12:00:00", "Australia/Sydney", "2026-04-05T11:30:00+10:00", [Severity.WARNING]),
    ("2026-04-04T12:00:00", "Australia/Sydney", "2026-04-05T10:59:00+10:00", []),
    # Australia spring-forward (Sunday 4 October 2026, Sydney +10 -> +11)
    ("2026-10-03T12:00:00", "Australia/Sydney", "2026-10-04T12:30:00+11:00", []),
    ("2026-10-03T12:00:00", "Australia/Sydney", "2026-10-05T13:00:01+11:00", [Severity.ERROR]),
    # Adelaide (+10:30 in January) and Kathmandu (+05:45)
    ("2026-01-15T12:00:00", "Australia/Adelaide", "2026-01-16T01:30:00Z", []),
    ("2026-01-15T12:00:00", "Australia/Adelaide", "2026-01-16T01:30:01Z", [Severity.WARNING]),
    ("2026-01-15T12:00:00", "Asia/Kathmandu", "2026-01-17T06:15:01Z", [Severity.ERROR]),
])
def test_sent_too_late_across_dst_and_odd_offsets(end, tz, sent, expected):
    assert verdict(SentTooLate, sent, interview(end, tz)) == expected


def test_sent_too_late_data_and_message():
    got = findings_of(SentTooLate, BODY, LONDON, sent_at="2026-05-07T20:30:00+01:00")
    f, = got
    assert f.data["hours_after_end"] == pytest.approx(29.5)
    assert f.data["assumed_end"] is False
    assert f.data["limit_hours"] == 24
    assert "29 hours" in f.message
    f, = findings_of(SentTooLate, BODY, LONDON, sent_at="2026-05-09T15:00:00+01:00")
    assert "3 days" in f.message


def test_sent_too_late_assumed_end():
    iv = interview(None, "Europe/London", start="2026-05-06T14:00:00")
    assert verdict(SentTooLate, "2026-05-07T14:30:00+01:00", iv) == []
    f, = findings_of(SentTooLate, BODY, iv, sent_at="2026-05-07T15:30:00+01:00")
    assert f.data["assumed_end"] is True and f.data["assumed_length_minutes"] == 60
    assert f.data["confidence"] == "low"
    assert "assuming a 60-minute interview" in f.message
    assert verdict(SentTooLate, "2026-05-07T15:30:00+01:00", iv, options={"assumed-length-minutes": 120}) == []


def test_sent_too_late_options():
    assert verdict(SentTooLate, "2026-05-07T04:00:00+01:00", LONDON,
                   options={"warn-after-hours": 12}) == [Severity.WARNING]
    assert verdict(SentTooLate, "2026-05-07T16:00:00+01:00", LONDON,
                   options={"warn-after-hours": 12, "error-after-hours": 24}) == [Severity.ERROR]
    assert verdict(SentTooLate, "2026-05-08T16:00:00+01:00", LONDON,
                   options={"warn-after-hours": 36.5, "error-after-hours": 72}) == [Severity.WARNING]
    # a configured severity overrides both levels
    assert verdict(SentTooLate, "2026-05-10T16:00:00+01:00", LONDON,
                   options={"severity": "info"}) == [Severity.INFO]


@pytest.mark.parametrize("bad", [{"warn-after-hours": 50}, {"warn-after-hours": 0}, {"business-days": "yes"},
                                 {"assumed-length-minutes": 0}, {"warn-after": 3}])
def test_sent_too_late_bad_options_are_config_errors(bad):
    from followup_lint import ConfigError

    with pytest.raises(ConfigError):
        run_rule(SentTooLate, BODY, LONDON, sent_at="2026-05-07T16:00:00+01:00", options=bad)


@pytest.mark.parametrize("end, sent, expected", [
    # Friday 16:00 interview answered Monday 10:00: 66 real hours, 18 working hours
    ("2026-03-06T16:00:00", "2026-03-09T10:00:00-04:00", []),
    # ... answered Tuesday 10:00: 42 working hours
    ("2026-03-06T16:00:00", "2026-03-10T10:00:00-04:00", [Severity.WARNING]),
    # ... answered Tuesday 16:00: exactly 48 working hours (the weekend had the 23-hour Sunday)
    ("2026-03-06T16:00:00", "2026-03-10T16:00:00-04:00", [Severity.WARNING]),
    ("2026-03-06T16:00:00", "2026-03-10T16:00:01-04:00", [Severity.ERROR]),
    # Thursday 16:00 answered Saturday: 32 working hours
    ("2026-03-05T16:00:00", "2026-03-07T11:00:00-05:00", [Severity.WARNING]),
    # Thursday 16:00 answered Monday 17:00: 8 + 24 + 17 = 49 working hours
    ("2026-03-05T16:00:00", "2026-03-09T17:00:00-04:00", [Severity.ERROR]),
    # Tuesday to Wednesday, no weekend: the same as real hours
    ("2026-03-03T16:00:00", "2026-03-04T16:00:00-05:00", []),
    ("2026-03-03T16:00:00", "2026-03-04T16:00:01-05:00", [Severity.WARNING]),
])
def test_sent_too_late_business_days(end, sent, expected):
    iv = interview(end, "America/New_York")
    assert verdict(SentTooLate, sent, iv, options={"business-days": True}) == expected


def test_business_days_counts_in_the_interview_zone():
    # ends Friday 10:00 in Tokyo (01:00 UTC); sent Saturday 08:00 in Tokyo (still Friday 23:00 in UTC)
    sent = "2026-06-05T23:00:00+00:00"
    options = {"business-days": True, "warn-after-hours": 16}
    assert verdict(SentTooLate, sent, interview("2026-06-05T10:00:00", "Asia/Tokyo"), options=options) == []
    # the same instants for an interview held in UTC: 22 working hours
    f, = findings_of(SentTooLate, BODY, interview("2026-06-05T01:00:00", "Etc/UTC"), sent_at=sent, options=options)
    assert f.data["business_hours_after_end"] == pytest.approx(22)
    assert f.data["hours_after_end"] == pytest.approx(22)
    # Friday 17:00 Tokyo to Monday 09:30 Tokyo: 64.5 real hours, 16.5 working hours
    iv = interview("2026-06-05T17:00:00", "Asia/Tokyo")
    assert verdict(SentTooLate, "2026-06-08T09:30:00+09:00", iv) == [Severity.ERROR]
    assert verdict(SentTooLate, "2026-06-08T09:30:00+09:00", iv, options={"business-days": True}) == []


# -- FL403 sent-too-soon -------------------------------------------------------------------------------

SOON_CASES = [
    ("2026-12-01T14:03:00-08:00", True),            # 3 minutes
    ("2026-12-01T14:00:01-08:00", True),            # 1 second
    ("2026-12-01T14:09:59-08:00", True),            # 9:59
    ("2026-12-01T22:09:59+00:00", True),            # 9:59 written in UTC
    ("2026-12-02T03:39:00+05:30", True),            # 9 minutes written in Kolkata time
    ("2026-12-02T03:54:00+05:45", True),            # 9 minutes written in Kathmandu time
    ("2026-12-02T07:35:00+09:30", True),            # 5 minutes written in Darwin time
    ("2026-12-01T17:01:00-05:00", True),            # 1 minute, from New York
    ("2026-12-01T14:06:00-08:00", True),
    ("2026-12-01T14:08:30-08:00", True),
    ("2026-12-01T14:10:00-08:00", False),           # exactly 10 minutes
    ("2026-12-01T14:10:01-08:00", False),
    ("2026-12-01T22:10:00+00:00", False),           # exactly 10 minutes, in UTC
    ("2026-12-01T14:00:00-08:00", False),           # at the end: FL401's business
    ("2026-12-01T13:55:00-08:00", False),           # before the end: FL401's business
    ("2026-12-01T15:00:00-08:00", False),
    ("2026-12-01T19:00:00-05:00", False),
    ("2026-12-02T09:00:00-08:00", False),
    ("2026-12-01T14:45:00-08:00", False),
    ("2026-12-01T14:20:00-08:00", False),
]


@pytest.mark.parametrize("sent, fires", SOON_CASES)
def test_sent_too_soon(sent, fires):
    iv = interview("2026-12-01T14:00:00", "America/Los_Angeles", start="2026-12-01T13:00:00")
    assert verdict(SentTooSoon, sent, iv) == ([Severity.INFO] if fires else [])


def test_sent_too_soon_across_fall_back():
    # ends 01:55 EDT (first 01:55); sent 01:02 EST (second): earlier on the wall, 7 real minutes later
    iv = interview("2026-11-01T01:55:00-04:00", "America/New_York")
    f, = findings_of(SentTooSoon, BODY, iv, sent_at="2026-11-01T01:02:00-05:00")
    assert f.data["minutes_after_end"] == pytest.approx(7)
    # the same wall time on an ordinary day is not 7 minutes after
    assert verdict(SentTooSoon, "2026-11-01T01:02:00-04:00", iv) == []


def test_sent_too_soon_option_and_assumed_end():
    iv = interview("2026-12-01T14:00:00", "America/Los_Angeles")
    assert verdict(SentTooSoon, "2026-12-01T14:20:00-08:00", iv, options={"min-minutes": 30}) == [Severity.INFO]
    iv = interview(None, "America/Los_Angeles", start="2026-12-01T13:00:00")
    f, = findings_of(SentTooSoon, BODY, iv, sent_at="2026-12-01T14:05:00-08:00")
    assert f.data["assumed_end"] is True and f.data["confidence"] == "low"


# -- documentation examples and the public API ---------------------------------------------------------

@pytest.mark.parametrize("rule", [SentBeforeInterviewEnded, SentTooLate, SentTooSoon])
def test_docstring_examples(rule):
    ex = examples_of(rule)
    assert findings_of(rule, ex.bad, **example_context(ex.bad_context))
    assert not findings_of(rule, ex.good, **example_context(ex.good_context))


def test_through_lint_draft_with_an_aware_send_time_in_another_zone():
    draft = Draft(body=BODY, sent_at=datetime(2026, 5, 9, 1, 0, tzinfo=timezone(timedelta(hours=9, minutes=30))))
    iv = Interview.from_dict(LONDON)
    report = lint_draft(draft, iv, config=Config(select=("FL4",)))
    assert {f.rule for f in report.findings} >= {"sent-too-late"}
    late = [f for f in report.findings if f.rule == "sent-too-late"]
    # 01:00 +09:30 on the 9th is 15:30 UTC on the 8th: 49.5 hours after 14:00 UTC on the 6th
    assert late[0].severity is Severity.ERROR
    assert late[0].data["hours_after_end"] == pytest.approx(49.5)
