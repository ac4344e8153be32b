"""Line-level suppression: a comment that silences named rules on the next line of a draft or template.

Forms (the comment stands alone on its line; the rules are codes, code prefixes or names, separated by
commas or spaces):

- ``<!-- followup-lint: ignore-next-line FL101 emoji -->`` in Markdown, templates and text files;
- ``# followup-lint: ignore-next-line FL101`` in plain-text files (``.txt``), where an HTML comment would
  look odd.

The comment is hidden from the rules (like the per-file ``<!-- followup-lint: ignore ... -->``), and
only findings whose span starts on the next line of the body are dropped. A comment that silenced
nothing is reported by ``check --report-unused-suppressions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final, Iterable, Sequence

__all__ = ["LineIgnore", "find_line_ignores", "apply_line_ignores"]

# one quantifier per stretch of text (linear time on any input): the line is taken apart in Python
_COMMENT: Final = re.compile(r"(?:^|(?<=\r))[ \t]*(<!--|#)[ \t]*followup-lint:[ \t]*ignore-next-line([^\r\n]*)",
                             re.IGNORECASE | re.MULTILINE)
_BREAK: Final = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class LineIgnore:
    """One comment: its place in the body, the body line it silences, and the rules it names."""

    start: int
    end: int
    line: int                  # the comment's own line in the body (1-based)
    selectors: tuple[str, ...]

    @property
    def target(self) -> int:
        return self.line + 1


def find_line_ignores(body: str, kind: str) -> tuple[LineIgnore, ...]:
    """The ``ignore-next-line`` comments of a body of this kind (``text``, ``markdown``, ``jinja``)."""
    if "ignore-next-line" not in body.lower():
        return ()
    found = []
    line, counted = 1, 0  # line breaks are counted once, from one comment to the next
    for m in _COMMENT.finditer(body):
        opener, rest = m.group(1), m.group(2)
        end = m.end()
        if opener == "<!--":
            stripped = rest.rstrip(" \t")
            if not stripped.endswith("-->"):
                continue
            rest = stripped[:-3]
        elif kind != "text":  # '#' starts a heading in Markdown: only plain text has this form
            continue
        if "<" in rest or ">" in rest or not rest[:1].isspace():
            continue
        selectors = tuple(x for x in re.split(r"[,\s]+", rest) if x)
        if selectors:
            line += len(_BREAK.findall(body, counted, m.start()))
            counted = m.start()
            found.append(LineIgnore(m.start(), end, line, selectors))
    return tuple(sorted(found, key=lambda x: x.start))


_CODE: Final = re.compile(r"[A-Za-z]{2,3}[0-9]{0,3}")


def _matches(finding: Any, selector: str) -> bool:
    """A rule's name, its code, or a code prefix (``FL1``), as in ``--select``."""
    if selector.lower() == finding.rule.lower():
        return True
    return bool(_CODE.fullmatch(selector)) and finding.code.upper().startswith(selector.upper())


def apply_line_ignores(findings: Iterable[Any], ignores: Sequence[LineIgnore]) -> tuple[list[Any], list[LineIgnore]]:
    """The findings that no comment silences, and the comments that silenced nothing."""
    by_line: dict[int, list[LineIgnore]] = {}
    for ig in ignores:
        by_line.setdefault(ig.target, []).append(ig)
    used: set[LineIgnore] = set()
    kept = []
    for f in findings:
        span = f.span
        hits = [ig for ig in by_line.get(span.line, ()) if any(_matches(f, s) for s in ig.selectors)] \
            if span is not None and span.field == "body" else []
        if hits:
            used.update(hits)
            continue
        kept.append(f)
    return kept, [ig for ig in ignores if ig not in used]
