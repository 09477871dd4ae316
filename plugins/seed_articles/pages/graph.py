"""The article graph page: an inline SVG drawn at build time, and the same as a list.

Nodes are articles (coloured by main topic, linking to the article), edges are
relations. The layout is a force-directed layout (Fruchterman-Reingold, numpy)
started from a fixed seed, so the same articles always give the same picture.
Nothing is loaded from elsewhere: no script, no font, no third-party host.

Accessibility: the SVG is a ``group`` (an ``img`` may not hold links), every
node is a focusable link named by its full title, edges are hidden from
assistive technology, the picture keeps a minimum width (a phone scrolls it
sideways rather than shrinking the labels to nothing), and a list below gives
every article with its related articles as ordinary Markdown links.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..text.escape import escape_attribute, escape_html_text, escape_inline
from ..text.vietnamese import sort_key
from .people import markdown_link

PAGE_TITLE = "Bản đồ bài viết"
INTRO = (
    "Mỗi chấm là một bài viết, màu theo chủ đề chính; đường nối hai bài có liên quan. "
    "Chọn một chấm để mở bài."
)
LIST_HEADING = "Danh sách bài viết và bài liên quan"
LIST_ID = "danh-sach"
LIST_INTRO = "Cùng nội dung với bản đồ: mỗi bài viết kèm các bài có liên quan với nó."
TO_LIST = "Xem dạng danh sách"
NO_RELATED = "chưa có bài liên quan"
NO_TOPIC = "Chủ đề khác"
WIDTH, HEIGHT, MARGIN = 960, 640, 40
# The SVG never shrinks below this width (CSS px): a narrow screen scrolls it sideways.
MIN_WIDTH = 640
LABEL_SIZE = 18  # viewBox units: 12 px at MIN_WIDTH, more on wider screens
LABEL_LIMIT = 30  # node labels only for graphs up to this size
FORCE_LAYOUT_LIMIT = 1000  # above this, a deterministic spiral (O(n) memory)
LAYOUT_SEED = 20241209
# Colour-blind-friendly palette (Okabe-Ito + Tol), cycled if topics outnumber it.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
    "#F0E442", "#332288", "#88CCEE", "#44AA99", "#882255", "#AA4499",
)  # fmt: skip
NO_TOPIC_COLOUR = "#9E9E9E"


@dataclass(frozen=True)
class GraphNode:
    key: str
    title: str
    url: str  # browser URL relative to the built graph page (raw SVG is not rewritten)
    topic: str | None = None  # main topic label
    target_md: str = ""  # Markdown link to the article's source page, for the list (url if empty)


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    score: float = 1.0
    same_story: bool = False


def _as_edge(edge) -> GraphEdge:
    if isinstance(edge, GraphEdge):
        return edge
    source, target, *rest = edge
    return GraphEdge(source, target, float(rest[0]) if rest else 1.0)


def force_layout(count: int, edges: Sequence[tuple[int, int, float]], iterations: int = 200):
    """Node positions in [0, 1]², Fruchterman-Reingold, deterministic."""
    if count == 0:
        return np.zeros((0, 2))
    if count == 1:
        return np.full((1, 2), 0.5)
    if count > FORCE_LAYOUT_LIMIT:
        return spiral_layout(count)
    rng = np.random.default_rng(LAYOUT_SEED)
    pos = rng.random((count, 2))
    k = 1.0 / np.sqrt(count)  # ideal edge length
    if edges:
        src = np.array([e[0] for e in edges])
        dst = np.array([e[1] for e in edges])
        weight = np.array([max(e[2], 0.05) for e in edges])
    temperature = 0.1
    cooling = temperature / (min(iterations, 80 if count > 200 else iterations) + 1)
    if count > 200:
        iterations = min(iterations, 80)  # O(n²) per step; big graphs settle sooner
    for _ in range(iterations):
        dx = pos[:, 0:1] - pos[:, 0]
        dy = pos[:, 1:2] - pos[:, 1]
        distance2 = np.maximum(dx * dx + dy * dy, 1e-8)
        np.fill_diagonal(distance2, np.inf)
        repulse = (k * k) / distance2  # FR repulsion k²/d along the unit vector
        displacement = np.column_stack(((dx * repulse).sum(axis=1), (dy * repulse).sum(axis=1)))
        if edges:
            d = pos[src] - pos[dst]
            length = np.maximum(np.linalg.norm(d, axis=1), 1e-4)
            pull = d * (length * weight / k)[:, None]
            np.add.at(displacement, src, -pull)
            np.add.at(displacement, dst, pull)
        # A weak pull to the centre keeps unconnected articles on the page.
        displacement += (0.5 - pos) * 0.05 * count**0.5
        norm = np.maximum(np.linalg.norm(displacement, axis=1), 1e-9)
        pos += displacement / norm[:, None] * np.minimum(norm, temperature)[:, None]
        temperature -= cooling
    return _normalise(pos)


def spiral_layout(count: int):
    """Sunflower spiral: even spacing for any number of nodes."""
    index = np.arange(count) + 0.5
    radius = np.sqrt(index / count) * 0.5
    angle = index * np.pi * (3 - np.sqrt(5))
    return np.column_stack((0.5 + radius * np.cos(angle), 0.5 + radius * np.sin(angle)))


def _normalise(pos):
    low, high = pos.min(axis=0), pos.max(axis=0)
    span = np.where(high - low > 1e-9, high - low, 1.0)
    return (pos - low) / span


def node_radius(count: int) -> float:
    """Large dots for a handful of articles, small ones for hundreds."""
    return float(np.clip(28 / np.sqrt(max(count, 1)), 3.0, 14.0))


def topic_colours(nodes: Sequence[GraphNode]) -> dict[str, str]:
    """Topic → colour, assigned in Vietnamese alphabetical order (stable across builds)."""
    topics = sorted({n.topic for n in nodes if n.topic}, key=sort_key)
    return {topic: PALETTE[i % len(PALETTE)] for i, topic in enumerate(topics)}


def _short(title: str, limit: int = 28) -> str:
    """The title cut to ``limit`` characters at a word boundary when there is one."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut.strip():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.:;–—-") + "…"


