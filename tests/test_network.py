"""No network: the default pipeline and the command line open no connection except to loopback.

In process, ``socket`` is patched to record and refuse every non-loopback connection and name lookup;
in the command line's subprocesses a ``sitecustomize.py`` put first on ``PYTHONPATH`` does the same
and logs each attempt to a file. Loopback stays allowed: the LanguageTool stand-in uses it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from followup_lint import Config, Draft, Interview, Linter, RuleError, lint_draft, lint_many, load

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=timezone.utc)

# one definition of "loopback", used in this process and inside the subprocesses' sitecustomize
LOOPBACK_SOURCE = r'''
import ipaddress as _ip


def _loopback(host):
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]")
    if host in ("localhost", "localhost.localdomain", "ip6-localhost", ""):
        return True
    try:
        return _ip.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False
'''
_guard: dict[str, Any] = {}
exec(LOOPBACK_SOURCE, _guard)  # the test harness's own code
_loopback = _guard["_loopback"]

SITECUSTOMIZE = r'''
"""Test harness: refuse (and log) every non-loopback connection and name lookup in this process."""
import os as _os
import socket as _socket

_LOG = _os.environ.get("FL_NET_LOG")


''' + LOOPBACK_SOURCE + r'''


def _refuse(what, host):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"{_os.getpid()} {what} {host!r}\n")
    raise OSError(f"network blocked by the test harness: {what} {host!r}")


_connect = _socket.socket.connect
_connect_ex = _socket.socket.connect_ex
_getaddrinfo = _socket.getaddrinfo


def connect(self, address):
    if self.family in (_socket.AF_INET, _socket.AF_INET6) and not _loopback(address[0]):
        _refuse("connect", address[0])
    return _connect(self, address)


def connect_ex(self, address):
    if self.family in (_socket.AF_INET, _socket.AF_INET6) and not _loopback(address[0]):
        _refuse("connect_ex", address[0])
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if not _loopback(host):
        _refuse("getaddrinfo", host)
    return _getaddrinfo(host, *args, **kwargs)


_socket.socket.connect = connect
_socket.socket.connect_ex = connect_ex
_socket.getaddrinfo = getaddrinfo
'''



@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuse non-loopback connections in this process; returns the list of attempts."""
    attempts: list[str] = []
    real_connect, real_connect_ex, real_getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

    def refuse(what: str, host: Any) -> None:
        attempts.append(f"{what} {host!r}")
        raise OSError(f"network blocked by the test: {what} {host!r}")

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
            refuse("connect", address[0])
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
            refuse("connect_ex", address[0])
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _loopback(host):
            refuse("getaddrinfo", host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda host: getaddrinfo(host) and real_getaddrinfo(host, None)[0][4][0])
    return attempts


