"""The installed wheel builds examples/minimal/ and the site shapes a user may have.

The wheel and the fresh virtual environment of ``tests/test_packaging.py`` (shared through
``tests/installed_wheel.py``) build, with that venv's ``mkdocs build --strict``, a copy of
``examples/minimal/`` as it is and reshaped: ``use_directory_urls: false``, a ``site_url`` with a
sub-path, Material's features without any ``navigation.*`` (and no tags plugin), ``docs_dir``
outside the project folder, beside mkdocs-gen-files generating a page, and beside Material's
blog plugin with one post. Each built site is read back: an article for every seed, every page
in Material's ``search/search_index.json`` at its own location, no raw attribute-list text on
any page, every anchor link (``#x`` and ``page#x``) landing on an element id.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import installed_wheel
import lxml.html
import pytest
from installed_wheel import SHAPES, WheelSite, articles, heading

pytestmark = pytest.mark.packaging

#: The plugin's own pages besides the articles (README, "What the plugin generates"; chu-de/ needs
#: the tags plugin, which none of these sites has).
PLUGIN_PAGES = ("thuat-ngu.md", "dong-thoi-gian.md", "nhan-vat.md", "ban-do.md")
#: Attribute-list syntax left as text: {#id}, {: .class}, {.class}, {: #id }.
RAW_ATTR_LIST = re.compile(r"\{\s*(?::|#[\w-]|\.[\w-])[^{}\n]{0,80}\}")
#: md_in_html left unprocessed shows in the source.
RAW_MD_IN_HTML = ('markdown="1"', "markdown>")


@pytest.fixture(scope="module", params=sorted(SHAPES))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> WheelSite:
    return installed_wheel.wheel_site(tmp_path_factory, request.param)


def html_pages(site: WheelSite) -> dict[str, Path]:
    """Site-relative URL → HTML file of every page (not 404.html)."""
    pages = {}
    for path in sorted(site.site.rglob("*.html")):
        relative = path.relative_to(site.site).as_posix()
        if relative == "404.html":
            continue
        if site.directory_urls:
            relative = relative.removesuffix("index.html")
        pages[relative] = path
    return pages


def site_relative(site: WheelSite, url: str) -> str:
    """A feed's or an index's URL (absolute under site_url, or relative) as a site-relative path."""
    path = urlparse(url).path
    if url.startswith(("http://", "https://")) or path.startswith("/"):
        assert path.startswith(site.base_path), f"{url} is not under the site's {site.base_path}"
        path = path.removeprefix(site.base_path)
    return unquote(path)


def visible_text(tree: lxml.html.HtmlElement) -> str:
    for element in tree.xpath("//script | //style | //template"):
        element.drop_tree()
    return tree.text_content()


def test_the_site_was_built_by_the_installed_plugin(built: WheelSite) -> None:
    """The site's config is the shape asked for, and its pages carry the plugin's own files."""
    for key, value in built.shape.config.items():
        assert built.config[key] == value
    if built.name != "minimal":
        log = (built.project.parent / "build.log").read_text(encoding="utf-8")
        assert "seed-articles: 3 seeds read" in log, log
    home = (built.site / "index.html").read_text(encoding="utf-8")
    assert "seed-search/worker.js" in home and (built.site / "assets/seed-search/worker.js").is_file()
    assert (built.site / "assets/seed-articles/seed-articles.css").is_file()
    if built.name == "docs-elsewhere":
        assert not (built.project / "docs").exists()
        assert not built.docs.is_relative_to(built.project)
        assert (built.docs / "index.md").is_file()


def test_every_seed_has_its_article(built: WheelSite) -> None:
    """One page under bai-viet/ per seed, headed by the title feed.json gives that seed."""
    seeds = {f"seeds/{path.name}" for path in (built.project / "seeds").glob("*.txt")}
    found = articles(built)  # asserts one page per title
    assert seeds and set(found) == seeds
    pages = [url for url in html_pages(built) if url.startswith("bai-viet/")]
    assert sorted(url for url, _ in found.values()) == sorted(pages)


@pytest.mark.parametrize("built", sorted(SHAPES), indirect=True)
def test_feed_links_reach_the_articles(built: WheelSite) -> None:
    """Each feed.json item's URL (absolute under site_url, else relative) is its article's page."""
    feed = json.loads((built.site / "feed.json").read_text(encoding="utf-8"))
    found = articles(built)
    for item in feed["items"]:
        url, _ = found[item["_seed_articles"]["seed"]]
        if built.config.get("site_url"):
            assert item["url"] == built.config["site_url"] + url
        assert site_relative(built, item["url"]) == url, item["url"]


def test_search_index_lists_every_page_at_its_location(built: WheelSite) -> None:
    """Material's search/search_index.json: one entry per page (articles, glossary, index pages,
    the generated and blog pages), at the URL the page is served from, with the page's title."""
    data = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles: dict[str, str] = {}
    for doc in data["docs"]:
        location = unquote(str(doc["location"]))
        if "#" not in location:
            titles[location] = doc["title"]
    if not built.directory_urls and "" in titles:
        titles["index.html"] = titles.pop("")
    pages = html_pages(built)

    expected = {built.url_of(source) for source in ("index.md", *PLUGIN_PAGES, *built.shape.pages)}
    expected |= {url for url, _ in articles(built).values()}
    assert not expected - set(pages), f"pages not built: {sorted(expected - set(pages))}"
    missing = sorted(set(pages) - set(titles))
    assert not missing, f"pages missing from search/search_index.json: {missing}"
    stray = sorted(set(titles) - set(pages))
    assert not stray, f"search/search_index.json locations that are no page: {stray}"

    for url in sorted(expected):
        shown = heading(lxml.html.fromstring(pages[url].read_bytes()))
        assert titles[url] == shown, f"{url}: {titles[url]!r} in the index, {shown!r} on the page"


