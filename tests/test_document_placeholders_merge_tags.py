"""Mail-merge and snippet fields of common tools, and the dummy text of typesetting, left unfilled are
placeholders (thirtieth ad-314 ``*|FNAME|*``, ad-317 ``${2:specific topic}``, thirty-first ae-308 "Lorem ipsum
dolor sit amet"); the syntaxes are data ([merge_tags] of ``data/placeholders.toml``). Code, prose that
mentions the filler, and prose's own marks stay clear."""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders


@pytest.mark.parametrize("line,slot", [
    ("Hello *|FIRST_NAME|*, thanks for the call.", "*|FIRST_NAME|*"),
    ("Good morning *|MC:CONTACT|*,", "*|MC:CONTACT|*"),
    ("Dear <<First Name>>, thank you for Friday.", "<<First Name>>"),
    ("Hi [[FIRSTNAME]], great to meet you.", "[[FIRSTNAME]]"),
    ("Dear %%LastName%%, thank you for your time.", "%%LastName%%"),
    ("Hi {!Contact.FirstName}, thanks again.", "{!Contact.FirstName}"),
    ("I liked hearing about ${1:the project} most.", "${1:the project}"),
    ("Dear ${1|Mr,Ms|} Okafor,", "${1|Mr,Ms|}"),
    ("Thanks for the chat about ${3} yesterday.", "${3}"),
    ("Hi %filltext:name=first name%, thank you for Monday.", "%filltext:name=first name%"),
])
def test_a_merge_or_snippet_field_is_a_placeholder(line: str, slot: str) -> None:
    assert slot in [p.text for p in find_placeholders(line)]


@pytest.mark.parametrize("line", [
    "In C++ I wrote std::cout << total << std::endl; for the report.",
    "The shift a<<b>>c was the bug.",
    "The budget went up 20%% and then 30%% after review.",
    "It costs ${cost} less* than |the old one|.",
    "Matrix [[1, 2], [3, 4]] is the example from the brief.",
    "Thanks for the chat about $5 coffee and 10% tips.",
])
def test_prose_and_code_marks_are_no_merge_field(line: str) -> None:
    assert not [p for p in find_placeholders(line) if p.kind == "merge"]


@pytest.mark.parametrize("line", [
    "Dolor sit amet, consectetur adipiscing elit, sed do eiusmod.",
    "Thanks again!\n\nlorem ipsum dolor sit amet\n\nBest, Ana",
    "LOREM IPSUM DOLOR SIT AMET",
    "Consectetur adipiscing elit.",
])
def test_typesetting_filler_is_a_placeholder(line: str) -> None:
    assert [p for p in find_placeholders(line) if p.kind == "filler-text"]


@pytest.mark.parametrize("line", [
    "The landing page still shows lorem ipsum text; I replaced it in the second commit.",
    "I swapped the Lorem Ipsum copy for real product names.",
    "Ipsum is Latin, as our chat about the old signage reminded me.",
    "Dolores from the sit-down session said amet was a typo.",
])
def test_a_mention_of_the_filler_is_prose(line: str) -> None:
    assert not [p for p in find_placeholders(line) if p.kind == "filler-text"]
