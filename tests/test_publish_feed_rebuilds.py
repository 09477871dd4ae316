"""A rebuild whose feed items did not change leaves the feed files alone (`mkdocs serve --dirty`)."""

from __future__ import annotations

from pathlib import Path

from seed_articles.build.types import SiteBuild
from seed_articles.publish.feeds import FeedMemory, write_feeds
from test_publish_feeds import _record

FEEDS = ("feed.xml", "rss.xml", "feed.json")


def _build(summary: str) -> SiteBuild:
    records = [
        _record("seeds/a.txt", {"title": "A", "date": "2024-01-02", "summary": "a"}),
        _record("seeds/b.txt", {"title": "B", "date": "2024-02-03", "summary": summary}),
    ]
    return SiteBuild(articles=records, pages={}, problems=[])


def _write(site: Path, build: SiteBuild, memory: FeedMemory) -> dict[str, int]:
    write_feeds(site, "https://vi.example/", build, "Trang", "Mô tả", memory=memory)
    return {name: (site / name).stat().st_mtime_ns for name in FEEDS}


def test_unchanged_items_skip_the_feeds_and_a_changed_one_rewrites_them(tmp_path: Path) -> None:
    memory = FeedMemory()
    _write(tmp_path, _build("b"), memory)
    for name in FEEDS:
        (tmp_path / name).write_text("stale", encoding="utf-8")  # would show if they were written again
    _write(tmp_path, _build("b"), memory)
    assert all((tmp_path / name).read_text(encoding="utf-8") == "stale" for name in FEEDS)

    _write(tmp_path, _build("b, sửa lại"), memory)
    assert "b, sửa lại" in (tmp_path / "feed.json").read_text(encoding="utf-8")


def test_a_removed_feed_file_is_written_again(tmp_path: Path) -> None:
    memory = FeedMemory()
    _write(tmp_path, _build("b"), memory)
    expected = (tmp_path / "feed.xml").read_bytes()
    (tmp_path / "feed.xml").unlink()
    _write(tmp_path, _build("b"), memory)
    assert (tmp_path / "feed.xml").read_bytes() == expected
