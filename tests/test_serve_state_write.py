"""Under `mkdocs serve` (threads run, so no fork) the state file is written after the rebuild.

The write used to run inside ``on_files``, before MkDocs rendered anything: at 10,000
articles it delayed every reload by the time of pickling the whole state. Now it waits
for the end of the build and runs in a thread; a next build or the process's exit
waits for it, so the file on disk is always complete and the newest.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from seed_articles.build import background
from seed_articles.build.background import (
    finish_deferred,
    run_in_background,
    start_deferred,
    wait_for_background,
)
from seed_articles.build.disk_cache import STATE_FILE
from seed_articles.build.types import Settings
from seed_articles.pipeline import Pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def other_thread() -> Iterator[None]:
    """A second thread, as `mkdocs serve` has (its file watcher and HTTP server)."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        wait_for_background()


def test_work_waits_for_the_end_of_the_build_then_runs_in_a_thread(other_thread: None) -> None:
    done: list[str] = []
    run_in_background(lambda: done.append(threading.current_thread().name))
    assert done == [], "nothing runs before the build's outputs are written"
    start_deferred()
    wait_for_background()
    assert done == ["seed-articles-background"]


def test_work_never_started_runs_before_the_next_write(other_thread: None) -> None:
    done: list[int] = []
    run_in_background(lambda: done.append(1))
    run_in_background(lambda: done.append(2))  # the first ran here, in order
    assert done == [1]
    finish_deferred()
    assert done == [1, 2]
    assert not background._deferred and not background._threads


def settings(root: Path) -> Settings:
    return Settings(repo_root=root, seeds_dir=root / "seeds", cache_dir=root / "cache")


def test_a_serve_rebuild_leaves_the_state_of_the_newest_build(tmp_path: Path, other_thread: None) -> None:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        (root / "seeds" / seed.name).write_bytes(seed.read_bytes())
    pipeline = Pipeline()
    pipeline.build(settings(root))
    state = root / "cache" / STATE_FILE
    assert not state.exists(), "written once the build is over, not inside it"
    start_deferred()  # what the plugin's last on_post_build step does
    wait_for_background()
    assert state.is_file()

    seed = sorted((root / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nMột câu mới.\n", encoding="utf-8")
    edited = pipeline.build(settings(root))  # a rebuild whose write never started (no on_post_build)
    assert edited.parsed_now == 1
    pages = dict(edited.pages)
    wait_for_background()  # as the process does when it exits

    fresh = Pipeline()  # a new process: the state on disk is the newest build's
    again = fresh.build(settings(root))
    assert again.parsed_now == 0 and again.pages == pages
    wait_for_background()
