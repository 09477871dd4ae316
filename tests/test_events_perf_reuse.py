"""What the plugin keeps between builds (search tokens, store records, article sections, feed
items) gives the same files as a build that keeps nothing, and is never used for a changed page."""

from __future__ import annotations

import random
from pathlib import Path

from seed_articles.build.types import Settings, SiteBuild
from seed_articles.publish.feeds import FeedMemory, write_feeds
from seed_articles.search.article_sections import article_search_page
from seed_articles.search.index import write_index_files
from seed_articles.search.material_index import SearchPage, SearchSection
from seed_articles.search.page_cache import SearchCache, article_key, page_key
from seed_articles.search.postings import build_inverted_index, page_tokens
from seed_articles.search.sync import FolderWriter
from test_publish_feeds import _record

WORDS = [
    "Đối",
    "ngoại",
    "quốc",
    "phòng",
    "hội",
    "nhập",
    "quốc",
    "tế",
    "ASEAN",
    "ADMM+",
    "Bộ",
    "Quốc",
    "phòng",
    "hợp",
    "tác",
    "song",
    "phương",
    "Hòa",
    "hoà",
    "hóa",
]
FEEDS = ("feed.xml", "rss.xml", "feed.json")


def _text(rng: random.Random, words: int) -> str:
    parts = []
    for _ in range(words):
        parts.append(rng.choice(WORDS))
        if rng.random() < 0.1:
            parts.append(rng.choice([",", ".", " - ", ";"]))
    return " ".join(parts)


def _pages(count: int, seed: int = 7) -> list[SearchPage]:
    rng = random.Random(seed)
    pages = []
    for number in range(count):
        page = SearchPage(f"bai-viet/{number}/", _text(rng, 6), [rng.choice(WORDS)])
        page.sections.append(SearchSection("", page.title, [_text(rng, 30), _text(rng, 20)]))
        page.sections.append(SearchSection(f"muc-{number}", _text(rng, 3), [_text(rng, 25)]))
        pages.append(page)
    return pages


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _docs(pages: list[SearchPage]) -> list[dict]:
    docs = []
    for page in pages:
        for section in page.sections:
            location = page.location + (f"#{section.anchor}" if section.anchor else "")
            text = "".join(f"<p>{paragraph}</p>" for paragraph in section.paragraphs)
            docs.append({"location": location, "title": section.title, "text": text, "tags": page.tags})
    return docs


def test_tokens_kept_per_page_give_the_index_of_the_whole_text() -> None:
    pages = _pages(40)
    cold = build_inverted_index(pages, chunk_pages=7)
    kept = build_inverted_index(pages, chunk_pages=7, tokens=[page_tokens(page) for page in pages])
    assert kept.entries == cold.entries


def test_an_incremental_index_equals_a_cold_one_and_never_reuses_a_changed_page(tmp_path: Path) -> None:
    pages = _pages(30)
    cache = SearchCache()
    writer = FolderWriter()
    warm_site, cold_site = tmp_path / "warm", tmp_path / "cold"
    write_index_files(warm_site, {}, [], writer, _docs(pages), cache)
    cache.end_build()
    assert cache.computed == 30

    # One word of one paragraph changes: that page's key changes, and only it is tokenised again.
    changed = _pages(30)
    paragraph = changed[12].sections[1].paragraphs[0]
    changed[12].sections[1].paragraphs[0] = paragraph.replace(paragraph.split()[0], "Campuchia", 1)
    assert page_key(changed[12]) != page_key(pages[12])
    assert page_key(changed[3]) == page_key(pages[3])
    write_index_files(warm_site, {}, [], writer, _docs(changed), cache)
    cache.end_build()
    assert cache.computed == 1
    write_index_files(cold_site, {}, [], FolderWriter(), _docs(changed))
    assert _tree(warm_site) == _tree(cold_site)
    assert b"campuchia" in b"".join(_tree(warm_site).values())

    # A page removed and one renamed: still the cold build's files, and the cache forgets the old.
    moved = [page for number, page in enumerate(changed) if number != 5]
    moved[0].location = "bai-viet/moi/"
    write_index_files(warm_site, {}, [], writer, _docs(moved), cache)
    cache.end_build()
    write_index_files(cold_site, {}, [], FolderWriter(), _docs(moved))
    assert _tree(warm_site) == _tree(cold_site)
    assert len(cache.pages) == len(moved)


