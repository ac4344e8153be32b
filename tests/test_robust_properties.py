"""Property-based robustness: any text, any draft, any interview.

For every input ``lint_draft`` raises nothing but ``InputError``; spans lie in their field, are
non-empty and their line/column agree with their offsets; results are deterministic; safe fixes
converge after one round; ``to_dict``/``from_dict`` round trip. Bounded by the ``ci`` Hypothesis
profile (tests/conftest.py); ``HYPOTHESIS_PROFILE=dev`` explores more.
"""

from __future__ import annotations

import pickle
from datetime import datetime, timedelta, timezone

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, strategies as st  # noqa: E402

from followup_lint import (  # noqa: E402
    Applicability, Draft, InputError, Interview, Interviewer, FollowUp, Report, apply_fixes, lint_draft,
)

NOW = datetime(2026, 3, 10, 15, 30, tzinfo=timezone.utc)

# -- strategies ----------------------------------------------------------------------------------------

any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=400)
# text weighted towards what drafts contain: letters, punctuation, line breaks of every kind, marks
draftish_chars = st.one_of(
    st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,;:!?'\"()[]{}<>-_@#/`*&"
                         "\n\n\r\n\t’“”…—–é\u0301\u200b\u200d\u202e\ufeff😀👍🏽")),
    st.characters(codec=None),
)
draftish = st.text(draftish_chars, max_size=400)

name_part = st.text(st.characters(categories=("Lu", "Ll", "Lo", "Mn", "Pd")), min_size=1, max_size=12)
person_name = st.builds(lambda a, b: f"{a} {b}".strip() or "X", name_part, name_part)
greetings = st.sampled_from(["Hi", "Hello", "Dear", "Hey", "Good morning", "", "Dear Dr.", "Hi all", "To whom"])
signoffs = st.sampled_from(["Best,", "Best regards,", "Thanks,", "Cheers", "Sincerely,", "", "Kind regards"])
sentences = st.sampled_from([
    "Thank you for the interview today.", "I enjoyed our talk about the migration!!", "i think its  great .",
    "Looking forward to hearing about next steps.", "Did you get my resume?", "[Company Name] is great.",
    "{{interviewer_first_name}}, thanks again.", "I attached my portfolio.", "teh the team was great",
    "When will I hear back about salary?", "Sent from my iPhone", "> quoted line", "-- ", "On Mon, X wrote:",
    "<p>Thanks &amp; regards</p>", "<b>bold</b> <br> text", "((unbalanced", "Visit https://example.com/a?b=c.",
    "Email me at a.b@example.com", "It was great to meet you 😀", "We talked about caching", "",
])


@st.composite
def structured_body(draw: st.DrawFn, names: list[str]) -> str:
    greet = draw(greetings)
    who = draw(st.sampled_from(names + ["there", "team", "[Name]", ""])) if names else "there"
    parts = [f"{greet} {who},".strip()]
    for _ in range(draw(st.integers(0, 4))):
        paragraph = " ".join(draw(st.lists(sentences, max_size=5)))
        if draw(st.booleans()):
            paragraph += " " + draw(draftish)
        parts.append(paragraph)
    parts.append(f"{draw(signoffs)}\n{draw(st.sampled_from(names + ['Sam']))}")
    sep = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\r\r", "\n", "\n\r\n"]))
    return sep.join(parts)


aware_times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                           timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=-7)),
                                                      timezone(timedelta(hours=5, minutes=30))]))


@st.composite
def interviews(draw: st.DrawFn) -> Interview:
    people = draw(st.lists(person_name, min_size=0, max_size=4))
    interviewers = tuple(
        Interviewer(name=n, email=draw(st.one_of(st.none(), st.just(f"p{i}@acme.example"))),
                    title=draw(st.one_of(st.none(), st.sampled_from(["CTO", "Engineering Manager", ""]))),
                    preferred_name=draw(st.one_of(st.none(), name_part)))
        for i, n in enumerate(people)
    )
    start = draw(aware_times)
    end = start + timedelta(minutes=draw(st.integers(0, 240)))
    ups = tuple(FollowUp(sent_at=end + timedelta(hours=h), answered=a)
                for h, a in draw(st.lists(st.tuples(st.integers(0, 2000), st.booleans()), max_size=4)))
    return Interview(
        interviewers=interviewers,
        company=draw(st.one_of(st.none(), name_part)),
        role=draw(st.one_of(st.none(), st.sampled_from(["Engineer", "Data Analyst", "VP of Operations"]))),
        started_at=draw(st.one_of(st.none(), st.just(start))),
        ended_at=draw(st.one_of(st.none(), st.just(end))),
        timezone=draw(st.sampled_from([None, "UTC", "America/New_York", "Asia/Kolkata"])),
        topics=tuple(draw(st.lists(st.sampled_from(["caching", "the migration", "on-call", "Kafka"]), max_size=3))),
        strengths=tuple(draw(st.lists(st.sampled_from(["led a PCI audit", "Rust"]), max_size=2))),
        questions=tuple(draw(st.lists(st.sampled_from(["team size", "release cadence"]), max_size=2))),
        followups=ups,
    )


