"""The docs generator: each rule's docstring becomes ``docs/rules/<name>.md`` and ``followup-lint rule``.

Run ``python -m followup_lint.docs [DIR]`` to rewrite the pages (default ``docs/rules``); a test fails
when the committed pages are stale.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import sys
from pathlib import Path
from typing import Any, Iterable

from .rule import Rule

__all__ = ["render_rule", "render_index", "write_rule_docs", "NEED_LABELS"]

NEED_LABELS = {
    "interview": "interview context",
    "interviewers": "the interviewers",
    "topics": "the interview's topics",
    "send_time": "a send time",
    "followups": "earlier follow-ups (a later follow-up)",
    "first_message": "the first message (the thank-you note)",
    "languagetool": "a LanguageTool server",
    "grammar": "a grammar checker (`[grammar] backend`: Harper in process, or a LanguageTool server)",
}


def _options_table(rule: type[Rule]) -> str:
    options = rule.Options
    if not dataclasses.is_dataclass(options) or not dataclasses.fields(options):
        return "This rule has no options other than `severity`."
    doc = inspect.getdoc(options) or ""
    descriptions: dict[str, str] = {}
    for line in doc.splitlines():
        if ":" in line and line.strip().startswith(("-", "*")):
            key, _, text = line.strip(" -*").partition(":")
            descriptions[key.strip().strip("`").replace("_", "-")] = text.strip()
    rows = ["| option | default | meaning |", "|---|---|---|"]
    for key, default in rule.option_defaults().items():
        rows.append(f"| `{key}` | `{json.dumps(default)}` | {descriptions.get(key, '')} |")
    rows.append("")
    rows.append(f"Set them under `[rules.{rule.name}]`, for example:")
    rows.append("")
    rows.append("```toml")
    rows.append(f"[rules.{rule.name}]")
    rows.append('severity = "info"')
    for key, default in list(rule.option_defaults().items())[:2]:
        rows.append(f"{key} = {_toml(default)}")
    rows.append("```")
    return "\n".join(rows)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value)


def render_rule(rule: type[Rule]) -> str:
    """The Markdown page of one rule."""
    doc = inspect.getdoc(rule) or ""
    lines = doc.splitlines()
    summary = lines[0].strip() if lines else ""
    rest = "\n".join(lines[1:]).strip()
    needs = ", ".join(NEED_LABELS.get(n, n) for n in sorted(rule.needs)) or "nothing beyond the draft"
    head = [
        f"# {rule.name} ({rule.code})",
        "",
        summary,
        "",
        f"- Code: `{rule.code}`",
        f"- Name: `{rule.name}`",
        f"- Default severity: {rule.default_severity}",
        f"- Needs: {needs}",
    ]
    if rule.aliases:
        head.append(f"- Also known as: {', '.join(f'`{a}`' for a in rule.aliases)}")
    if rule.opt_in:
        head.append("- Runs only when selected explicitly.")
    if rule.language_dependent:
        head.append("- Skipped when the draft is probably not English (not-english, FL112).")
    # a docstring cites the repository's advice page by its path; on a page in docs/rules/ it is a link
    body = rest.replace("docs/advice.md", "[docs/advice.md](../advice.md)").strip()
    out = "\n".join(head) + "\n\n" + (body + "\n\n" if body else "") + "## Options\n\n" + _options_table(rule) + "\n"
    return out


def render_index(rules: Iterable[type[Rule]]) -> str:
    rows = ["# Rules", "", "Generated from the rules' docstrings by `python -m followup_lint.docs`; do not edit.", "",
            "| code | name | default severity | summary |", "|---|---|---|---|"]
    for rule in sorted(rules, key=lambda r: r.code):
        summary = rule.summary().replace("|", "\\|")
        rows.append(f"| {rule.code} | [{rule.name}]({rule.name}.md) | {rule.default_severity} | {summary} |")
    return "\n".join(rows) + "\n"


def expected_pages(rules: Iterable[type[Rule]]) -> dict[str, str]:
    rules = list(rules)
    pages = {f"{r.name}.md": render_rule(r) for r in rules}
    pages["README.md"] = render_index(rules)
    return pages


def write_rule_docs(directory: str | Path = "docs/rules") -> list[Path]:
    """Rewrite the rule pages in ``directory`` (stale pages of removed rules are deleted)."""
    from .rules import BUILTIN_RULES

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    pages = expected_pages(BUILTIN_RULES)
    written = []
    for old in folder.glob("*.md"):
        if old.name not in pages:
            old.unlink()
    for name, text in pages.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    written = write_rule_docs(args[0] if args else "docs/rules")
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
