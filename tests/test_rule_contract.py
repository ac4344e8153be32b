"""Contract tests over every registered rule: metadata, documentation, examples, spans, fixes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup_lint import Applicability, Severity, apply_fixes
from followup_lint.docs import expected_pages
from followup_lint.registry import Registry
from followup_lint.rules import BUILTIN_RULES
from followup_lint.testing import example_context, examples_of, run_rule

ROOT = Path(__file__).resolve().parents[1]
CATALOG = {  # CONTRACT.md section 6
    "FL101": "misspelled-word", "FL102": "repeated-word", "FL103": "lowercase-i", "FL104": "repeated-punctuation",
    "FL105": "spacing", "FL106": "sentence-case", "FL107": "unbalanced-delimiter", "FL108": "greeting-punctuation",
    "FL109": "signoff-punctuation", "FL110": "grammar", "FL111": "exclamation-marks", "FL112": "not-english",
    "FL201": "interviewer-not-named", "FL202": "interviewer-name-misspelled", "FL203": "wrong-name",
    "FL204": "group-email", "FL205": "leftover-placeholder", "FL206": "no-specific-moment", "FL207": "subject-line",
    "FL208": "wrong-role", "FL209": "unknown-recipient", "FL301": "no-added-strength-or-question",
    "FL302": "premature-logistics-question", "FL303": "no-thanks", "FL304": "no-next-step", "FL305": "too-long",
    "FL306": "reading-level", "FL307": "emoji", "FL308": "missing-attachment", "FL309": "duplicate-note",
    "FL401": "sent-before-interview-ended", "FL402": "sent-too-late", "FL403": "sent-too-soon",
    "FL404": "outside-business-hours", "FL405": "followup-too-soon", "FL406": "too-many-followups",
    "FL407": "relative-time-mismatch", "FL000": "rule-crashed",
}
DEFAULT_SEVERITY = {
    "FL101": "error", "FL102": "error", "FL103": "error", "FL104": "warning", "FL105": "warning", "FL106": "warning",
    "FL107": "warning", "FL108": "warning", "FL109": "info", "FL110": "warning", "FL111": "info", "FL112": "info", "FL201": "warning",
    "FL202": "error", "FL203": "error", "FL204": "warning", "FL205": "error", "FL206": "warning", "FL207": "warning",
    "FL208": "warning", "FL209": "info", "FL301": "info", "FL302": "info", "FL303": "warning", "FL304": "info",
    "FL305": "info", "FL306": "info", "FL307": "warning", "FL308": "warning", "FL309": "warning", "FL401": "error",
    "FL402": "warning", "FL403": "info", "FL404": "info", "FL405": "warning", "FL406": "warning", "FL407": "warning",
    "FL000": "error",
}
REQUIRED_SECTIONS = ("## What it does", "## Why is this bad?", "## Source")
RULE_IDS = [r.code for r in BUILTIN_RULES]


def test_registry_is_valid_and_names_are_unique() -> None:
    registry = Registry(BUILTIN_RULES)
    assert len({r.code for r in registry}) == len(registry)
    assert len({r.name for r in registry}) == len(registry)


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=RULE_IDS)
def test_rule_matches_the_catalog(rule) -> None:
    assert CATALOG.get(rule.code) == rule.name, f"{rule.code} is not {rule.name!r} in CONTRACT.md"
    assert str(rule.default_severity) == DEFAULT_SEVERITY[rule.code]


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=RULE_IDS)
def test_rule_is_documented(rule) -> None:
    doc = rule.documentation()
    assert rule.summary(), f"{rule.name} has no summary line"
    for heading in REQUIRED_SECTIONS:
        assert heading in doc, f"{rule.name}'s docstring lacks {heading!r}"
    if not rule.opt_in and rule.code != "FL309":
        ex = examples_of(rule)
        assert ex.bad and ex.good, f"{rule.name} needs an Example and a Use instead block"


@pytest.mark.parametrize("rule", [r for r in BUILTIN_RULES if not r.opt_in and r.code not in ("FL309", "FL110")],
                         ids=lambda r: r.code)
def test_docstring_example_fires_and_use_instead_does_not(rule) -> None:
    ex = examples_of(rule)
    # a json block inside Example / Use instead adds to the shared Context for that example only
    bad = run_rule(rule, ex.bad, **example_context(ex.bad_context))
    assert any(f.code == rule.code for f in bad.findings), f"{rule.name}: its Example does not fire"
    good = run_rule(rule, ex.good, **example_context(ex.good_context))
    assert not [f for f in good.findings if f.code == rule.code], (
        f"{rule.name}: its Use instead fires: {[f.message for f in good.findings]}")
    for report in (bad, good):
        _check_spans_and_fixes(report)


def _check_spans_and_fixes(report) -> None:
    for f in report.findings:
        assert isinstance(f.severity, Severity)
        assert f.message and "\n" not in f.message
        if f.span is not None:
            text = getattr(report.draft, f.span.field)
            assert 0 <= f.span.start < f.span.end <= len(text)
        for fix in f.fixes:
            for edit in fix.edits:
                assert 0 <= edit.start <= edit.end <= len(getattr(report.draft, edit.field))
    once = apply_fixes(report.draft, report, applicability=Applicability.SAFE)
    if once is not report.draft:
        assert once != report.draft


def test_generated_rule_pages_are_current() -> None:
    pages = expected_pages(BUILTIN_RULES)
    folder = ROOT / "docs" / "rules"
    stale = [name for name, text in pages.items()
             if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text]
    extra = sorted(p.name for p in folder.glob("*.md") if p.name not in pages)
    assert not stale and not extra, (
        f"docs/rules is stale ({', '.join(stale + extra)}): run `python -m followup_lint.docs`")


def test_summaries_are_one_line_sentences() -> None:
    for rule in BUILTIN_RULES:
        assert re.match(r"^[A-Z\"'`(]", rule.summary()), rule.name
