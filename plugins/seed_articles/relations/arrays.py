"""Small array helpers shared by the vectorised relation stages."""

from __future__ import annotations

import numpy as np


def run_starts(ordered: np.ndarray) -> np.ndarray:
    """Positions where a run of equal values starts in a sorted array."""
    if not len(ordered):
        return np.zeros(0, dtype=np.int64)
    changed = np.empty(len(ordered), dtype=bool)
    changed[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=changed[1:])
    return np.flatnonzero(changed)


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of an integer array, like ``np.unique``.

    By sorting: NumPy 2's hash-based ``np.unique`` is many times slower on
    structured codes such as ``row * n + column`` (measured 30× on 150,000
    candidate pairs).
    """
    ordered = np.sort(values)
    return ordered[run_starts(ordered)]


def place_in_run(ordered: np.ndarray) -> np.ndarray:
    """Each element's position within its run of equal values in a sorted array (0, 1, 2 …).

    With rows sorted by article and then best first, ``place_in_run(rows) < k``
    keeps each article's ``k`` best.
    """
    return np.arange(len(ordered)) - np.searchsorted(ordered, ordered)
