"""A warm build keys seeds by their stat, not their bytes, and reads only the state it needs.

Pipelines here stand for separate processes: each new :class:`Pipeline` starts from
the state file alone. A seed changed less than ``RACY_MARGIN_NS`` before a build is
"racy": its stat is not recorded, and the next build reads it again. Copies made by a
test are that new (their ctime cannot be set back), so tests that need seeds recorded
(``settled`` fixture) shrink the margin to nothing.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import SEEDS
from seed_articles.build import parse_stage, seed_files
from seed_articles.build.background import run_in_background, wait_for_background
from seed_articles.build.disk_cache import DiskCache
from seed_articles.build.parse_stage import ParseStage, list_seeds
from seed_articles.build.seed_files import RACY_MARGIN_NS, settled, walk_seeds
from seed_articles.build.types import Settings
from seed_articles.pipeline import BUILD, STAGES, Pipeline

HOUR_NS = 3600 * 10**9


def project(root: Path, age_ns: int = HOUR_NS) -> Settings:
    """The real seeds in ``root/seeds``, last changed ``age_ns`` ago."""
    (root / "seeds").mkdir(parents=True)
    stamp = time.time_ns() - age_ns
    for seed in sorted(SEEDS.glob("*.txt")):
        copy = root / "seeds" / seed.name
        shutil.copyfile(seed, copy)
        os.utime(copy, ns=(stamp, stamp))
    return Settings(repo_root=root, seeds_dir=root / "seeds", cache_dir=root / ".cache")


def build(settings: Settings) -> tuple[Pipeline, dict[str, str]]:
    pipeline = Pipeline()
    pages = dict(pipeline.build(settings).pages)
    wait_for_background()  # the state file is written by a child where forking is safe
    return pipeline, pages


@pytest.fixture
def settled_now(monkeypatch) -> None:
    """Seeds count as settled as soon as the scan starts after their last change."""
    monkeypatch.setattr(seed_files, "RACY_MARGIN_NS", 0)


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Seeds whose bytes the parse stage reads."""
    seen: list[str] = []
    original = parse_stage.read_seed_files

    def counted(path: Path, seed: str):
        seen.append(seed)
        return original(path, seed)

    monkeypatch.setattr(parse_stage, "read_seed_files", counted)
    return seen


def test_unchanged_build_reads_no_seed_and_no_stage_cache(
    tmp_path: Path, reads: list[str], settled_now
) -> None:
    settings = project(tmp_path)
    _, cold = build(settings)
    assert len(reads) == 5
    reads.clear()
    pipeline, warm = build(settings)
    assert warm == cold and pipeline.parse_count == 0
    assert reads == [], "seeds with their recorded stat are not read"
    assert STAGES in pipeline._untaken and BUILD not in pipeline._untaken, "only the finished build is read"


def test_touched_but_unchanged_seed_is_read_not_parsed(tmp_path: Path, reads: list[str], settled_now) -> None:
    settings = project(tmp_path)
    _, cold = build(settings)
    touched = sorted((tmp_path / "seeds").glob("*.txt"))[2]
    time.sleep(0.01)
    os.utime(touched)  # now: a new stat, the same bytes
    reads.clear()
    pipeline, warm = build(settings)
    assert warm == cold and pipeline.parse_count == 0
    assert reads == [f"seeds/{touched.name}"]
    assert STAGES in pipeline._untaken, "the same bytes: the finished build is reused"


def test_seed_edited_within_the_racy_window_with_the_same_size_is_noticed(tmp_path: Path) -> None:
    settings = project(tmp_path, age_ns=0)  # written just now, as a checkout or an editor does
    _, cold = build(settings)
    seed = sorted((tmp_path / "seeds").glob("*.txt"))[1]
    before = seed.stat()
    data = seed.read_bytes()
    at = data.index(b"a")
    seed.write_bytes(data[:at] + b"o" + data[at + 1 :])  # one letter: the same size
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same mtime
    pipeline, warm = build(settings)
    assert pipeline.parse_count >= 1 and warm != cold


