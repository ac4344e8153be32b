"""The docs' console examples work as written, and the CI integration files are well formed.

Every line starting with ``$ `` in a ```console block of docs/cli.md and docs/ci.md runs, in order, in a
copy of the fixture template repository (tests/fixtures/templates/), through a real shell; the lines
shown after a command are its output (stdout and stderr together), compared exactly. Only the
executable is provided: the folder of this Python's ``followup-lint`` script goes first on PATH (or a
stand-in script calling ``python -m followup_lint`` when the console script is not installed).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from _cli_util import FIXTURE_REPO, ROOT

DOCS = [ROOT / "docs" / "cli.md", ROOT / "docs" / "ci.md"]
BLOCK = re.compile(r"^```console\n(.*?)^```", re.M | re.S)


def console_examples(path: Path) -> list[tuple[str, list[str]]]:
    """Each ``$ command`` with the lines shown after it (its expected output; none shown: not compared)."""
    examples: list[tuple[str, list[str]]] = []
    for block in BLOCK.findall(path.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith("$ "):
                examples.append((line[2:], []))
            elif examples:
                examples[-1][1].append(line)
    return examples


def console_commands(path: Path) -> list[str]:
    return [command for command, _ in console_examples(path)]


def _bin_dir(tmp_path: Path) -> Path:
    here = Path(sys.executable).parent
    if (here / "followup-lint").exists():
        return here
    stand_in = tmp_path / "bin" / "followup-lint"
    stand_in.parent.mkdir()
    stand_in.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m followup_lint "$@"\n')
    stand_in.chmod(stand_in.stat().st_mode | stat.S_IEXEC)
    return stand_in.parent


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_console_examples_run_as_written(tmp_path, doc):
    examples = console_examples(doc)
    commands = [command for command, _ in examples]
    assert commands, f"{doc.name} has no console examples"
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURE_REPO, repo)
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    env["PATH"] = f"{_bin_dir(tmp_path)}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{env.get('PYTHONPATH', '')}"
    # One shell runs every command in order (a baseline written by one is read by the next); a marker
    # after each gives its exit status.
    # Each command's stdout and stderr go, together and in order, to a file of their own.
    script = "".join(f"{{ {cmd}\n}} > '{outputs}/{i}' 2>&1\necho \"@@rc=$? {i}\" >&2\n"
                     for i, cmd in enumerate(commands))
    proc = subprocess.run(["bash", "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    statuses = {int(i): int(rc) for rc, i in re.findall(r"@@rc=(\d+) (\d+)", proc.stderr)}
    assert len(statuses) == len(commands), proc.stderr
    for i, (cmd, expected) in enumerate(examples):
        got = (outputs / str(i)).read_text(encoding="utf-8")
        assert "Traceback" not in got
        assert statuses[i] in (0, 1), f"`{cmd}` exited {statuses[i]}:\n{got}"
        if expected:  # the output shown in the doc is the real one
            assert got.splitlines() == expected, f"`{cmd}` printed:\n{got}"
        for out in re.findall(r"--output (\S+)", cmd):
            assert (repo / out).exists(), f"`{cmd}` did not write {out}"
        for out in re.findall(r"--write-baseline (\S+)", cmd):
            assert (repo / out).exists()


def test_pre_commit_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"^- id: followup-lint$", text, re.M)
    assert re.search(r"^  entry: followup-lint check --force-exclude$", text, re.M)
    assert re.search(r"^  language: python$", text, re.M)
    files = re.search(r"^  files: (.+)$", text, re.M).group(1)
    pattern = re.compile(files)
    assert all(pattern.search(n) for n in ["a.md", "b.txt", "c.eml", "d.j2", "e.jinja", "f.tmpl"])
    assert not pattern.search("setup.py")


def test_action_installs_from_its_own_path_and_uploads_sarif():
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    assert re.search(r"^runs:\n  using: composite$", text, re.M)
    assert 'pip install --disable-pip-version-check "${{ github.action_path }}' in text
    assert "github/codeql-action/upload-sarif@" in text and "--format sarif" in text
    # inputs reach the scripts through the environment, never pasted into them
    for name in ("inputs.paths", "inputs.args", "inputs.sarif-file"):
        for line in text.splitlines():
            if name in line:
                assert re.match(r"\s+[A-Z_]+: \$\{\{ " + re.escape(name) + r" \}\}$", line) or "sarif_file:" in line, line
    assert "\t" not in text


def test_docs_name_only_real_options():
    from followup_lint.cli import build_parser

    parser = build_parser()
    check = parser._subparsers._group_actions[0].choices["check"]  # noqa: SLF001
    known = {opt for action in check._actions for opt in action.option_strings}  # noqa: SLF001
    for doc in DOCS:
        for cmd in console_commands(doc):
            if "followup-lint check" not in cmd:
                continue
            for opt in re.findall(r"(?<=\s)--?[a-z][a-z-]*", cmd.split("followup-lint check", 1)[1]):
                assert opt in known, f"{doc.name}: {opt} in `{cmd}` is not an option of check"
