"""``followup-lint rules`` and ``followup-lint rule CODE-OR-NAME``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["run_rules", "run_rule", "rule_page"]


def _registry(plugins: bool = True) -> Any:
    from ..registry import Registry

    return Registry.default(plugins=plugins)


def run_rules(args: argparse.Namespace) -> int:
    registry = _registry(plugins=not getattr(args, "no_plugins", False))
    rows = [{"code": r.code, "name": r.name, "default_severity": str(r.default_severity),
             "summary": r.summary(), "needs": sorted(r.needs)} for r in sorted(registry, key=lambda r: r.code)]
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    width = max((len(r["name"]) for r in rows), default=10)
    for r in rows:
        sys.stdout.write(f"{r['code']}  {r['name']:<{width}}  {r['default_severity']:<7}  {r['summary']}\n")
    return 0


def rule_page(rule: Any) -> str:
    """The rule's documentation as Markdown: the page ``docs/rules/<name>.md`` holds."""
    try:
        from ..docs import render_rule  # the generator of docs/rules/<name>.md
    except ImportError:
        pass
    else:
        return str(render_rule(rule))
    doc = rule.documentation()
    lines = [f"# {rule.name} ({rule.code})", "", f"Default severity: {rule.default_severity}."]
    if rule.needs:
        lines.append(f"Needs: {', '.join(sorted(rule.needs))}.")
    if rule.aliases:
        lines.append(f"Also known as: {', '.join(rule.aliases)}.")
    lines += ["", doc]
    defaults = rule.option_defaults()
    if defaults:
        lines += ["", "## Options", "", f"In `[rules.{rule.name}]`:", ""]
        for key, value in defaults.items():
            lines.append(f"- `{key}` (default `{json.dumps(value)}`)")
    return "\n".join(lines).rstrip() + "\n"


def run_rule(args: argparse.Namespace) -> int:
    registry = _registry()
    rule = registry.get(args.rule)
    if rule is None:
        from . import UsageError

        raise UsageError(f"followup-lint: no rule {args.rule!r} (see 'followup-lint rules')")
    sys.stdout.write(rule_page(rule))
    return 0
