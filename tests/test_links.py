"""Every internal link of the built site leads somewhere: pages, files and #fragments.

``mkdocs build --strict`` checks the links of Markdown, not those in raw HTML
(the graph's SVG) or in the theme; this crawler reads the built HTML instead:
``href``/``src`` of every element, ``xlink:href`` inside SVG, and the fragment
of each link against the ids of its target page. Also here: no page holds an
id twice, the tags page gives each tag its own id in Vietnamese order, and an
article shows one previous/next pair, in date order.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest
from any_site import MINIMAL_CONFIG, make_project
from conftest import article_pages, run_build
from seed_articles.text.vietnamese import sort_key

#: Attributes that hold a URL (``xlink:href`` as the HTML parser names it).
URL_ATTRIBUTES = ("href", "src", "xlink:href", "poster", "action")
#: The repository site's site_url path: 404.html links from the site root.
SITE_PATH = "/hoi-nhap-quoc-phong/"


@dataclass
class Crawl:
    """What a crawl of a built site found."""

    links: int = 0  # internal links checked
    svg_links: int = 0  # of which inside an <svg>
    fragments: int = 0  # of which with a #fragment checked against an id
    broken: list[str] = field(default_factory=list)


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def parse(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def ids_in(tree: lxml.html.HtmlElement) -> list[str]:
    """Every id on the page, and the legacy ``<a name>`` anchors."""
    found = [str(e.get("id")) for e in tree.iter() if isinstance(e.tag, str) and e.get("id")]
    return found + [str(a.get("name")) for a in tree.iter("a") if a.get("name")]


def _in_svg(element: lxml.html.HtmlElement) -> bool:
    return any(ancestor.tag == "svg" for ancestor in element.iterancestors())


def _target_file(site: Path, page: Path, path: str, site_path: str) -> tuple[Path | None, str]:
    """The file a link's path points to (None: outside the site), and the site-relative path."""
    if path.startswith("/"):  # root-relative: only the site's own path prefix is ours
        if not path.startswith(site_path):
            return None, path
        resolved = posixpath.normpath(path[len(site_path) :] or ".")
    else:
        here = posixpath.dirname(page.relative_to(site).as_posix())
        resolved = posixpath.normpath(
            posixpath.join(here, path) if path else page.relative_to(site).as_posix()
        )
    if resolved == ".." or resolved.startswith("../"):
        return None, resolved  # above the site root: broken once the site lives under a sub-path
    file = site / resolved if resolved != "." else site
    if file.is_dir() or path.endswith("/"):
        file = file / "index.html"
    return file, resolved


def crawl(site: Path, site_path: str = "/") -> Crawl:
    """Check every internal URL of every HTML page of ``site``."""
    result = Crawl()
    ids: dict[Path, set[str]] = {}

    def ids_of(file: Path) -> set[str]:
        if file not in ids:
            ids[file] = set(ids_in(parse(file)))
        return ids[file]

    for page in html_files(site):
        tree = parse(page)
        name = page.relative_to(site).as_posix()
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            for attribute in URL_ATTRIBUTES:
                url = element.get(attribute)
                if url is None:
                    continue
                url = url.strip()
                parts = urlsplit(url)
                if parts.scheme or url.startswith("//") or not url or url == "#":
                    continue  # another site, mailto:, data:; "#" is the top of the page
                result.links += 1
                result.svg_links += _in_svg(element)
                file, resolved = _target_file(site, page, unquote(parts.path), site_path)
                if file is None or not file.is_file():
                    result.broken.append(f"{name}: {attribute}={url!r} → missing {resolved}")
                    continue
                if parts.fragment:
                    result.fragments += 1
                    if file.suffix != ".html" or unquote(parts.fragment) not in ids_of(file):
                        result.broken.append(f"{name}: {attribute}={url!r} → no id {parts.fragment!r}")
    return result


# -- the crawler itself ---------------------------------------------------------------------------

PLANTED = """<!doctype html><html><body>
<h1 id="top">Top</h1>
<a href="./">self</a> <a href="#top">ok</a> <a href="#nowhere">bad fragment</a>
<a href="b/">ok page</a> <a href="b/#here">ok fragment</a> <a href="b/#gone">bad id</a>
<a href="missing/">bad page</a> <img src="pic.png"> <a href="../outside/">above the root</a>
<a href="https://example.org/x">external</a> <a href="mailto:a@b.c">mail</a>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<a href="b/"><circle r="1"/></a> <a xlink:href="svg-missing/"><circle r="1"/></a>
<a href="bai-viet/x/"><circle r="1"/></a></svg>
</body></html>"""


def test_the_crawler_reports_each_kind_of_broken_link(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "index.html").write_text(PLANTED, encoding="utf-8")
    (tmp_path / "b" / "index.html").write_text('<p id="here">b</p>', encoding="utf-8")
    result = crawl(tmp_path)
    broken = sorted(line.split(": ", 1)[1] for line in result.broken)
    assert broken == sorted(
        [
            "href='#nowhere' → no id 'nowhere'",
            "href='b/#gone' → no id 'gone'",
            "href='missing/' → missing missing",
            "src='pic.png' → missing pic.png",
            "href='../outside/' → missing ../outside",
            "xlink:href='svg-missing/' → missing svg-missing",
            "href='bai-viet/x/' → missing bai-viet/x",
        ]
    ), result.broken
    assert result.links == 12 and result.svg_links == 3 and result.fragments == 4


# -- the built sites ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def flat_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new user's site with ``use_directory_urls: false`` (pages are ``name.html``)."""
    root = tmp_path_factory.mktemp("flat")
    run_build(make_project(root / "project", MINIMAL_CONFIG + "use_directory_urls: false\n"), root / "site")
    return root / "site"


