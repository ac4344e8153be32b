"""A Jinja sandbox bounded in time and size: a template from a repository is untrusted input.

``jinja2.sandbox.SandboxedEnvironment`` stops attribute escapes, but not work: nested
``range(100000)`` loops, ``lipsum(10**6)``, ``10**(10**9)`` or ``'a' * 900000000`` run for minutes or
take gigabytes. :class:`BoundedSandbox` adds:

- size caps on the operations that make big values in one step: ``*`` on strings and lists, ``**``,
  every number passed to a function or a filter (``center(10**9)``, ``lipsum(10**6)``, ``range``) and
  widths in format strings (``'%999999999d'``);
- a wall-clock deadline, checked on every call, filter, attribute lookup, arithmetic operation and
  ``range`` step, with a ``SIGALRM`` backstop (main thread, POSIX) for loops that do none of those.

Exceeding a limit raises :class:`RenderLimit`.
"""

from __future__ import annotations

import functools
import math
import re
import signal
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Final, Iterator, cast

from jinja2.sandbox import MAX_RANGE, SandboxedEnvironment

__all__ = ["BoundedSandbox", "RenderLimit", "MAX_ITEMS", "TIME_LIMIT"]

#: the largest string or list one operation may build, and the largest number passed to a function
MAX_ITEMS: Final = 1_000_000
#: seconds one rendering may take
TIME_LIMIT: Final = 5.0
_MAX_POWER_BITS: Final = 4096
_WIDTH: Final = re.compile(r"%[-+ #0]*\d{7,}|\{[^{}]*?:[^{}]*?\d{7,}")


class RenderLimit(Exception):
    """The template went over a time or size limit."""


def _sized(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else None


class _Range:
    """``range`` whose iteration checks the deadline (nested loops are where the time goes)."""

    __slots__ = ("values", "tick")

    def __init__(self, values: range, tick: Callable[[], None]) -> None:
        self.values = values
        self.tick = tick

    def __iter__(self) -> Iterator[int]:
        for n, value in enumerate(self.values):
            if n & 0xFF == 0:
                self.tick()
            yield value

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index: Any) -> Any:
        return self.values[index]

    def __contains__(self, value: Any) -> bool:
        return value in self.values

    def __repr__(self) -> str:
        return repr(self.values)


class BoundedSandbox(SandboxedEnvironment):
    """The sandbox with size caps and a deadline (see the module docstring)."""

    intercepted_binops = frozenset(["*", "**", "%", "+"])

    def __init__(self, *args: Any, time_limit: float = TIME_LIMIT, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.time_limit = time_limit
        self.deadline = math.inf
        self.globals["range"] = self._range
        # (jinja types its globals as objects: this one is its generate_lorem_ipsum)
        self._plain_lipsum = cast(Callable[..., Any], self.globals["lipsum"])
        self.globals["lipsum"] = self._lipsum
        self.filters = {name: self._guarded(f) for name, f in self.filters.items()}

    # -- the deadline ------------------------------------------------------------------------------------
    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise RenderLimit(f"rendering took longer than {self.time_limit:g} s; stopped")

    @contextmanager
    def limits(self) -> Iterator[None]:
        """Run one rendering under the deadline (and a SIGALRM backstop when that is possible)."""
        self.deadline = time.monotonic() + self.time_limit
        alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        previous: Any = None
        if alarm:
            def expired(signum: int, frame: Any) -> None:
                raise RenderLimit(f"rendering took longer than {self.time_limit:g} s; stopped")

            try:
                previous = signal.signal(signal.SIGALRM, expired)
                signal.setitimer(signal.ITIMER_REAL, self.time_limit + 0.5)
            except (ValueError, OSError):
                alarm = False
        try:
            yield
        finally:
            self.deadline = math.inf
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)

    # -- the caps ----------------------------------------------------------------------------------------
    def _check_args(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.tick()
        for value in (*args, *kwargs.values()):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) > MAX_ITEMS:
                raise RenderLimit(f"a number over {MAX_ITEMS:,} passed to a function or filter")
            if isinstance(value, str) and _WIDTH.search(value):
                raise RenderLimit("a format width over a million characters")

    def _range(self, *args: int) -> _Range:
        self._check_args(args, {})
        values = range(*args)
        if len(values) > MAX_RANGE:
            raise RenderLimit(f"a range of over {MAX_RANGE:,} numbers")
        return _Range(values, self.tick)

    def _lipsum(self, n: int = 5, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(n, int) or n > 100:
            raise RenderLimit("lipsum() of over 100 paragraphs")
        return self._plain_lipsum(n, *args, **kwargs)

    def _guarded(self, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)  # keeps jinja's pass_context / pass_environment marks
        def guarded(*args: Any, **kwargs: Any) -> Any:
            # the first is the value filtered: only a format string there is checked (`'%999999999d'|format`)
            value = [a for a in args[:1] if isinstance(a, str)]
            self._check_args((*value, *args[1:]), kwargs)
            return func(*args, **kwargs)
        return guarded

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (jinja's form)
        owner = getattr(__obj, "__self__", None)  # 'fmt'.format(...): the width is in the bound string
        __self._check_args((owner, *args) if isinstance(owner, str) else args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.tick()
        if isinstance(obj, str) and attribute in ("format", "format_map") and _WIDTH.search(obj):
            raise RenderLimit("a format width over a million characters")
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.tick()
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                size = _sized(seq)
                if size is not None and isinstance(times, int) and size * times > MAX_ITEMS:
                    raise RenderLimit(f"a string or list of over {MAX_ITEMS:,} items")
        elif operator == "**":
            if isinstance(left, (int, float)) and isinstance(right, (int, float)) and abs(left) > 1 \
                    and right * math.log2(abs(left)) > _MAX_POWER_BITS:
                raise RenderLimit("a power too large to compute")
        elif operator == "%" and isinstance(left, str) and _WIDTH.search(left):
            raise RenderLimit("a format width over a million characters")
        elif operator == "+":
            sizes = (_sized(left), _sized(right))
            if None not in sizes and sum(sizes) > MAX_ITEMS * 10:  # type: ignore[arg-type]
                raise RenderLimit(f"a string or list of over {MAX_ITEMS * 10:,} items")
        return super().call_binop(context, operator, left, right)
