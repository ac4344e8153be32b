"""Slots the reader fills on purpose are no leftover placeholders (twenty-third batch, i-102, i-104): a value of
the reader's own machine in setup steps ("http://{[your_domain] or [your_ip]}:8000"), a bracketed note to
the reader about running the work ("[Make sure port 8000 is free]"), and the bracketed detail of a Markdown
task list's item ("- [x] Improve loading (add a spinner)"), and an "Insert" whose object is such a value of the
reader's, its kind named or not ("Insert your API KEY by open the lookup.go file", twenty-fifth l-128). A letter's
field slot, and an instruction to write one, stay placeholders."""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders
from followup_lint.document.tokens import tokenize


@pytest.mark.parametrize("line", [
    "Then browse to http://{[your_host] or [your_ip]}:3000 to see it.",
    "Set DATABASE_URL to postgres://[your_username]:[your_password]@localhost/app first.",
    "Copy the key into .env as [your api_key] and restart.",
    "Start the server [Ensure port 5432 is not taken by another database].",
    "Open the admin page [if local] or the staging one.",
    "- [x] Speed up the list (add a virtualised table)\n- [ ] Dark mode (insert a toggle in the header)",
    "1. [x] Better errors (add a retry button)",
    "Copy the token into .env as [your GitHub access token] and restart.",
    "Insert your AWS secret key in settings.py, line 12, before running the import.",
    "Clone the repo.\nInsert your database password into docker-compose.yml and run make up.",
    "Insert your token where main.go reads it.",
])
def test_a_slot_the_reader_fills_is_no_placeholder(line: str) -> None:
    assert find_placeholders(line) == []


@pytest.mark.parametrize("line,slot", [
    ("Thank you for the chance to join [Your Company].", "[Your Company]"),
    ("I look forward to hearing from [your name] soon.", "[your name]"),
    ("- [ ] Email [Company Name] today", "[Company Name]"),
    ("Great meeting you today (add a detail about the talk).", "(add a detail about the talk)"),
    ("[Insert 2 sentences about your project] was the best part.", "[Insert 2 sentences about your project]"),
    ("Best,\nInsert your full name here.", "Insert your full name here."),
    ("Insert your portfolio URL so they can see the work.", "Insert your portfolio URL so they can see the work."),
    ("I enjoyed it. Insert your strongest skill here.", "Insert your strongest skill here."),
    ("Thank you for meeting me at [your company name].", "[your company name]"),
])
def test_a_letter_slot_stays_a_placeholder(line: str, slot: str) -> None:
    assert slot in [p.text for p in find_placeholders(line)]


def test_an_address_with_a_braced_choice_is_one_url_token() -> None:
    urls = [t.text for t in tokenize("then http://{[your_domain] or [your_ip]}:8000 and http://{a or b}.")
            if t.kind == "url"]
    # (a braced choice ending the address, "http://{a or b}", is not taken across its spaces)
    assert urls == ["http://{[your_domain] or [your_ip]}:8000", "http://{a"]
