"""spacing (FL105): a qualified name of code ("org.acme.ReportJob.run") and an address of any scheme
("postgres://", "mongodb+srv://", "s3://") hold no missing space; prose glued at a full stop still does."""

from __future__ import annotations

import pytest

from followup_lint.rules.mechanics import Spacing
from followup_lint.testing import assert_clean, flagged_texts


def note(line: str) -> str:
    return f"Hi Ana,\n\nThanks for reviewing the task. {line}\n\nBest,\nKofi"


@pytest.mark.parametrize("line", [
    "Start it from org.acme.ReportJob.run in the IDE.",
    "The entry point is app.services.PaymentService.Charge when the flag is on.",
    "Set DATABASE_URL=postgres://demo:Xy7Pq2@db.internal/reports?sslmode=Require before you run it.",
    "Point it at mongodb+srv://app:K9vT3z@cluster1.ab12c.mongodb.net/shop?retryWrites=true first.",
    "The bucket is s3://acme-exports/daily?Region=eu for the dumps.",
    # a Windows path (twenty-sixth u-144)
    "The binaries land in planner\\Planner.Tests\\bin\\Debug\\net8.0 after a build.",
    "Open shiftplan\\src\\Main.cs to start.",
])
def test_code_names_and_addresses_hold_no_missing_space(line: str) -> None:
    assert_clean(Spacing, note(line))


@pytest.mark.parametrize("line,mark", [
    ("It was fun to build.The tests cover the parser.", "."),
    ("Hope you like it.Thanks again for the chance.", "."),
    ("I used Spring.Hope that is fine?Let me know.", "?"),
])
def test_prose_glued_at_a_mark_is_still_reported(line: str, mark: str) -> None:
    assert mark in flagged_texts(Spacing, note(line))
