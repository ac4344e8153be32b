"""Shared test configuration: bounded Hypothesis profiles.

``ci`` (the default) keeps property tests fast and deterministic; ``dev`` explores more. Choose with
``HYPOTHESIS_PROFILE=dev``.
"""

from __future__ import annotations

import os

try:
    from hypothesis import HealthCheck, settings
except ImportError:  # hypothesis is a test extra; tests that need it import it themselves
    settings = None  # type: ignore[assignment]

if settings is not None:
    settings.register_profile(
        "ci", max_examples=60, deadline=None, derandomize=True, print_blob=True,
        suppress_health_check=(HealthCheck.too_slow, HealthCheck.data_too_large),
    )
    settings.register_profile(
        "dev", max_examples=1000, deadline=None,
        suppress_health_check=(HealthCheck.too_slow, HealthCheck.data_too_large),
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


import pytest  # noqa: E402


@pytest.fixture
def cli(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """``cli(args, cwd, stdin=None)``: run ``followup-lint`` in-process (a module may define its own)."""
    from _cli_util import run_cli

    monkeypatch.delenv("NO_COLOR", raising=False)

    def run(args, cwd, stdin=None):  # type: ignore[no-untyped-def]
        return run_cli(args, cwd, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)
    return run
