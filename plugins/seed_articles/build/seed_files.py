"""The seeds folder listed and stat'ed in one pass, and which seeds need no reading.

A warm build must not read every seed to learn that none changed. As git's
index does, a seed whose stat (size, times, inode) is the one recorded with its
content key is taken as unchanged. A change within the file system's timestamp
resolution could keep the stat the same, so a seed is recorded only once its
times are clearly older than the scan that read it ("racy" seeds are read and
hashed again by the next build, and recorded then).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# A seed changed less than this before the scan that read it is not recorded: covers
# coarse timestamps (FAT: 2 s) and the kernel's coarse clock.
RACY_MARGIN_NS = 2_000_000_000

# (size, mtime_ns, ctime_ns, inode, device): ctime cannot be set back by tools that restore mtimes.
Signature = tuple[int, int, int, int, int]


@dataclass(frozen=True, slots=True)
class SeedFile:
    """One ``.txt`` file of the seeds folder, as listed."""

    location: str  # the path, as a string (a Path per seed costs more than the listing)
    relative: str  # "/"-joined path below the seeds folder
    link: bool  # a symbolic link (checked and read the slow way, never recorded)
    stat: os.stat_result | None  # following links; None when it cannot be stat'ed
    sidecar: str | None  # NAME.yml beside it, when listed (a link included)
    sidecar_link: bool = False

    @property
    def path(self) -> Path:
        return Path(self.location)


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)


def settled(sig: Signature, scan_started_ns: int) -> bool:
    """Whether a file with this stat can be recorded: its last change is clearly before the scan."""
    return max(sig[1], sig[2]) < scan_started_ns - RACY_MARGIN_NS


def _is_seed_name(name: str) -> bool:
    # Path(name).suffix.lower() == ".txt", without building a Path per file.
    return len(name) > 4 and name[-4:].lower() == ".txt"


def walk_seeds(seeds_dir: Path, unreadable: list[str] | None = None) -> list[SeedFile]:
    """Every ``.txt`` file under ``seeds_dir`` (links to folders are not followed), in a stable order.

    Folders that cannot be listed are named in ``unreadable`` (when given), so a
    build never loses their seeds silently.
    """
    if not seeds_dir.is_dir():
        return []
    found: list[tuple[bytes, SeedFile]] = []
    pending = [(str(seeds_dir), "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as error:
            if unreadable is not None:
                unreadable.append(f"{error.filename}: {error.strerror or error}")
            continue
        by_name = {entry.name: entry for entry in entries}
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink():
                    pending.append((entry.path, f"{prefix}{entry.name}/"))
                continue
            if not _is_seed_name(entry.name) or not (_is_file(entry) or entry.is_symlink()):
                continue
            side = by_name.get(entry.name[:-4] + ".yml")
            side_listed = side is not None and (_is_file(side) or side.is_symlink())
            relative = prefix + entry.name
            seed = SeedFile(
                location=entry.path,
                relative=relative,
                link=entry.is_symlink(),
                stat=_stat(entry),
                sidecar=side.path if side is not None and side_listed else None,
                sidecar_link=side is not None and side_listed and side.is_symlink(),
            )
            # Bytes, not str: names that are not valid UTF-8 still sort, deterministically.
            found.append((os.fsencode(relative), seed))
    found.sort(key=lambda pair: pair[0])
    return [seed for _, seed in found]


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _stat(entry: os.DirEntry) -> os.stat_result | None:
    try:
        return entry.stat()
    except OSError:  # a dangling link, or removed since the listing
        return None


def sidecar_signature(seed: SeedFile) -> Signature | None | bool:
    """The sidecar's stat signature, None without a sidecar, False when it cannot be recorded."""
    if seed.sidecar is None:
        return None
    if seed.sidecar_link:
        return False
    try:
        return signature(os.lstat(seed.sidecar))
    except OSError:
        return False
