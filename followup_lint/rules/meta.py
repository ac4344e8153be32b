"""FL000 rule-crashed: reported by the engine, not by a check."""

from __future__ import annotations

from typing import Iterable

from ..results import Finding, Severity
from ..rule import Rule, RuleContext

__all__ = ["RuleCrashed"]


class RuleCrashed(Rule):
    """A rule crashed on this draft, so what it checks was not checked (only when asked for).

    ## What it does
    By default a crashing rule raises `RuleError`. The pre-send hook (and any caller passing
    `crash_findings=True` to `Linter.lint`) asks for this error-severity finding instead, so that a bug in
    one rule neither loses the message nor silently passes it.

    ## Why is this bad?
    A rule that crashed checked nothing: the draft may have the problem it looks for.

    ## Source
    followup-lint's own contract (CONTRACT.md section 6).
    """

    code = "FL000"
    name = "rule-crashed"
    default_severity = Severity.ERROR
    opt_in = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        # The engine produces FL000 findings itself when a rule raises; this rule has nothing to check.
        return ()
RULES = (RuleCrashed,)
