"""The search index is written with bounded temporaries; the bytes never depend on it.

Postings text is encoded a block of rows at a time, the chunks' rows are dropped as
they are merged, and the index files are made one by one as the writer takes them
(a one-off build drops each part once written). None of it may change a byte.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from seed_articles.search import postings
from seed_articles.search.index import write_index_files
from seed_articles.search.material_index import SearchPage, SearchSection
from seed_articles.search.page_cache import SearchCache
from seed_articles.search.postings import build_inverted_index
from seed_articles.search.sync import FolderWriter

WORDS = ["Hợp", "tác", "quốc", "phòng", "hoà", "hòa", "bình", "ADMM+", "Đà", "Nẵng", "biên", "giới", "2024"]


def _pages(count: int, seed: int = 7) -> list[SearchPage]:
    rng = random.Random(seed)
    pages = []
    for number in range(count):
        sections = [
            SearchSection(
                "" if part == 0 else f"muc-{part}",
                " ".join(rng.choices(WORDS, k=3)),
                [" ".join(rng.choices(WORDS, k=rng.randint(0, 40))) + "." for _ in range(rng.randint(0, 4))],
            )
            for part in range(rng.randint(1, 3))
        ]
        pages.append(SearchPage(f"bai-{number}/", " ".join(rng.choices(WORDS, k=4)), ["Tag"], sections))
    return pages


def _site(root: Path) -> Path:
    (root / "search").mkdir(parents=True)
    (root / "search/search_index.json").write_text("{}", "utf-8")
    return root


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_postings_text_is_the_same_whatever_the_block_of_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(16)
    groups = np.sort(rng.integers(0, 40, 600))
    pages = np.concatenate([np.sort(rng.choice(5000, (groups == g).sum(), replace=False)) for g in range(40)])
    weights = rng.integers(1, 2000, len(groups))
    monkeypatch.setattr(postings, "POSTINGS_ROWS", len(groups) + 1)
    whole = postings._postings_text(groups, pages.astype(np.int32), weights)
    assert len(whole) == len(np.unique(groups))
    for rows in (1, 2, 7, 64, len(groups) - 1):
        monkeypatch.setattr(postings, "POSTINGS_ROWS", rows)
        assert postings._postings_text(groups, pages.astype(np.int32), weights) == whole


def test_index_is_the_same_whatever_the_block_of_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _pages(80)
    whole = build_inverted_index(pages)
    monkeypatch.setattr(postings, "POSTINGS_ROWS", 5)
    assert build_inverted_index(pages) == whole


def test_merge_empties_the_chunk_lists_it_is_given() -> None:
    keys = [np.array([5, 9], dtype=np.int64), np.array([1, 5], dtype=np.int64)]
    values = [np.array([1, 2]), np.array([3, 4])]
    merged_keys, merged_values = postings._merge(keys, values)
    assert merged_keys.tolist() == [1, 5, 5, 9] and merged_values.tolist() == [3, 1, 4, 2]
    assert keys == [] and values == []


def test_a_one_off_build_writes_the_same_files_and_lets_go_of_the_pages(tmp_path: Path) -> None:
    expansions = {"ADMM": ["Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng"]}
    kept = write_index_files(_site(tmp_path / "kept"), expansions, _pages(120), FolderWriter(), docs=[])
    articles = _pages(120)
    cache = SearchCache()
    released = write_index_files(
        _site(tmp_path / "released"),
        expansions,
        articles,
        FolderWriter(),
        docs=[],
        cache=cache,
        release=True,
        on_read=cache.release,
    )
    assert released == kept
    assert articles == []  # read once, then dropped
    assert _files(tmp_path / "released") == _files(tmp_path / "kept")
    assert len(_files(tmp_path / "kept/search/seed")) == 1 + 120 + len(kept["shards"])


def test_files_are_made_one_at_a_time_as_the_writer_takes_them(tmp_path: Path) -> None:
    site = _site(tmp_path / "site")
    seen: list[str] = []

    class Recording(FolderWriter):
        def sync(self, folder, files):  # type: ignore[override]
            assert not isinstance(files, list | tuple)  # a stream, not every file's bytes at once

            def recorded():
                for relative, data in files:
                    seen.append(relative)
                    yield relative, data

            super().sync(folder, recorded())

    manifest = write_index_files(site, {}, _pages(30), Recording(), docs=[])
    assert seen[-1] == "manifest.json" and "version" in manifest
    assert seen[: len(manifest["shards"])] == [f"i/{n}.json" for n in range(len(manifest["shards"]))]
    assert sorted(seen) == sorted(_files(site / "search/seed"))


@pytest.mark.parametrize("rows", [1, 3, 50, 400])
def test_index_is_the_same_whatever_the_range_of_keys_merged_at_once(
    monkeypatch: pytest.MonkeyPatch, rows: int
) -> None:
    pages = _pages(90, seed=11)
    whole = build_inverted_index(pages, chunk_pages=13)
    monkeypatch.setattr(postings, "MERGE_ROWS", rows)
    monkeypatch.setattr(postings, "_SAMPLE_STEP", 2)
    assert build_inverted_index(pages, chunk_pages=13) == whole


def test_merged_blocks_cut_only_between_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    span = 10
    chunks = [np.array([3, 12, 14, 25, 31]), np.array([11, 17, 26, 40, 41, 58])]
    expected = postings._merge([chunk.copy() for chunk in chunks], [chunk * 2 for chunk in chunks])
    monkeypatch.setattr(postings, "MERGE_ROWS", 2)
    monkeypatch.setattr(postings, "_SAMPLE_STEP", 1)
    blocks = list(postings._merged_blocks(list(chunks), [chunk * 2 for chunk in chunks], align=span))
    assert len(blocks) > 1
    assert np.concatenate([keys for keys, _ in blocks]).tolist() == expected[0].tolist()
    assert np.concatenate([values for _, values in blocks]).tolist() == expected[1].tolist()
    groups = [set((keys // span).tolist()) for keys, _ in blocks]
    assert all(not (a & b) for n, a in enumerate(groups) for b in groups[n + 1 :])
