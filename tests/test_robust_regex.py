"""No regular expression backtracks catastrophically: growth, not absolute time.

For adversarial inputs per regex family (tokens, placeholders, structure, html, and the rules as a
whole) the time at 100k characters over the time at 10k must stay under 25. A quadratic pattern takes
about 100x, n^1.5 about 32x; linear code takes 10-13x on a quiet machine, and up to 17.6x was measured
for linear code on CI, where the other test worker's memory traffic slows the 100k run (its working set
leaves the caches, the 10k one does not). The growth target itself (<= 12x for 10x the size, every shape
at 1 MB in <= 1 s) is measured on a quiet machine by ``benchmarks/shapes.py``, not here. Each time is
the best of a few runs; a run that is fast in absolute terms at 100k cannot be catastrophic and passes
whatever its ratio (timer noise dominates there).
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

MAX_RATIO = 25.0  # (see the module docstring: a catastrophe detector, not the growth target)
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
    for _ in range(3):
        if ratio < MAX_RATIO:
            break
        # another look before failing, the two sizes timed in turn so that both meet the same machine (the
        # other test worker's load comes and goes), while a super-linear pattern stays slow on every look
        for _ in range(3):
            t_small = max(min(t_small, best_time(fn, small, 2)), 1e-4)
            t_large = min(t_large, best_time(fn, large, 1))
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


# -- the shapes of the hardening review (issue 12): the whole default linter, and the spots it named ----------

def assert_linear_shape(fn: Callable[[str], object], build: Callable[[int], str], runs: int = 1) -> None:
    """:func:`assert_linear` for shapes that are not one unit repeated (a sign-off followed by a run)."""
    small, large = build(10_000), build(100_000)
    fn(small)
    t_large = best_time(fn, large, runs)
    if t_large < FAST_ENOUGH_S:
        return
    t_small = max(best_time(fn, small, runs + 1), 1e-4)
    assert t_large / t_small < MAX_RATIO, f"100k took {t_large:.3f} s, 10k {t_small:.4f} s"


_DEFAULT: Linter | None = None


def _lint_default(text: str) -> None:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Linter(Config())
    _DEFAULT.lint(Draft(body=text, subject="Thank you"), None, now=NOW)


_SIGNOFF_RUNS = [
    lambda n: "Hi Dana,\n\nThanks.\n\nBest regards," + " " * n + "Maya\n",
    lambda n: "Hi Dana,\n\nThanks.\n\nBest regards," + "\t" * n + "Maya\n",
    lambda n: "Hi Dana,\n\nThanks.\n\nBest,\n" + " " * n,
]
_SIGNOFF_IDS = ["signoff-spaces", "signoff-tabs", "trailing-spaces"]


@pytest.mark.parametrize("build", _SIGNOFF_RUNS, ids=_SIGNOFF_IDS)
def test_signoff_runs(build: Callable[[int], str]) -> None:
    def run(text: str) -> None:
        find_signoff(text, 0, len(text), _lines(text))
    assert_linear_shape(run, build, runs=2)


@pytest.mark.parametrize("unit", [
    "Hi.Bob.", "A line of text here\n", "Zorblax Quenthy Vardomir ", "i ", "Hi.\n", "!!?? ",
    "teh recieve definately ", "`code` and ```block``` ", "[Name] {{x}} ", '("[', "e\u0301", "<p>a</p>",
    "thanks\u200b", "aB", "\"a\" 'b' (c) ", "We talked about caching and the team plans. ", "zorblax quenthy vardomir ",
    "Thanks. ",
])
def test_default_linter_on_review_shapes(unit: str) -> None:
    assert_linear(_lint_default, unit, runs=1)


@pytest.mark.parametrize("build", [
    lambda n: "Hi Dana,\n\n" + "a" * n + "\n\nBest,\nSam\n",
    lambda n: "See http://a.example/" + "a" * n + " thanks",
    lambda n: "Mail " + "a" * n + "@example.com now",
], ids=["giant-word", "url", "address"])
def test_default_linter_on_giant_tokens(build: Callable[[int], str]) -> None:
    assert_linear_shape(_lint_default, build)


@pytest.mark.parametrize("build", _SIGNOFF_RUNS, ids=_SIGNOFF_IDS)
def test_default_linter_on_signoff_runs(build: Callable[[int], str]) -> None:
    assert_linear_shape(_lint_default, build)


def test_line_index_is_linear_on_lf_only_text() -> None:
    from followup_lint.text import LineIndex

    assert_linear(lambda text: LineIndex(text).starts, "a line\n", runs=3)
    index = LineIndex("a\r\nb\rc\nd")
    assert index.starts == [0, 3, 5, 7] and index.position(6) == (3, 2)


def test_findings_per_rule_are_capped_with_one_summary() -> None:
    from followup_lint.engine import MAX_FINDINGS_PER_RULE

    report = Linter(Config(select=("FL103",))).lint(Draft(body="i " * 600), None, now=NOW)
    assert len(report.findings) == MAX_FINDINGS_PER_RULE + 1
    summary = [f for f in report.findings if f.span is None]
    assert len(summary) == 1 and summary[0].code == "FL103"
    assert summary[0].message.startswith(f"... and {600 - MAX_FINDINGS_PER_RULE:,} more like these")
    flood = Linter(Config(select=("FL103",))).lint(Draft(body="i " * 5000), None, now=NOW)
    assert "more than 1,000 more" in flood.findings[-1].message or "more than 1,000 more" in \
        [f.message for f in flood.findings if f.span is None][0]


def test_a_huge_draft_pauses_the_collector_and_restores_it() -> None:
    import gc

    seen: list[bool] = []
    linter = Linter(Config(select=("FL103",)))
    rule = linter.rules[0]
    check = rule.check

    def spy(ctx):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return check(ctx)

    rule.check = spy  # type: ignore[method-assign]
    linter.lint(Draft(body="Thanks. " * 20_000), None, now=NOW)
    linter.lint(Draft(body="Thanks. "), None, now=NOW)
    assert seen == [False, True] and gc.isenabled()
