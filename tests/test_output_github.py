"""The github format: workflow commands, escaped as the Actions toolkit does."""

from __future__ import annotations

from _output_util import sample_results
from followup_lint import Finding, Location, Severity
from followup_lint.output import FileResult, RenderContext, render
from followup_lint.output.github import escape_data, escape_property


def test_github_lines(tmp_path):
    results, ctx = sample_results(tmp_path)
    out = render("github", results, ctx).splitlines()
    assert out[0].startswith("::warning file=drafts/a%2C b%3Ac.md,line=3,col=1,endLine=3,endColumn=8,"
                             "title=FL108 greeting-punctuation::")
    assert out[1].startswith("::error file=drafts/a%2C b%3Ac.md,line=5,col=12,")
    assert out[2].startswith("::notice file=drafts/a%2C b%3Ac.md,line=7,")
    assert out[3] == "::error file=broken.txt,title=followup-lint::not valid UTF-8 (byte 3); save the file as UTF-8"


def test_escaping():
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    f = Finding(code="FL101", rule="misspelled-word", severity=Severity.INFO, message="50% of\nit: 'x'",
                location=Location("p", 2, 3, 2, 5))
    out = render("github", [FileResult("p", None)], RenderContext())
    assert out == ""
    from followup_lint.model import Draft
    from followup_lint.results import Report

    out = render("github", [FileResult("p", Report(Draft(body="x"), (f,)))], RenderContext())
    assert out == "::notice file=p,line=2,col=3,endLine=2,endColumn=5,title=FL101 misspelled-word::50%25 of%0Ait: 'x'\n"
