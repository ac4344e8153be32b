"""The interview book: location, loading, matching recipients, atomic updates that keep the rest."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from followup_lint import InputError, Interview
from followup_lint.hook import book
from followup_lint.hook.message import skeleton

UTC = timezone.utc


def iv(company: str, end: str | None, *emails: str) -> Interview:
    return Interview.from_dict({"company": company, "ended_at": end,
                                "interviewers": [{"name": e.split("@")[0].title(), "email": e} for e in emails]})


# -- location ------------------------------------------------------------------------------------------

def test_option_wins_over_environment(tmp_path: Path) -> None:
    where = book.locate(str(tmp_path / "a.toml"), {book.ENV_VAR: str(tmp_path / "b.toml")})
    assert where.path == tmp_path / "a.toml" and where.explicit


def test_environment_wins_over_default(tmp_path: Path) -> None:
    where = book.locate(None, {book.ENV_VAR: str(tmp_path / "b.toml")})
    assert where.path == tmp_path / "b.toml" and where.explicit


def test_default_is_in_the_user_config_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    where = book.locate(None, {})
    assert where.path.name == "interviews.toml" and not where.explicit
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert where.path == tmp_path / "followup-lint" / "interviews.toml"


def test_tilde_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert book.locate("~/b.toml", {}).path == tmp_path / "b.toml"


# -- loading -------------------------------------------------------------------------------------------

def test_missing_and_empty_books_are_empty(tmp_path: Path) -> None:
    assert book.read_book(tmp_path / "nope.toml") == []
    (tmp_path / "empty.toml").write_text("# nothing yet\n")
    assert book.read_book(tmp_path / "empty.toml") == []


@pytest.mark.parametrize("text,fragment", [
    ("[[interview]\n", "not valid TOML"),
    ("[[interview]]\ncompany = 3\n", "Interview.company"),
    ("[[interview]]\ncolour = 'red'\n", "'colour'"),
    ("[[interview]]\nended_at = 2026-03-10T15:00:00\n", "timezone"),
    ("[[interview]]\n[[interview.interviewers]]\nemail = 'a@b.example'\n", "name"),
    ("notes = 'x'\n[[interview]]\ncompany = 'A'\n", "'notes'"),
])
def test_errors_are_one_line_and_name_the_file(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text(text)
    with pytest.raises(InputError) as info:
        book.read_book(path)
    message = str(info.value)
    assert str(path) in message and fragment in message and "\n" not in message


def test_second_interview_is_named_in_errors(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text("[[interview]]\ncompany = 'A'\n[[interview]]\nrole = 5\n")
    with pytest.raises(InputError, match=r"\(interview 2\)"):
        book.read_book(path)


def test_invalid_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_bytes(b"[[interview]]\ncompany = '\xff'\n")
    with pytest.raises(InputError, match="UTF-8"):
        book.read_book(path)


# -- matching ------------------------------------------------------------------------------------------

def test_recipients_are_address_parts_lower_cased() -> None:
    got = book.recipients_from(["Priya Raman <Priya@Acme.Example>, sam@acme.example", "", "not an address"])
    assert got == {"priya@acme.example", "sam@acme.example"}


@pytest.mark.parametrize("args,expected", [
    (["-oi", "-oem", "a@x.example"], ["a@x.example"]),
    (["-f", "me@x.example", "a@x.example"], ["a@x.example"]),
    (["-fme@x.example", "a@x.example"], ["a@x.example"]),
    (["-a", "work", "--", "-odd@x.example"], ["-odd@x.example"]),
    (["-t"], []),
    (["--from", "me@x.example", "-i", "a@x.example", "b@x.example"], ["a@x.example", "b@x.example"]),
])
def test_sendmail_recipients(args: list[str], expected: list[str]) -> None:
    assert book.sendmail_recipients(args) == expected


def test_match_by_any_interviewer_address() -> None:
    interviews = [iv("A", "2026-03-01T10:00:00+00:00", "a@a.example"),
                  iv("B", "2026-03-02T10:00:00+00:00", "b1@b.example", "b2@b.example")]
    assert book.match(interviews, {"b2@b.example"}, None) == 1
    assert book.match(interviews, {"c@c.example"}, None) is None
    assert book.match(interviews, set(), None) is None


def test_match_picks_the_latest_that_ended_before_the_send_time() -> None:
    interviews = [iv("first round", "2026-03-01T10:00:00+00:00", "p@acme.example"),
                  iv("second round", "2026-03-08T10:00:00+00:00", "p@acme.example"),
                  iv("third round", "2026-03-20T10:00:00+00:00", "p@acme.example")]
    at = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
    assert book.match(interviews, {"p@acme.example"}, at) == 1
    assert book.match(interviews, {"p@acme.example"}, datetime(2026, 3, 25, tzinfo=UTC)) == 2
    # before any of them ended: the next to end (so the timing rules can say it is too early)
    assert book.match(interviews, {"p@acme.example"}, datetime(2026, 2, 1, tzinfo=UTC)) == 0


def test_interviewer_without_address_never_matches() -> None:
    interviews = [Interview.from_dict({"interviewers": [{"name": "Dana"}]})]
    assert book.match(interviews, {"dana@x.example"}, None) is None


# -- updating ------------------------------------------------------------------------------------------

BOOK = """\
# my interviews
[[interview]]
company = "Acme"  # the one I want
ended_at = 2026-03-10T15:00:00+01:00

