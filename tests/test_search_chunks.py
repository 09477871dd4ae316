"""The inverted index counts pages a chunk at a time; the chunking never shows in the index."""

from __future__ import annotations

import random

from seed_articles.search.material_index import SearchPage, SearchSection
from seed_articles.search.postings import build_inverted_index

WORDS = [
    "Hợp",
    "tác",
    "quốc",
    "phòng",
    "hoà",
    "hòa",
    "bình",
    "ADMM+",
    "Đà",
    "Nẵng",
    "biên",
    "giới",
    "Lào",
    "2024",
]


def _pages(count: int) -> list[SearchPage]:
    rng = random.Random(16)
    pages = []
    for number in range(count):
        sections = [
            SearchSection(
                "" if part == 0 else f"muc-{part}",
                " ".join(rng.choices(WORDS, k=3)),
                [" ".join(rng.choices(WORDS, k=rng.randint(0, 30))) + "." for _ in range(rng.randint(0, 3))],
            )
            for part in range(rng.randint(1, 3))
        ]
        pages.append(SearchPage(f"bai-{number}/", " ".join(rng.choices(WORDS, k=4)), ["Tag"], sections))
    return pages


def test_any_chunk_size_gives_the_same_index() -> None:
    pages = _pages(60)
    whole = build_inverted_index(pages, chunk_pages=len(pages))
    for size in (1, 7, 59):
        assert build_inverted_index(pages, chunk_pages=size) == whole
    assert whole.entries and whole.page_count == 60


def test_no_pages_make_an_empty_index() -> None:
    index = build_inverted_index([])
    assert index.page_count == 0 and index.entries == {}
