"""Working days: each country's weekend and public holidays, and the country of a time zone.

Every timing rule that counts business days or suggests a time to send asks one :class:`WorkCalendar`.
Its data come from the `holidays` package (MIT; public holidays and weekends of ~250 countries and their
subdivisions: Friday-Saturday in Saudi Arabia, Egypt, Qatar, Kuwait and Israel, Friday in Iran,
Saturday-Sunday in the UAE since 2022). The package costs ~0.15-0.3 s to import (it imports the modules
of every country), so each country's holidays for 2020-2035, its weekend and its name are shipped
precomputed from it (``data/holidays-public.txt``, built by ``tools/build_holidays.py``) and one
country's line is read when its calendar is first asked for; the package is imported only for other
years, for a subdivision and for a code that file does not have, never on ``import followup_lint``.

The country of a time zone comes from the IANA ``zone.tab`` table shipped in the `tzdata` package
("America/New_York" -> "US"); an interview can name its country (and subdivision) instead.
Nothing here reads the clock, the environment or the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
import json
import re
import warnings
from functools import lru_cache
from importlib import resources
from typing import Any, Final

__all__ = ["WorkCalendar", "DEFAULT_CALENDAR", "calendar_for", "country_of_zone", "country_name", "zone_key",
           "HOLIDAYS_FILE"]

#: the shipped public holidays (see ``tools/build_holidays.py``)
HOLIDAYS_FILE: Final = "holidays-public.txt"

#: Saturday and Sunday (``date.weekday()`` numbers), the weekend when nothing else is known.
SAT_SUN: Final = frozenset({5, 6})
_DAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """Which days are not working days: a weekend and, when a country is known, its public holidays.

    ``country`` is an ISO 3166 code ("US"), ``subdivision`` the `holidays` package's code for a state or
    nation ("SCT" for Scotland in "GB"). ``holidays=False`` keeps the weekend and drops the holidays.
    """

    weekend: frozenset[int] = SAT_SUN
    country: str | None = None
    subdivision: str | None = None
    holidays: bool = True
    _table: Any = field(default=None, repr=False, compare=False)
    #: "the United States", for messages ("" when no country calendar is in use)
    country_label: str = ""

    def holiday(self, day: date) -> str | None:
        """The name of the public holiday on ``day`` ("Christmas Day"), or ``None``."""
        if self._table is None:
            return None
        name = self._table.get(day)
        return str(name) if name else None

    def is_day_off(self, day: date) -> bool:
        """Whether ``day`` is a weekend day or a public holiday."""
        return day.weekday() in self.weekend or (self._table is not None and day in self._table)

    @property
    def working_days_per_week(self) -> int:
        return 7 - len(self.weekend)

    def where(self) -> str:
        """" in the United States", " in Scotland", or "" when no calendar is in use."""
        if not self.country_label:
            return ""
        if self.subdivision:
            names = {code: name for name, code in (getattr(self._table, "subdivisions_aliases", None) or {}).items()}
            return f" in {names.get(self.subdivision, self.subdivision)}"
        return f" in {self.country_label}"

    def describe_day_off(self, day: date) -> str | None:
        """Why ``day`` is not a working day, in words: "25 December is Christmas Day in the US"."""
        name = self.holiday(day)
        when = f"{day.day} {_MONTHS[day.month - 1]}"
        if name:
            return f"{when} is {name}{self.where()}"
        if day.weekday() in self.weekend:
            return f"{when} is a {_DAY_NAMES[day.weekday()]}, a weekend day{self.where()}"
        return None

    def weekend_text(self) -> str:
        """ "Monday to Friday", "Sunday to Thursday" (read round the week), with the holidays noted."""
        work = [i for i in range(7) if i not in self.weekend]
        first = next((i for i in work if (i - 1) % 7 not in work), work[0])
        run = [(first + k) % 7 for k in range(len(work))]
        if sorted(run) == work:
            span = f"{_DAY_NAMES[run[0]]} to {_DAY_NAMES[run[-1]]}" if len(run) > 1 else _DAY_NAMES[run[0]]
        else:
            span = ", ".join(_DAY_NAMES[i] for i in work)
        return span + (" without public holidays" if self._table is not None else "")


DEFAULT_CALENDAR: Final = WorkCalendar()


def zone_key(zone: tzinfo | None) -> str | None:
    """The IANA name of a zone ("Europe/London"), or ``None`` for a fixed offset."""
    return getattr(zone, "key", None)


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """``zone.tab``: each canonical zone's country code (one line a zone: "US<TAB>coords<TAB>America/New_York")."""
    out: dict[str, str] = {}
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover - tzdata is a dependency
        return out
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[2].strip()] = parts[0].strip()
    return out


# Zones that zone.tab does not list because they are links or aliases to another country's zone.
_ALIASES: Final = {"US/Eastern": "US", "US/Central": "US", "US/Mountain": "US", "US/Pacific": "US",
                   "Asia/Calcutta": "IN", "Asia/Saigon": "VN", "Asia/Katmandu": "NP", "Europe/Kiev": "UA",
                   "GB": "GB", "Europe/Belfast": "GB", "Asia/Istanbul": "TR", "Canada/Eastern": "CA",
                   "Canada/Pacific": "CA", "Australia/ACT": "AU", "Australia/NSW": "AU", "Japan": "JP",
                   "Singapore": "SG", "Hongkong": "HK", "Israel": "IL", "Egypt": "EG", "Iran": "IR",
                   "Turkey": "TR", "Poland": "PL", "Portugal": "PT", "Eire": "IE", "NZ": "NZ"}


