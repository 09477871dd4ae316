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