def _records() -> list[dict[str, Any]]:
    records = json.loads((ROOT / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8"))
    corpus = sorted((SHARED / "corpus").glob("dev-*.json")) if (SHARED / "corpus").is_dir() else []
    records += [json.loads(p.read_text(encoding="utf-8")) for p in corpus]
    return records


def _pairs() -> list[tuple[Draft, Interview | None]]:
    out = []
    for r in _records():
        draft = Draft(body=r["body"], subject=r.get("subject", ""), to=r.get("to", ()), cc=r.get("cc", ()),
                      sent_at=r.get("sent_at"))
        out.append((draft, Interview.from_dict(r["interview"]) if r.get("interview") else None))
    return out


def _fixture_files(folder: Path) -> list[Path]:
    """Our drafts as .txt files with front matter, the examples, and a few real .eml messages."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import run as bench  # benchmarks/run.py
    finally:
        sys.path.pop(0)
    records = _records()[:12]
    paths = bench.make_batch(records, len(records), folder)
    for p in sorted((ROOT / "examples").glob("*")):
        if p.suffix in (".md", ".txt", ".eml"):
            target = folder / p.name
            target.write_bytes(p.read_bytes())
            paths.append(target)
    emails = SHARED / "eval" / "emails"
    if emails.is_dir():
        for p in sorted(emails.rglob("*.eml"))[:15]:
            target = folder / f"real-{p.parent.name}-{p.name}"
            target.write_bytes(p.read_bytes())
            paths.append(target)
    return paths


# -- in process ----------------------------------------------------------------------------------------

def test_harness_blocks_in_process(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.5)
    assert no_network, "the block must record the attempt"


def test_default_pipeline_opens_no_connection(no_network: list[str], tmp_path: Path) -> None:
    every = Linter(Config(select=("ALL",)))
    for draft, interview in _pairs():
        lint_draft(draft, interview, now=NOW)
        every.lint(draft, interview, now=NOW)
        lint_draft(draft.body)  # str body, clock time
    for path in _fixture_files(tmp_path):
        try:
            source = load(path)
        except Exception:
            continue
        every.lint(source.draft, source.interview, now=NOW, source=source)
    many = tmp_path / "many"
    many.mkdir()
    reports = list(lint_many(_fixture_files(many), jobs=2, now=NOW))  # forked workers inherit the block
    assert reports
    # an attempt in a worker raises there: it would come back as a crashed rule
    assert not [r for r in reports if isinstance(r, RuleError)], [r for r in reports if isinstance(r, RuleError)]
    assert no_network == []


class _StandIn(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        self._reply([{"name": "English (US)", "code": "en", "longCode": "en-US"}])

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
        self._reply({"matches": []})


def test_loopback_language_tool_is_allowed(no_network: list[str]) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        from followup_lint.config import LanguageToolConfig

        url = f"http://127.0.0.1:{server.server_address[1]}"
        linter = Linter(Config(languagetool=LanguageToolConfig(url=url, timeout_s=3)))
        draft, interview = _pairs()[0]
        report = linter.lint(draft, interview, now=NOW)
        assert "grammar" in report.rules_run or any(s.rule == "grammar" for s in report.rules_skipped)
    finally:
        server.shutdown()
        server.server_close()
    assert no_network == []


# -- the command line, in subprocesses ----------------------------------------------------------------

def _cli_ready() -> bool:
    return importlib.util.find_spec("followup_lint.cli.check") is not None


def _env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "net.log"
    log.write_text("", encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["FL_NET_LOG"] = str(log)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("FOLLOWUP_LINT_INTERVIEWS", None)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["HOME"] = str(tmp_path / "home")
    return env, log


def test_harness_blocks_in_subprocesses(tmp_path: Path) -> None:
    env, log = _env(tmp_path)
    code = ("import socket\n"
            "try:\n    socket.create_connection(('192.0.2.1', 80), timeout=0.5)\nexcept OSError as e:\n"
            "    print('blocked' if 'harness' in str(e) else 'other')\n"
            "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); c = socket.create_connection(s.getsockname())\n"
            "print('loopback ok')\n")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["blocked", "loopback", "ok"], proc.stderr
    assert "192.0.2.1" in log.read_text(encoding="utf-8")


def test_cli_opens_no_connection(tmp_path: Path) -> None:
    if not _cli_ready():
        pytest.skip("followup_lint.cli.check does not exist yet")
    env, log = _env(tmp_path)
    folder = tmp_path / "drafts"
    folder.mkdir()
    _fixture_files(folder)
    cli = [sys.executable, "-m", "followup_lint"]
    runs = [
        ["check", "--isolated", "--now", "2026-03-10T15:30:00+00:00", str(folder)],
        ["check", "--isolated", "--jobs", "2", "--format", "json", str(folder)],
        ["check", "--isolated", "--format", "sarif", "--now", "now", str(folder)],
        ["rules", "--format", "json"],
        ["rule", "FL101"],
    ]
    examples = ROOT / "examples"
    if (examples / "thank-you.md").exists() and (examples / "interview.toml").exists():
        runs.append(["check", "--isolated", "--interview", str(examples / "interview.toml"),
                     str(examples / "thank-you.md")])
    for args in runs:
        proc = subprocess.run([*cli, *args], env=env, capture_output=True, text=True, timeout=300, cwd=str(tmp_path))
        assert proc.returncode in (0, 1, 2), (args, proc.stderr[-2000:])
        assert "Traceback" not in proc.stderr, (args, proc.stderr[-2000:])
    assert log.read_text(encoding="utf-8") == "", log.read_text(encoding="utf-8")
