"""The progress bar of a long ``check`` run: on an interactive stderr only (never piped, in CI, on a dumb
terminal or with --quiet), and tqdm is imported only when a bar is drawn."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from _cli_util import CORE, GOOD, ROOT, run_cli, write


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _folder(tmp_path: Path, n: int = 25) -> Path:
    for i in range(n):
        write(tmp_path / "notes" / f"n{i:02}.md", GOOD)
    return tmp_path


def _run(tmp_path: Path, monkeypatch, capsys, *extra: str) -> str:
    monkeypatch.chdir(tmp_path)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    from followup_lint.cli import main

    main(["check", "--isolated", "--select", CORE, *extra, "notes"])
    capsys.readouterr()
    return terminal.getvalue()


def test_a_bar_on_an_interactive_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    err = _run(_folder(tmp_path), monkeypatch, capsys)
    assert "followup-lint:" in err and "/25 [" in err and "file/s" in err


@pytest.mark.parametrize("setting", ["quiet", "ci", "dumb", "few files"])
def test_no_bar(setting, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    extra: list[str] = []
    if setting == "quiet":
        extra = ["--quiet"]
    elif setting == "ci":
        monkeypatch.setenv("CI", "true")
    elif setting == "dumb":
        monkeypatch.setenv("TERM", "dumb")
    err = _run(_folder(tmp_path, 5 if setting == "few files" else 25), monkeypatch, capsys, *extra)
    assert "/25" not in err and "it/s" not in err and "file/s" not in err


def test_no_bar_when_piped_and_tqdm_not_imported(tmp_path):
    _folder(tmp_path)
    code = ("import sys; from followup_lint.cli import main; main(['check', '--isolated', 'notes']); "
            "print('tqdm' in sys.modules, 'pathspec' in sys.modules, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert proc.stderr.strip().splitlines()[-1] == "False False", proc.stderr
