"""What a shared link shows: meta tags of article pages, the sitemap and the 404 page."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import lxml.html
import pytest
from conftest import article_pages, copy_project, run_build
from publish_helpers import (
    SHARE_AUTHORS,
    SHARE_SUMMARY,
    SHARE_TAGS,
    SHARE_TITLE,
    add_share_seed,
)

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def share_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sharing")
    project = copy_project(root / "project")
    add_share_seed(project)
    site = root / "site"
    run_build(project, site)
    return site


def _feed_items(site: Path) -> dict[str, dict]:
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    return {item["url"]: item for item in feed["items"]}


def _meta(head, attribute: str, name: str) -> list[str]:
    return [element.get("content") for element in head.xpath(f"//meta[@{attribute}=$name]", name=name)]


def _share_page(site: Path) -> tuple[Path, dict]:
    for url, item in _feed_items(site).items():
        if item["title"] == SHARE_TITLE:
            return Path(site, url.split("/", 3)[3].split("/", 1)[1], "index.html"), item
    raise AssertionError("the page of the shared seed is missing from the feed")


def test_article_page_has_escaped_sharing_tags(share_site: Path) -> None:
    page, item = _share_page(share_site)
    assert page.is_file()
    raw = page.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in raw  # the summary never becomes markup
    html = lxml.html.fromstring(raw.encode("utf-8"))
    assert html.findtext(".//title").startswith(SHARE_TITLE)
    canonical = html.xpath("//link[@rel='canonical']/@href")
    assert canonical == [item["url"]]
    assert _meta(html, "property", "og:title") == [SHARE_TITLE]
    assert _meta(html, "property", "og:description") == [SHARE_SUMMARY]
    assert _meta(html, "property", "og:url") == [item["url"]]
    assert _meta(html, "property", "og:type") == ["article"]
    assert _meta(html, "property", "og:locale") == ["vi_VN"]
    site_name = json.loads((share_site / "feed.json").read_text(encoding="utf-8"))["title"]
    assert _meta(html, "property", "og:site_name") == [site_name]
    assert _meta(html, "name", "twitter:card") == ["summary"]
    assert _meta(html, "name", "twitter:title") == [SHARE_TITLE]
    assert _meta(html, "name", "twitter:description") == [SHARE_SUMMARY]
    # Known only to the month: no full timestamp is published (it would invent the 1st).
    assert _meta(html, "property", "article:published_time") == []
    assert _meta(html, "property", "article:author") == SHARE_AUTHORS
    assert _meta(html, "property", "article:tag") == SHARE_TAGS


def test_meta_description_is_the_summary_and_appears_once(share_site: Path) -> None:
    page, _ = _share_page(share_site)
    html = lxml.html.fromstring(page.read_bytes())
    assert _meta(html, "name", "description") == [SHARE_SUMMARY]


def test_every_article_page_is_shared_as_an_article(share_site: Path) -> None:
    items = _feed_items(share_site)
    pages = article_pages(share_site)
    assert len(pages) == len(items)
    for page in pages:
        html = lxml.html.fromstring(page.read_bytes())
        url = html.xpath("//link[@rel='canonical']/@href")[0]
        item = items[url]
        assert _meta(html, "property", "og:type") == ["article"]
        assert _meta(html, "property", "og:title") == [item["title"]]
        published = _meta(html, "property", "article:published_time")
        if "date_published" in item:
            assert len(published) == 1 and item["date_published"].startswith(published[0])
        else:
            assert published == []


def test_other_pages_are_shared_as_a_website(share_site: Path) -> None:
    html = lxml.html.fromstring((share_site / "index.html").read_bytes())
    assert _meta(html, "property", "og:type") == ["website"]
    assert _meta(html, "property", "article:published_time") == []
    assert _meta(html, "property", "og:locale") == ["vi_VN"]


def test_sitemap_dates_are_article_dates_never_the_build_day(share_site: Path) -> None:
    root = ET.parse(share_site / "sitemap.xml").getroot()
    lastmods = {
        url.findtext(f"{SITEMAP_NS}loc"): url.findtext(f"{SITEMAP_NS}lastmod")
        for url in root.iter(f"{SITEMAP_NS}url")
    }
    items = _feed_items(share_site)
    assert set(items) <= set(lastmods)
    for url, item in items.items():
        if "date_published" in item:
            assert lastmods[url] and item["date_published"].startswith(lastmods[url])
            assert re.match(r"^\d{4}-\d{2}-\d{2}", lastmods[url])
        else:
            assert lastmods[url] is None
    # Pages without an article date carry no lastmod at all (it would be the build day).
    today = date.today().isoformat()
    assert all(value is None or not value.startswith(today) for value in lastmods.values())
    home = next(loc for loc in lastmods if not loc.rstrip("/").split("/")[-1].startswith("bai-viet"))
    assert home


def test_404_page_is_in_vietnamese_and_links_home(share_site: Path) -> None:
    html = lxml.html.fromstring((share_site / "404.html").read_bytes())
    assert html.get("lang") == "vi"
    heading = " ".join(html.findtext(".//h1").split())
    assert heading == "Không tìm thấy trang"
    feed = json.loads((share_site / "feed.json").read_text(encoding="utf-8"))
    home_path = "/" + feed["home_page_url"].split("/", 3)[3]
    links = html.xpath("//article//a/@href")
    # Absolute paths: the 404 page is served at any depth.
    assert home_path in links
    assert "404" not in html.findtext(".//title")
