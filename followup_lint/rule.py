"""What a rule is: a :class:`Rule` subclass with metadata, ``Options`` and a pure ``check()``.

A rule reads the :class:`RuleContext` (the parsed document, the draft, the interview, the send time,
its options) and yields findings built with ``ctx.finding(...)``, which computes the span, maps it back
to the draft as given and applies the configured severity. Rules never touch files, the clock, the
environment or the network.
"""

from __future__ import annotations

import abc
import dataclasses
import inspect
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Mapping, Sequence

from .analysis import Analysis
from .results import Applicability, Edit, Finding, Fix, Severity, Span

if TYPE_CHECKING:
    from .analysis import AnalysisSettings
    from .batch import BatchEntry
    from .config import Config
    from .document import Document
    from .model import Draft, Interview

__all__ = ["Rule", "RuleContext", "SkipRule"]


class SkipRule(Exception):
    """Raised inside ``check()`` when the rule cannot judge this draft; the reason is recorded."""

    def __init__(self, reason: str, findings: Iterable[Finding] = ()) -> None:
        self.reason = reason
        #: findings to report although the rule is recorded as skipped (e.g. "the grammar check was skipped")
        self.findings = tuple(findings)
        super().__init__(reason)


class Rule(abc.ABC):
    """Base class of every rule. The docstring is the rule's documentation.

    Subclasses set ``code``, ``name``, ``default_severity``, ``needs`` and, when they take options, a
    frozen ``Options`` dataclass whose fields become the kebab-case keys of ``[rules.NAME]``.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    default_severity: ClassVar[Severity] = Severity.WARNING
    #: requirements: "interview", "interviewers", "send_time", "followups", "languagetool", "grammar"
    needs: ClassVar[frozenset[str]] = frozenset()
    aliases: ClassVar[tuple[str, ...]] = ()
    #: rules that run only when selected explicitly (FL000)
    opt_in: ClassVar[bool] = False
    #: skipped when the draft is probably not English
    language_dependent: ClassVar[bool] = False
    #: a batch rule compares the drafts of one run (``Linter.lint_many``, ``check DIR``) in
    #: ``check_batch``; its ``check`` sees one draft and usually finds nothing
    batch: ClassVar[bool] = False
    #: the rule's options: an instance of its own ``Options`` (a subclass with options declares
    #: ``options: Options`` so that the checker knows their fields)
    options: Any

    @dataclass(frozen=True, slots=True)
    class Options:
        """This rule takes no options."""

    def __init__(self, options: Any = None) -> None:
        self.options = options if options is not None else self.Options()

    @abc.abstractmethod
    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        """Yield the findings of this rule for one draft."""

    def check_batch(self, entries: Sequence[BatchEntry]) -> Mapping[int, Sequence[Finding]]:
        """For a batch rule: findings by index into ``entries`` (each a draft, its interview and report).

        Report only for entries whose report ran this rule (``self.name in report.rules_run``: selected and
        not ignored for that file). The engine applies the configured severity.
        """
        return {}

    @classmethod
    def summary(cls) -> str:
        """The first line of the docstring."""
        doc = inspect.getdoc(cls) or ""
        return doc.strip().splitlines()[0] if doc.strip() else ""

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    @classmethod
    def option_defaults(cls) -> dict[str, Any]:
        if not dataclasses.is_dataclass(cls.Options):
            return {}
        out = {}
        for f in dataclasses.fields(cls.Options):
            if f.default is not dataclasses.MISSING:
                value = f.default
            elif f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
                value = f.default_factory()  # type: ignore[misc]
            else:
                value = None
            out[f.name.replace("_", "-")] = list(value) if isinstance(value, tuple) else value
        return out


class RuleContext:
    """Everything a rule may read for one draft, and the ``finding()`` factory.

    ``analysis`` is the draft's typed reading (:class:`~followup_lint.analysis.Analysis`), computed lazily
    and shared by every rule: read it, never write to it.
    """

    __slots__ = ("doc", "draft", "interview", "send_time", "options", "template", "config", "rule",
                 "severity_override", "_resources", "send_time_source", "analysis", "_plugin_memo")

    def __init__(self, *, doc: Document, draft: Draft, interview: Interview | None, send_time: datetime | None,
                 template: bool, config: Config, resources: Any, send_time_source: str | None = None,
                 settings: AnalysisSettings | None = None) -> None:
        self.doc = doc
        self.draft = draft
        self.interview = interview
        self.send_time = send_time
        self.send_time_source = send_time_source
        self.template = template
        self.config = config
        self._resources = resources
        self.rule: Rule | None = None
        self.options: Any = None
        self.severity_override: Severity | None = None
        self._plugin_memo: dict[str, Any] | None = None
        self.analysis: Analysis = Analysis(self, settings)

    def bind(self, rule: Rule, severity_override: Severity | None) -> RuleContext:
        self.rule = rule
        self.options = rule.options
        self.severity_override = severity_override
        return self

    @property
    def resources(self) -> Any:
        """Loaded, shared resources (the spelling dictionary, the name data): built once per ``Linter``."""
        return self._resources

    def memo(self, key: str, factory: Callable[[], Any]) -> Any:
        """Deprecated: read ``ctx.analysis`` (typed, shared parts) or keep a per-draft value on the rule.

        Still works for plugins written against 0.x (a value computed once per draft, ``factory`` on first
        use), with a ``DeprecationWarning``; it will be removed in the next minor release.
        """
        import warnings

        warnings.warn("RuleContext.memo() is deprecated: read ctx.analysis (see docs/analysis.md)",
                      DeprecationWarning, stacklevel=2)
        memo = self._plugin_memo
        if memo is None:
            memo = self._plugin_memo = {}
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = factory()
            return value

    def skip(self, reason: str, findings: Iterable[Finding] = ()) -> SkipRule:
        """``raise ctx.skip("why")`` records the rule as skipped for this draft; ``findings`` are still reported."""
        return SkipRule(reason, findings)

    # -- spans and findings -------------------------------------------------------------------------

    def span(self, start: int, end: int, field: str = "body") -> Span:
        """A span over ``[start, end)`` of the field's text view, mapped to the draft as given."""
        view = self.doc.view(field)
        rs, re_ = view.to_raw(start, end)
        if re_ <= rs:
            re_ = min(rs + 1, len(view.raw))
            if re_ <= rs and rs > 0:
                rs = re_ - 1
        line, col = view.index.position(rs)
        end_line, end_col = view.index.position(re_)
        return Span(field, rs, re_, line, col, end_line, end_col)

    def edit(self, start: int, end: int, replacement: str, field: str = "body") -> Edit:
        view = self.doc.view(field)
        if start == end:
            rs = re_ = view.raw_offset(start)
        else:
            rs, re_ = view.to_raw(start, end)
        return Edit(field, rs, re_, replacement)

    def fix(self, title: str, edits: Sequence[tuple[int, int, str]] | Sequence[Edit], *, field: str = "body",
            applicability: Applicability = Applicability.UNSAFE) -> Fix:
        built = tuple(e if isinstance(e, Edit) else self.edit(e[0], e[1], e[2], field) for e in edits)
        return Fix(title, built, applicability)

    def finding(self, message: str, start: int | None = None, end: int | None = None, *, field: str = "body",
                severity: Severity | None = None, fixes: Iterable[Fix] = (),
                data: Mapping[str, Any] | None = None) -> Finding:
        """A finding of the bound rule; ``start``/``end`` index the field's text view (``None``: no span)."""
        rule = self.rule
        assert rule is not None
        span = None
        if start is not None and end is not None and len(self.doc.view(field).raw) > 0:
            span = self.span(start, max(end, start + 1), field)
        level = self.severity_override or severity or rule.default_severity
        if type(level) is not Severity:  # (the enum's call costs more than this test)
            level = Severity(level)
        return Finding(code=rule.code, rule=rule.name, severity=level, message=_one_line(message),
                       span=span, fixes=tuple(fixes), data=dict(data or {}))

    def quote(self, start: int, end: int, field: str = "body", limit: int = 60) -> str:
        """The text at ``[start, end)`` of a field's view, shortened for a message."""
        # at most 8 * limit characters are looked at: a finding on a 1 MB run without spaces must not
        # copy and split the whole run (one per finding: quadratic)
        cut = min(end, start + 8 * limit)
        text = " ".join(self.doc.view(field).text[start:cut].split())
        return text if len(text) <= limit and cut == end else text[: limit - 1] + "…"


def _one_line(message: str) -> str:
    return " ".join(message.split())
