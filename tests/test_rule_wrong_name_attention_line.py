"""FL203 wrong-name: a letter's attention line that names a person who did not interview (thirty-third ag-304:
"ATTN: MR. JOSEPH KOECH" above a correct "Dear Mr. Langat:"). The letter is addressed to someone else, whatever
the salutation says. Other heads ("Attention:", "Attn.", "FAO", "For the attention of", "c/o"), in any case,
with or without a recipient block above; a role, a department or an organisation on the line names no one,
and the interviewer's own name there is right.
"""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

ADEBAYO = iv(("Folake Adebayo", "folake.adebayo@harbourfoods.example"), company="Harbour Foods Plc")
BLOCK = ("Tunde Balogun\n14 Marina Road\nLagos\n3 December 2026\n\n"
         "The Plant Manager\nHarbour Foods Plc\n22 Creek Road\nApapa, Lagos\n\n")
BODY = ("\n\nThank you for the interview on Tuesday and for walking me through the chiller line and the "
        "blast freezer defrost schedule.\n\nI look forward to hearing from you.\n\nYours sincerely,\n\nTunde Balogun")


@pytest.mark.parametrize("line,name", [
    ("ATTN: MRS. GRACE OKONJO", "MRS. GRACE OKONJO"),
    ("Attention: Mr. Emeka Nwosu", "Mr. Emeka Nwosu"),
    ("Attn. Dr. Halima Sani", "Dr. Halima Sani"),
    ("FAO: Peter Obi", "Peter Obi"),
    ("For the attention of Ms. Ngozi Eze, Head of Quality", "Ms. Ngozi Eze"),
    ("c/o Mr. Chidi Okafor", "Mr. Chidi Okafor"),
    ("Attention - Samuel Etim", "Samuel Etim"),
])
def test_an_attention_line_naming_someone_else_is_a_wrong_name(line: str, name: str) -> None:
    text = BLOCK + line + "\n\nDear Mrs. Adebayo:" + BODY
    assert flagged_texts(WrongName, text, ADEBAYO) == [name]
    assert flagged_texts(InterviewerNotNamed, text, ADEBAYO) == []  # the salutation still names her


def test_an_attention_line_without_an_address_block_is_read_too() -> None:
    text = "Attn: Mr. Kunle Ade\n\nDear Mrs. Adebayo," + BODY
    assert flagged_texts(WrongName, text, ADEBAYO) == ["Mr. Kunle Ade"]


@pytest.mark.parametrize("line", [
    "ATTN: MRS. FOLAKE ADEBAYO",          # the interviewer herself
    "Attention: Mrs. Adebayo",
    "Attn: Hiring Manager",               # a role
    "FAO: Human Resources Department",    # a department
    "For the attention of the Recruitment Team",
    "c/o Harbour Foods Plc",              # the right company
    "Attention: Plant Manager, Quality Unit",
])
def test_an_attention_line_naming_the_interviewer_or_no_person_is_fine(line: str) -> None:
    text = BLOCK + line + "\n\nDear Mrs. Adebayo:" + BODY
    assert flagged_texts(WrongName, text, ADEBAYO) == []


@pytest.mark.parametrize("body", [
    # a sentence of the message that opens on an attention word is no attention line
    "Dear Mrs. Adebayo,\n\nAttention to detail on the chiller line matters to me, Mr. Bassey taught me that.\n\n"
    "Yours sincerely,\nTunde",
    # no greeting: only a head with its colon opens an attention line
    "Attention Samuel Etim was the first thing I learned to give.\n\nThank you for the interview.\n\nTunde",
])
def test_a_sentence_opening_on_an_attention_word_names_no_addressee(body: str) -> None:
    assert flagged_texts(WrongName, body, ADEBAYO) == []


def test_an_attention_line_naming_a_recipient_of_the_note_is_whom_it_is_sent_to() -> None:
    from followup_lint import Draft

    text = BLOCK + "Attn: Mrs. Bisi Coker\n\nDear Mrs. Adebayo:" + BODY
    draft = Draft(body=text, subject="Thank you", to=("bisi.coker@harbourfoods.example",))
    assert flagged_texts(WrongName, draft, ADEBAYO) == []
