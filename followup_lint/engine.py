"""The engine: a :class:`Linter` holds the registry, the configuration and loaded resources, and runs
every enabled rule over one parsed document per draft."""

from __future__ import annotations

import email.message
import enum
import gc
import json
import threading
from functools import lru_cache
from hashlib import sha256 as _sha256
from itertools import islice
from datetime import datetime, timezone
from json.encoder import encode_basestring_ascii as _enc
from typing import Any, Callable, Final, Iterable, Iterator, Mapping, Sequence

from .analysis import AnalysisSettings
from .config import Config, build_options, warn_unknown_rules
from .document import Document
from .errors import FollowupLintError, InputError, RuleError
from .metrics import compute_metrics
from .model import Draft, Interview, Source
from .registry import Registry, check_selectors, is_enabled
from .results import Finding, Location, Report, Severity, Skipped
from .rule import Rule, RuleContext, SkipRule

__all__ = ["Linter", "lint_draft", "Resources", "coerce_draft", "resolved_options"]

NEED_REASONS: Mapping[str, str] = {
    "interview": "no interview context was given",
    "interviewers": "the interview lists no interviewers",
    "send_time": "no send time is known (give the draft a sent_at, or now= / --now)",
    "followups": "this is not a later follow-up (the interview has no earlier messages)",
    "first_message": "this is a later follow-up, not the thank-you note",
    "languagetool": "no LanguageTool server is configured ([languagetool] url)",
    "grammar": 'no grammar checker is configured ([grammar] backend = "harper", or [languagetool] url)',
    "topics": "the interview lists no topics",
}


