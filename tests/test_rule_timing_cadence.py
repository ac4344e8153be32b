"""FL405 followup-too-soon and FL406 too-many-followups: later follow-ups."""

from __future__ import annotations

import pytest

from followup_lint import FollowUp, Severity
from followup_lint.rules.cadence import (
    FollowupTooSoon, TooManyFollowups, earlier_messages, other_messages, unanswered_since_last_answer,
)
from followup_lint.testing import examples_of, example_context, findings_of, run_rule

BODY = "Hi Jordan,\n\nI wanted to check in on the Curriculum Developer role.\n\nBest,\nPriya"


def interview(*ups: tuple[str, bool] | str, tz: str = "America/Los_Angeles") -> dict:
    followups = [{"sent_at": u, "answered": False} if isinstance(u, str) else {"sent_at": u[0], "answered": u[1]}
                 for u in ups]
    return {"interviewers": [{"name": "Jordan Ellis", "email": "jordan@quill.example"}], "timezone": tz,
            "started_at": "2026-09-22T10:00:00", "ended_at": "2026-09-22T11:00:00", "followups": followups}


def soon(sent: str, iv: dict, **kwargs) -> bool:
    got = findings_of(FollowupTooSoon, BODY, iv, sent_at=sent, **kwargs)
    assert all(f.span is None and f.severity is Severity.WARNING for f in got)
    return bool(got)


THANKS = "2026-09-22T15:00:00"  # Tuesday, Los Angeles (PDT, -07:00) = 22:00 UTC

SOON_CASES = [
    ("2026-09-24T15:10:00-07:00", interview(THANKS), True),             # 2 days
    ("2026-09-27T14:59:59-07:00", interview(THANKS), True),             # 120 h - 1 s
    ("2026-09-27T22:00:00+00:00", interview(THANKS), False),            # exactly 120 h, in UTC
    ("2026-09-27T15:00:00-07:00", interview(THANKS), False),            # exactly 120 h
    ("2026-09-27T15:00:01-07:00", interview(THANKS), False),
    ("2026-09-28T03:29:59+05:30", interview(THANKS), True),             # 120 h - 1 s, in Kolkata time
    ("2026-09-28T03:45:00+05:45", interview(THANKS), False),            # exactly 120 h, in Kathmandu time
    ("2026-09-28T07:29:00+09:30", interview(THANKS), True),             # 1 minute short, in Darwin time
    ("2026-09-23T09:00:00-07:00", interview(THANKS), True),             # the next morning
    ("2026-10-06T09:00:00-07:00", interview(THANKS), False),            # two weeks
    # the most recent earlier message counts, not the thank-you
    ("2026-10-08T09:00:00-07:00", interview(THANKS, "2026-10-06T09:00:00"), True),
    ("2026-10-12T09:00:00-07:00", interview(THANKS, "2026-10-06T09:00:00"), False),
    # an answered message still counts as the last contact
    ("2026-10-08T09:00:00-07:00", interview(THANKS, ("2026-10-06T09:00:00", True)), True),
    # this very message already recorded in the book (a re-lint after sending) is not "earlier"
    ("2026-10-06T09:00:00-07:00", interview(THANKS, "2026-10-06T09:00:00"), False),
    ("2026-10-06T09:00:40-07:00", interview(THANKS, "2026-10-06T09:00:00"), False),
    ("2026-10-06T09:01:00-07:00", interview(THANKS, "2026-10-06T09:00:00"), True),
    # the book's order does not matter
    ("2026-10-08T09:00:00-07:00", interview("2026-10-06T09:00:00", THANKS), True),
]


@pytest.mark.parametrize("sent, iv, fires", SOON_CASES)
def test_followup_too_soon(sent, iv, fires):
    assert soon(sent, iv) is fires


