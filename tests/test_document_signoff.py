"""The sign-off line as the document layer reads it: its phrase and the name after it."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.document import Document


@pytest.mark.parametrize("closing,phrase", [
    ("Best regards,", "Best regards"), ("Kind regards,", "Kind regards"), ("Cheers,", "Cheers"),
    ("Cofion gorau,", "Cofion gorau"), ("Asante sana,", "Asante sana"), ("Thanking you,", "Thanking you"),
    ("Ngā mihi,", "Ngā mihi"), ("Au plaisir,", "Au plaisir"), ("Yours respectfully,", "Yours respectfully"),
    ("Thanks and kind regards,", "Thanks and kind regards"), ("Blessings,", "Blessings"),
])
def test_signoff_phrases_of_many_regions(closing: str, phrase: str) -> None:
    doc = Document(Draft(body=f"Hi Ana,\n\nThank you for today.\n\n{closing}\nSam Lee"))
    assert doc.signoff is not None and doc.signoff.phrase == phrase
    assert doc.signoff.name_start is not None


@pytest.mark.parametrize("closing,punct", [("Best regards,", ","), ("Best regards", ""), ("Cheers!", "!")])
def test_signoff_punctuation_is_read(closing: str, punct: str) -> None:
    doc = Document(Draft(body=f"Hi Ana,\n\nThank you for today.\n\n{closing}\nSam Lee"))
    assert doc.signoff is not None and doc.signoff.punct == punct
