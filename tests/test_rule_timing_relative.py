"""FL407 relative-time-mismatch: "this morning" in a note that arrives the next day."""

from __future__ import annotations

import pytest

from followup_lint import apply_fixes
from followup_lint.rules.timing import RelativeTimeMismatch
from followup_lint.testing import examples_of, example_context, findings_of, flagged_texts, run_rule

LA = {"interviewers": [{"name": "Hector Villanueva", "email": "hector@sierra.example"}],
      "timezone": "America/Los_Angeles", "started_at": "2026-04-23T10:00:00", "ended_at": "2026-04-23T11:00:00"}
SAME_DAY = "2026-04-23T15:00:00-07:00"
NEXT_DAY = "2026-04-24T09:00:00-07:00"
TWO_DAYS = "2026-04-25T09:00:00-07:00"
WEEK_LATER = "2026-05-01T09:00:00-07:00"


def note(sentence: str) -> str:
    return f"Hi Hector,\n\n{sentence}\n\nI look forward to hearing from you.\n\nBest regards,\nNadia"


BAD = [
    ("Thank you for taking the time to talk with me this morning.", NEXT_DAY, "this morning"),
    ("Thank you for your time today.", NEXT_DAY, "today"),
    ("Today's conversation about shelf life was a highlight.", NEXT_DAY, "Today"),
    ("Thank you for dinner tonight and for the tour of the plant.", NEXT_DAY, "tonight"),
    ("I enjoyed meeting the planning team this afternoon.", TWO_DAYS, "this afternoon"),
    ("Thank you for meeting with me yesterday.", TWO_DAYS, "yesterday"),
    ("Thanks again for the interview earlier today.", NEXT_DAY, "earlier today"),
    ("It was a pleasure speaking with you this evening.", NEXT_DAY, "this evening"),
    ("Our conversation this morning about S&OP stayed with me.", WEEK_LATER, "this morning"),
    ("Thank you for meeting with me TODAY.", NEXT_DAY, "TODAY"),
    ("I appreciated your candour in yesterday's interview.", WEEK_LATER, "yesterday"),
]

GOOD = [
    ("Thank you for taking the time to talk with me this morning.", SAME_DAY),
    ("Thank you for meeting with me yesterday.", NEXT_DAY),
    ("I'm writing today to follow up on our interview.", NEXT_DAY),
    ("I am following up today on the planning role.", TWO_DAYS),
    ("I am available today or tomorrow to talk further.", NEXT_DAY),
    ("I will send the case study later today, as we discussed.", NEXT_DAY),
    ("Today I finished reading the S&OP book you mentioned.", NEXT_DAY),
    ("Thank you for the conversation on Thursday.", WEEK_LATER),
    # sent before the interview ends: FL401's business, and "today" is right
    ("Thank you for your time today.", "2026-04-23T08:00:00-07:00"),
    # 23:30 in Los Angeles is already the next day in UTC, but the same day for Hector
    ("Thank you for your time today.", "2026-04-24T06:30:00+00:00"),
    ("Thank you for meeting with me yesterday.", "2026-04-23T15:00:00-07:00"),
    ("Thank you for your email this morning with the details of the next round.", NEXT_DAY),
    ("Thanks for the update today; I am glad the panel went well.", TWO_DAYS),
]


@pytest.mark.parametrize("sentence, sent, phrase", BAD)
def test_relative_time_mismatch_flags(sentence, sent, phrase):
    assert flagged_texts(RelativeTimeMismatch, note(sentence), LA, sent_at=sent) == [phrase]


@pytest.mark.parametrize("sentence, sent", GOOD)
def test_relative_time_mismatch_clean(sentence, sent):
    assert findings_of(RelativeTimeMismatch, note(sentence), LA, sent_at=sent) == []


def test_quoted_reply_and_signature_are_not_the_candidates_text():
    body = ("Hi Hector,\n\nThank you for the conversation about the yogurt line.\n\nBest regards,\nNadia\n\n"
            "On Thu, 23 Apr 2026, Hector Villanueva wrote:\n> Thanks for meeting with us this morning.\n")
    assert findings_of(RelativeTimeMismatch, body, LA, sent_at=NEXT_DAY) == []
    body = ("Hi Hector,\n\nThank you for the conversation.\n\n-- \nNadia Petrova\n"
            "Office hours today after the meeting: 9-5\n")
    assert findings_of(RelativeTimeMismatch, body, LA, sent_at=NEXT_DAY) == []


