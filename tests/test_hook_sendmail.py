"""End-to-end tests of ``followup-lint sendmail``: the real command, run as a subprocess, in front of a
stand-in sendmail (tests/fixtures/stand_in_sendmail.py) that records its arguments and its input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
STAND_IN = str(FIXTURES / "stand_in_sendmail.py")

BOOK = """\
# my interviews (this comment must survive a recorded follow-up)
[[interview]]
company = "Acme"
role = "Staff Engineer"
started_at = 2026-03-10T14:00:00+01:00
ended_at = 2026-03-10T15:00:00+01:00
timezone = "Europe/Berlin"
topics = ["latency budgets"]

[[interview.interviewers]]
name = "Priya Raman"
email = "Priya.Raman@acme.example"
"""

CLEAN_BODY = (b"Dear Priya,\r\n\r\nThank you for taking the time to meet with me today. I enjoyed our "
              b"conversation about latency budgets and how your team plans capacity for the busy season.\r\n\r\n"
              b"I would be glad to send more examples of my work. I look forward to hearing about the next "
              b"steps.\r\n\r\nBest regards,\r\nAlex Morgan\r\n")
BAD_BODY = b"Dear [Interviewer Name],\r\n\r\nthank you for today, i i enjoyed it!!\r\n\r\nBest,\r\nAlex\r\n"


def message(body: bytes = CLEAN_BODY, to: str = "Priya Raman <priya.raman@acme.example>",
            date: str | None = "Tue, 10 Mar 2026 18:00:00 +0100", extra: bytes = b"") -> bytes:
    head = (f"From: Alex Morgan <alex@mail.example>\r\nTo: {to}\r\n"
            f"Subject: Thank you - Staff Engineer interview\r\n").encode()
    if date:
        head += f"Date: {date}\r\n".encode()
    return head + extra + b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    book = tmp_path / "interviews.toml"
    book.write_text(BOOK, encoding="utf-8")
    e = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_LINT")}
    e["STAND_IN_OUT"] = str(tmp_path / "sent")
    e["FOLLOWUP_LINT_INTERVIEWS"] = str(book)
    return e


def hook(msg: bytes, env: dict[str, str], *options: str, args: tuple[str, ...] = ("-oi", "-oem"),
         timeout: float = 120, **kwargs) -> subprocess.CompletedProcess[bytes]:
    # a generous --timeout (a later --timeout in options wins): a busy test machine must not fail open
    cmd = [sys.executable, "-m", "followup_lint", "sendmail", "--timeout", "60", *options, "--", sys.executable,
           STAND_IN, *args]
    return subprocess.run(cmd, input=msg, env=env, capture_output=True, timeout=timeout, **kwargs)


def hook_with_crash(msg: bytes, env: dict[str, str], mode: str, *options: str,
                    **kwargs) -> subprocess.CompletedProcess[bytes]:
    """The hook with tests/fixtures/crash_child.py as its lint child, misbehaving as ``mode`` says."""
    env = {**env, "CRASH_CHILD_MODE": mode,
           "PYTHONPATH": os.pathsep.join([str(FIXTURES), str(FIXTURES.parent.parent), env.get("PYTHONPATH", "")])}
    cmd = [sys.executable, str(FIXTURES / "crash_child.py"), "sendmail", "--timeout", "60", *options, "--",
           sys.executable, STAND_IN, "-oi", "-oem"]
    return subprocess.run(cmd, input=msg, env=env, capture_output=True, timeout=120, **kwargs)


def sent(env: dict[str, str]) -> tuple[bytes, list[str]] | None:
    out = Path(env["STAND_IN_OUT"])
    if not Path(str(out) + ".args").exists():
        return None
    return Path(str(out) + ".stdin").read_bytes(), json.loads(Path(str(out) + ".args").read_text())


def followups(env: dict[str, str]) -> list[dict]:
    data = tomllib.loads(Path(env["FOLLOWUP_LINT_INTERVIEWS"]).read_text(encoding="utf-8"))
    return data["interview"][0].get("followups", [])


# -- pass-through --------------------------------------------------------------------------------------

IDENTITY_CASES = {
    "eight-bit latin-1 body": message(b"Gr\xfc\xdfe, Priya \xe9t\xe9 caf\xe9\r\n\xff\xfe\x00 raw bytes\r\n"),
    "utf-8 body, LF only": message(b"Dear Priya,\n\nDanke sch\xc3\xb6n \xe2\x80\x94 \xf0\x9f\x99\x82\n").replace(b"\r\n", b"\n"),
    "bare CR and no final newline": message(b"line one\rline two\r\n\r\nlast line without newline"),
    "long line": message(b"x" * 200_000 + b"\r\n" + b"y" * 70_000),
    "attachment": (
        b"From: alex@mail.example\r\nTo: priya.raman@acme.example\r\nSubject: Portfolio\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"=_b1\"\r\n\r\npreamble\r\n"
        b"--=_b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        b"Dear Priya,\r\n\r\nThank you; my portfolio is attached.\r\n\r\n--=_b1\r\n"
        b"Content-Type: application/pdf; name=\"portfolio.pdf\"\r\nContent-Disposition: attachment; "
        b"filename=\"portfolio.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b"JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K\r\n" * 500
        + b"--=_b1--\r\nepilogue\r\n"),
    "empty message": b"",
}


LINTED_IDENTITY_CASES = {"eight-bit latin-1 body", "attachment"}  # the others pass unlinted: quicker


@pytest.mark.parametrize("name", sorted(IDENTITY_CASES))
def test_pass_through_is_byte_for_byte(env: dict[str, str], name: str, tmp_path: Path) -> None:
    msg = IDENTITY_CASES[name]
    if name not in LINTED_IDENTITY_CASES:
        del env["FOLLOWUP_LINT_INTERVIEWS"]  # no book: the message is not even read for linting
        env["XDG_CONFIG_HOME"] = str(tmp_path / "no-config")
    result = hook(msg, env, "--fail-on", "never", "--no-record")
    assert result.returncode == 0, result.stderr
    got = sent(env)
    assert got is not None
    assert got[0] == msg
    assert got[1] == ["-oi", "-oem"]


def test_arguments_are_passed_verbatim(env: dict[str, str]) -> None:
    args = ("-f", "alex@mail.example", "-oi", "--", "priya.raman@acme.example", "", "two words", "é", "--x")
    result = hook(message(), env, "--fail-on", "never", "--no-record", args=args)
    assert result.returncode == 0, result.stderr
    assert sent(env)[1] == list(args)


def test_clean_follow_up_is_sent_and_recorded(env: dict[str, str]) -> None:
    result = hook(message(), env)
    assert result.returncode == 0, result.stderr.decode()
    assert sent(env)[0] == message()
    ups = followups(env)
    assert len(ups) == 1 and ups[0]["answered"] is False
    assert ups[0]["sent_at"].isoformat() == "2026-03-10T18:00:00+01:00"  # the Date header
    assert Path(env["FOLLOWUP_LINT_INTERVIEWS"]).read_text().startswith("# my interviews")


def test_the_real_commands_exit_status_is_returned(env: dict[str, str]) -> None:
    env["STAND_IN_EXIT"] = "3"
    result = hook(message(), env, "--fail-on", "never")
    assert result.returncode == 3
    assert sent(env) is not None
    assert followups(env) == []  # not sent: not recorded


def test_no_record(env: dict[str, str]) -> None:
    assert hook(message(), env, "--fail-on", "never", "--no-record").returncode == 0
    assert followups(env) == []


def test_without_a_date_header_the_clock_is_the_send_time(env: dict[str, str]) -> None:
    before = time.time()
    assert hook(message(date=None), env, "--fail-on", "never").returncode == 0
    ups = followups(env)
    assert len(ups) == 1 and ups[0]["sent_at"].timestamp() >= before - 1


def test_missing_command_is_a_usage_error(env: dict[str, str]) -> None:
    cmd = [sys.executable, "-m", "followup_lint", "sendmail", "--"]
    result = subprocess.run(cmd, input=b"x", env=env, capture_output=True, timeout=60)
    assert result.returncode == 2
    assert b"after --" in result.stderr


def test_a_command_that_does_not_exist(env: dict[str, str], tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "followup_lint", "sendmail", "--", str(tmp_path / "no-such-sendmail")]
    result = subprocess.run(cmd, input=message(BAD_BODY, to="x@elsewhere.example"), env=env,
                            capture_output=True, timeout=60)
    assert result.returncode == 127
    assert b"no such command" in result.stderr


# -- blocking ------------------------------------------------------------------------------------------

def test_blocked_message_is_not_sent(env: dict[str, str]) -> None:
    result = hook(message(BAD_BODY), env)
    assert result.returncode == 65
    assert sent(env) is None
    err = result.stderr.decode()
    assert "FL205 leftover-placeholder [error]" in err
    assert "body:1:6:" in err  # the placeholder's place in the body
    assert "FOLLOWUP_LINT_SKIP=1" in err
    assert followups(env) == []


def test_fail_on_never_sends_anyway(env: dict[str, str]) -> None:
    result = hook(message(BAD_BODY), env, "--fail-on", "never")
    assert result.returncode == 0
    assert sent(env)[0] == message(BAD_BODY)


def test_fail_on_warning_blocks_on_a_warning(env: dict[str, str]) -> None:
    body = CLEAN_BODY.replace(b"next steps.", b"next steps!!")
    assert hook(message(body), env).returncode == 0
    Path(str(env["STAND_IN_OUT"]) + ".args").unlink()
    result = hook(message(body), env, "--fail-on", "warning")
    assert result.returncode == 65
    assert b"FL104" in result.stderr
    assert sent(env) is None


def test_skip_variable_sends_without_checking(env: dict[str, str]) -> None:
    env["FOLLOWUP_LINT_SKIP"] = "1"
    result = hook(message(BAD_BODY), env)
    assert result.returncode == 0
    assert result.stderr == b""
    assert sent(env)[0] == message(BAD_BODY)
    assert followups(env) == []


@pytest.mark.parametrize("where", ["cc", "bcc", "argument"])
def test_recipients_come_from_cc_bcc_and_arguments(env: dict[str, str], where: str) -> None:
    to = "someone@else.example"
    extra = b""
    args: tuple[str, ...] = ("-oi",)
    if where == "cc":
        extra = b"Cc: PRIYA.RAMAN@ACME.EXAMPLE\r\n"
    elif where == "bcc":
        extra = b"Bcc: Priya <priya.raman@acme.example>\r\n"
    else:
        args = ("-oi", "-f", "alex@mail.example", "priya.raman@acme.example")
    result = hook(message(BAD_BODY, to=to, extra=extra), env, args=args)
    assert result.returncode == 65, result.stderr


def test_sender_option_value_is_not_a_recipient(env: dict[str, str]) -> None:
    result = hook(message(BAD_BODY, to="someone@else.example"), env,
                  args=("-f", "priya.raman@acme.example", "someone@else.example"))
    assert result.returncode == 0


def test_unrelated_message_passes_untouched_and_unlinted(env: dict[str, str]) -> None:
    msg = message(BAD_BODY, to="Mum <mum@family.example>")
    result = hook_with_crash(msg, env, "exit")  # the crash would show if the message were linted
    assert result.returncode == 0
    assert result.stderr == b""
    assert sent(env)[0] == msg
    assert followups(env) == []


def test_no_book_at_the_default_place_passes_everything(env: dict[str, str], tmp_path: Path) -> None:
    del env["FOLLOWUP_LINT_INTERVIEWS"]
    env["XDG_CONFIG_HOME"] = str(tmp_path / "empty-config")
    env["HOME"] = str(tmp_path / "home")
    result = hook(message(BAD_BODY), env)
    assert result.returncode == 0 and result.stderr == b""


# -- fail-open, fail-closed ----------------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["raise", "exit", "rule"])
def test_crash_is_fail_open(env: dict[str, str], mode: str) -> None:
    result = hook_with_crash(message(), env, mode)
    assert result.returncode == 0, result.stderr
    assert sent(env)[0] == message()
    assert b"crashed" in result.stderr and b"sending the message anyway" in result.stderr


@pytest.mark.parametrize("mode", ["raise", "exit", "rule"])
def test_crash_with_fail_closed_exits_75(env: dict[str, str], mode: str) -> None:
    result = hook_with_crash(message(), env, mode, "--fail-closed")
    assert result.returncode == 75
    assert sent(env) is None


def test_timeout_is_fail_open(env: dict[str, str]) -> None:
    start = time.monotonic()
    result = hook_with_crash(message(), env, "hang", "--timeout", "0.5")
    assert time.monotonic() - start < 10
    assert result.returncode == 0
    assert b"longer than 0.5 s" in result.stderr
    assert sent(env)[0] == message()


def test_timeout_with_fail_closed_exits_75(env: dict[str, str]) -> None:
    result = hook_with_crash(message(), env, "hang", "--timeout", "0.5", "--fail-closed")
    assert result.returncode == 75
    assert sent(env) is None


def test_a_broken_book_is_fail_open_and_named(env: dict[str, str]) -> None:
    Path(env["FOLLOWUP_LINT_INTERVIEWS"]).write_text("[[interview]\nbroken", encoding="utf-8")
    result = hook(message(BAD_BODY), env)
    assert result.returncode == 0
    assert b"interviews.toml" in result.stderr and b"not valid TOML" in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and b"sending the message anyway" in lines[0]
    assert lines[1].startswith(b"followup-lint: the message was sent, but the interview book was not updated")
    Path(str(env["STAND_IN_OUT"]) + ".args").unlink()
    assert hook(message(BAD_BODY), env, "--fail-closed").returncode == 75
    assert sent(env) is None


def test_a_named_book_that_is_missing_is_a_warning(env: dict[str, str], tmp_path: Path) -> None:
    result = hook(message(), env, "--interviews", str(tmp_path / "nope.toml"))
    assert result.returncode == 0
    assert b"nope.toml" in result.stderr and b"does not exist" in result.stderr


# -- the spool -----------------------------------------------------------------------------------------

def test_unwritable_spool_exits_75_before_the_command_runs(env: dict[str, str], tmp_path: Path) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("x")
    env["TMPDIR"] = str(afile / "sub")  # not a folder: no spool can be made there, not even by root
    result = hook(message(), env)
    assert result.returncode == 75
    assert sent(env) is None
    assert b"spool" in result.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write to a read-only folder")
def test_read_only_tmpdir_exits_75(env: dict[str, str], tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    env["TMPDIR"] = str(ro)
    try:
        result = hook(message(), env)
    finally:
        ro.chmod(0o700)
    assert result.returncode == 75
    assert sent(env) is None


@pytest.mark.skipif(not hasattr(os, "setrlimit") and sys.platform != "linux", reason="needs RLIMIT_FSIZE")
def test_spool_that_fills_up_exits_75(env: dict[str, str]) -> None:
    """A disk that fills while the message is spooled (simulated by a file size limit of 1.5 MB)."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_500_000, 1_500_000))

    big = message(b"Dear Priya,\r\n\r\n" + b"z" * 76 + b"\r\n") + b"padding line\r\n" * 250_000
    result = hook(big, env, preexec_fn=limit)
    assert result.returncode == 75, result.stderr
    assert sent(env) is None


