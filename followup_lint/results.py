"""The outputs: findings with exact spans, fixes, and the report that holds them."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from .model import Draft

__all__ = [
    "Severity", "Applicability", "Span", "Location", "Edit", "Fix", "Finding", "Skipped", "Report",
    "SCHEMA_VERSION",
]

SCHEMA_VERSION = 1


class Severity(enum.IntEnum):
    """How serious a finding is: ``INFO < WARNING < ERROR``; ``str()`` gives ``"info"`` and so on."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    if TYPE_CHECKING:
        def __new__(cls, value: int | str) -> Severity:  # Severity(2) or Severity("warning")
            """The signature type checkers see; ``_missing_`` accepts the names at run time."""

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def _missing_(cls, value: object) -> Severity | None:
        """``Severity("warning")`` (any case) as well as ``Severity(2)``."""
        if isinstance(value, str) and value.strip().upper() in cls.__members__:
            return cls[value.strip().upper()]
        return None

    @classmethod
    def parse(cls, value: Any) -> Severity:
        if isinstance(value, Severity):
            return value
        if isinstance(value, str):
            key = value.strip().upper()
            if key in cls.__members__:
                return cls[key]
        raise ValueError(f"{value!r} is not a severity (info, warning, error)")


class Applicability(str, enum.Enum):
    """How safe a fix is to apply without a human looking at it."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Span:
    """A non-empty, half-open range of code points in one field (``"subject"`` or ``"body"``)."""

    field: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field, "start": self.start, "end": self.end, "line": self.line,
            "column": self.column, "end_line": self.end_line, "end_column": self.end_column,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(**{k: data[k] for k in ("field", "start", "end", "line", "column", "end_line", "end_column")})


@dataclass(frozen=True, slots=True)
class Location:
    """The same place as a span, in the file as the user opened it (1-based lines and columns)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Location:
        return cls(**{k: data[k] for k in ("path", "line", "column", "end_line", "end_column")})


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``field[start:end]`` with ``replacement``."""

    field: str
    start: int
    end: int
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "replacement": self.replacement}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Edit:
        return cls(field=data["field"], start=data["start"], end=data["end"], replacement=data["replacement"])


@dataclass(frozen=True, slots=True)
class Fix:
    """A suggested change: a title that says what to do, its edits, and how safe it is."""

    title: str
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.UNSAFE

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "edits": [e.to_dict() for e in self.edits],
                "applicability": self.applicability.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fix:
        return cls(title=data["title"], edits=tuple(Edit.from_dict(e) for e in data.get("edits", ())),
                   applicability=Applicability(data.get("applicability", "unsafe")))


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a draft."""

    code: str
    rule: str
    severity: Severity
    message: str
    span: Span | None = None
    location: Location | None = None
    fixes: tuple[Fix, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    fingerprint: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "span": self.span.to_dict() if self.span else None,
            "location": self.location.to_dict() if self.location else None,
            "fixes": [f.to_dict() for f in self.fixes],
            "data": dict(self.data),
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            code=data["code"],
            rule=data["rule"],
            severity=Severity.parse(data["severity"]),
            message=data["message"],
            span=Span.from_dict(data["span"]) if data.get("span") else None,
            location=Location.from_dict(data["location"]) if data.get("location") else None,
            fixes=tuple(Fix.from_dict(f) for f in data.get("fixes", ())),
            data=dict(data.get("data") or {}),
            fingerprint=data.get("fingerprint", ""),
        )


@dataclass(frozen=True, slots=True)
class Skipped:
    """A rule that did not run, and why."""

    rule: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Skipped:
        return cls(rule=data["rule"], reason=data["reason"])


@dataclass(frozen=True, slots=True)
class Report:
    """The result of linting one draft."""

    draft: Draft
    findings: tuple[Finding, ...] = ()
    metrics: Mapping[str, Any] = field(default_factory=dict)
    rules_run: tuple[str, ...] = ()
    rules_skipped: tuple[Skipped, ...] = ()
    schema_version: int = SCHEMA_VERSION

    @property
    def max_severity(self) -> Severity | None:
        """The most serious severity among the findings, or ``None`` when there are none."""
        return max((f.severity for f in self.findings), default=None)

    def to_dict(self) -> dict[str, Any]:
        top = self.max_severity
        return {
            "schema_version": self.schema_version,
            "draft": self.draft.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "max_severity": str(top) if top else None,
            "metrics": _jsonable(self.metrics),
            "rules_run": list(self.rules_run),
            "rules_skipped": [s.to_dict() for s in self.rules_skipped],
        }

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        return cls(
            draft=Draft.from_dict(data["draft"]),
            findings=tuple(Finding.from_dict(f) for f in data.get("findings", ())),
            metrics=dict(data.get("metrics") or {}),
            rules_run=tuple(data.get("rules_run", ())),
            rules_skipped=tuple(Skipped.from_dict(s) for s in data.get("rules_skipped", ())),
            schema_version=int(data.get("schema_version", SCHEMA_VERSION)),
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
