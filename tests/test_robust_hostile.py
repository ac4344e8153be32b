"""Hostile and broken input, one test each: every case lints with every rule quickly, or is refused
with a one-line ``InputError``. The command line never prints a traceback on them. The real-world
messages in ../shared/eval/emails pass the same test.

The time limit asserted is generous (5 s, for slow CI machines); the target is under 1 s.
"""

from __future__ import annotations

import base64
import contextlib
import importlib.util
import os
import random
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from followup_lint import Config, Draft, InputError, Interview, Linter, load
from followup_lint.errors import FollowupLintError

ROOT = Path(__file__).resolve().parents[1]
EMAILS = ROOT.parent / "shared" / "eval" / "emails"
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=timezone.utc)
LIMIT_S = 5.0
INTERVIEW = Interview.from_dict({
    "interviewers": [{"name": "Priya Raman", "email": "priya@acme.example", "title": "Engineering Manager"}],
    "company": "Acme", "role": "Engineer", "started_at": "2026-03-10T09:00:00+00:00",
    "ended_at": "2026-03-10T10:00:00+00:00", "timezone": "UTC", "topics": ["caching"],
})

_LINTER: Linter | None = None
MEMORY_CAP = 3 * 1024 ** 3  # address space for one hostile case: a blow-up fails the test, not the machine


@contextlib.contextmanager
def memory_cap(limit: int = MEMORY_CAP):  # type: ignore[no-untyped-def]
    try:
        import resource
    except ImportError:  # not on Windows
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    target = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft <= target:
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (target, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _cap_child() -> None:  # preexec_fn for CLI subprocesses
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, resource.getrlimit(resource.RLIMIT_AS)[1]))
    except Exception:
        pass


def every_rule() -> Linter:
    global _LINTER
    if _LINTER is None:
        _LINTER = Linter(Config(select=("ALL",)))
    return _LINTER


def lints_quickly(item: Draft | str | bytes, interview: Interview | None = INTERVIEW) -> float:
    """Lint with every rule: returns the CPU seconds it took; an InputError must be one line.

    CPU time of this process, so that other processes on a busy CI machine do not count.
    """
    start = time.process_time()
    try:
        with memory_cap():
            if isinstance(item, bytes):
                item = Draft.from_email(item)
            report = every_rule().lint(item, interview, now=NOW)
    except InputError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip(), repr(exc)
        return time.process_time() - start
    took = time.process_time() - start
    for f in report.findings:
        if f.span is not None:
            assert 0 <= f.span.start < f.span.end <= len(getattr(report.draft, f.span.field))
    assert took < LIMIT_S, f"took {took:.2f} s"
    return took


def loads_quickly(path: Path, interview: Interview | None = INTERVIEW) -> float:
    start = time.process_time()
    try:
        with memory_cap():
            source = load(path)
            every_rule().lint(source.draft, source.interview or interview, now=NOW, source=source)
    except InputError as exc:
        assert "\n" not in str(exc).strip(), repr(exc)
    took = time.process_time() - start
    assert took < LIMIT_S, f"{path.name} took {took:.2f} s"
    return took


def body(text: str) -> str:
    return f"Hi Priya,\n\n{text}\n\nThank you for the interview today.\n\nBest,\nSam"


def eml(headers: str, payload: str | bytes) -> bytes:
    head = headers.strip("\n").replace("\n", "\r\n").encode() + b"\r\n\r\n"
    return head + (payload if isinstance(payload, bytes) else payload.encode("utf-8", "surrogateescape"))


BASIC_HEADERS = "From: Sam <sam@example.com>\nTo: Priya Raman <priya@acme.example>\nSubject: Thank you\n" \
                "Date: Tue, 10 Mar 2026 14:00:00 +0000\nMIME-Version: 1.0"


# -- text hostility ------------------------------------------------------------------------------------

