"""Per-article work gives the same result in worker processes as in one process."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import seed_articles.assemble as assemble
import seed_articles.build.glossary_stage as glossary_stage
import seed_articles.parallel as parallel
from conftest import copy_project
from seed_articles.build.types import Settings
from seed_articles.pipeline import Pipeline


def build_pages(project: Path) -> dict[str, str]:
    return Pipeline().build(Settings(repo_root=project, seeds_dir=project / "seeds")).pages


# Where the relation stage's parallel settings may live (they move as that package is reorganised).
RELATIONS_MODULES = ("pair_scores", "explanations", "candidates", "similarity")


def set_relations_setting(monkeypatch, name: str, value: int) -> None:
    """Set a relation setting in every module of the stage that defines it."""
    found = False
    for module_name in RELATIONS_MODULES:
        try:
            module = importlib.import_module(f"seed_articles.relations.{module_name}")
        except ImportError:
            continue
        if hasattr(module, name):
            monkeypatch.setattr(module, name, value)
            found = True
    assert found, f"no relations module defines {name}"


@pytest.mark.parametrize("threaded", [False, True], ids=["fork", "forkserver"])
def test_parallel_build_equals_sequential_build(tmp_path: Path, monkeypatch, caplog, threaded: bool) -> None:
    project = copy_project(tmp_path / "project")
    for index, seed in enumerate(sorted((project / "seeds").glob("*.txt"))):
        # More seeds than workers, so every worker gets some.
        (project / "seeds" / f"copy{index}.txt").write_bytes(seed.read_bytes().replace(b"2024", b"2023"))
    sequential = build_pages(project)
    if threaded:  # as under `mkdocs serve`, which builds in a thread: workers come from a forkserver
        monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)
    # Every stage that can use worker processes does so, even for this small corpus.
    monkeypatch.setattr(parallel, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(assemble, "RENDER_PARALLEL_PAGES", 2)
    monkeypatch.setattr(assemble, "RENDER_BATCH", 3)
    for name, value in (
        ("PARALLEL_ARTICLES", 2),
        ("PAIRS_PER_BLOCK", 5),
        ("EXPLAIN_PARALLEL_PAIRS", 2),
        ("EXPLAIN_MIN_BATCH", 2),
    ):
        set_relations_setting(monkeypatch, name, value)
    monkeypatch.setattr(glossary_stage, "SCAN_PARALLEL_ARTICLES", 2)
    monkeypatch.setattr(glossary_stage, "SCAN_BATCH", 3)
    calls = []
    original = parallel.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):
        calls.append(kwargs.get("max_workers"))
        return original(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", counting_pool)
    with caplog.at_level("INFO", logger="mkdocs.plugins.seed_articles"):
        assert build_pages(project) == sequential
    assert len(calls) >= 7, "parsing, glossary, analysis, candidates, explanations and rendering used workers"
    assert "working in one process" not in caplog.text, "the workers really ran"


def test_failing_workers_fall_back_to_one_process(tmp_path: Path, monkeypatch) -> None:
    project = copy_project(tmp_path / "project")
    sequential = build_pages(project)
    monkeypatch.setattr(parallel, "PARALLEL_THRESHOLD", 2)

    def broken_pool(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", broken_pool)
    assert build_pages(project) == sequential


def _marked_processes(marker: str) -> set[int]:
    """Processes whose environment holds ``marker`` (the build and its workers)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.add(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux-only")
def test_workers_die_when_the_build_is_killed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paragraph = "Đoàn cán bộ hai nước trao đổi kinh nghiệm huấn luyện và hợp tác cứu hộ cứu nạn trên biển. "
    for number in range(3000):
        (seeds / f"{number:05d}.txt").write_text(
            f"Tiêu đề bài số {number}\n\n" + (paragraph * 12 + "\n\n") * 6, encoding="utf-8"
        )
    marker = f"SEED_ARTICLES_KILL_TEST={uuid.uuid4().hex}"
    name, value = marker.split("=")
    script = (
        "from pathlib import Path; from seed_articles.pipeline import Pipeline; from seed_articles.build.types import Settings; "
        f"Pipeline().build(Settings(repo_root=Path({str(tmp_path)!r}), seeds_dir=Path({str(seeds)!r})))"
    )
    build = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, name: value})
    try:
        deadline = time.monotonic() + 120
        while len(_marked_processes(marker) - {build.pid}) < 2:  # workers are running
            assert build.poll() is None, "the build ended before its workers were seen"
            assert time.monotonic() < deadline, "no worker processes started"
            time.sleep(0.05)
    finally:
        build.kill()
        build.wait()
    deadline = time.monotonic() + 10
    while _marked_processes(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _marked_processes(marker) == set()
