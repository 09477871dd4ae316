"""Cross-links on the real built site: same story, related lists, tags, people, timeline, graph."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from html_utils import article_body, load, own_text, text_of
from seed_articles.text.vietnamese import fold


def pages_by_seed(site: Path) -> dict[str, Path]:
    found = {}
    for page in (site / "bai-viet").glob("*/index.html"):
        match = re.search(r"/seeds/(\d{3})_[0-9a-f]+\.txt", page.read_text(encoding="utf-8"))
        found[match.group(1)] = page
    return found


def section_links(page: Path, heading: str) -> list[str]:
    """Slugs of the articles listed under ``heading``, in order."""
    body = article_body(page)
    for h2 in body.cssselect("h2"):
        if text_of(h2).rstrip("¶").strip() == heading:
            links = []
            node = h2.getnext()
            while node is not None and node.tag != "h2":
                links += [a.get("href").rstrip("/").split("/")[-1] for a in node.cssselect("li > a[href]")]
                node = node.getnext()
            return links
    return []


def test_same_event_reports_are_grouped_and_first(real_site: Path) -> None:
    pages = pages_by_seed(real_site)
    for one, other in (("003", "004"), ("004", "003")):
        same = section_links(pages[one], "Cùng sự kiện")
        assert same == [pages[other].parent.name]
    for seed in ("000", "001", "002"):
        assert section_links(pages[seed], "Cùng sự kiện") == []


def test_every_article_has_related_articles(real_site: Path) -> None:
    for seed, page in pages_by_seed(real_site).items():
        related = section_links(page, "Bài viết liên quan") + section_links(page, "Cùng sự kiện")
        assert related, seed
        assert page.parent.name not in related


def test_shared_terms_are_real_terms_of_both_articles(real_site: Path) -> None:
    pages = pages_by_seed(real_site)
    by_slug = {page.parent.name: page for page in pages.values()}

    checked = 0
    for page in pages.values():
        for item in article_body(page).cssselect("li"):
            link = item.cssselect("a[href]")
            small = item.cssselect("small")
            if not link or not small or "Cùng nói về" not in text_of(small[0]):
                continue
            target = by_slug[link[0].get("href").rstrip("/").split("/")[-1]]
            terms = text_of(small[0]).split(":", 1)[1].split(",")
            for term in (t.strip() for t in terms):
                assert fold(term) in fold(own_text(page)) and fold(term) in fold(own_text(target)), term
                checked += 1
    assert checked >= 10


def test_tags_page_indexes_topics_and_abbreviations(real_site: Path) -> None:
    tags_page = text_of(load(real_site / "chu-de" / "index.html"))
    for tag in ("ASEAN", "Gìn giữ hòa bình", "ĐNQP"):
        assert tag in tags_page
    article = pages_by_seed(real_site)["003"]
    shown = {text_of(tag) for tag in load(article).cssselect(".md-tag")}
    assert {"ĐNQP", "HNQT"} <= shown


def test_people_page_gathers_each_person_once(real_site: Path) -> None:
    page = load(real_site / "nhan-vat" / "index.html")
    names = [text_of(h).rstrip("¶").strip() for h in page.cssselect("article h3")]
    assert names.count("Hoàng Xuân Chiến") == 1
    assert "Phan Văn Giang" in names and "Vũ Thành Văn" in names
    assert not any("ASEAN" in name or "Quốc phòng" in name for name in names)
    heading = next(h for h in page.cssselect("article h3") if text_of(h).startswith("Hoàng Xuân Chiến"))
    links = []
    node = heading.getnext()
    while node is not None and node.tag not in {"h2", "h3"}:
        links += [a.get("href") for a in node.cssselect("a[href]")]
        node = node.getnext()
    assert len(links) == 3  # 001, 003 and 004 mention him


def test_timeline_is_newest_first_with_undated_last(real_site: Path) -> None:
    page = load(real_site / "dong-thoi-gian" / "index.html")
    headings = [text_of(h).rstrip("¶").strip() for h in page.cssselect("article h2")]
    years = [int(h) for h in headings if h.isdigit()]
    assert years == sorted(years, reverse=True) and years[0] == 2024
    assert headings[-1] == "Không rõ ngày"


def test_articles_link_to_previous_and_next_in_time(real_site: Path) -> None:
    page = pages_by_seed(real_site)["000"]  # 09/12/2024: between 2019 and 27/12/2024
    nav = text_of(article_body(page).cssselect(".seed-timeline-nav")[0])
    assert "Bài trước" in nav and "Bài sau" in nav


def test_graph_has_one_node_per_article(real_site: Path) -> None:
    html = (real_site / "ban-do" / "index.html").read_text(encoding="utf-8")
    svg = re.search(r'<div class="seed-graph-wrap">\s*(<svg.*?</svg>)', html, re.S).group(1)
    root = ET.fromstring(svg)
    links = [el for el in root.iter() if el.tag.endswith("}a") or el.tag == "a"]
    assert len(links) == 5
    assert "http" not in " ".join(el.get("href", "") for el in links)