class Resources:
    """Heavy, shared, read-only things (dictionaries, name data), built on first use, thread-safe."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._items: dict[str, Any] = {}

    def get(self, key: str, factory: Callable[[Config], Any]) -> Any:
        try:
            return self._items[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._items:
                self._items[key] = factory(self.config)
            return self._items[key]


def coerce_draft(draft: Draft | str | bytes | email.message.Message) -> Draft:
    if isinstance(draft, Draft):
        return draft
    if isinstance(draft, str):
        return Draft(body=draft)
    if isinstance(draft, (bytes, bytearray, email.message.Message)):
        return Draft.from_email(draft)
    raise InputError(f"expected a Draft, a str, bytes or an email.message.Message, got {type(draft).__name__}")


def _aware(value: datetime | None, what: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise InputError(f"{what}: expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(f"{what} {value.isoformat()} has no time zone: give an aware datetime")
    return value


class Linter:
    """Runs the selected rules with their options. Build once, lint many drafts (thread-safe)."""

    def __init__(self, config: Config | None = None, *, rules: Sequence[type[Rule]] | None = None,
                 plugins: bool = True) -> None:
        self.config = config = config if config is not None else Config()
        use_plugins = plugins and config.plugins
        self.registry = Registry(tuple(rules)) if rules is not None else Registry.default(plugins=use_plugins)
        where = config.path or "configuration"
        check_selectors([*(config.select or ()), *config.ignore, *config.extend_select], self.registry, where)
        warn_unknown_rules(config, self.registry.names())
        self._rules: list[tuple[Rule, Severity | None]] = []
        select = None if config.select is None else (*config.select, *config.extend_select)
        if select is None and config.extend_select:
            select = ("ALL", *config.extend_select)
        #: every registered rule's resolved options, selected or not (the engine and the hook read some)
        self._options: dict[str, Any] = {}
        for cls in self.registry:
            options, severity = build_options(cls, _raw_options(cls, config), where)
            self._options[cls.name] = options
            if not is_enabled(cls, select, config.ignore):
                continue
            self._rules.append((cls(options), severity))
        self._settings = AnalysisSettings.from_not_english(self.options_of("not-english"))
        self.resources = Resources(config)
        #: the requirements no draft meets under this configuration (read by ``_unmet_needs``)
        self._config_unmet: dict[str, str] = {}
        if not config.languagetool.configured:
            self._config_unmet["languagetool"] = NEED_REASONS["languagetool"]
        if config.grammar_backend == "none":
            self._config_unmet["grammar"] = NEED_REASONS["grammar"]
        # per rule, what the lint loop reads every draft: worked out once
        # (the last item: the rule's Skipped record for a reason; Skipped is frozen, so one record per reason
        # serves every draft)
        self._plan: tuple[tuple[Rule, Severity | None, str, tuple[str, ...], bool, Any,
                                Callable[[str], Skipped]], ...] = tuple(
            (rule, severity, rule.name, _sorted_needs(rule.needs), bool(rule.language_dependent), rule.options,
             _SkippedRecords(rule.name).__getitem__)
            for rule, severity in self._rules)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The enabled rules, in the order they run."""
        return tuple(r for r, _ in self._rules)

    @property
    def batch_rules(self) -> tuple[Rule, ...]:
        """The enabled rules that compare the drafts of a batch (``Rule.batch``)."""
        return tuple(r for r, _ in self._rules if r.batch)

    def lint_many(self, items: Iterable[Any], *, jobs: int | None = None, now: datetime | None = None,
                  crash_findings: bool = False,
                  progress: Callable[[int, int | None], Any] | None = None) -> Iterator[Report | FollowupLintError]:
        """Lint many drafts, in input order, in ``jobs`` processes (default: ``config.jobs``, else the cores),
        then run the batch rules over the run: the one batch path (``lint_many``, the hook).

        Items are drafts, ``(draft, interview)`` pairs or paths (``pathlib.Path``; a plain ``str`` is a
        body). A draft that cannot be read yields its ``FollowupLintError`` in its place. Reports stream; with
        an enabled batch rule (duplicate-note, which compares the notes of one interview) a report with an
        interview waits until the last item that could share it is linted. ``progress(done, total)`` is
        called after each report (``total``: ``len(items)`` when known). Where processes are spawned rather
        than forked, workers rebuild the linter from its configuration (the default registry).
        """
        from .batch import lint_many

        return lint_many(self, items, jobs=jobs, now=now, crash_findings=crash_findings, progress=progress)

    def check_batch(self, entries: Sequence[Any]) -> dict[int, list[Finding]]:
        """The batch rules' findings for a run already linted: ``{index: [Finding, ...]}``.

        ``entries`` are :class:`~followup_lint.batch.BatchEntry` (draft, interview, report, path); the
        command line calls this after linting a folder, ``lint_many`` after its batch.
        """
        import dataclasses

        out: dict[int, list[Finding]] = {}
        for rule, severity in self._rules:
            if not rule.batch:
                continue
            for i, found in rule.check_batch(entries).items():
                level = severity or rule.default_severity
                out.setdefault(i, []).extend(f if f.severity == level else dataclasses.replace(f, severity=level)
                                             for f in found)
        return out

    def options_of(self, name: str) -> Any:
        """The resolved ``Options`` of a rule by name, whether or not it is selected.

        A built-in rule missing from this linter's registry (a ``Linter(rules=...)``) gets its options
        from the configuration all the same.
        """
        try:
            return self._options[name]
        except KeyError:
            pass
        options = self._options[name] = resolved_options(name, self.config)
        return options

    def lint(self, draft: Draft | str | bytes | email.message.Message, interview: Interview | None = None, *,
             now: datetime | None = None, config: Config | None = None, template: bool = False,
             clock: bool = True, source: Source | None = None, ignore: Iterable[str] = (),
             crash_findings: bool = False) -> Report:
        """Lint one draft. ``config`` must be ``None`` or this linter's own (build another Linter otherwise).

        The send time is ``draft.sent_at``, else ``now``, else the clock when ``clock`` is true.
        """
        if config is not None and config is not self.config:
            return Linter(config).lint(draft, interview, now=now, template=template, clock=clock, source=source,
                                       ignore=ignore, crash_findings=crash_findings)
        draft = coerce_draft(draft)
        if interview is not None and not isinstance(interview, Interview):
            if isinstance(interview, Mapping):
                interview = Interview.from_dict(interview)
            else:
                raise InputError(f"interview: expected an Interview, got {type(interview).__name__}")
        limit = self.config.max_size
        chars = len(draft.body) + len(draft.subject)
        # a code point is at most 4 bytes of UTF-8: only count bytes when the limit could be reached
        size = chars if chars * 4 <= limit else (
            len(draft.body.encode("utf-8", "surrogatepass")) + len(draft.subject.encode("utf-8", "surrogatepass")))
        if size > limit:
            raise InputError(f"the draft is {size:,} bytes, over the max-size limit of {self.config.max_size:,} bytes")
        if chars > _GC_PAUSE_CHARS and gc.isenabled():
            # a huge draft makes a million short-lived tokens: the cyclic collector's passes over them cost
            # a third of the run and find nothing (no cycles are made); paused for this draft only
            gc.disable()
            try:
                return self.lint(draft, interview, now=now, template=template, clock=clock, source=source,
                                 ignore=ignore, crash_findings=crash_findings)
            finally:
                gc.enable()
        now = _aware(now, "now")
        send_source: str | None
        send_time, send_source = draft.sent_at, "draft"
        if send_time is None and now is not None:
            send_time, send_source = now, "now"
        if send_time is None and clock:
            send_time, send_source = datetime.now(timezone.utc), "clock"
        if send_time is None:
            send_source = None
        if source is not None:
            template = template or source.template
            ignore = (*ignore, *source.ignore)
        ctx = self._context(draft, interview, send_time, send_source, template, source)
        doc = ctx.doc
        analysis = ctx.analysis
        ignore = tuple(ignore)
        findings: list[Finding] = []
        run: list[str] = []
        skipped: list[Skipped] = []
        unmet = self._unmet_needs(ctx)
        not_english: bool | None = None  # the engine's gate, read once, when a language rule first needs it
        for rule, severity, name, needs, language_dependent, options, skips in self._plan:
            if ignore and not is_enabled(type(rule), None, ignore):
                skipped.append(skips("ignored for this file"))
                continue
            if needs and unmet:
                reason = None
                for need in needs:
                    reason = unmet.get(need)
                    if reason is not None:
                        break
                if reason is not None:
                    skipped.append(skips(reason))
                    continue
            if language_dependent:
                if not_english is None:
                    not_english = bool(_engine_part(lambda: analysis.not_english, False, crash_findings, findings,
                                                    "the language check"))
                if not_english:
                    skipped.append(skips("the draft is probably not English"))
                    continue
            ctx.rule = rule  # ctx.bind(rule, severity), inlined
            ctx.options = options
            ctx.severity_override = severity
            try:
                # _capped(rule.check(ctx)), its common case inlined: most rules find nothing (one next()
                # tells, with no list made)
                it = iter(rule.check(ctx))
                first = next(it, _NOTHING)
                if first is _NOTHING:
                    run.append(name)
                    continue
                produced = [first, *islice(it, MAX_FINDINGS_PER_RULE - 1)]
                if len(produced) == MAX_FINDINGS_PER_RULE:
                    produced = _capped_rest(produced, it)
            except SkipRule as skip:
                skipped.append(Skipped(name, skip.reason))
                findings.extend(skip.findings)
                continue
            except FollowupLintError:
                raise
            except Exception as exc:
                produced = _rule_crashed(rule, exc, crash_findings)
            run.append(name)
            if produced:
                findings.extend(produced)
        metrics = compute_metrics(doc)
        metrics.update(_engine_part(lambda: analysis.metrics, {}, crash_findings, findings, "the content metrics"))
        # the Analysis refers to its context: drop the way back, so that the draft's objects are freed
        # when this call returns (by reference counting, not by a later run of the cyclic collector)
        ctx.analysis = None  # type: ignore[assignment]
        findings = _finalise(findings, draft, source)
        return Report(draft=draft, findings=tuple(findings), metrics=metrics, rules_run=tuple(run),
                      rules_skipped=tuple(skipped))

    def _context(self, draft: Draft, interview: Interview | None, send_time: datetime | None,
                 send_source: str | None, template: bool, source: Source | None) -> RuleContext:
        """The draft parsed, in the context its rules read."""
        hidden = getattr(source.origin, "hidden", ()) if source is not None and source.origin else ()
        return RuleContext(doc=Document(draft, hidden=hidden), draft=draft, interview=interview,
                           send_time=send_time, template=template, config=self.config, resources=self.resources,
                           send_time_source=send_source, settings=self._settings)

    def _unmet_needs(self, ctx: RuleContext) -> dict[str, str]:
        """Each requirement this draft does not meet, with the reason (computed once per draft; the ones
        that only the configuration decides, once per ``Linter``)."""
        out = _draft_unmet_needs(ctx)
        if self._config_unmet:
            out.update(self._config_unmet)
        return out


