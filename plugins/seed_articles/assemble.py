"""Enrichment and rendering stages of the pipeline.

Takes the parsed articles of a :class:`~seed_articles.pipeline.SiteBuild`,
adds what needs the whole corpus (glossary, relations, topics, people,
timeline) and renders every page's Markdown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .build.article_cache import ArticleCache
from .build.glossary_stage import GlossaryCache, GlossaryResult, run_glossary_stage
from .build.relations_stage import RelationsCache, RelationsResult, run_relations_stage
from .logs import get_logger
from .model import ParsedArticle
from .pages.glossary import render_glossary_page
from .pages.graph import GraphEdge, GraphNode, render_graph_page
from .pages.people import render_people_page
from .pages.timeline import TimelineArticle, prev_next, render_timeline_page
from .render.article import ArticleContext, RelatedLink, front_matter, render_article
from .render.links import relative_md, relative_url
from .text.escape import file_url
from .text.vietnamese import sort_key

if TYPE_CHECKING:
    from .build.types import ArticleRecord, Settings, SiteBuild

log = get_logger(__name__)

# The corpus map stays readable (and the page small) up to about this many nodes.
MAX_GRAPH_NODES = 500

UNDEFINED_LOG_LEVELS = {"ignore": None, "info": logging.INFO, "warning": logging.WARNING}


@dataclass
class StageCache:
    """Per-stage results kept between builds (``mkdocs serve`` rebuilds)."""

    glossary: GlossaryCache = field(default_factory=GlossaryCache)
    relations: RelationsCache = field(default_factory=RelationsCache)
    rendered: ArticleCache[tuple[dict, str]] = field(default_factory=ArticleCache)

    def render_all(self, jobs: list[RenderJob], glossary: GlossaryResult) -> list[tuple[dict, str]]:
        """Front matter and Markdown of each article page.

        A page is rendered again only when its article, its context or the
        glossary changed; the rest render on every core.
        """
        return self.rendered.compute(
            [job.article for job in jobs],
            [job.inputs(glossary) for job in jobs],
            _render_batch,
            (jobs, glossary),
            RENDER_BATCH,
            RENDER_PARALLEL_PAGES,
        )


# Pages rendered per task, and from how many pages worker processes share the work.
RENDER_BATCH = 100
RENDER_PARALLEL_PAGES = 300


@dataclass
class RenderJob:
    """One article page to render."""

    article: ParsedArticle
    context: ArticleContext
    glossary_link: str  # relative link from the page to the glossary page

    def inputs(self, glossary: GlossaryResult) -> str:
        """Everything besides the article that the page shows, as text to compare."""
        return f"{glossary.version}\0{self.glossary_link}\0{self.context!r}"


def _render_batch(shared: tuple[list[RenderJob], GlossaryResult], batch: list[int]) -> list[tuple[dict, str]]:
    jobs, glossary = shared
    rendered = []
    for number in batch:
        job = jobs[number]
        meta = front_matter(job.article, job.context)
        spans = glossary.span_finder(job.article.seed, job.glossary_link)
        rendered.append((meta, render_article(job.article, job.context, meta, spans)))
    return rendered


def newest_first(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Dated articles newest first, then undated ones; ties by title, then seed path."""
    dated = [r for r in records if r.parsed.timeline_date is not None]
    undated = [r for r in records if r.parsed.timeline_date is None]
    dated.sort(key=lambda r: (sort_key(r.parsed.title), r.parsed.seed))
    dated.sort(key=lambda r: r.parsed.date.sort_tuple(), reverse=True)
    undated.sort(key=lambda r: (sort_key(r.parsed.title), r.parsed.seed))
    return dated + undated


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
        log.log(
            level,
            "Abbreviation %s is not in the glossary (used in %s); add it to the glossary file",
            surface,
            shown,
        )


