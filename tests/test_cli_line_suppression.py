"""``ignore-next-line`` comments: they silence the named rules on the next line only, are hidden from
the rules, and are reported with --report-unused-suppressions when they silenced nothing."""

from __future__ import annotations

from _cli_util import run_cli, write
from followup_lint.suppress import apply_line_ignores, find_line_ignores

BODY = ("Hi Dana,\n\n{comment}Thank you for teh talk about teh roadmap.\nI liked teh demo.\n\n"
        "Best regards,\nSam\n")


def _draft(comment: str) -> str:
    return "Subject: Thank you for the analyst interview\n\n" + BODY.format(comment=comment)


def test_html_comment_silences_the_next_line_only(tmp_path, monkeypatch, capsys):
    write(tmp_path / "a.md", _draft("<!-- followup-lint: ignore-next-line FL101 -->\n"))
    r = run_cli(["check", "--isolated", "--select", "FL101", "a.md"], tmp_path, monkeypatch=monkeypatch, capsys=capsys)
    lines = [x for x in r.out.splitlines() if "FL101" in x]
    assert len(lines) == 1 and lines[0].startswith("a.md:7:")  # "I liked teh demo." is still reported


def test_names_and_prefixes_and_the_plain_text_form(tmp_path, monkeypatch, capsys):
    write(tmp_path / "a.txt", _draft("# followup-lint: ignore-next-line misspelled-word\n"))
    write(tmp_path / "b.md", _draft("<!-- followup-lint: ignore-next-line FL1, emoji -->\n"))
    write(tmp_path / "c.md", _draft("# followup-lint: ignore-next-line FL101\n"))  # a heading in Markdown
    r = run_cli(["check", "--isolated", "--select", "FL101", "a.txt", "b.md", "c.md"], tmp_path,
                monkeypatch=monkeypatch, capsys=capsys)
    got = sorted(x.split(":")[0] + ":" + x.split(":")[1] for x in r.out.splitlines() if "FL101" in x)
    assert got == ["a.txt:7", "b.md:7", "c.md:6", "c.md:6", "c.md:7"]


def test_the_comment_is_hidden_from_the_rules(tmp_path, monkeypatch, capsys):
    # 'teh' inside the comment is not a misspelling, and the comment line is not a paragraph
    write(tmp_path / "a.md", _draft("<!-- followup-lint: ignore-next-line teh -->\n").replace("teh", "the"))
    r = run_cli(["check", "--isolated", "--select", "FL101", "a.md"], tmp_path, monkeypatch=monkeypatch, capsys=capsys)
    assert "FL101" not in r.out


def test_unused_comments_are_reported_when_asked(tmp_path, monkeypatch, capsys):
    write(tmp_path / "a.md", _draft("<!-- followup-lint: ignore-next-line emoji -->\n"))
    args = ["check", "--isolated", "--select", "FL101", "a.md"]
    r = run_cli(args, tmp_path, monkeypatch=monkeypatch, capsys=capsys)
    assert "silenced nothing" not in r.err
    r = run_cli([*args[:-1], "--report-unused-suppressions", "a.md"], tmp_path, monkeypatch=monkeypatch,
                capsys=capsys)
    assert r.err.splitlines() == ["a.md:5: warning: this ignore-next-line comment silenced nothing (emoji): remove it"]


def test_find_and_apply_on_crlf_text():
    body = "Hi,\r\n<!-- followup-lint: ignore-next-line FL101 -->\r\nteh\r\n"
    (ig,) = find_line_ignores(body, "markdown")
    assert (ig.line, ig.target, ig.selectors) == (2, 3, ("FL101",))
    assert apply_line_ignores([], [ig]) == ([], [ig])


def test_finding_comments_takes_linear_time():
    import time

    hostile = ["<!-- followup-lint: ignore-next-line " + " " * 200_000 + "x",
               "# followup-lint: ignore-next-line " + "a " * 100_000,
               "<!-- followup-lint: ignore-next-line FL1 -->\n" * 5_000,
               ("\r" + " " * 10 + "<!-- followup-lint:") * 7_000 + "ignore-next-line"]
    for body in hostile:
        start = time.process_time()
        find_line_ignores(body, "text")
        assert time.process_time() - start < 1.0  # quadratic costs minutes here