def _draft_unmet_needs(ctx: RuleContext) -> dict[str, str]:
    """The requirements that this draft, its interview and its send time do not meet, with the reasons."""
    interview = ctx.interview
    out: dict[str, str] = {}
    if interview is None:
        for need in ("interview", "interviewers", "topics", "followups"):
            out[need] = NEED_REASONS["interview"]
    else:
        if not interview.interviewers:
            out["interviewers"] = NEED_REASONS["interviewers"]
        if not interview.topics:
            out["topics"] = NEED_REASONS["topics"]
        if not interview.followups:
            out["followups"] = NEED_REASONS["followups"]
        else:
            out["first_message"] = NEED_REASONS["first_message"]
    if ctx.template:
        out["send_time"] = "templates have no send time"
    elif ctx.send_time is None:
        out["send_time"] = NEED_REASONS["send_time"]
    return out


def resolved_options(name: str, config: Config | None = None) -> Any:
    """The ``Options`` of the built-in rule ``name`` under ``config`` (validated), without a ``Linter``:
    for code that must agree with a rule (the hook's follow-up cadence reads the cadence rules')."""
    from .rules import BUILTIN_RULES

    config = config if config is not None else Config()
    for cls in BUILTIN_RULES:
        if cls.name == name:
            options, _ = build_options(cls, _raw_options(cls, config), config.path or "configuration")
            return options
    raise KeyError(f"no rule named {name!r}")


