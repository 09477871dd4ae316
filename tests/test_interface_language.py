"""The built site speaks Vietnamese throughout its interface, and names each page one way.

Material and MkDocs print some English for language ``vi`` (Material's vi translations
leave a few keys in English, MkDocs' toc says "Permanent link", the footer says "Made
with"). Every HTML page of the real site is read: the attributes a reader meets (titles,
ARIA labels, placeholders, image texts), the visible text of the header, footer,
navigation, search dialog and labels, and the texts Material's scripts show
(``#__config`` translations). Glossary tooltips (``abbr[title]``) quote the English
expansion of an abbreviation on purpose: they are content, not interface.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from conftest import article_pages
from html_utils import load, text_of

#: English interface strings of Material for MkDocs and MkDocs (Material's en.html and
#: MkDocs' toc), as whole words or phrases, case-sensitive.
ENGLISH_UI = (
    "Permanent link",
    "Tabs",
    "Made with",
    "Search",
    "Back to top",
    "Previous",
    "Next",
    "Share",
    "Clear",
    "Copy to clipboard",
    "Copied to clipboard",
    "Skip to content",
    "Table of contents",
    "Navigation",
    "Header",
    "Footer",
    "Initializing search",
    "Type to start searching",
    "No matching documents",
    "matching document",
    "more on this page",
    "Missing",
    "Go to repository",
    "Edit this page",
    "View source of this page",
    "Switch to dark mode",
    "Switch to light mode",
    "Select language",
    "Select version",
    "Last update",
    "Created",
    "Contributors",
    "Metadata",
    "Continue reading",
    "Related links",
    "RSS feed",
    "logo",
)
ENGLISH_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in ENGLISH_UI) + r")(?!\w)")

ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "aria-description", "aria-roledescription")
#: Material's chrome whose visible text is interface.
CHROME = "header, footer, nav, label, .md-skip, .md-top, .md-search, .md-content__button, .md-source"

#: The index pages a reader reaches from the tabs and the home page's cards.
INDEX_PAGES = ("thuat-ngu/", "chu-de/", "nhan-vat/", "dong-thoi-gian/", "ban-do/")


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def english_in(text: str) -> list[str]:
    return ENGLISH_RE.findall(text or "")


def _where(site: Path, page: Path) -> str:
    return page.relative_to(site).as_posix()


def test_no_english_in_interface_attributes(real_site: Path) -> None:
    found = []
    for page in html_pages(real_site):
        for element in load(page).iter():
            if not isinstance(element.tag, str) or element.tag == "abbr":
                continue
            for attribute in ATTRIBUTES:
                value = element.get(attribute)
                if value is not None and english_in(value):
                    found.append(f"{_where(real_site, page)}: <{element.tag} {attribute}={value!r}>")
    assert not found, "English interface text in attributes:\n" + "\n".join(sorted(set(found))[:40])


def test_no_english_in_header_footer_navigation_and_search(real_site: Path) -> None:
    found = []
    for page in html_pages(real_site):
        for element in load(page).cssselect(CHROME):
            for abbr in element.cssselect("abbr"):
                abbr.drop_tree()  # an abbreviation in a page title is content
            text = text_of(element)
            for word in english_in(text):
                found.append(
                    f"{_where(real_site, page)}: {word!r} in <{element.tag} class={element.get('class')!r}>"
                )
    assert not found, "English interface text:\n" + "\n".join(sorted(set(found))[:40])


def test_scripts_show_vietnamese_texts(real_site: Path) -> None:
    """Material's scripts render search results and clipboard buttons from #__config."""
    for page in (real_site / "index.html", article_pages(real_site)[0]):
        config = json.loads(load(page).cssselect("#__config")[0].text)
        translations = config["translations"]
        assert translations, page
        english = {key: value for key, value in translations.items() if english_in(value)}
        assert not english, f"{_where(real_site, page)}: {english}"


def test_page_language_and_permalinks(real_site: Path) -> None:
    for page in [real_site / "index.html", *article_pages(real_site)]:
        html = load(page)
        assert html.get("lang") == "vi"
        permalinks = html.cssselect("a.headerlink")
        titles = {link.get("title") for link in permalinks}
        assert permalinks and len(titles) == 1 and None not in titles, titles
        assert not english_in(titles.pop())


def test_every_footer_credits_in_vietnamese(real_site: Path) -> None:
    for page in html_pages(real_site):
        footers = load(page).cssselect(".md-copyright")
        for footer in footers:
            text = text_of(footer)
            assert "Made with" not in text, _where(real_site, page)
            assert not english_in(text), (_where(real_site, page), text)


def test_home_page_is_shared_under_the_site_name(real_site: Path) -> None:
    html = load(real_site / "index.html")
    site_name = text_of(html.cssselect(".md-header__topic")[0])  # the header names the site
    assert html.xpath("//meta[@property='og:site_name']/@content") == [site_name]
    for attribute, name in (("property", "og:title"), ("name", "twitter:title")):
        values = html.xpath(f"//meta[@{attribute}=$name]/@content", name=name)
        assert values == [site_name], (name, values)


def _path_of(base: str, href: str) -> str:
    """The site path a link points to, from the page at ``base`` ('' for the home page)."""
    path = urlparse(urljoin(f"http://site/{base}", href)).path.lstrip("/")
    return path.removesuffix("index.html")


@pytest.fixture(scope="module")
def names(real_site: Path) -> dict[str, dict[str, set[str]]]:
    """For each index page: where it is named (tabs, home cards, navigation, heading, title) and how."""
    found: dict[str, dict[str, set[str]]] = {page: {} for page in INDEX_PAGES}

    def add(page: str, where: str, name: str) -> None:
        if page in found:
            found[page].setdefault(where, set()).add(" ".join(name.split()))

    # Links to a heading of a page (#...) name the heading, not the page.
    home = load(real_site / "index.html")
    for link in home.cssselect(".seed-entry-points a:not([href*='#'])"):
        add(_path_of("", link.get("href")), "home card", text_of(link))
    for page in INDEX_PAGES:
        html = load(real_site / page / "index.html")
        for link in html.cssselect(".md-tabs__link:not([href*='#'])"):
            add(_path_of(page, link.get("href")), "tab", text_of(link))
        for link in html.cssselect("nav.md-nav--primary a.md-nav__link:not([href*='#'])"):
            add(_path_of(page, link.get("href")), "navigation", text_of(link))
        heading = html.cssselect("article h1")[0]
        for permalink in heading.cssselect("a.headerlink"):
            permalink.drop_tree()
        add(page, "heading", text_of(heading))
        title = html.findtext(".//title")
        add(page, "title", title.rsplit(" - ", 1)[0])
    return found


@pytest.mark.parametrize("page", INDEX_PAGES)
def test_a_page_has_one_name_everywhere(names: dict[str, dict[str, set[str]]], page: str) -> None:
    places = names[page]
    assert {"home card", "tab", "heading", "title"} <= set(places), places
    every = set().union(*places.values())
    assert len(every) == 1, f"{page} is named differently: {places}"
