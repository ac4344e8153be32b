"""sentence-case (FL106): sentence starts the sentence splitter runs past, from the thirty-fourth outside batch
(ah-107, ah-113, ah-114, ah-166), on wordings of the project's own: a lower-case list right under a sentence the
line above finishes with its full stop, a list item opening on a Markdown link whose text is in lower case, a
sentence after a full stop closed inside bold, and a line under a heading opening on a contraction. The
near misses around each stay unreported."""

from __future__ import annotations

import pytest

from followup_lint.rules.mechanics import SentenceCase
from followup_lint.testing import flagged_texts


@pytest.mark.parametrize(("body", "flagged"), [
    ("There were two kinds of rows.\n* rows with a price in euros\n* rows with no price at all\n",
     ["rows", "rows"]),
    ("I split the work in three.\n- parsing of the feed files\n- a cache for the rates\n- the report page itself\n",
     ["parsing", "a", "the"]),
    ("The tests cover the edge cases.\n  - empty baskets and full ones\n  - expired coupons\n", ["empty", "expired"]),
    ("Two things were slow in the end.\n1. loading the big export\n2. drawing the chart\n", ["loading", "drawing"]),
])
def test_a_lower_case_list_under_a_finished_sentence(body: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, body) == flagged


@pytest.mark.parametrize("body", [
    "The stack includes:\n- rows with a price in euros\n- rows with no price at all\n",   # a colon's lead-in
    "There were two kinds of rows, e.g.\n- rows with a price\n- rows with none\n",         # no sentence's stop
    "I tried a few things...\n- a cache for the rates\n- a queue\n",                        # an ellipsis
    "I split the work in three.\n- Parsing of the feed files\n- A cache for the rates\n",   # capitalised items
])
def test_other_lists_are_left_alone(body: str) -> None:
    assert flagged_texts(SentenceCase, body) == []


@pytest.mark.parametrize(("body", "flagged"), [
    ("Tools I used:\n1. Vite for the build\n2. [zod schemas](https://zod.dev) to check the input\n", ["zod"]),
    ("What I picked:\n- Tailwind for styles\n- [react query](https://tanstack.com/query) for fetching\n", ["react"]),
    ("Notes:\n* The API is typed\n* [date fns](https://date-fns.org) handles the time zones\n", ["date"]),
    ("Libraries:\n 1. Express for the server\n 2. [vitest runner](https://vitest.dev) for tests\n", ["vitest"]),
])
def test_a_list_item_opening_on_a_lower_case_link(body: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, body) == flagged


@pytest.mark.parametrize("body", [
    "Tools I used:\n1. Vite for the build\n2. [Zod schemas](https://zod.dev) to check the input\n",
    "Tasks:\n- [x] Write the tests\n- [ ] Ship it\n",
    "Steps:\n- Read [the guide](https://example.com/guide) first\n- Then run it\n",
    "Tools I used:\n1. Vite for the build\n2. [zod] without a link\n",
])
def test_other_items_with_brackets_are_left_alone(body: str) -> None:
    assert flagged_texts(SentenceCase, body) == []


@pytest.mark.parametrize(("body", "flagged"), [
    ("- Export **Time spent: 3 hrs.** took longer than planned.\n", ["took"]),
    ("**Done.** the rest is in the README.\n", ["the"]),
    ("The parser works. **Known issue!** dates before 1970 fail.\n", ["dates"]),
    ("Cache: **2 days.** mostly spent on invalidation.\n", ["mostly"]),
])
def test_a_sentence_after_a_full_stop_inside_bold(body: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, body) == flagged


@pytest.mark.parametrize("body", [
    "- Export **Time spent: 3 hrs.** Took longer than planned.\n",
    "I used a few tools, **e.g.** pandas and numpy.\n",
    "It is **fast** and simple.\n",
    "**Time spent: 3 hrs.**\nAll of it on the parser.\n",
])
def test_other_bold_text_is_left_alone(body: str) -> None:
    assert flagged_texts(SentenceCase, body) == []


@pytest.mark.parametrize(("body", "flagged"), [
    ("# Feedback\nit's a fair test and the brief is clear\n", ["it's"]),
    ("## How did it go?\nwe're happy with the result overall\n", ["we're"]),
    ("### Overall\nthat's all I could do in the time\n", ["that's"]),
    ("## Notes\nthere's a bug in the date filter\n", ["there's"]),
])
def test_the_line_under_a_heading_opening_on_a_contraction(body: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, body) == flagged


@pytest.mark.parametrize("body", [
    "# Feedback\nIt's a fair test and the brief is clear\n",
    "## Setup\nnpm's cache must be clean\n",
    "## Files\nmobile-challenge\n",
    "## Notes\nit's\n",
])
def test_other_lines_under_a_heading_are_left_alone(body: str) -> None:
    # (after a punctuated paragraph: a note with no sentence mark at all is judged line by line)
    assert flagged_texts(SentenceCase, "Thanks for the call. It was great.\n\n" + body) == []