def _raw_options(cls: type[Rule], config: Config) -> Mapping[str, Any]:
    """The ``[rules.NAME]`` table of a rule (by name, alias or code; the last one given wins)."""
    raw: Mapping[str, Any] = {}
    for key in (cls.name, *cls.aliases, cls.code):
        if key in config.rules:
            raw = config.rules[key]
    return raw


class _Nothing(enum.Enum):
    """The sentinel's type: an enum member, so that ``first is _NOTHING`` narrows for the type checker."""

    NOTHING = 0


#: findings one rule reports on one draft; the rest become one summary finding ("and 4,212 more")
MAX_FINDINGS_PER_RULE: Final = 50
_NOTHING: Final = _Nothing.NOTHING  # what next() gives for a rule that found nothing
_GC_PAUSE_CHARS: Final = 100_000  # drafts longer than this are linted with the cyclic collector paused
_COUNTED_BEYOND: Final = 1000  # findings counted after the cap before "more than 1,000 more"


def _capped(produced: Iterable[Finding]) -> list[Finding]:
    """The first :data:`MAX_FINDINGS_PER_RULE` findings, plus one that counts the others: a pasted log
    or ``i i i ...`` must not cost (and show) half a million findings. (``Linter.lint`` inlines the first
    step and calls :func:`_capped_rest` when the cap is reached.)"""
    it = iter(produced)
    kept: list[Finding] = list(islice(it, MAX_FINDINGS_PER_RULE))  # (collected in C: most rules find nothing)
    if len(kept) < MAX_FINDINGS_PER_RULE:
        return kept
    return _capped_rest(kept, it)


def _capped_rest(kept: list[Finding], it: Iterator[Finding]) -> list[Finding]:
    """``kept`` (the first :data:`MAX_FINDINGS_PER_RULE` findings) and one finding that counts what is
    left in ``it``."""
    more = 0
    for _ in it:
        more += 1
        if more > _COUNTED_BEYOND:  # counting costs what finding costs: stop at a bound
            close = getattr(it, "close", None)
            if close is not None:
                close()
            break
    if more:
        last = kept[-1]
        how_many = f"more than {_COUNTED_BEYOND:,}" if more > _COUNTED_BEYOND else f"{more:,}"
        kept.append(Finding(code=last.code, rule=last.rule, severity=last.severity,
                            message=f"... and {how_many} more like these: only the first {MAX_FINDINGS_PER_RULE} "
                                    f"are listed",
                            data={"more": min(more, _COUNTED_BEYOND + 1)}))
    return kept


def _rule_crashed(rule: Rule, exc: Exception, crash_findings: bool) -> list[Finding]:
    """A rule's crash: a ``RuleError``, or with ``crash_findings`` the FL000 finding that stands in for
    the rule's findings (the hook never loses a message to a crash)."""
    if not crash_findings:
        raise RuleError(rule.name, f"rule {rule.name} ({rule.code}) crashed: {exc!r}") from exc
    return [Finding(code="FL000", rule="rule-crashed", severity=Severity.ERROR,
                    message=f"The rule {rule.name} ({rule.code}) crashed and was not checked: {exc!r}",
                    data={"crashed_rule": rule.name})]


