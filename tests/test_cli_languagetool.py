"""``followup-lint languagetool serve``: language-tool-python's real start-up code, a stand-in server.

The real LanguageTool is a 250 MB download; instead the test compiles a tiny Java HTTP server
(tests/fixtures/languagetool_standin/HTTPServer.java: the same class name and command line) with ``javac``,
packs it as ``LanguageTool-6.8/languagetool-server.jar`` in a folder named by ``LTP_PATH`` (where
language-tool-python looks for its installation), and runs the command: language-tool-python checks Java,
finds the installation, builds the command line; followup-lint starts it, waits, prints the url, stops it.
Everything stays on the loopback interface; the download test points the download host at a closed
loopback port.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path
from typing import Any, Iterator

import pytest

from followup_lint import Config, Linter
from followup_lint.config import LanguageToolConfig

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "fixtures" / "languagetool_standin" / "HTTPServer.java"


@pytest.fixture(scope="module")
def version() -> str:
    """The LanguageTool version language-tool-python downloads (skips without language-tool-python)."""
    pytest.importorskip("language_tool_python", reason="language-tool-python is not installed (the languagetool extra)")
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION

    return str(LTP_DOWNLOAD_VERSION)

needs_javac = pytest.mark.skipif(shutil.which("javac") is None or shutil.which("java") is None,
                                 reason="javac and java (17+) are needed to build the stand-in server")


def _env(ltp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    env.update(PYTHONPATH=str(ROOT), LTP_PATH=str(ltp_path), NO_PROXY="*")
    env.update(extra)
    return env


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, version: str) -> Path:
    """An LTP_PATH folder holding the compiled stand-in as LanguageTool's server jar."""
    if shutil.which("javac") is None or shutil.which("java") is None:
        pytest.skip("javac and java (17+) are needed to build the stand-in server")
    work = tmp_path_factory.mktemp("standin")
    classes = work / "classes"
    subprocess.run(["javac", "-d", str(classes), str(SOURCE)], check=True, capture_output=True, timeout=300)
    home = work / "cache" / f"LanguageTool-{version}"
    home.mkdir(parents=True)
    with zipfile.ZipFile(home / "languagetool-server.jar", "w") as jar:
        for path in classes.rglob("*.class"):
            jar.write(path, path.relative_to(classes).as_posix())
    return work / "cache"