@st.composite
def drafts_with_context(draw: st.DrawFn) -> tuple[Draft, Interview | None, bool]:
    interview = draw(st.one_of(st.none(), interviews()))
    names = [p.name for p in interview.interviewers] if interview else []
    first = [n.split()[0] for n in names]
    body = draw(st.one_of(draftish, structured_body(names + first), any_text))
    to = [f"{n} <p{i}@acme.example>" for i, n in enumerate(names)] + draw(
        st.lists(st.sampled_from(["x@y.example", "Someone <s@o.example>", "bad address", ""]), max_size=2))
    draft = Draft(
        body=body,
        subject=draw(st.one_of(any_text, st.sampled_from(["Thank you", "thanks!!", "Re: [Role]", ""]))),
        to=tuple(to), cc=tuple(draw(st.lists(st.sampled_from(["c@acme.example"]), max_size=1))),
        sent_at=draw(st.one_of(st.none(), aware_times)),
        attachments=tuple(draw(st.lists(st.sampled_from(["resume.pdf", "x"]), max_size=2))),
    )
    return draft, interview, draw(st.booleans())


# -- helpers -------------------------------------------------------------------------------------------

def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) computed independently: \\r\\n, \\n and \\r are one break each."""
    line, col, i = 1, 1, 0
    while i < offset:
        ch = text[i]
        if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 1 == offset:  # between \r and \n: still on the same line
                col += 1
                break
            i += 2
            line, col = line + 1, 1
            continue
        if ch in "\r\n":
            line, col = line + 1, 1
        else:
            col += 1
        i += 1
    return line, col


def lint_or_input_error(draft: Draft, interview: Interview | None, template: bool) -> Report | None:
    try:
        return lint_draft(draft, interview, now=NOW, template=template)
    except InputError as exc:
        assert "\n" not in str(exc).strip(), "an InputError is one line"
        return None


def check_spans(report: Report) -> None:
    for f in report.findings:
        if f.span is None:
            continue
        s = f.span
        assert s.field in ("subject", "body"), f
        text = getattr(report.draft, s.field)
        assert 0 <= s.start < s.end <= len(text), (f.code, s, len(text))
        assert (s.line, s.column) == position(text, s.start), (f.code, s)
        assert (s.end_line, s.end_column) == position(text, s.end), (f.code, s)
        for fix in f.fixes:
            for e in fix.edits:
                assert 0 <= e.start <= e.end <= len(getattr(report.draft, e.field)), (f.code, e)


def fix_once(draft: Draft, interview: Interview | None, template: bool) -> Draft:
    report = lint_draft(draft, interview, now=NOW, template=template)
    return apply_fixes(report.draft, report, applicability=Applicability.SAFE)


# -- properties ----------------------------------------------------------------------------------------

@given(any_text)
def test_any_text_body_lints_or_is_input_error(text: str) -> None:
    report = lint_or_input_error(Draft(body=text), None, False)
    if report is not None:
        check_spans(report)


@given(drafts_with_context())
def test_any_draft_spans_are_exact(case: tuple[Draft, Interview | None, bool]) -> None:
    draft, interview, template = case
    report = lint_or_input_error(draft, interview, template)
    if report is None:
        return
    assert report.draft == draft
    check_spans(report)


@given(drafts_with_context())
def test_results_are_deterministic(case: tuple[Draft, Interview | None, bool]) -> None:
    draft, interview, template = case
    first = lint_or_input_error(draft, interview, template)
    second = lint_or_input_error(draft, interview, template)
    assert (first is None) == (second is None)
    if first is not None and second is not None:
        assert first.to_dict() == second.to_dict()


@given(drafts_with_context())
def test_safe_fixes_converge_after_one_round(case: tuple[Draft, Interview | None, bool]) -> None:
    draft, interview, template = case
    try:
        once = fix_once(draft, interview, template)
        twice = fix_once(once, interview, template)
    except InputError:
        return
    assert twice == once, "a second round of safe fixes changed the draft again"


@given(drafts_with_context())
def test_to_dict_from_dict_round_trips(case: tuple[Draft, Interview | None, bool]) -> None:
    draft, interview, template = case
    assert Draft.from_dict(draft.to_dict()) == draft
    if interview is not None:
        assert Interview.from_dict(interview.to_dict()) == interview
    report = lint_or_input_error(draft, interview, template)
    if report is not None:
        again = Report.from_dict(report.to_dict())
        assert again.to_dict() == report.to_dict()
        assert pickle.loads(pickle.dumps(report)) == report
