"""FL401-FL404 and FL407: when the note goes out, measured from the end of the interview, in the right zone.

Every comparison is made on instants (:mod:`followup_lint.timeutil` converts to UTC first); local
calendars (which day it is, whether it is a weekend) are read in the zone that matters: the
interviewer's for how the note lands, the interview's for counting working days.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Iterable

from ..model import address_of, get_zone
from ..results import Applicability, Finding, Severity
from ..rule import Rule, RuleContext
from ..timeutil import (
    DAY_NAMES, describe_duration, elapsed, format_clock, format_date, format_day, hours, in_business_hours,
    next_business_slot, parse_clock, parse_weekdays, to_utc, weekday_time_between, zone_label,
)
from ..workdays import WorkCalendar, calendar_for, country_of_zone, zone_key
from ._phrases import LazyPattern

if TYPE_CHECKING:
    from ..model import Draft, Interview, Interviewer

__all__ = [
    "SentBeforeInterviewEnded", "SentTooLate", "SentTooSoon", "OutsideBusinessHours", "RelativeTimeMismatch",
    "InterviewEnd", "Audience", "interview_end", "interview_zone", "audience_of", "work_calendar",
    "holidays_between",
]

_DEFAULT_LENGTH: Final = 60


# -- shared context: the end of the interview and the zones -------------------------------------------

@dataclass(frozen=True, slots=True)
class InterviewEnd:
    """The end of the interview as an aware datetime; ``assumed`` when it came from the start plus a length."""

    when: datetime
    assumed: bool
    assumed_minutes: int | None = None

    def note(self) -> str:
        """" (assuming a 60-minute interview)" when the end was assumed."""
        return f" (assuming a {self.assumed_minutes}-minute interview)" if self.assumed else ""


def interview_end(interview: Interview | None, assumed_minutes: int = _DEFAULT_LENGTH) -> InterviewEnd | None:
    """``ended_at``, else ``started_at`` plus ``assumed_minutes`` (added to the instant), else ``None``."""
    if interview is None:
        return None
    if interview.ended_at is not None:
        return InterviewEnd(interview.ended_at, False)
    if interview.started_at is not None:
        start = interview.started_at
        when = (to_utc(start) + timedelta(minutes=assumed_minutes)).astimezone(start.tzinfo)
        return InterviewEnd(when, True, assumed_minutes)
    return None


def interview_zone(interview: Interview | None) -> tzinfo | None:
    """``Interview.timezone``, else the zone its times were written in (a fixed offset), else ``None``."""
    if interview is None:
        return None
    if interview.timezone:
        return get_zone(interview.timezone)
    for when in (interview.ended_at, interview.started_at):
        if when is not None and when.tzinfo is not None:
            return when.tzinfo
    return None


@dataclass(frozen=True, slots=True)
class Audience:
    """Where the reader is: the zone, whose zone it is, and how it was chosen."""

    zone: tzinfo
    person: str | None
    #: "interviewer" (Interviewer.timezone), "interview" (Interview.timezone) or "offset" (the offset
    #: the interview's times were written in)
    source: str

    def where(self, when: datetime | None = None) -> str:
        """ "in Fiona MacLeod's time zone (Europe/London)"."""
        whose = f"{self.person}'s" if self.person else "the interviewer's"
        return f"in {whose} time zone ({zone_label(self.zone, when)})"


#: parsing a mailbox with the email package costs ~20 us; the same few addresses recur across drafts
_address: Final = lru_cache(maxsize=2048)(address_of)


def _display_name(person: Interviewer) -> str:
    return person.name.strip()


def audience_of(draft: Draft, interview: Interview | None) -> Audience | None:
    """The reader's zone: the To recipient's ``Interviewer.timezone`` when matched by address, else the
    first interviewer's, else ``Interview.timezone``, else the offset the interview's times carry."""
    if interview is None:
        return None
    people = interview.interviewers
    matched: Interviewer | None = None
    if people:
        by_address = {_address(p.email): p for p in people if p.email}
        for mailbox in draft.to:
            matched = by_address.get(_address(mailbox))
            if matched is not None:
                break
    reader = matched if matched is not None else (people[0] if people else None)
    if reader is not None and reader.timezone:
        return Audience(get_zone(reader.timezone), _display_name(reader), "interviewer")
    person = _display_name(matched) if matched is not None else (
        _display_name(people[0]) if len(people) == 1 else None)
    if interview.timezone:
        return Audience(get_zone(interview.timezone), person, "interview")
    zone = interview_zone(interview)
    if zone is not None:
        return Audience(zone, person, "offset")
    return None


def _audience(ctx: RuleContext) -> Audience | None:
    return ctx.analysis.audience


def work_calendar(ctx: RuleContext, zone: tzinfo | None, weekend: frozenset[int] | None = None) -> WorkCalendar:
    """The working days that apply: ``Interview.country``/``subdivision``, else the country of the
    interviewer's time zone (else of ``zone``); the `holidays` config key turns public holidays off."""
    interview = ctx.interview
    country = interview.country if interview is not None else None
    if not country:
        audience = _audience(ctx)
        country = country_of_zone(zone_key(audience.zone if audience is not None else zone)) or (
            country_of_zone(zone_key(zone)))
    subdivision = interview.subdivision if interview is not None and interview.country else None
    return calendar_for(country, subdivision, holidays=ctx.config.holidays, weekend=weekend)


