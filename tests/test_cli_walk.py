"""The directory walk and the glob rules shared by include, exclude, template-globs and per-path-ignores."""

from __future__ import annotations

from pathlib import Path

import pytest

from _cli_util import CORE, NO_COMMA, run_cli, write
from followup_lint.walk import glob_matches, walk


def test_walk_picks_suffixes_skips_hidden_and_is_ordered(tmp_path):
    for name in ["b.md", "a.txt", "c.eml", "d.j2", "e.jinja", "f.tmpl", "g.py", "h.json", "sub/z.md", "sub/a.md",
                 ".git/x.md", ".hidden/y.md", "node/.cache/q.md", "A.MD"]:
        write(tmp_path / name, "x")
    got = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)]
    assert got == ["A.MD", "a.txt", "b.md", "c.eml", "d.j2", "e.jinja", "f.tmpl", "sub/a.md", "sub/z.md"]


def test_walk_include_and_exclude(tmp_path):
    for name in ["notes/a.letter", "notes/b.md", "archive/old.md", "drafts/keep.md", "drafts/skip.draft.md"]:
        write(tmp_path / name, "x")
    got = [p.relative_to(tmp_path).as_posix()
           for p in walk(tmp_path, include=["*.letter"], exclude=["archive/", "*.draft.md"])]
    assert got == ["drafts/keep.md", "notes/a.letter", "notes/b.md"]


def test_walk_does_not_follow_folder_links(tmp_path):
    write(tmp_path / "real" / "a.md", "x")
    try:
        (tmp_path / "real" / "loop").symlink_to(tmp_path / "real", target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    assert [p.name for p in walk(tmp_path)] == ["a.md"]


@pytest.mark.parametrize("path, pattern, expected", [
    ("templates/a.md", "templates/**", True),
    ("templates/x/y/a.md", "templates/**", True),
    ("other/templates/a.md", "templates/**", False),
    ("a.md", "*.md", True),
    ("deep/er/a.md", "*.md", True),           # no slash: matches the file name anywhere
    ("deep/a.md", "deep/*.md", True),
    ("deep/x/a.md", "deep/*.md", False),      # * stays in one folder
    ("x/deep/a.md", "**/deep/*.md", True),
    ("deep/a.md", "**/deep/*.md", True),
    ("archive/2020/a.md", "archive/", True),   # a folder matches what is under it
    ("archive/2020/a.md", "archive", True),
    ("a1.md", "a?.md", True),
    ("ab.md", "a[!b].md", False),
    ("./templates/a.md", "templates/*.md", True),
])
def test_glob_matches(path, pattern, expected):
    assert glob_matches(path, [pattern]) is expected


def test_explicit_files_are_linted_whatever_their_suffix_but_exclude_applies(tmp_path, monkeypatch, capsys):
    write(tmp_path / ".followup-lint.toml", 'select = ["FL108"]\nexclude = ["archive/**"]\n')
    write(tmp_path / "note.letter", NO_COMMA)
    write(tmp_path / "archive" / "a.md", NO_COMMA)
    r = run_cli(["check", "note.letter", "archive/a.md"], tmp_path, monkeypatch=monkeypatch, capsys=capsys)
    assert r.out.splitlines()[0].startswith("note.letter:3:1: FL108")
    assert "archive" not in r.out


def test_walk_reports_paths_as_given(tmp_path, monkeypatch, capsys):
    write(tmp_path / "t" / "a.md", NO_COMMA)
    r = run_cli(["check", "--isolated", "--select", CORE, "./t"], tmp_path, monkeypatch=monkeypatch, capsys=capsys)
    assert r.out.startswith("t/a.md:3:1:")
    r = run_cli(["check", "--isolated", "--select", CORE, str(tmp_path / "t")], Path("/"), monkeypatch=monkeypatch,
                capsys=capsys)
    assert r.out.startswith(f"{tmp_path / 't' / 'a.md'}:3:1:")


def test_empty_folder_warns_and_exits_0(tmp_path, monkeypatch, capsys):
    (tmp_path / "empty").mkdir()
    r = run_cli(["check", "--isolated", "empty"], tmp_path, monkeypatch=monkeypatch, capsys=capsys)
    assert r.code == 0 and "no drafts or templates found under empty" in r.err
