"""A bracket naming the link that belongs there is a slot the writer never filled (twenty-fourth batch,
j-305: "Here is my solution: [link to repo]"): "link", "URL" or "hyperlink" in it, as a whole word. A Markdown
link's own text, a site's name in brackets and a word that merely holds the letters stay clear."""

from __future__ import annotations

import pytest

from followup_lint.document.placeholders import find_placeholders


@pytest.mark.parametrize("line,slot", [
    ("The recording of my walkthrough is here: [loom link].", "[loom link]"),
    ("You can try the deployed app at [URL of staging build] whenever you like.", "[URL of staging build]"),
    ("My portfolio piece on the checkout flow: [hyperlink to case study]", "[hyperlink to case study]"),
    ("Both branches are pushed ([links to PRs]) and ready for review.", "[links to PRs]"),
    ("The design doc lives at [url]", "[url]"),
])
def test_a_bracket_naming_the_missing_link_is_a_placeholder(line: str, slot: str) -> None:
    assert slot in [p.text for p in find_placeholders(line)]


@pytest.mark.parametrize("line", [
    "The walkthrough is on [my loom page](https://loom.example/v/123) if that helps.",
    "I read the [link](https://docs.example/rate-limits) you shared on rate limits.",
    "I shared it on [LinkedIn](https://linkedin.example/in/radu) last week.",
    "The function returns words[idx] once the links are parsed.",
    "The gist is linked under the [curl examples](https://gist.example/abc) heading.",
])
def test_a_filled_link_or_other_bracket_is_no_placeholder(line: str) -> None:
    assert find_placeholders(line) == []


@pytest.mark.parametrize("line", [
    "Fixed. [Edit: moved the repo link to the top]",
    "The README explains it [see the section on the link checker].",
])
def test_a_note_that_tells_of_a_link_is_no_placeholder(line: str) -> None:
    assert find_placeholders(line) == []
