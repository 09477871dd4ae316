"""Write a folder of generated files, touching only the files whose bytes changed.

A `mkdocs serve --dirty` rebuild after one seed changed regenerates the
search shards and store files of every page; deleting and rewriting
thousands of files cost more than computing them. A :class:`FolderWriter`
remembers a digest of every file it wrote, so the next build writes only
the files that differ and removes the ones no longer made. Without that
memory (a new process), the files on disk are compared instead.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class FolderWriter:
    """Keeps one folder equal to the files given to :meth:`sync`, with as few writes as it can."""

    def __init__(self) -> None:
        self._written: dict[Path, dict[str, bytes]] = {}  # folder → relative path → digest
        self.writes = 0  # files written by the last sync (for logs and tests)

    def sync(self, folder: Path, files: Iterable[tuple[str, bytes]]) -> None:
        """Make ``folder`` hold exactly ``files`` (relative POSIX paths → bytes)."""
        known = self._written.get(folder)
        if known is not None and not folder.is_dir():
            known = None  # the folder was removed behind our back (a clean build)
        now: dict[str, bytes] = {}
        self.writes = 0
        for relative, data in files:
            digest = _digest(data)
            now[relative] = digest
            path = folder / relative
            if known is not None:
                if known.get(relative) == digest:
                    continue
            elif _same_bytes(path, data):
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            self.writes += 1
        old = set(known) if known is not None else set(_files_under(folder))
        for relative in old - set(now):
            (folder / relative).unlink(missing_ok=True)
        self._written[folder] = now


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _files_under(folder: Path) -> Iterable[str]:
    if not folder.is_dir():
        return
    for root, _dirs, names in os.walk(folder):
        for name in names:
            yield Path(root, name).relative_to(folder).as_posix()
