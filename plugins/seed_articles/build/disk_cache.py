"""The build's state kept on disk between runs (``.cache/seed-articles/`` by default).

One file holds everything the stages keep between builds (parse results,
glossary scans, relations, rendered pages), so a second ``mkdocs build`` in a
new process starts where the last one stopped. Entries inside are keyed by
content, so a state from an older set of seeds is still right, only less
useful; what must match exactly is how it was made: the file format, the
plugin's code (a digest of the package's files, so an editable install counts
every edit) and the settings. Anything else (a truncated file, a flipped byte,
another format or code) is ignored with a log line, never trusted. Writes are
atomic: a temporary file in the same folder, then a rename.

The payload is a pickle: the cache folder belongs to the project, as trusted as
its ``mkdocs.yml`` (which can run hooks). Deleting the folder only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..logs import get_logger
from .types import Settings

log = get_logger(__name__)

FORMAT = 1
MAGIC = b"seed-articles build cache\n"
STATE_FILE = "state.pickle"
_DIGEST_SIZE = 32
_TEMPORARY_PREFIX = ".state-"
_ABANDONED_AFTER_S = 3600
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

    def load(self) -> Any | None:
        """The saved state, or None (missing, unreadable, damaged, or made differently)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.info("ignoring the build cache %s: %s", self.path, error.strerror or error)
            return None
        reason = self._problem(data)
        if reason:
            log.info("ignoring the build cache %s: %s", self.path, reason)
            return None
        payload = data[len(MAGIC) + len(self.header()) + _DIGEST_SIZE :]
        try:
            return pickle.loads(payload)
        except Exception as error:  # the checksum matched, but the classes inside changed shape
            log.info("ignoring the build cache %s: cannot be read back (%s)", self.path, error)
            return None

    def _problem(self, data: bytes) -> str | None:
        if not data.startswith(MAGIC):
            return "not a seed-articles cache file"
        header = self.header()
        start = len(MAGIC)
        if data[start : start + len(header)] != header:
            return "made by another version of the plugin, other settings or another Python"
        start += len(header)
        expected, payload = data[start : start + _DIGEST_SIZE], data[start + _DIGEST_SIZE :]
        if len(expected) < _DIGEST_SIZE or hashlib.sha256(payload).digest() != expected:
            return "the file is damaged or was cut short"
        return None

    def _remove_abandoned(self) -> None:
        """Temporary files of writes that were killed midway (an hour old: no build still writing)."""
        cutoff = time.time() - _ABANDONED_AFTER_S
        for leftover in self.folder.glob(f"{_TEMPORARY_PREFIX}*"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()

    def save(self, state: Any) -> None:
        """Write ``state`` atomically; a failure only costs the next build time."""
        try:
            payload = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
            self.folder.mkdir(parents=True, exist_ok=True)
            self._remove_abandoned()
            handle, temporary = tempfile.mkstemp(prefix=_TEMPORARY_PREFIX, dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as out:
                    for part in (MAGIC, self.header(), hashlib.sha256(payload).digest(), payload):
                        out.write(part)
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError, RecursionError) as error:
            log.warning("cannot write the build cache in %s: %s", self.folder, error)
