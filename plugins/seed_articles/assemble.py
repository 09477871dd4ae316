"""Enrichment and rendering stages of the pipeline.

Takes the parsed articles of a :class:`~seed_articles.pipeline.SiteBuild`,
adds what needs the whole corpus (glossary, relations, topics, people,
timeline) and renders every page's Markdown.
"""

from __future__ import annotations

import logging
import posixpath
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .glossary import render_glossary_page
from .glossary_stage import GlossaryCache, run_glossary_stage
from .render.article import ArticleContext, RelatedLink, front_matter, render_article
from .text.vietnamese import sort_key

if TYPE_CHECKING:
    from .pipeline import ArticleRecord, Settings, SiteBuild

log = logging.getLogger("mkdocs.plugins.seed_articles")

UNDEFINED_LOG_LEVELS = {"ignore": None, "info": logging.INFO, "warning": logging.WARNING}


@dataclass
class StageCache:
    """Per-stage results kept between builds (``mkdocs serve`` rebuilds)."""

    glossary: GlossaryCache = field(default_factory=GlossaryCache)


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


def log_undefined(undefined: dict[str, list[str]], level_name: str) -> None:
    level = UNDEFINED_LOG_LEVELS.get(level_name)
    if level is None:
        return
    for surface, seeds in undefined.items():
        shown = ", ".join(seeds[:3]) + (f" and {len(seeds) - 3} more" if len(seeds) > 3 else "")
        log.log(level, "Abbreviation %s is not in the glossary (used in %s); add it to the glossary file", surface, shown)


def assemble_site(build: SiteBuild, settings: Settings, cache: StageCache) -> None:
    """Fill ``build.pages`` with the Markdown of every generated page."""
    from .pipeline import GLOSSARY_PAGE

    ordered = newest_first(build.articles)
    build.articles = ordered
    parsed = [record.parsed for record in ordered]

    glossary = run_glossary_stage(parsed, settings.glossary_file, cache.glossary)
    build.glossary_expansions = glossary.expansions()
    log_undefined(glossary.undefined, settings.undefined_abbreviations)

    usage: dict[str, list[tuple[str, str]]] = {}
    for index, record in enumerate(ordered):
        article = record.parsed
        newer = ordered[index - 1] if index > 0 and ordered[index - 1].parsed.date else None
        older = (
            ordered[index + 1]
            if index + 1 < len(ordered) and ordered[index + 1].parsed.date and article.date
            else None
        )
        abbreviations = glossary.per_article[article.seed].keys
        for key in abbreviations:
            usage.setdefault(key, []).append((article.title, relative_md(GLOSSARY_PAGE, record.src_uri)))
        context = ArticleContext(
            url=record.url,
            seed_url=f"{settings.seed_url_base}{article.seed}" if settings.seed_url_base else None,
            abbreviations=abbreviations,
            tags=list(abbreviations),
            previous=link_to(older, record.src_uri) if older else None,
            next=link_to(newer, record.src_uri) if newer else None,
        )
        find_spans = glossary.span_finder(article.seed, relative_md(record.src_uri, GLOSSARY_PAGE))
        record.meta = front_matter(article, context)
        record.markdown = render_article(article, context, record.meta, find_spans)
        build.pages[record.src_uri] = record.markdown
    build.pages[GLOSSARY_PAGE] = render_glossary_page(glossary.glossary, usage)
