"""Template mode in the CLI and Jinja rendering with [sample] values, mapped back to template lines."""

from __future__ import annotations

import json
import time

import pytest

from _cli_util import CORE, run_cli, write

pytest.importorskip("jinja2")


@pytest.fixture
def cli(monkeypatch, capsys):
    def run(args, cwd, stdin=None):
        return run_cli(args, cwd, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)
    return run


TEMPLATE = """+++
[sample]
name = "Dana"
moment = "the the pricing experiments"
+++
Subject: Thank you for the {{ role }} interview

Hi {{ name }},

Thank you for your time today.
{% if moment %}
I enjoyed hearing about {{ moment }}.
{% endif %}
Best regards,
Sam
"""


def _findings(out: str) -> list[dict]:
    return json.loads(out)["files"][0]["findings"]


def test_rendered_findings_map_to_template_lines(tmp_path, cli):
    write(tmp_path / "t.j2", TEMPLATE)
    r = cli(["check", "--isolated", "--format", "json", "--select", "FL102,FL205,FL108", "t.j2"], tmp_path)
    found = _findings(r.out)
    by_code = {(f["code"], f["data"].get("undefined")): f for f in found}
    repeated = by_code[("FL102", None)]
    assert repeated["data"]["rendered"] is True and repeated["fixes"] == []
    assert repeated["location"]["line"] == 12          # "I enjoyed hearing about {{ moment }}."
    # the flagged text is not in the template line: the whole line is the location
    assert repeated["location"]["column"] == 1
    undefined = by_code[("FL205", "role")]
    assert undefined["severity"] == "warning"
    assert (undefined["location"]["line"], undefined["location"]["column"]) == (6, 28)
    assert undefined["span"]["field"] == "subject"
    # the template itself is clean: its slots are slots
    assert not [f for f in found if not f["data"].get("rendered")]
    assert r.code == 1  # FL102 is an error


def test_a_finding_on_the_template_is_not_repeated_from_the_rendering(tmp_path, cli):
    write(tmp_path / "t.j2", TEMPLATE.replace("Hi {{ name }},", "Hi {{ name }}"))
    r = cli(["check", "--isolated", "--format", "json", "--select", "FL108", "t.j2"], tmp_path)
    (f,) = _findings(r.out)
    assert f["code"] == "FL108" and f["location"]["line"] == 8 and not f["data"].get("rendered")


def test_exact_lines_keep_their_columns(tmp_path, cli):
    text = "+++\n[sample]\nname = \"Dana\"\n+++\nHi {{ name }},\n\nI think i will enjoy it.\n\nBest,\nSam\n"
    write(tmp_path / "t.jinja", text)
    r = cli(["check", "--isolated", "--format", "json", "--select", "FL103", "t.jinja"], tmp_path)
    locs = [(f["location"]["line"], f["location"]["column"], f["location"]["end_column"]) for f in _findings(r.out)]
    assert locs == [(7, 9, 10)]


def test_template_without_sample_is_linted_as_a_template_only(tmp_path, cli):
    write(tmp_path / "t.md", "+++\ntemplate = true\n+++\nHi {{ name }},\n\nThank you for the talk about [topic].\n\nBest,\nSam\n")
    r = cli(["check", "--isolated", "--select", CORE, "t.md"], tmp_path)
    assert r.code == 0 and r.out == "No findings in 1 file.\n"
    r = cli(["check", "--isolated", "--select", CORE, "--template", "t.md"], tmp_path)
    assert r.code == 0


def test_template_globs_turn_on_template_mode(tmp_path, cli):
    write(tmp_path / ".followup-lint.toml", 'select = ["FL205"]\ntemplate-globs = ["templates/**"]\n')
    body = "Hi [Interviewer Name],\n\nThank you.\n\nBest,\nSam\n"
    write(tmp_path / "templates" / "a.md", body)
    write(tmp_path / "drafts" / "a.md", body)
    r = cli(["check", "."], tmp_path)
    assert [line.split(":")[0] for line in r.out.splitlines()[:-1]] == ["drafts/a.md"]


@pytest.mark.parametrize("body, expected", [
    ("Hi {{ name }},\n{% include 'secrets.txt' %}\n", "line 8: cannot render the body: templates cannot include"),
    ("Hi {{ name }},\n\nThanks {{ 1 / 0 }}.\n", "line 9: cannot render the body: ZeroDivisionError"),
    ("Hi {{ name }},\n{% if %}\n", "line 8: Jinja syntax error"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}xxxxxxxxxx{% endfor %}{% endfor %}\n",
     "max-size"),
    ("{{ 1 / 0 }}\n", "ZeroDivisionError"),
])
def test_templates_that_cannot_render_are_errors(tmp_path, cli, body, expected):
    write(tmp_path / ".followup-lint.toml", "max-size = 20000\n")
    write(tmp_path / "t.j2", '+++\n[sample]\nname = "Dana"\n+++\nSubject: Hi\n\n' + body)
    r = cli(["check", "--select", CORE, "t.j2"], tmp_path)
    assert r.code == 2
    assert len(r.err.splitlines()) == 1 and expected in r.err and r.err.startswith("t.j2: error:"), r.err


