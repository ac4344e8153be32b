"""The rule registry: a value built from the built-in rules and the ``followup_lint.rules`` entry points."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Final, Iterable, Sequence

from .errors import ConfigError
from .rule import Rule

__all__ = ["Registry", "ENTRY_POINT_GROUP", "selector_matches", "is_enabled"]

ENTRY_POINT_GROUP: Final = "followup_lint.rules"
_CODE: Final = re.compile(r"^[A-Z]{2,3}\d{3}$")
_NAME: Final = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Registry:
    """An ordered, immutable set of rule classes with lookup by code, name and alias."""

    rules: tuple[type[Rule], ...]

    def __post_init__(self) -> None:
        codes: dict[str, type[Rule]] = {}
        names: dict[str, type[Rule]] = {}
        for rule in self.rules:
            if not _CODE.match(rule.code):
                raise ConfigError(f"rule {rule.__name__}: code {rule.code!r} is not 2-3 capital letters and 3 digits")
            if not _NAME.match(rule.name):
                raise ConfigError(f"rule {rule.__name__}: name {rule.name!r} is not kebab-case")
            if rule.code in codes:
                raise ConfigError(f"rule code {rule.code} is used by both {codes[rule.code].__name__} and {rule.__name__}")
            for name in (rule.name, *rule.aliases):
                if name in names:
                    raise ConfigError(f"rule name {name!r} is used twice")
                names[name] = rule
            codes[rule.code] = rule
        object.__setattr__(self, "_codes", codes)
        object.__setattr__(self, "_names", names)

    @classmethod
    def default(cls, *, plugins: bool = True) -> Registry:
        from .rules import BUILTIN_RULES

        rules: list[type[Rule]] = list(BUILTIN_RULES)
        if plugins:
            rules.extend(_load_plugins({r.code for r in rules}, {r.name for r in rules}))
        return cls(tuple(rules))

    def get(self, key: str) -> type[Rule] | None:
        """A rule by code, name or alias (case-insensitive codes)."""
        return self._codes.get(key.upper()) or self._names.get(key)  # type: ignore[attr-defined]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def names(self) -> set[str]:
        return set(self._names)  # type: ignore[attr-defined]


def _load_plugins(codes: set[str], names: set[str]) -> Iterable[type[Rule]]:
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = ep.load()
        except Exception as exc:  # a broken plugin must not break the linter
            warnings.warn(f"plugin {ep.name!r} failed to load: {exc}", stacklevel=2)
            continue
        items = loaded if isinstance(loaded, (list, tuple)) else [loaded]
        for rule in items:
            if not (isinstance(rule, type) and issubclass(rule, Rule)):
                warnings.warn(f"plugin {ep.name!r} is not a Rule subclass", stacklevel=2)
                continue
            if rule.code.startswith("FL") or not _CODE.match(rule.code):
                warnings.warn(f"plugin rule {rule.code!r} must use a 2-3 letter prefix other than FL",
                              stacklevel=2)
                continue
            if rule.code in codes or rule.name in names:
                warnings.warn(f"plugin rule {rule.code} {rule.name} clashes with a loaded rule",
                              stacklevel=2)
                continue
            codes.add(rule.code)
            names.add(rule.name)
            yield rule


def _specificity(selector: str, rule: type[Rule]) -> int:
    """How specifically ``selector`` names ``rule``: 0 none, then prefix length, 100 exact."""
    sel = selector.strip()
    if not sel:
        return 0
    if sel in (rule.name, *rule.aliases) or sel.upper() == rule.code:
        return 100
    if sel.upper() == "ALL":
        return 1
    if rule.code.startswith(sel.upper()) and sel[:1].isalpha():
        return 1 + len(sel)
    return 0


def selector_matches(selector: str, rule: type[Rule]) -> bool:
    return _specificity(selector, rule) > 0


def is_enabled(rule: type[Rule], select: Sequence[str] | None, ignore: Sequence[str]) -> bool:
    """The most specific selector wins; ``ignore`` beats ``select`` at equal specificity."""
    if rule.opt_in:
        chosen = max((_specificity(s, rule) for s in (select or ())), default=0)
        if chosen < 100:
            return False
    best_select = max((_specificity(s, rule) for s in select), default=0) if select is not None else 1
    best_ignore = max((_specificity(s, rule) for s in ignore), default=0)
    return best_select > 0 and best_select > best_ignore


def check_selectors(selectors: Iterable[str], registry: Registry, where: str) -> None:
    """A selector that names no rule is a ``ConfigError`` (a typo would silently select nothing)."""
    for sel in selectors:
        if sel.upper() == "ALL":
            continue
        if not any(_specificity(sel, r) for r in registry):
            raise ConfigError(f"{where}: {sel!r} selects no rule (use a code such as FL101, a prefix such as FL2, "
                              "or a name such as misspelled-word)")
