"""Garbage collection around `mkdocs serve` rebuilds (integration.gc_rebuilds.RebuildCollector): the
thresholds a build raises are restored when it ends or fails, the idle-time collection frees what
the last build dropped before freezing the rest, and nothing stays frozen once the server stops."""

from __future__ import annotations

import gc
import sys
import time
import weakref
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from seed_articles.integration.gc_rebuilds import RebuildCollector

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import make_project  # noqa: E402


@pytest.fixture(autouse=True)
def gc_state():
    """Whatever a test does, the worker's collector is left as it was."""
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


class Cycle:
    def __init__(self) -> None:
        self.me = self


def _wait(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def test_a_build_raises_the_young_threshold_and_its_end_restores_it() -> None:
    gc.set_threshold(700, 10, 10)
    collector = RebuildCollector(idle_delay=60, young_threshold=5000)
    collector.build_started()
    assert gc.get_threshold() == (5000, 10, 10)
    collector.build_started()  # a build that starts before the last one ended keeps the first saved value
    collector.build_ended()
    assert gc.get_threshold() == (700, 10, 10)
    collector.close()
    assert gc.get_threshold() == (700, 10, 10)


def test_a_collector_the_site_turned_off_stays_off() -> None:
    gc.set_threshold(0, 10, 10)
    collector = RebuildCollector(idle_delay=60)
    collector.build_started()
    assert gc.get_threshold() == (0, 10, 10)
    collector.close()
    assert gc.get_threshold() == (0, 10, 10)


def test_the_idle_collection_frees_what_the_last_build_dropped_then_freezes_the_rest() -> None:
    collector = RebuildCollector(idle_delay=0.01)
    kept = Cycle()
    dropped = weakref.ref(kept)
    collector.build_ended()
    assert _wait(lambda: collector.tidied == 1)
    assert gc.get_freeze_count() > 0  # the next build's collections skip the objects alive now
    del kept  # a next build no longer needs it: frozen, it is freed by the next idle collection
    gc.collect()
    assert dropped() is not None
    collector.build_started()
    collector.build_ended()
    assert _wait(lambda: collector.tidied == 2)
    assert dropped() is None
    collector.close()
    assert gc.get_freeze_count() == 0


def test_a_new_build_cancels_the_waiting_idle_collection() -> None:
    collector = RebuildCollector(idle_delay=0.2)
    collector.build_ended()
    collector.build_started()  # saved again before the idle collection: it would run mid-build
    time.sleep(0.4)
    assert collector.tidied == 0
    collector.close()
    assert gc.get_freeze_count() == 0


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("REPO_URL", raising=False)
    return make_project(tmp_path / "project", 8)


def test_serve_builds_leave_the_thresholds_as_they_were_and_nothing_frozen_after_shutdown(
    project: Path, tmp_path: Path
) -> None:
    gc.set_threshold(700, 10, 10)
    site = str(tmp_path / "site")

    def config():
        return load_config(str(project / "mkdocs.yml"), site_dir=site)

    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    plugin = first.plugins["seed-articles"]
    assert plugin.collector is not None
    plugin.collector.idle_delay = 0.01
    build(first, dirty=True)
    assert gc.get_threshold() == (700, 10, 10)
    assert _wait(lambda: plugin.collector.tidied == 1)
    assert gc.get_freeze_count() > 0

    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nMột đoạn mới.\n", encoding="utf-8")
    build(config(), dirty=True)
    assert gc.get_threshold() == (700, 10, 10)
    # The theme's fifty-odd templates, one environment per build: its compile options twice.
    assert plugin.template_code.options_computed == 2

    # A build that fails restores them too.
    def fail(*args, **kwargs):
        raise RuntimeError("the pipeline failed")

    plugin.pipeline.build = fail
    with pytest.raises(RuntimeError, match="the pipeline failed"):
        build(config(), dirty=True)
    assert gc.get_threshold() == (700, 10, 10)

    first.plugins.on_shutdown()
    assert gc.get_freeze_count() == 0
    time.sleep(0.1)  # no idle collection left to freeze anything later
    assert gc.get_freeze_count() == 0


def test_mkdocs_build_leaves_the_collector_alone(project: Path, tmp_path: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    assert config.plugins["seed-articles"].collector is None
