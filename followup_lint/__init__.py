"""followup-lint: lint interview follow-up and thank-you email drafts before they are sent.

>>> from followup_lint import lint_draft, Draft
>>> report = lint_draft(Draft(body="Hi Dana\\n\\nThank you!", subject="Thank you"), now=None)

The public names are listed in ``__all__``; heavier modules load on first use, so that
``import followup_lint`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import ConfigError, DraftBlocked, FollowupLintError, InputError, RuleError
from .model import Draft, FollowUp, Interview, Interviewer, Source
from .results import Applicability, Edit, Finding, Fix, Location, Report, Severity, Skipped, Span

if TYPE_CHECKING:
    from .api import before_send, lint_many
    from .config import Config
    from .engine import Linter, lint_draft
    from .fixes import apply_fixes
    from .loaders import load
    from .rule import Rule, RuleContext

__all__ = [
    "lint_draft", "lint_many", "load", "before_send", "apply_fixes", "Linter",
    "Draft", "Interview", "Interviewer", "FollowUp", "Source",
    "Report", "Finding", "Span", "Location", "Fix", "Edit", "Applicability", "Severity", "Skipped",
    "Config", "Rule", "RuleContext",
    "FollowupLintError", "InputError", "ConfigError", "RuleError", "DraftBlocked",
    "__version__",
]

_LAZY = {
    "lint_draft": "engine", "Linter": "engine", "lint_many": "api", "before_send": "api",
    "apply_fixes": "fixes", "load": "loaders", "Config": "config", "Rule": "rule", "RuleContext": "rule",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'followup_lint' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
