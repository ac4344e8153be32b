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


@pytest.mark.parametrize("line", [
    "This returns one employee:\n   {host}/employee/{id}\n",                # thirty-first ae-173
    "Call {baseUrl}/api/v1/health to check it is up.",
    "The service listens on {API_HOST}:8080 by default.",
    "Orders live at {env}/orders/{orderId} in every stage.",
    "Point the app at {server_url}/graphql first.",
])
def test_a_slot_heading_an_address_is_no_placeholder(line: str) -> None:
    assert not [p for p in find_placeholders(line) if p.kind == "brace"]


@pytest.mark.parametrize("line,slot", [
    ("Dear {First Name}/{Title}, thank you.", "{First Name}"),
    ("I liked the part about {topic}/the roadmap.", "{topic}"),
    ("Hi {name}/team, thanks for Friday.", "{name}"),
    ("Thanks, {Company}:\n", "{Company}"),
])
def test_a_slot_before_a_slash_in_prose_stays_one(line: str, slot: str) -> None:
    assert slot in [p.text for p in find_placeholders(line)]