def assemble_site(build: SiteBuild, settings: Settings, cache: StageCache) -> None:
    """Fill ``build.pages`` with the Markdown of every generated page."""
    from .build.types import GLOSSARY_PAGE, GRAPH_PAGE, PEOPLE_PAGE, TIMELINE_PAGE

    ordered = newest_first(build.articles)
    build.articles = ordered
    parsed = [record.parsed for record in ordered]
    by_seed = {record.parsed.seed: record for record in ordered}

    glossary = run_glossary_stage(parsed, settings.glossary_file, cache.glossary)
    build.glossary_expansions = glossary.expansions()
    log_undefined(glossary.undefined, settings.undefined_abbreviations)
    abbreviations = {seed: found.keys for seed, found in glossary.per_article.items()}
    relations = run_relations_stage(
        parsed, abbreviations, settings.related_count, settings.topics_file, cache.relations
    )
    timeline = [
        TimelineArticle(
            r.parsed.seed,
            r.parsed.title,
            relative_md(TIMELINE_PAGE, r.src_uri),
            r.parsed.timeline_date.sort_tuple() if r.parsed.timeline_date else None,
        )
        for r in ordered
    ]
    neighbours = prev_next(timeline)

    usage: dict[str, list[tuple[str, str]]] = {}
    jobs: list[RenderJob] = []
    for record in ordered:
        article = record.parsed
        src = record.src_uri
        used = abbreviations[article.seed]
        for key in used:
            usage.setdefault(key, []).append((article.title, relative_md(GLOSSARY_PAGE, src)))
        people = relations.people_by_article.get(article.seed, [])
        around = neighbours.get(article.seed)
        context = ArticleContext(
            url=record.url,
            seed_url=file_url(settings.seed_url_base, article.seed) if settings.seed_url_base else None,
            abbreviations=used,
            tags=article.tags_override
            if article.tags_override is not None
            else list(dict.fromkeys([*relations.topics.get(article.seed, []), *used])),
            people=[person.name for person in people],
            people_links=[(p.name, f"{relative_md(src, PEOPLE_PAGE)}#{p.id}") for p in people],
            related=[
                link_to(
                    by_seed[rel.target], src, shared_terms=tuple(rel.shared_terms), same_story=rel.same_story
                )
                for rel in relations.related.get(article.seed, [])
            ],
            previous=link_to(by_seed[around.previous], src) if around and around.previous else None,
            next=link_to(by_seed[around.next], src) if around and around.next else None,
        )
        jobs.append(RenderJob(article, context, relative_md(src, GLOSSARY_PAGE)))
    for record, (meta, markdown) in zip(ordered, cache.render_all(jobs, glossary), strict=True):
        record.meta, record.markdown = meta, markdown
        build.pages[record.src_uri] = markdown
    # The glossary explains the abbreviations the articles use; curated entries no article
    # uses stay in the data (tooltips, search) but would only pad the page.
    build.pages[GLOSSARY_PAGE] = render_glossary_page(glossary.glossary, usage, only_used=True)
    build.pages[PEOPLE_PAGE] = render_people_page(
        relations.people,
        {r.parsed.seed: (r.parsed.title, relative_md(PEOPLE_PAGE, r.src_uri)) for r in ordered},
    )
    build.pages[TIMELINE_PAGE] = render_timeline_page(timeline)
    build.pages[GRAPH_PAGE] = render_graph(ordered, relations, GRAPH_PAGE, settings.directory_urls)


def render_graph(
    ordered: list[ArticleRecord], relations: RelationsResult, page: str, directory_urls: bool = True
) -> str:
    """The corpus map: the newest articles (a readable number) and their relations."""
    shown = ordered[:MAX_GRAPH_NODES]
    keys = {record.parsed.seed for record in shown}
    nodes = [
        GraphNode(
            r.parsed.seed,
            r.parsed.title,
            relative_url(page, r.src_uri, directory_urls),
            relations.main_topic(r.parsed.seed),
            target_md=relative_md(page, r.src_uri),
        )
        for r in shown
    ]
    edges = sorted(
        {
            tuple(sorted((seed, rel.target))) + (round(rel.score, 4), rel.same_story)
            for seed in keys
            for rel in relations.related.get(seed, [])
            if rel.target in keys
        }
    )
    return render_graph_page(nodes, [GraphEdge(a, b, score, same) for a, b, score, same in edges])
