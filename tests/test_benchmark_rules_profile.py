"""benchmarks/rules_profile.py keeps working as the engine changes: every part it charges is named and timed.

The script reads the engine's plan of rules; when that plan's shape changed, the script broke with a
ValueError and nobody noticed until a profile was wanted. One quick repetition is run here (timings are
not asserted: that is what the script is for)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import rules_profile
    finally:
        sys.path.pop(0)
    return rules_profile


def test_profile_charges_the_document_the_metrics_and_every_rule_that_ran():
    from followup_lint.engine import default_linter

    result = _module().profile(reps=1)
    parts = result["parts_ms"]
    assert result["drafts"] >= 20
    assert "(document)" in parts and "(metrics)" in parts
    assert any(name.startswith("(analysis.") for name in parts)
    for rule in default_linter().rules:
        assert rule.name in parts, rule.name
    assert all(ms >= 0 for ms in parts.values())
    assert result["median_total_ms"] > 0


def test_profile_command_line_prints_a_table(capsys):
    assert _module().main(["--reps", "1"]) == 0
    out = capsys.readouterr().out
    assert "median lint_draft" in out
    assert "(document)" in out
