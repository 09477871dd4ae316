"""RSS 2.0 and JSON Feed 1.1 of the articles, and what makes builds reproducible."""

from __future__ import annotations

import gzip
import json
import re
import struct
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from conftest import article_pages, copy_project, run_build
from publish_helpers import SHARE_AUTHORS, SHARE_MONTH, SHARE_SEED, SHARE_TAGS, SHARE_TITLE, add_share_seed
from publish_helpers import front_matter as read_front_matter
from seed_articles.build.types import ArticleRecord, Settings, SiteBuild
from seed_articles.model import ParsedArticle
from seed_articles.pipeline import Pipeline
from seed_articles.publish.catalogue import catalogue, parse_front_matter_date
from seed_articles.publish.feeds import write_feeds
from seed_articles.publish.sitemap import normalise_sitemap_gzip
from seed_articles.render.article import dump_front_matter

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


def json_feed_errors(feed: object) -> list[str]:
    """Violations of the JSON Feed 1.1 rules the site relies on (https://jsonfeed.org/version/1.1)."""
    errors: list[str] = []
    if not isinstance(feed, dict):
        return ["the feed is not an object"]
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        errors.append("version is not the 1.1 URL")
    if not isinstance(feed.get("title"), str) or not feed["title"]:
        errors.append("title missing")
    for key in ("home_page_url", "feed_url"):
        if key in feed and not str(feed[key]).startswith(("http://", "https://")):
            errors.append(f"{key} is not an absolute URL")
    items = feed.get("items")
    if not isinstance(items, list):
        return [*errors, "items missing"]
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"items[{index}]"
        if not isinstance(item, dict):
            errors.append(f"{where} is not an object")
            continue
        if not isinstance(item.get("id"), str) or not item["id"]:
            errors.append(f"{where}.id missing")
        elif item["id"] in seen:
            errors.append(f"{where}.id repeated")
        else:
            seen.add(item["id"])
        if not any(isinstance(item.get(key), str) for key in ("content_html", "content_text")):
            errors.append(f"{where} has neither content_html nor content_text")
        for key in ("date_published", "date_modified"):
            if key in item and not RFC3339.match(str(item[key])):
                errors.append(f"{where}.{key} is not RFC 3339")
        if "authors" in item:
            authors = item["authors"]
            if not isinstance(authors, list) or not authors:
                errors.append(f"{where}.authors is not a non-empty array")
            elif not all(isinstance(a, dict) and isinstance(a.get("name"), str) for a in authors):
                errors.append(f"{where}.authors are not objects with a name")
        if "tags" in item and not all(isinstance(tag, str) for tag in item["tags"]):
            errors.append(f"{where}.tags are not strings")
        for key in item:
            if key.startswith("_") and not isinstance(item[key], dict):
                errors.append(f"{where}.{key}: extensions must be objects")
    return errors


@pytest.fixture(scope="module")
def share_build(tmp_path_factory: pytest.TempPathFactory):
    """The real project plus one seed whose sidecar sets hostile metadata, built with --strict."""
    root = tmp_path_factory.mktemp("feeds")
    project = copy_project(root / "project")
    add_share_seed(project)
    site = root / "site"
    run_build(project, site)
    return project, site


def _page_meta(site: Path, project: Path) -> dict[str, dict]:
    """Front matter of every article, by URL path, from the Markdown the pipeline renders."""
    build = Pipeline().build(Settings(repo_root=project, seeds_dir=project / "seeds"))
    return {record.url: read_front_matter(record.markdown) for record in build.articles}


def test_json_feed_follows_the_spec_and_lists_every_article(share_build) -> None:
    project, site = share_build
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    assert json_feed_errors(feed) == []
    site_url = feed["home_page_url"]
    assert feed["feed_url"] == site_url + "feed.json"
    pages = article_pages(site)
    assert len(feed["items"]) == len(pages) == 6
    metas = _page_meta(site, project)
    for item in feed["items"]:
        assert item["url"].startswith(site_url) and item["id"] == item["url"]
        path = item["url"][len(site_url) :]
        assert (site / path / "index.html").is_file()
        meta = metas[path]
        assert item["title"] == meta["title"]
        assert item["summary"] == meta["summary"]
        assert [a["name"] for a in item.get("authors", [])] == meta["authors"]
        assert item.get("tags", []) == meta["tags"]
        extension = item["_seed_articles"]
        assert extension["seed"] == meta["seed"] and (project / meta["seed"]).is_file()
        assert extension["source"] == meta.get("source")
        assert extension["abbreviations"] == meta["abbreviations"]
        assert extension["related"] == [site_url + url for url in meta["related"]]
        for url in extension["related"]:
            assert (site / url[len(site_url) :] / "index.html").is_file()
        assert extension["date"] == (str(meta["date"]) if "date" in meta else None)
        if meta.get("date_precision") in ("minute", "day"):
            published = datetime.fromisoformat(item["date_published"])
            assert published.isoformat().startswith(str(meta["date"]))
        else:
            # Known to the month or year only, or not at all: no invented full timestamp.
            assert "date_published" not in item


