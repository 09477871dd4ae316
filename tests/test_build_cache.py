"""The build's state kept on disk between runs (``.cache/seed-articles/``).

Every build here is a real ``mkdocs build`` in its own process, as users run it: a warm build
must give the same site, byte for byte, as a cold one, also after seeds were edited, added and
deleted; a damaged cache is ignored with a log line; the cache never lands in docs, seeds or site.
"""

from __future__ import annotations

import filecmp
import os
import random
import shutil
import time
from pathlib import Path

import pytest
from conftest import REPO, SEEDS, run_build
from seed_articles.build.disk_cache import FORMAT, MAGIC, STATE_FILE, CacheProblem, DiskCache, dump
from seed_articles.build.types import Settings

CORPUS = REPO / "tests" / "corpus" / "seeds"
CONFIG = """\
site_name: Tin quốc phòng
theme: {{name: material, language: vi}}
plugins:
  - search
  - seed-articles:
      cache: {cache}
"""
# Our own sentences, added to seeds by the edit rounds.
NEW_SENTENCES = [
    "Hai bên nhất trí tiếp tục trao đổi đoàn cấp cao và phối hợp tuần tra chung trên biển.",
    "Đoàn công tác đã thăm một đơn vị huấn luyện và trao quà cho các chiến sĩ trẻ.",
    "Các đại biểu thảo luận về hợp tác đào tạo, tìm kiếm cứu nạn và khắc phục hậu quả chiến tranh.",
]


def make_project(root: Path, cache: bool, seeds: list[Path]) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Tin quốc phòng\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(CONFIG.format(cache=str(cache).lower()), encoding="utf-8")
    (root / "seeds").mkdir()
    for seed in seeds:
        shutil.copyfile(seed, root / "seeds" / seed.name)
    return root


def corpus_sample(count: int, seed: int = 7) -> list[Path]:
    """The real seeds and a fixed sample of the fixture corpus (many sites, many shapes)."""
    fixtures = sorted(CORPUS.glob("*.txt"))
    return sorted(SEEDS.glob("*.txt")) + random.Random(seed).sample(fixtures, count)


def same_tree(one: Path, two: Path) -> list[str]:
    """Files that differ or exist on one side only (empty when the trees are byte-identical)."""
    differences: list[str] = []
    pending = [filecmp.dircmp(one, two)]
    while pending:
        comparison = pending.pop()
        differences += [f"only in one: {name}" for name in comparison.left_only + comparison.right_only]
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        differences += [f"differs: {Path(comparison.left) / name}" for name in mismatch + errors]
        pending += comparison.subdirs.values()
    return differences


def state_file(project: Path) -> Path:
    return project / ".cache" / "seed-articles" / STATE_FILE


def test_warm_build_equals_cold_build(tmp_path: Path) -> None:
    seeds = corpus_sample(25)
    warm = make_project(tmp_path / "warm", cache=True, seeds=seeds)
    cold = make_project(tmp_path / "cold", cache=False, seeds=seeds)
    first = run_build(warm, tmp_path / "first")
    assert "parsed now" in first.stderr and f"{len(seeds)} parsed now" in first.stderr
    assert state_file(warm).is_file()
    second = run_build(warm, tmp_path / "second")
    assert "build cache:" in second.stderr
    assert "(0 parsed now" in second.stderr, second.stderr
    run_build(cold, tmp_path / "cold-site")
    assert not (cold / ".cache").exists()
    assert same_tree(tmp_path / "first", tmp_path / "second") == []
    assert same_tree(tmp_path / "second", tmp_path / "cold-site") == []


def edit_round(projects: list[Path], rng: random.Random, spare: list[Path]) -> None:
    """One random round of edits, applied the same way to each project."""
    names = sorted(path.name for path in (projects[0] / "seeds").glob("*.txt"))
    edited = rng.sample(names, 2)
    deleted = rng.choice([name for name in names if name not in edited])
    added = spare.pop()
    sentence = rng.choice(NEW_SENTENCES)
    for project in projects:
        seeds = project / "seeds"
        for name in edited:
            text = (seeds / name).read_text(encoding="utf-8")
            lines = text.splitlines()
            lines.insert(len(lines) // 2, sentence)  # a new paragraph in the body
            (seeds / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        (seeds / deleted).unlink()
        shutil.copyfile(added, seeds / added.name)


def test_builds_after_random_edits_equal_cold_builds(tmp_path: Path) -> None:
    fixtures = sorted(CORPUS.glob("*.txt"))
    rng = random.Random(2026)
    chosen = rng.sample(fixtures, 30)
    start, spare = chosen[:24], chosen[24:]
    warm = make_project(tmp_path / "warm", cache=True, seeds=start)
    cold = make_project(tmp_path / "cold", cache=False, seeds=start)
    run_build(warm, tmp_path / "warm-0")
    for number in range(1, 4):
        edit_round([warm, cold], rng, spare)
        warm_site, cold_site = tmp_path / f"warm-{number}", tmp_path / f"cold-{number}"
        result = run_build(warm, warm_site)
        assert "build cache:" in result.stderr
        # Only the edited and added seeds are parsed again (seeds whose chrome evidence changed may follow).
        assert "(0 parsed now" not in result.stderr
        run_build(cold, cold_site)
        assert same_tree(warm_site, cold_site) == [], f"round {number}"


def damage_truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def damage_flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF
    path.write_bytes(bytes(data))


def damage_other_version(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data.replace(f'"format": {FORMAT}'.encode(), b'"format": 0', 1))


def damage_garbage(path: Path) -> None:
    path.write_bytes(b"not a cache at all")


def damage_empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (damage_truncate, "damaged or was cut short"),
        (damage_flip_byte, "damaged or was cut short"),
        (damage_other_version, "another version of the plugin"),
        (damage_garbage, "not a seed-articles cache file"),
        (damage_empty, "not a seed-articles cache file"),
    ],
)
def test_damaged_cache_is_ignored_with_a_log_line(tmp_path: Path, damage, reason: str) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    project = make_project(tmp_path / "project", cache=True, seeds=seeds)
    run_build(project, tmp_path / "first")
    damage(state_file(project))
    result = run_build(project, tmp_path / "second")
    assert "ignoring the build cache" in result.stderr and reason in result.stderr, result.stderr
    assert f"({len(seeds)} parsed now" in result.stderr
    assert same_tree(tmp_path / "first", tmp_path / "second") == []
    # The build wrote a sound cache again: the next build uses it.
    third = run_build(project, tmp_path / "third")
    assert "(0 parsed now" in third.stderr and "ignoring" not in third.stderr


