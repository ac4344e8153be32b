"""grammar (FL110) on the grammar test set (tests/fixtures/grammar), scored by benchmarks/grammar.py.

The floors are what was measured with harper-py 0.2.0 (benchmarks/results/grammar.json), rounded down a
little: a drop below them is a regression of the backend or of the filters around it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from followup_lint import Config, Draft, Interview, Linter
from followup_lint.config import LanguageToolConfig
from followup_lint.document import Document

ROOT = Path(__file__).resolve().parents[1]


def _load_bench():  # type: ignore[no-untyped-def]
    """benchmarks/grammar.py, under a name that cannot clash with another module."""
    spec = importlib.util.spec_from_file_location("followup_lint_bench_grammar", ROOT / "benchmarks" / "grammar.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  (dataclasses look their module up)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


bench = _load_bench()

ERRORS, CORRECT = bench.read_set()


def _harper() -> None:
    pytest.importorskip("harper", reason="harper-py is not installed (pip install 'followup-lint[harper]')")


def test_the_set_is_big_enough_and_covers_the_usual_slips() -> None:
    assert len(ERRORS) >= 80 and len(CORRECT) >= 80
    categories = {s.category for s in ERRORS}
    assert {"would-of", "its", "their", "your", "then", "affect", "lose", "advice", "a-an", "agreement", "gerund",
            "to-thanks", "article"} <= categories
    assert len({s.text for s in CORRECT}) == len(CORRECT) and len({s.text for s in ERRORS}) == len(ERRORS)
    for s in ERRORS:   # every expected span is a word or words of its sentence
        for a, b in s.errors:
            assert 0 <= a < b <= len(s.text) and s.text[a:b].strip() == s.text[a:b]


def test_languagetool_plumbing_loses_nothing() -> None:
    """An oracle server answers with exactly the expected spans: offsets, masking and filters keep them all."""
    httpd, url = bench.oracle_server(ERRORS)
    try:
        cfg = Config(select=("FL110",), languagetool=LanguageToolConfig(url=url))
        result = bench.score(bench.linter_finder(cfg, ("FL110",)), ERRORS, CORRECT)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result["recall"] == 1.0 and result["precision"] == 1.0


def test_harper_precision_and_recall_floors() -> None:
    _harper()
    result = bench.score(bench.linter_finder(Config(select=("FL110",), grammar="harper"), ("FL110",)),
                         ERRORS, CORRECT)
    # measured: recall 0.529 (54/102), precision 0.982 (54/55), no correct sentence flagged
    assert result["recall"] >= 0.50, result["missed"]
    assert result["precision"] >= 0.95, result["false_alarm_list"]
    assert result["correct_sentences_flagged"] <= 1, result["false_alarm_list"]
    found = result["recall_by_category"]
    for category in ("would-of", "a-an", "alot", "affect"):   # what Harper reliably catches
        done, total = map(int, found[category].split("/"))
        assert done == total, (category, result["missed"])


def test_harper_with_misspelled_word_floors() -> None:
    _harper()
    result = bench.score(bench.linter_finder(Config(select=("FL101", "FL110"), grammar="harper"),
                                             ("FL101", "FL110")), ERRORS, CORRECT)
    # measured: recall 0.598 (61/102), precision 0.984 (61/62)
    assert result["recall"] >= 0.57 and result["precision"] >= 0.95


def test_no_findings_on_names_addresses_urls_or_signatures_of_real_notes() -> None:
    _harper()
    records = json.loads((ROOT / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8"))
    linter = Linter(Config(grammar="harper"))
    for record in records:
        draft = Draft(body=record["body"], subject=record.get("subject", ""), to=record.get("to", ()))
        interview = Interview.from_dict(record["interview"]) if record.get("interview") else None
        report = linter.lint(draft, interview, clock=False)
        names: set[str] = set()
        if interview is not None:
            for person in interview.interviewers:
                names.update(w.lower() for w in re.findall(r"[^\W\d_]+", person.name or ""))
            names.update(w.lower() for w in re.findall(r"[^\W\d_]+", interview.company or ""))
        own_end = Document(draft).own_end   # where the signature (and any quoted reply) begins
        for f in report.findings:
            if f.code != "FL110" or f.span is None:
                continue
            text = draft.body[f.span.start:f.span.end]
            assert not ({w.lower() for w in re.findall(r"[^\W\d_]+", text)} & names), (text, f.message)
            assert "@" not in text and "://" not in text and "www." not in text, (text, f.message)
            assert f.span.end <= own_end, (text, f.message)


@pytest.mark.parametrize("text", [s.text for s in CORRECT][:20])
def test_correct_sentences_are_clean_with_every_rule(text: str) -> None:
    _harper()
    report = Linter(Config(grammar="harper")).lint(bench.note(text), bench.INTERVIEW, clock=False)
    assert [f.message for f in report.findings if f.code == "FL110"] == []
