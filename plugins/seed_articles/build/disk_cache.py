"""The build's state kept on disk between runs (``.cache/seed-articles/`` by default).

One file holds everything the stages keep between builds, so a second
``mkdocs build`` in a new process starts where the last one stopped. It is cut
in sections, each with its own checksum, read only when needed: a build with
nothing changed reads the small manifest and the finished build, not the
stages' caches. Entries inside are keyed by content, so a state from an older
set of seeds is still right, only less useful; what must match exactly is how
it was made: the file format, the plugin's code (a digest of the package's
files, so an editable install counts every edit) and the settings. Anything
else (a truncated file, a flipped byte, another format or code) is ignored with
a log line, never trusted. Writes are atomic: a temporary file in the same
folder, then a rename; a reader keeps its file open, so it reads one version
even while another build replaces it.

Layout: magic line, header line (JSON), table line (JSON: each section's name,
length and SHA-256), then the sections' bytes, in the table's order.

The payload is a pickle: the cache folder belongs to the project, as trusted as
its ``mkdocs.yml`` (which can run hooks). Deleting the folder only costs time.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import pickle
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from ..logs import get_logger
from .types import Settings

log = get_logger(__name__)

FORMAT = 2
MAGIC = b"seed-articles build cache\n"
STATE_FILE = "state.pickle"
_TEMPORARY_PREFIX = ".state-"
_ABANDONED_AFTER_S = 3600
_MAX_LINE = 1 << 20  # header and table lines are small; a longer one is not ours
# Settings that say where things are, not what is made from them.
_NOT_IN_KEY = {"cache_dir"}


@lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of every file of the installed package (code, data, templates, assets)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def settings_digest(settings: Settings) -> str:
    values = {f.name: str(getattr(settings, f.name)) for f in fields(settings) if f.name not in _NOT_IN_KEY}
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()


@contextlib.contextmanager
def _collector_paused(keep: bool = False) -> Iterator[None]:
    # (Un)pickling makes millions of objects, and none is garbage yet: the cyclic
    # collector would walk them again and again (it doubles the time). What was read
    # is kept for the build (``keep``): it goes to the collector's permanent
    # generation, or every later collection of the build would walk it again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if enabled:
            gc.enable()


def dump(value: Any) -> bytes:
    """One section's bytes."""
    with _collector_paused():
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class CacheProblem(Exception):
    """Why a state file (or one of its sections) is not used."""


@dataclass(frozen=True)
class Section:
    name: str
    offset: int
    length: int
    digest: str


class CacheFile:
    """An open state file: its sections, each read and checked when asked for."""

    def __init__(self, path: Path, handle: IO[bytes], sections: list[Section]) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle
        self.sections = {section.name: section for section in sections}
        # Sections being read and checked ahead, in a thread (:meth:`prefetch`).
        self._ahead: dict[str, tuple[threading.Thread, list]] = {}

    def prefetch(self, name: str) -> None:
        """Start reading and checking a section that will be loaded soon, in a thread.

        Reading and hashing release the GIL, so they overlap with the build's own work
        (listing the seeds, unpickling another section). :meth:`load` waits for it; the
        thread never outlives :meth:`load` or :meth:`close`, so it is gone before the
        build forks (workers, the background write).
        """
        if name in self._ahead or name not in self.sections or self._handle is None:
            return
        outcome: list = []

        def read() -> None:
            try:
                outcome.append(self._read(name))
            except BaseException as error:  # handed to load(), raised there
                outcome.append(error)

        thread = threading.Thread(target=read, name=f"seed-articles-cache-{name}", daemon=True)
        self._ahead[name] = (thread, outcome)
        thread.start()

    def _take_ahead(self, name: str) -> bytes | None:
        found = self._ahead.pop(name, None)
        if found is None:
            return None
        thread, outcome = found
        thread.join()
        if outcome and isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0] if outcome else None

    def load(self, name: str) -> Any:
        """The section's value; :class:`CacheProblem` when it is missing, damaged or unreadable."""
        payload = self._take_ahead(name)
        if payload is None:
            payload = self._read(name)
        try:
            with _collector_paused(keep=True):
                return pickle.loads(payload)
        except Exception as error:  # the checksum matched, but the classes inside changed shape
            raise CacheProblem(f"cannot be read back ({error})") from error

    def _read(self, name: str) -> bytes:
        section = self.sections.get(name)
        if section is None or self._handle is None:
            raise CacheProblem(f"it has no section {name!r}")
        payload = self._pread(section.offset, section.length)
        if len(payload) != section.length or hashlib.sha256(payload).hexdigest() != section.digest:
            raise CacheProblem("the file is damaged or was cut short")
        return payload

    def copy_to(self, name: str, out: IO[bytes]) -> None:
        """Copy a section's bytes as they are (its checksum travels with it, still checked on reading)."""
        section = self.sections[name]
        offset, end = section.offset, section.offset + section.length
        while offset < end:
            chunk = self._pread(offset, min(end - offset, 1 << 24))
            if not chunk:
                raise OSError(f"{self.path} ended while copying section {name}")
            out.write(chunk)
            offset += len(chunk)

    def _pread(self, offset: int, length: int) -> bytes:
        # Positioned reads: a forked writer shares this file's offset (build/background.py).
        assert self._handle is not None
        parts = []
        while length:
            chunk = os.pread(self._handle.fileno(), length, offset)
            if not chunk:
                break
            parts.append(chunk)
            offset += len(chunk)
            length -= len(chunk)
        return b"".join(parts)

    def close(self) -> None:
        for thread, _ in self._ahead.values():
            thread.join()  # never close the file under a reading thread
        self._ahead = {}
        if self._handle is not None:
            self._handle.close()
            self._handle = None