def test_nul_bytes() -> None:
    lints_quickly(body("Thank\x00 you\x00\x00 for the\x00 interview." * 50))
    lints_quickly(Draft(body="\x00" * 10_000, subject="\x00Thanks\x00"))
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/plain", b"Hi\x00 Priya,\x00\r\n\r\nThanks\x00.\r\n"))


def test_invalid_utf8(tmp_path: Path) -> None:
    bad = b"Hi Priya,\r\n\r\nThank you \xff\xfe\xc3\x28 for the \xe2\x82 interview \xed\xa0\x80.\r\n\r\nBest,\r\nSam\r\n"
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/plain; charset=utf-8", bad))
    lints_quickly(bad)  # bytes without headers
    for name in ("draft.txt", "draft.md", "draft.eml"):
        path = tmp_path / name
        path.write_bytes(bad if not name.endswith(".eml") else eml(BASIC_HEADERS, bad))
        loads_quickly(path)
    (tmp_path / "front.md").write_bytes(b"+++\nsubject = \"\xff\xfe\"\n+++\nHi \xc3\x28\n")
    loads_quickly(tmp_path / "front.md")


def test_mixed_line_breaks() -> None:
    text = "Hi Priya,\r\n\rThank you for the interview.\n\r\nI enjoyed it!!\r\rBest,\n\rSam\r"
    lints_quickly(text)
    lints_quickly(("one\rtwo\r\nthree\nfour\n\r" * 5_000))
    lints_quickly(Draft(body=text, subject="Thanks\r\nfor\rtoday\n"))


def test_right_to_left_text() -> None:
    lints_quickly(body("شكرا لك على المقابلة اليوم. שלום, תודה רבה על הראיון. \u202eevil\u202c \u200fمرحبا\u200e " * 40))
    lints_quickly(Draft(body="\u202e" * 5_000 + "Hi Priya", subject="\u202euoy knahT"))


def test_combining_marks() -> None:
    zalgo = "T\u0301\u0308\u0327h\u0300\u0489\u0334a\u0336\u0301n\u0308k" + "\u0301\u0302\u0303\u0304" * 500
    lints_quickly(body(zalgo + " you for the Ine\u0301s interview. " * 20))
    lints_quickly("\u0301" * 100_000)


def test_zero_width_characters() -> None:
    zw = "\u200b\u200c\u200d\u2060\ufeff"
    lints_quickly(body(zw.join("Thank you for the interview with Priya Raman today") * 20))
    lints_quickly(Draft(body=zw * 20_000, subject=zw * 100))


def test_emoji_sequences() -> None:
    seqs = "👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇬🇧 1️⃣ 🧑🏿‍💻 ❤️‍🔥 🫶🏻 "
    lints_quickly(body("Thanks so much " + seqs * 100))
    lints_quickly("👍🏽" * 50_000)
    lints_quickly("\u200d" * 50_000 + "😀")


def test_100k_repeated_letters() -> None:
    lints_quickly(" ".join(["the"] * 30_000))
    lints_quickly(body("ab " * 33_000))
    lints_quickly(body("Aaaaaaaaaaaaaaaaaaaaaaaaa " * 4_000))


# One huge word: the spelling rule once exhausted memory suggesting corrections for it.
@pytest.mark.parametrize("word", ["a" * 100_000, "A" * 100_000, "x" * 200_000, "e" + "\u0301" * 100_000,
                                  "ab" * 50_000])
def test_one_huge_word(word: str) -> None:
    lints_quickly(word)
    lints_quickly(body(word))


