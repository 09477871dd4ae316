"""Work that can finish while the build goes on: writing the state file, in a forked child.

The child gets a snapshot of the memory at the fork, so the build may change or
drop its caches at once; the write overlaps with MkDocs rendering the pages.
The process waits for the child before it exits, so a next build always finds
the file complete. Only forks where fork is safe (one thread, as in ``mkdocs
build``), or runs the work here and now if fork fails.

Where threads run (``mkdocs serve`` builds in one), forking is unsafe: the work
waits until the build's outputs are written (:func:`start_deferred`, called by
the plugin's last ``on_post_build`` step), then runs in a thread while the
browsers reload, instead of delaying the rebuild. Whatever still waits (the
build stopped early) runs before the next build starts or the process exits.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
from collections.abc import Callable

from ..logs import get_logger

log = get_logger(__name__)

_children: list[int] = []
_deferred: list[Callable[[], object]] = []  # work waiting for the end of the build
_threads: list[threading.Thread] = []
_exit_registered = False


def _on_exit() -> None:
    global _exit_registered
    if not _exit_registered:
        atexit.register(wait_for_background)
        _exit_registered = True


def run_in_background(work: Callable[[], object]) -> None:
    """Run ``work`` in a forked child (or, where threads run, in a thread once the build is over)."""
    wait_for_background()  # one write at a time: the newest state must land last
    if not hasattr(os, "fork"):
        work()
        return
    if threading.active_count() != 1:
        _deferred.append(work)
        _on_exit()
        return
    try:
        pid = os.fork()
    except OSError as error:
        log.info("writing the build cache in this process (cannot fork: %s)", error)
        work()
        return
    if pid == 0:  # the child: do the work, then leave without running the parent's exit handlers
        code = 1
        try:
            work()
            code = 0
        finally:
            os._exit(code)
    _on_exit()
    _children.append(pid)


def start_deferred() -> None:
    """Start the work that waits for the end of the build, in a thread (see the module's doc)."""
    while _deferred:
        # Not a daemon: a process that ends normally finishes the write (it is atomic anyway).
        thread = threading.Thread(target=_deferred.pop(0), name="seed-articles-background")
        thread.start()
        _threads.append(thread)


def finish_deferred() -> None:
    """Run the work still waiting for the end of the build now, and wait for the threads running it."""
    while _deferred:
        _deferred.pop(0)()
    while _threads:
        _threads.pop(0).join()


def wait_for_background() -> None:
    """Wait until every write started by this process has ended."""
    finish_deferred()
    while _children:
        pid = _children.pop()
        with contextlib.suppress(ChildProcessError):  # already reaped
            os.waitpid(pid, 0)