# A section's new bytes, or a section of an open file copied as it is.
SectionData = bytes | tuple[CacheFile, str]


@dataclass(frozen=True)
class DiskCache:
    """The state file in ``folder``, for builds with ``settings``."""

    folder: Path
    settings: Settings

    @property
    def path(self) -> Path:
        return self.folder / STATE_FILE

    def header(self) -> bytes:
        fields_ = {
            "format": FORMAT,
            "code": code_digest(),
            "settings": settings_digest(self.settings),
            "python": f"{sys.version_info.major}.{sys.version_info.minor}",
            "pickle": pickle.HIGHEST_PROTOCOL,
        }
        return json.dumps(fields_, sort_keys=True).encode() + b"\n"

    def open(self) -> CacheFile | None:
        """The state file, open, or None (missing, unreadable, damaged, or made differently)."""
        try:
            handle = self.path.open("rb")
        except FileNotFoundError:
            return None
        except OSError as error:
            log.info("ignoring the build cache %s: %s", self.path, error.strerror or error)
            return None
        try:
            return CacheFile(self.path, handle, self._table(handle))
        except (CacheProblem, OSError) as error:
            handle.close()
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            log.info("ignoring the build cache %s: %s", self.path, reason)
            return None

    def _table(self, handle: IO[bytes]) -> list[Section]:
        if handle.read(len(MAGIC)) != MAGIC:
            raise CacheProblem("not a seed-articles cache file")
        header = self.header()
        if handle.readline(_MAX_LINE) != header:
            raise CacheProblem("made by another version of the plugin, other settings or another Python")
        try:
            table = json.loads(handle.readline(_MAX_LINE))
            offset = handle.tell()
            sections = []
            for name, length, digest in table:
                sections.append(Section(str(name), offset, int(length), str(digest)))
                offset += int(length)
        except (ValueError, TypeError) as error:
            raise CacheProblem("the file is damaged or was cut short") from error
        if os.fstat(handle.fileno()).st_size != offset:
            raise CacheProblem("the file is damaged or was cut short")
        return sections

    def _remove_abandoned(self) -> None:
        """Temporary files of writes that were killed midway (an hour old: no build still writing)."""
        cutoff = time.time() - _ABANDONED_AFTER_S
        for leftover in self.folder.glob(f"{_TEMPORARY_PREFIX}*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()

    def save(self, sections: dict[str, SectionData]) -> bool:
        """Write the sections atomically, in this order; a failure only costs the next build time."""
        try:
            table = []
            for name, data in sections.items():
                if isinstance(data, bytes):
                    table.append([name, len(data), hashlib.sha256(data).hexdigest()])
                else:
                    source, source_name = data
                    section = source.sections[source_name]
                    table.append([name, section.length, section.digest])
            self.folder.mkdir(parents=True, exist_ok=True)
            self._remove_abandoned()
            handle, temporary = tempfile.mkstemp(prefix=_TEMPORARY_PREFIX, dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(MAGIC + self.header() + json.dumps(table).encode() + b"\n")
                    for data in sections.values():
                        if isinstance(data, bytes):
                            out.write(data)
                        else:
                            data[0].copy_to(data[1], out)
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            log.warning("cannot write the build cache in %s: %s", self.folder, error)
            return False
        return True