def holidays_between(calendar: WorkCalendar, start: datetime, end: datetime, zone: tzinfo, most: int = 2) -> list[str]:
    """The public holidays (described) on the local days from ``start`` to ``end``, at most ``most``."""
    out: list[str] = []
    if not calendar.holidays:
        return out
    day, last = to_utc(start).astimezone(zone).date(), to_utc(end).astimezone(zone).date()
    for _ in range(370):
        if day > last or len(out) >= most:
            break
        if calendar.holiday(day):
            out.append(calendar.describe_day_off(day) or "")
        day += timedelta(days=1)
    return out


def _end_or_skip(ctx: RuleContext, minutes: int) -> InterviewEnd:
    end = interview_end(ctx.interview, minutes)
    if end is None:
        raise ctx.skip("the interview has no start or end time")
    return end


def _clock_pair(first: datetime, second: datetime, zone: tzinfo | None) -> tuple[str, str, str]:
    """Two instants on one local clock: ("10:30", "11:00", "America/Los_Angeles"), with the dates when
    they differ."""
    if zone is None:
        zone = first.tzinfo
    assert zone is not None
    a, b = to_utc(first).astimezone(zone), to_utc(second).astimezone(zone)
    fa, fb = f"{a.hour:02d}:{a.minute:02d}", f"{b.hour:02d}:{b.minute:02d}"
    if a.date() != b.date():
        fa, fb = f"{fa} on {format_date(a)}", f"{fb} on {format_date(b)}"
    return fa, fb, zone_label(zone, b)


def _check_length(minutes: int) -> None:
    if minutes <= 0 or minutes > 24 * 60:
        raise ValueError(f"assumed-length-minutes must be between 1 and 1440, got {minutes}")


def _end_data(end: InterviewEnd, delta: timedelta) -> dict[str, object]:
    data: dict[str, object] = {
        "hours_after_end": round(hours(delta), 4),
        "interview_end": end.when.isoformat(),
        "assumed_end": end.assumed,
    }
    if end.assumed:
        data["assumed_length_minutes"] = end.assumed_minutes
    return data


# -- FL401 ----------------------------------------------------------------------------------------------

