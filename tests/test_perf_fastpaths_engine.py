"""Speed-ups of the engine and the rule framework give exactly what the simpler code they replace gives
(the simple versions are kept here as the reference): the per-rule loop of ``Linter.lint`` (the cap
inlined, one ``Skipped`` record per rule and reason, the configuration's requirements worked out once),
``RuleContext.finding``, the fingerprints, and the emoji precheck without a scan of an ASCII text."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest

from followup_lint import Draft, Interview, Linter
from followup_lint.document import Document
from followup_lint.config import Config, GrammarConfig, LanguageToolConfig
from followup_lint.engine import (_COUNTED_BEYOND, MAX_FINDINGS_PER_RULE, NEED_REASONS, _capped,
                                  _draft_unmet_needs, _engine_part, _rule_crashed)
from followup_lint.errors import FollowupLintError, RuleError
from followup_lint.metrics import compute_metrics
from followup_lint.registry import is_enabled
from followup_lint.loaders import load
from followup_lint.model import Source
from followup_lint.results import Finding, Location, Report, Severity, Skipped
from followup_lint.rule import Rule, RuleContext, SkipRule

ROOT = Path(__file__).parent
NOW = datetime(2026, 3, 4, 15, 30, tzinfo=timezone.utc)


# -- the reference implementation (the per-rule loop before the fast paths) ----------------------------------


def _unmet_reference(ctx: RuleContext) -> dict[str, str]:
    """``Linter._unmet_needs`` as it was: the configuration's requirements read per draft too."""
    out = _draft_unmet_needs(ctx)
    if not ctx.config.languagetool.configured:
        out["languagetool"] = NEED_REASONS["languagetool"]
    if ctx.config.grammar_backend == "none":
        out["grammar"] = NEED_REASONS["grammar"]
    return out


def _finalise_reference(findings: list[Finding], draft: Draft, source: Source | None) -> list[Finding]:
    """``_finalise`` as it was: a key closure, ``json.dumps`` for the fingerprint, ``dataclasses.replace``."""
    order = {None: 0, "subject": 1, "body": 2}

    def key(f: Finding) -> tuple[Any, ...]:
        s = f.span
        return (order[s.field if s else None], s.start if s else 0, s.end if s else 0, f.code, f.message)

    seen: dict[tuple[str, str, str], int] = {}
    out = []
    origin = source.origin if source is not None else None
    for f in sorted(findings, key=key):
        if f.span is not None:
            norm = " ".join(getattr(draft, f.span.field)[f.span.start:f.span.end].lower().split())
            where = f.span.field
        else:
            norm, where = "", ""
        index = seen[(f.rule, where, norm)] = seen.get((f.rule, where, norm), -1) + 1
        digest = hashlib.sha256(json.dumps([f.rule, where, norm, index]).encode()).hexdigest()[:16]
        location = f.location
        if location is None and f.span is not None and origin is not None:
            location = origin.locate(f.span)
        elif location is None and f.span is None and origin is not None:
            location = Location(origin.path, 1, 1, 1, 1)
        out.append(dataclasses.replace(f, location=location, fingerprint=digest))
    return out


