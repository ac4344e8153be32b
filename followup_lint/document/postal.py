"""Postal address lines: "123 Main Street", "Anytown, TX 75001", "London SW1A 1AA", "PO Box 42".

A pure reading of one line, for rules that should not judge an address as prose: the spelling rule
leaves the place names of a letter's sender and recipient blocks alone. It recognises the line's
shape (a house number and a street word; a town with a state or province and its postal code; a
town with a British postcode; a postcode before a town), not where the line stands in the letter.
The vocabulary is ``followup_lint/data/postal.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

__all__ = ["is_postal_line", "in_postal_line"]

_MAX_LINE: Final = 80  # an address line is short; a longer line is prose


def _alt(words: str, *, caseless: bool = False) -> str:
    body = "|".join(sorted(map(re.escape, words.split()), key=len, reverse=True))
    return f"(?i:{body})" if caseless else f"(?:{body})"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    from ..spelling.lexicon import read_toml_data  # the file itself when installed: no importlib.resources

    data = read_toml_data("postal.toml")
    regions, streets = data["regions"], data["streets"]
    gap = r"[ \t]+"
    two_words = "(?i:" + "|".join(gap.join(map(re.escape, line.split()))
                                  for line in regions["us_names_two"].splitlines() if line.strip()) + ")"
    town = r"[A-Z][\w'’.-]{0,30}(?:[ \t]+[A-Z][\w'’.-]{0,30}){0,3}"
    shapes = (
        # "Anytown, TX 75001" / "Austin, Texas 78701-1234"
        rf"{town},?{gap}(?:{_alt(regions['us'])}|{_alt(regions['us_names'], caseless=True)}|{two_words})\.?{gap}"
        rf"\d{{5}}(?:-\d{{4}})?",
        # "Ottawa, ON K1A 0B1"
        rf"{town},?{gap}{_alt(regions['ca'])}{gap}[A-Z]\d[A-Z][ \t]?\d[A-Z]\d",
        # "Sydney NSW 2000"
        rf"{town},?{gap}{_alt(regions['au'])},?{gap}\d{{4}}",
        # "London SW1A 1AA" / "Manchester, M1 1AE"
        rf"{town},?{gap}[A-Z]{{1,2}}\d[A-Z\d]?[ \t]?\d[A-Z]{{2}}",
        # "10115 Berlin" / "D-80331 München" / "75008 Paris"
        rf"(?:[A-Z]{{1,2}}-)?\d{{4,5}}{gap}{town}",
        # "123 Main Street" / "Flat 3, 12 High St" / "1220 Warwick Ave., Suite 400" (the street's name
        # starts with a capital or a digit: "3 times in a row" is prose)
        rf"(?:{_alt(streets['units'], caseless=True)}\.?{gap}[\w-]{{1,6}},?{gap})?"
        rf"\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,5}}[A-Za-z]?)?,?{gap}[A-Z\d][\w'’.-]{{0,30}}{gap}(?:[\w'’.-]{{1,30}}{gap}){{0,3}}"
        rf"{_alt(streets['suffixes'], caseless=True)}\.?"
        rf"(?:,?{gap}{_alt(streets['units'], caseless=True)}\.?[ \t]*#?[\w-]{{1,6}})?",
        # "PO Box 42" / "P.O. Box 1234"
        rf"(?i:p\.?[ \t]?o\.?{gap}box){gap}\d{{1,6}}",
    )
    return re.compile("(?:" + "|".join(shapes) + r"),?")


def is_postal_line(line: str) -> bool:
    """Whether ``line`` (one line, surrounding spaces allowed) is a postal address line."""
    line = line.strip()
    # (every shape holds a digit, a number or a code: a line without one, most lines the spelling rule asks
    # about, is answered without the pattern, which a draft unlike the last would otherwise compile, ~3 ms)
    return (0 < len(line) <= _MAX_LINE and any(map(str.isdecimal, line))
            and _pattern().fullmatch(line) is not None)


def in_postal_line(text: str, pos: int) -> bool:
    """Whether the line of ``text`` holding offset ``pos`` is a postal address line."""
    # (the line breaks are looked for no further than a line of postal length: a text of one 1 MB line
    # would otherwise be scanned to its ends for each word asked about)
    reach = 2 * _MAX_LINE + 1
    lo = max(0, pos - reach)
    start = max(text.rfind("\n", lo, pos), text.rfind("\r", lo, pos)) + 1
    if start == 0 and lo > 0:
        return False  # the line starts before lo: longer than 2 * _MAX_LINE
    hi = pos + reach
    ends = [i for i in (text.find("\n", pos, hi), text.find("\r", pos, hi)) if i >= 0]
    if not ends and hi < len(text):
        return False  # the line ends at or after hi: too long
    end = min(ends) if ends else len(text)
    return end - start <= 2 * _MAX_LINE and is_postal_line(text[start:end])
