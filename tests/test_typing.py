"""The package type-checks: ``mypy followup_lint`` (configured in pyproject.toml) reports no error.

Skipped when mypy is not installed; the ``test`` extra installs it with the stub packages it needs.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_reports_no_error_on_the_package(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    # the cache goes to a temporary folder: the check leaves nothing in the checkout
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "followup_lint"],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"mypy found errors:\n{output}"
    # every module was checked: none excluded nor skipped by the configuration
    checked = re.search(r"Success: no issues found in (\d+) source files", output)
    assert checked is not None, output
    modules = list((ROOT / "followup_lint").rglob("*.py"))
    assert int(checked.group(1)) == len(modules), output
