"""Pure time arithmetic for the timing rules: instants, working-day time, business-hours slots, wording.

Every function here compares and adds *instants* (it converts to UTC first), never wall-clock times:
Python subtracts two datetimes that share a ``tzinfo`` object as wall-clock times, which is wrong across
a daylight-saving change. Local calendars (which day it is, whether it is a weekend, what the local
clock says) are read in an explicit zone. Nothing here reads the clock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Final, Iterable

from .workdays import DEFAULT_CALENDAR, WorkCalendar

__all__ = [
    "UTC", "WEEKEND", "DAY_NAMES", "MONTHS", "to_utc", "elapsed", "hours", "describe_duration", "day_start",
    "weekday_time_between", "add_weekday_time", "parse_clock", "format_clock", "localize",
    "seconds_of_day", "in_business_hours", "next_business_slot", "parse_weekdays", "zone_label",
    "format_day", "format_date",
]

UTC: Final = timezone.utc
#: Saturday and Sunday (``date.weekday()`` numbers).
WEEKEND: Final = frozenset({5, 6})
DAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
_ONE_DAY: Final = timedelta(days=1)
#: beyond this many days, working-day time is exact for the first weeks and prorated after (it is far
#: past any threshold by then, and the loop stays bounded)
_EXACT_DAYS: Final = 70


def to_utc(when: datetime) -> datetime:
    """The same instant in UTC (``when`` must be aware)."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{when.isoformat()} has no time zone")
    return when.astimezone(UTC)


def elapsed(start: datetime, end: datetime) -> timedelta:
    """``end - start`` as instants (negative when ``end`` comes first)."""
    return to_utc(end) - to_utc(start)