[[interview.interviewers]]
name = "Priya Raman"
email = "priya@acme.example"

[[interview]]
company = "Globex"
timezone = "America/New_York"
ended_at = 2026-03-12T10:00:00
interviewers = [{name = "Dana", email = "dana@globex.example"}]
followups = [{sent_at = 2026-03-12T18:00:00, answered = false}]
"""


def test_record_appends_and_keeps_comments(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text(BOOK)
    path.chmod(0o640)
    when = datetime(2026, 3, 10, 19, 0, tzinfo=UTC)
    key = book.interview_key(book.read_book(path)[0])
    updated = book.record_followup(path, 0, key, when)
    assert updated.followups[-1].sent_at == when and not updated.followups[-1].answered
    text = path.read_text()
    assert "# my interviews" in text and "# the one I want" in text
    after = book.read_book(path)
    assert len(after[0].followups) == 1 and len(after[1].followups) == 1
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["interviews.toml"]  # no temporary left


def test_record_to_an_inline_followups_array(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text(BOOK)
    book.record_followup(path, 1, None, datetime(2026, 3, 18, 14, 0, tzinfo=UTC))
    ups = book.read_book(path)[1].followups
    assert len(ups) == 2 and ups[1].sent_at == datetime(2026, 3, 18, 14, 0, tzinfo=UTC)


def test_record_finds_the_interview_when_the_book_moved(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text(BOOK)
    key = book.interview_key(book.read_book(path)[1])
    globex = BOOK.index('[[interview]]\ncompany = "Globex"')
    path.write_text(BOOK[globex:])  # the Acme interview was removed: Globex is now the first
    updated = book.record_followup(path, 1, key, datetime(2026, 3, 18, tzinfo=UTC))
    assert updated.company == "Globex" and len(updated.followups) == 2


def test_record_refuses_an_interview_that_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text(BOOK)
    with pytest.raises(InputError, match="no longer"):
        book.record_followup(path, 5, ["Nobody", None, None, []], datetime(2026, 3, 18, tzinfo=UTC))
    assert path.read_text() == BOOK


def test_record_needs_an_aware_time(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text(BOOK)
    with pytest.raises(InputError):
        book.record_followup(path, 0, None, datetime(2026, 3, 18))


def test_mark_answered_marks_the_latest(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text(BOOK)
    book.record_followup(path, 1, None, datetime(2026, 3, 18, tzinfo=UTC))
    updated = book.mark_answered(path, 1)
    assert [f.answered for f in updated.followups] == [False, True]
    with pytest.raises(InputError, match="no follow-up"):
        book.mark_answered(path, 0)


def test_add_creates_a_private_book(tmp_path: Path) -> None:
    path = tmp_path / "new" / "interviews.toml"
    interview = Interview.from_dict({"company": "Initech", "role": "SRE", "timezone": "Europe/Berlin",
                                     "ended_at": "2026-03-10T15:00:00", "topics": ["on-call"],
                                     "interviewers": [{"name": "Bob", "email": "bob@initech.example"}]})
    assert book.add_interview(path, interview) == 0
    assert book.add_interview(path, iv("Hooli", None, "gavin@hooli.example")) == 1
    assert book.read_book(path) == [interview, iv("Hooli", None, "gavin@hooli.example")]
    if os.name == "posix":
        assert os.stat(path).st_mode & 0o777 == 0o600


def test_single_table_book_is_refused_for_updates(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text("[interview]\ncompany = 'A'\n")
    with pytest.raises(InputError, match=r"\[\[interview\]\]"):
        book.add_interview(path, iv("B", None))
    assert path.read_text() == "[interview]\ncompany = 'A'\n"


def test_json_books_are_updated_as_json(tmp_path: Path) -> None:
    path = tmp_path / "interviews.json"
    path.write_text(json.dumps({"interview": [{"company": "A", "interviewers": [{"name": "P", "email": "p@a.example"}]}]}))
    book.record_followup(path, 0, None, datetime(2026, 3, 18, tzinfo=UTC))
    data = json.loads(path.read_text())
    assert data["interview"][0]["followups"] == [{"sent_at": "2026-03-18T00:00:00+00:00", "answered": False}]


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlinked_book_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "interviews.toml"
    real.parent.mkdir()
    real.write_text(BOOK)
    link = tmp_path / "interviews.toml"
    link.symlink_to(real)
    book.record_followup(link, 0, None, datetime(2026, 3, 18, tzinfo=UTC))
    assert link.is_symlink() and len(book.read_book(real)[0].followups) == 1


# -- reading a message in bounded memory ----------------------------------------------------------------

def test_skeleton_keeps_headers_text_and_attachment_names() -> None:
    import io

    from followup_lint import Draft

    msg = (b"To: p@acme.example\r\nSubject: Thanks\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n--outer\r\n"
           b"Content-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n--inner\r\n"
           b"Content-Type: text/plain\r\n\r\nHello Priya\r\n--inner\r\nContent-Type: text/html\r\n\r\n<p>Hello</p>\r\n"
           b"--inner--\r\n--outer\r\nContent-Type: application/pdf\r\n"
           b"Content-Disposition: attachment; filename=\"a.pdf\"\r\n\r\n" + b"QUFB" * 400_000 + b"\r\n"
           b"--outer\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"b.png\"\r\n\r\n"
           + (b"QkJC" * 19 + b"\r\n") * 20_000 + b"--outer--\r\n")
    small = skeleton(io.BytesIO(msg))
    assert len(small) < 40_000
    full, cut = Draft.from_email(msg), Draft.from_email(small)
    assert cut.body == full.body == "Hello Priya\r\n" or cut.body.strip() == full.body.strip() == "Hello Priya"
    assert cut.attachments == full.attachments == ("a.pdf", "b.png")
    assert cut.to == full.to and cut.subject == full.subject


def test_followup_round_trip_times_are_instants(tmp_path: Path) -> None:
    path = tmp_path / "interviews.toml"
    path.write_text(BOOK)
    when = datetime(2026, 3, 10, 19, 0, tzinfo=timezone(timedelta(hours=-5)))
    book.record_followup(path, 0, None, when)
    assert book.read_book(path)[0].followups[-1].sent_at == when


# -- updates keep the file's form ------------------------------------------------------------------------

_SENT = datetime(2026, 3, 11, 9, 0, tzinfo=timezone.utc)


def test_an_update_keeps_a_bom_and_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "book.toml"
    path.write_bytes(b'\xef\xbb\xbf# my book\r\n[[interview]]\r\ncompany = "Acme"\r\n'
                     b'ended_at = 2026-03-10T15:00:00+01:00\r\n\r\n[[interview.interviewers]]\r\n'
                     b'name = "Priya Raman"\r\nemail = "priya@acme.example"\r\n')
    book.record_followup(path, 0, None, _SENT)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf# my book\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"") and b"[[interview.followups]]\r\n" in data
    assert book.read_book(path)[0].followups[0].sent_at == _SENT


def test_an_inline_table_book_is_read_and_updated(tmp_path: Path) -> None:
    path = tmp_path / "book.toml"
    path.write_text('interview = [{company = "Acme", ended_at = 2026-03-10T15:00:00+01:00, '
                    'interviewers = [{name = "Priya Raman", email = "priya@acme.example"}]}]\n', encoding="utf-8")
    assert book.read_book(path)[0].company == "Acme"
    book.record_followup(path, 0, None, _SENT)
    book.mark_answered(path, 0)
    assert book.add_interview(path, Interview(company="Globex", topics=("caching",))) == 1
    after = book.read_book(path)
    assert [iv.company for iv in after] == ["Acme", "Globex"]
    assert after[0].followups[0].answered and after[1].topics == ("caching",)