def test_spool_is_private(env: dict[str, str], tmp_path: Path) -> None:
    from followup_lint.hook.sendmail import Spool

    spool = Spool(base=str(tmp_path), memory=10)
    try:
        assert os.stat(spool.directory).st_mode & 0o777 == 0o700
        spool.write(b"x" * 100)
        assert spool.on_disk
        assert os.fstat(spool.rewound_fd()).st_mode & 0o777 == 0o600
        assert os.listdir(spool.directory) == []  # an unnamed file
    finally:
        spool.close()
    assert not os.path.exists(spool.directory)


def test_25_mb_message_stays_under_150_mb(env: dict[str, str], tmp_path: Path) -> None:
    import base64

    part = base64.encodebytes(os.urandom(19 * 1024 * 1024)).replace(b"\n", b"\r\n")
    msg = (b"From: alex@mail.example\r\nTo: Priya Raman <priya.raman@acme.example>\r\n"
           b"Subject: Thank you - Staff Engineer interview\r\nDate: Tue, 10 Mar 2026 18:00:00 +0100\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"BOUND\"\r\n\r\n"
           b"--BOUND\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + CLEAN_BODY + b"\r\n--BOUND\r\n"
           b"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"big.bin\"\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + part + b"--BOUND--\r\n")
    assert len(msg) > 25 * 1024 * 1024
    path = tmp_path / "big.eml"
    path.write_bytes(msg)
    del msg, part
    probe = (
        "import resource, subprocess, sys\n"
        "with open(sys.argv[1], 'rb') as fh:\n"
        "    rc = subprocess.run(sys.argv[2:], stdin=fh).returncode\n"
        "print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    cmd = [sys.executable, "-c", probe, str(path), sys.executable, "-m", "followup_lint", "sendmail", "--timeout", "60",
           "--fail-on", "never", "--", sys.executable, STAND_IN, "-oi"]
    result = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
    rc, peak_kib = result.stdout.split()
    assert int(rc) == 0, result.stderr
    print(f"peak RSS of the hook and its children: {int(peak_kib) // 1024} MiB")
    assert int(peak_kib) < 150 * 1024, f"peak RSS {int(peak_kib) // 1024} MiB"
    got = Path(str(env["STAND_IN_OUT"]) + ".stdin")
    assert got.stat().st_size == path.stat().st_size
    with open(got, "rb") as a, open(path, "rb") as b:
        while True:
            x, y = a.read(1 << 20), b.read(1 << 20)
            assert x == y
            if not x:
                break
    assert len(followups(env)) == 1


def test_config_file_applies_to_the_check(env: dict[str, str], tmp_path: Path) -> None:
    body = CLEAN_BODY.replace(b"Dear Priya", b"Dear [Interviewer Name]")
    assert hook(message(body), env, "--no-record").returncode == 65
    config = tmp_path / "hook.toml"
    config.write_text('ignore = ["leftover-placeholder"]\n')
    result = hook(message(body), env, "--no-record", "--config", str(config))
    assert result.returncode == 0, result.stderr
    config.write_text('colour = "red"\n')
    result = hook(message(body), env, "--no-record", "--config", str(config))
    assert result.returncode == 0 and b"colour" in result.stderr  # a bad config fails open, named


@pytest.mark.skipif(os.name != "posix", reason="POSIX resource limits")
def test_the_check_process_caps_its_memory() -> None:
    probe = ("import resource\nfrom followup_lint.hook._child import _limit_memory, MEMORY_LIMIT\n"
             "_limit_memory()\nprint(resource.getrlimit(resource.RLIMIT_DATA)[0] <= MEMORY_LIMIT)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "True", out.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write to a read-only folder")
def test_a_book_that_cannot_be_written_still_sends(env: dict[str, str]) -> None:
    book = Path(env["FOLLOWUP_LINT_INTERVIEWS"])
    book.parent.chmod(0o500)
    try:
        result = hook(message(), env, "--fail-on", "never")
    finally:
        book.parent.chmod(0o700)
    assert result.returncode == 0
    assert b"was sent, but the interview book was not updated" in result.stderr
    assert sent(env)[0] == message()


@pytest.mark.skipif(sys.platform != "linux", reason="needs RLIMIT_FSIZE semantics of Linux")
def test_a_book_that_cannot_be_rewritten_still_sends(env: dict[str, str]) -> None:
    """Even root cannot write past a file size limit: the book (over 4 KB) cannot be rewritten, while
    the small message still reaches the stand-in."""
    import resource

    book = Path(env["FOLLOWUP_LINT_INTERVIEWS"])
    book.write_text(BOOK + "".join(f"# padding line {i:04d} to make the book big enough\n" for i in range(80)))
    before = book.read_bytes()

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (3000, 3000))

    result = hook(message(), env, "--fail-on", "never", preexec_fn=limit)
    assert result.returncode == 0, result.stderr
    assert b"was sent, but the interview book was not updated" in result.stderr
    assert sent(env)[0] == message()
    assert book.read_bytes() == before
    assert [p.name for p in book.parent.iterdir() if p.name.startswith(".interviews")] == []


