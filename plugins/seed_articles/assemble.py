"""Enrichment and rendering stages of the pipeline.

Takes the parsed articles of a :class:`~seed_articles.pipeline.SiteBuild`,
adds what needs the whole corpus (glossary, relations, topics, people,
timeline) and renders every page's Markdown.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from .render.article import ArticleContext, RelatedLink, render_article
from .text.vietnamese import sort_key

if TYPE_CHECKING:
    from .pipeline import ArticleRecord, Settings, SiteBuild


def newest_first(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Dated articles newest first, then undated ones; ties by title, then seed path."""
    dated = [r for r in records if r.parsed.date is not None]
    undated = [r for r in records if r.parsed.date is None]
    dated.sort(key=lambda r: (sort_key(r.parsed.title), r.parsed.seed))
    dated.sort(key=lambda r: r.parsed.date.sort_tuple(), reverse=True)
    undated.sort(key=lambda r: (sort_key(r.parsed.title), r.parsed.seed))
    return dated + undated


def relative_md(from_src: str, to_src: str) -> str:
    """Relative link between two source files, as MkDocs expects in Markdown."""
    return posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")


def link_to(record: ArticleRecord, from_src: str, **extra) -> RelatedLink:
    return RelatedLink(
        target_md=relative_md(from_src, record.src_uri),
        url=record.url,
        title=record.parsed.title,
        date=record.parsed.date,
        source=record.parsed.source,
        **extra,
    )


def assemble_site(build: SiteBuild, settings: Settings) -> None:
    """Fill ``build.pages`` with the Markdown of every generated page."""
    ordered = newest_first(build.articles)
    build.articles = ordered
    for index, record in enumerate(ordered):
        newer = ordered[index - 1] if index > 0 and ordered[index - 1].parsed.date else None
        older = (
            ordered[index + 1]
            if index + 1 < len(ordered) and ordered[index + 1].parsed.date and record.parsed.date
            else None
        )
        seed_url = f"{settings.seed_url_base}{record.parsed.seed}" if settings.seed_url_base else None
        context = ArticleContext(
            url=record.url,
            seed_url=seed_url,
            previous=link_to(older, record.src_uri) if older else None,
            next=link_to(newer, record.src_uri) if newer else None,
        )
        record.markdown = render_article(record.parsed, context)
        build.pages[record.src_uri] = record.markdown
