"""Config and templates from a repository cannot execute code.

No eval/exec in the package; a hostile config value is data, never code; Jinja templates render in
the sandbox; plugins come only from installed entry points, and ``--no-plugins`` (or
``plugins = false``) runs the built-in rules only.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import followup_lint
from followup_lint import Config, ConfigError, Linter

PACKAGE = Path(followup_lint.__file__).resolve().parent
ROOT = PACKAGE.parent

# Builtins that turn data into code. Attribute calls (re.compile, env.compile_expression) are not builtins.
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "breakpoint"}


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_eval_or_exec_in_the_package() -> None:
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.func.id}(")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                    "system", "popen") and isinstance(node.func.value, ast.Name) and node.func.value.id == "os":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: os.{node.func.attr}(")
            if isinstance(node, ast.keyword) and node.arg == "shell" and not (
                    isinstance(node.value, ast.Constant) and node.value.value is False):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: shell=")
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and (
                    (node.value.id, node.attr) in {("pickle", "load"), ("pickle", "loads"), ("marshal", "loads"),
                                                   ("yaml", "load")}):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.id}.{node.attr}")
    assert not found, "code from data: " + "; ".join(found)


def test_no_eval_or_exec_text() -> None:
    """The plain-text grep the issue asks for (comments and strings included, minus attribute calls)."""
    import re

    pattern = re.compile(r"(?<![\w.])(?:eval|exec)\(")
    hits = [f"{p.relative_to(ROOT)}:{i}" for p in _sources()
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert not hits, hits


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_hostile_config_values_are_data(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"__import__('os').system('touch {marker}')"
    for table in ({"plugins": payload}, {"select": [payload]}, {"language": payload}, {"words": [payload]},
                  {payload: 1}, {"rules": {payload: {"severity": "error"}}},
                  {"rules": {"too-long": {"warn-over-words": payload}}}):
        try:
            config = Config.from_dict(table, path=str(tmp_path / ".followup-lint.toml"))
            Linter(config).lint(f"Hi Dana,\n\n{payload}\n\nBest,\nSam", None)
        except (ConfigError, ValueError, TypeError):
            pass
        assert not marker.exists(), table


def _cli_ready() -> bool:
    return importlib.util.find_spec("followup_lint.cli.check") is not None


def test_hostile_repository_config_via_cli(tmp_path: Path) -> None:
    if not _cli_ready():
        pytest.skip("followup_lint.cli.check does not exist yet")
    marker = tmp_path / "pwned"
    repo = tmp_path / "repo"
    repo.mkdir()
    cmd = f"__import__('os').system('touch {marker}')"
    (repo / ".followup-lint.toml").write_text(
        f'select = ["ALL"]\nwords = ["{cmd}"]\n[rules.too-long]\nseverity = "error"\n', encoding="utf-8")
    (repo / "draft.md").write_text(
        "+++\nsubject = \"{{ cycler.__init__.__globals__.os.system('touch " + str(marker) + "') }}\"\ntemplate = true\n"
        "[sample]\nname = \"{{ ''.__class__.__mro__[1].__subclasses__() }}\"\n+++\n"
        "Hi {{ name }},\n\n{{ lipsum.__globals__['os'].popen('touch " + str(marker) + "').read() }}\n"
        "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{{ c }}{% endfor %}\n\nBest,\nSam\n",
        encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "followup_lint", "check", str(repo)], capture_output=True,
                          text=True, cwd=str(repo), timeout=120)
    assert proc.returncode in (0, 1, 2), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert not marker.exists()


def test_jinja_renders_in_the_sandbox(tmp_path: Path) -> None:
    pytest.importorskip("jinja2")
    from followup_lint import templating

    marker = tmp_path / "pwned"
    attacks = [
        "{{ cycler.__init__.__globals__.os.system('touch %s') }}" % marker,
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ lipsum.__globals__['os'].popen('touch %s').read() }}" % marker,
        "{% include '/etc/passwd' %}",
        "{{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}",
    ]
    for body in attacks:
        try:
            rendered = templating.render("", body, {"x": 1})
        except templating.TemplateError:
            continue
        text = getattr(rendered, "body", str(rendered))
        assert "root:" not in str(text)
    assert not marker.exists()


# -- plugins --------------------------------------------------------------------------------------------

PLUGIN = '''
"""A test plugin rule; importing it leaves a marker file."""
import os
from pathlib import Path

from followup_lint.results import Severity
from followup_lint.rule import Rule

Path(os.environ["FL_PLUGIN_MARKER"]).write_text("imported")


class Shout(Rule):
    """Flags every draft (a test plugin).

    ## What it does
    Nothing useful.
    """

    code = "ZZT001"
    name = "zz-test-shout"
    default_severity = Severity.INFO

    def check(self, ctx):
        yield ctx.finding("a test plugin was here")
'''


def _plugin_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    site = tmp_path / "plugin-site"
    site.mkdir()
    (site / "zz_fl_test_plugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    dist = site / "zz_fl_test_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: zz-fl-test-plugin\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[followup_lint.rules]\nshout = zz_fl_test_plugin:Shout\n", encoding="utf-8")
    marker = tmp_path / "imported"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["FL_PLUGIN_MARKER"] = str(marker)
    return env, marker


def test_plugins_only_from_entry_points_and_no_plugins(tmp_path: Path) -> None:
    env, marker = _plugin_env(tmp_path)
    code = ("import json; from followup_lint import Linter, Config\n"
            "print(json.dumps([[r.code for r in Linter().rules], [r.code for r in Linter(plugins=False).rules],"
            " [r.code for r in Linter(Config(plugins=False)).rules]]))")
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    with_plugins, without, config_off = json.loads(proc.stdout)
    assert "ZZT001" in with_plugins
    assert "ZZT001" not in without and "ZZT001" not in config_off
    # built-in rules only, and the plugin module is never imported
    marker.unlink()
    proc = subprocess.run([sys.executable, "-c", code.replace("Linter().rules", "Linter(plugins=False).rules")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not marker.exists(), "plugins=False must not import plugin modules"


def test_cli_no_plugins(tmp_path: Path) -> None:
    if not _cli_ready():
        pytest.skip("followup_lint.cli.check does not exist yet")
    env, marker = _plugin_env(tmp_path)
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Dana,\n\nThank you for the interview today.\n\nBest,\nSam\n", encoding="utf-8")
    cli = [sys.executable, "-m", "followup_lint"]
    listed = subprocess.run([*cli, "rules", "--format", "json"], env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert "ZZT001" in {r["code"] for r in json.loads(listed.stdout)}
    marker.unlink()
    listed = subprocess.run([*cli, "rules", "--format", "json", "--no-plugins"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert "ZZT001" not in {r["code"] for r in json.loads(listed.stdout)}
    checked = subprocess.run([*cli, "check", "--isolated", "--no-plugins", "--format", "json", str(draft)], env=env,
                             capture_output=True, text=True, timeout=120, cwd=str(tmp_path))
    assert checked.returncode in (0, 1), checked.stderr[-2000:]
    assert "ZZT001" not in checked.stdout
    assert not marker.exists(), "--no-plugins must not import plugin modules"
    checked = subprocess.run([*cli, "check", "--isolated", "--format", "json", str(draft)], env=env,
                             capture_output=True, text=True, timeout=120, cwd=str(tmp_path))
    assert "ZZT001" in checked.stdout, checked.stderr[-2000:]
