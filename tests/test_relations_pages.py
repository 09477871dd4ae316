"""Timeline, previous/next and graph pages."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from seed_articles.pages.graph import GraphEdge, GraphNode, render_graph_page
from seed_articles.pages.timeline import TimelineArticle, prev_next, render_timeline_page

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