def _lint_reference(linter: Linter, draft: Draft, interview: Interview | None, *, now: datetime | None,
                    template: bool, ignore: Iterable[str] = (), crash_findings: bool = False,
                    source: Source | None = None) -> Report:
    """``Linter.lint`` as it was: ``_capped`` per rule, a new ``Skipped`` per skip, the needs looked up
    rule by rule."""
    send_time, send_source = (draft.sent_at, "draft") if draft.sent_at is not None else (now, "now" if now else None)
    if source is not None:
        template = template or source.template
        ignore = (*ignore, *source.ignore)
    ctx = linter._context(draft, interview, send_time, send_source, template, source)
    analysis = ctx.analysis
    ignore = tuple(ignore)
    findings: list[Finding] = []
    run: list[str] = []
    skipped: list[Skipped] = []
    unmet = _unmet_reference(ctx)
    not_english = None
    for rule, severity in linter._rules:
        if ignore and not is_enabled(type(rule), None, ignore):
            skipped.append(Skipped(rule.name, "ignored for this file"))
            continue
        needs = sorted(rule.needs, key=lambda n: (n != "send_time", n))
        reason = next((unmet[n] for n in needs if n in unmet), None)
        if reason is None and rule.language_dependent:
            if not_english is None:
                not_english = bool(_engine_part(lambda: analysis.not_english, False, crash_findings, findings,
                                                "the language check"))
            if not_english:
                reason = "the draft is probably not English"
        if reason is not None:
            skipped.append(Skipped(rule.name, reason))
            continue
        ctx.bind(rule, severity)
        try:
            produced = _capped(rule.check(ctx))
        except SkipRule as skip:
            skipped.append(Skipped(rule.name, skip.reason))
            findings.extend(skip.findings)
            continue
        except FollowupLintError:
            raise
        except Exception as exc:
            produced = _rule_crashed(rule, exc, crash_findings)
        run.append(rule.name)
        findings.extend(produced)
    metrics = compute_metrics(ctx.doc)
    metrics.update(_engine_part(lambda: analysis.metrics, {}, crash_findings, findings, "the content metrics"))
    return Report(draft=draft, findings=tuple(_finalise_reference(findings, draft, source)), metrics=metrics,
                  rules_run=tuple(run), rules_skipped=tuple(skipped))


