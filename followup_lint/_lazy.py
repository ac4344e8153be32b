"""``lazy``: :func:`functools.cached_property` without its lock; ``LazyPattern``: a regular expression
compiled on first use.

On Python 3.11, ``functools.cached_property`` takes a re-entrant lock on every first read (the lock was
removed in 3.12). The Analysis layer and the Document read some thirty parts per draft, each once: the
lock was a measurable share of a warm ``lint_draft``. A draft's objects are never shared between threads
while they are being read, so the lock buys nothing here.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Generic, TypeVar, overload

__all__ = ["lazy", "LazyPattern"]

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801 - named like the decorator it replaces
    """A per-instance cached attribute: computed on the first read, then kept in the instance's
    ``__dict__`` (a non-data descriptor, so later reads never call back here)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.attrname: str | None = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | lazy[T]:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.attrname] = value  # type: ignore[index]
        return value


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use: for module-level patterns that many runs never
    need (a one-draft command line pays for every pattern its rules compile at import). After the first
    use the pattern's methods sit in the instance, so calls cost what the compiled pattern's do."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attr in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern",
                     "flags", "groups", "groupindex"):
            self.__dict__[attr] = getattr(compiled, attr)
        return getattr(compiled, name)
