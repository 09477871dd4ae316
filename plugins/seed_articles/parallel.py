"""Run a per-article function on every core when there are many articles.

Used for the work that depends on one article alone (parsing, topic and
people detection); the corpus-wide stages stay in the main process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

log = logging.getLogger("mkdocs.plugins.seed_articles")

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 300


def parallel_map(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """``list(map(function, items))``, in worker processes when it pays off.

    ``function`` must be a picklable top-level function (or a partial of one).
    """
    workers = min(os.cpu_count() or 1, 8)
    if len(items) < PARALLEL_THRESHOLD or workers < 2:
        return list(map(function, items))
    # fork is cheapest, but unsafe in a threaded process (`mkdocs serve` builds in a
    # thread): there, forkserver.
    method = "fork" if threading.active_count() == 1 else "forkserver"
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method)) as pool:
            return list(pool.map(function, items, chunksize=max(16, len(items) // (workers * 8))))
    except (BrokenProcessPool, OSError, RuntimeError) as error:
        # Worker processes cannot start in every host program; the build must not depend on them.
        log.info("seed-articles: working in one process (worker processes failed: %s)", error)
        return list(map(function, items))
