"""Nothing lost, nothing leaked: atomic writes, symlinks, bounded reads and escaped file names."""

from __future__ import annotations

import io
import json
import os
import resource
import signal
import subprocess
import sys
import time

import pytest

from _cli_util import CORE, NO_COMMA, ROOT, write
from followup_lint._escape import escape, json_safe
from followup_lint._io import read_capped, write_atomic
from followup_lint.errors import InputError


def _limited(limit: int):  # a "full disk" for the child: writes past `limit` bytes of a file fail (EFBIG)
    def setup() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return setup


def _run_limited(args: list[str], cwd, limit: int) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "followup_lint", *args], cwd=cwd, env=env, capture_output=True,
                          preexec_fn=_limited(limit), timeout=120)


# -- data loss -----------------------------------------------------------------------------------------------

def test_fix_on_a_full_disk_leaves_the_note_whole(tmp_path):
    note = NO_COMMA + "\n" * 2 + "P.S. " + "I enjoyed the talk. " * 20 + "\nMaya\n"
    path = write(tmp_path / "a.md", note)
    os.chmod(path, 0o640)
    proc = _run_limited(["check", "--isolated", "--select", CORE, "--fix", "a.md"], tmp_path, limit=64)
    assert path.read_text(encoding="utf-8") == note        # never cut short
    assert proc.returncode == 2 and b"cannot write the fixed file" in proc.stderr
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_fix_keeps_the_file_mode(tmp_path, cli):
    path = write(tmp_path / "a.md", NO_COMMA)
    os.chmod(path, 0o640)
    r = cli(["check", "--isolated", "--select", CORE, "--fix", "a.md"], tmp_path)
    assert "Hi Dana," in path.read_text() and r.code in (0, 1)
    assert os.stat(path).st_mode & 0o777 == 0o640


def test_write_baseline_on_a_full_disk_keeps_the_old_baseline(tmp_path):
    write(tmp_path / "a.md", NO_COMMA)
    old = json.dumps({"schema_version": 1, "files": {}}) + "\n" + " " * 200
    write(tmp_path / "b.json", old)
    proc = _run_limited(["check", "--isolated", "--select", CORE, "--write-baseline", "b.json", "a.md"],
                        tmp_path, limit=64)
    assert (tmp_path / "b.json").read_text() == old and proc.returncode == 2


def test_write_baseline_with_a_non_utf8_file_name_records_it(tmp_path, cli):
    name = os.fsdecode(b"caf\xe9.md")
    write(tmp_path / name, NO_COMMA)
    write(tmp_path / "b.json", '{"schema_version": 1, "files": {}}\n')
    r = cli(["check", "--isolated", "--select", CORE, "--write-baseline", "b.json", "."], tmp_path)
    assert r.code == 0, r.err
    data = json.loads((tmp_path / "b.json").read_bytes().decode("utf-8"))
    assert list(data["files"]) == [name]
    r = cli(["check", "--isolated", "--select", CORE, "--fail-on", "info", "--baseline", "b.json", "."], tmp_path)
    assert r.code == 0 and "1 known finding hidden" in r.out


@pytest.mark.parametrize("fmt, shown", [("json", b"n\\udce9e.md"), ("sarif", b"n%E9e.md")])
def test_a_non_utf8_file_name_gives_valid_utf8_output(tmp_path, cli, fmt, shown):
    write(tmp_path / os.fsdecode(b"n\xe9e.md"), NO_COMMA)
    write(tmp_path / "ok.md", NO_COMMA)
    r = cli(["check", "--isolated", "--select", CORE, "--format", fmt, "-o", "out.json", "."], tmp_path)
    assert r.code == 0 and r.err == "", r.err
    raw = (tmp_path / "out.json").read_bytes()
    json.loads(raw.decode("utf-8"))                     # valid UTF-8, valid JSON
    assert shown in raw and b"ok.md" in raw   # both files reported


