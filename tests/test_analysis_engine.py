"""The engine owns the Analysis: one typed reading per draft, the not-English gate and the metrics,
whatever rules are selected or ignored."""

from __future__ import annotations

import warnings

import pytest

from followup_lint import Config, Draft, Interview
from followup_lint.analysis import Analysis, WordCensus
from followup_lint.engine import Linter
from followup_lint.rule import Rule, RuleContext

INTERVIEW = Interview.from_dict({
    "interviewers": [{"name": "Dana Okafor", "email": "dana.okafor@initech.example"}],
    "company": "Initech", "role": "Data Analyst",
    "topics": ["moving the billing pipeline to Kafka"],
    "strengths": ["three years of dbt modelling"],
    "questions": ["how the on-call rotation is staffed"],
})
NOTE = ("Hi Dana,\n\nThank you for walking me through moving the billing pipeline to Kafka. I did not "
        "mention my three years of dbt modelling, which fits the warehouse work. I look forward to hearing "
        "from you.\n\nBest regards,\nSam Lee")
GERMAN = ("Hallo Frau Becker,\n\nvielen Dank für das freundliche Gespräch heute. Ich habe mich sehr über die "
          "Einblicke in Ihr Team gefreut und freue mich darauf, von Ihnen zu hören.\n\nViele Grüße\nJonas")


def _report(config: Config, body: str = NOTE, interview: Interview | None = INTERVIEW):
    return Linter(config, plugins=False).lint(Draft(body=body), interview, clock=False)


@pytest.mark.parametrize("ignore", [(), ("FL206",), ("FL301",), ("FL206", "FL301"), ("no-specific-moment",)])
def test_content_metrics_do_not_depend_on_which_rules_run(ignore):
    report = _report(Config(ignore=ignore))
    assert report.metrics["topics_referenced"] == ["moving the billing pipeline to Kafka"]
    assert report.metrics["strengths_raised"] == ["three years of dbt modelling"]


def test_content_metrics_with_only_an_unrelated_rule_selected():
    report = _report(Config(select=("FL104",)))
    assert report.metrics["topics_referenced"] == ["moving the billing pipeline to Kafka"]
    assert report.metrics["strengths_raised"] == ["three years of dbt modelling"]


def test_content_metrics_are_empty_without_a_message_of_its_own():
    report = _report(Config(), body="Hi Dana,\n\nThanks!\n\nSam")
    assert report.metrics["topics_referenced"] == []


@pytest.mark.parametrize("select,rule", [(None, "misspelled-word"), (("FL101",), "misspelled-word"),
                                         (("FL102", "FL104"), "repeated-word"), (("ALL",), "misspelled-word")])
def test_not_english_gate_holds_whether_or_not_not_english_is_selected(select, rule):
    report = _report(Config(select=select), body=GERMAN, interview=None)
    skipped = {s.rule: s.reason for s in report.rules_skipped}
    assert skipped.get(rule) == "the draft is probably not English"
    assert rule not in report.rules_run


def test_not_english_gate_reads_the_configured_threshold_even_when_the_rule_is_ignored():
    lenient = Config(ignore=("FL112",), rules={"not-english": {"threshold": 0.95}})
    report = _report(lenient, body=GERMAN, interview=None)
    assert "misspelled-word" in report.rules_run
    assert not any(f.code == "FL112" for f in report.findings)


def test_english_note_is_not_gated():
    report = _report(Config(select=("FL101",)))
    assert "misspelled-word" in report.rules_run


def test_options_of_resolves_unselected_rules():
    linter = Linter(Config(select=("FL101",), rules={"followup-too-soon": {"min-days": 3}}), plugins=False)
    assert linter.options_of("followup-too-soon").min_days == 3
    assert linter.options_of("not-english").threshold == 0.4
    with pytest.raises(KeyError):
        linter.options_of("no-such-rule")