@pytest.mark.parametrize("previous, tz, sent, fires", [
    # US spring-forward (8 March 2026): five wall-clock days are 119 real hours
    ("2026-03-04T12:00:00", "America/New_York", "2026-03-09T12:00:00-04:00", True),
    ("2026-03-04T12:00:00", "America/New_York", "2026-03-09T13:00:00-04:00", False),
    # US fall-back (1 November 2026): 119.5 wall-clock hours are 120.5 real ones
    ("2026-10-28T12:00:00", "America/New_York", "2026-11-02T11:30:00-05:00", False),
    ("2026-10-28T12:00:00", "America/New_York", "2026-11-02T10:59:00-05:00", True),
    # EU spring-forward (29 March 2026)
    ("2026-03-24T12:00:00", "Europe/Berlin", "2026-03-29T12:00:00+02:00", True),
    ("2026-03-24T12:00:00", "Europe/Berlin", "2026-03-29T13:00:00+02:00", False),
    # EU fall-back (25 October 2026)
    ("2026-10-20T12:00:00", "Europe/Berlin", "2026-10-25T11:30:00+01:00", False),
    # Australian spring-forward (4 October 2026) and fall-back (5 April 2026), Sydney
    ("2026-09-29T12:00:00", "Australia/Sydney", "2026-10-04T12:00:00+11:00", True),
    ("2026-03-31T12:00:00", "Australia/Sydney", "2026-04-05T11:30:00+10:00", False),
    # Adelaide (+10:30) and Kathmandu (+05:45)
    ("2026-01-10T09:00:00", "Australia/Adelaide", "2026-01-14T22:29:59+00:00", True),
    ("2026-01-10T09:00:00", "Asia/Kathmandu", "2026-01-15T03:15:00+00:00", False),
])
def test_followup_too_soon_across_dst_and_offsets(previous, tz, sent, fires):
    assert soon(sent, interview(previous, tz=tz)) is fires


def test_message_and_earliest_sensible_date():
    f, = findings_of(FollowupTooSoon, BODY, interview(THANKS), sent_at="2026-09-24T15:10:00-07:00")
    # five days after Tuesday 15:00 is Sunday 15:00: moved to Monday morning, Jordan's time
    assert f.data["earliest"] == "2026-09-28T08:30:00-07:00"
    assert "Monday 28 September" in f.message
    assert f.data["days_since_previous"] == pytest.approx(2.0069, abs=1e-3)
    assert f.data["previous_sent_at"] == "2026-09-22T15:00:00-07:00"
    # five days after Wednesday 10:00 is Monday 10:00: already a good time
    f, = findings_of(FollowupTooSoon, BODY, interview("2026-09-23T10:00:00"), sent_at="2026-09-25T10:00:00-07:00")
    assert f.data["earliest"] == "2026-09-28T10:00:00-07:00"


def test_earliest_date_uses_the_interviewers_zone():
    iv = interview("2026-09-23T10:00:00")
    iv["interviewers"][0]["timezone"] = "Asia/Tokyo"
    f, = findings_of(FollowupTooSoon, BODY, iv, sent_at="2026-09-25T10:00:00-07:00", to=("jordan@quill.example",))
    # Monday 28 September 10:00 in Los Angeles is 02:00 Tuesday in Tokyo: the next good time is 08:30 there
    assert f.data["earliest"] == "2026-09-29T08:30:00+09:00"


def test_options_min_days_and_business_days():
    iv = interview("2026-09-24T12:00:00")  # Thursday noon
    assert soon("2026-09-30T12:00:00-07:00", iv, options={"min-days": 7}) is True
    assert soon("2026-09-30T12:00:00-07:00", iv) is False
    # Thursday noon to Tuesday noon: 5 calendar days, 3 working days
    assert soon("2026-09-29T12:00:00-07:00", iv) is False
    f, = findings_of(FollowupTooSoon, BODY, iv, sent_at="2026-09-29T12:00:00-07:00", options={"business-days": True})
    assert f.data["business_hours_since_previous"] == pytest.approx(72)
    assert f.data["earliest"] == "2026-10-01T12:00:00-07:00"  # five working days: next Thursday noon
    assert soon("2026-10-01T12:00:00-07:00", iv, options={"business-days": True}) is False


def test_followup_too_soon_needs_a_later_followup_and_a_send_time():
    report = run_rule(FollowupTooSoon, BODY, interview(), sent_at="2026-09-24T15:10:00-07:00")
    assert "not a later follow-up" in report.rules_skipped[0].reason
    report = run_rule(FollowupTooSoon, BODY, interview(THANKS))
    assert "send time" in report.rules_skipped[0].reason
    report = run_rule(FollowupTooSoon, BODY, interview("2026-10-01T09:00:00"), sent_at="2026-09-24T15:10:00-07:00")
    assert report.rules_skipped[0].reason == "every earlier message is dated at or after this one"