def test_the_search_cache_on_disk_round_trips_and_keys_articles_by_their_html(tmp_path: Path) -> None:
    settings = Settings(repo_root=tmp_path, seeds_dir=tmp_path, cache_dir=tmp_path / "cache")
    html = '<h1 id="t">Tiêu đề</h1><p>Quân đội nhân dân.</p><h2 id="a">Mục</h2><p>ASEAN họp.</p>'
    first = SearchCache()
    key = article_key("bai-viet/a/", "Tiêu đề", ["ASEAN"], html)
    made = first.article(key, lambda: article_search_page("bai-viet/a/", "Tiêu đề", ["ASEAN"], html))
    first.page_parts(made)
    first.end_build()
    first.save(settings)
    from seed_articles.build.background import wait_for_background

    wait_for_background()

    second = SearchCache()
    second.load(settings)
    assert second.article(key, lambda: None) == made  # type: ignore[arg-type, return-value]
    assert second.page_parts(made) == first.page_parts(made)
    # Anything the sections are read from changes the key: an edited page is read again.
    edited = html.replace("ASEAN họp", "ASEAN đã họp")
    for other in (
        article_key("bai-viet/a/", "Tiêu đề", ["ASEAN"], edited),
        article_key("bai-viet/b/", "Tiêu đề", ["ASEAN"], html),
        article_key("bai-viet/a/", "Tiêu đề khác", ["ASEAN"], html),
        article_key("bai-viet/a/", "Tiêu đề", ["ADMM"], html),
    ):
        assert other != key
    fresh = second.article(
        article_key("bai-viet/a/", "Tiêu đề", ["ASEAN"], edited),
        lambda: article_search_page("bai-viet/a/", "Tiêu đề", ["ASEAN"], edited),
    )
    assert "ASEAN đã họp." in fresh.sections[1].paragraphs


def _feed_build(summaries: list[str], authors: bool) -> SiteBuild:
    records = []
    for number, summary in enumerate(summaries):
        meta = {
            "title": f"Bài {number} <&> \x01",
            "date": f"2024-01-{number % 27 + 1:02d}",
            "summary": summary,
        }
        if authors and number % 2:
            meta["authors"] = ["Minh Đức"]
        meta["tags"] = ["ASEAN", "Quốc phòng"][: number % 3]
        records.append(_record(f"seeds/{number:03d}.txt", meta, title=f"Bài {number}"))
    return SiteBuild(
        articles=records, pages={}, problems=[], glossary_expansions={"QĐND": ["Quân đội nhân dân"]}
    )


def test_feeds_made_from_kept_items_equal_feeds_made_at_once(tmp_path: Path) -> None:
    for authors in (False, True):
        for site_url in ("https://vi.example/", ""):
            memory = FeedMemory()
            summaries = [f'Tóm tắt {n} "trích" & <b>' for n in range(12)]
            for step in range(3):
                if step == 2:
                    summaries[4] += " sửa lại"
                build = _feed_build(summaries, authors)
                kept, cold = tmp_path / f"kept-{authors}-{bool(site_url)}", tmp_path / "cold"
                kept.mkdir(exist_ok=True)
                cold.mkdir(exist_ok=True)
                write_feeds(kept, site_url, build, "Trang", "Mô tả", memory=memory)
                write_feeds(cold, site_url, build, "Trang", "Mô tả")
                for name in FEEDS:
                    assert (kept / name).read_bytes() == (cold / name).read_bytes(), (name, authors, site_url)
            assert memory.items_made == 1  # only the changed entry was serialised again


def test_feeds_of_no_article_are_the_same_with_or_without_memory(tmp_path: Path) -> None:
    build = _feed_build([], False)
    (tmp_path / "kept").mkdir()
    (tmp_path / "cold").mkdir()
    write_feeds(tmp_path / "kept", "https://vi.example/", build, "Trang", "", memory=FeedMemory())
    write_feeds(tmp_path / "cold", "https://vi.example/", build, "Trang", "")
    for name in FEEDS:
        assert (tmp_path / "kept" / name).read_bytes() == (tmp_path / "cold" / name).read_bytes()


def test_a_one_off_build_that_drops_what_it_read_writes_the_same_index(tmp_path: Path) -> None:
    pages = _pages(25)
    articles = _pages(5, seed=11)
    for page in articles:
        page.location = page.location.replace("bai-viet", "bai")
    docs = _docs(pages)
    write_index_files(tmp_path / "cold", {}, list(articles), FolderWriter(), list(docs))
    read: list[bool] = []
    kept_docs, kept_articles = list(docs), list(articles)
    write_index_files(
        tmp_path / "lean",
        {},
        kept_articles,
        FolderWriter(),
        kept_docs,
        SearchCache(),
        release=True,
        on_read=lambda: read.append(True),
    )
    assert read == [True]
    assert kept_docs == [] and kept_articles == []
    assert _tree(tmp_path / "lean") == _tree(tmp_path / "cold")