def _unique_edges(nodes: Sequence[GraphNode], edges: Iterable) -> dict[tuple[int, int], GraphEdge]:
    """Edges between known nodes (by index in ``nodes``), one per pair, strongest kept."""
    index = {n.key: i for i, n in enumerate(nodes)}
    unique: dict[tuple[int, int], GraphEdge] = {}
    for edge in map(_as_edge, edges):
        a, b = index.get(edge.source), index.get(edge.target)
        if a is None or b is None or a == b:
            continue
        pair = (min(a, b), max(a, b))
        if pair not in unique or edge.score > unique[pair].score:
            unique[pair] = edge
    return unique


# Scoped to the graph (an inline SVG's <style> applies to the whole document): the wrapper scrolls
# sideways when the screen is narrower than the picture; a visible focus ring on the dot.
SVG_STYLE = (
    ".seed-graph-wrap{overflow-x:auto}"
    ".seed-graph a:focus{outline:none}"
    ".seed-graph a:focus-visible circle{stroke:currentColor;stroke-width:4}"
    ".seed-graph a:focus-visible text,.seed-graph a:hover text{text-decoration:underline}"
)


def _node_name(node: GraphNode) -> str:
    return node.title + (f" — {node.topic}" if node.topic else "")


def render_graph_svg(nodes: Sequence[GraphNode], edges: Iterable) -> str:
    """The graph as one SVG element, on a single line block (no blank lines)."""
    nodes = sorted(nodes, key=lambda n: n.key)
    unique = _unique_edges(nodes, edges)
    pairs = sorted(unique)
    layout = force_layout(len(nodes), [(a, b, unique[(a, b)].score) for a, b in pairs])
    xy = MARGIN + layout * np.array([WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN])
    radius = node_radius(len(nodes))
    colours = topic_colours(nodes)
    show_labels = len(nodes) <= LABEL_LIMIT
    # role="group", not "img": an image's content is presentational, and these are links.
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="seed-graph" viewBox="0 0 {WIDTH} {HEIGHT}"'
        f' width="100%" role="group" aria-label="{escape_attribute(PAGE_TITLE)}"'
        f' style="width:100%;min-width:{MIN_WIDTH}px;height:auto">',
        f"<style>{SVG_STYLE}</style>",
        '<g class="edges" stroke="#888" stroke-linecap="round" aria-hidden="true">',
    ]
    for a, b in pairs:
        edge = unique[(a, b)]
        opacity = 0.25 + 0.6 * min(max(edge.score, 0.0), 1.0)
        width = 2.5 if edge.same_story else 1.2
        out.append(
            f'<line x1="{xy[a, 0]:.1f}" y1="{xy[a, 1]:.1f}" x2="{xy[b, 0]:.1f}" y2="{xy[b, 1]:.1f}"'
            f' stroke-width="{width}" stroke-opacity="{opacity:.2f}"/>'
        )
    out.append("</g>")
    out.append('<g class="nodes" stroke="#fff" stroke-width="1">')
    for i, node in enumerate(nodes):
        colour = colours.get(node.topic or "", NO_TOPIC_COLOUR)
        name = _node_name(node)
        # The <title> child names the link (full title and topic; the visible label is cut
        # short, and starts it) and is the tooltip. No aria-label: the name holds the label.
        parts = [
            f'<a href="{escape_attribute(node.url)}">',
            f"<title>{escape_html_text(name)}</title>",
            f'<circle cx="{xy[i, 0]:.1f}" cy="{xy[i, 1]:.1f}" r="{radius:.1f}" fill="{colour}"/>',
        ]
        if show_labels:
            anchor = "start" if xy[i, 0] < WIDTH / 2 else "end"
            dx = radius + 4 if anchor == "start" else -(radius + 4)
            parts.append(
                f'<text x="{xy[i, 0] + dx:.1f}" y="{xy[i, 1] + LABEL_SIZE / 3:.1f}" text-anchor="{anchor}"'
                f' font-size="{LABEL_SIZE}" fill="currentColor" stroke="none">'
                f"{escape_html_text(_short(node.title))}</text>"
            )
        parts.append("</a>")
        out.append("".join(parts))
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def _list_link(node: GraphNode) -> str:
    return markdown_link(node.title, node.target_md or node.url)


