"""The error hierarchy: every error followup-lint raises is a :class:`FollowupLintError`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .results import Report

__all__ = ["FollowupLintError", "InputError", "ConfigError", "RuleError", "DraftBlocked"]


class FollowupLintError(Exception):
    """Base class of every error raised by followup-lint."""


class InputError(FollowupLintError, ValueError):
    """A draft, an interview or a file that cannot be read or is not valid."""


class ConfigError(FollowupLintError, ValueError):
    """A configuration file or value that is not valid (names the key and the file)."""


class RuleError(FollowupLintError, RuntimeError):
    """A rule crashed; ``rule`` names it and the original exception is chained."""

    def __init__(self, rule: str, message: str | None = None) -> None:
        self.rule = rule
        super().__init__(message or f"rule {rule!r} crashed")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # pickle (process pools, Dask, Spark) with both arguments, not just the message
        return (type(self), (self.rule, str(self)))


class DraftBlocked(FollowupLintError):
    """Raised by :func:`before_send` when a finding reaches the blocking severity."""

    def __init__(self, report: Report, message: str | None = None) -> None:
        self.report = report
        super().__init__(message or "the draft has findings at or above the blocking severity")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (self.report, str(self)))
