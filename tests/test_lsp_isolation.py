"""The language server's dependencies stay in the ``lsp`` extra: nothing but ``followup-lint lsp`` loads them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_library_and_the_other_commands_never_import_pygls() -> None:
    code = ("import sys, followup_lint, followup_lint.cli, followup_lint.cli.check, followup_lint.lsp\n"
            "from followup_lint.cli import build_parser\n"
            "build_parser()\n"
            "followup_lint.lint_draft('Hi Dana,\\n\\nThank you.\\n\\nBest,\\nSam\\n')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.stdout.strip() == "[]"
