"""FL405 followup-too-soon and FL406 too-many-followups: the rhythm of later follow-ups.

``Interview.followups`` lists what was already sent about the interview, oldest first; ``followups[0]``
is the thank-you note. These rules run only for a later follow-up (the list is not empty).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final, Iterable

from ..results import Finding, Severity
from ..rule import Rule, RuleContext
from ..timeutil import (
    add_weekday_time, describe_duration, format_date, hours, next_business_slot, to_utc, weekday_time_between,
    zone_label,
)
from .timing import interview_zone, work_calendar

if TYPE_CHECKING:
    from ..model import FollowUp

__all__ = ["FollowupTooSoon", "TooManyFollowups", "earlier_messages", "other_messages",
           "unanswered_since_last_answer"]

#: a recorded message this close to the send time is the draft itself (a re-lint after sending)
_SAME_MESSAGE: Final = timedelta(minutes=1)
#: the hours used to move a suggested date off a weekend or the night (outside-business-hours' defaults)
_SLOT: Final = (7 * 60, 21 * 60, 8 * 60 + 30)


def earlier_messages(followups: Iterable[FollowUp], send_time: datetime | None) -> list[FollowUp]:
    """The messages sent before ``send_time`` (all of them when it is unknown), oldest first.

    A message recorded within a minute of the send time is this draft itself (a re-lint after sending),
    so it is left out.
    """
    ups = sorted(followups, key=lambda f: to_utc(f.sent_at))
    if send_time is None:
        return ups
    now = to_utc(send_time)
    return [f for f in ups if to_utc(f.sent_at) <= now - _SAME_MESSAGE]


def other_messages(followups: Iterable[FollowUp], send_time: datetime | None) -> list[FollowUp]:
    """Every recorded message but this draft itself (one recorded within a minute of its send time), oldest
    first. Messages dated after the send time still count: the book is the record of what was sent, and a
    send time read from the clock may lag behind it."""
    ups = sorted(followups, key=lambda f: to_utc(f.sent_at))
    if send_time is None:
        return ups
    now = to_utc(send_time)
    return [f for f in ups if abs(to_utc(f.sent_at) - now) >= _SAME_MESSAGE]


def unanswered_since_last_answer(followups: list[FollowUp]) -> int:
    """How many follow-ups after the thank-you (``followups[1:]``) went unanswered since the last answer.

    An answer to any message, the thank-you included, resets the count.
    """
    count = 0
    for i, up in enumerate(followups):
        if up.answered:
            count = 0
        elif i > 0:
            count += 1
    return count


class FollowupTooSoon(Rule):
    """A later follow-up sent less than five days after the previous message.

    ## What it does
    Measures the time since the most recent earlier message in the interview's `followups` (the
    thank-you note included) as instants. Under `min-days` days (5, that is 120 hours; exactly 120 hours
    is fine) it warns and gives the earliest sensible date: five days on, moved to the next working
    morning when that falls on a weekend or at night in the interviewer's zone. With `business-days =
    true` only Monday to Friday (in the interview's zone) counts. A message recorded within a minute of
    the send time is this draft itself (linted again after sending) and is not "earlier".

    ## Why is this bad?
    Chasing two days after a thank-you note reads as pressure: hiring takes days to weeks, and an
    interviewer who has not answered yet has usually not decided yet.

    ## Example
    ```text
    Hi Jordan,

    I just wanted to check in on my application for the Curriculum Developer role.
    ```
    Sent two days after the thank-you note:
    ```json
    {"sent_at": "2026-09-24T15:10:00-07:00"}
    ```

    ## Use instead
    ```text
    Hi Jordan,

    I just wanted to check in on my application for the Curriculum Developer role.
    ```
    Sent a week after it:
    ```json
    {"sent_at": "2026-09-29T09:10:00-07:00"}
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Jordan Ellis"}], "timezone": "America/Los_Angeles",
                   "started_at": "2026-09-22T10:00:00", "ended_at": "2026-09-22T11:00:00",
                   "followups": [{"sent_at": "2026-09-22T15:00:00", "answered": false}]}}
    ```

    ## Source
    docs/advice.md, "A later follow-up under 5 days after the previous message": about five business
    days (Indeed); a week after a stated decision date (HBR); "wait several days or weeks" (the founding
    article). Indeed counts business days, the others calendar days: calendar days by default, working
    days as an option.
    """

    code = "FL405"
    name = "followup-too-soon"
    default_severity = Severity.WARNING
    needs = frozenset({"followups", "send_time"})
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of followup-too-soon.

        - min-days: the shortest wait since the previous message, in days of 24 hours
        - business-days: count only working days: the weekend and public holidays of the interviewer's
          country are left out (see the `holidays` config key)
        """

        min_days: float = 5
        business_days: bool = False

        def __post_init__(self) -> None:
            if self.min_days < 0:
                raise ValueError("min-days must not be negative")

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        interview = ctx.interview
        sent = ctx.send_time
        assert interview is not None and sent is not None
        earlier = earlier_messages(interview.followups, sent)
        if not earlier:
            raise ctx.skip("every earlier message is dated at or after this one")
        previous = earlier[-1].sent_at
        delta = to_utc(sent) - to_utc(previous)
        wait = timedelta(days=self.options.min_days)
        data: dict[str, object] = {
            "hours_since_previous": round(hours(delta), 4),
            "days_since_previous": round(delta.total_seconds() / 86400, 4),
            "previous_sent_at": previous.isoformat(),
            "min_days": self.options.min_days,
        }
        counted = ""
        audience = ctx.analysis.audience
        reader_zone = audience.zone if audience is not None else sent.tzinfo
        assert reader_zone is not None
        calendar = work_calendar(ctx, reader_zone)
        if self.options.business_days:
            zone = interview_zone(interview) or previous.tzinfo
            assert zone is not None
            measured = weekday_time_between(previous, sent, zone, calendar)
            data["business_hours_since_previous"] = round(hours(measured), 4)
            earliest = add_weekday_time(previous, wait, zone, calendar)
            counted = f" ({describe_duration(measured)} counting only {calendar.weekend_text()})"
        else:
            measured = delta
            earliest = to_utc(previous) + wait
        if measured >= wait:
            return
        zone = reader_zone
        slot = next_business_slot(earliest, zone, *_SLOT[:2], calendar, preferred_minutes=_SLOT[2])
        sent_local = to_utc(sent).astimezone(zone)
        previous_local = to_utc(previous).astimezone(zone)
        data["earliest"] = slot.isoformat()
        data["zone"] = zone_label(zone, slot)
        days = _days_text(self.options.min_days)
        yield ctx.finding(
            f"Sent {describe_duration(delta)} after your previous message ({_date_text(previous_local, sent_local)})"
            f"{counted}: wait at least {days} between follow-ups; send it on or after "
            f"{_date_text(slot, sent_local)}",
            data=data,
        )


def _days_text(value: float) -> str:
    if value == int(value):
        n = int(value)
        return f"{n} day" if n == 1 else f"{n} days"
    return f"{value:g} days"


def _date_text(local: datetime, reference: datetime) -> str:
    text = format_date(local)
    return text if local.year == reference.year else f"{text} {local.year}"


class TooManyFollowups(Rule):
    """Another follow-up after two that went unanswered: time to move on.

    ## What it does
    Counts the follow-ups after the thank-you note (`followups[1:]`) that went unanswered since the last
    message that got an answer (an answer to the thank-you resets the count too). At `max-unanswered` (2)
    or more it warns. A message recorded at the draft's own send time (within a minute) is the draft
    itself and does not count.

    ## Why is this bad?
    After one or two follow-ups without a response, another one rarely changes the outcome and can
    sour a relationship you may want later. Put the energy into other applications; a single, gracious
    closing note is the most that helps.

    ## Example
    ```text
    Hi Gustavo,

    I'm following up once more on the Revenue Analyst position.
    ```
    After a thank-you note and two follow-ups, none answered:
    ```json
    {"interview": {"interviewers": [{"name": "Gustavo Herrera"}], "timezone": "America/New_York",
                   "ended_at": "2026-02-03T12:00:00",
                   "followups": [{"sent_at": "2026-02-03T17:00:00", "answered": false},
                                 {"sent_at": "2026-02-13T09:30:00", "answered": false},
                                 {"sent_at": "2026-02-24T10:00:00", "answered": false}]}}
    ```

    ## Use instead
    ```text
    Hi Gustavo,

    I'm following up once more on the Revenue Analyst position.
    ```
    When the first follow-up got an answer, only one since then went unanswered:
    ```json
    {"interview": {"interviewers": [{"name": "Gustavo Herrera"}], "timezone": "America/New_York",
                   "ended_at": "2026-02-03T12:00:00",
                   "followups": [{"sent_at": "2026-02-03T17:00:00", "answered": false},
                                 {"sent_at": "2026-02-13T09:30:00", "answered": true},
                                 {"sent_at": "2026-02-24T10:00:00", "answered": false}]}}
    ```

    ## Context
    ```json
    {"sent_at": "2026-03-09T09:15:00-04:00"}
    ```

    ## Source
    docs/advice.md, "Another follow-up after two unanswered ones": "after one or two follow-ups
    without a response, move on" (the founding article; careery, careernetwork).
    """

    code = "FL406"
    name = "too-many-followups"
    default_severity = Severity.WARNING
    needs = frozenset({"followups"})
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of too-many-followups.

        - max-unanswered: warn once this many follow-ups after the thank-you are unanswered
        """

        max_unanswered: int = 2

        def __post_init__(self) -> None:
            if self.max_unanswered < 1:
                raise ValueError("max-unanswered must be at least 1")

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        interview = ctx.interview
        assert interview is not None
        earlier = other_messages(interview.followups, ctx.send_time)
        unanswered = unanswered_since_last_answer(earlier)
        if unanswered < self.options.max_unanswered:
            return
        ordinal = _ordinal(len(earlier))
        yield ctx.finding(
            f"This would be your {ordinal} message, after {unanswered} follow-ups that got no answer: "
            f"it is time to move on (at most a short, gracious closing note)",
            data={"unanswered": unanswered, "messages_sent": len(earlier),
                  "max_unanswered": self.options.max_unanswered},
        )


def _ordinal(n_before: int) -> str:
    n = n_before + 1
    words = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth", 10: "tenth"}
    if n in words:
        return words[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


RULES = (FollowupTooSoon, TooManyFollowups)