class SentBeforeInterviewEnded(Rule):
    """The thank-you note goes out before the interview has ended (usually a time-zone slip).

    ## What it does
    Compares the send time with the end of the interview as instants, whatever offsets they are written
    in. When the interview has no `ended_at`, its end is `started_at` plus `assumed-length-minutes` and
    the finding says so; then a note sent after the start but before that assumed end is only a warning.
    Applies to the first message (the interview has no earlier `followups`).

    ## Why is this bad?
    A thank-you that arrives before the conversation is over was obviously written in advance, and often
    means the send time was scheduled in the wrong time zone: 12:30 in Chicago is still 10:30 in Los
    Angeles.

    ## Example
    ```text
    Hi Hector,

    Thank you for taking the time to walk me through the planning team this morning.
    ```
    Sent at 12:30 in Chicago, which is 10:30 in Los Angeles, half an hour before the end:
    ```json
    {"sent_at": "2026-04-23T12:30:00-05:00"}
    ```

    ## Use instead
    ```text
    Hi Hector,

    Thank you for taking the time to walk me through the planning team this morning.
    ```
    Sent at 15:30 in Chicago, 13:30 in Los Angeles:
    ```json
    {"sent_at": "2026-04-23T15:30:00-05:00"}
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Hector Villanueva"}], "timezone": "America/Los_Angeles",
                   "started_at": "2026-04-23T10:00:00", "ended_at": "2026-04-23T11:00:00"}}
    ```

    ## Source
    docs/advice.md, "Sent before the interview ended": every piece of timing advice assumes the note
    follows the interview; compare instants, never wall-clock strings (time zones, DST).
    """

    code = "FL401"
    name = "sent-before-interview-ended"
    default_severity = Severity.ERROR
    needs = frozenset({"interview", "send_time", "first_message"})
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of sent-before-interview-ended.

        - assumed-length-minutes: the interview's length when only `started_at` is known
        """

        assumed_length_minutes: int = _DEFAULT_LENGTH

        def __post_init__(self) -> None:
            _check_length(self.assumed_length_minutes)

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        end = _end_or_skip(ctx, self.options.assumed_length_minutes)
        sent = ctx.send_time
        assert sent is not None
        delta = elapsed(end.when, sent)
        if delta > timedelta(0):
            return
        zone = interview_zone(ctx.interview)
        start = ctx.interview.started_at if ctx.interview is not None else None
        severity = None
        if start is not None and elapsed(start, sent) < timedelta(0):
            what = f"Sent {describe_duration(elapsed(sent, start))} before the interview even starts"
            mark, event = start, "it starts"
        elif delta == timedelta(0):
            what, mark, event = "Sent at the very minute the interview ends", end.when, "it ends"
        else:
            what, mark, event = f"Sent {describe_duration(delta)} before the interview ends", end.when, "it ends"
            if end.assumed:  # it may simply have been shorter than assumed
                severity = Severity.WARNING
        at, then, zone_name = _clock_pair(sent, mark, zone)
        yield ctx.finding(
            f"{what}{end.note()} (this goes out at {at} and {event} at {then}, {zone_name} time): "
            f"check the send time and its time zone",
            severity=severity,
            data={**_end_data(end, delta), "send_time": sent.isoformat(),
                  "confidence": "low" if end.assumed else "high"},
        )


# -- FL402 ----------------------------------------------------------------------------------------------

class SentTooLate(Rule):
    """The thank-you note goes out more than 24 hours (warning) or 48 hours (error) after the interview.

    ## What it does
    Measures the time from the end of the interview to the send time, as instants. Over
    `warn-after-hours` it warns, over `error-after-hours` it is an error; exactly 24 or 48 hours is still
    inside. With `business-days = true` only working days count (in the interview's zone: the weekend and
    public holidays of the interviewer's country, Monday to Friday when it is unknown), so a
    Friday-afternoon interview answered on Monday morning is on time, and so is a note after Christmas. When the interview has no
    `ended_at`, its end is `started_at` plus `assumed-length-minutes` and the finding says so. Applies to
    the first message only.

    ## Why is this bad?
    A late note lets them forget you, and it reads as lukewarm interest: most career centres say
    "within 24 hours", and two days is the most any of them allows.

    ## Example
    ```text
    Dear Dr. Owusu,

    Thank you for interviewing me for the Housing Policy Officer post.
    ```
    Sent four days later:
    ```json
    {"sent_at": "2026-10-26T16:30:00+00:00"}
    ```

    ## Use instead
    ```text
    Dear Dr. Owusu,

    Thank you for interviewing me for the Housing Policy Officer post.
    ```
    Sent the same evening:
    ```json
    {"sent_at": "2026-10-22T19:30:00+01:00"}
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Abena Owusu"}], "timezone": "Europe/London",
                   "started_at": "2026-10-22T15:00:00", "ended_at": "2026-10-22T16:00:00"}}
    ```

    ## Source
    docs/advice.md, "Sent more than 24 h / 48 h after the end": "within 24 hours" (most career
    centres; TopResume 2017), "48 hours maximum" (uOttawa Telfer, TU Delft; CareerBuilder 2005: 26% of
    employers expect it within two days). Sources disagree on weekends; counting only working days is
    therefore an option, off by default.
    """

    code = "FL402"
    name = "sent-too-late"
    default_severity = Severity.WARNING
    needs = frozenset({"interview", "send_time", "first_message"})
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of sent-too-late.

        - warn-after-hours: a warning when the note goes out more than this many hours after the end
        - error-after-hours: an error when the note goes out more than this many hours after the end
        - business-days: count only working days: the weekend and public holidays of the interviewer's
          country are left out (see the `holidays` config key)
        - assumed-length-minutes: the interview's length when only `started_at` is known
        """

        warn_after_hours: float = 24
        error_after_hours: float = 48
        business_days: bool = False
        assumed_length_minutes: int = _DEFAULT_LENGTH

        def __post_init__(self) -> None:
            if not (0 < self.warn_after_hours <= self.error_after_hours):
                raise ValueError("warn-after-hours must be positive and not above error-after-hours")
            _check_length(self.assumed_length_minutes)

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        opts = self.options
        end = _end_or_skip(ctx, opts.assumed_length_minutes)
        sent = ctx.send_time
        assert sent is not None
        delta = elapsed(end.when, sent)
        if delta <= timedelta(0):
            return
        measured = delta
        if opts.business_days:
            zone = interview_zone(ctx.interview) or end.when.tzinfo
            assert zone is not None
            calendar = work_calendar(ctx, zone)
            measured = weekday_time_between(end.when, sent, zone, calendar)
        if measured > timedelta(hours=opts.error_after_hours):
            severity, limit = Severity.ERROR, opts.error_after_hours
        elif measured > timedelta(hours=opts.warn_after_hours):
            severity, limit = Severity.WARNING, opts.warn_after_hours
        else:
            return  # on time (most notes): the message and its data are not built
        data = _end_data(end, delta)
        counted = ""
        if opts.business_days:
            data["business_hours_after_end"] = round(hours(measured), 4)
            assert zone is not None  # set and checked above, under the same opts.business_days
            days_off = holidays_between(calendar, end.when, sent, zone)
            data["holidays"] = days_off
            counted = f", {describe_duration(measured)} counting only {calendar.weekend_text()}" + (
                f" ({'; '.join(days_off)})" if days_off else "")
        head = f"Sent {describe_duration(delta)} after the interview ended{counted}{end.note()}"
        if severity is Severity.ERROR:
            message = (f"{head}, more than {_hours_text(limit)}: a late note still helps, so send it now and "
                       f"keep it short")
        else:
            message = f"{head}: thank-you notes should go out within {_hours_text(limit)}; send it as soon as you can"
        data["limit_hours"] = limit
        yield ctx.finding(message, severity=severity, data={**data, "confidence": "low" if end.assumed else "high"})


def _hours_text(value: float) -> str:
    whole = int(value)
    return f"{whole} hours" if whole == value else f"{value:g} hours"


# -- FL403 ----------------------------------------------------------------------------------------------

class SentTooSoon(Rule):
    """The thank-you note goes out within minutes of the interview ending, so it looks pre-written.

    ## What it does
    Flags a first message sent less than `min-minutes` (10) after the end of the interview, measured as
    instants. Exactly ten minutes is fine. When the interview has no `ended_at`, its end is `started_at`
    plus `assumed-length-minutes` and the finding says so.

    ## Why is this bad?
    A note that lands while the interviewer is still walking back to their desk looks written before the
    conversation, or typed on a phone on the way out; it cannot reflect on what was said.

    ## Example
    ```text
    Hi Segun,

    Thank you for walking me through the phishing incident.
    ```
    Sent three minutes after the end:
    ```json
    {"sent_at": "2026-12-01T14:03:00-08:00"}
    ```

    ## Use instead
    ```text
    Hi Segun,

    Thank you for walking me through the phishing incident.
    ```
    Sent later that afternoon:
    ```json
    {"sent_at": "2026-12-01T17:30:00-08:00"}
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Olusegun Bakare"}], "timezone": "America/Los_Angeles",
                   "started_at": "2026-12-01T13:00:00", "ended_at": "2026-12-01T14:00:00"}}
    ```

    ## Source
    docs/advice.md, "Sent within ~10 minutes of the end": several career pages ("not within ten
    minutes", "not from your phone as you leave"). Others only say "the same day", so this is info.
    """

    code = "FL403"
    name = "sent-too-soon"
    default_severity = Severity.INFO
    needs = frozenset({"interview", "send_time", "first_message"})
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of sent-too-soon.

        - min-minutes: flag a note sent less than this many minutes after the end
        - assumed-length-minutes: the interview's length when only `started_at` is known
        """

        min_minutes: float = 10
        assumed_length_minutes: int = _DEFAULT_LENGTH

        def __post_init__(self) -> None:
            if self.min_minutes < 0:
                raise ValueError("min-minutes must not be negative")
            _check_length(self.assumed_length_minutes)

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        end = _end_or_skip(ctx, self.options.assumed_length_minutes)
        sent = ctx.send_time
        assert sent is not None
        delta = elapsed(end.when, sent)
        if not (timedelta(0) < delta < timedelta(minutes=self.options.min_minutes)):
            return
        yield ctx.finding(
            f"Sent {describe_duration(delta)} after the interview ended{end.note()}: a note this quick looks "
            f"pre-written; wait a little and mention something from the conversation",
            data={**_end_data(end, delta), "minutes_after_end": round(delta.total_seconds() / 60, 2),
                  "confidence": "low" if end.assumed else "high"},
        )


# -- FL404 ----------------------------------------------------------------------------------------------

class OutsideBusinessHours(Rule):
    """The message arrives at night or on a weekend in the interviewer's time zone.

    ## What it does
    Reads the send time on the interviewer's clock: the `timezone` of the interviewer the draft is
    addressed to (matched by address in To), else of the first interviewer, else the interview's
    `timezone`. Outside `earliest`-`latest` (07:00 up to 21:00, not including 21:00) or on a `weekend`
    day, it suggests the next good local time to schedule it for ("schedule it for Tuesday 08:30 their
    time"). Applies to every message.

    ## Why is this bad?
    A note that pings a phone at 23:40 or on a Sunday is noticed for the wrong reason, and sinks under
    the Monday-morning pile. Scheduling it for their next business morning puts it on top.

    ## Example
    ```text
    Dear Fiona,

    Thank you for the conversation about the autumn list.
    ```
    Sent on Saturday night:
    ```json
    {"sent_at": "2026-05-09T23:40:00+01:00"}
    ```

    ## Use instead
    ```text
    Dear Fiona,

    Thank you for the conversation about the autumn list.
    ```
    Sent on Friday evening:
    ```json
    {"sent_at": "2026-05-08T18:15:00+01:00"}
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Fiona MacLeod", "timezone": "Europe/London"}],
                   "timezone": "Europe/London",
                   "started_at": "2026-05-08T14:00:00", "ended_at": "2026-05-08T15:00:00"}}
    ```

    ## Source
    docs/advice.md, "Sent outside 07:00-21:00 or on a weekend in the interviewer's zone": suggest
    scheduling for their next business morning. A habit, not a rule of etiquette: info only.
    """

    code = "FL404"
    name = "outside-business-hours"
    default_severity = Severity.INFO
    needs = frozenset({"interview", "send_time"})
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of outside-business-hours.

        - earliest: the earliest good local time ("HH:MM")
        - latest: the end of the good hours ("HH:MM", not included)
        - suggest: the local time to suggest on the next working day ("HH:MM")
        - weekend: the days that are not working days; empty (the default): the weekend of the
          interviewer's country (Friday and Saturday in Saudi Arabia), Saturday and Sunday when unknown
        """

        earliest: str = "07:00"
        latest: str = "21:00"
        suggest: str = "08:30"
        weekend: tuple[str, ...] = ()

        def __post_init__(self) -> None:
            start, end = parse_clock(self.earliest), parse_clock(self.latest)
            parse_clock(self.suggest)
            if start >= end:
                raise ValueError("earliest must come before latest")
            if len(parse_weekdays(self.weekend)) >= 7:
                raise ValueError("weekend cannot be every day of the week")

    def __init__(self, options: object = None) -> None:
        super().__init__(options)
        opts = self.options
        self._start = parse_clock(opts.earliest)
        self._end = parse_clock(opts.latest)
        self._suggest = parse_clock(opts.suggest)
        self._weekend = parse_weekdays(opts.weekend) if opts.weekend else None

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        audience = _audience(ctx)
        if audience is None:
            raise ctx.skip("the interviewer's time zone is unknown")
        sent = ctx.send_time
        assert sent is not None
        local = to_utc(sent).astimezone(audience.zone)
        calendar = work_calendar(ctx, audience.zone, self._weekend)
        if in_business_hours(local, self._start, self._end, calendar):
            return
        slot = next_business_slot(sent, audience.zone, self._start, self._end, calendar, self._suggest)
        clock = f"{local.hour:02d}:{local.minute:02d}"
        holiday = calendar.holiday(local.date())
        when = format_day(slot) if (slot.date() - local.date()).days < 7 else f"{format_date(slot)} {format_clock(slot.hour * 60 + slot.minute)}"
        if holiday:
            reason, why = "holiday", f"on a public holiday ({calendar.describe_day_off(local.date())}), at {clock}"
        elif local.weekday() in calendar.weekend:
            place = f", the weekend{calendar.where()}" if calendar.weekend != frozenset({5, 6}) else ""
            reason, why = "weekend", f"on a {DAY_NAMES[local.weekday()]}{place}, at {clock}"
        elif local.hour * 60 + local.minute < self._start:
            reason, why = "early", f"at {clock}, before {format_clock(self._start)}"
        else:
            reason, why = "late", f"at {clock}, after {format_clock(self._end)}"
        skipped = [d for d in holidays_between(calendar, local, slot, audience.zone) if holiday is None or
                   not d.startswith(f"{local.day} ")]
        after = f" ({skipped[0]})" if skipped else ""
        yield ctx.finding(
            f"This arrives {why} {audience.where(local)}; schedule it for {when} their time{after}",
            data={"local_time": local.isoformat(), "zone": zone_label(audience.zone, local),
                  "zone_source": audience.source, "reason": reason, "suggested_time": slot.isoformat(),
                  "suggested_time_utc": to_utc(slot).isoformat(), "country": calendar.country,
                  "holiday": holiday},
        )


# -- FL407 ----------------------------------------------------------------------------------------------

_PHRASE: Final = re.compile(
    r"(?=[ety])"  # (a look-ahead at the first letters: every other place is left after one test)
    r"\b(?:(?P<earlier>earlier )?(?P<day>today|tonight)|(?P<this>this (?:morning|afternoon|evening))|"
    r"(?P<yesterday>yesterday))\b",
    re.IGNORECASE,
)
#: the lower-case words of which ``_PHRASE`` needs one (on ASCII text, where ignoring case is lower-casing)
_DAY_WORDS: Final = ("today", "tonight", "yesterday", "this morning", "this afternoon", "this evening")


def _may_name_a_day(text: str, lower: str) -> bool:
    """Could ``_PHRASE`` match ``text`` (``lower``: ``text.lower()``)? A few ``in`` tests instead of a
    case-insensitive regex scan, for the usual note that names no day."""
    if not text.isascii():
        return True  # (case folding beyond ASCII: "K" is "k" to the pattern) the pattern decides
    return any(w in lower for w in _DAY_WORDS)


#: the sentence is about the meeting itself (a thank-you note)
_MEETING: Final = LazyPattern(
    r"\b(?:interview\w{0,3}|meet|meeting|met|spoke|speak|speaking|talk|talked|talking|chat|chatted|"
    r"conversation|conversations|discussion|discussed|discussing|call|visit|visited|tour|session|panel|"
    r"presentation|presented|lunch|dinner|breakfast|coffee|hosting|hosted|sat|sitting|showing|walking|thank|thanks|grateful|"
    r"appreciate|appreciated|your time|time with)\b",
    re.IGNORECASE,
)
#: in a later follow-up, "today" is more often the day of writing: only the interview itself counts
_INTERVIEW: Final = re.compile(r"\binterview\w{0,3}\b", re.IGNORECASE)
#: "writing today", "following up today", "your email this morning": the day of sending or of another
#: message, not the interview
_SENDING_BEFORE: Final = LazyPattern(
    r"\b(?:writ(?:e|ing)|reach(?:ing)? out|follow(?:ing)?[- ]up|check(?:ing)? in|email(?:ing)?|send(?:ing)?|"
    r"sent|touch(?:ing)? base|available|free|call you|messages?|notes?|repl(?:y|ied)|update|news|offer|"
    r"invit(?:e|ation)|letter|received|heard)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_WINDOW: Final = 48
_MAX_FINDINGS: Final = 20
_MAX_CANDIDATES: Final = 100
_SENTENCE_REACH: Final = 300


class RelativeTimeMismatch(Rule):
    """"This morning", "today" or "tonight" in a note that arrives on a later day, or "yesterday" days later.

    ## What it does
    Compares the day the message arrives with the day of the interview, both on the interviewer's clock
    (the same zone as outside-business-hours). "This morning", "this afternoon", "this evening", "today"
    and "tonight" are flagged when the message arrives on a later day; "yesterday" when it arrives two or
    more days later. Only the candidate's own text counts (not a quoted reply or the signature), and only
    sentences about the meeting itself ("thank you for your time today"); "I'm writing today to follow
    up" is about the day of sending and is left alone. In a later follow-up the sentence must mention the
    interview. The unsafe fix names the day instead.

    ## Why is this bad?
    A note drafted right after the interview and sent the next day says "this morning" about yesterday:
    it tells the reader the note sat in the outbox, and it confuses which conversation you mean.

    ## Example
    ```text
    Hi Hector,

    Thank you for taking the time to talk with me this morning about the planning role.
    ```

    ## Use instead
    ```text
    Hi Hector,

    Thank you for taking the time to talk with me yesterday morning about the planning role.
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Hector Villanueva"}], "timezone": "America/Los_Angeles",
                   "started_at": "2026-04-23T10:00:00", "ended_at": "2026-04-23T11:00:00"},
     "sent_at": "2026-04-24T09:00:00-07:00"}
    ```

    ## Source
    docs/advice.md, points 3 and 4 of the founding advice (send it promptly; refer to the
    interview): a relative day that no longer fits is a sign the note was not reread before sending.
    """

    code = "FL407"
    name = "relative-time-mismatch"
    default_severity = Severity.WARNING
    needs = frozenset({"interview", "send_time"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        own = ctx.doc.own
        if not _may_name_a_day(own, ctx.analysis.lower) or not _PHRASE.search(own):
            return
        interview = ctx.interview
        assert interview is not None
        end = interview_end(interview, _DEFAULT_LENGTH)
        if end is None:
            raise ctx.skip("the interview has no start or end time")
        audience = _audience(ctx)
        if audience is None:  # pragma: no cover - a known end always gives an offset
            raise ctx.skip("the interviewer's time zone is unknown")
        zone = audience.zone
        sent = ctx.send_time
        assert sent is not None
        last_day = to_utc(end.when).astimezone(zone).date()
        sent_local = to_utc(sent).astimezone(zone)
        gap = (sent_local.date() - last_day).days
        if gap < 1:
            return
        later = bool(interview.followups)
        sentences = ctx.doc.sentences
        starts = [a for a, _ in sentences]
        found = 0
        for seen, m in enumerate(_PHRASE.finditer(own)):
            if seen >= _MAX_CANDIDATES:  # a real note has a handful; a pasted log must stay cheap
                return
            yesterday = m.group("yesterday") is not None
            if yesterday and gap < 2:
                continue
            if not self._about_meeting(own, sentences, starts, m.start(), m.end(), later):
                continue
            yield self._finding(ctx, m, gap, last_day, sent_local, audience)
            found += 1
            if found >= _MAX_FINDINGS:
                return

    @staticmethod
    def _about_meeting(own: str, sentences: tuple[tuple[int, int], ...], starts: list[int], start: int, end: int,
                       later: bool) -> bool:
        s, e = start, end
        i = bisect_right(starts, start) - 1
        if i >= 0 and sentences[i][0] <= start < sentences[i][1]:
            s, e = sentences[i][0], max(sentences[i][1], end)
        # a "sentence" longer than a few lines is not prose: look near the phrase only (keeps this linear)
        s, e = max(s, start - _SENTENCE_REACH), min(e, end + _SENTENCE_REACH)
        sentence = own[s:e]
        if not (_INTERVIEW if later else _MEETING).search(sentence):
            return False
        before = own[max(s, start - _WINDOW):start]
        if _SENDING_BEFORE.search(before):
            return False
        if own[end:end + 14].lower().startswith((" to ", " if ")):
            return False  # "available today to talk": about the day of sending
        word = own[max(s, start - 6):start].lower()
        return not word.endswith(("later ", "until "))

    def _finding(self, ctx: RuleContext, m: re.Match[str], gap: int, day: date, sent_local: datetime,
                 audience: Audience) -> Finding:
        own = ctx.doc.own
        phrase = m.group(0)
        possessive = own[m.end():m.end() + 2] in ("'s", "\u2019s")
        before = own[max(0, m.start() - 12):m.start()].split()
        after_preposition = bool(before) and before[-1].lower() in _PREPOSITIONS
        replacement = _replacement(m, gap, day, possessive or after_preposition)
        if len(phrase) > 1 and phrase.isupper():
            replacement = replacement.upper()
        elif phrase[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        fix = ctx.fix(f"Say '{replacement}' instead", [(m.start(), m.end(), replacement)],
                      applicability=Applicability.UNSAFE)
        when = "the next day" if gap == 1 else f"{gap} days later"
        return ctx.finding(
            f"'{phrase}' no longer fits: the interview was on {format_date(day)}, and this arrives {when} "
            f"{audience.where(sent_local)}",
            m.start(), m.end(), fixes=(fix,),
            data={"phrase": phrase, "interview_date": day.isoformat(), "arrival_date": sent_local.date().isoformat(),
                  "days_later": gap, "zone": zone_label(audience.zone, sent_local)},
        )


_PREPOSITIONS: Final = frozenset("for from of since after about before during until".split())


def _replacement(m: re.Match[str], gap: int, day: date, bare: bool) -> str:
    """What to say instead: "yesterday morning", "last night", "on Monday", "Monday's" (``bare``: no "on")."""
    if gap == 1 and m.group("yesterday") is None:
        if m.group("this"):
            return "yesterday " + m.group("this").split()[1].lower()
        if m.group("day").lower() == "tonight":
            return "last night"
        return "yesterday"
    part = ""
    if m.group("this"):
        part = m.group("this").split()[1].lower()
    elif m.group("day") and m.group("day").lower() == "tonight":
        part = "evening"
    if gap < 7:
        name = DAY_NAMES[day.weekday()] + (f" {part}" if part else "")
    else:
        when = f"{day.day} {format_date(day).split()[2]}"
        name = f"the {part} of {when}" if part else when
    return name if bare else f"on {name}"


RULES = (SentBeforeInterviewEnded, SentTooLate, SentTooSoon, OutsideBusinessHours, RelativeTimeMismatch)
