"""Render one parsed article, with what the enrichment stages found, as Markdown.

The output starts with a YAML front-matter block and contains only escaped
seed text plus markup we generate ourselves, so it can be read, diffed or
built by another generator (``python -m seed_articles export``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml

from ..model import ArticleDate, Block, ParsedArticle
from ..text.escape import escape_block, escape_inline, escape_leading, link_label
from ..text.slugs import heading_slug
from ..text.vietnamese import syllables
from .vietnamese_dates import format_date_vi

# Vietnamese prose reads at roughly 200-250 syllables a minute.
SYLLABLES_PER_MINUTE = 220

#: Returns inline markup spans ``(start, end, markup)`` for a plain text.
SpanFinder = Callable[[str], list[tuple[int, int, str]]]


@dataclass(frozen=True)
class RelatedLink:
    """A link to another article, and why it is related."""

    target_md: str  # path of the target page relative to this page, e.g. "other.md"
    url: str  # site-relative URL of the target, for front matter and feeds
    title: str
    date: ArticleDate | None
    source: str | None
    shared_terms: tuple[str, ...] = ()
    same_story: bool = False


@dataclass
class ArticleContext:
    """Everything about an article that is not in its own text."""

    url: str  # site-relative URL, e.g. "bai-viet/slug/"
    seed_url: str | None = None  # link to the raw seed in the repository
    tags: list[str] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    previous: RelatedLink | None = None
    next: RelatedLink | None = None
    people_links: list[tuple[str, str]] = field(default_factory=list)  # (name, md link)


def word_count(article: ParsedArticle) -> int:
    return len(syllables(article.body_text()))


def reading_minutes(words: int) -> int:
    return max(1, math.ceil(words / SYLLABLES_PER_MINUTE))


def front_matter(article: ParsedArticle, context: ArticleContext) -> dict:
    """Front-matter mapping: English keys, values as in the article."""
    words = word_count(article)
    meta: dict = {"title": article.title}
    if article.title_derived:
        meta["title_source"] = "derived"  # no headline in the text: the title was made from the lead
    if article.date is not None:
        meta["date"] = article.date.iso()
        meta["date_precision"] = article.date.precision
        if article.date.inferred:
            meta["date_inferred"] = list(article.date.inferred)
    meta["authors"] = list(article.authors)
    if article.source:
        meta["source"] = article.source
    if article.category:
        meta["category"] = article.category
    meta["summary"] = article.summary
    meta["tags"] = list(context.tags)
    meta["abbreviations"] = list(context.abbreviations)
    if context.people:
        meta["people"] = list(context.people)
    meta["related"] = [link.url for link in context.related]
    meta["seed"] = article.seed
    meta["words"] = words
    meta["reading_time"] = reading_minutes(words)
    # Sidecar overrides are already in the typed article (parsing.apply_overrides, and
    # ParsedArticle.summary / tags_override): nothing is applied a second time here.
    return meta


# libyaml's emitter when PyYAML has it: the pure-Python one dominated large builds.
_SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump_front_matter(meta: dict) -> str:
    body = yaml.dump(
        meta, Dumper=_SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False
    )
    return f"---\n{body}---\n"


def _inline(text: str, find_spans: SpanFinder | None) -> str:
    """Escape ``text`` and insert generated markup (e.g. abbreviations) at spans."""
    if not find_spans:
        return escape_block(text)
    spans = sorted(find_spans(text))
    if not spans:
        return escape_block(text)
    parts: list[str] = []
    cursor = 0
    for start, end, markup in spans:
        if start < cursor:
            continue  # overlapping span: the earlier one wins
        parts.append(escape_inline(text[cursor:start]))
        parts.append(markup)
        cursor = end
    parts.append(escape_inline(text[cursor:]))
    return escape_leading("".join(parts))


class HeadingIds:
    """Explicit, unique heading anchors for one page.

    Written into the Markdown (``## Đối ngoại {#doi-ngoai}``) so every generator
    that reads the exported pages keeps the same anchors, ``Đ`` included.
    """

    def __init__(self) -> None:
        self.used: set[str] = set()

    def heading(self, level: int, text: str, searchable: bool = True) -> str:
        base = heading_slug(text) or "muc"
        anchor, number = base, 1
        while anchor in self.used:
            number += 1
            anchor = f"{base}-{number}"
        self.used.add(anchor)
        # Material's search leaves out sections marked data-search-exclude.
        extra = "" if searchable else " data-search-exclude"
        return f"{'#' * level} {escape_block(text)} {{#{anchor}{extra}}}"


def _render_block(block: Block, find_spans: SpanFinder | None, ids: HeadingIds) -> str:
    if block.kind == "heading":
        return ids.heading(2, block.text)
    if block.kind == "list":
        return "\n".join(f"- {_inline(item, find_spans)}" for item in block.items)
    if block.kind == "quote":
        return f"> {_inline(block.text, find_spans)}"
    if block.kind == "figure":
        # The scraped text holds only the image's file name, not the image: the reader
        # gets the caption; a file name ("picture1.png") tells a reader nothing.
        if not block.text:
            return ""
        return (
            '<figure class="seed-figure" markdown>\n'
            f"<figcaption markdown>{_inline(block.text, find_spans)}</figcaption>\n"
            "</figure>"
        )
    return _inline(block.text, find_spans)


def _link_line(link: RelatedLink) -> str:
    details = [part for part in (format_date_vi(link.date), link.source) if part]
    line = f"[{link_label(link.title)}]({link.target_md})"
    if details:
        line += f" — {escape_inline(' · '.join(details))}"
    if link.shared_terms:
        terms = ", ".join(link.shared_terms)
        line += f"  \n<small>Cùng nói về: {escape_inline(terms)}</small>"
    return f"- {line}"


def render_article(
    article: ParsedArticle,
    context: ArticleContext,
    meta: dict,
    find_spans: SpanFinder | None = None,
) -> str:
    """Markdown page for one article: ``meta`` (see :func:`front_matter`) as front matter, then the body."""
    out: list[str] = [dump_front_matter(meta)]
    ids = HeadingIds()
    out.append(ids.heading(1, article.title) + "\n")
    byline = [
        part for part in (format_date_vi(article.date), ", ".join(article.authors), article.source) if part
    ]
    if byline:
        out.append(f'<p class="seed-byline" markdown>{escape_inline(" · ".join(byline))}</p>\n')
    if article.lead:
        out.append(f'<p class="seed-lead" markdown>{_inline(article.lead, find_spans)}</p>\n')
    for block in article.blocks:
        rendered = _render_block(block, find_spans, ids)
        if rendered:  # a figure without a caption has nothing to show
            out.append(rendered + "\n")
    if context.people_links:
        people = ", ".join(f"[{link_label(name)}]({target})" for name, target in context.people_links)
        out.append(f"**Nhân vật:** {people}\n")
    same_story = [link for link in context.related if link.same_story]
    others = [link for link in context.related if not link.same_story]
    if same_story:
        out.append(ids.heading(2, "Cùng sự kiện", searchable=False) + "\n")
        out.append("Các bài khác đưa tin về cùng sự kiện này:\n")
        out.append("\n".join(_link_line(link) for link in same_story) + "\n")
    if others:
        out.append(ids.heading(2, "Bài viết liên quan", searchable=False) + "\n")
        out.append("\n".join(_link_line(link) for link in others) + "\n")
    # The page's only previous/next pair, in date order (the plugin drops the theme's, file order).
    nav = []
    if context.previous:
        nav.append(
            f"← Bài trước: [{link_label(context.previous.title)}]({context.previous.target_md}){{rel=prev}}"
        )
    if context.next:
        nav.append(f"Bài sau: [{link_label(context.next.title)}]({context.next.target_md}){{rel=next}} →")
    if nav:
        out.append(
            '<nav class="seed-timeline-nav" aria-label="Bài trước, bài sau" markdown>\n'
            + "  \n".join(nav)
            + "\n</nav>\n"
        )
    if context.seed_url:
        out.append(f'<p class="seed-source-link" markdown>[Xem văn bản gốc]({context.seed_url})</p>\n')
    return "\n".join(out)