def _engine_part(read: Callable[[], Any], fallback: Any, crash_findings: bool, findings: list[Finding],
                 what: str) -> Any:
    """An Analysis part the engine reads itself; with ``crash_findings`` a crash is an FL000 finding (the
    hook never loses a message to it) and ``fallback`` stands in."""
    try:
        return read()
    except FollowupLintError:
        raise
    except Exception as exc:
        if not crash_findings:
            raise RuleError("analysis", f"{what} crashed: {exc!r}") from exc
        findings.append(Finding(code="FL000", rule="rule-crashed", severity=Severity.ERROR,
                                message=f"{what[:1].upper()}{what[1:]} crashed and was not done: {exc!r}",
                                data={"crashed_rule": "analysis"}))
        return fallback


class _SkippedRecords(dict):  # type: ignore[type-arg]
    """One rule's :class:`Skipped` records by reason, each made on first use (a handful of reasons)."""

    def __init__(self, rule: str) -> None:
        super().__init__()
        self.rule = rule

    def __missing__(self, reason: str) -> Skipped:
        if len(self) >= 64:  # reasons are a few fixed sentences; a plugin's varied ones must not pile up
            self.clear()
        record = self[reason] = Skipped(self.rule, reason)
        return record


@lru_cache(maxsize=None)
def _sorted_needs(needs: frozenset[str]) -> tuple[str, ...]:
    # "send_time" first, so that a template's reason is "templates have no send time"; then by name
    return tuple(sorted(needs, key=lambda n: (n != "send_time", n)))


_FIELD_ORDER: Final = {None: 0, "subject": 1, "body": 2}


def _finding_order(f: Finding) -> tuple[Any, ...]:
    s = f.span
    if s is None:
        return (0, 0, 0, f.code, f.message)
    return (_FIELD_ORDER[s.field], s.start, s.end, f.code, f.message)


def _finalise(findings: list[Finding], draft: Draft, source: Source | None) -> list[Finding]:
    """Sort, fingerprint and locate the findings."""
    findings.sort(key=_finding_order)
    seen: dict[tuple[str, str, str], int] = {}
    out: list[Finding] = []
    append = out.append
    origin = source.origin if source is not None else None
    for f in findings:
        span = f.span
        if span is not None:
            where = span.field
            norm = " ".join(getattr(draft, where)[span.start:span.end].lower().split())
        else:
            norm = where = ""
        k = (f.rule, where, norm)
        index = seen.get(k, 0)
        seen[k] = index + 1
        # == json.dumps([f.rule, where, norm, index]) (the C string encoder json.dumps uses), spelled out: fast
        payload = f"[{_enc(f.rule)}, {_enc(where)}, {_enc(norm)}, {index}]"
        digest = _sha256(payload.encode()).hexdigest()[:16]
        location = f.location
        if location is None and origin is not None:
            location = origin.locate(span) if span is not None else Location(origin.path, 1, 1, 1, 1)
        append(Finding(f.code, f.rule, f.severity, f.message, span, location, f.fixes, f.data, digest))
    return out


def _replace(f: Finding, **changes: Any) -> Finding:
    import dataclasses

    return dataclasses.replace(f, **changes)


_DEFAULT_LINTERS: dict[str, Linter] = {}
_DEFAULT_LOCK = threading.Lock()


# Fast path: the same Config object (frozen) maps to the same Linter without re-serialising it. The
# entry keeps the Config alive, so its id cannot be reused while it is cached.
_BY_IDENTITY: dict[int, tuple[Config | None, Linter]] = {}


def default_linter(config: Config | None = None) -> Linter:
    """One lazily built ``Linter`` per ``Config`` (thread-safe)."""
    hit = _BY_IDENTITY.get(id(config))
    if hit is not None and hit[0] is config:
        return hit[1]
    given = config
    config = config if config is not None else Config()
    key = json.dumps(config.to_dict(), sort_keys=True, default=str)
    linter = _DEFAULT_LINTERS.get(key)
    if linter is None:
        with _DEFAULT_LOCK:
            linter = _DEFAULT_LINTERS.get(key)
            if linter is None:
                linter = _DEFAULT_LINTERS[key] = Linter(config)
    if len(_BY_IDENTITY) >= 256:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(given)] = (given, linter)
    return linter


def lint_draft(draft: Draft | str | bytes | email.message.Message, interview: Interview | None = None, *,
               now: datetime | None = None, config: Config | None = None, template: bool = False) -> Report:
    """Lint one draft against the interview it follows up on.

    ``draft`` is a :class:`Draft`, a ``str`` (the body, never parsed for headers), ``bytes`` or an
    ``email.message.Message``. The send time is ``draft.sent_at``, else ``now``, else the clock.
    """
    return default_linter(config).lint(draft, interview, now=now, template=template)