def _assert_no_broken_links(site: Path, site_path: str, graph_page: str) -> None:
    result = crawl(site, site_path)
    assert not result.broken, "\n".join(result.broken[:30])
    pages = len(html_files(site))
    assert result.links > 20 * pages and result.fragments > pages, result
    # The graph's links are raw SVG: they are counted, so a graph without links fails too.
    graph = parse(site / graph_page)
    nodes = graph.xpath("//svg//a[@href]")
    assert nodes and result.svg_links >= len(nodes)


def test_no_broken_link_or_fragment_in_the_site(real_site: Path) -> None:
    _assert_no_broken_links(real_site, SITE_PATH, "ban-do/index.html")


def test_no_broken_link_with_flat_urls(flat_site: Path) -> None:
    _assert_no_broken_links(flat_site, "/", "ban-do.html")
    hrefs = parse(flat_site / "ban-do.html").xpath("//svg//a/@href")
    assert all(href.startswith("bai-viet/") and href.endswith(".html") for href in hrefs), hrefs


def test_graph_nodes_open_the_articles(real_site: Path) -> None:
    """Each node of the map links to the article it shows, named by its title."""
    graph = parse(real_site / "ban-do/index.html")
    articles = {
        posixpath.normpath(f"ban-do/../{path.parent.relative_to(real_site).as_posix()}"): parse(path)
        for path in article_pages(real_site)
    }
    nodes = graph.xpath("//svg//a[@href]")
    assert len(nodes) == len(articles)
    for node in nodes:
        target = posixpath.normpath(posixpath.join("ban-do", node.get("href")))
        article = articles[target]
        title = article.xpath("string(//article//h1)").removesuffix("¶").strip()
        assert node.xpath("string(title)").startswith(title)  # the link's name


def test_no_page_has_an_id_twice(real_site: Path, flat_site: Path) -> None:
    duplicates = []
    checked = 0
    for site in (real_site, flat_site):
        for page in html_files(site):
            counts = Counter(ids_in(parse(page)))
            checked += len(counts)
            duplicates += [f"{page.relative_to(site)}: {id_}" for id_, n in counts.items() if n > 1]
    assert checked and not duplicates, duplicates


# -- tags page ------------------------------------------------------------------------------------


def _tag_headings(site: Path) -> list[tuple[str, str]]:
    """(id, tag name) of each tag of the tags page, in page order."""
    page = parse(site / "chu-de/index.html")
    return [
        (str(h.get("id")), h.xpath("string(.//*[contains(@class, 'md-tag')])").strip())
        for h in page.xpath("//article//*[starts-with(@id, 'tag:')]")
    ]


def test_tags_have_their_own_ids_in_vietnamese_order(real_site: Path) -> None:
    headings = _tag_headings(real_site)
    ids = [id_ for id_, _ in headings]
    names = [name for _, name in headings]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)
    assert len(names) == len(set(names)) and all(names)
    # The corpus has tags that Material's default slugify and sort get wrong.
    assert {"ADMM", "ADMM+", "EU", "USD"} <= set(names)
    assert names == sorted(names, key=sort_key)
    first_d = min(i for i, name in enumerate(names) if name[0] in "Đđ")
    assert names.index("EU") > first_d and names.index("USD") > first_d  # Đ after D, before E


def test_every_tag_chip_lands_on_its_own_tag(real_site: Path) -> None:
    names = dict(_tag_headings(real_site))
    chips = 0
    for page in article_pages(real_site):
        for chip in parse(page).xpath("//a[contains(@class, 'md-tag')]"):
            fragment = unquote(urlsplit(str(chip.get("href"))).fragment)
            assert names.get(fragment) == chip.text_content().strip(), (page.parent.name, fragment)
            chips += 1
    assert chips


# -- previous / next ------------------------------------------------------------------------------


def _timeline_order(site: Path) -> list[str]:
    """Dated article folders of the timeline page, oldest first (undated ones have no neighbours)."""
    page = parse(site / "dong-thoi-gian/index.html")
    body = page.xpath("//article")[0]
    order: list[str] = []
    for element in body.iter():
        if element.tag == "h2" and element.get("id", "").startswith("khong-ro-ngay"):
            break
        if element.tag == "a" and "bai-viet/" in element.get("href", ""):
            order.append(posixpath.basename(element.get("href").rstrip("/")))
    return list(reversed(order))


def test_one_previous_next_pair_per_article_in_date_order(real_site: Path) -> None:
    order = _timeline_order(real_site)
    assert len(order) >= 3
    pages = {path.parent.name: parse(path) for path in article_pages(real_site)}
    for name, page in pages.items():
        # The theme's pair (file order) is gone: footer links and <link rel> alike.
        assert not page.xpath("//*[contains(@class, 'md-footer__link')] | //link[@rel='prev' or @rel='next']")
        navs = page.xpath("//nav[contains(@class, 'seed-timeline-nav')]")
        position = order.index(name) if name in order else None
        expected = {}
        if position is not None and position > 0:
            expected["prev"] = order[position - 1]
        if position is not None and position + 1 < len(order):
            expected["next"] = order[position + 1]
        links = page.xpath("//a[@rel='prev' or @rel='next']")
        found = {str(a.get("rel")): posixpath.basename(str(a.get("href")).rstrip("/")) for a in links}
        assert len(links) == len(found) == len(expected) and found == expected, (name, found, expected)
        assert len(navs) == (1 if expected else 0)
        text = navs[0].text_content() if navs else ""
        assert ("Bài trước" in text) == ("prev" in expected) and ("Bài sau" in text) == ("next" in expected)