def test_write_atomic_refuses_a_symlink_unless_asked(tmp_path):
    real = write(tmp_path / "real.txt", "old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(InputError, match="symbolic link"):
        write_atomic(link, b"new")
    assert real.read_text() == "old"
    write_atomic(link, b"new", through_symlink=True)
    assert link.is_symlink() and real.read_text() == "new"


# -- symbolic links out of the tree --------------------------------------------------------------------------

def test_check_dir_does_not_follow_a_symlink_out_of_the_tree(tmp_path, cli):
    write(tmp_path / "secret.env", "Hi Dana\n\nTOKEN zqxjkvbwp\n")
    write(tmp_path / "repo" / "inside.md", NO_COMMA)
    (tmp_path / "repo" / "leak.md").symlink_to(tmp_path / "secret.env")
    (tmp_path / "repo" / "alias.md").symlink_to(tmp_path / "repo" / "inside.md")
    r = cli(["check", "--isolated", "--format", "json", "repo"], tmp_path)
    paths = [f["path"] for f in json.loads(r.out)["files"]]
    assert "repo/leak.md" not in paths and "zqxjkvbwp" not in r.out
    assert len(paths) == 1  # a link inside the tree is followed: the same file, linted once


def test_fix_never_writes_through_a_symlink(tmp_path, cli):
    outside = write(tmp_path / "outside.md", NO_COMMA)
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "a.md").symlink_to(outside)
    r = cli(["check", "--isolated", "--select", CORE, "--fix", "repo/a.md"], tmp_path)
    assert outside.read_text() == NO_COMMA
    assert r.code == 2 and "repo/a.md: error: not fixed: is a symbolic link" in r.err


# -- bounded reads ---------------------------------------------------------------------------------------------

def test_read_capped_refuses_what_is_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(InputError, match=r"pipe.md: is a FIFO, not a regular file"):
        read_capped(fifo)
    with pytest.raises(InputError, match=r"/dev/zero: is a device"):
        read_capped("/dev/zero")
    assert time.monotonic() - start < 5
    big = write(tmp_path / "big.md", "x" * 101)
    with pytest.raises(InputError, match=r"big.md: the file is over the 100-byte limit"):
        read_capped(big, cap=100)
    assert read_capped(big, cap=101) == b"x" * 101


@pytest.mark.parametrize("option", [[], ["--interview"], ["--baseline"]])
def test_check_refuses_devices_and_fifos_by_name(tmp_path, cli, option):
    write(tmp_path / "a.md", NO_COMMA)
    fifo = tmp_path / "f.md"
    os.mkfifo(fifo)
    for special in ("/dev/zero", str(fifo)):
        args = [*option, special, "a.md"] if option else [special, "a.md"]
        r = cli(["check", "--isolated", "--select", CORE, *args], tmp_path)
        assert r.code == 2 and "internal error" not in r.err
        assert f"{special}: error: is a" in r.err or f"followup-lint: {special}: is a" in r.err


def test_a_dictionary_that_is_a_device_is_a_config_error(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", 'dictionaries = ["/dev/zero"]\n')
    write(tmp_path / "a.md", NO_COMMA)
    r = cli(["check", "a.md"], tmp_path)
    assert r.code == 2 and "dictionaries: cannot read /dev/zero" in r.err and "is a device" in r.err


def test_stdin_is_read_with_a_cap(tmp_path, cli, monkeypatch):
    import followup_lint._io as io_module

    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
            b[:] = b"\0" * len(b)
            return len(b)

    monkeypatch.setattr(io_module.read_stream_capped, "__defaults__", (1000, "-"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    r = cli(["check", "--isolated", "-"], tmp_path)
    assert r.code == 2 and "-: error: the input is over the 1,000-byte limit" in r.err


# -- escaping ----------------------------------------------------------------------------------------------------

def test_escape_shows_control_characters_and_undecodable_bytes():
    assert escape("x\n::error file=y::INJECTED\x1b[2J\x07.txt") == "x\\n::error file=y::INJECTED\\x1b[2J\\x07.txt"
    assert escape(os.fsdecode(b"caf\xe9.md")) == "caf\\xe9.md"
    assert escape("\u202egnp.exe") == "\\u202egnp.exe"
    assert escape("Café ☕ naïve") == "Café ☕ naïve"
    assert json.loads(json_safe(json.dumps("a\udce9", ensure_ascii=False))) == "a\udce9"


def test_file_names_never_inject_into_logs(tmp_path, cli):
    name = "x\n::error file=y::INJECTED\n\x1b]0;t\x07.md"
    write(tmp_path / name, NO_COMMA)
    broken = tmp_path / "b\x1b[31m.md"
    write(broken, b"\xff\xfe not utf-8")
    r = cli(["check", "--isolated", "--select", CORE, "."], tmp_path)
    for stream in (r.out, r.err):
        assert "\x1b" not in stream and "\x07" not in stream
        assert not any(line.startswith("::error") for line in stream.splitlines())
    assert "x\\n::error file=y::INJECTED\\n\\x1b]0;t\\x07.md:3:1: FL108" in r.out
    assert "b\\x1b[31m.md: error:" in r.err
