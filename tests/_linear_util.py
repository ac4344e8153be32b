"""A check that a reading grows linearly with the text (shared by the analysis tests)."""

from __future__ import annotations

import gc
from typing import Callable


def assert_linear(timed: Callable[[int], float]) -> None:
    """``timed(n)`` times a reading of a text n units long: 8x the text must take well under 24x the
    time (a quadratic reading would take about 64x). Best of five, with the collector paused."""
    timed(10)
    gc.disable()
    try:
        small, big = min(timed(200) for _ in range(5)), min(timed(1600) for _ in range(5))
    finally:
        gc.enable()
    assert big < small * 8 * 3