def test_json_feed_is_newest_first_with_undated_articles_last(share_build) -> None:
    _, site = share_build
    items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
    dated = [item for item in items if item["_seed_articles"]["date"]]
    undated = [item for item in items if not item["_seed_articles"]["date"]]
    assert dated and undated, "the real seeds include both dated and undated articles"
    assert items == dated + undated
    # Newest first, compared at each date's own precision (2024-12 sorts as its first moment).
    moments = [str(item["_seed_articles"]["date"]) for item in dated]
    assert moments == sorted(moments, reverse=True)


def test_month_precision_dates_are_published_as_months(share_build) -> None:
    _, site = share_build
    items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
    share = next(item for item in items if item["_seed_articles"]["seed"].endswith(f"{SHARE_SEED}.txt"))
    assert share["title"] == SHARE_TITLE
    assert "date_published" not in share  # a full timestamp would invent the 1st of the month
    assert share["_seed_articles"]["date"] == SHARE_MONTH
    assert share["_seed_articles"]["date_precision"] == "month"
    assert [a["name"] for a in share["authors"]] == SHARE_AUTHORS
    assert share["tags"] == SHARE_TAGS


@pytest.mark.parametrize("file_name", ["feed.xml", "rss.xml"])
def test_rss_feed_is_well_formed_with_one_item_per_article(share_build, file_name: str) -> None:
    _, site = share_build
    root = ET.parse(site / file_name).getroot()  # raises on malformed XML
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip()
    items = channel.findall("item")
    assert len(items) == len(article_pages(site))
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    by_url = {item["url"]: item for item in feed["items"]}
    assert [item.findtext("link") for item in items] == [item["url"] for item in feed["items"]]
    for item in items:
        expected = by_url[item.findtext("link")]
        assert item.findtext("title") == expected["title"]
        assert item.findtext("guid") == expected["url"]
        assert item.findtext("description") == expected["summary"]
        assert [c.text for c in item.findall(DC_CREATOR)] == [a["name"] for a in expected.get("authors", [])]
        assert [c.text for c in item.findall("category")] == expected.get("tags", [])
        if "date_published" in expected:
            assert parsedate_to_datetime(item.findtext("pubDate")) == datetime.fromisoformat(
                expected["date_published"]
            )
        else:
            assert item.find("pubDate") is None
    newest = max(datetime.fromisoformat(i["date_published"]) for i in feed["items"] if "date_published" in i)
    assert parsedate_to_datetime(channel.findtext("lastBuildDate")) == newest


def test_site_links_its_feeds_from_every_page(share_build) -> None:
    _, site = share_build
    html = (site / "index.html").read_text(encoding="utf-8")
    assert 'type="application/rss+xml"' in html and 'href="feed.xml"' in html
    assert 'type="application/feed+json"' in html and 'href="feed.json"' in html


# -- the catalogue on its own: dates, order, hostile text ------------------------------


def _record(seed: str, meta: dict, title: str = "Tiêu đề") -> ArticleRecord:
    # The feeds read the summary from the typed article (a sidecar's summary is an override).
    lead = meta.get("summary", "Tóm tắt.")
    parsed = ParsedArticle(seed=seed, title=title, lead=lead if isinstance(lead, str) else "")
    slug = Path(seed).stem
    record = ArticleRecord(parsed, slug, f"bai-viet/{slug}.md", f"bai-viet/{slug}/")
    record.markdown = dump_front_matter(meta) + f"\n# {title}\n"
    return record