def test_cache_stays_out_of_docs_seeds_and_site(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", cache=True, seeds=sorted(SEEDS.glob("*.txt")))
    before = {p.relative_to(project): p.read_bytes() for p in project.rglob("*") if p.is_file()}
    site = project / "site"
    run_build(project, site)
    after = {p.relative_to(project): p.read_bytes() for p in project.rglob("*") if p.is_file()}
    new = {path for path in after if path not in before and not path.is_relative_to("site")}
    # The build's state file and the search index's own (search/state.pickle), nothing else.
    assert Path(".cache/seed-articles") / STATE_FILE in new
    assert all(path.is_relative_to(".cache/seed-articles") for path in new), new
    assert all(after[path] == data for path, data in before.items())
    assert not any("state" in path.name for path in site.rglob("*"))
    for inside in ("docs/.cache", "seeds/cache", "site/cache"):
        config = CONFIG.format(cache="true") + f"      cache_dir: {inside}\n"
        (project / "mkdocs.yml").write_text(config, encoding="utf-8")
        result = run_build(project, site, check=False)
        assert result.returncode != 0, inside
        assert "cache_dir" in result.stderr and "is inside" in result.stderr, result.stderr
        assert not (project / inside).exists()


def settings(root: Path, **changes) -> Settings:
    return Settings(repo_root=root, seeds_dir=root / "seeds", cache_dir=root / "cache", **changes)


def test_state_is_read_back_only_for_the_same_settings(tmp_path: Path) -> None:
    disk = DiskCache(tmp_path / "cache", settings(tmp_path))
    assert disk.save({"answer": dump([1, 2, 3]), "other": dump("x")})
    file = disk.open()
    assert file is not None and file.load("answer") == [1, 2, 3] and file.load("other") == "x"
    file.close()
    assert disk.path.read_bytes().startswith(MAGIC)
    assert DiskCache(tmp_path / "cache", settings(tmp_path, related_count=3)).open() is None
    assert list((tmp_path / "cache").iterdir()) == [disk.path]  # no temporary file left behind


def test_sections_are_copied_unread_into_a_new_file(tmp_path: Path) -> None:
    disk = DiskCache(tmp_path / "cache", settings(tmp_path))
    disk.save({"small": dump(1), "large": dump(list(range(100_000)))})
    old = disk.open()
    assert old is not None
    disk.save({"small": dump(2), "large": (old, "large")})
    assert old.load("small") == 1, "an open file keeps reading the version it opened"
    old.close()
    new = disk.open()
    assert new is not None and new.load("small") == 2 and new.load("large") == list(range(100_000))
    new.close()


def test_abandoned_temporary_files_are_removed(tmp_path: Path) -> None:
    disk = DiskCache(tmp_path / "cache", settings(tmp_path))
    (tmp_path / "cache").mkdir()
    old, fresh = tmp_path / "cache" / ".state-killed", tmp_path / "cache" / ".state-writing"
    old.write_bytes(b"half a state")
    fresh.write_bytes(b"another build writing now")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    disk.save({"fine": dump(True)})
    assert not old.exists() and fresh.exists()


def test_state_that_cannot_be_unpickled_is_ignored(tmp_path: Path) -> None:
    disk = DiskCache(tmp_path / "cache", settings(tmp_path))
    disk.save({"junk": b"\x80\x05junk"})  # checksum right, pickle wrong: e.g. a class that changed shape
    file = disk.open()
    assert file is not None
    with pytest.raises(CacheProblem, match="cannot be read back"):
        file.load("junk")
    with pytest.raises(CacheProblem, match="no section"):
        file.load("missing")
    file.close()
