"""sentence-case (FL106): lower-case Markdown headings and section labels are titles, not sentences, while the
paragraph under a heading opens one (unless it goes on with the heading's words); a link's name with its
description in a list is a glossary item; "i.e." and "e.g." opening a sentence after a full stop; the first
paragraph under a greeting whose name was typed in lower case (thirty-sixth batch: aj-161, aj-167, aj-170, aj-171,
aj-301). Wordings written for this project."""

from __future__ import annotations

import pytest

from followup_lint.rules.mechanics import SentenceCase
from followup_lint.testing import flagged_texts


def note(text: str) -> str:
    return f"Hi Dana,\n\n{text}\n\nBest regards,\nSam"


# a section's label alone on its line, the items under it: no sentence
@pytest.mark.parametrize("text", [
    "2024/05/02 - Parser\n    changes:\n        - Fixed the date bug.\n    notes:\n        - The cache is cold.",
    "The release went out.\nknown issues:\n- The export is slow.",
    "All steps are done.\nnext steps:\n- Add the retry.\n- Add the docs.",
    "It works now.\n  todo:\n  - Tests for the parser.",
])
def test_a_section_label_is_no_sentence(text: str) -> None:
    assert flagged_texts(SentenceCase, note(text)) == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("There is a full export.\nthis includes:\n- the date\n- the title", ["this"]),       # a clause, with its verb
    ("The API is small.\nit has:\n- two routes", ["it"]),
    ("The API is small.\nnotes: the cache is cold.", ["notes"]),                          # words after the colon
    ("The API is small.\nmy notes on the parser and the cache:\n- cold", ["my"]),         # more than three words
])
def test_a_clause_ending_in_a_colon_is_still_a_sentence(text: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, note(text)) == flagged


# a lower-case heading is a title; the paragraph under it opens a sentence, blank line or not
@pytest.mark.parametrize(("text", "flagged"), [
    ("### some notes on the code\n\nif you run it twice, the cache warms up.", ["if"]),
    ("## storage choice\n\npostgres is the default for me.\n\n## that's all\n\nthanks for reading.",
     ["postgres", "thanks"]),
    ("#### tooling\nmy editor config is in the repo.", ["my"]),
    ("# what i would change\n\nthe naming, first.", ["what", "the"]),                     # a heading that asks
    ("## how it works\n\nthe parser reads the file once.", ["how", "the"]),
])
def test_a_lower_case_heading_is_a_title_and_its_paragraph_a_sentence(text: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, note(text)) == flagged


# the line under a heading with no stop that opens on a conjunction goes on with the heading's sentence
@pytest.mark.parametrize("text", [
    "### I added a dark mode\n\nbecause the reviewers work late",
    "### The cache is optional\nsince the API is fast enough",
    "## Tests run in CI\n\nand locally with one command",
    "## The parser is strict\n\nwhich keeps the data clean",
])
def test_a_line_going_on_with_its_heading_is_no_new_sentence(text: str) -> None:
    assert flagged_texts(SentenceCase, note(text)) == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("### I added a dark mode.\n\nbecause the reviewers work late, it helps.", ["because"]),  # the heading stopped
    ("### Notes\n\nthe cache is optional.", ["the"]),
    ("I added a dark mode.\n\nbecause the reviewers work late, it helps.", ["because"]),   # no heading
    ("### Dark mode\n\nwith the toggle in the corner.", ["with"]),
])
def test_a_paragraph_after_a_finished_heading_still_opens_a_sentence(text: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, note(text)) == flagged