def _items() -> list[tuple[Draft, Interview | None]]:
    out = []
    paths = [*sorted((ROOT / "fixtures" / "heldout").glob("*.json")),
             *sorted((ROOT / "fixtures" / "outside").glob("*/*.json"))]
    records = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    records += json.loads((ROOT.parent / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8"))
    for r in records:
        draft = Draft(body=r["body"], subject=r.get("subject") or "", to=tuple(r.get("to") or ()),
                      cc=tuple(r.get("cc") or ()), sent_at=r.get("sent_at"))
        interview = Interview.from_dict(r["interview"]) if r.get("interview") else None
        out.append((draft, interview))
    assert len(out) > 300
    return out


@pytest.mark.parametrize("template", [False, True])
def test_lint_matches_the_reference_loop(template: bool) -> None:
    linter = Linter()
    for draft, interview in _items():
        for iv in (interview, None):
            got = linter.lint(draft, iv, now=NOW, template=template)
            want = _lint_reference(linter, draft, iv, now=NOW, template=template)
            assert got == want
            assert [type(f.severity) for f in got.findings] == [Severity] * len(got.findings)


def test_lint_matches_the_reference_loop_with_rules_ignored_for_a_file() -> None:
    linter = Linter()
    ignore = ("FL1", "spacing", "sent-too-late")
    for draft, interview in _items()[::5]:
        got = linter.lint(draft, interview, now=NOW, ignore=ignore)
        assert got == _lint_reference(linter, draft, interview, now=NOW, template=False, ignore=ignore)
        assert any(s.reason == "ignored for this file" for s in got.rules_skipped)


def test_lint_of_files_matches_the_reference_loop_locations_included() -> None:
    linter = Linter()
    paths = [p for p in sorted((ROOT / "fixtures").rglob("*")) if p.suffix in (".txt", ".md", ".j2", ".eml")
             and "outside" not in p.parts]
    assert len(paths) >= 5
    located = 0
    for path in paths:
        source = load(path)
        got = linter.lint(source.draft, source.interview, now=NOW, source=source)
        want = _lint_reference(linter, source.draft, source.interview, now=NOW, template=False, source=source)
        assert got == want
        assert [f.location for f in got.findings] == [f.location for f in want.findings]
        located += sum(f.location is not None for f in got.findings)
    assert located


def test_fingerprints_count_repeats_of_one_rule_and_text() -> None:
    linter = Linter()
    draft = Draft(body="Hi Dana,\n\nThank you you for the the chat and the the tour. Thanks.\n\nBest,\nSam")
    got = linter.lint(draft, None, now=NOW)
    assert got == _lint_reference(linter, draft, None, now=NOW, template=False)
    prints = [f.fingerprint for f in got.findings]
    assert len(set(prints)) == len(prints) and all(len(p) == 16 for p in prints)


_NOT_ENGLISH = (
    "Hallo Frau Becker,\n\nvielen Dank für das freundliche Gespräch am Dienstag. Ich habe mich sehr gefreut, mehr "
    "über das Team und die Aufgaben in der Buchhaltung zu erfahren. Die Beispiele aus dem Alltag haben mir gezeigt, "
    "wie eng die Abteilungen zusammenarbeiten.\n\nIch freue mich auf Ihre Rückmeldung.\n\nMit freundlichen "
    "Grüßen\nJonas Weber",
    "Hola Marta,\n\nmuchas gracias por la entrevista de ayer. Me gustó mucho conocer al equipo y escuchar cómo "
    "organizan el trabajo de cada semana en el almacén. Quedo atento a sus noticias.\n\nSaludos cordiales,\nLucía",
)


@pytest.mark.parametrize("body", _NOT_ENGLISH)
def test_the_language_gate_skips_as_the_reference_loop_did(body: str) -> None:
    linter = Linter()
    draft = Draft(body=body, subject="Danke / Gracias")
    for interview in (None, _items()[0][1]):
        got = linter.lint(draft, interview, now=NOW)
        assert got == _lint_reference(linter, draft, interview, now=NOW, template=False)
        assert any(s.reason == "the draft is probably not English" for s in got.rules_skipped)


class _Many(Rule):
    """Finds a given number of things (a test rule)."""

    code = "XT901"
    name = "finds-many"
    default_severity = Severity.INFO
    counts: list[int] = []

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for i in range(self.counts[0]):
            yield ctx.finding(f"finding {i}", 0, 1)


class _Skips(Rule):
    """Skips with a reason that names the draft (a test rule)."""

    code = "XT902"
    name = "skips-by-draft"
    needs = frozenset({"interview"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        raise ctx.skip(f"draft of {len(ctx.draft.body)} characters")


@pytest.mark.parametrize("n", [0, 1, MAX_FINDINGS_PER_RULE - 1, MAX_FINDINGS_PER_RULE, MAX_FINDINGS_PER_RULE + 1,
                               MAX_FINDINGS_PER_RULE + _COUNTED_BEYOND + 7])
def test_the_inlined_cap_keeps_what_capped_kept(n: int) -> None:
    linter = Linter(rules=[_Many, _Skips])
    _Many.counts[:] = [n]
    draft = Draft(body="Hi Dana, thank you for the interview today.")
    got = linter.lint(draft, Interview(), now=NOW)
    assert got == _lint_reference(linter, draft, Interview(), now=NOW, template=False)
    assert len(got.findings) == min(n, MAX_FINDINGS_PER_RULE + 1)


def test_skip_records_are_per_rule_and_reason_and_never_carry_over() -> None:
    linter = Linter(rules=[_Many, _Skips])
    _Many.counts[:] = [0]
    short, longer = Draft(body="Thanks!"), Draft(body="Thank you for your time today.")
    first = linter.lint(short, None, now=NOW).rules_skipped
    assert first == (Skipped("skips-by-draft", "no interview context was given"),)
    assert linter.lint(longer, Interview(), now=NOW).rules_skipped == (
        Skipped("skips-by-draft", f"draft of {len(longer.body)} characters"),)
    assert linter.lint(short, None, now=NOW).rules_skipped == first
    ignored = linter.lint(short, None, now=NOW, ignore=("finds-many",)).rules_skipped
    assert ignored == (Skipped("finds-many", "ignored for this file"),
                       Skipped("skips-by-draft", "no interview context was given"))


@pytest.mark.parametrize("given", [None, Severity.ERROR, 1, "error", "info"])
def test_finding_severity_is_the_enum_member_the_call_gave(given: Any) -> None:
    linter = Linter(rules=[_Many])
    ctx = RuleContext(doc=Document(Draft(body="Hello there")), draft=Draft(body="Hello there"), interview=None,
                      send_time=None, template=False, config=linter.config, resources=linter.resources)
    rule = linter.rules[0]
    ctx.bind(rule, None)
    got = ctx.finding("a message", 0, 2, severity=given)
    want = Severity(given or rule.default_severity)
    assert got.severity is want and type(got.severity) is Severity


@pytest.mark.parametrize("config", [
    Config(), Config(grammar=GrammarConfig("harper")), Config(languagetool=LanguageToolConfig(url="http://lt:8010")),
    Config(languagetool=LanguageToolConfig(public_api=True), grammar=GrammarConfig("none")),
])
def test_unmet_needs_worked_out_once_per_linter_match_the_per_draft_ones(config: Config) -> None:
    linter = Linter(config)
    draft = Draft(body="Hi Dana, thank you.")
    interviews = [None, Interview(), *(iv for _, iv in _items()[:40] if iv is not None)]
    for iv in interviews:
        for template, send_time in ((False, NOW), (True, NOW), (False, None)):
            ctx = RuleContext(doc=Document(draft), draft=draft, interview=iv, send_time=send_time,
                              template=template, config=linter.config, resources=linter.resources)
            assert linter._unmet_needs(ctx) == _unmet_reference(ctx)


class _Crashes(Rule):
    """Crashes on every draft (a test rule)."""

    code = "XT903"
    name = "crashes-always"

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        raise ValueError(f"no luck with {len(ctx.draft.body)} characters")


def test_a_crashing_rule_is_reported_as_the_reference_loop_reported_it() -> None:
    linter = Linter(rules=[_Many, _Crashes])
    _Many.counts[:] = [2]
    draft = Draft(body="Hi Dana, thank you for the interview today.")
    got = linter.lint(draft, None, now=NOW, crash_findings=True)
    assert got == _lint_reference(linter, draft, None, now=NOW, template=False, crash_findings=True)
    assert [f.code for f in got.findings].count("FL000") == 1
    with pytest.raises(RuleError, match="crashes-always"):
        linter.lint(draft, None, now=NOW)


def test_the_emoji_precheck_answers_as_the_regex_search() -> None:
    from followup_lint.document.tokens import EMOJI_CHAR, has_emoji_char

    texts = [d.body for d, _ in _items()] + [d.subject for d, _ in _items()]
    rng = random.Random(7)
    alphabet = "ab ,.!?\n'-" + "éü—’" + "\u2600\u27bf\u2b50\ufe0f\u200d\U0001f600\U0001f3fb\U0001faff\U0001fb00\u2bff\u2c00"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    assert any(has_emoji_char(t) for t in texts) and not all(has_emoji_char(t) for t in texts)
    for text in texts:
        assert has_emoji_char(text) == (EMOJI_CHAR.search(text) is not None), text


class _Lists(Rule):
    """Returns its findings as a list, or yields some and then skips or crashes (a test rule)."""

    code = "XT903"
    name = "finds-by-list"
    default_severity = Severity.INFO
    how: list[str] = []

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        how = self.how[0]
        if how == "empty list":
            return []
        if how == "list":
            return [ctx.finding("a listed finding", 0, 1), ctx.finding("another", 1, 2)]
        return self._then(ctx, how)

    @staticmethod
    def _then(ctx: RuleContext, how: str) -> Iterator[Finding]:
        yield ctx.finding("found before it stopped", 0, 1)
        if how == "then skip":
            raise ctx.skip("stopped after a finding")
        raise ValueError("broke after a finding")


@pytest.mark.parametrize("how", ["empty list", "list", "then skip", "then crash"])
def test_the_first_finding_looked_at_alone_runs_and_skips_as_the_list_did(how: str) -> None:
    """``Linter.lint`` asks a rule for its first finding alone (no list made when it has none): a check
    that returns a list, or that skips or crashes after its first finding, gives the report it gave."""
    linter = Linter(rules=[_Lists, _Many])
    _Lists.how[:] = [how]
    _Many.counts[:] = [2]
    draft = Draft(body="Hi Dana, thank you for the interview today.")
    got = linter.lint(draft, Interview(), now=NOW, crash_findings=True)
    assert got == _lint_reference(linter, draft, Interview(), now=NOW, template=False, crash_findings=True)
    assert ("finds-by-list" in got.rules_run) == (how != "then skip")