def render_graph_list(nodes: Sequence[GraphNode], edges: Iterable) -> list[str]:
    """Markdown lines: every article (A to Z) and, under it, its related articles (strongest first)."""
    nodes = sorted(nodes, key=lambda n: (sort_key(n.title), n.key))
    unique = _unique_edges(nodes, edges)
    related: dict[int, list[tuple[float, int]]] = {}
    for (a, b), edge in unique.items():
        related.setdefault(a, []).append((edge.score, b))
        related.setdefault(b, []).append((edge.score, a))
    lines = []
    for i, node in enumerate(nodes):
        line = f"- {_list_link(node)}"
        if node.topic:
            line += f" — {escape_inline(node.topic)}"
        neighbours = sorted(related.get(i, []), key=lambda item: (-item[0], item[1]))
        if not neighbours:
            line += f" ({escape_inline(NO_RELATED)})"
        lines.append(line)
        lines += [f"    - {_list_link(nodes[j])}" for _, j in neighbours]
    return lines


def render_graph_page(nodes: Sequence[GraphNode], edges: Iterable, title: str = PAGE_TITLE) -> str:
    """Markdown page holding the inline SVG graph, a colour legend and the same graph as a list."""
    lines = [f"# {escape_inline(title)}", ""]
    if not nodes:
        return "\n".join([*lines, "Chưa có bài viết nào.", ""])
    edges = list(edges)
    # A keyboard user can skip the map's links straight to the list.
    lines += [f"{escape_inline(INTRO)} [{escape_inline(TO_LIST)}](#{LIST_ID})", ""]
    # A block-level wrapper so Markdown passes the SVG through untouched; it scrolls sideways
    # when the screen is narrower than the picture's minimum width (SVG_STYLE).
    lines += [
        '<div class="seed-graph-wrap">',
        render_graph_svg(nodes, edges),
        "</div>",
        "",
    ]
    colours = topic_colours(nodes)
    legend = [(topic, colour) for topic, colour in colours.items()]
    if any(not n.topic for n in nodes):
        legend.append((NO_TOPIC, NO_TOPIC_COLOUR))
    items = "".join(
        f'<li><span aria-hidden="true" style="display:inline-block;width:0.8em;height:0.8em;'
        f'border-radius:50%;background:{colour};margin-right:0.4em"></span>{escape_html_text(topic)}</li>'
        for topic, colour in legend
    )
    lines += [f'<ul class="seed-graph-legend" aria-label="Chú thích màu">{items}</ul>', ""]
    lines += [f"## {escape_inline(LIST_HEADING)} {{#{LIST_ID}}}", "", escape_inline(LIST_INTRO), ""]
    lines += [*render_graph_list(nodes, edges), ""]
    return "\n".join(lines)
