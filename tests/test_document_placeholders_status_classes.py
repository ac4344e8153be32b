"""A class of status codes, one digit from 1 to 5 and two x's ("HTTP 5xx", "4XX errors", "2xx/3xx"; the
twenty-seventh batch's aa-105), names every code of its hundred: nothing is left to fill in. An x-run inside a
longer number or a date stays a blank ("20XX", "xx/xx/2024", "0XX XXX XXXX", "$5XX")."""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders


@pytest.mark.parametrize("line", [
    "The client retries on any 5XX and gives up on 4XX after logging it.",
    "Only 2xx/3xx responses are cached by the proxy.",
    "A 1xx reply is ignored, and 5xx-class errors go to the dead-letter queue.",
    "Alert when the share of 5xx (not 4xx) passes one percent.",
])
def test_a_status_class_is_no_placeholder(line: str) -> None:
    assert not [p.text for p in find_placeholders(line) if p.kind == "x-run"], line


@pytest.mark.parametrize("line,blank", [
    ("I could start in March 20XX.", "20XX"),
    ("My notice ends on xx/xx/2025.", "xx/xx/2025"),
    ("The salary offered was $5XX a week.", "5XX"),
    ("Reach me at 0XX XXX XXXX.", "XXXX"),
    ("Ask for room 15XX at the front desk.", "15XX"),
])
def test_an_x_run_in_a_number_or_a_date_is_still_a_blank(line: str, blank: str) -> None:
    assert blank in [p.text for p in find_placeholders(line)], line
