"""A bracketed list of field words that glosses the noun before it ("the users details (name, email,
address)", thirtieth ad-101) and a to-do marker that is a Markdown heading ("#TODO - not included",
thirty-first ae-104) are the note's own prose for the reader; a template's field slot and a note left to
oneself stay placeholders."""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders


def kinds(text: str) -> list[str]:
    return [p.kind for p in find_placeholders(text)]


@pytest.mark.parametrize("line", [
    "The table could list each customer's contact (name, phone number, email) in one column.",
    "The form asks for three fields (name, address, email) before checkout.",
    "I stored the applicant details (name, email) in Postgres.",
    "Each row holds the sender data (name, title, company) as JSON.",
    "## TODO\n- Add integration tests.",
    "# TODO: not included\n- Caching.",
    "### TODO - left for later\n- Pagination.",
])
def test_a_gloss_or_a_heading_is_no_placeholder(line: str) -> None:
    assert not kinds(line)


@pytest.mark.parametrize("line", [
    "Sincerely,\n(name, title, phone)",
    "Best regards, (name, email)",
    "Thank you for your time.\n\n(your name and credentials)",
    "I stored the details (Name, Email) somewhere.",               # capitalised: left as found before
    "TODO: add the link to the repo",
    "Thanks again. TODO - check her title",
])
def test_a_slot_or_a_note_to_self_stays_one(line: str) -> None:
    assert kinds(line)
