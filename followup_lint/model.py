"""The inputs: frozen dataclasses for a draft and the interview it follows up on.

Every class converts to JSON types with ``to_dict()`` and back with ``from_dict()``; an unknown key
is an :class:`~followup_lint.errors.InputError` that names it.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass, field, fields
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, Mapping, Sequence

from .errors import InputError

if TYPE_CHECKING:
    import email.message
    from pathlib import Path

__all__ = ["Draft", "Interviewer", "Interview", "FollowUp", "Source", "parse_datetime", "address_of"]


@lru_cache(maxsize=256)
def get_zone(name: str) -> tzinfo:
    """The IANA zone ``name`` (an ``InputError`` when unknown)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise InputError(f"unknown time zone {name!r} (use an IANA name such as 'Europe/Berlin')") from exc


# Times a follow-up can have: outside these years, date arithmetic in the timing rules overflows
# (``sent_at = 0001-01-01T00:00:00Z`` minus a day is no datetime).
_YEARS: Final = (1900, 9000)


def parse_datetime(value: Any, what: str) -> datetime | None:
    """A datetime from a datetime or an ISO 8601 string; ``None`` stays ``None``."""
    when = _parse_datetime(value, what)
    if when is not None and not _YEARS[0] <= when.year <= _YEARS[1]:
        raise InputError(f"{what}: {when.isoformat()} is out of range (years {_YEARS[0]} to {_YEARS[1]})")
    return when


def _parse_datetime(value: Any, what: str) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
        try:  # an RFC 5322 date, as in a Date: header
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            return parsed
        raise InputError(f"{what}: {value!r} is not an ISO 8601 date and time")
    raise InputError(f"{what}: expected an ISO 8601 string or a datetime, got {type(value).__name__}")


def _aware(value: datetime | None, what: str) -> datetime | None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise InputError(f"{what} {value.isoformat()} has no time zone: give an offset such as +02:00")
    return value


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


if TYPE_CHECKING:
    from typing import TypeAlias

    #: a list, tuple or single string (the constructors turn it into a tuple)
    Strings: TypeAlias = "Sequence[str] | str"


def _strings(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, (list, tuple)):
        out = []
        for item in value:
            if not isinstance(item, str):
                raise InputError(f"{what}: expected strings, got {type(item).__name__}")
            out.append(item)
        return tuple(out)
    raise InputError(f"{what}: expected a list of strings, got {type(value).__name__}")


def _check_keys(cls: type, data: Any) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise InputError(f"{cls.__name__}: expected a mapping, got {type(data).__name__}")
    known = {f.name for f in fields(cls) if not f.name.startswith("_")}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(f"{cls.__name__}: unknown key {unknown[0]!r} (known: {', '.join(sorted(known))})")
    return data


@lru_cache(maxsize=4096)
def mailbox_parts(mailbox: str) -> tuple[str, str]:
    """(display name, lower-case address) of an RFC 5322 mailbox; cached (parsing is slow, and the envelope's
    readers, the recipients, the timing and the addressing, each ask of the same mailboxes)."""
    name, addr = email.utils.parseaddr(mailbox)
    return name, (addr or mailbox).strip().lower()


def address_of(mailbox: str) -> str:
    """The address part of an RFC 5322 mailbox, lower-cased (``"A <a@x.example>"`` -> ``a@x.example``)."""
    return mailbox_parts(mailbox)[1]


