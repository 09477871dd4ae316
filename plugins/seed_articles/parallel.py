"""Run a per-article function on every core when there are many articles.

Used for the work that depends on one article alone (parsing, topic and
people detection); the corpus-wide stages stay in the main process.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import TypeVar

from .logs import get_logger

log = get_logger(__name__)

Item = TypeVar("Item")
Result = TypeVar("Result")
Shared = TypeVar("Shared")

# Below this many items, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 300


def worker_count() -> int:
    """Processes (or threads) to spread work over: the cores, at most 8."""
    return min(os.cpu_count() or 1, 8)


def parallel_map(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """``list(map(function, items))``, in worker processes when it pays off.

    ``function`` must be a picklable top-level function (or a partial of one).
    """
    return _run(function, items, PARALLEL_THRESHOLD, None)


def parallel_map_shared(
    function: Callable[[Shared, Item], Result], shared: Shared, items: Sequence[Item], threshold: int = 2
) -> list[Result]:
    """``[function(shared, item) for item in items]``, in worker processes from ``threshold`` items.

    For a few large items (batches) that all read one large object:
    ``shared`` reaches each worker once, when it starts. With fork it is
    inherited without copying; otherwise it is pickled once per worker
    rather than once per item.
    """
    return _run(partial(_call_shared, function), items, threshold, shared)


_SHARED: object = None


def _set_shared(shared: object) -> None:
    global _SHARED
    _SHARED = shared


def _init_worker(shared: object, parent: int | None) -> None:
    _set_shared(shared)
    _die_with_parent(parent)


# prctl(2) option: the signal a process gets when the thread that created it dies.
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int | None) -> None:
    """Make this worker end when the process that started it ends, even by SIGKILL.

    Without it, a build killed during a parallel stage leaves its workers running
    until they finish their queue. ``parent`` is the expected parent (``None``
    under forkserver, whose server is the parent): if it died before this call,
    exit now.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no libc prctl: keep the old behaviour
        return
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def _call_shared(function: Callable, item: object) -> object:
    return function(_SHARED, item)


def _in_this_process(function: Callable, items: Sequence, shared: object) -> list:
    _set_shared(shared)
    try:
        return list(map(function, items))
    finally:
        _set_shared(None)


def _run(function: Callable, items: Sequence, threshold: int, shared: object) -> list:
    workers = worker_count()
    if len(items) < threshold or workers < 2:
        return _in_this_process(function, items, shared)
    # fork is cheapest, but unsafe in a threaded process (`mkdocs serve` builds in a
    # thread): there, forkserver.
    method = "fork" if threading.active_count() == 1 else "forkserver"
    chunksize = max(1, len(items) // (workers * 32))
    if threshold >= PARALLEL_THRESHOLD:
        chunksize = max(16, chunksize)  # many small items: fewer round trips
    # Objects that exist before the fork go to the collector's permanent generation:
    # otherwise the workers' collections touch every one of them and copy its memory page.
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
            initargs=(shared, os.getpid() if method == "fork" else None),
        ) as pool:
            return list(pool.map(function, items, chunksize=chunksize))
    except (BrokenProcessPool, OSError, RuntimeError) as error:
        # Worker processes cannot start in every host program; the build must not depend on them.
        log.info("working in one process (worker processes failed: %s)", error)
        return _in_this_process(function, items, shared)
    finally:
        gc.unfreeze()