# a link's name with a dash or a colon and its description: a glossary item, no sentence
@pytest.mark.parametrize("text", [
    "The tools I used:\n\n- [vitest](https://vitest.dev) - testing is fast here",
    "The tools I used:\n\n- [zod](https://zod.dev): parsing is done at the edge",
    "The tools I used:\n\n* [pino](https://getpino.io) – logging is cheap",
    "The tools I used:\n\n1. [knex](https://knexjs.org) - it builds the queries",
])
def test_a_link_with_its_description_is_no_sentence(text: str) -> None:
    assert flagged_texts(SentenceCase, note(text)) == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("The steps:\n\n6. [react hook form](https://example.com/rhf) is what I would use next", ["react"]),
    ("The steps:\n\n- run [the script](https://example.com/s) - it is quick", ["run"]),
])
def test_a_link_running_on_as_a_sentence_is_still_judged(text: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, note(text)) == flagged


# "i.e." and "e.g." after a full stop open the sentence: "I.e.", "E.g."
@pytest.mark.parametrize(("text", "flagged"), [
    ("I split the views to avoid large files. i.e. Playlists.jsx has many parts.", ["i.e."]),
    ("We kept the API small. e.g. the export is one route.", ["e.g."]),
    ("It was quick to build! e.g. the grid took an hour.", ["e.g."]),
])
def test_a_latin_abbreviation_opening_a_sentence_is_reported(text: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, note(text)) == flagged


@pytest.mark.parametrize("text", [
    "Would all users share the data? i.e., if I add a row, do they see it?",
    "Some refactoring is left. i.e.: the two modals.",
    "Small parts (e.g. the valves) wear out first.",
    "We used several tools, i.e. a linter and a formatter.",
])
def test_a_latin_abbreviation_inside_or_before_a_comma_is_left_alone(text: str) -> None:
    assert flagged_texts(SentenceCase, note(text)) == []


# the paragraph under a greeting whose name was typed in lower case opens the message
@pytest.mark.parametrize(("body", "flagged"), [
    ("good morning mrs okafor,\n\nthank you for the tour. It was great.\n\nBest,\nSam", ["thank"]),
    ("good afternoon dr mensah,\n\nit was a pleasure to meet you.\n\nBest,\nSam", ["it"]),
    ("good evening mr bello,\n\n\nmany thanks for the call.\n\nBest,\nSam", ["many"]),
    ("hello mr adeyemi,\n\nthe visit to the farm was great.\n\nBest,\nSam", ["the"]),
])
def test_the_paragraph_under_a_lower_case_greeting_opens_a_sentence(body: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, body) == flagged


@pytest.mark.parametrize("body", [
    "Hi , thanks for this opportunity,\nis there a date for the next round?\n\nBest,\nSam",
    "Hi Dana, thank you for the\nlong chat today.\n\nBest,\nSam",
    "Dear Dana,\n\nThank you for the tour.\n\nBest,\nSam",
])
def test_a_line_going_on_from_the_greeting_line_is_no_new_sentence(body: str) -> None:
    assert flagged_texts(SentenceCase, body) == []


# a list item opening on a subject contracted with its verb, or on a verb with its object, reads as a sentence
@pytest.mark.parametrize(("text", "flagged"), [
    ("How I work:\n - there's a branch for each step of the feature", ["there's"]),
    ("How I work:\n - we're merging small PRs into the parent branch", ["we're"]),
    ("What it does:\n - reads the rows from the export\n - sorts them by date", ["reads", "sorts"]),
    ("What I built:\n - draws a chart of the readings\n - plots a line for each sensor", ["draws", "plots"]),
])
def test_an_item_with_a_subject_and_verb_or_a_verb_and_object_is_a_sentence(text: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, note(text)) == flagged


@pytest.mark.parametrize("text", [
    "What I used:\n - all the tests from the first round\n - in a container",
    "How often:\n - half the time on the parser\n - twice a week",
    "The stack:\n - npm's cache on the runner\n - python for the scripts",
    "The stack:\n - postgres\n - redis for the queue",
    "Changes:\n- VAT is rounded per line\n- added a test with the credit note",       # a commit's lines
    "I could either:\n- let it go and see\n- let it run overnight",
])
def test_an_item_that_is_a_phrase_is_no_sentence(text: str) -> None:
    assert flagged_texts(SentenceCase, note(text)) == []