class _Probe(Rule):
    """Reads the analysis twice and reports whether it got the same objects."""

    code = "TST901"
    name = "analysis-probe"
    seen: list = []

    def check(self, ctx: RuleContext):
        a = ctx.analysis
        assert isinstance(a, Analysis)
        _Probe.seen.append((a.addressing is a.addressing, a.names is a.names, a.substance is a.substance,
                            isinstance(a.word_census, WordCensus), a.field("subject") is a.subject))
        return ()


def test_each_part_is_computed_once_per_draft():
    _Probe.seen.clear()
    Linter(Config(), rules=[_Probe]).lint(Draft(body=NOTE), INTERVIEW, clock=False)
    assert _Probe.seen == [(True, True, True, True, True)]


def test_parts_are_frozen():
    import dataclasses

    linter = Linter(Config(), rules=[_Probe])
    ctx = _ctx_for(linter)
    census = ctx.analysis.word_census
    with pytest.raises(dataclasses.FrozenInstanceError):
        census.unknown = 0  # type: ignore[misc]


def _ctx_for(linter: Linter) -> RuleContext:
    from followup_lint.document import Document

    draft = Draft(body=NOTE)
    return RuleContext(doc=Document(draft), draft=draft, interview=INTERVIEW, send_time=None, template=False,
                       config=linter.config, resources=linter.resources)


class _Memo(Rule):
    """A 0.x plugin that still memoises through ctx.memo."""

    code = "TST902"
    name = "memo-plugin"

    def check(self, ctx: RuleContext):
        first = ctx.memo("acme.count", lambda: len(ctx.doc.words))
        again = ctx.memo("acme.count", lambda: -1)
        if first == again:
            yield ctx.finding(f"{first} words")


def test_memo_still_works_for_old_plugins_with_a_deprecation_warning():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = Linter(Config(), rules=[_Memo]).lint(Draft(body=NOTE), None, clock=False)
    assert [f.code for f in report.findings] == ["TST902"]
    assert any(issubclass(w.category, DeprecationWarning) and "ctx.analysis" in str(w.message) for w in caught)


def test_the_plugin_example_of_writing_rules_reads_the_analysis():
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "writing-rules.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "class WarmClosing" in b)
    namespace: dict = {}
    exec("from followup_lint import Rule, RuleContext, Severity\n" + block, namespace)
    rule = namespace["WarmClosing"]
    from followup_lint.testing import findings_of

    iv = {"interviewers": [{"name": "Dana Okafor"}]}
    assert [f.code for f in findings_of(rule, "Hi Dana,\n\nThank you for today.\n\n\nSam Lee", iv)] == ["ACM102"]
    assert findings_of(rule, "Hi Dana,\n\nThank you for today.\n\nBest regards,\nSam Lee", iv) == []


def test_no_built_in_rule_uses_the_deprecated_memo():
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "followup_lint"
    users = [str(p.relative_to(package)) for p in package.rglob("*.py")
             if p.name != "rule.py" and re.search(r"\.memo\(|\.shared\b", p.read_text(encoding="utf-8"))]
    assert users == []


def test_a_crash_in_an_engine_read_part_is_a_finding_with_crash_findings(monkeypatch):
    import followup_lint.analysis as analysis_module
    from followup_lint.errors import RuleError

    def boom(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(analysis_module.Analysis, "metrics", property(boom))
    report = Linter(Config(select=("FL104",)), plugins=False).lint(Draft(body=NOTE), INTERVIEW, clock=False,
                                                                  crash_findings=True)
    assert [f.code for f in report.findings] == ["FL000"] and "content metrics" in report.findings[0].message
    with pytest.raises(RuleError):
        Linter(Config(select=("FL104",)), plugins=False).lint(Draft(body=NOTE), INTERVIEW, clock=False)


def test_a_draft_leaves_no_reference_cycle_behind():
    import gc

    linter = Linter(Config(), plugins=False)
    linter.lint(Draft(body=NOTE), INTERVIEW, clock=False)
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            linter.lint(Draft(body=NOTE + "\n\nP.S. Marta, thanks too for the tour."), INTERVIEW, clock=False)
        assert gc.collect() == 0  # everything was freed by reference counting
    finally:
        gc.enable()
