"""Helpers for the CLI tests: run ``followup-lint`` in-process (fast) or as a real subprocess."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_REPO = Path(__file__).resolve().parent / "fixtures" / "templates"
# The three rules of the core are stable; tests that count findings select them so that rules added
# later do not change the expected output.
CORE = "FL108,FL109,FL205"


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(args: Sequence[str], cwd: Path, *, stdin: bytes | None = None, monkeypatch=None, capsys=None) -> Result:
    """Run ``main(args)`` in-process with ``cwd`` as the working folder."""
    from followup_lint.cli import main

    assert monkeypatch is not None and capsys is not None
    monkeypatch.chdir(cwd)
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def run_process(args: Sequence[str], cwd: Path, *, stdin: bytes | None = None, env: dict[str, str] | None = None,
                timeout: float = 60) -> Result:
    """Run ``python -m followup_lint ARGS`` as a real process."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    if env:
        full_env.update(env)
    proc = subprocess.run([sys.executable, "-m", "followup_lint", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=timeout, env=full_env)
    return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


GOOD = "Subject: Thank you for the analyst interview\n\nHi Dana,\n\nThank you for the talk.\n\nBest regards,\nSam\n"
NO_COMMA = "Subject: Thank you for the analyst interview\n\nHi Dana\n\nThank you for the talk.\n\nBest regards,\nSam\n"
PLACEHOLDER = "Subject: Thank you\n\nHi [Interviewer Name],\n\nThank you for the talk.\n\nBest regards,\nSam\n"
