"""Timeline, previous/next, graph and tags pages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest
from seed_articles.integration.tags import configure_tags_plugins, tag_slug, tag_sort_key
from seed_articles.pages.graph import (
    LABEL_SIZE,
    LIST_ID,
    MIN_WIDTH,
    WIDTH,
    GraphEdge,
    GraphNode,
    render_graph_page,
)
from seed_articles.pages.timeline import TimelineArticle, prev_next, render_timeline_page
from seed_articles.render.links import page_url, relative_url
from seed_articles.text.vietnamese import sort_key

SVG = "{http://www.w3.org/2000/svg}"

ARTICLES = [
    TimelineArticle("a", "Tổng kết 2019", "a/", (2019, 7, 16, 8, 25, 0)),
    TimelineArticle("b", "Hội nghị tháng 12", "b/", (2024, 12, 27, 0, 0, 0)),
    TimelineArticle("c", "Bài đầu tháng 12", "c/", (2024, 12, 9, 14, 27, 0)),
    TimelineArticle("d", "Chỉ biết năm", "d/", (2024, 0, 0, 0, 0, 0)),
    TimelineArticle("e", "Không ngày <script>", "e/", None),
    TimelineArticle("f", "Tháng 1", "f/", (2024, 1, 5, 0, 0, 0)),
]


def test_timeline_newest_first_with_month_headings_and_undated_last():
    page = render_timeline_page(ARTICLES)
    order = [page.index(f"]({key}/)") for key in "bcfdae"]
    assert order == sorted(order)
    assert page.index("## 2024") < page.index("### Tháng 12 năm 2024") < page.index("### Tháng 1 năm 2024")
    assert page.index("## 2019") < page.index("## Không rõ ngày")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "- 27/12/2024 — [Hội nghị tháng 12](b/)" in page


def test_prev_next_in_time_order():
    links = prev_next(ARTICLES)
    assert links["a"].previous is None and links["a"].next == "d"
    assert links["c"].previous == "f" and links["c"].next == "b"
    assert links["b"].next is None
    assert links["e"].previous is None and links["e"].next is None


def _svg(page: str) -> ET.Element:
    return ET.fromstring(page[page.index("<svg") : page.index("</svg>") + len("</svg>")])


def _nodes(count: int) -> list[GraphNode]:
    topics = ["ASEAN", "Biên giới", None]
    return [
        GraphNode(f"k{i:03d}", f'Bài số {i} & <b>"x"</b>', f"../bai-{i}/", topics[i % 3])
        for i in range(count)
    ]


def test_graph_small_is_well_formed_with_labels_and_links():
    nodes = _nodes(5)
    edges = [("k000", "k001", 0.6), GraphEdge("k001", "k002", 0.3, same_story=True), ("k000", "zz", 1)]
    page = render_graph_page(nodes, edges)
    root = _svg(page)
    circles = root.findall(f".//{SVG}circle")
    assert len(circles) == 5
    links = [a.get("href") for a in root.findall(f".//{SVG}a")]
    assert sorted(links) == sorted(n.url for n in nodes)
    titles = [t.text for t in root.findall(f".//{SVG}a/{SVG}title")]
    assert 'Bài số 0 & <b>"x"</b> — ASEAN' in titles
    assert 'Bài số 2 & <b>"x"</b>' in titles  # no topic, no dash
    for link in root.findall(f".//{SVG}a"):  # the visible label starts the link's name (its <title>)
        label = link.find(f"{SVG}text").text
        assert link.find(f"{SVG}title").text.startswith(label.removesuffix("…"))
    assert len(root.findall(f".//{SVG}line")) == 2  # edge to an unknown node dropped
    assert len(root.findall(f".//{SVG}text")) == 5
    assert "http" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "<script" not in page


def test_graph_large_has_no_labels_and_smaller_nodes_and_is_deterministic():
    nodes = _nodes(500)
    edges = [(f"k{i:03d}", f"k{(i * 7 + 1) % 500:03d}", 0.4) for i in range(500)]
    page = render_graph_page(nodes, edges)
    root = _svg(page)
    circles = root.findall(f".//{SVG}circle")
    assert len(circles) == 500
    assert not root.findall(f".//{SVG}text")
    small = float(_svg(render_graph_page(_nodes(5), [])).find(f".//{SVG}circle").get("r"))
    assert float(circles[0].get("r")) < small
    assert render_graph_page(list(reversed(nodes)), edges) == page
    for circle in circles:
        assert 0 <= float(circle.get("cx")) <= 960 and 0 <= float(circle.get("cy")) <= 640


def test_graph_is_a_group_of_links_not_an_image():
    """axe nested-interactive: no link inside role=img; edges are decoration."""
    root = _svg(render_graph_page(_nodes(5), [("k000", "k001", 0.6)]))
    assert root.get("role") == "group" and root.get("aria-label")
    assert not [e for e in root.iter() if e.get("role") == "img"]
    assert root.find(f"{SVG}g[@class='edges']").get("aria-hidden") == "true"
    # Named by their <title> (an aria-label would hide the visible label: label-content-name-mismatch).
    assert all(a.get("href") and a.find(f"{SVG}title").text for a in root.findall(f".//{SVG}a"))
    assert not [a for a in root.findall(f".//{SVG}a") if a.get("aria-label")]


def test_graph_labels_stay_readable_on_a_phone():
    """The picture keeps a minimum width (scrolling sideways): labels are >= 11 px on any screen."""
    page = render_graph_page(_nodes(5), [])
    root = _svg(page)
    assert f"min-width:{MIN_WIDTH}px" in root.get("style")
    assert ".seed-graph-wrap{overflow-x:auto}" in page  # the wrapper scrolls, the picture keeps its size
    sizes = {float(t.get("font-size")) for t in root.findall(f".//{SVG}text")}
    assert sizes == {LABEL_SIZE} and LABEL_SIZE * MIN_WIDTH / WIDTH >= 11


def test_graph_page_never_asks_to_hover():
    page = render_graph_page(_nodes(5), []).lower()
    assert "di chuột" not in page and "hover" not in page.replace("a:hover", "")


def test_graph_list_gives_each_article_and_its_related_articles():
    nodes = [
        GraphNode("a", "Ánh sáng", "../x/a/", "ASEAN", "x/a.md"),
        GraphNode("b", "Đối ngoại", "../x/b/", None, "x/b.md"),
        GraphNode("c", "Biên giới", "../x/c/", "ASEAN", "x/c.md"),
        GraphNode("d", "Em", "../x/d/", None, "x/d.md"),
    ]
    edges = [("a", "b", 0.2), ("a", "c", 0.9), ("b", "a", 0.5), ("c", "zz", 1.0)]
    page = render_graph_page(nodes, edges)
    listed = page[page.index(f"{{#{LIST_ID}}}") :]
    items = re.findall(r"^( *)- \[([^\]]+)\]\(([^)]+)\)", listed, flags=re.M)
    # A to Z in Vietnamese (Đ after B, before E); related ones under each, strongest first.
    assert [(indent, title) for indent, title, _ in items] == [
        ("", "Ánh sáng"),
        ("    ", "Biên giới"),
        ("    ", "Đối ngoại"),
        ("", "Biên giới"),
        ("    ", "Ánh sáng"),
        ("", "Đối ngoại"),
        ("    ", "Ánh sáng"),
        ("", "Em"),
    ]
    assert {target for *_, target in items} == {"x/a.md", "x/b.md", "x/c.md", "x/d.md"}  # Markdown links
    assert f"](#{LIST_ID})" in page  # the skip link from the map to the list
    html = markdown.markdown(page, extensions=["attr_list", "md_in_html"])
    assert f'id="{LIST_ID}"' in html and html.count("<ul>") >= 4


def test_graph_page_without_articles_says_so():
    page = render_graph_page([], [])
    assert "<svg" not in page and "Chưa có bài viết nào." in page


@pytest.mark.parametrize(
    ("source", "target", "directory_urls", "url"),
    [
        ("ban-do.md", "bai-viet/x.md", True, "../bai-viet/x/"),
        ("ban-do.md", "bai-viet/x.md", False, "bai-viet/x.html"),
        ("ban-do.md", "index.md", True, "../"),
        ("ban-do.md", "index.md", False, "index.html"),
        ("a/b.md", "a/c.md", True, "../c/"),
        ("a/index.md", "a/c.md", True, "c/"),
    ],
)
def test_raw_html_urls_follow_the_site_url_style(source, target, directory_urls, url):
    assert relative_url(source, target, directory_urls) == url


def test_page_url_matches_mkdocs():
    assert page_url("index.md") == "./" and page_url("a/index.md") == "a/"
    assert page_url("a/b.md") == "a/b/" and page_url("a/b.md", False) == "a/b.html"


# -- tags -----------------------------------------------------------------------------------------


def test_tag_slug_tells_plus_and_punctuation_apart():
    assert tag_slug("ADMM") == "admm" and tag_slug("ADMM+") == "admm-plus"
    assert tag_slug("ADSOM+") == "adsom-plus" and tag_slug("C++") == "c-plus-plus"
    assert tag_slug("Biên giới") == "biên-giới" and tag_slug("QĐND") == "qđnd"  # Material's default kept
    names = ["ADMM", "ADMM+", "A.B", "AB", "A/B", "C#", "C", "Hợp tác", "Hợp tác.", "+", "?"]
    slugs = [tag_slug(name) for name in names]
    assert len(set(slugs)) == len(slugs) and all(slugs), slugs
    assert tag_slug("Biên giới", "_") == "biên_giới"


class _Tag:
    def __init__(self, name: str) -> None:
        self.name = name


def test_tag_sort_key_is_vietnamese_order():
    names = ["USD", "Đối ngoại", "EU", "ADMM+", "Biên giới", "ADMM", "Ấn Độ", "Anh"]
    ordered = [t.name for t in sorted(map(_Tag, names), key=tag_sort_key)]
    assert ordered == ["ADMM", "ADMM+", "Anh", "Ấn Độ", "Biên giới", "Đối ngoại", "EU", "USD"]
    assert ordered == sorted(names, key=sort_key)
    assert tag_sort_key(_Tag("x"), object()) == tag_sort_key(_Tag("x"))  # listings pass (tag, tree)


def _config(tmp_path: Path, plugins: str):
    from mkdocs.config import load_config

    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: x\ntheme: {{name: material}}\nplugins:\n{plugins}", encoding="utf-8"
    )
    return load_config(str(tmp_path / "mkdocs.yml"))


def test_tags_plugin_gets_our_options_unless_the_site_chose(tmp_path: Path):
    config = _config(tmp_path, "  - tags\n")
    changed = configure_tags_plugins(config.plugins)
    tags = config.plugins["material/tags"].config
    assert sorted(changed) == [
        "material/tags.listings_tags_sort_by",
        "material/tags.tags_slugify",
        "material/tags.tags_sort_by",
    ]
    assert tags.tags_slugify is tag_slug and tags.listings_tags_sort_by is tag_sort_key
    chosen = _config(
        tmp_path, "  - tags:\n      tags_sort_by: !!python/name:material.plugins.tags.tag_name_casefold\n"
    )
    assert sorted(configure_tags_plugins(chosen.plugins)) == [
        "material/tags.listings_tags_sort_by",
        "material/tags.tags_slugify",
    ]
    assert chosen.plugins["material/tags"].config.tags_sort_by.__name__ == "tag_name_casefold"
    assert configure_tags_plugins(_config(tmp_path, "  - search\n").plugins) == []


# -- the built graph page in a browser ------------------------------------------------------------

AXE = Path(__file__).parent / "tools" / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def graph_browser(real_site: Path):
    from serving import chromium, serve_directory

    with serve_directory(real_site) as base, chromium() as browser:
        yield f"{base}ban-do/", browser


@pytest.fixture
def phone_page(graph_browser):
    """A fresh page of the graph on a 390 px wide phone."""
    url, browser = graph_browser
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = context.new_page()
    page.goto(url, wait_until="load")
    yield page
    context.close()


@pytest.mark.skipif(not AXE.is_file(), reason="axe-core not installed (scripts/test.sh installs it)")
def test_graph_has_no_link_nested_in_an_image(phone_page):
    phone_page.add_script_tag(path=str(AXE))
    result = phone_page.evaluate(
        """() => axe.run(document.querySelector('.seed-graph-wrap'), {runOnly: {type: 'rule',
             values: ['nested-interactive', 'svg-img-alt', 'link-name', 'role-img-alt']}})
           .then(r => ({violations: r.violations.map(v => v.id), passes: r.passes.map(p => p.id)}))"""
    )
    assert result["violations"] == [] and "link-name" in result["passes"], result


def test_graph_links_are_reached_by_keyboard(phone_page):
    names = phone_page.eval_on_selector_all(
        ".seed-graph a", "nodes => nodes.map(n => n.querySelector('title').textContent)"
    )
    assert names
    for name in names:  # a screen reader hears each as a link named by the article's title
        assert phone_page.get_by_role("link", name=name, exact=True).count() == 1, name
    reached = []
    for _ in range(80):
        phone_page.keyboard.press("Tab")
        name = phone_page.evaluate(
            "() => document.activeElement.closest('.seed-graph')"
            " && document.activeElement.querySelector('title').textContent"
        )
        if name:
            reached.append(name)
        if len(reached) == len(names):
            break
    assert sorted(reached) == sorted(names)
    # The focused node shows a ring (its circle's stroke grows).
    width = phone_page.evaluate(
        "() => getComputedStyle(document.activeElement.querySelector('circle')).strokeWidth"
    )
    assert float(width.removesuffix("px")) >= 4


def test_graph_labels_are_readable_on_a_phone(phone_page):
    heights = phone_page.eval_on_selector_all(
        ".seed-graph text", "nodes => nodes.map(n => n.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 11, heights
    # The map scrolls sideways inside its box; the page itself does not.
    assert phone_page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
    wrap = phone_page.eval_on_selector(".seed-graph-wrap", "n => [n.scrollWidth, n.clientWidth]")
    assert wrap[0] > wrap[1]
