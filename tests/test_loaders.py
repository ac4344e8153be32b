"""Loaders: .eml, text and Markdown with front matter, interview files; Location mapping."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from followup_lint import InputError, Linter, load
from followup_lint.loaders import load_interview, load_interviews


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_markdown_with_front_matter_and_subject(tmp_path: Path) -> None:
    path = write(tmp_path / "note.md", (
        "+++\nto = [\"Dana Reyes <dana@acme.example>\"]\nsent_at = 2026-03-10T09:00:00-04:00\n"
        "ignore = [\"FL109\"]\n[interview]\ncompany = \"Acme\"\n[[interview.interviewers]]\nname = \"Dana Reyes\"\n"
        "[sample]\nname = \"Dana\"\n+++\nSubject: Thank you, Dana\n\nHi Dana\n\nThanks for [topic].\n"))
    src = load(path)
    assert src.kind == "markdown" and src.path == str(path)
    assert src.draft.subject == "Thank you, Dana"
    assert src.draft.body == "Hi Dana\n\nThanks for [topic].\n"
    assert src.draft.to == ("Dana Reyes <dana@acme.example>",)
    assert src.draft.sent_at == datetime(2026, 3, 10, 13, 0, tzinfo=timezone.utc)
    assert src.interview.company == "Acme" and src.ignore == ("FL109",) and src.sample == {"name": "Dana"}
    report = Linter().lint(src.draft, src.interview, source=src, clock=False)
    placeholder = next(f for f in report.findings if f.rule == "leftover-placeholder")
    assert placeholder.location.line == 16 and placeholder.location.column == 12
    greeting = next(f for f in report.findings if f.rule == "greeting-punctuation")
    assert (greeting.location.line, greeting.location.column) == (14, 1)


def test_subject_location_points_after_the_label(tmp_path: Path) -> None:
    src = load(write(tmp_path / "t.txt", "Subject: About [Role]\n\nHi Dana,\n\nThanks.\n"))
    report = Linter().lint(src.draft, source=src, clock=False)
    f = next(f for f in report.findings if f.span and f.span.field == "subject")
    assert (f.location.line, f.location.column, f.location.end_column) == (1, 16, 22)


def test_text_without_subject_or_front_matter(tmp_path: Path) -> None:
    src = load(write(tmp_path / "plain.txt", "Hi Dana,\n\nThanks.\n"))
    assert src.draft.subject == "" and src.draft.body == "Hi Dana,\n\nThanks.\n" and src.kind == "text"


@pytest.mark.parametrize("content,message", [
    ("+++\nto = [\n+++\nHi", "front matter is not valid TOML"),
    ("+++\ncolour = 1\n+++\nHi", "unknown front-matter key 'colour'"),
    ("+++\nsubject = 'x'\nHi", "never closed"),
    ("+++\nsent_at = 2026-03-10T09:00:00\n+++\nHi", "no time zone"),
])
def test_bad_front_matter_is_one_line_input_error(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "bad.md", content)
    with pytest.raises(InputError) as info:
        load(path)
    assert message in str(info.value) and str(path) in str(info.value) and "\n" not in str(info.value)


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "nope.md")
    with pytest.raises(InputError, match="not valid UTF-8"):
        load(write(tmp_path / "latin.txt", "caf\xe9".encode("latin-1")))


def test_eml_multipart_prefers_plain_and_lists_attachments(tmp_path: Path) -> None:
    raw = (
        "From: Maya Fischer <maya@example.com>\r\nTo: Dana Reyes <dana@acme.example>\r\nCc: hr@acme.example\r\n"
        "Subject: =?utf-8?q?Thank_you_=E2=80=94_Analyst?=\r\nDate: Tue, 10 Mar 2026 09:00:00 -0400\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
        "Content-Type: multipart/alternative; boundary=YY\r\n\r\n--YY\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        "Hi Dana,\r\n\r\nThank you =E0 bient=F4t.\r\n--YY\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--YY--\r\n"
        "--XX\r\nContent-Type: application/pdf; name=cv.pdf\r\nContent-Disposition: attachment; filename=cv.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--XX--\r\n"
    )
    src = load(write(tmp_path / "m.eml", raw.encode("ascii")))
    d = src.draft
    assert d.subject == "Thank you — Analyst"
    assert d.body.replace("\r\n", "\n") == "Hi Dana,\n\nThank you à bientôt."
    assert d.to == ("Dana Reyes <dana@acme.example>",) and d.cc == ("hr@acme.example",)
    assert d.sender == "Maya Fischer <maya@example.com>" and d.attachments == ("cv.pdf",)
    assert d.sent_at == datetime(2026, 3, 10, 13, 0, tzinfo=timezone.utc)


def test_eml_html_only_base64_and_wrong_charset(tmp_path: Path) -> None:
    import base64

    html = "<p>Hi Lotte,</p><p>Danke f\u00fcr das Gespr\u00e4ch.</p>".encode("utf-8")
    raw = (b"Subject: Hi\r\nContent-Type: text/html; charset=x-unknown-charset\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(html))
    d = load(write(tmp_path / "h.eml", raw)).draft
    assert "Gespräch" in d.body


def test_eml_location_lines(tmp_path: Path) -> None:
    raw = "Subject: Thanks\nTo: dana@acme.example\n\nHi Dana\n\nThanks for [topic].\n"
    src = load(write(tmp_path / "p.eml", raw))
    report = Linter().lint(src.draft, source=src, clock=False)
    f = next(f for f in report.findings if f.rule == "leftover-placeholder")
    assert f.location.line == 6 and f.location.column == 12


def test_bytes_load_is_an_email() -> None:
    src = load(b"Subject: x\r\n\r\nHello")
    assert src.kind == "eml" and src.draft.subject == "x" and src.path is None


def test_interview_files_toml_json_and_books(tmp_path: Path) -> None:
    one = write(tmp_path / "iv.toml", 'company = "Acme"\ntimezone = "Europe/Berlin"\nended_at = 2026-03-10T11:00:00\n'
                                      '[[interviewers]]\nname = "Dana Reyes"\nemail = "dana@acme.example"\n')
    iv = load_interview(one)
    assert iv.company == "Acme" and iv.interviewers[0].email == "dana@acme.example"
    assert iv.ended_at.utcoffset().total_seconds() == 3600
    book = write(tmp_path / "book.toml", '[[interview]]\ncompany = "A"\n[[interview]]\ncompany = "B"\n'
                                         '[[interview.followups]]\nsent_at = 2026-03-10T09:00:00Z\n')
    assert [i.company for i in load_interviews(book)] == ["A", "B"]
    with pytest.raises(InputError, match="holds 2 interviews"):
        load_interview(book)
    js = write(tmp_path / "iv.json", '{"company": "Acme", "role": "Analyst"}')
    assert load_interview(js).role == "Analyst"
    with pytest.raises(InputError, match=r"interview 2\): Interview: unknown key 'venue'"):
        load_interviews(write(tmp_path / "bad.toml", '[[interview]]\ncompany = "A"\n[[interview]]\nvenue = "x"\n'))
    with pytest.raises(InputError, match="not valid JSON"):
        load_interviews(write(tmp_path / "bad.json", "{"))
