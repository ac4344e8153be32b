"""A check that a reading grows linearly with the text (shared by the analysis tests)."""

from __future__ import annotations

import gc
from typing import Callable


def assert_linear(timed: Callable[[int], float]) -> None:
    """``timed(n)`` times (in CPU time) a reading of a text n units long: 8x the text must take under
    40x the time (a quadratic reading takes about 64x). Best of five, the two sizes interleaved (a
    loaded machine slows both alike), with the collector paused."""
    timed(10)
    gc.disable()
    try:
        small, big = [], []
        for _ in range(5):
            small.append(timed(200))
            big.append(timed(1600))
    finally:
        gc.enable()
    assert min(big) < min(small) * 8 * 5