# -- FL406 too-many-followups --------------------------------------------------------------------------

A, B, C, D, E = ("2026-09-22T15:00:00", "2026-10-01T09:00:00", "2026-10-12T09:00:00", "2026-10-26T09:00:00",
                 "2026-11-09T09:00:00")
LATER = "2026-12-01T09:00:00-08:00"

MANY_CASES = [
    # (followups, fires)
    ([A, B, C], True),                                  # two unanswered follow-ups after the thank-you
    ([(A, True), B, C], True),                          # the thank-you was answered, then two unanswered
    ([A, (B, True), C, D], True),                       # answer, then two unanswered
    ([A, B, C, D, E], True),
    ([A, B, (C, False), (D, False)], True),
    ([(A, True), (B, True), C, D], True),
    ([C, A, B], True),                                  # out of order in the book
    ([A], False),                                       # only the thank-you
    ([A, B], False),                                    # one unanswered follow-up
    ([A, (B, True), C], False),                         # the earlier one was answered (dev-32's shape)
    ([A, B, (C, True)], False),                         # the latest one was answered
    ([(A, True), B], False),
    ([A, B, C, D, (E, True)], False),
    ([A, (B, True), (C, True)], False),
]


@pytest.mark.parametrize("ups, fires", MANY_CASES)
def test_too_many_followups(ups, fires):
    got = findings_of(TooManyFollowups, BODY, interview(*ups), sent_at=LATER)
    assert bool(got) is fires
    assert all(f.span is None and f.severity is Severity.WARNING for f in got)


def test_too_many_followups_data_and_message():
    f, = findings_of(TooManyFollowups, BODY, interview(A, B, C), sent_at=LATER)
    assert f.data == {"unanswered": 2, "messages_sent": 3, "max_unanswered": 2}
    assert "fourth" in f.message and "move on" in f.message


def test_too_many_followups_option():
    assert findings_of(TooManyFollowups, BODY, interview(A, B), sent_at=LATER, options={"max-unanswered": 1})
    assert not findings_of(TooManyFollowups, BODY, interview(A, B, C), sent_at=LATER, options={"max-unanswered": 3})


def test_too_many_followups_leaves_out_this_message_only():
    # C is this message, already recorded in the book (30 seconds off): A and B leave one unanswered
    assert not findings_of(TooManyFollowups, BODY, interview(A, B, C), sent_at="2026-10-12T09:00:30-07:00")
    # a message recorded after the send time still counts (a clock may lag behind the book)
    assert findings_of(TooManyFollowups, BODY, interview(A, B, C, D), sent_at="2026-10-12T09:00:00-07:00")
    assert findings_of(TooManyFollowups, BODY, interview(A, B, D), sent_at="2026-10-12T09:00:00-07:00")
    # without a send time, every recorded message counts (the rule does not need one)
    report = run_rule(TooManyFollowups, BODY, interview(A, B, C))
    assert [f.rule for f in report.findings] == ["too-many-followups"]


def test_helpers():
    ups = [FollowUp(sent_at=_aware(x), answered=a) for x, a in ((A, False), (B, True), (C, False), (D, False))]
    assert unanswered_since_last_answer(ups) == 2
    assert unanswered_since_last_answer(ups[:3]) == 1
    assert unanswered_since_last_answer([]) == 0
    assert [u.sent_at for u in earlier_messages(reversed(ups), _aware(C))] == [ups[0].sent_at, ups[1].sent_at]
    assert [u.sent_at for u in other_messages(reversed(ups), _aware(C))] == [ups[i].sent_at for i in (0, 1, 3)]
    assert len(other_messages(ups, None)) == 4


def _aware(text: str):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("America/Los_Angeles"))


@pytest.mark.parametrize("rule", [FollowupTooSoon, TooManyFollowups])
def test_docstring_examples(rule):
    ex = examples_of(rule)
    assert findings_of(rule, ex.bad, **example_context(ex.bad_context))
    assert not findings_of(rule, ex.good, **example_context(ex.good_context))
