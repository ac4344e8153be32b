"""sentence-case (FL106) in the lists of a take-home's notes: an item numbered "1 - ", a to-do item that
opens on a verb of the trade ("handle", "refactor") or a verb by its ending ("beautify"), a question opening
on a finite verb, a clause after its conjunction, a command's name used as a verb ("cd into"), and the
paragraph after a list's blank line each start a sentence. Fragments and commands as typed stay alone.
Wordings written for this project (outside batches twentieth and twenty-first)."""

from __future__ import annotations

import pytest

from followup_lint.rules.mechanics import SentenceCase
from followup_lint.testing import assert_clean, assert_flags


def note(text: str) -> str:
    return f"Hi Dana,\n\n{text}\n\nBest regards,\nSam"


@pytest.mark.parametrize(("text", "flagged"), [
    ("Setup:\n1 - open the folder in your editor\n2 - run the seed script", ["open", "run"]),
    ("Setup:\n1 – clone it\n2 – Start the server", ["clone"]),
    ("Left to do:\n- handle the timeout on slow networks\n- Add paging", ["handle"]),
    ("Left to do:\n- refactor the form into two parts\n- fix the flaky date test", ["refactor", "fix"]),
    ("Ideas:\n1. modularize the styles\n2. Add dark mode", ["modularize"]),
    ("Open points:\n- should the export include archived rows ?\n- can a guest edit a draft?", ["should", "can"]),
    ("Choices:\n- because the list is short and the data rarely changes, I kept it in memory",
     ["because"]),
    ("To run it:\n- cd into the api folder\n- Start it", ["cd"]),
    ("Answers:\n- Python\n- Docker\n\nyou can read my notes in notes.md", ["you"]),
])
def test_a_list_item_of_a_readme_that_reads_as_a_sentence_needs_its_capital(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


@pytest.mark.parametrize("text", [
    "Requirements:\n1 - node 18\n2 - a browser",                   # fragments after "1 - "
    "To run it:\n- cd api\n- npm start",                            # commands as typed
    "Skills:\n- handlebars templates\n- refactoring legacy code",  # nouns, not the verbs
    "Answers:\n- Python\n- Docker\n\nfive years of both, mostly",    # a fragment after the list
    "I like:\n- the team\n\nand the plan, too.",                    # no finite verb: a fragment
])
def test_fragments_and_commands_in_a_readme_list_stay_alone(text: str) -> None:
    assert_clean(SentenceCase, note(text))


@pytest.mark.parametrize("text", [
    # a file tree or a glossary: a name glued to a colon, its description capitalised (twenty-sixth u-104)
    "Layout:\n * handlers: Contains the routes which are exposed\n * store: Holds the in-memory rows",
    "Folders:\n- jobs: Runs the nightly export\n- helpers: Has the date parsing",
])
def test_a_name_and_its_capitalised_description_is_no_sentence(text: str) -> None:
    assert_clean(SentenceCase, note(text))


@pytest.mark.parametrize(("text", "flagged"), [
    ("Layout:\n * handlers: contains the routes which are exposed", ["handlers"]),   # not capitalised after
    ("Left to do:\n- handle it: The timeout is still open", ["handle"]),             # a verb of instruction
])
def test_an_item_with_a_colon_that_reads_as_a_sentence_still_needs_its_capital(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


def test_a_windows_path_on_its_own_line_is_no_sentence() -> None:
    # (twenty-sixth u-144: "devassessment\\SubtitleTimeshift.Tests\\bin\\Debug" under a heading)
    assert_clean(SentenceCase, note("Where is the build?\n\nplanner\\Planner.Tests\\bin\\Debug\\net8.0"))
    assert_flags(SentenceCase, note("Where is the build?\n\nplanner builds to the bin folder."), "planner")


@pytest.mark.parametrize(("text", "flagged"), [
    # the writer capitalised another item of the same list: a lower-case item is a capital left out
    # (thirty-second af-166 "* expo sdk 40", af-168 "- typescript", "- aria tags")
    ("With more time I would add:\n- graphql\n- dark mode\n- Offline support", ["graphql", "dark"]),
    ("Features:\n* Swipe to archive\n* charts for each week\n* Export to CSV", ["charts"]),
    ("Next:\n1. Tests for the reducer\n2. better error states", ["better"]),
    ("Done:\n- Paging\n- sorting by date\n- filters", ["sorting", "filters"]),
])
def test_a_lower_case_item_in_a_list_the_writer_capitalised_needs_its_capital(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


@pytest.mark.parametrize("text", [
    "With more time I would add:\n- graphql\n- dark mode\n- offline support",   # all lower case: the style
    "Files:\n- Readme first\n- exercise1-desktop.png\n- node_modules left out",  # names of files and code
    "Links:\n- Demo below\n- https://example.com/demo",                         # a link
    "To run it:\n- Install the deps\n- cd api",                                 # a command as typed
    "Features:\n- Swipe to archive\n\n- charts for each week",                  # another list after a blank line
])
def test_lower_case_items_beside_no_capitalised_item_of_theirs_stay_alone(text: str) -> None:
    assert_clean(SentenceCase, note(text))


# A list set apart from the text above it (a blank line or a heading) whose every item opens in lower case:
# each item of two words or more in prose is a sentence begun in lower case (thirty-third ag-101: "* primary
# key generation for distributed systems"; earlier batches labelled such items too). Fresh wordings.
@pytest.mark.parametrize(("text", "flagged"), [
    ("Things we could cover next:\n\n* cache warming for cold starts\n* the retry budget", ["cache", "the"]),
    ("## Tools\n- joins done in sql\n- checks run on each push", ["joins", "checks"]),
    ("What I left out:\n\n1. paging of the results\n2. dark mode toggle", ["paging", "dark"]),
    ("Open topics:\n\n- rate limits per tenant\n- audit trail", ["rate", "audit"]),
])
def test_items_of_a_lower_case_list_set_apart_open_sentences(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


@pytest.mark.parametrize(("body", "flagged"), [
    ("- paging of the results\n- dark mode for the table\n\nThanks, Sam", ["paging", "dark"]),
    ("* the retry budget\n* cache warming for cold starts\n\nBest,\nSam", ["the", "cache"]),
])
def test_a_lower_case_list_that_opens_the_note_is_set_apart_too(body: str, flagged: list[str]) -> None:
    """Nothing above the first item sets the list apart as a blank line does (the list reader once skipped
    a list at the text's very start)."""
    assert_flags(SentenceCase, body, *flagged)


@pytest.mark.parametrize("text", [
    "The record holds:\n- title\n- content (the text of the post)\n- author",   # finishes the line's sentence
    "I was torn between two paths:\n- one screen first\n- the whole flow at once",
    "Run it:\n\n1. export APP=main.py\n2. running `npm start` for the client",     # code in the items
    "Folders:\n\n- model: Model classes\n- util: Helpers for dates",              # names and descriptions
    "Stack:\n\n- react\n- redux",                                                 # single names
    "These are the parts I built\n- the form for new rows\n- the table view",  # not set apart from the line
    "Features:\n- Swipe to archive\n\n- charts for each week\n- a dark mode",   # a list after a list
])
def test_lists_that_finish_a_sentence_hold_code_or_names_stay_alone(text: str) -> None:
    assert_clean(SentenceCase, note(text))
