"""Postal address lines ("123 Main Street", "Anytown, TX 75001", "London SW1A 1AA"): a pure reading of one line."""

from __future__ import annotations

import pytest

from followup_lint.document.postal import in_postal_line, is_postal_line


@pytest.mark.parametrize("line", [
    "Sometown, OH 43001",                # US: town, state code, ZIP
    "Brackley, Texas 78701-1234",        # a state written in full, ZIP+4
    "Lakeview, New Hampshire 03101",     # a state of two words
    "Dunmore, north carolina 27601",
    "  Pemberton, NJ 08068  ",
    "Hollowmere, BC V6B 4Y8",            # Canada: province and postal code
    "Westerbury NSW 2790",               # Australia: state and four-digit postcode
    "Ashcombe EX7 0QA",                  # Britain: town and postcode
    "Millbrook, M1 1AE",
    "80331 Springvale",                  # a postcode before the town
    "D-10115 Berlin",
    "48 Quorndale Road",                 # a street line: number, name, street word
    "1220 Warwick Ave., Suite 400",
    "Flat 3, 12 High St",
    "350 5th Avenue",
    "PO Box 42",
    "P.O. Box 1234",
])
def test_address_lines_are_recognised(line: str) -> None:
    assert is_postal_line(line)


@pytest.mark.parametrize("line", [
    "I met 3 people on the street",
    "3 times in a row.",
    "We cut 12 hours a week from the close",
    "Thanks for the chat about the 2024 plans.",
    "I live at 12 High Street and love the walk to work.",
    "Dear Ms. Okafor,",
    "Healthcare Partners",
    "Texas Oil & Investments, Inc.",
    "In 2024 Berlin",
    "",
])
def test_prose_and_other_lines_are_not_addresses(line: str) -> None:
    assert not is_postal_line(line)


def test_the_line_holding_an_offset_is_read() -> None:
    text = "Please post it to:\r\n48 Quorndale Road\r\nSometown, OH 43001\r\nThanks."
    assert in_postal_line(text, text.index("Quorndale"))
    assert in_postal_line(text, text.index("Sometown"))
    assert not in_postal_line(text, text.index("post"))
    assert not in_postal_line(text, text.index("Thanks"))
