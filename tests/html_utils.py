"""Small helpers to read built HTML in tests."""

from __future__ import annotations

from pathlib import Path

import lxml.html


def load(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def text_of(element) -> str:
    return " ".join(element.text_content().split())


def article_body(page: Path) -> lxml.html.HtmlElement:
    """The article content (Material's ``md-content__inner``) without Material's own buttons."""
    body = load(page).cssselect("article.md-content__inner")[0]
    for button in body.cssselect("a.md-content__button, a.headerlink"):
        button.drop_tree()
    return body


RELATED_SECTIONS = {"Bài viết liên quan", "Cùng sự kiện"}


def own_text(page: Path) -> str:
    """The article's own text: without related-article sections and navigation links."""
    body = article_body(page)
    for heading in body.cssselect("h2"):
        if text_of(heading).rstrip("¶").strip() in RELATED_SECTIONS:
            node = heading.getnext()
            while node is not None and node.tag != "h2":
                following = node.getnext()
                node.drop_tree()
                node = following
            heading.drop_tree()
    for element in body.cssselect("nav, .seed-source-link, .seed-timeline-nav"):
        element.drop_tree()
    return text_of(body)
