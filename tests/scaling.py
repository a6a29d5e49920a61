"""How a function's time grows with its input, for tests that must stay linear.

A unit test never asserts seconds (machines differ, CI shares its cores); it asserts how
time grows: ``growth(work, make, n)`` runs ``work(make(n))`` and ``work(make(4 * n))``
(best of a few runs each) and returns the ratio. Linear work gives about 4; quadratic
about 16. Work too quick to time at 4n counts as linear. A ratio past ``LINEAR`` is measured
again, up to ``TRIES`` times in all, and the least kept: another process taking the core
during one run inflates one ratio, while quadratic work gives 16 every time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

# Linear is 4; quadratic 16. Between them there is room for a cache or a GC pass.
LINEAR = 8.0
TOO_QUICK_TO_TIME = 0.05  # seconds at 4n
TRIES = 3


def _best(work: Callable[[Any], object], data: Any, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work(data)
        best = min(best, time.perf_counter() - start)
    return best


def growth(work: Callable[[Any], object], make: Callable[[int], Any], n: int, runs: int = 3) -> float:
    """``time(work(make(4n))) / time(work(make(n)))``; 1.0 when 4n is too quick to time."""
    small, large = make(n), make(4 * n)
    work(small)  # imports and caches out of the way
    ratio = float("inf")
    for _ in range(TRIES):
        t_large = _best(work, large, runs)
        if t_large < TOO_QUICK_TO_TIME:
            return 1.0
        ratio = min(ratio, t_large / max(_best(work, small, runs), 1e-4))
        if ratio < LINEAR:
            break
    return ratio
