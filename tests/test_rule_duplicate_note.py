"""duplicate-note (FL309): near-identical notes to different interviewers of one interview."""

from __future__ import annotations

import pytest

from followup_lint import Config, Draft, Interview, Report, lint_many
from followup_lint.rules.duplicate import DuplicateNote, comparable_text, find_duplicates, similarity
from followup_lint.testing import assert_clean

IV = Interview(interviewers=({"name": "Ana Lopez", "email": "ana@initech.example"},
                             {"name": "Raj Patel", "email": "raj@initech.example"},
                             {"name": "Tom O'Neil", "email": "tom@initech.example"}),
               company="Initech", topics=("the Kafka migration",))
OTHER = Interview(interviewers=({"name": "Mia Chen", "email": "mia@globex.example"},), company="Globex")

TEMPLATE = ("Hi {name},\n\nThank you for your time today. I enjoyed learning about the Kafka migration and "
            "the way the team plans its on-call rotation. I am excited about the role.\n\n"
            "I look forward to hearing from you.\n\nBest,\nSam")


def draft(name: str, to: str | None = None, body: str = TEMPLATE) -> Draft:
    return Draft(body=body.format(name=name), to=(to,) if to else ())


def flagged(items: list) -> list[int]:
    reports = list(lint_many(items, jobs=1))
    return [i for i, r in enumerate(reports) if isinstance(r, Report) and any(f.code == "FL309" for f in r.findings)]


# each case: a list of (draft, interview) items and the indexes expected to be flagged
BAD = [
    ([(draft("Ana", "ana@initech.example"), IV), (draft("Raj", "raj@initech.example"), IV)], [0, 1]),
    ([(draft("Ana"), IV), (draft("Raj"), IV)], [0, 1]),  # no To: the greetings differ
    ([(draft("Ana", "ana@initech.example"), IV), (draft("Raj", "raj@initech.example"), IV),
      (draft("Tom", "tom@initech.example"), IV)], [0, 1, 2]),
    ([(draft("Ana", "ana@initech.example"), IV),
      (draft("Raj", "raj@initech.example", TEMPLATE.replace("excited", "thrilled")), IV)], [0, 1]),
    ([(draft("Ana", "ana@initech.example"), IV),
      (draft("Raj", "raj@initech.example", TEMPLATE.replace("Best,", "Kind regards,")), IV)], [0, 1]),
    ([(draft("Ana", "ana@initech.example"), IV),
      (draft("Raj", "raj@initech.example", TEMPLATE.replace("today", "this afternoon")), IV)], [0, 1]),
    ([(draft("Ms. Lopez", "ana@initech.example"), IV), (draft("Mr. Patel", "raj@initech.example"), IV)], [0, 1]),
    ([(draft("Ana", "ana@initech.example"), IV), (draft("Mia", "mia@globex.example"), OTHER),
      (draft("Raj", "raj@initech.example"), IV)], [0, 2]),
    ([(draft("Ana", "ana@initech.example"), IV),
      (draft("Raj", "raj@initech.example", TEMPLATE + "\n\nOn Mon, Raj wrote:\n> see you then"), IV)], [0, 1]),
    ([(draft("ANA", "ana@initech.example"), IV), (draft("raj", "raj@initech.example"), IV)], [0, 1]),
]


@pytest.mark.parametrize(("items", "expected"), BAD)
def test_duplicates_flagged(items: list, expected: list[int]) -> None:
    assert flagged(items) == expected


DIFFERENT = ("Hi Raj,\n\nThank you for the whiteboard session. Your point about replaying billing events "
             "during a cut-over, and the idea of shadow-writing to both systems for a week, has stayed with me."
             "\n\nI would be glad to share how we did this at my last job.\n\nBest,\nSam")

GOOD = [
    [(draft("Ana", "ana@initech.example"), IV), (Draft(body=DIFFERENT, to=("raj@initech.example",)), IV)],
    [(draft("Ana", "ana@initech.example"), IV), (draft("Mia", "mia@globex.example"), OTHER)],  # other interview
    [(draft("Ana", "ana@initech.example"), IV), (draft("Ana", "ana@initech.example"), IV)],  # same person
    [(draft("Ana"), None), (draft("Raj"), None)],  # no interview: not comparable
    [(draft("Ana", "ana@initech.example"), IV)],
    [draft("Ana", "ana@initech.example"), draft("Raj", "raj@initech.example")],  # bare drafts
    [(draft("Ana", "ana@initech.example"), IV),
     (Draft(body="Hi Raj,\n\nThanks!\n\nSam", to=("raj@initech.example",)), IV)],
    [(draft("Ana", "ana@initech.example"), IV), (Draft(body="", to=("raj@initech.example",)), IV)],
    [(draft("Ana", "ana@initech.example"), IV),
     (Draft(body=DIFFERENT.replace("Raj", "Tom"), to=("tom@initech.example",)), IV)],
    [(Draft(body=DIFFERENT, to=("raj@initech.example",)), IV),
     (Draft(body="Hi Tom,\n\nThank you for showing me the on-call dashboards. The way alerts are grouped by "
                 "customer impact rather than by service is something I want to try myself.\n\nI look forward "
                 "to hearing from you.\n\nBest,\nSam", to=("tom@initech.example",)), IV)],
]


