"""A ``{name}`` path parameter in a URL or a route is where the reader types a value, not a slot left
unfilled; a ``{Name}`` slot in prose stays one."""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders


@pytest.mark.parametrize("line", [
    "Try it at https://demo.example/api/teams/{teamId}/players once the server is up.",
    "The endpoint GET /invoices/{invoiceNumber} returns the PDF.",
    "Open localhost:3000/orders/{orderId}/items/{itemId} in the browser.",
])
def test_a_path_parameter_is_no_placeholder(line: str) -> None:
    assert not [p for p in find_placeholders(line) if p.kind == "brace"]


@pytest.mark.parametrize("line,slot", [
    ("Dear {Name}, thank you for the call.", "{Name}"),
    ("I enjoyed our talk about {topic}/the roadmap.", "{topic}"),
    ("Thanks, {first_name} / {Company}", "{Company}"),     # a slash between words is no path
])
def test_a_brace_slot_in_prose_is_still_a_placeholder(line: str, slot: str) -> None:
    assert slot in [p.text for p in find_placeholders(line)]
