"""Guards against patterns that backtrack: a complexity check, not a speed target.

A run on eight times the text may take about eight times as long, never the 64 times of a
quadratic pass. Each size is timed in CPU seconds at its best of three runs, so a loaded machine
(CI runs the suite on two workers, maybe beside other jobs) does not turn waiting into a failure.
"""

from __future__ import annotations

import time
from collections.abc import Callable

GROWTH = 8  # the large input is this many times the small one
ALLOWED = 24  # linear: about GROWTH; quadratic: GROWTH ** 2
SLACK_SECONDS = 0.05  # fixed costs and timer noise on tiny inputs


def _best_seconds(call: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()  # CPU time: a starved or niced process does not look slower
        call()
        best = min(best, time.process_time() - started)
    return best


def assert_linear_time(run: Callable[[int], object], size: int = 20_000, label: str = "") -> None:
    """``run(n)`` works on an input of about ``n`` characters."""
    small = _best_seconds(lambda: run(size // GROWTH))
    large = _best_seconds(lambda: run(size))
    assert large <= ALLOWED * small + SLACK_SECONDS, (
        f"{label}: {small:.3f} s on {size // GROWTH:,} characters, {large:.3f} s on {size:,}"
    )
