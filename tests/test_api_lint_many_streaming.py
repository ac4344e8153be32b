"""``lint_many``: a progress callback, and reports streamed in input order as soon as they are ready
(duplicate-note holds back only the notes of an interview until their partners are linted)."""

from __future__ import annotations

from pathlib import Path

from followup_lint import Draft, Interview, Report, lint_many

IV = Interview(interviewers=({"name": "Ana Lopez", "email": "ana@initech.example"},  # type: ignore[arg-type]
                             {"name": "Raj Patel", "email": "raj@initech.example"}), company="Initech")
OTHER = Interview(interviewers=({"name": "Mia Chen", "email": "mia@globex.example"},),  # type: ignore[arg-type]
                  company="Globex")
NOTE = ("Hi {name},\n\nThank you for your time today. I enjoyed learning about the Kafka migration and the way "
        "the team plans its on-call rotation. I am excited about the role.\n\nI look forward to hearing from "
        "you.\n\nBest,\nSam")


def note(name: str, to: str) -> Draft:
    return Draft(body=NOTE.format(name=name), to=(to,))


def _codes(report: object) -> list[str]:
    assert isinstance(report, Report)
    return [f.code for f in report.findings]


def test_progress_counts_every_report_with_the_total() -> None:
    calls: list[tuple[int, int | None]] = []
    items = [note("Ana", "ana@initech.example"), "Hi Raj,\n\nThanks.\n\nSam", b"Hi Mia,\n\nThanks!\n"]
    reports = list(lint_many(items, jobs=1, progress=lambda done, total: calls.append((done, total))))
    assert len(reports) == 3 and calls == [(1, 3), (2, 3), (3, 3)]
    calls.clear()
    list(lint_many((x for x in items), jobs=1, progress=lambda done, total: calls.append((done, total))))
    assert calls == [(1, None), (2, None), (3, None)]  # a generator has no length


def test_first_report_arrives_before_the_rest_are_linted() -> None:
    calls: list[int] = []
    items = [note(n, f"{n.lower()}@x.example") for n in ("Ana", "Raj", "Tom", "Mia")]  # no interview
    stream = lint_many(items, jobs=1, progress=lambda done, total: calls.append(done))
    first = next(stream)
    assert isinstance(first, Report) and calls == [1]
    assert len(list(stream)) == 3 and calls == [1, 2, 3, 4]


def test_notes_of_one_interview_wait_for_their_partner_and_get_duplicate_note() -> None:
    calls: list[int] = []
    items = [(note("Ana", "ana@initech.example"), IV), (note("Mia", "mia@globex.example"), OTHER),
             (note("Raj", "raj@initech.example"), IV), note("Tom", "tom@x.example")]
    stream = lint_many(items, jobs=1, progress=lambda done, total: calls.append(done))
    first = next(stream)
    assert calls == [1, 2, 3]  # the first note waited for the third, its partner, and no further
    assert "FL309" in _codes(first)
    rest = list(stream)
    assert "FL309" not in _codes(rest[0]) and "FL309" in _codes(rest[1]) and "FL309" not in _codes(rest[2])


def test_paths_hold_interview_notes_until_the_last_path(tmp_path: Path) -> None:
    front = ('+++\nto = ["{to}"]\n[interview]\ncompany = "Initech"\n[[interview.interviewers]]\nname = "{n}"\n'
             'email = "{to}"\n+++\n')
    a = tmp_path / "a.md"
    a.write_text(front.format(to="ana@initech.example", n="Ana Lopez") + NOTE.format(name="Ana"), encoding="utf-8")
    calls: list[int] = []
    stream = lint_many([(note("Ana", "ana@initech.example"), IV), a, note("Tom", "tom@x.example")], jobs=1,
                       progress=lambda done, total: calls.append(done))
    next(stream)
    assert calls == [1, 2]  # the path might have shared IV; the bare draft after it did not matter
    assert len(list(stream)) == 2


def test_processes_stream_the_same_reports_with_progress() -> None:
    items = [(note("Ana", "ana@initech.example"), IV), (note("Raj", "raj@initech.example"), IV)] + \
        [note(f"N{i}", f"n{i}@x.example") for i in range(6)]
    serial = [_codes(r) for r in lint_many(items, jobs=1)]
    calls: list[tuple[int, int | None]] = []
    parallel = [_codes(r) for r in lint_many(items, jobs=2, progress=lambda d, t: calls.append((d, t)))]
    assert parallel == serial and "FL309" in serial[0]
    assert calls == [(i, len(items)) for i in range(1, len(items) + 1)]


def test_grouping_notes_by_interview_compares_interviews_a_linear_number_of_times(monkeypatch) -> None:
    """A batch where every note has its own interview (an archive of sent notes) groups its notes for the
    batch rules in one pass: the interviews are compared about once per note, not once per pair of notes
    (a scan of every earlier note per interview made 10,000 such notes take minutes)."""
    from followup_lint import batch as batch_module

    items = [(note("Ana", "ana@initech.example"),
              Interview(interviewers=IV.interviewers, company="Initech", topics=(f"item {i}",)))
             for i in range(150)]
    items.insert(40, (note("Raj", "raj@initech.example"), items[3][1]))  # two notes of one interview
    keys = 0
    original = batch_module._key

    def counting(interview: object) -> object:
        nonlocal keys
        keys += 1
        return original(interview)

    monkeypatch.setattr(batch_module, "_key", counting)
    reports = list(lint_many(items, jobs=1))
    assert len(reports) == 151
    assert keys <= 5 * len(items), keys  # the scan made ~len(items) ** 2 / 2 (11,000 here)
    assert "FL309" in _codes(reports[3]) and "FL309" in _codes(reports[40])
    assert sum("FL309" in _codes(r) for r in reports) == 2
