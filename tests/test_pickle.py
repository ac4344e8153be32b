"""Beyond one machine: ``lint_draft``, its inputs and its outputs pickle cleanly, so that a process
pool, Dask or Spark can ship them; the Dask path is tested with its local scheduler when Dask is
installed (skipped otherwise). See docs/distributed.md.
"""

from __future__ import annotations

import json
import pickle
from datetime import datetime, timezone
from pathlib import Path

import pytest

from followup_lint import (
    Config, Draft, FollowUp, InputError, Interview, Interviewer, Linter, Report, RuleError, Severity, lint_draft,
    lint_many, load,
)

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=timezone.utc)


def _pairs() -> list[tuple[Draft, Interview | None, bool]]:
    records = json.loads((ROOT / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8"))
    out = []
    for r in records:
        draft = Draft(body=r["body"], subject=r["subject"], to=r["to"], cc=r["cc"], sent_at=r["sent_at"])
        out.append((draft, Interview.from_dict(r["interview"]), r["sent_at"] is None))
    return out


def _round(value: object) -> object:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_inputs_pickle() -> None:
    for draft, interview, _ in _pairs():
        assert _round(draft) == draft
        assert _round(interview) == interview
    person = Interviewer("Siobhán Ó Briain", email="s@x.example", preferred_name="Shiv", timezone="Europe/Dublin")
    assert _round(person) == person
    assert _round(FollowUp(sent_at=NOW, answered=True)) == FollowUp(sent_at=NOW, answered=True)
    config = Config(select=("FL1", "FL2"), ignore=("FL105",))
    assert _round(config) == config


def test_outputs_pickle() -> None:
    for draft, interview, template in _pairs():
        report = lint_draft(draft, interview, now=NOW, template=template)
        again = _round(report)
        assert isinstance(again, Report)
        assert again == report
        assert again.to_dict() == report.to_dict()
        for f in report.findings:
            assert _round(f) == f
            assert isinstance(_round(f.severity), Severity)


def test_errors_pickle() -> None:
    try:
        lint_draft(Draft(body="x"), now=datetime(2026, 1, 1))  # naive: an InputError
    except InputError as exc:
        again = _round(exc)
        assert isinstance(again, InputError) and str(again) == str(exc)
    else:
        pytest.fail("a naive now= must be an InputError")
    err = RuleError("spacing", "rule spacing (FL105) crashed: boom")
    again = _round(err)
    assert isinstance(again, RuleError) and str(again) == str(err)


def test_function_and_sources_pickle(tmp_path: Path) -> None:
    fn = _round(lint_draft)
    assert fn is lint_draft  # functions pickle by reference: workers import the package
    draft, interview, _ = _pairs()[0]
    assert fn(draft, interview, now=NOW) == lint_draft(draft, interview, now=NOW)
    path = tmp_path / "d.md"
    path.write_text("+++\nsubject = \"Thanks\"\n+++\nHi Dana,\n\nThank you!\n\nBest,\nSam\n", encoding="utf-8")
    source = load(path)
    again = _round(source)
    assert again.draft == source.draft


def test_a_linter_can_be_rebuilt_from_its_config() -> None:
    """Ship the Config, build one Linter per worker or partition (a Linter holds locks and caches)."""
    config = Config(ignore=("FL305",))
    draft, interview, _ = _pairs()[0]
    assert Linter(_round(config)).lint(draft, interview, now=NOW) == Linter(config).lint(draft, interview, now=NOW)


def test_lint_many_processes_match_one_process() -> None:
    items = [(d, i) for d, i, t in _pairs() if not t] * 3
    serial = list(lint_many(items, jobs=1, now=NOW))
    parallel = list(lint_many(items, jobs=2, now=NOW))
    assert [r.to_dict() for r in parallel] == [r.to_dict() for r in serial]


def test_dask_bag_local_scheduler() -> None:
    dask = pytest.importorskip("dask")
    import dask.bag as db

    items = [(d, i) for d, i, t in _pairs() if not t]

    def lint_pair(pair: tuple[Draft, Interview]) -> dict:
        return lint_draft(pair[0], pair[1], now=NOW).to_dict()

    bag = db.from_sequence(items, npartitions=3)
    got = bag.map(lint_pair).compute(scheduler="processes", num_workers=2)
    want = [lint_pair(p) for p in items]
    assert got == want

    def partition(pairs: list) -> list:
        linter = Linter()  # one per partition
        return [linter.lint(d, i, now=NOW).max_severity for d, i in pairs]

    assert bag.map_partitions(partition).compute(scheduler="threads") == [lint_draft(d, i, now=NOW).max_severity
                                                                             for d, i in items]
    assert dask.__version__
