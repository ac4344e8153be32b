"""Jinja templates (the ``jinja`` extra): render a template with its ``[sample]`` values in a sandbox and
map the rendered lines back to the template's lines.

The sandbox is ``jinja2.sandbox.SandboxedEnvironment``, bounded in time and size (:mod:`._sandbox`), with no loader (``{% include %}`` and
``{% import %}`` fail: no file access), ``trim_blocks`` and ``lstrip_blocks`` (a line holding only a
``{% ... %}`` tag leaves no blank line), and an ``Undefined`` that records every name the sample does not
define and renders it back as a ``{{ name }}`` slot. Rendering stops once the output passes ``max_size`` characters.

Line mapping is an approximation: the template and the rendered text are aligned line by line with
:mod:`difflib`; identical lines map exactly (same column), a changed line maps to the template line in
the same position of the changed block (the column is where the flagged text appears in that template
line, else the whole line), and lines produced by a loop map to the loop's last template line.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

_TAG_ONLY = re.compile(r"^\s*(?:\{%.*?%\}|\{#.*?#\})\s*$")
_EXPR = re.compile(r"\{\{.*?\}\}")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")
_WINDOW = 8          # template lines a rendered line is compared with (LineMap._align)


def _literal_pieces(template_line: str) -> list[str]:
    """The text of a template line outside its tags, in order, without surrounding blanks."""
    return [p.strip() for p in _TAG.split(template_line) if p.strip()]


def _coverage(pieces: list[str], rendered: str) -> float:
    """How much of a template line's literal text appears, in order, in a rendered line (0..1), in
    linear time; a line made only of tags could have rendered as anything (0.5)."""
    total = sum(map(len, pieces))
    if not total:
        return 0.5
    found = at = 0
    for piece in pieces:
        k = rendered.find(piece, at)
        if k >= 0:
            found += len(piece)
            at = k + len(piece)
    return found / total

__all__ = ["Rendered", "TemplateError", "jinja_available", "render", "LineMap", "has_jinja_syntax"]


class TemplateError(Exception):
    """A template that cannot be rendered (syntax error, a sandbox violation, too much output)."""

    def __init__(self, message: str, line: int | None = None, field: str = "body") -> None:
        super().__init__(message)
        self.line = line
        self.field = field


@dataclass
class Rendered:
    subject: str
    body: str
    #: (name, field) for every variable the sample does not define, in order of first use
    undefined: list[tuple[str, str]] = field(default_factory=list)


def jinja_available() -> bool:
    try:
        import jinja2  # noqa: F401
    except ImportError:
        return False
    return True


def has_jinja_syntax(text: str) -> bool:
    return "{{" in text or "{%" in text or "{#" in text


def render(subject: str, body: str, sample: Mapping[str, Any], *, max_size: int = 1_000_000,
           time_limit: float | None = None) -> Rendered:
    """Render ``subject`` and ``body`` with ``sample``; a :class:`TemplateError` when that fails."""
    import jinja2

    from ._sandbox import BoundedSandbox, RenderLimit

    seen: list[tuple[str, str]] = []
    current = ["body"]

    class RecordingUndefined(jinja2.ChainableUndefined):
        __slots__ = ()

        def _record(self) -> None:
            name = self._undefined_name or "?"
            key = (name, current[0])
            if key not in seen:
                seen.append(key)

        def __str__(self) -> str:
            if self._undefined_exception is jinja2.exceptions.SecurityError:
                self._fail_with_undefined_error()  # `''.__class__`: refused by the sandbox, not a missing name
            # Rendered back as a slot, which template mode accepts, so the hole does not cause
            # spacing or grammar findings of its own; the name is reported separately.
            self._record()
            return "{{ " + (self._undefined_name or "?") + " }}"

        def __iter__(self):  # type: ignore[no-untyped-def]
            if self._undefined_exception is jinja2.exceptions.SecurityError:
                self._fail_with_undefined_error()
            self._record()
            return iter(())

    limit = {} if time_limit is None else {"time_limit": time_limit}
    env = BoundedSandbox(**limit, loader=None, undefined=RecordingUndefined, autoescape=False,
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)

    def one(text: str, which: str) -> str:
        current[0] = which
        try:
            template = env.from_string(text)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"Jinja syntax error in the {which}: {exc.message}", exc.lineno, which) from None
        parts: list[str] = []
        size = 0
        try:
            for chunk in template.generate(**dict(sample)):
                parts.append(chunk)
                size += len(chunk)
                if size > max_size:
                    raise TemplateError(f"the rendered {which} is over the max-size limit of {max_size:,} characters")
        except TemplateError:
            raise
        except RenderLimit as exc:  # time or size: a template from a repository is untrusted
            raise TemplateError(f"the {which} went over a limit: {exc}", _template_line(exc), which) from None
        except jinja2.exceptions.SecurityError as exc:
            raise TemplateError(f"the template does something the sandbox forbids: {exc}",
                                _template_line(exc), which) from None
        except (jinja2.TemplateError, TypeError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            if "no loader" in message:
                message = "templates cannot include or import other files here (no file access)"
            raise TemplateError(f"cannot render the {which}: {message}", _template_line(exc), which) from None
        except Exception as exc:  # errors raised by the template's own expressions (1 / 0 and so on)
            raise TemplateError(f"cannot render the {which}: {type(exc).__name__}: {exc}",
                                _template_line(exc), which) from None
        return "".join(parts)

    try:
        with env.limits():
            rendered_subject = one(subject, "subject") if has_jinja_syntax(subject) else subject
            rendered_body = one(body, "body")
    except RenderLimit as exc:  # the SIGALRM backstop fired outside the rendering loop
        raise TemplateError(f"the template went over a limit: {exc}") from None
    return Rendered(subject=" ".join(rendered_subject.split()), body=rendered_body, undefined=seen)


def _template_line(exc: BaseException) -> int | None:
    """The template line a render-time error comes from (Jinja names its frames ``<template>``)."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class LineMap:
    """Maps 1-based lines of the rendered text to 1-based lines of the template."""

    def __init__(self, template: str, rendered: str) -> None:
        self.template_lines = template.splitlines()
        self.rendered_lines = rendered.splitlines()
        self.exact: dict[int, bool] = {}
        self._map: dict[int, int] = {}
        matcher = difflib.SequenceMatcher(None, self.template_lines, self.rendered_lines, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                for k in range(j2 - j1):
                    self._map[j1 + k + 1] = i1 + k + 1
                    self.exact[j1 + k + 1] = True
            elif tag in ("replace", "insert"):
                self._align(i1, i2, j1, j2)

    def _align(self, i1: int, i2: int, j1: int, j2: int) -> None:
        """Map the rendered lines j1..j2 onto the template lines i1..i2, in order, by similarity.

        Linear: each rendered line is compared with the next :data:`_WINDOW` candidate lines only (a
        loop or a condition moves the alignment by a few lines, not by hundreds), by :func:`_coverage`.
        """
        candidates = [i for i in range(i1, i2) if not _TAG_ONLY.match(self.template_lines[i])]
        pieces = [_literal_pieces(self.template_lines[i]) for i in candidates]
        last = 0
        for j in range(j1, j2):
            target = None
            if candidates:
                best = -1.0
                chosen = last
                rendered = self.rendered_lines[j]
                for pos in range(last, min(last + _WINDOW, len(candidates))):
                    score = _coverage(pieces[pos], rendered)
                    if score > best:
                        best, target, chosen = score, candidates[pos], pos
                last = chosen
            self._map[j + 1] = (target + 1) if target is not None else max(i1, 1)
            self.exact[j + 1] = False

    def line(self, rendered_line: int) -> int:
        if rendered_line in self._map:
            return self._map[rendered_line]
        return max(1, min(rendered_line, len(self.template_lines) or 1))

    def template_text(self, template_line: int) -> str:
        if 1 <= template_line <= len(self.template_lines):
            return self.template_lines[template_line - 1]
        return ""
