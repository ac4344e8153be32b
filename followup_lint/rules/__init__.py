"""The built-in rules, in the order they run (an explicit registry: no import-time side effects).

Each module lists its rules in ``RULES``; ``BUILTIN_RULES`` is their concatenation, with
``not-english`` first so that the language-dependent rules after it can be skipped.
"""

from __future__ import annotations

from importlib import import_module
from typing import Final

from ..rule import Rule

# One module per rule family; the order here is only for readability: rules run sorted by code,
# except that FL112 (not-english) runs first.
_MODULES: Final = (
    "meta",
    "placeholder",
    "names",
    "recipients",
    "moment",
    "strengths",
    "courtesy",
    "attachment",
    "duplicate",
    "punctuation_lines",
    "spelling",
    "timing",
    "cadence",
    "mechanics",
    "length",
    "subject",
    "grammar",
)


def _collect() -> tuple[type[Rule], ...]:
    rules: list[type[Rule]] = []
    for name in _MODULES:
        module = import_module(f"{__name__}.{name}")
        rules.extend(module.RULES)
    rules.sort(key=lambda r: (r.code != "FL112", r.code))
    return tuple(rules)


BUILTIN_RULES: Final[tuple[type[Rule], ...]] = _collect()

__all__ = ["BUILTIN_RULES"]
