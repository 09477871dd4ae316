"""Sections of the state file read ahead in a thread: same values, same checks, no thread left over.

A build forks (worker processes, the background write of the state) only when it is the
process's one thread, so a read-ahead thread must be gone by then.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from seed_articles.build.disk_cache import CacheProblem, DiskCache, dump
from seed_articles.build.types import Settings
from seed_articles.pipeline import Pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def read_ahead_threads() -> list[str]:
    """The state file's read-ahead threads still alive (other threads of the test process,
    such as a serve session's idle collector, are not the cache's)."""
    return [thread.name for thread in threading.enumerate() if thread.name.startswith("seed-articles-cache-")]


def settings(root: Path) -> Settings:
    return Settings(repo_root=root, seeds_dir=root / "seeds", cache_dir=root / "cache")


def test_a_prefetched_section_loads_the_same_value(tmp_path: Path) -> None:
    disk = DiskCache(tmp_path / "cache", settings(tmp_path))
    disk.save({"small": dump(1), "large": dump(list(range(200_000)))})
    file = disk.open()
    assert file is not None
    file.prefetch("large")
    file.prefetch("large")  # asked twice: read once
    file.prefetch("missing")  # not in the file: nothing to read ahead
    assert file.load("large") == list(range(200_000))
    assert file.load("small") == 1
    with pytest.raises(CacheProblem, match="no section"):
        file.load("missing")
    file.close()
    assert read_ahead_threads() == []


def test_a_damaged_section_read_ahead_is_still_refused(tmp_path: Path) -> None:
    disk = DiskCache(tmp_path / "cache", settings(tmp_path))
    disk.save({"first": dump("a" * 1000), "second": dump(list(range(1000)))})
    data = bytearray(disk.path.read_bytes())
    data[-10] ^= 0xFF  # a flipped byte in the last section
    disk.path.write_bytes(bytes(data))
    file = disk.open()
    assert file is not None
    file.prefetch("second")
    with pytest.raises(CacheProblem, match="damaged"):
        file.load("second")
    assert file.load("first") == "a" * 1000
    file.close()


def test_closing_waits_for_a_read_ahead(tmp_path: Path) -> None:
    disk = DiskCache(tmp_path / "cache", settings(tmp_path))
    disk.save({"large": dump(list(range(500_000)))})
    file = disk.open()
    assert file is not None
    file.prefetch("large")
    file.close()  # never loaded: the thread ends before the file closes
    assert read_ahead_threads() == []


def test_no_thread_is_left_when_a_build_forks(tmp_path: Path) -> None:
    """Warm and edited builds read sections ahead; none of those threads outlives the build."""
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        (root / "seeds" / seed.name).write_bytes(seed.read_bytes())
    first = Pipeline().build(settings(root))
    from seed_articles.build.background import wait_for_background

    wait_for_background()
    warm = Pipeline()
    again = warm.build(settings(root))
    assert again.parsed_now == 0 and sorted(again.pages) == sorted(first.pages)
    assert read_ahead_threads() == []
    wait_for_background()
    seed = sorted((root / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nMột câu mới.\n", encoding="utf-8")
    edited = Pipeline()
    after = edited.build(settings(root))
    assert after.parsed_now == 1
    assert read_ahead_threads() == []
    wait_for_background()
