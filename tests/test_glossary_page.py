"""The glossary page Markdown, rendered with the site's Markdown extensions."""

from __future__ import annotations

import lxml.html
import markdown
import pytest
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    abbr_markup,
    entry_anchor,
    load_glossary,
)
from seed_articles.pages.glossary import letter_anchor, render_glossary_page
from seed_articles.text.slugs import heading_slug

EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables", "pymdownx.escapeall"]
CONFIG = {"toc": {"permalink": True, "slugify": heading_slug}}


def to_html(text: str) -> lxml.html.HtmlElement:
    html = markdown.markdown(text, extensions=EXTENSIONS, extension_configs=CONFIG)
    return lxml.html.fromstring(f"<div>{html}</div>")


def _text(element) -> str:
    return " ".join(element.text_content().replace("¶", "").split())


def test_anchors_are_stable_ascii() -> None:
    glossary = load_glossary()
    assert entry_anchor(glossary["ĐNQP"]) == "dnqp"
    assert entry_anchor(glossary["ADMM+"]) == "admm-plus"
    assert entry_anchor(glossary["TT&TT"]) == "tt-tt"
    assert entry_anchor(glossary["T.Ư"]) == "t-u"
    assert letter_anchor("Đ") == "chu-dd" and letter_anchor("D") == "chu-d"
    anchors = [entry_anchor(e) for e in glossary]
    assert len(anchors) == len(set(anchors))
    assert all(a.isascii() for a in anchors)


def test_entries_in_vietnamese_order_with_letter_index() -> None:
    glossary = Glossary(
        GlossaryEntry(key, f"Dạng đầy đủ {key}")
        for key in ["EU", "ĐNQP", "DOC", "CĐS", "CNTT", "ADMM+", "ADMM", "ASEAN"]
    )
    page = to_html(render_glossary_page(glossary, {}))
    entries = [_text(h) for h in page.cssselect("h3")]
    assert entries == ["ADMM", "ADMM+", "ASEAN", "CĐS", "CNTT", "DOC", "ĐNQP", "EU"]
    assert [_text(h) for h in page.cssselect("h2")] == ["A", "C", "D", "Đ", "E"]
    index = page.xpath("//p[strong[contains(., 'Tra theo')]]/a")
    assert [(a.text, a.get("href")) for a in index] == [
        ("A", "#chu-a"),
        ("C", "#chu-c"),
        ("D", "#chu-d"),
        ("Đ", "#chu-dd"),
        ("E", "#chu-e"),
    ]
    ids = {h.get("id") for h in page.cssselect("h2, h3")}
    assert {"chu-dd", "dnqp", "admm-plus", "cds"} <= ids


def test_entry_content_and_backlinks() -> None:
    glossary = load_glossary()
    usage = {
        "ĐNQP": [
            ("Bài một", "../bai-viet/mot/"),
            ("Bài hai", "../bai-viet/hai/"),
            ("Bài một", "../bai-viet/mot/"),
        ],
    }
    page = to_html(render_glossary_page(glossary, usage, only_used=True))
    (heading,) = page.cssselect("h3")
    assert heading.get("id") == "dnqp" and _text(heading) == "ĐNQP"
    body = _text(page)
    assert "Đối ngoại quốc phòng" in body and "Defence diplomacy" in body
    assert "Xuất hiện trong 2 bài viết" in body
    links = [(a.text, a.get("href")) for a in page.cssselect("li a")]
    assert links == [("Bài một", "../bai-viet/mot/"), ("Bài hai", "../bai-viet/hai/")]


def test_unused_entries_are_listed_unless_asked_not_to() -> None:
    glossary = Glossary([GlossaryEntry("UN", "Liên hợp quốc"), GlossaryEntry("EU", "Liên minh châu Âu")])
    everything = to_html(render_glossary_page(glossary, {"UN": [("A", "a/")]}))
    assert [_text(h) for h in everything.cssselect("h3")] == ["EU", "UN"]
    assert "Chưa có bài viết nào" in _text(everything)
    used = to_html(render_glossary_page(glossary, {"UN": [("A", "a/")]}, only_used=True))
    assert [_text(h) for h in used.cssselect("h3")] == ["UN"]


HOSTILE = [
    '<script>alert("x")</script>',
    "**đậm** _nghiêng_ `mã` [liên kết](http://evil.example) ![ảnh](x.png)",
    "- mục danh sách",
    "1. mục có số",
    "# tiêu đề {#id .class} :smile: ~~gạch~~ ^^mũ^^ | a | b |",
    "> trích dẫn & <b>đậm</b>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_shown_literally(hostile: str) -> None:
    glossary = Glossary([GlossaryEntry("ABC", hostile, en=hostile, description=hostile, variants=("A&B",))])
    usage = {"ABC": [(hostile, 'x/"onclick="alert(1)')]}
    page = to_html(render_glossary_page(glossary, usage, title=hostile, intro=hostile))
    assert not page.cssselect("script, b, strong em, code, img, blockquote, ol, table, del, sup, mark")
    assert {_text(em) for em in page.cssselect("em")} <= {"Tiếng Anh:", "Cách viết khác:"}
    texts = [_text(p) for p in page.cssselect("h1, p, li")]
    assert texts.count(" ".join(hostile.split())) >= 3  # title, intro, description/backlink label
    (link,) = page.cssselect("li a")
    assert link.get("onclick") is None
    assert "A&B" in _text(page)


def test_abbr_markup() -> None:
    glossary = load_glossary()
    html = abbr_markup("TT&TT", glossary["TT&TT"], "../../thuat-ngu/")
    node = to_html(f"Bộ {html} họp.").cssselect("a")[0]
    assert node.get("href") == "../../thuat-ngu/#tt-tt"
    (abbr,) = node.cssselect("abbr")
    assert abbr.text == "TT&TT"
    assert abbr.get("title") == "Thông tin và Truyền thông (Information and Communications)"
    assert node.get("class") == "glossary-link"


def test_abbr_markup_without_link_is_a_tooltip_only() -> None:
    glossary = load_glossary()
    html = abbr_markup("ĐNQP", glossary["ĐNQP"], "../thuat-ngu.md", link=False)
    (abbr,) = to_html(f"Công tác {html}.").cssselect("abbr")
    assert abbr.text == "ĐNQP" and abbr.getparent().tag != "a"


def test_abbr_markup_escapes_hostile_expansion() -> None:
    entry = Glossary([GlossaryEntry("XSS", '"><script>alert(1)</script>', en="*x*")])["XSS"]
    node = to_html(abbr_markup("XSS", entry, '"glossary/')).cssselect("a")[0]
    assert not node.cssselect("script")
    assert node.cssselect("abbr")[0].get("title") == '"><script>alert(1)</script> (*x*)'
    assert node.get("href") == "%22glossary/#xss"
