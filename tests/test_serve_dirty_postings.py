"""Postings counted once per page and kept between `serve` rebuilds (search.postings.PostingsMemory)
give the index of a cold build, whatever changed: a page edited, removed, renamed, added, moved."""

from __future__ import annotations

import random
from pathlib import Path

from seed_articles.search.index import write_index_files
from seed_articles.search.material_index import SearchPage, SearchSection
from seed_articles.search.page_cache import SearchCache, page_key
from seed_articles.search.postings import PostingsMemory, build_inverted_index, page_tokens
from seed_articles.search.sync import FolderWriter
from test_events_perf_reuse import _docs, _pages, _tree


def _index(memory: PostingsMemory, pages: list[SearchPage]) -> dict[str, str]:
    return memory.build([page_key(page) for page in pages], [page_tokens(page) for page in pages]).entries


def _cold(pages: list[SearchPage]) -> dict[str, str]:
    return build_inverted_index(pages, chunk_pages=7).entries


def test_kept_rows_give_the_cold_index_through_edits_removals_renames_and_moves() -> None:
    memory = PostingsMemory()
    pages = _pages(40)
    assert _index(memory, pages) == _cold(pages)
    assert memory.counted == 40

    # One page edited (a new word, and a written form that now outnumbers the other).
    pages[12].sections[1].paragraphs[0] += " Campuchia hoà hoà hoà HOÀ"
    assert _index(memory, pages) == _cold(pages)
    assert memory.counted == 1

    # Unchanged: nothing counted again.
    assert _index(memory, pages) == _cold(pages)
    assert memory.counted == 0

    # The only page with a word loses it: the word leaves the index (and its display form counts).
    pages[12].sections[1].paragraphs[0] = "Không còn từ mới"
    assert _index(memory, pages) == _cold(pages)
    assert "campuchia" not in _index(memory, pages)

    # A page removed (every later page moves up one number) and one renamed.
    del pages[5]
    pages[0].location = "bai-viet/moi/"
    assert _index(memory, pages) == _cold(pages)
    assert memory.counted == 1

    # Pages added in the middle, the order shuffled, two pages with the same text.
    pages[20:20] = _pages(3, seed=99)
    random.Random(3).shuffle(pages)
    twin = SearchPage("bai-viet/sinh-doi/", pages[0].title, list(pages[0].tags), list(pages[0].sections))
    pages.append(twin)
    assert _index(memory, pages) == _cold(pages)

    # Everything gone, then back.
    assert _index(memory, []) == _cold([])
    assert _index(memory, pages) == _cold(pages)


def test_a_page_without_words_and_a_chunk_boundary() -> None:
    memory = PostingsMemory()
    empty = SearchPage("trong/", "")
    empty.sections.append(SearchSection("", "", ["…", "!!"]))
    pages = [*_pages(5), empty, *_pages(3, seed=2)]
    assert _index(memory, pages) == _cold(pages)


def test_serve_index_files_equal_a_cold_build_after_edit_removal_and_rename(tmp_path: Path) -> None:
    """write_index_files with a kept cache (a `serve` session) writes the files a cold build writes."""
    cache = SearchCache()
    writer = FolderWriter()
    warm, cold = tmp_path / "warm", tmp_path / "cold"
    pages = _pages(25)
    for step in range(4):
        if step == 1:
            pages[7].sections[0].paragraphs.append("Một câu mới được lưu khi máy chủ đang chạy.")
        elif step == 2:
            del pages[3]  # a removed seed
        elif step == 3:
            pages[10].location = "bai-viet/doi-ten/"  # a renamed seed
        write_index_files(warm, {"BVDC": ["Bệnh viện dã chiến"]}, [], writer, _docs(pages), cache)
        cache.end_build()
        write_index_files(cold, {"BVDC": ["Bệnh viện dã chiến"]}, [], FolderWriter(), _docs(pages))
        assert _tree(warm) == _tree(cold)
        assert cache.postings.counted == (25 if step == 0 else 1 if step in (1, 3) else 0)