@pytest.mark.parametrize("items", GOOD)
def test_not_duplicates(items: list) -> None:
    assert flagged(items) == []


def test_single_draft_finds_nothing() -> None:
    assert_clean(DuplicateNote, TEMPLATE.format(name="Ana"))


def test_parallel_path_matches_sequential() -> None:
    items = BAD[2][0] * 2 + [(Draft(body=DIFFERENT, to=("raj@initech.example",)), OTHER)] * 2
    seq = list(lint_many(items, jobs=1))
    par = list(lint_many(items, jobs=2))
    assert [[f.message for f in r.findings if f.code == "FL309"] for r in seq] == \
           [[f.message for f in r.findings if f.code == "FL309"] for r in par]
    assert any(f.code == "FL309" for f in par[0].findings)


def test_ignored_rule_adds_nothing() -> None:
    reports = list(lint_many(BAD[0][0], jobs=1, config=Config(ignore=("FL309",))))
    assert not any(f.code == "FL309" for r in reports for f in r.findings)


def test_threshold_option_and_severity() -> None:
    config = Config.from_dict({"rules": {"duplicate-note": {"threshold": 0.999, "severity": "error"}}})
    items = BAD[3][0]
    assert not any(f.code == "FL309" for r in lint_many(items, jobs=1, config=config) for f in r.findings)
    config = Config.from_dict({"rules": {"duplicate-note": {"severity": "error"}}})
    found = [f for r in lint_many(items, jobs=1, config=config) for f in r.findings if f.code == "FL309"]
    assert found and all(str(f.severity) == "error" for f in found)


def test_find_duplicates_directly_with_paths() -> None:
    a, b = draft("Ana", "ana@initech.example"), draft("Raj", "raj@initech.example")
    reports = list(lint_many([(a, IV), (b, IV)], jobs=1, config=Config(ignore=("FL309",))))
    # reports where the rule did not run get nothing...
    assert find_duplicates([(a, IV, reports[0], "a.txt"), (b, IV, reports[1], "b.txt")]) == {}
    reports = [r for r in lint_many([a, b], jobs=1)]
    from followup_lint import lint_draft

    ra, rb = lint_draft(a, IV, now=None), lint_draft(b, IV)
    out = find_duplicates([(a, IV, ra, "notes/ana.txt"), (b, IV, rb, "notes/raj.txt")])
    assert sorted(out) == [0, 1]
    f = out[0][0]
    assert f.location is not None and f.location.path == "notes/ana.txt"
    assert f.data["other_path"] == "notes/raj.txt" and f.data["similarity"] >= 0.8
    assert "notes/raj.txt" in f.message


def test_names_are_masked() -> None:
    a = comparable_text(draft("Ana"), IV)
    b = comparable_text(draft("Raj"), IV)
    assert a == b and similarity(a, b) == 1.0


def test_one_batch_path_for_the_api_and_a_linter() -> None:
    from followup_lint import Linter

    items = BAD[0][0]
    via_api = [[f.code for f in r.findings if f.code == "FL309"] for r in lint_many(items, jobs=1)]
    via_linter = [[f.code for f in r.findings if f.code == "FL309"] for r in Linter(Config()).lint_many(items, jobs=1)]
    assert via_api == via_linter == [["FL309"], ["FL309"]]


def test_duplicate_note_is_a_batch_rule_with_the_configured_severity() -> None:
    from followup_lint import Linter
    from followup_lint.batch import BatchEntry

    linter = Linter(Config.from_dict({"rules": {"duplicate-note": {"severity": "info"}}}))
    assert [r.name for r in linter.batch_rules] == ["duplicate-note"]
    a, b = draft("Ana", "ana@initech.example"), draft("Raj", "raj@initech.example")
    entries = [BatchEntry(d, IV, linter.lint(d, IV, clock=False), None) for d in (a, b)]
    found = linter.check_batch(entries)
    assert sorted(found) == [0, 1] and all(str(f.severity) == "info" for fs in found.values() for f in fs)
    assert Linter(Config(ignore=("FL309",))).batch_rules == ()
