"""Work that can finish while the build goes on: writing the state file, in a forked child.

The child gets a snapshot of the memory at the fork, so the build may change or
drop its caches at once; the write overlaps with MkDocs rendering the pages.
The process waits for the child before it exits, so a next build always finds
the file complete. Only forks where fork is safe (one thread, as in ``mkdocs
build``); otherwise, and if fork fails, the work runs here and now.
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


def run_in_background(work: Callable[[], object]) -> None:
    """Run ``work`` in a forked child (or here, when forking is not safe)."""
    wait_for_background()  # one write at a time: the newest state must land last
    if not hasattr(os, "fork") or threading.active_count() != 1:
        work()
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
    if not _children:
        atexit.register(wait_for_background)
    _children.append(pid)


def wait_for_background() -> None:
    """Wait until every write started by this process has ended."""
    while _children:
        pid = _children.pop()
        with contextlib.suppress(ChildProcessError):  # already reaped
            os.waitpid(pid, 0)