def test_no_page_shows_raw_attribute_lists(built: WheelSite) -> None:
    shown = []
    for url, path in html_pages(built).items():
        source = path.read_text(encoding="utf-8")
        text = visible_text(lxml.html.fromstring(source))
        shown += [f"{url or '/'}: {match.group()!r}" for match in RAW_ATTR_LIST.finditer(text)]
        shown += [f"{url or '/'}: {marker!r} in the HTML" for marker in RAW_MD_IN_HTML if marker in source]
    assert not shown, shown[:20]


def site_root(site: WheelSite) -> str:
    """The absolute URL of the site's root: its site_url, or a stand-in host without one."""
    return site.config.get("site_url") or "http://site.invalid/"


def resolve(site: WheelSite, page: Path, href: str) -> tuple[Path, str] | None:
    """The HTML file and fragment ``href`` on ``page`` points to; None if it leaves the site."""
    root = site_root(site)
    target = urljoin(urljoin(root, page.relative_to(site.site).as_posix()), href)
    if not target.startswith(root):
        return None
    parts = urlparse(target)
    file = site.file_of(unquote(parts.path).removeprefix(site.base_path))
    return (file / "index.html" if file.is_dir() else file), unquote(parts.fragment)


def test_every_anchor_link_lands_on_an_id(built: WheelSite) -> None:
    """``href="#x"`` and ``href="page#x"`` (relative, or absolute under site_url) find ``id="x"``."""
    ids: dict[Path, set[str]] = {}

    def ids_of(path: Path) -> set[str]:
        if path not in ids:
            tree = lxml.html.fromstring(path.read_bytes())
            ids[path] = {str(element.get("id")) for element in tree.iter() if element.get("id")}
        return ids[path]

    in_page = cross_page = 0
    broken = []
    for url, path in html_pages(built).items():
        for link in lxml.html.fromstring(path.read_bytes()).xpath("//a[@href]"):
            href = str(link.get("href"))
            if "#" not in href or (target := resolve(built, path, href)) is None:
                continue
            file, fragment = target
            if href.startswith("#"):
                in_page += 1
            else:
                cross_page += 1
            if not file.is_file() or (fragment and fragment not in ids_of(file)):
                broken.append(f"{url or '/'}: {href}")
    assert not broken, broken[:20]
    assert in_page and cross_page, (in_page, cross_page)


def test_the_other_plugins_pages_are_there(built: WheelSite) -> None:
    """The page mkdocs-gen-files wrote (linking into the plugin's glossary) and the blog post
    (with the site's own attr_list) are rendered; the other sites have neither."""
    pages = html_pages(built)
    if built.name == "gen-files":
        page = pages[built.url_of("bao-cao/tong-hop.md")]
        tree = lxml.html.fromstring(page.read_bytes())
        assert "do mkdocs-gen-files sinh ra" in tree.text_content()
        targets = {resolve(built, page, str(href)) for href in tree.xpath("//article//a/@href")}
        glossary = pages[built.url_of("thuat-ngu.md")]
        assert {(glossary, "ubnd"), (glossary, "htx")} <= targets, targets
    elif built.name == "blog":
        tree = lxml.html.fromstring(pages[built.url_of("blog/posts/hop-to-dan-pho.md")].read_bytes())
        assert tree.xpath("//article//h2[@id='noi-dung']"), "the site's attr_list was not applied"
        index = lxml.html.fromstring(pages[built.url_of("blog/index.md")].read_bytes())
        assert "Họp tổ dân phố tháng ba" in index.text_content()
    else:
        assert not any(url.startswith(("bao-cao/", "blog/")) for url in pages)