def _serve(ltp_path: Path, *args: str, sigint_ignored: bool = False, **env: str) -> subprocess.Popen[str]:
    """The command in the background, in a process group of its own (as in a terminal); ``sigint_ignored``:
    started with SIGINT ignored, as a background job of a shell script is."""
    def ignore_sigint() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    return subprocess.Popen([sys.executable, "-m", "followup_lint", "languagetool", "serve", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(ltp_path, **env),
                            start_new_session=True, preexec_fn=ignore_sigint if sigint_ignored else None)


def _read_url(proc: subprocess.Popen[str], timeout: float = 120) -> tuple[str, str]:
    """The url the command prints, and everything it printed up to there (read in a thread: a pipe read
    blocks until the line is there)."""
    lines: list[str] = []
    found = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("url = "):
                found.set()
                return
        found.set()

    threading.Thread(target=read, daemon=True).start()
    found.wait(timeout)
    seen = "".join(lines)
    m = re.search(r'^url = "(http://localhost:\d+)"$', seen, re.M)
    if m is None:
        os.killpg(proc.pid, signal.SIGKILL)   # the command and the server it started
        raise AssertionError(f"no url printed: {seen!r} {proc.stderr.read() if proc.stderr else ''!r}")
    return m.group(1), seen


def _gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:   # never leave a server behind, whatever the test did: the command's whole group
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        p.wait()


@needs_javac
@pytest.mark.parametrize("stop", ["SIGTERM", "SIGINT", "Ctrl-C", "SIGINT, started with SIGINT ignored"])
def test_serve_prints_the_url_serves_the_grammar_rule_and_stops_cleanly(
        installed: Path, version: str, tmp_path: Path, procs: list[Any], stop: str) -> None:
    pid_file = tmp_path / "server.pid"
    proc = _serve(installed, "--port", "0", sigint_ignored=stop.endswith("ignored"), STANDIN_PID_FILE=str(pid_file))
    procs.append(proc)
    url, printed = _read_url(proc)
    assert printed.startswith(f"LanguageTool {version} is running at {url}")
    assert f'[languagetool]\nurl = "{url}"' in printed
    server_pid = int(pid_file.read_text())
    # the grammar rule, configured with the printed url, gets the stand-in's answer with exact spans
    body = "Hi Dana,\n\nGreat talk 😊 and I would of stayed longer.\n\nBest,\nSam"
    report = Linter(Config(select=("FL110",), languagetool=LanguageToolConfig(url=url))).lint(body, clock=False)
    assert [body[f.span.start:f.span.end] for f in report.findings] == ["would of"]
    if stop == "Ctrl-C":   # a terminal's Ctrl-C: SIGINT to the whole foreground group, the server included
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(getattr(signal, stop.split(",")[0]))
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and err.strip().splitlines()[-1] == "followup-lint: LanguageTool server stopped"
    assert _gone(server_pid), "the Java server outlived the command"


@needs_javac
def test_serve_on_a_fixed_port_and_a_port_in_use(installed: Path, procs: list[Any]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "followup_lint", "languagetool", "serve", "--port", str(port)],
                              capture_output=True, text=True, env=_env(installed), timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == (f"followup-lint: languagetool serve: port {port} is in use (a LanguageTool "
                                   "server already running? choose another with --port)")
    port = _closed_port()
    proc2 = _serve(installed, "--port", str(port))
    procs.append(proc2)
    url, _ = _read_url(proc2)
    assert url == f"http://localhost:{port}"
    proc2.terminate()
    proc2.communicate(timeout=30)
    assert proc2.returncode == 0


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert lines and "Traceback" not in proc.stderr
    return lines[-1]


def test_no_java_is_one_clear_line(tmp_path: Path, version: str) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    proc = subprocess.run([sys.executable, "-m", "followup_lint", "languagetool", "serve"], capture_output=True,
                          text=True, env=_env(tmp_path / "cache", PATH=str(empty)), timeout=120)
    line = _one_line_error(proc)
    assert "Java 17 or later" in line and "no 'java' was found on PATH" in line


@pytest.mark.skipif(os.name != "posix", reason="a shell-script stand-in for an old java")
def test_old_java_is_one_clear_line(tmp_path: Path, version: str) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text('#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n')
    java.chmod(0o755)
    proc = subprocess.run([sys.executable, "-m", "followup_lint", "languagetool", "serve"], capture_output=True,
                          text=True, env=_env(tmp_path / "cache", PATH=str(bin_dir)), timeout=120)
    line = _one_line_error(proc)
    assert "LanguageTool needs Java 17 or later" in line and "11" in line


@needs_javac
def test_failed_download_is_one_clear_line(tmp_path: Path, version: str) -> None:
    host = f"http://127.0.0.1:{_closed_port()}/"   # loopback, nothing listening: the download must fail
    proc = subprocess.run([sys.executable, "-m", "followup_lint", "languagetool", "serve", "--port", "0"],
                          capture_output=True, text=True, timeout=120,
                          env=_env(tmp_path / "empty-cache", LTP_DOWNLOAD_HOST_NEW_RELEASES=host,
                                   LTP_DOWNLOAD_HOST_RELEASE=host, LTP_DOWNLOAD_HOST_SNAPSHOT=host))
    line = _one_line_error(proc)
    assert line.startswith(f"followup-lint: languagetool serve: cannot download LanguageTool {version} "
                           f"from {host.rstrip('/')}"), line
    assert not list((tmp_path / "empty-cache").glob("LanguageTool*"))


def test_bad_port_is_a_usage_error(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "followup_lint", "languagetool", "serve", "--port", "70000"],
                          capture_output=True, text=True, env=_env(tmp_path), timeout=120)
    assert "--port 70000 is not a port number" in _one_line_error(proc)


def test_without_language_tool_python_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked" / "language_tool_python"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text('raise ImportError("not installed (a test stand-in)")\n')
    proc = subprocess.run([sys.executable, "-m", "followup_lint", "languagetool", "serve"], capture_output=True,
                          text=True, timeout=120,
                          env=_env(tmp_path, PYTHONPATH=f"{blocker.parent}{os.pathsep}{ROOT}"))
    assert _one_line_error(proc) == ("followup-lint: languagetool serve: this needs language-tool-python: "
                                     "pip install 'followup-lint[languagetool]'")
