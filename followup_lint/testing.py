"""Public test helpers for rule authors (ours and plugins'): run one rule on a body, assert what it finds.

>>> from followup_lint.testing import findings_of
>>> from followup_lint.rules.punctuation_lines import GreetingPunctuation
>>> [f.code for f in findings_of(GreetingPunctuation, "Hi Dana\\n\\nThanks for today.")]
['FL108']
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, Sequence

from .config import Config
from .engine import Linter
from .model import Draft, Interview
from .results import Finding, Report
from .rule import Rule

__all__ = ["run_rule", "findings_of", "flagged_texts", "assert_flags", "assert_clean", "RuleExample",
           "examples_of", "example_context"]


def run_rule(rule: type[Rule], draft: Draft | str, interview: Interview | Mapping[str, Any] | None = None, *,
             subject: str | None = None, sent_at: datetime | str | None = None, now: datetime | None = None,
             template: bool = False, options: Mapping[str, Any] | None = None,
             config: Config | None = None, **draft_fields: Any) -> Report:
    """Lint with only ``rule`` enabled (plus FL112 when the rule depends on the language)."""
    if isinstance(draft, str):
        fields: dict[str, Any] = {"body": draft, **draft_fields}
        if subject is not None:
            fields["subject"] = subject
        if sent_at is not None:
            fields["sent_at"] = sent_at
        draft = Draft(**fields)
    if isinstance(interview, Mapping):
        interview = Interview.from_dict(interview)
    base = config or Config()
    rules = {**dict(base.rules)}
    if options:
        rules[rule.name] = dict(options)
    cfg = base.replace(select=(rule.code,), rules=rules)
    from .registry import Registry

    registry_rules = [rule]
    if rule.language_dependent:
        from .rules import BUILTIN_RULES

        registry_rules = [r for r in BUILTIN_RULES if r.code == "FL112" and r is not rule] + [rule]
        cfg = cfg.replace(select=tuple(r.code for r in registry_rules))
    linter = Linter(cfg, rules=Registry(tuple(registry_rules)).rules)
    return linter.lint(draft, interview, now=now, template=template, clock=False)


def findings_of(rule: type[Rule], draft: Draft | str, interview: Any = None, **kwargs: Any) -> list[Finding]:
    """The findings of ``rule`` alone on ``draft``."""
    return [f for f in run_rule(rule, draft, interview, **kwargs).findings if f.code == rule.code]


def flagged_texts(rule: type[Rule], draft: Draft | str, interview: Any = None, **kwargs: Any) -> list[str]:
    """The text each finding's span covers (``""`` for findings without a span)."""
    report = run_rule(rule, draft, interview, **kwargs)
    out = []
    for f in report.findings:
        if f.code != rule.code:
            continue
        out.append(getattr(report.draft, f.span.field)[f.span.start:f.span.end] if f.span else "")
    return out


def assert_flags(rule: type[Rule], draft: Draft | str, *expected: str, interview: Any = None, **kwargs: Any) -> None:
    """Assert that ``rule`` fires, and (when given) that its spans cover exactly ``expected``."""
    got = flagged_texts(rule, draft, interview, **kwargs)
    assert got, f"{rule.name} did not fire on {draft!r}"
    if expected:
        assert got == list(expected), f"{rule.name} flagged {got!r}, expected {list(expected)!r}"


def assert_clean(rule: type[Rule], draft: Draft | str, interview: Any = None, **kwargs: Any) -> None:
    """Assert that ``rule`` finds nothing."""
    got = findings_of(rule, draft, interview, **kwargs)
    assert not got, f"{rule.name} fired on a good case: {[f.message for f in got]}"


@dataclass(frozen=True)
class RuleExample:
    """The examples in a rule's docstring: what it flags, what to write instead, and their context.

    ``context`` is the shared ``## Context`` block. A ```` ```json ```` block inside ``## Example`` or
    ``## Use instead`` adds to it for that example only (a timing rule's two examples differ only in
    when they are sent): ``bad_context`` and ``good_context`` are the merged contexts to run each with.
    """

    bad: str | None
    good: str | None
    context: Mapping[str, Any]
    bad_context: Mapping[str, Any] | None = None
    good_context: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.bad_context is None:
            object.__setattr__(self, "bad_context", dict(self.context))
        if self.good_context is None:
            object.__setattr__(self, "good_context", dict(self.context))


_BLOCK = re.compile(r"^## (?P<title>[^\n]+)\n(?P<body>.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)
_FENCE = re.compile(r"```(?P<lang>\w*)[^\n]*\n(?P<code>.*?)\n```", re.DOTALL)


def _dedent_block(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


def examples_of(rule: type[Rule]) -> RuleExample:
    """The ``## Example`` / ``## Use instead`` text blocks and the optional ``## Context`` JSON block."""
    doc = _dedent_block(rule.__doc__ or "")
    sections = {m.group("title").strip().lower(): m.group("body") for m in _BLOCK.finditer(doc)}

    def text_of(title: str) -> str | None:
        body = sections.get(title)
        if body is None:
            return None
        m = next((m for m in _FENCE.finditer(body) if m.group("lang") in ("", "text")), None)
        return m.group("code") if m else None

    def json_of(title: str) -> dict[str, Any]:
        body = sections.get(title)
        m = next((m for m in _FENCE.finditer(body) if m.group("lang") == "json"), None) if body else None
        return json.loads(m.group("code")) if m else {}

    context = json_of("context")
    return RuleExample(text_of("example"), text_of("use instead"), context,
                       {**context, **json_of("example")}, {**context, **json_of("use instead")})


def example_context(context: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments for :func:`run_rule` from a ``## Context`` block.

    Keys: ``interview`` (an Interview dict), ``subject``, ``to``, ``cc``, ``sent_at``, ``now``,
    ``template``, ``attachments``, ``options``.
    """
    kwargs: dict[str, Any] = {}
    for key, value in context.items():
        if key == "interview":
            kwargs["interview"] = Interview.from_dict(value)
        elif key == "now":
            kwargs["now"] = datetime.fromisoformat(value)
        elif key in ("to", "cc", "bcc", "attachments"):
            kwargs[key] = tuple(value)
        else:
            kwargs[key] = value
    return kwargs


