"""spacing (FL105), unbalanced-delimiter (FL107) and greeting-punctuation (FL108) on Markdown notes: the
spaces after a heading's hashes are markup, a link whose text is a URL closes its "[", a smiley's ")" inside
an aside leaves the aside's own ")" to close it, and an emoji after a greeting is no mark. Wordings written
for this project (outside batches twentieth and twenty-first)."""

from __future__ import annotations

import pytest

from followup_lint.rules.mechanics import Spacing, UnbalancedDelimiter
from followup_lint.rules.punctuation_lines import GreetingPunctuation
from followup_lint.testing import assert_clean, assert_flags, findings_of


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\n##  How it works\n\nThe app reads the feed.\n\nBest,\nSam",
    "Hi Dana,\n\n####   Notes\nIt works.\n\nBest,\nSam",
])
def test_spaces_after_a_headings_hashes_are_markup(body: str) -> None:
    assert_clean(Spacing, body)


def test_two_spaces_inside_a_heading_are_still_reported() -> None:
    assert_flags(Spacing, "Hi Dana,\n\n## How  it works\n\nThe app reads the feed.\n\nBest,\nSam", "  ")


@pytest.mark.parametrize("body", [
    "Open [https://localhost:4000/app](https://localhost:4000/app) to try it.",
    "Docs: [http://example.test/docs](http://example.test/docs) and [the API](http://example.test/api).",
    "It was fun (I would do it again =) ) and short.",
    "Thanks (and sorry for the delay :) ) for the time.",
])
def test_markdown_links_and_smileys_in_asides_are_balanced(body: str) -> None:
    assert_clean(UnbalancedDelimiter, body)


@pytest.mark.parametrize(("body", "flagged"), [
    ("Open [https://localhost:4000/app to try it.", ["["]),
    ("It was fun (really =) ) and short).", [")"]),
])
def test_an_unclosed_bracket_beside_a_url_or_smiley_is_still_reported(body: str, flagged: list[str]) -> None:
    assert_flags(UnbalancedDelimiter, body, *flagged)


@pytest.mark.parametrize("greeting", ["Hello 👋", "Hi Dana 🙂", "Hey team 🚀🚀"])
def test_an_emoji_after_a_greeting_is_no_mark(greeting: str) -> None:
    body = f"{greeting}\nThanks for the call today.\n\nBest,\nSam"
    assert [f.data.get("glued") for f in findings_of(GreetingPunctuation, body)] == [None]


@pytest.mark.parametrize("greeting", ["Hello! 👋", "Hi Dana, 🙂", "Hey team: 🚀"])
def test_a_greeting_with_its_mark_before_an_emoji_is_fine(greeting: str) -> None:
    assert_clean(GreetingPunctuation, f"{greeting}\nThanks for the call today.\n\nBest,\nSam")