def test_sandbox_blocks_unsafe_attributes(tmp_path, cli):
    body = "Hi {{ name }},\n\n{{ name.__class__.__mro__ }} {{ cycler.__init__.__globals__ }}\n"
    write(tmp_path / "t.j2", '+++\n[sample]\nname = "Dana"\n+++\n' + body)
    r = cli(["check", "--isolated", "--format", "json", "--select", CORE, "t.j2"], tmp_path)
    assert "object" not in json.dumps(_findings(r.out))  # nothing of Python's internals was rendered
    # said to be refused by the sandbox, not reported as an undefined placeholder
    assert r.code == 2 and "line 7: the template does something the sandbox forbids" in r.err
    assert "__class__" not in json.dumps(_findings(r.out))


def test_without_jinja2_a_one_line_note(tmp_path, cli, monkeypatch):
    import followup_lint.templating as templating

    monkeypatch.setattr(templating, "jinja_available", lambda: False)
    write(tmp_path / "t.j2", TEMPLATE)
    r = cli(["check", "--isolated", "--select", CORE, "t.j2"], tmp_path)
    assert r.code == 0
    assert len(r.err.splitlines()) == 1 and "jinja2 is not installed" in r.err


def test_line_map():
    from followup_lint.templating import LineMap, render

    template = ("Hi {{ name }},\n\n{% if x %}\nyes\n{% endif %}\nI liked {{ topic }}.\n{% for t in items %}\n"
                "- {{ t }}\n{% endfor %}\nBest,\nMe\n")
    rendered = render("", template, {"name": "Dana", "topic": "pricing", "items": ["a", "b"]})
    assert rendered.body == "Hi Dana,\n\nI liked pricing.\n- a\n- b\nBest,\nMe\n"
    lines = LineMap(template, rendered.body)
    assert [lines.line(i) for i in range(1, 8)] == [1, 2, 6, 8, 8, 10, 11]
    assert lines.exact[2] and not lines.exact[1]


def test_undefined_names_are_recorded_and_rendered_as_slots():
    from followup_lint.templating import render

    rendered = render("Re: {{ role }}", "Hi {{ person.first }},\n{% for t in topics %}{{ t }}{% endfor %}\n", {})
    assert rendered.undefined == [("role", "subject"), ("person", "body"), ("topics", "body")]
    assert rendered.subject == "Re: {{ role }}"


# -- bounded in time and size (a template from a repository is untrusted) ------------------------------------

@pytest.mark.parametrize("body", [
    "{{ lipsum(10**6) }}",
    "{{ 10**(10**9) }}",
    "{% set x = 'a'*900000000 %}{{ x|length }}",
    "{{ 'a'|center(1000000000) }}",
    "{{ '%999999999d' % 1 }}",
    "{{ '{:>999999999}'.format(1) }}",
    "{{ range(10**9)|length }}",
])
def test_rendering_refuses_giant_values_at_once(body):
    from followup_lint.templating import TemplateError, render

    start = time.monotonic()
    with pytest.raises(TemplateError, match="went over a limit"):
        render("", body, {})
    assert time.monotonic() - start < 2


def test_rendering_stops_at_the_time_limit():
    from followup_lint.templating import TemplateError, render

    start = time.monotonic()
    with pytest.raises(TemplateError, match="longer than 0.3 s"):
        render("", "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}x", {},
               time_limit=0.3)
    assert time.monotonic() - start < 3
    assert render("", "{% for i in range(3) %}{{ i }}{% endfor %} {{ range(5)|list|length }}", {}).body == "012 5"


def test_a_100_kb_template_renders_and_maps_in_linear_time():
    import importlib.util
    from pathlib import Path

    from followup_lint.templating import LineMap, render

    # the template of benchmarks/shapes.py: paragraphs with slots, and an {% if %} block every seventh
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "shapes.py"
    spec = importlib.util.spec_from_file_location("bench_shapes", path)
    shapes = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(shapes)  # type: ignore[union-attr]
    template = shapes.template

    def cost(text: str) -> tuple[float, LineMap]:
        # the best of three runs: one run on a loaded machine measures the load, not the growth
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            lines = LineMap(text, render("", text, {"name": "Dana Smith"}).body)
            best = min(best, time.perf_counter() - start)
        return best, lines

    small, _ = cost(template(100))
    big_text = template(1150)
    assert len(big_text) >= 100_000
    big, lines = cost(big_text)
    assert big <= 1.0 or big <= 15 * small, (small, big)  # ~11x the size
    # the line of a loop's rendering maps back to its template line
    assert lines.template_text(lines.line(2)).startswith("  A conditional line 0 ")
    assert lines.template_text(lines.line(5)).startswith("Paragraph 3:")
    assert lines.template_text(lines.line(1200)).startswith("Paragraph 1049:")