def test_interviewer_zone_decides_the_day():
    # Sydney interview, Monday 15:00-16:00; sent Tuesday 09:00 Sydney, written as Monday 23:00 UTC
    iv = {"interviewers": [{"name": "Mia Chen", "email": "mia@x.example", "timezone": "Australia/Sydney"}],
          "timezone": "Australia/Sydney", "started_at": "2026-06-08T15:00:00", "ended_at": "2026-06-08T16:00:00"}
    text = note("Thank you for your time today.")
    assert flagged_texts(RelativeTimeMismatch, text, iv, sent_at="2026-06-08T23:00:00+00:00") == ["today"]
    assert findings_of(RelativeTimeMismatch, text, iv, sent_at="2026-06-08T12:00:00+00:00") == []


@pytest.mark.parametrize("sent, fires", [
    ("2026-06-10T18:20:00+00:00", False),  # 23:50 in Kolkata: the same day
    ("2026-06-10T18:40:00+00:00", True),   # 00:10 in Kolkata: the next day, though still the 10th in UTC
    ("2026-06-10T18:00:00-00:30", True),   # the same instant as 18:30 UTC, written in an odd offset
])
def test_half_hour_zone_midnight(sent, fires):
    iv = {"interviewers": [{"name": "Raj Iyer"}], "timezone": "Asia/Kolkata",
          "started_at": "2026-06-10T17:00:00", "ended_at": "2026-06-10T18:00:00"}
    got = flagged_texts(RelativeTimeMismatch, note("Thank you for meeting with me this evening."), iv, sent_at=sent)
    assert got == (["this evening"] if fires else [])


def test_later_followups_need_the_interview_mentioned():
    iv = dict(LA, followups=[{"sent_at": "2026-04-23T15:00:00-07:00"}])
    assert flagged_texts(RelativeTimeMismatch, note("I keep thinking about our interview this morning."), iv,
                         sent_at=WEEK_LATER) == ["this morning"]
    assert findings_of(RelativeTimeMismatch, note("I spoke with your colleague Ana yesterday."), iv,
                       sent_at=WEEK_LATER) == []


@pytest.mark.parametrize("sentence, sent, fixed", [
    ("Thank you for talking with me this morning.", NEXT_DAY, "Thank you for talking with me yesterday morning."),
    ("Thank you for your time today.", NEXT_DAY, "Thank you for your time yesterday."),
    ("Today's conversation was a highlight.", NEXT_DAY, "Yesterday's conversation was a highlight."),
    ("Thank you for dinner tonight.", NEXT_DAY, "Thank you for dinner last night."),
    ("Thank you for meeting with me TODAY.", NEXT_DAY, "Thank you for meeting with me YESTERDAY."),
    ("Thank you for meeting with me yesterday.", TWO_DAYS, "Thank you for meeting with me on Thursday."),
    ("Thank you for this afternoon.", TWO_DAYS, "Thank you for Thursday afternoon."),
    ("Thank you for your time today.", WEEK_LATER, "Thank you for your time on 23 April."),
    ("Today's chat was great, thank you.", WEEK_LATER, "23 April's chat was great, thank you."),
    ("I enjoyed our talk this morning.", WEEK_LATER, "I enjoyed our talk on the morning of 23 April."),
])
def test_unsafe_fix_names_the_day(sentence, sent, fixed):
    from followup_lint.results import Applicability

    report = run_rule(RelativeTimeMismatch, note(sentence), LA, sent_at=sent)
    f, = report.findings
    assert f.fixes[0].applicability is Applicability.UNSAFE
    out = apply_fixes(report.draft, report, applicability=Applicability.UNSAFE)
    assert fixed in out.body


def test_skips_without_interview_times():
    report = run_rule(RelativeTimeMismatch, note("Thank you for your time today."),
                      {"interviewers": [{"name": "Hector"}], "timezone": "America/Los_Angeles"}, sent_at=NEXT_DAY)
    assert report.rules_skipped[0].reason == "the interview has no start or end time"


def test_data():
    f, = findings_of(RelativeTimeMismatch, note("Thank you for your time today."), LA, sent_at=TWO_DAYS)
    assert f.data["days_later"] == 2
    assert f.data["interview_date"] == "2026-04-23" and f.data["arrival_date"] == "2026-04-25"


def test_docstring_example():
    ex = examples_of(RelativeTimeMismatch)
    assert findings_of(RelativeTimeMismatch, ex.bad, **example_context(ex.bad_context))
    assert not findings_of(RelativeTimeMismatch, ex.good, **example_context(ex.good_context))


@pytest.mark.parametrize("body", ["today " * 20_000, "Thank you for meeting today. " * 4_000,
                                  "thank you " * 10_000 + "today " * 5_000, "x" * 99_990 + " today"])
def test_hostile_bodies_stay_fast_and_bounded(body):
    import time

    start = time.perf_counter()
    got = findings_of(RelativeTimeMismatch, body, LA, sent_at=TWO_DAYS)
    assert time.perf_counter() - start < 3.0
    assert len(got) <= 20
