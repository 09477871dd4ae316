"""The bar the corpus must clear (``evaluate --check`` and the corpus test)."""

from __future__ import annotations

from .results import COUNTERS, Scores

MIN_FIELD_RATE = 0.95  # every field at least 95 % right
MAX_COUNTERS = dict.fromkeys(COUNTERS, 0)  # no invented date, no body line lost, no off-topic link


def failures(scores: Scores) -> list[str]:
    """Why ``scores`` miss the bar, one sentence each; empty when they clear it."""
    found = []
    for name, tally in scores.fields.items():
        rate = tally.rate
        if rate is not None and rate < MIN_FIELD_RATE:
            found.append(f"{name}: {tally.right}/{tally.checked} ({rate:.1%}) is below {MIN_FIELD_RATE:.0%}")
    for name, limit in MAX_COUNTERS.items():
        if scores.counters[name] > limit:
            found.append(f"{name}: {scores.counters[name]} (must be {limit})")
    return found