@pytest.mark.parametrize("char", list(".!?,;:-'\"`*_~#@/\\&%$+=|^") + ["...", "!?", "&amp;", "{{", "[[", "--"])
def test_100k_repeated_punctuation(char: str) -> None:
    lints_quickly((char * (100_000 // len(char)))[:100_000])


@pytest.mark.parametrize("chars", ["(", ")", "[", "]", "{", "}", "<", ">", "()", ")(", "[(", "{[<", "“", "”", "«"])
def test_100k_brackets(chars: str) -> None:
    lints_quickly((chars * (100_000 // len(chars)))[:100_000])


def test_one_200k_character_line() -> None:
    words = "thank you priya for the interview about caching and teh the next steps "
    lints_quickly((words * (200_000 // len(words) + 1))[:200_000])


def test_10000_line_header_block() -> None:
    headers = BASIC_HEADERS + "\n" + "\n".join(f"X-Header-{i}: value {i}" for i in range(10_000))
    lints_quickly(eml(headers + "\nContent-Type: text/plain", "Hi Priya,\n\nThanks for today.\n\nBest,\nSam\n"))
    # and one header folded over 10,000 lines
    folded = BASIC_HEADERS.replace("Subject: Thank you", "Subject: Thank you" + "\n you" * 10_000)
    lints_quickly(eml(folded, "Hi Priya,\n\nThanks.\n"))
    # 10,000 To: recipients
    many = BASIC_HEADERS + "\nTo: " + ",\n ".join(f"p{i}@acme.example" for i in range(10_000))
    lints_quickly(eml(many, "Hi all,\n\nThanks.\n"))


def test_mime_with_missing_boundaries() -> None:
    part = "--abc\r\nContent-Type: text/plain\r\n\r\nHi Priya, thanks for today.\r\n"
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: multipart/mixed", part))  # no boundary parameter
    lints_quickly(eml(BASIC_HEADERS + '\nContent-Type: multipart/mixed; boundary="zzz"', part))  # never used
    lints_quickly(eml(BASIC_HEADERS + '\nContent-Type: multipart/alternative; boundary="abc"', part))  # never closed
    lints_quickly(eml(BASIC_HEADERS + '\nContent-Type: multipart/mixed; boundary=""', part))


def test_wrong_charsets() -> None:
    text = "Hi Priya,\n\nDanke für das Gespräch. Ça m'a plu. Привет.\n"
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/plain; charset=klingon-8", text.encode("utf-8")))
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/plain; charset=utf-8", text.encode("latin-1", "replace")))
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/plain; charset=us-ascii", text.encode("utf-8")))
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/plain; charset=utf-16", b"\xff\xfeH\x00i\x00\x00"))
    lints_quickly(eml(BASIC_HEADERS.replace("Subject: Thank you", "Subject: =?bogus?B?VGhhbmtz?= =?utf-8?Q?=FF=FE?=")
                      + "\nContent-Type: text/plain", text))
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
                      "!!!not base64@@@"))


def test_nesting_100_deep() -> None:
    payload = "Hi Priya,\r\n\r\nThanks for today.\r\n"
    for depth in range(100):
        payload = (f"Content-Type: multipart/mixed; boundary=\"b{depth}\"\r\n\r\n--b{depth}\r\n" + payload
                   + f"\r\n--b{depth}--\r\n")
    lints_quickly(eml(BASIC_HEADERS, payload))
    rfc822 = "Content-Type: text/plain\r\n\r\nHi Priya, thanks.\r\n"
    for _ in range(100):
        rfc822 = "Content-Type: message/rfc822\r\n\r\n" + BASIC_HEADERS.replace("\n", "\r\n") + "\r\n" + rfc822
    lints_quickly(eml(BASIC_HEADERS, rfc822))
    lints_quickly(body("<div>" * 100 + "Thank you for the interview." + "</div>" * 100))
    lints_quickly("<div>" * 10_000 + "Thanks" + "<span>" * 10_000)


def test_truncated_files(tmp_path: Path) -> None:
    full = eml(BASIC_HEADERS + '\nContent-Type: multipart/mixed; boundary="b"',
               "--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + base64.b64encode(b"Hi Priya,\r\n\r\nThank you for the interview.\r\n" * 20).decode() + "\r\n--b--\r\n")
    for cut in (0, 5, 40, 80, 120, 200, len(full) // 2, len(full) - 7):
        lints_quickly(full[:cut])
        path = tmp_path / f"cut{cut}.eml"
        path.write_bytes(full[:cut])
        loads_quickly(path)
    (tmp_path / "front.md").write_text("+++\nsubject = \"Thanks\"\n[interview]\ncompany = \"Ac", encoding="utf-8")
    loads_quickly(tmp_path / "front.md")


def test_binary_attachments() -> None:
    rng = random.Random(7)
    blob = bytes(rng.randrange(256) for _ in range(200_000))
    b64 = base64.encodebytes(blob).decode()
    msg = (f"--b\r\nContent-Type: text/plain\r\n\r\nHi Priya,\r\n\r\nI attached my resume.\r\n\r\nBest,\r\nSam\r\n"
           f"--b\r\nContent-Type: application/pdf; name=\"resume.pdf\"\r\nContent-Disposition: attachment; "
           f"filename=\"resume.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--b--\r\n")
    lints_quickly(eml(BASIC_HEADERS + '\nContent-Type: multipart/mixed; boundary="b"', msg))
    raw = (b"--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n" + blob
           + b"\r\n--b--\r\n")
    lints_quickly(eml(BASIC_HEADERS + '\nContent-Type: multipart/mixed; boundary="b"', raw))
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/plain", blob))  # binary pretending to be text


def test_html_with_scripts_and_entities() -> None:
    html = ("<html><head><style>p{color:red}</style><script>var s='</p><p>Dear'; if (a<b && c>d) {}</script></head>"
            "<body><p>Hi Priya,</p><p>Thank you &amp; &lt;thanks&gt; &#8212; &#x1F600; &bogus; &#99999999; &#xZZ; "
            "&amp &nbsp;&nbsp;for the interview.</p><script>document.write('<b>x</b>')<!-- </script>"
            "<p>Best,<br>Sam</p><!-- unclosed comment")
    lints_quickly(html)
    lints_quickly("<p>" + "&amp;" * 20_000 + "</p>")
    lints_quickly("<p>" + "<script>" * 5_000 + "x")
    lints_quickly("<p>Hi</p>" + "&#" * 30_000)
    lints_quickly(eml(BASIC_HEADERS + "\nContent-Type: text/html; charset=utf-8", html))


def test_extreme_interview_context() -> None:
    names = [{"name": f"Person{i} Name{i}", "email": f"p{i}@acme.example"} for i in range(300)]
    big = Interview.from_dict({"interviewers": names, "company": "A" * 10_000, "role": "\u202e" * 100,
                               "topics": ["x" * 5_000] * 50, "timezone": "UTC"})
    lints_quickly(body("Thanks Person1 and Person2 for the interview."), big)


# -- real-world messages ------------------------------------------------------------------------------

def _real_emails() -> list[Path]:
    if not EMAILS.is_dir():
        return []
    return sorted(p for p in EMAILS.rglob("*.eml") if p.is_file())


def test_real_world_messages() -> None:
    paths = _real_emails()
    if not paths:
        pytest.skip("../shared/eval/emails is absent")
    slow = []
    for path in paths:
        took = loads_quickly(path)
        if took > 1.0:
            slow.append((path.name, round(took, 2)))
        lints_quickly(path.read_bytes())
    assert len(paths) >= 100
    assert not slow or all(t < LIMIT_S for _, t in slow), slow


# -- the command line ---------------------------------------------------------------------------------

def _cli_ready() -> bool:
    return importlib.util.find_spec("followup_lint.cli.check") is not None


def _hostile_files(folder: Path) -> list[Path]:
    cases = {
        "nul.txt": b"Hi Priya,\n\nThanks\x00 for\x00 today.\n",
        "bad-utf8.txt": b"Hi \xff\xfe Priya \xc3\x28\n",
        "bad-utf8.eml": eml(BASIC_HEADERS, b"Hi \xff\xfe Priya \xc3\x28\r\n"),
        "crlf.md": b"Subject: Thanks\r\rHi Priya,\n\r\nThanks\r\n",
        "letters.txt": b"a" * 100_000,
        "brackets.txt": b"(" * 100_000,
        "long-line.txt": b"thanks for the interview " * 8_000,
        "headers.eml": eml(BASIC_HEADERS + "\n" + "\n".join(f"X-H{i}: v" for i in range(10_000)), "Hi Priya\r\n"),
        "no-boundary.eml": eml(BASIC_HEADERS + "\nContent-Type: multipart/mixed", "--x\r\n\r\nHi\r\n"),
        "charset.eml": eml(BASIC_HEADERS + "\nContent-Type: text/plain; charset=klingon", "Hi Priya\r\n"),
        "truncated.eml": eml(BASIC_HEADERS, "Hi Priya")[:60],
        "empty.eml": b"",
        "empty.txt": b"",
        "front-unclosed.md": b"+++\nsubject = \"x\"\n",
        "front-bad-toml.md": b"+++\nsubject = = \n+++\nHi\n",
        "front-unknown.md": b"+++\nwhatever = 1\n+++\nHi\n",
        "html.eml": eml(BASIC_HEADERS + "\nContent-Type: text/html", "<script>x</script><p>Hi &bogus; &#99999999;"),
        "binary.eml": eml(BASIC_HEADERS + "\nContent-Type: application/octet-stream", bytes(range(256)) * 100),
    }
    out = []
    for name, data in cases.items():
        path = folder / name
        path.write_bytes(data)
        out.append(path)
    return out


def _run_cli(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "followup_lint", *args], capture_output=True, text=True,
                          env=env, timeout=120, preexec_fn=_cap_child if os.name == "posix" else None,
                          **kwargs)  # type: ignore[call-overload]


def test_cli_never_prints_a_traceback(tmp_path: Path) -> None:
    if not _cli_ready():
        pytest.skip("followup_lint.cli.check does not exist yet")
    files = _hostile_files(tmp_path)
    # all together (a bad file among many is reported, the others are still linted), in both main formats
    for fmt in ("text", "json"):
        proc = _run_cli(["check", "--isolated", "--now", "2026-03-10T15:30:00+00:00", "--format", fmt, str(tmp_path)])
        assert proc.returncode in (0, 1, 2), (fmt, proc.returncode, proc.stderr[-2000:])
        assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr[-2000:]
        assert proc.returncode == 2, "unreadable files are input errors: exit 2"
        assert all(len(line) < 2000 for line in proc.stderr.splitlines())
    for args in (["check", str(tmp_path / "missing.txt")], ["check", "--now", "yesterday-ish", str(files[0])],
                 ["check", "--interview", str(files[0]), str(files[0])], ["check", "--jobs", "0", str(files[0])],
                 ["check", "--config", str(files[0]), str(files[0])], ["check", "-"]):
        proc = _run_cli(args, input="\x00\ufffd" if args[-1] == "-" else None)
        assert proc.returncode in (0, 1, 2), (args, proc.stderr[-2000:])
        assert "Traceback" not in proc.stderr, (args, proc.stderr[-2000:])


def test_cli_on_real_world_messages(tmp_path: Path) -> None:
    if not _cli_ready():
        pytest.skip("followup_lint.cli.check does not exist yet")
    if not _real_emails():
        pytest.skip("../shared/eval/emails is absent")
    proc = _run_cli(["check", "--isolated", "--format", "json", "--output", str(tmp_path / "out.json"), str(EMAILS)])
    assert proc.returncode in (0, 1, 2), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]


def test_errors_are_followuplint_errors() -> None:
    """Hostile input never escapes as a bare exception type from the API."""
    for item in (b"\xff" * 100, "\udcff" * 10, b"Content-Type: multipart/mixed\r\n\r\n--"):
        try:
            every_rule().lint(item, None, now=NOW)
        except FollowupLintError:
            pass
