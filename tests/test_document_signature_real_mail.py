"""Signatures and "Sent from my ..." lines in real messages (../shared/eval/emails, when present).

Most real mail keeps CRLF line breaks after decoding; a line-end anchor that does not allow the "\\r"
missed 6 of the 7 signature and mobile lines of these messages (every CRLF one). The words after them
are not the candidate's prose, so they must never be spell-checked.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup_lint import Draft, InputError
from followup_lint.document import Document

EMAILS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "emails"
_MARKERS = re.compile(r"^(?:--[ \t]?|[ \t]*Sent from my [^\r\n]+)(?=\r?$)", re.MULTILINE)


def _plain_drafts() -> list[tuple[str, Draft]]:
    out = []
    for path in sorted(EMAILS.rglob("*.eml")):
        try:
            draft = Draft.from_email(path.read_bytes())
        except InputError:
            continue
        out.append((path.name, draft))
    return out


def test_signature_and_mobile_lines_of_real_mail_are_not_own_text() -> None:
    if not EMAILS.is_dir():
        pytest.skip("../shared/eval/emails is absent")
    seen, crlf, missed = 0, 0, []
    for name, draft in _plain_drafts():
        doc = Document(draft)
        if doc.body.is_html:
            continue
        for m in _MARKERS.finditer(draft.body):
            seen += 1
            crlf += draft.body.startswith("\r\n", m.end())
            if doc.own[m.start():m.end()].strip():
                missed.append((name, m.group()))
    assert seen >= 5 and crlf >= 3, "the messages no longer hold the signature lines this test is about"
    assert missed == []


LINE_BREAKS = pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])


@LINE_BREAKS
@pytest.mark.parametrize("marker", ["-- ", "--", "-----Original Message-----"])
def test_what_follows_a_signature_or_original_message_marker_is_not_own_text(marker: str, eol: str) -> None:
    body = eol.join(["Hi Dana,", "", "Thanks for the chat.", "", marker, "Maya Fischre", "Engineer", ""])
    doc = Document(Draft(body=body))
    assert "Fischre" not in doc.own
    assert "Thanks for the chat." in doc.own


@LINE_BREAKS
@pytest.mark.parametrize("line", ["Sent from my iPhone", "Get Outlook for Android", "Sent from Mail for Windows",
                                  "Von meinem Samsung Galaxy gesendet"])
def test_mobile_lines_are_not_own_text_at_any_line_break(line: str, eol: str) -> None:
    body = eol.join(["Hi Dana,", "", "Thanks for the chat.", "", line, ""])
    doc = Document(Draft(body=body))
    assert doc.own.strip() and line.split()[-1] not in doc.own