def test_front_matter_dates_of_every_shape_become_timezone_aware() -> None:
    vietnam = timezone(timedelta(hours=7))
    assert parse_front_matter_date("2024-12-09T14:27:00+07:00") == datetime(
        2024, 12, 9, 14, 27, tzinfo=vietnam
    )
    assert parse_front_matter_date("2024-12-27") == datetime(2024, 12, 27, tzinfo=vietnam)
    assert parse_front_matter_date(date(2024, 12, 27)) == datetime(2024, 12, 27, tzinfo=vietnam)
    assert parse_front_matter_date("2024-12") == datetime(2024, 12, 1, tzinfo=vietnam)
    assert parse_front_matter_date(2019) == datetime(2019, 1, 1, tzinfo=vietnam)
    utc = datetime(2024, 1, 2, 3, 4, tzinfo=UTC)
    assert parse_front_matter_date(utc) == utc
    assert parse_front_matter_date(datetime(2024, 1, 2, 3, 4)).utcoffset() == timedelta(hours=7)
    for nothing in (None, "", "không rõ", True, "2024-13"):
        assert parse_front_matter_date(nothing) is None


def test_catalogue_orders_by_date_and_keeps_undated_last() -> None:
    records = [
        _record("seeds/a.txt", {"title": "A", "summary": "a"}),
        _record("seeds/b.txt", {"title": "B", "date": "2020-05", "summary": "b"}),
        _record("seeds/c.txt", {"title": "C", "date": "2024-01-02T08:00:00+07:00", "summary": "c"}),
        _record("seeds/d.txt", {"title": "D", "date": 2021, "summary": "d"}),
        _record("seeds/e.txt", {"title": "E", "summary": "e"}),
    ]
    build = SiteBuild(articles=records, pages={}, problems=[])
    entries = catalogue(build, "https://vi.example/site/")
    assert [entry.title for entry in entries] == ["C", "D", "B", "A", "E"]
    assert entries[0].url == "https://vi.example/site/bai-viet/c/"


def test_feeds_stay_valid_with_control_characters_and_markup(tmp_path: Path) -> None:
    hostile = 'Tiêu đề \x00\x07\x1b có <b>"thẻ"</b> & ]]> \ufffe'
    records = [
        _record(
            "seeds/x.txt",
            {"title": hostile, "date": "2024-03", "summary": "<script>x</script>\x0b", "authors": ["A\x01"]},
        )
    ]
    build = SiteBuild(articles=records, pages={}, problems=[])
    write_feeds(tmp_path, "https://vi.example/", build, "Trang <thử>", "Mô tả & thử")
    root = ET.parse(tmp_path / "feed.xml").getroot()
    item = root.find("channel/item")
    assert item.findtext("title") == 'Tiêu đề  có <b>"thẻ"</b> & ]]> '
    assert item.findtext("description") == "<script>x</script>"
    assert root.findtext("channel/title") == "Trang <thử>"
    feed = json.loads((tmp_path / "feed.json").read_text(encoding="utf-8"))
    assert json_feed_errors(feed) == []
    assert feed["items"][0]["title"] == hostile


def test_two_runs_write_identical_bytes(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    settings = Settings(repo_root=project, seeds_dir=project / "seeds")
    outputs = []
    for run in ("one", "two"):
        site = tmp_path / run
        site.mkdir()
        write_feeds(site, "https://vi.example/", Pipeline().build(settings), "Trang", "Mô tả")
        outputs.append({p.name: p.read_bytes() for p in sorted(site.iterdir())})
    assert outputs[0] == outputs[1]
    assert set(outputs[0]) == {"feed.json", "feed.xml", "rss.xml", ".nojekyll"}


def test_sitemap_gzip_gets_the_newest_article_date_not_the_build_time(tmp_path: Path) -> None:
    sitemap = b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset/>\n'
    (tmp_path / "sitemap.xml").write_bytes(sitemap)
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap, mtime=1_900_000_000))
    newest = datetime(2024, 12, 27, tzinfo=timezone(timedelta(hours=7)))
    normalise_sitemap_gzip(tmp_path, newest)
    data = (tmp_path / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(data) == sitemap
    assert struct.unpack("<I", data[4:8])[0] == int(newest.timestamp())
    normalise_sitemap_gzip(tmp_path, None)
    assert struct.unpack("<I", (tmp_path / "sitemap.xml.gz").read_bytes()[4:8])[0] == 0
