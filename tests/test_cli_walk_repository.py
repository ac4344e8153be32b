"""``check .`` on a real little repository: ignore files, virtualenvs, vendored folders and the
repository's own documentation are not drafts; ``exclude`` / ``extend-exclude`` / ``include`` and
``--force-exclude`` behave as in ruff."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from _cli_util import CORE, NO_COMMA, run_cli, write
from followup_lint.walk import excluded_by_default, walk

README = "# Templates\n\nFill the `{{interviewer_first_name}}` slot before sending.\n"


def _repo(root: Path) -> Path:
    """A templates repository as users have them: git, a venv, node_modules, a README with slots."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(root)], check=True, capture_output=True)
    write(root / "drafts" / "acme.md", NO_COMMA)
    write(root / "drafts" / "scratch" / "wip.md", NO_COMMA)
    write(root / "drafts" / "old.bak.md", NO_COMMA)
    write(root / "README.md", README)
    write(root / "CHANGELOG.md", "# Changes\n\n- {{slot}} support\n")
    write(root / "docs" / "guide.md", README)
    write(root / "venv" / "pyvenv.cfg", "home = /usr/bin\n")
    write(root / "venv" / "lib" / "site-packages" / "pip" / "AUTHORS.txt", "setuptools contributors\n")
    write(root / "myenv" / "pyvenv.cfg", "home = /usr/bin\n")
    write(root / "myenv" / "notes.txt", NO_COMMA)
    write(root / "node_modules" / "pkg" / "README.md", NO_COMMA)
    write(root / "node_modules" / "pkg" / "notes.txt", NO_COMMA)
    write(root / "build" / "out.md", NO_COMMA)
    write(root / ".gitignore", "scratch/\n*.bak.md\n")
    write(root / "local" / "mine.md", NO_COMMA)
    write(root / ".git" / "info" / "exclude", "local/\n")
    write(root / "misc" / ".ignore", "skip-me.txt\n")
    write(root / "misc" / "skip-me.txt", NO_COMMA)
    write(root / "misc" / "keep.txt", NO_COMMA)
    return root


def _walked(root: Path, **kwargs) -> list[str]:
    return [p.relative_to(root).as_posix() for p in walk(root, **kwargs)]


def test_walk_skips_ignored_vendored_and_documentation_files(tmp_path):
    root = _repo(tmp_path / "repo")
    assert _walked(root) == ["drafts/acme.md", "misc/keep.txt"]


def test_walk_without_defaults_sees_everything_but_hidden_folders(tmp_path):
    root = _repo(tmp_path / "repo")
    got = _walked(root, default_exclude=(), gitignore=False, skip_docs=False)
    for expected in ["README.md", "docs/guide.md", "drafts/scratch/wip.md", "drafts/old.bak.md", "local/mine.md",
                     "misc/skip-me.txt", "node_modules/pkg/notes.txt", "build/out.md"]:
        assert expected in got
    assert "myenv/notes.txt" not in got  # a folder with pyvenv.cfg is a virtual environment, whatever its name


def test_gitignore_negation_and_nested_files_follow_git(tmp_path):
    root = _repo(tmp_path / "repo")
    write(root / ".gitignore", "*.md\n!drafts/\n!drafts/*.md\n")
    write(root / "drafts" / "scratch" / ".gitignore", "!*.md\n")
    write(root / "top.md", NO_COMMA)
    got = _walked(root)
    assert "top.md" not in got
    assert "drafts/acme.md" in got and "drafts/old.bak.md" in got
    assert "drafts/scratch/wip.md" in got  # the deeper file re-includes it


def test_check_dot_in_a_repository_lints_only_the_drafts(tmp_path, monkeypatch, capsys):
    root = _repo(tmp_path / "repo")
    r = run_cli(["check", "--select", CORE, "."], root, monkeypatch=monkeypatch, capsys=capsys)
    files = sorted({line.split(":", 1)[0] for line in r.out.splitlines() if ":" in line and "FL" in line})
    assert files == ["drafts/acme.md", "misc/keep.txt"]
    assert "README" not in r.out and "FL205" not in r.out


def test_config_exclude_replaces_defaults_extend_exclude_adds_include_brings_docs_back(tmp_path, monkeypatch,
                                                                                        capsys):
    root = _repo(tmp_path / "repo")
    write(root / ".followup-lint.toml", 'select = ["FL108", "FL205"]\nexclude = ["misc/"]\n')
    r = run_cli(["check", "."], root, monkeypatch=monkeypatch, capsys=capsys)
    assert "node_modules/pkg/notes.txt:3:1: FL108" in r.out and "build/out.md" in r.out
    assert "misc/" not in r.out and "myenv" not in r.out
    write(root / ".followup-lint.toml",
          'select = ["FL108", "FL205"]\nextend-exclude = ["misc/"]\ninclude = ["README.md", "docs/**"]\n')
    r = run_cli(["check", "."], root, monkeypatch=monkeypatch, capsys=capsys)
    assert "node_modules" not in r.out and "misc/" not in r.out
    assert "README.md:3:" in r.out and "docs/guide.md:3:" in r.out
    write(root / ".followup-lint.toml", 'select = ["FL108"]\nrespect-gitignore = false\n')
    r = run_cli(["check", "."], root, monkeypatch=monkeypatch, capsys=capsys)
    assert "drafts/scratch/wip.md" in r.out and "local/mine.md" in r.out and "misc/skip-me.txt" in r.out


def test_named_files_are_linted_unless_force_exclude(tmp_path, monkeypatch, capsys):
    root = _repo(tmp_path / "repo")
    named = ["README.md", "drafts/scratch/wip.md", "node_modules/pkg/notes.txt", "local/mine.md", "drafts/acme.md"]
    r = run_cli(["check", "--select", CORE, *named], root, monkeypatch=monkeypatch, capsys=capsys)
    assert {line.split(":", 1)[0] for line in r.out.splitlines() if ": FL" in line} == set(named)
    r = run_cli(["check", "--select", CORE, "--force-exclude", *named], root, monkeypatch=monkeypatch, capsys=capsys)
    assert {line.split(":", 1)[0] for line in r.out.splitlines() if ": FL" in line} == {"drafts/acme.md"}


def test_excluded_by_default_reasons(tmp_path):
    root = _repo(tmp_path / "repo")
    assert excluded_by_default(root / "docs" / "guide.md", base=root)
    assert not excluded_by_default(root / "docs" / "guide.md", base=root, include=["docs/**"])
    assert excluded_by_default(root / "myenv" / "notes.txt", base=root)
    assert excluded_by_default(root / "misc" / "skip-me.txt", base=root)
    assert not excluded_by_default(root / "misc" / "skip-me.txt", base=root, gitignore=False)
    assert not excluded_by_default(root / "misc" / "keep.txt", base=root)


def test_walk_keys_in_the_config_are_checked():
    from followup_lint.config import Config
    from followup_lint.errors import ConfigError
    from followup_lint.walk import DEFAULT_EXCLUDE

    config = Config.from_dict({"extend-exclude": "old/", "respect-gitignore": False})
    assert config.walk_exclude == (("old/",), DEFAULT_EXCLUDE) and config.respect_gitignore is False
    assert Config.from_dict({"exclude": []}).walk_exclude == ((), ())  # an empty exclude drops the defaults
    with pytest.raises(ConfigError, match="respect-gitignore must be true or false"):
        Config.from_dict({"respect-gitignore": "yes"}, path="pyproject.toml")
