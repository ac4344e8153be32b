"""One bad input never stops a run: a one-line error naming the file or key, the other files still
linted, and exit 2 (an input failed)."""

from __future__ import annotations

import json
import os

import pytest

from _cli_util import CORE, NO_COMMA, write
from followup_lint import Config, ConfigError


def _paths(out: str) -> list[str]:
    return [f["path"] for f in json.loads(out)["files"]]


@pytest.mark.parametrize("front", ["to = 5", "cc = 3.5", "bcc = true", "attachments = 5",
                                   "sent_at = 0001-01-01T00:00:00Z", "sent_at = 9999-12-31T23:59:59Z"])
def test_bad_front_matter_fails_that_file_only(tmp_path, cli, front):
    write(tmp_path / "bad.md", f"+++\n{front}\n+++\n" + NO_COMMA)
    write(tmp_path / "good.md", NO_COMMA)
    r = cli(["check", "--isolated", "--format", "json", "bad.md", "good.md"], tmp_path)
    assert r.code == 2 and "internal error" not in r.err
    assert r.err.startswith("bad.md: error: ") and len(r.err.splitlines()) == 1
    key = front.split(" ")[0]
    assert key.replace("_", "") in r.err.replace("_", "").lower() or "out of range" in r.err
    assert any(f["path"] == "good.md" and f["findings"] for f in json.loads(r.out)["files"])


@pytest.mark.parametrize("glob", ["[!]", "[z-a]", "[]]"])
def test_a_broken_glob_is_a_config_error_naming_the_key(glob):
    with pytest.raises(ConfigError, match=r"exclude: .* is not a valid glob"):
        Config.from_dict({"exclude": [glob]})
    with pytest.raises(ConfigError, match=r"per-path-ignores: .* is not a valid glob"):
        Config.from_dict({"per-path-ignores": {glob: ["FL108"]}})


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://host.example/x", "data:,hello", "localhost:8081"])
def test_languagetool_url_is_http_only(url):
    with pytest.raises(ConfigError, match="languagetool.url must be an http:// or https:// URL"):
        Config.from_dict({"languagetool": {"url": url}})
    assert Config.from_dict({"languagetool": {"url": "https://lt.example/v2"}}).languagetool.url


@pytest.mark.parametrize("value", ["1e308", "nan", "inf", "-inf"])
def test_rule_options_out_of_range_are_config_errors(tmp_path, cli, value):
    write(tmp_path / ".followup-lint.toml", f"[rules.sent-too-late]\nwarn-after-hours = {value}\n")
    write(tmp_path / "a.md", NO_COMMA)
    r = cli(["check", "a.md"], tmp_path)
    assert r.code == 2 and "internal error" not in r.err
    assert "rules.sent-too-late.warn-after-hours must be a number between" in r.err


def test_an_unreadable_folder_is_an_error_not_silence(tmp_path, cli, monkeypatch):
    write(tmp_path / "d" / "ok.md", NO_COMMA)
    (tmp_path / "d" / "locked").mkdir()
    real = os.scandir

    def scandir(path):  # root reads every folder: refuse the one the test locks
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    r = cli(["check", "--isolated", "--select", CORE, "d"], tmp_path)
    assert r.code == 2
    assert "d/locked: error: cannot read the folder: Permission denied" in r.err
    assert "d/ok.md:3:1: FL108" in r.out


def test_an_unsearchable_parent_fails_that_input_only(tmp_path, cli, monkeypatch):
    from pathlib import Path

    write(tmp_path / "ok.md", NO_COMMA)
    real = Path.exists

    def exists(self, *args, **kwargs):
        if "hidden" in str(self):
            raise PermissionError(13, "Permission denied")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "exists", exists)
    r = cli(["check", "--isolated", "--select", CORE, "hidden/a.md", "ok.md"], tmp_path)
    assert r.code == 2 and "hidden/a.md: error: cannot read: Permission denied" in r.err
    assert "ok.md:3:1: FL108" in r.out


def test_stdout_on_a_full_disk_is_a_one_line_error(tmp_path):
    import subprocess
    import sys

    from _cli_util import ROOT

    write(tmp_path / "a.md", NO_COMMA)
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "followup_lint", "check", "--isolated", "a.md"], cwd=tmp_path,
                              stdout=full, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == ["followup-lint: stdout: cannot write the results: "
                                                 "No space left on device"]


def test_interview_add_with_a_lone_surrogate_is_a_clean_error(tmp_path, cli):
    book = tmp_path / "book.toml"
    r = cli(["interview", "add", "--interviews", str(book), "--company", "Acme", "--interviewer", "Dana <d@acme.example>",
             "--topic", "caf\udce9"], tmp_path)
    assert r.code == 2 and "internal error" not in r.err and "not valid text" in r.err
    assert not book.exists() or "caf" not in book.read_text()
