"""The text format."""

from __future__ import annotations

import re

from _output_util import sample_results
from followup_lint.output import render


def test_text_lines_and_summary(tmp_path):
    results, ctx = sample_results(tmp_path)
    out = render("text", results, ctx).splitlines()
    assert out == [
        "drafts/a, b:c.md:3:1: FL108 greeting-punctuation [warning] " + out[0].split("[warning] ", 1)[1],
        out[1],
        out[2],
        "Found 3 findings (1 error, 1 warning, 1 info) in 2 files. 1 file could not be checked."
        + out[3].split("could not be checked.", 1)[1],
    ]
    pattern = re.compile(r"^drafts/a, b:c\.md:(\d+):(\d+): (FL\d{3}) ([a-z-]+) \[(info|warning|error)\] \S.*$")
    got = [pattern.match(line).groups()[:4] for line in out[:3]]
    assert got == [("3", "1", "FL108", "greeting-punctuation"), ("5", "12", "FL205", "leftover-placeholder"),
                   ("7", "1", "FL109", "signoff-punctuation")]


def test_findings_without_a_span_are_at_1_1(tmp_path):
    results, ctx = sample_results(tmp_path, extra_files={"nothanks.md": "Hi Dana,\n\nSee you soon.\n\nBest,\nSam\n"})
    out = render("text", results, ctx)
    assert re.search(r"^nothanks\.md:1:1: FL303 no-thanks \[warning\] ", out, re.M)


def test_quiet_colour_and_statistics(tmp_path):
    results, ctx = sample_results(tmp_path)
    ctx.quiet = True
    assert not render("text", results, ctx).splitlines()[-1].startswith("Found")
    ctx.quiet, ctx.statistics, ctx.color = False, True, False
    out = render("text", results, ctx).splitlines()
    assert "1  FL108  greeting-punctuation" in out
    ctx.color, ctx.statistics = True, False
    coloured = render("text", results, ctx)
    assert "\x1b[31m" in coloured and re.sub(r"\x1b\[\d+m", "", coloured) == render("text", results, _plain(ctx))


def _plain(ctx):
    import dataclasses

    return dataclasses.replace(ctx, color=False)


def test_nothing_to_say(tmp_path):
    from followup_lint.output import FileResult, RenderContext

    assert render("text", [], RenderContext(quiet=True)) == ""
    assert render("text", [], RenderContext()) == "No findings in 0 files.\n"