def hours(delta: timedelta) -> float:
    """A duration in hours."""
    return delta.total_seconds() / 3600.0


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def describe_duration(delta: timedelta) -> str:
    """A duration in plain words: "45 seconds", "3 minutes", "1 hour and 20 minutes", "30 hours", "3 days".

    Units are chosen for a reader: minutes under an hour, hours and minutes under ten hours, whole hours
    under two days, days (and hours, under a week) after that. Each unit is rounded down, so a duration
    just under a threshold never reads as the threshold ("47 hours", not "48 hours"). The sign is ignored.
    """
    seconds = abs(delta.total_seconds())
    if seconds < 60:
        return _plural(int(seconds), "second")
    minutes = int(seconds // 60)
    if minutes < 60:
        return _plural(minutes, "minute")
    if minutes < 600:
        h, m = divmod(minutes, 60)
        return _plural(h, "hour") + (f" and {_plural(m, 'minute')}" if m else "")
    whole_hours = int(seconds // 3600)
    if whole_hours < 48:
        return _plural(whole_hours, "hour")
    days, rest = divmod(whole_hours, 24)
    if days < 7 and rest:
        return f"{_plural(days, 'day')} and {_plural(rest, 'hour')}"
    return _plural(days, "day")


def day_start(day: date, zone: tzinfo) -> datetime:
    """The instant (UTC) at which ``day`` begins in ``zone``.

    Where midnight does not exist (a spring-forward gap at 00:00), ``fold=0`` reads it with the offset
    before the change, which is the instant the day actually begins.
    """
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _calendar(weekend: Iterable[int] | WorkCalendar) -> WorkCalendar:
    """A :class:`WorkCalendar` for a weekend given as ``date.weekday()`` numbers (or the calendar itself)."""
    if isinstance(weekend, WorkCalendar):
        return weekend
    days = frozenset(weekend)
    return DEFAULT_CALENDAR if days == WEEKEND else WorkCalendar(days, holidays=False)


def weekday_time_between(start: datetime, end: datetime, zone: tzinfo,
                         weekend: Iterable[int] | WorkCalendar = WEEKEND) -> timedelta:
    """How much of the time from ``start`` to ``end`` falls on working days in ``zone``.

    A day counts whole (its real length: 23 or 25 hours on a daylight-saving change) when it is a
    working day of ``weekend``: a :class:`~followup_lint.workdays.WorkCalendar` (weekend and public
    holidays) or ``date.weekday()`` numbers (Saturday and Sunday by default). Negative when ``end``
    comes first.
    """
    s, e = to_utc(start), to_utc(end)
    if e < s:
        return -weekday_time_between(end, start, zone, weekend)
    cal = _calendar(weekend)
    total = timedelta(0)
    day = s.astimezone(zone).date()
    lo = day_start(day, zone)
    for _ in range(_EXACT_DAYS):
        hi = day_start(day + _ONE_DAY, zone)
        if lo >= e:
            return total
        if not cal.is_day_off(day):
            a, b = max(s, lo), min(e, hi)
            if b > a:
                total += b - a
        day, lo = day + _ONE_DAY, hi
    if e > lo:  # far past every threshold: prorate the rest
        total += (e - lo) * cal.working_days_per_week / 7
    return total


def add_weekday_time(start: datetime, amount: timedelta, zone: tzinfo,
                     weekend: Iterable[int] | WorkCalendar = WEEKEND) -> datetime:
    """The first instant (UTC) by which ``amount`` of working-day time in ``zone`` has passed since ``start``.

    The inverse of :func:`weekday_time_between`: ``weekday_time_between(start, result) == amount``.
    """
    s = to_utc(start)
    if amount <= timedelta(0):
        return s
    cal = _calendar(weekend)
    if cal.working_days_per_week <= 0:
        raise ValueError("every day of the week is a weekend")
    remaining = amount
    day = s.astimezone(zone).date()
    cursor = s
    for _ in range(100_000):
        hi = day_start(day + _ONE_DAY, zone)
        if not cal.is_day_off(day):
            available = hi - cursor
            if remaining <= available:
                return cursor + remaining
            remaining -= available
        day, cursor = day + _ONE_DAY, hi
    raise ValueError("the duration is too long")  # pragma: no cover - 270 years of working days


def parse_clock(text: str) -> int:
    """Minutes after midnight for ``"HH:MM"`` (``"24:00"`` is the end of the day)."""
    if not isinstance(text, str):
        raise ValueError(f"expected a time such as '07:00', got {text!r}")
    parts = text.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() and 1 <= len(p) <= 2 for p in parts):
        raise ValueError(f"expected a time such as '07:00', got {text!r}")
    h, m = int(parts[0]), int(parts[1])
    if not (0 <= m < 60 and (0 <= h < 24 or (h == 24 and m == 0))):
        raise ValueError(f"{text!r} is not a time of day")
    return h * 60 + m


def format_clock(minutes: int) -> str:
    """``"HH:MM"`` for minutes after midnight."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def localize(day: date, minutes: int, zone: tzinfo) -> datetime:
    """The wall-clock time ``minutes`` after midnight on ``day`` in ``zone``, as an aware local datetime.

    A time inside a spring-forward gap does not exist; it moves forward by the gap (02:30 becomes 03:30),
    as a scheduler would.
    """
    h, m = divmod(minutes, 60)
    if h >= 24:
        return datetime.combine(day + _ONE_DAY, time(0), tzinfo=zone).astimezone(UTC).astimezone(zone)
    # fold=0 reads a wall time in a gap with the offset before the change: the instant after the gap
    return datetime.combine(day, time(h, m), tzinfo=zone).astimezone(UTC).astimezone(zone)


def seconds_of_day(local: datetime) -> float:
    """Seconds since local midnight of a local (aware or naive) datetime, by its wall clock."""
    return local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6


def in_business_hours(local: datetime, start_minutes: int, end_minutes: int,
                      weekend: Iterable[int] | WorkCalendar = WEEKEND) -> bool:
    """Whether a local datetime falls on a working day, at or after ``start`` and before ``end``."""
    if _calendar(weekend).is_day_off(local.date()):
        return False
    sec = seconds_of_day(local)
    return start_minutes * 60 <= sec < end_minutes * 60


def next_business_slot(instant: datetime, zone: tzinfo, start_minutes: int, end_minutes: int,
                       weekend: Iterable[int] | WorkCalendar = WEEKEND,
                       preferred_minutes: int | None = None) -> datetime:
    """The next good local time to send, as an aware datetime in ``zone``.

    ``instant`` itself when it already falls in business hours; otherwise ``preferred_minutes`` (default:
    the start of the hours; clamped into them) on the first working day whose slot is still ahead.
    """
    cal = _calendar(weekend)
    if cal.working_days_per_week <= 0:
        raise ValueError("every day of the week is a weekend")
    local = to_utc(instant).astimezone(zone)
    if in_business_hours(local, start_minutes, end_minutes, cal):
        return local
    pref = start_minutes if preferred_minutes is None else preferred_minutes
    if not (start_minutes <= pref < end_minutes):
        pref = start_minutes
    now = to_utc(instant)
    day = local.date()
    for k in range(60):  # holidays next to a weekend (Christmas, Eid, Golden Week) can close ~10 days
        d = day + timedelta(days=k)
        if cal.is_day_off(d):
            continue
        candidate = localize(d, pref, zone)
        if to_utc(candidate) > now:
            return candidate
    raise ValueError("no working day within 60 days")  # pragma: no cover - no calendar closes that long


_WEEKDAY_NUMBERS: Final = {name.lower(): i for i, name in enumerate(DAY_NAMES)}
_WEEKDAY_NUMBERS.update({name[:3].lower(): i for i, name in enumerate(DAY_NAMES)})


def parse_weekdays(names: Iterable[str]) -> frozenset[int]:
    """``date.weekday()`` numbers for day names ("saturday", "Sun"); a ``ValueError`` for anything else."""
    out = set()
    for name in names:
        key = str(name).strip().lower()
        if key not in _WEEKDAY_NUMBERS:
            raise ValueError(f"{name!r} is not a day of the week")
        out.add(_WEEKDAY_NUMBERS[key])
    return frozenset(out)


def zone_label(zone: tzinfo, when: datetime | None = None) -> str:
    """A readable name for a zone: its IANA key, else its UTC offset ("UTC+05:30")."""
    key = getattr(zone, "key", None)
    if key:
        return str(key)
    offset = zone.utcoffset(when)
    if offset is None:
        return str(zone)
    total = int(offset.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    h, m = divmod(abs(total), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


def format_day(local: datetime) -> str:
    """ "Tuesday 08:30" for a local datetime."""
    return f"{DAY_NAMES[local.weekday()]} {local.hour:02d}:{local.minute:02d}"


def format_date(local: datetime | date) -> str:
    """ "Monday 28 September" (the year is added only by callers that need it)."""
    return f"{DAY_NAMES[local.weekday()]} {local.day} {MONTHS[local.month - 1]}"
