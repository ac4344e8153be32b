"""leftover-placeholder (FL205): a program's format specifier left where its value belongs (thirty-third ag-307:
"regarding the %s position"). printf's "%s" / "%d", Python's "%(company)s", str.format's "{0}" and "{}", a regex
replacement's "$1" (data [format_slots] of placeholders.toml). Not residue: the notation named in prose about
code ("the logger uses %s format", "I used %s instead of f-strings"), a string quoted as code, "{}" and "$1"
where no name or role stands ("returns {} when empty", "costs $1 each", prices "$1.50"), and code spans.
Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders
from followup_lint.rules.placeholder import LeftoverPlaceholder
from followup_lint.testing import flagged_texts

RULE = LeftoverPlaceholder


def note(line: str, greeting: str = "Dear Ms. Okafor,") -> str:
    return f"{greeting}\n\n{line}\n\nBest regards,\nRavi Menon"


@pytest.mark.parametrize("text,slot", [
    (note("Thank you for meeting me about the %s role at the depot."), "%s"),
    (note("I would be glad to join %(company)s and its cold-chain team."), "%(company)s"),
    (note("It was a pleasure to talk about the {0} opening on Monday."), "{0}"),
    (note("I enjoyed meeting the {} team during the site visit."), "{}"),
    (note("Thank you for the interview.", greeting="Hi {0},"), "{0}"),
    (note("Thank you for the interview.", greeting="Dear %s,"), "%s"),
    (note("Thank you for the interview.", greeting="Hello $1,"), "$1"),
    (note("I am excited about the $2 position you described."), "$2"),
    (note("We spoke about %d years of experience in planning."), "%d"),
])
def test_a_format_specifier_left_in_is_a_placeholder(text: str, slot: str) -> None:
    assert flagged_texts(RULE, text) == [slot]


def test_the_other_groups_of_a_replacement_follow_the_first() -> None:
    assert flagged_texts(RULE, note("I loved the $1 position and the culture at $2.")) == ["$1", "$2"]


@pytest.mark.parametrize("line", [
    "The service logs with %s formatting, as the old module did.",
    "I used %s instead of f-strings because the logger defers formatting.",
    "The parser returns {} when the file is empty.",
    "A coffee there costs $1 each, so the team buys in bulk.",
    "Fuel went from $1 to $3 a litre in two years.",
    "The fee is $1.50 per pallet and $1,000 a month for storage.",
    'The handler calls printf("%d", count) before each flush.',
    "I kept `the %s position` and `{}` only inside code comments.",
    "Sales grew 50%s quarter after quarter, hm, 50% each quarter.",
    "Instead of {} you need to write the warehouse code.",
    "The export writes dates as %d/%m/%Y and times as %H:%M:%S for the depot.",
])
def test_a_specifier_named_or_a_price_is_no_placeholder(line: str) -> None:
    assert flagged_texts(RULE, note(line)) == []


@pytest.mark.parametrize("text", ["%s", "{0}", "{}", "$1", "%(x)s"])
def test_a_long_run_of_specifiers_is_read_in_linear_time(text: str) -> None:
    found = find_placeholders(("the " + text + " role ") * 2000)
    assert len(found) == 2000
