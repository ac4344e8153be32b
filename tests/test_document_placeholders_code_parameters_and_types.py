"""Placeholders in the setup notes of a take-home (the twenty-sixth batch): a profile link's field in the
writer's own clone command stays a slot even in code (only the writer knows the name); a query's parameter
("?page={page}"), a path parameter behind Markdown emphasis, a slot the note tells the reader how to fill
("Instead of {id} write ..."), a type's parameter glued to its name ("IObservable<T>") and a value inside a
fenced block indented under a numbered step are not slots. Both ways."""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders


def texts(text: str) -> list[str]:
    return [p.text for p in find_placeholders(text)]


@pytest.mark.parametrize("text,slot", [
    ("1. Clone it:\n```bash\ngit clone https://github.com/your-username/parking-permits.git\n```\n", "your-username"),
    ("```\ngit clone git@gitlab.com:x https://gitlab.com/username/ledger\n```\n", "username"),
    ("Run `git clone https://github.com/yourname/tide-app` first.", "yourname"),
])
def test_a_profile_links_field_in_code_is_still_a_placeholder(text: str, slot: str) -> None:
    assert slot in texts(text)


@pytest.mark.parametrize("text", [
    "**localhost:9000/rides?from={from}&to={to}** : lists the rides between two stops",
    "Search with http://localhost:5000/books?author={author}&page={page} for the list.",
    "_localhost:8080/orders/{orderId}/lines_ returns the lines of one order.",
    "*Instead of {userId} type the number of a user: 1, 2 or 3*",
    "Replace {token} with the value printed by the login call.",
    "The handler returns Task<Result> and the cache holds a Map<Key> for each user.",
    "2. In the body write:\n    ```\n    {\"email\": \"your_email@mail.example\"}\n    ```\n3. Send it.",
])
def test_parameters_types_and_explained_slots_are_no_placeholders(text: str) -> None:
    assert not texts(text), texts(text)


@pytest.mark.parametrize("text,slot", [
    ("Dear {Name}, thank you for the call.", "{Name}"),
    ("I set x={x} in the greeting to {Company}.", "{x}"),          # "=" outside a query is no address
    ("Thank you for the interview for the <Role> position.", "<Role>"),
    ("I hope to join {company} soon, after the {team} meeting.", "{company}"),
])
def test_slots_in_prose_are_still_placeholders(text: str, slot: str) -> None:
    assert slot in texts(text)