def country_of_zone(key: str | None) -> str | None:
    """The country of an IANA zone name ("Asia/Riyadh" -> "SA"), or ``None`` (UTC, fixed offsets)."""
    if not key:
        return None
    return _zone_countries().get(key) or _ALIASES.get(key)


class ShippedHolidays:
    """One country's public holidays as the `holidays` package names them: the shipped table for the
    years it covers, the package itself (imported then) for any other year."""

    __slots__ = ("country", "weekend", "label", "_days", "_first", "_last")

    def __init__(self, country: str, weekend: frozenset[int], label: str, days: dict[date, str], first: int,
                 last: int) -> None:
        self.country, self.weekend, self.label = country, weekend, label
        self._days, self._first, self._last = days, first, last

    def get(self, day: date) -> str | None:
        if isinstance(day, datetime):
            day = day.date()
        if self._first <= day.year <= self._last:
            return self._days.get(day)
        table = _table(self.country, None)
        if table is None:
            return None
        with warnings.catch_warnings():   # outside the package's years it says so and knows no holiday: none
            warnings.filterwarnings("ignore", "Requested Holidays are available only", UserWarning)
            return table.get(day)

    def __contains__(self, day: date) -> bool:
        return self.get(day) is not None


@lru_cache(maxsize=1)
def _shipped_text() -> str:
    from .spelling.lexicon import read_data

    return read_data(HOLIDAYS_FILE)


@lru_cache(maxsize=64)
def _shipped(country: str) -> ShippedHolidays | None:
    """The shipped holidays of ``country`` (an upper-case ISO code), or ``None`` when the file lacks it."""
    text = _shipped_text()
    at = text.find(f"\n{country}\t")
    if at < 0:
        return None
    head = text[:text.index("\n")]
    first, last = (int(y) for y in head.rpartition("years=")[2].split("-"))
    start = at + len(country) + 2
    row = json.loads(text[start:text.index("\n", start)])
    names, pairs = row["names"], row["days"]
    day, days = date(first, 1, 1).toordinal(), {}
    for i in range(0, len(pairs), 2):
        day += pairs[i]
        days[date.fromordinal(day)] = names[pairs[i + 1]]
    return ShippedHolidays(country, frozenset(row["weekend"]), row["name"], days, first, last)


@lru_cache(maxsize=64)
def _table(country: str, subdivision: str | None) -> Any:
    """The `holidays` package's calendar (``None`` when it does not know the country or subdivision)."""
    import holidays as holidays_package  # imported on first use: ~0.2-0.3 s

    try:
        return holidays_package.country_holidays(country, subdiv=subdivision)
    except NotImplementedError:  # "Country ZZ not available", "Entity `GB` does not have subdivision XXX"
        return None


_PLURAL_OR_UNION: Final = ("United ", "Republic", "Islands", "Kingdom", "States", "Emirates", "Netherlands",
                           "Philippines", "Bahamas", "Gambia", "Maldives")


@lru_cache(maxsize=64)
def country_name(code: str) -> str:
    """ "the United States", "Saudi Arabia": the name the `holidays` package's registry gives a code."""
    shipped = _shipped(code)
    return shipped.label if shipped is not None else _name_from_registry(code)


def _name_from_registry(code: str) -> str:
    from holidays import registry

    for entry in registry.COUNTRIES.values():
        if len(entry) > 1 and entry[1] == code:
            words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", entry[0])
            return ("the " if any(w in words for w in _PLURAL_OR_UNION) else "") + words
    return code


@lru_cache(maxsize=256)
def calendar_for(country: str | None, subdivision: str | None = None, *, holidays: bool = True,
                 weekend: frozenset[int] | None = None) -> WorkCalendar:
    """The calendar of ``country`` (and ``subdivision``); ``weekend`` overrides the country's weekend.

    ``holidays=False`` turns the country calendar off: Saturday and Sunday (or ``weekend``), no holidays,
    and the `holidays` package is not imported. An unknown country or subdivision falls back to the
    country alone, then to the weekend alone: a calendar never fails a lint.
    """
    if weekend is not None and len(weekend) >= 7:
        raise ValueError("every day of the week is a weekend")
    country = country.upper() if country else None
    sub = subdivision.upper() if subdivision else None
    if not holidays or not country:
        return WorkCalendar(weekend if weekend is not None else SAT_SUN, country, sub, False, None)
    table = _table(country, sub) if sub else None
    if table is None:
        table, sub = _shipped(country) or _table(country, None), None
    if table is None:
        return WorkCalendar(weekend if weekend is not None else SAT_SUN, country, None, False, None)
    days_off = weekend if weekend is not None else frozenset(getattr(table, "weekend", None) or SAT_SUN)
    if len(days_off) >= 7:  # pragma: no cover - no country rests every day
        days_off = SAT_SUN
    return WorkCalendar(frozenset(days_off), country, sub, True, table, country_name(country))