def test_only_settled_seeds_are_recorded(tmp_path: Path, monkeypatch) -> None:
    settings = project(tmp_path, age_ns=0)
    stage = ParseStage()
    stage.scan(settings)
    assert stage.recorded == {}, "a seed changed within the racy window is read again next time"
    now = time.time_ns()
    assert not settled((1, now - RACY_MARGIN_NS // 2, now - HOUR_NS, 1, 1), now)
    assert not settled((1, now - HOUR_NS, now - RACY_MARGIN_NS // 2, 1, 1), now), "ctime counts too"
    assert settled((1, now - HOUR_NS, now - HOUR_NS, 1, 1), now)
    monkeypatch.setattr(seed_files, "RACY_MARGIN_NS", 0)
    stage.scan(settings)
    assert len(stage.recorded) == 5


def test_a_record_that_lies_is_caught_when_the_seed_is_read(tmp_path: Path, settled_now) -> None:
    settings = project(tmp_path)
    stage = ParseStage()
    parsed, _, _ = stage.read_seeds(settings)
    name = sorted(stage.recorded)[0]
    stat, sidecar, _ = stage.recorded[name]
    stage.recorded[name] = (stat, sidecar, "not its key")  # as if the bytes changed under the same stat
    stage.parse_cache.clear()  # so the seed must be read to be parsed
    again, _, parsed_now = stage.read_seeds(settings)
    assert parsed_now == 5 and [a.title for a in again] == [a.title for a in parsed]
    assert stage.recorded[name][2] != "not its key"


def test_damaged_stage_section_is_ignored_when_needed(tmp_path: Path, caplog, settled_now) -> None:
    settings = project(tmp_path)
    build(settings)
    disk = DiskCache(settings.cache_dir, settings)  # type: ignore[arg-type]
    file = disk.open()
    assert file is not None
    at = file.sections[STAGES].offset + 10
    file.close()
    data = bytearray(disk.path.read_bytes())
    data[at] ^= 0xFF
    disk.path.write_bytes(bytes(data))
    _, warm = build(settings)  # nothing changed: the stages' caches are not even read
    seed = sorted((tmp_path / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nMột câu mới cho bài này.\n", encoding="utf-8")
    with caplog.at_level("INFO"):
        pipeline, edited = build(settings)
    assert "ignoring the build cache" in caplog.text and "damaged" in caplog.text
    assert pipeline.parse_count >= 1
    cold = Pipeline().build(Settings(repo_root=tmp_path, seeds_dir=tmp_path / "seeds")).pages
    assert edited == cold


def _old_list_seeds(seeds_dir: Path) -> list[Path]:
    """The listing before walk_seeds: os.walk, then the same filter and order."""
    found = []
    for folder, _, names in os.walk(seeds_dir):
        for name in names:
            path = Path(folder) / name
            if path.suffix.lower() == ".txt" and (path.is_file() or path.is_symlink()):
                found.append(path)
    return sorted(found, key=lambda path: os.fsencode(path.relative_to(seeds_dir).as_posix()))


def test_listing_matches_os_walk(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "a" / "b").mkdir(parents=True)
    for name in ("z.txt", "A.TXT", ".txt", "x.txt.bak", "a/one.txt", "a/b/two.Txt", "a/b/note.md"):
        (seeds / name).write_text("x", encoding="utf-8")
    (seeds / "dir.txt").mkdir()
    (seeds / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (seeds / "linked").symlink_to(seeds / "a", target_is_directory=True)
    (seeds / "z.yml").write_text("title: x\n", encoding="utf-8")
    expected = _old_list_seeds(seeds)
    assert list_seeds(seeds) == expected
    listed = walk_seeds(seeds)
    assert [seed.relative for seed in listed] == [p.relative_to(seeds).as_posix() for p in expected]
    by_name = {seed.relative: seed for seed in listed}
    assert by_name["z.txt"].sidecar == str(seeds / "z.yml") and by_name["A.TXT"].sidecar is None
    assert by_name["gone.txt"].link and by_name["gone.txt"].stat is None


def test_background_work_is_done_before_the_process_goes_on_waiting(tmp_path: Path) -> None:
    target = tmp_path / "written"
    run_in_background(lambda: target.write_text("done", encoding="utf-8"))
    wait_for_background()
    assert target.read_text(encoding="utf-8") == "done"