# -- nothing lost: unchecked sends recorded, signals ---------------------------------------------------

@pytest.mark.parametrize("mode, options", [("hang", ("--timeout", "0.5")), ("exit", ())])
def test_a_send_that_went_out_unchecked_is_still_recorded(env: dict[str, str], mode: str, options) -> None:
    result = hook_with_crash(message(), env, mode, *options)
    assert result.returncode == 0 and b"sending the message anyway" in result.stderr
    assert sent(env)[0] == message()
    assert len(followups(env)) == 1  # `interview status` must not say "no thank-you note yet"


def test_an_unchecked_send_that_cannot_be_recorded_says_so(env: dict[str, str]) -> None:
    Path(env["FOLLOWUP_LINT_INTERVIEWS"]).write_text("[[interview]\nbroken", encoding="utf-8")
    result = hook_with_crash(message(), env, "exit")
    assert result.returncode == 0 and sent(env) is not None
    assert b"the message was sent, but the interview book was not updated" in result.stderr


def _wait_for(path: Path, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < end, f"{path} never appeared"
        time.sleep(0.02)


@pytest.mark.parametrize("signum", [15, 1])
def test_a_signal_during_delivery_waits_for_the_command(env: dict[str, str], signum: int) -> None:
    env["STAND_IN_SLEEP"] = "1"
    proc = subprocess.Popen([sys.executable, "-m", "followup_lint", "sendmail", "--timeout", "60", "--",
                             sys.executable, STAND_IN, "-oi"], stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdin.write(message())
    proc.stdin.close()
    _wait_for(Path(env["STAND_IN_OUT"] + ".started"))
    proc.send_signal(signum)
    assert proc.wait(timeout=60) == 0       # the command's status: a retrying client sends no duplicate
    assert sent(env)[0] == message()
    assert len(followups(env)) == 1


def test_a_signal_during_the_check_stops_the_child_and_sends_nothing(env: dict[str, str], tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    pidfile = tmp_path / "child.pid"
    env.update(TMPDIR=str(spool), CRASH_CHILD_MODE="hang", CRASH_CHILD_PIDFILE=str(pidfile),
               PYTHONPATH=os.pathsep.join([str(FIXTURES), str(FIXTURES.parent.parent)]))
    proc = subprocess.Popen([sys.executable, str(FIXTURES / "crash_child.py"), "sendmail", "--timeout", "60", "--",
                             sys.executable, STAND_IN, "-oi"], stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdin.write(message())
    proc.stdin.close()
    _wait_for(pidfile)
    time.sleep(0.05)
    proc.terminate()
    assert proc.wait(timeout=60) == 75
    assert b"nothing was sent" in proc.stderr.read()
    assert sent(env) is None and list(spool.iterdir()) == []
    with pytest.raises(ProcessLookupError):
        os.kill(int(pidfile.read_text()), 0)


def test_a_blocked_message_with_stderr_closed_still_exits_65(env: dict[str, str], monkeypatch) -> None:
    import io

    from followup_lint.hook.sendmail import SendmailOptions, run

    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "stderr", None)  # what Python gives a process started with 2>&-
    options = SendmailOptions(command=(sys.executable, STAND_IN), timeout=60)
    assert run(options, stdin=io.BytesIO(message(BAD_BODY))) == 65
    assert sent(env) is None
