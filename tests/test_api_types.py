"""The Python examples of README.md and docs/api.md pass ``mypy --strict``: the type hints say what the
API accepts (ISO strings for the times, mappings for interviewers, ``Severity("warning")``). Skipped when
mypy is not installed (it is in the ``test`` extra)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from followup_lint import Severity

ROOT = Path(__file__).resolve().parent.parent
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)


def _examples() -> list[tuple[str, str]]:
    out = []
    for doc in ("README.md", "docs/api.md"):
        for i, code in enumerate(_BLOCK.findall((ROOT / doc).read_text(encoding="utf-8"))):
            out.append((f"{doc}#{i + 1}", code))
    return out


@pytest.mark.parametrize("name", ["Draft", "Interview", "FollowUp"])
def test_typed_constructors_list_every_field_in_order(name):
    """The constructor signatures written for type checkers (under TYPE_CHECKING) keep up with the fields."""
    import ast
    import dataclasses

    import followup_lint.model as model

    tree = ast.parse(Path(model.__file__).read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)
    init = next(f for n in cls.body if isinstance(n, ast.If) for f in n.body
                if isinstance(f, ast.FunctionDef) and f.name == "__init__")
    params = [a.arg for a in init.args.args[1:]]
    assert params == [f.name for f in dataclasses.fields(getattr(model, name)) if f.init]


def test_severity_from_its_name():
    assert Severity("warning") is Severity.WARNING and Severity("ERROR") is Severity.ERROR
    assert Severity(1) is Severity.INFO
    with pytest.raises(ValueError):
        Severity("fatal")


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_the_documented_examples_pass_mypy_strict(tmp_path):
    examples = _examples()
    assert len(examples) >= 2
    files = []
    for name, code in examples:
        path = tmp_path / (re.sub(r"\W", "_", name) + ".py")
        # names the examples take from their surroundings (a message, an interview, an SMTP connection)
        prelude = ("from typing import Any\nmessage_bytes: bytes = b''\nsmtp: Any = None\n"
                   "from followup_lint import Interview\ninterview: Interview = Interview()\n")
        path.write_text(prelude + code, encoding="utf-8")
        files.append(str(path))
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent",
                           "--cache-dir", str(tmp_path / ".mypy_cache"), "--no-error-summary", *files],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, env={"MYPYPATH": str(ROOT),
                                                                                       "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
