"""too-long (FL305): info over 250 words, warning over 400 (options)."""

from __future__ import annotations

import pytest

from followup_lint import Severity
from followup_lint.rules.length import TooLong
from followup_lint.testing import assert_clean, findings_of

SENTENCE = "I enjoyed hearing how the team moved billing to the new platform. "  # 12 words


def note(words: int) -> str:
    body = (SENTENCE * (words // 12 + 1)).split()[:words]
    return "Hi Dana,\n\n" + " ".join(body) + ".\n\nBest,\nSam"


BAD = [(n, Severity.INFO) for n in (252, 260, 300, 350, 390)] + [(n, Severity.WARNING) for n in (402, 450, 500, 800, 1200)]
GOOD = [20, 50, 80, 100, 120, 150, 180, 200, 230, 246]


@pytest.mark.parametrize(("words", "level"), BAD)
def test_flags_long_notes(words: int, level: Severity) -> None:
    (finding,) = findings_of(TooLong, note(words))
    assert finding.severity is level and finding.span is None
    assert finding.data["words"] >= words


@pytest.mark.parametrize("words", GOOD)
def test_short_notes_pass(words: int) -> None:
    assert_clean(TooLong, note(words))


def test_quoted_reply_and_signature_do_not_count() -> None:
    quoted = "\n".join("> " + SENTENCE for _ in range(60))
    body = note(100) + "\n-- \n" + "Sam Lee, Engineer\n" * 3 + "\nOn Mon, Dana wrote:\n" + quoted
    assert_clean(TooLong, body)


def test_thresholds_are_options() -> None:
    assert findings_of(TooLong, note(120), options={"info-over-words": 100})
    (f,) = findings_of(TooLong, note(120), options={"info-over-words": 50, "warn-over-words": 100})
    assert f.severity is Severity.WARNING