@dataclass(frozen=True, slots=True)
class Draft:
    """An email draft: the body (plain text or HTML), the subject and the envelope."""

    body: str
    subject: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    sender: str | None = None
    sent_at: datetime | None = None
    attachments: tuple[str, ...] = ()

    if TYPE_CHECKING:
        # What the constructor accepts (it coerces): an ISO 8601 string for sent_at, a list or one string
        # for the address and attachment fields. The attributes are always the types declared above.
        def __init__(self, body: str, subject: str | None = "", to: Strings = (), cc: Strings = (),
                     bcc: Strings = (), sender: str | None = None, sent_at: datetime | str | None = None,
                     attachments: Strings = ()) -> None:
            """The signature type checkers see; the dataclass generates the real ``__init__``."""

    def __post_init__(self) -> None:
        if not isinstance(self.body, str):
            raise InputError(f"Draft.body: expected a string, got {type(self.body).__name__}")
        if self.subject is None:
            object.__setattr__(self, "subject", "")
        if not isinstance(self.subject, str):
            raise InputError(f"Draft.subject: expected a string, got {type(self.subject).__name__}")
        for name in ("to", "cc", "bcc", "attachments"):
            object.__setattr__(self, name, _strings(getattr(self, name), f"Draft.{name}"))
        if self.sender is not None and not isinstance(self.sender, str):
            raise InputError("Draft.sender: expected a string")
        sent = parse_datetime(self.sent_at, "Draft.sent_at")
        object.__setattr__(self, "sent_at", _aware(sent, "Draft.sent_at"))

    @property
    def recipients(self) -> tuple[str, ...]:
        """To, Cc and Bcc, in that order."""
        return self.to + self.cc + self.bcc

    def to_dict(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "subject": self.subject,
            "to": list(self.to),
            "cc": list(self.cc),
            "bcc": list(self.bcc),
            "sender": self.sender,
            "sent_at": _iso(self.sent_at),
            "attachments": list(self.attachments),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Draft:
        data = _check_keys(cls, data)
        if "body" not in data:
            raise InputError("Draft: missing key 'body'")
        return cls(**dict(data))

    @classmethod
    def from_email(cls, message: bytes | str | email.message.Message) -> Draft:
        """A draft from an RFC 5322 message: decoded headers, text/plain preferred, else text/html."""
        from .loaders import draft_from_email

        return draft_from_email(message)

    @classmethod
    def from_file(cls, path: str | Path) -> Draft:
        """``load(path).draft``."""
        from .loaders import load

        return load(path).draft


@dataclass(frozen=True, slots=True)
class Interviewer:
    """One interviewer: ``title`` is the job title, ``preferred_name`` the name they go by."""

    name: str
    email: str | None = None
    title: str | None = None
    preferred_name: str | None = None
    timezone: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise InputError("Interviewer.name: expected a non-empty string")
        for name in ("email", "title", "preferred_name", "timezone"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InputError(f"Interviewer.{name}: expected a string, got {type(value).__name__}")
        if self.timezone:
            get_zone(self.timezone)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interviewer:
        data = _check_keys(cls, data)
        if "name" not in data:
            raise InputError("Interviewer: missing key 'name'")
        return cls(**dict(data))


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A message already sent about an interview; ``answered`` once a reply came."""

    sent_at: datetime
    answered: bool = False

    if TYPE_CHECKING:
        def __init__(self, sent_at: datetime | str, answered: bool = False) -> None:
            """The signature type checkers see; the dataclass generates the real ``__init__``."""

    def __post_init__(self) -> None:
        value = parse_datetime(self.sent_at, "FollowUp.sent_at")
        if value is None:
            raise InputError("FollowUp.sent_at is required")
        object.__setattr__(self, "sent_at", value)
        if not isinstance(self.answered, bool):
            raise InputError("FollowUp.answered: expected true or false")

    def to_dict(self) -> dict[str, Any]:
        return {"sent_at": _iso(self.sent_at), "answered": self.answered}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FollowUp:
        data = _check_keys(cls, data)
        if "sent_at" not in data:
            raise InputError("FollowUp: missing key 'sent_at'")
        return cls(**dict(data))


@dataclass(frozen=True, slots=True)
class Interview:
    """The interview a draft follows up on.

    Naive datetimes are read in ``timezone`` (an ``InputError`` when it is unset).
    """

    interviewers: tuple[Interviewer, ...] = ()
    company: str | None = None
    role: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    timezone: str | None = None
    topics: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    #: ISO 3166 code of the country whose working days and public holidays apply ("GB"); by default the
    #: country of the interviewer's time zone
    country: str | None = None
    #: a state or nation of that country, as the `holidays` package codes it ("SCT" for Scotland)
    subdivision: str | None = None

    if TYPE_CHECKING:
        # What the constructor accepts (it coerces): interviewers as Interviewer objects, mappings of
        # their fields or plain names; ISO 8601 strings for the times; mappings for the follow-ups.
        def __init__(self, interviewers: Sequence[Interviewer | Mapping[str, Any] | str] = (),
                     company: str | None = None, role: str | None = None,
                     started_at: datetime | str | None = None, ended_at: datetime | str | None = None,
                     timezone: str | None = None, topics: Strings = (), strengths: Strings = (),
                     questions: Strings = (), followups: Sequence[FollowUp | Mapping[str, Any]] = (),
                     country: str | None = None, subdivision: str | None = None) -> None:
            """The signature type checkers see; the dataclass generates the real ``__init__``."""

    def __post_init__(self) -> None:
        people = []
        for item in self.interviewers or ():
            if isinstance(item, Interviewer):
                people.append(item)
            elif isinstance(item, Mapping):
                people.append(Interviewer.from_dict(item))
            elif isinstance(item, str):
                people.append(Interviewer(name=item))
            else:
                raise InputError(f"Interview.interviewers: unexpected {type(item).__name__}")
        object.__setattr__(self, "interviewers", tuple(people))
        for name in ("company", "role", "timezone", "country", "subdivision"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InputError(f"Interview.{name}: expected a string, got {type(value).__name__}")
        if self.country is not None and not (len(self.country) == 2 and self.country.isascii() and self.country.isalpha()):
            raise InputError(f"Interview.country: expected a two-letter country code such as 'GB', got {self.country!r}")
        if self.subdivision is not None and not self.country:
            raise InputError("Interview.subdivision needs Interview.country (for example country = 'GB', subdivision = 'SCT')")
        zone = get_zone(self.timezone) if self.timezone else None
        for name in ("topics", "strengths", "questions"):
            object.__setattr__(self, name, _strings(getattr(self, name), f"Interview.{name}"))

        def localise(value: Any, what: str) -> datetime | None:
            when = parse_datetime(value, what)
            if when is not None and (when.tzinfo is None or when.utcoffset() is None):
                if zone is None:
                    raise InputError(f"{what} {when.isoformat()} has no offset and Interview.timezone is unset")
                when = when.replace(tzinfo=zone)
            return when

        object.__setattr__(self, "started_at", localise(self.started_at, "Interview.started_at"))
        object.__setattr__(self, "ended_at", localise(self.ended_at, "Interview.ended_at"))
        ups = []
        for i, given in enumerate(self.followups or ()):
            up = given if isinstance(given, FollowUp) else FollowUp.from_dict(given) if isinstance(given, Mapping) else None
            if up is None:
                raise InputError(f"Interview.followups[{i}]: unexpected {type(given).__name__}")
            sent = localise(up.sent_at, f"Interview.followups[{i}].sent_at")
            ups.append(up if sent is up.sent_at else FollowUp(sent_at=sent, answered=up.answered))  # type: ignore[arg-type]
        object.__setattr__(self, "followups", tuple(ups))
        if self.started_at and self.ended_at and self.ended_at < self.started_at:
            raise InputError(
                f"Interview.ended_at {self.ended_at.isoformat()} is before started_at {self.started_at.isoformat()}"
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "interviewers": [p.to_dict() for p in self.interviewers],
            "company": self.company,
            "role": self.role,
            "started_at": _iso(self.started_at),
            "ended_at": _iso(self.ended_at),
            "timezone": self.timezone,
            "topics": list(self.topics),
            "strengths": list(self.strengths),
            "questions": list(self.questions),
            "followups": [f.to_dict() for f in self.followups],
            "country": self.country,
            "subdivision": self.subdivision,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interview:
        data = dict(_check_keys(cls, data))
        people = data.get("interviewers") or ()
        if not isinstance(people, (list, tuple)):
            raise InputError("Interview.interviewers: expected a list")
        data["interviewers"] = tuple(p if isinstance(p, Interviewer) else Interviewer.from_dict(p) for p in people)
        ups = data.get("followups") or ()
        if not isinstance(ups, (list, tuple)):
            raise InputError("Interview.followups: expected a list")
        data["followups"] = tuple(u if isinstance(u, FollowUp) else FollowUp.from_dict(u) for u in ups)
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Source:
    """What :func:`~followup_lint.load` read from a file: the draft and what came with it.

    ``kind`` is ``"eml"``, ``"text"``, ``"markdown"`` or ``"jinja"``. ``origin`` maps the draft's fields
    back to lines of the file (used for :class:`~followup_lint.Location`).
    """

    draft: Draft
    interview: Interview | None = None
    template: bool = False
    ignore: tuple[str, ...] = ()
    sample: Mapping[str, Any] = field(default_factory=dict)
    path: str | None = None
    kind: str = "text"
    origin: Any = field(default=None, repr=False, compare=False)
