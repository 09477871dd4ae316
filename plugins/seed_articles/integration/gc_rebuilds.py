"""Python's garbage collector during `mkdocs serve` rebuilds.

Between two rebuilds the process holds everything the last build kept (the
pipeline's caches, the kept File and Page objects, the search sections...):
millions of objects, which every full collection during a rebuild walks again
although none of them is garbage. That was the largest cost of a `--dirty`
rebuild outside the pipeline.

So, once a build is over and the browsers have reloaded, the long-lived
objects are collected once and then frozen (:func:`gc.freeze`): a rebuild's
collections walk only what it made itself. The objects the next build drops
(the last build's config, navigation, templates...) are freed by the next
idle-time collection, which unfreezes everything first. During a build the
youngest generation's threshold is raised (fewer, larger young collections),
and restored when the build ends or fails.
"""

from __future__ import annotations

import gc
import threading

#: Seconds after a build ends before the idle-time collection: the browsers reload first.
IDLE_DELAY = 3.0
#: The youngest generation's threshold during a build (Python's default is 700).
BUILD_YOUNG_THRESHOLD = 20_000


class RebuildCollector:
    """Garbage collection around the builds of one `mkdocs serve` session.

    ``build_started`` at the start of every build (``on_config``), ``build_ended``
    when it ends or fails, ``close`` when the server stops (``on_shutdown``).
    """

    def __init__(self, idle_delay: float = IDLE_DELAY, young_threshold: int = BUILD_YOUNG_THRESHOLD) -> None:
        self.idle_delay = idle_delay
        self.young_threshold = young_threshold
        self._saved: tuple[int, ...] | None = None  # the thresholds before the build
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self.tidied = 0  # idle-time collections run (for the tests)

    def build_started(self) -> None:
        self._cancel()
        if self._saved is None:
            self._saved = gc.get_threshold()
            young, *older = self._saved
            if young > 0:  # 0: the collector is off, leave it so
                gc.set_threshold(max(young, self.young_threshold), *older)

    def build_ended(self) -> None:
        self._restore()
        self._cancel()
        timer = threading.Timer(self.idle_delay, self.tidy)
        timer.daemon = True  # a server that stops does not wait for it
        timer.name = "seed-articles-gc"
        self._timer = timer
        timer.start()

    def tidy(self) -> None:
        """Collect everything once, then freeze what is left: the next rebuild's collections skip it."""
        with self._lock:
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            self.tidied += 1

    def close(self) -> None:
        """The session is over: thresholds as they were, nothing frozen any more."""
        self._cancel()
        self._restore()
        with self._lock:
            gc.unfreeze()

    def _restore(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def _cancel(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()
