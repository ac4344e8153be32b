"""No regular expression backtracks catastrophically: growth, not absolute time.

For adversarial inputs per regex family (tokens, placeholders, structure, html, and the rules as a
whole) the time at 100k characters over the time at 10k must stay under 15 (linear is 10). Each
time is the best of a few runs; a run that is fast in absolute terms at 100k cannot be catastrophic
and passes whatever its ratio (timer noise dominates there).
"""

from __future__ import annotations

import gc
import time
from datetime import datetime, timezone
from typing import Callable

import pytest

from followup_lint import Config, Draft, InputError, Linter
from followup_lint.document import Document
from followup_lint.document.html import html_to_text, looks_like_html
from followup_lint.document.placeholders import find_placeholders
from followup_lint.document.structure import (
    _lines, boilerplate_ranges, find_greeting, find_quote_start, find_signature_start, find_signoff,
)
from followup_lint.document.tokens import split_sentences, tokenize

MAX_RATIO = 15.0
FAST_ENOUGH_S = 0.1  # at 100k: too fast to hide a super-linear blow-up (quadratic costs seconds)
NOW = datetime(2026, 3, 10, 15, 30, tzinfo=timezone.utc)


def best_time(fn: Callable[[str], object], text: str, runs: int) -> float:
    """Best of ``runs``, with the cyclic garbage collector paused: its passes grow with the number of
    live objects and would blur what this measures (the regular expressions' growth)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            t0 = time.process_time()  # CPU time: other processes on the machine do not count
            fn(text)
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return best


def assert_linear(fn: Callable[[str], object], unit: str, runs: int = 3) -> None:
    small = (unit * (10_000 // len(unit) + 1))[:10_000]
    large = (unit * (100_000 // len(unit) + 1))[:100_000]
    fn(small)  # warm caches
    t_large = best_time(fn, large, runs)
    if t_large < FAST_ENOUGH_S:
        return
    t_small = max(best_time(fn, small, runs), 1e-4)
    ratio = t_large / t_small
    if ratio >= MAX_RATIO:
        # one more look with more runs before failing: a busy machine (page faults of a large test
        # process, other work) can slow one 100k run, while a real super-linear pattern stays slow
        t_large = min(t_large, best_time(fn, large, 3))
        t_small = max(min(t_small, best_time(fn, small, 5)), 1e-4)
        ratio = t_large / t_small
    assert ratio < MAX_RATIO, f"{unit!r}: 100k took {t_large:.3f} s, 10k {t_small:.4f} s (ratio {ratio:.1f})"


TOKEN_UNITS = ["a", "a.", "a.b", "a-", "a'", "a’", "a-b-", "1,", "1.", "@", "a@", "a@b.", "@a ", "www.", "http://a",
               "https://", "`", "`a", ".com", "a.com/", "a.b.c.d.e.", "_", "e\u0301", "😀", "\u200d", "a1", "1a"]


@pytest.mark.parametrize("unit", TOKEN_UNITS)
def test_tokens(unit: str) -> None:
    def run(text: str) -> None:
        toks = tokenize(text)
        split_sentences(text, toks)
    assert_linear(run, unit)


PLACEHOLDER_UNITS = ["{", "{{", "{{a", "{{ a }", "[", "[a", "[A B", "[[", "<", "<a", "<<", "_", "__ ", "X", "XX",
                     "TBD ", "(", "[Name", "{%", "$", "${", "%(", "%s", "INSERT ", "[insert "]


@pytest.mark.parametrize("unit", PLACEHOLDER_UNITS)
def test_placeholders(unit: str) -> None:
    assert_linear(lambda t: find_placeholders(t, tbd_ranges=((0, len(t)),)), unit)


STRUCTURE_UNITS = ["\n", "\r", "\r\n", " ", "> ", ">", "-- \n", "--", "On Mon ", "On ", "wrote", "From: a\n",
                   "Sent from my ", "CONFIDENTIALITY ", "This email is ", "If you are not ", "Hi ", "Dear ",
                   "Hi a,", "Hi a b c d,\n", "Best,\n", "Best ", "Thanks,\nSam\n", "Kind regards\n", "Sam\n\n",
                   "-----Original Message-----", "________________________________\n"]


@pytest.mark.parametrize("unit", STRUCTURE_UNITS)
def test_structure(unit: str) -> None:
    def run(text: str) -> None:
        lines = _lines(text)
        find_quote_start(text, lines)
        find_signature_start(text)
        boilerplate_ranges(text)
        find_greeting(text, 0, len(text), lines)
        find_signoff(text, 0, len(text), lines)
    assert_linear(run, unit)


HTML_UNITS = ["<", "<p", "<p>", "</", "&", "&#", "&#x", "&amp", "&amp;", "<!--", "<!", "<script>", "<a href='",
              "<a href=\"", "<p class=", "<div><br>", "<blockquote>", "<p class='gmail_quote", "<style>", "<![CDATA["]


@pytest.mark.parametrize("unit", HTML_UNITS)
def test_html(unit: str) -> None:
    def run(text: str) -> None:
        looks_like_html("<p>" + text)
        html_to_text("<p>" + text)
    assert_linear(run, unit)


@pytest.mark.parametrize("unit", ["a ", "the the ", "Hi Dana,\n\n", "i ", "!!", " ,", "(", "Thanks! ", "e.g. ",
                                  "{{x}} ", "[Name] ", "<p>&amp;", "> quoted\n", "teh "])
def test_document(unit: str) -> None:
    assert_linear(lambda t: Document(Draft(body=t)), unit, runs=2)


_EVERY: Linter | None = None


def _lint_every_rule(text: str) -> None:
    global _EVERY
    if _EVERY is None:
        _EVERY = Linter(Config(select=("ALL",)))
    try:
        _EVERY.lint(Draft(body=text, subject=text[:200]), None, now=NOW)
    except InputError:
        pass


@pytest.mark.parametrize("unit", [
    "Thank you so much for the interview today. ", "i think its  great ,really !! ",
    "We talked about caching and the the migration. ", "Hi,\n", "a1b2 ", "x" * 25 + " ", "ASAP!!! ",
    "http://a.example/b ", "salary? ", "\u200bthanks ", "Dana Dana Dana ", "next steps? ",
])
def test_every_rule(unit: str) -> None:
    assert_linear(_lint_every_rule, unit, runs=1)
