"""The article graph page: an inline SVG drawn at build time.

Nodes are articles (coloured by main topic, linking to the article, title
as tooltip), edges are relations. The layout is a force-directed layout
(Fruchterman-Reingold, numpy) started from a fixed seed, so the same
articles always give the same picture. Nothing is loaded from elsewhere:
no script, no font, no third-party host.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..render.escape import escape_attribute, escape_html_text, escape_inline
from ..text.vietnamese import sort_key

PAGE_TITLE = "Bản đồ bài viết"
INTRO = (
    "Mỗi chấm là một bài viết, màu theo chủ đề chính; đường nối hai bài có liên quan. "
    "Di chuột lên chấm để xem tiêu đề, bấm để mở bài."
)
NO_TOPIC = "Chủ đề khác"
WIDTH, HEIGHT, MARGIN = 960, 640, 40
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
    url: str  # relative URL from the graph page
    topic: str | None = None  # main topic label


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
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def render_graph_svg(nodes: Sequence[GraphNode], edges: Iterable) -> str:
    """The graph as one SVG element, on a single line block (no blank lines)."""
    nodes = sorted(nodes, key=lambda n: n.key)
    index = {n.key: i for i, n in enumerate(nodes)}
    unique: dict[tuple[int, int], GraphEdge] = {}
    for edge in map(_as_edge, edges):
        a, b = index.get(edge.source), index.get(edge.target)
        if a is None or b is None or a == b:
            continue
        pair = (min(a, b), max(a, b))
        if pair not in unique or edge.score > unique[pair].score:
            unique[pair] = edge
    pairs = sorted(unique)
    layout = force_layout(len(nodes), [(a, b, unique[(a, b)].score) for a, b in pairs])
    xy = MARGIN + layout * np.array([WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN])
    radius = node_radius(len(nodes))
    colours = topic_colours(nodes)
    show_labels = len(nodes) <= LABEL_LIMIT
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="seed-graph" viewBox="0 0 {WIDTH} {HEIGHT}"'
        f' width="100%" role="img" aria-label="{escape_attribute(PAGE_TITLE)}"'
        ' style="max-width:100%;height:auto">',
        f"<title>{escape_html_text(PAGE_TITLE)}</title>",
        '<g class="edges" stroke="#888" stroke-linecap="round">',
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
        tooltip = node.title + (f" — {node.topic}" if node.topic else "")
        parts = [
            f'<a href="{escape_attribute(node.url)}">',
            f"<title>{escape_html_text(tooltip)}</title>",
            f'<circle cx="{xy[i, 0]:.1f}" cy="{xy[i, 1]:.1f}" r="{radius:.1f}" fill="{colour}"/>',
        ]
        if show_labels:
            anchor = "start" if xy[i, 0] < WIDTH / 2 else "end"
            dx = radius + 4 if anchor == "start" else -(radius + 4)
            parts.append(
                f'<text x="{xy[i, 0] + dx:.1f}" y="{xy[i, 1] + 4:.1f}" text-anchor="{anchor}"'
                f' font-size="13" fill="currentColor" stroke="none">'
                f"{escape_html_text(_short(node.title))}</text>"
            )
        parts.append("</a>")
        out.append("".join(parts))
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def render_graph_page(nodes: Sequence[GraphNode], edges: Iterable, title: str = PAGE_TITLE) -> str:
    """Markdown page holding the inline SVG graph and a colour legend."""
    lines = [f"# {escape_inline(title)}", "", escape_inline(INTRO), ""]
    if not nodes:
        return "\n".join([*lines, "Chưa có bài viết nào.", ""])
    # A block-level wrapper so Markdown passes the SVG through untouched.
    lines += ['<div class="seed-graph-wrap">', render_graph_svg(nodes, edges), "</div>", ""]
    colours = topic_colours(nodes)
    legend = [(topic, colour) for topic, colour in colours.items()]
    if any(not n.topic for n in nodes):
        legend.append((NO_TOPIC, NO_TOPIC_COLOUR))
    items = "".join(
        f'<li><span style="display:inline-block;width:0.8em;height:0.8em;border-radius:50%;'
        f'background:{colour};margin-right:0.4em"></span>{escape_html_text(topic)}</li>'
        for topic, colour in legend
    )
    lines += [f'<ul class="seed-graph-legend">{items}</ul>', ""]
    return "\n".join(lines)
