"""The glossary on the real built site: entries, tooltips, links, backlinks, order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from html_utils import article_body, load, own_text, text_of
from seed_articles.text.vietnamese import sort_key

EXPECTED = {
    "HNQT": "Hội nhập quốc tế",
    "ĐNQP": "Đối ngoại quốc phòng",
    "ADMM": "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN",
    "BVDC": "Bệnh viện dã chiến",
}
ANCHORS = {"HNQT": "hnqt", "ĐNQP": "dnqp", "ADMM": "admm", "BVDC": "bvdc"}


def glossary_entries(site: Path) -> dict[str, dict]:
    """Entry heading text → {anchor, text of the entry, backlink hrefs}."""
    page = load(site / "thuat-ngu" / "index.html")
    entries: dict[str, dict] = {}
    for heading in page.cssselect("article h3[id]"):
        key = text_of(heading).rstrip("¶").strip()
        parts, links = [], []
        node = heading.getnext()
        while node is not None and node.tag not in {"h2", "h3"}:
            parts.append(text_of(node))
            links += [a.get("href") for a in node.cssselect("a[href]") if "bai-viet/" in a.get("href", "")]
            node = node.getnext()
        entries[key] = {"anchor": heading.get("id"), "text": " ".join(parts), "links": links}
    return entries


def article_pages(site: Path) -> dict[str, Path]:
    return {page.parent.name: page for page in (site / "bai-viet").glob("*/index.html")}


@pytest.mark.parametrize("key", list(EXPECTED))
def test_named_abbreviations_have_entries_with_expansions(real_site: Path, key: str) -> None:
    entries = glossary_entries(real_site)
    assert key in entries, sorted(entries)
    assert entries[key]["anchor"] == ANCHORS[key]
    assert EXPECTED[key].lower() in entries[key]["text"].lower()


@pytest.mark.parametrize("key", list(EXPECTED))
def test_articles_carry_tooltips_and_glossary_links(real_site: Path, key: str) -> None:
    users = 0
    for page in article_pages(real_site).values():
        body = article_body(page)
        abbrs = [a for a in body.cssselect("abbr[title]") if a.text == key]
        if not abbrs:
            continue
        users += 1
        assert all(EXPECTED[key].lower() in a.get("title").lower() for a in abbrs)
        links = [a for a in abbrs if a.getparent().tag == "a"]
        assert links, f"{page}: first {key} is not linked to the glossary"
        assert links[0].getparent().get("href").endswith(f"thuat-ngu/#{ANCHORS[key]}")
    assert users >= 1


def test_admm_plus_is_one_abbreviation(real_site: Path) -> None:
    found = 0
    for page in article_pages(real_site).values():
        html = page.read_text(encoding="utf-8")
        for abbr in article_body(page).cssselect("abbr"):
            if abbr.text == "ADMM+":
                found += 1
                assert "mở rộng" in abbr.get("title").lower()
        assert not re.search(r">ADMM</abbr>(?:</a>)?\+", html), f"{page}: ADMM+ split"
    assert found >= 2


def test_no_roman_numerals_or_document_codes(real_site: Path) -> None:
    for page in article_pages(real_site).values():
        marked = {abbr.text for abbr in article_body(page).cssselect("abbr")}
        assert not marked & {"XIII", "XII", "XVI", "CT", "TW", "KL", "NQ"}, (page, marked)


def test_backlinks_are_exactly_the_articles_using_each_abbreviation(real_site: Path) -> None:
    entries = glossary_entries(real_site)
    pages = article_pages(real_site)
    for key, entry in entries.items():
        linked = {href.rstrip("/").split("/")[-1] for href in entry["links"]}
        using = {
            name
            for name, page in pages.items()
            if any(
                a.text and a.text.startswith(key) and _same_key(a.text, key)
                for a in article_body(page).cssselect("abbr")
            )
        }
        assert linked == using, key
        # And "using" is right: the abbreviation really occurs as a word of the article's own text.
        for name in using:
            assert re.search(rf"(?<![\w&+-]){re.escape(key)}", own_text(pages[name])), (key, name)


def _same_key(surface: str, key: str) -> bool:
    """``ADMM-17`` counts as ADMM; ``ADMM+`` does not."""
    rest = surface[len(key) :]
    return rest == "" or bool(re.fullmatch(r"[-\s]?\d[\d.]*", rest))


def test_glossary_is_in_vietnamese_alphabetical_order(real_site: Path) -> None:
    keys = list(glossary_entries(real_site))
    assert keys == sorted(keys, key=sort_key)
    assert keys.index("ĐNQP") > max((i for i, k in enumerate(keys) if k.startswith("D")), default=-1)
    first_e = min((i for i, k in enumerate(keys) if k.startswith("E")), default=len(keys))
    assert keys.index("ĐNQP") < first_e
    letters = [
        text_of(a)
        for a in load(real_site / "thuat-ngu" / "index.html").cssselect("article p a[href^='#chu-']")
    ]
    # Đ is its own letter, after D and before E (D may be absent: only used entries are listed).
    assert "Đ" in letters and letters == sorted(letters, key=sort_key)
    assert all(sort_key(letter) < sort_key("Đ") for letter in letters[: letters.index("Đ")])
