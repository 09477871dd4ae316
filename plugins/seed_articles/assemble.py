"""Enrichment and rendering stages of the pipeline.

Takes the parsed articles of a :class:`~seed_articles.pipeline.SiteBuild`,
adds what needs the whole corpus (glossary, relations, topics, people,
timeline) and renders every page's Markdown.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .build.article_cache import ArticleCache
from .build.glossary_stage import GlossaryCache, GlossaryResult, article_key, run_glossary_stage
from .build.relations_stage import RelationsCache, RelationsResult, run_relations_stage
from .build.value_key import value_key
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
    """Per-stage results kept between builds (``mkdocs serve`` rebuilds, and on disk)."""

    glossary: GlossaryCache = field(default_factory=GlossaryCache)
    relations: RelationsCache = field(default_factory=RelationsCache)
    rendered: ArticleCache[tuple[dict, str]] = field(default_factory=ArticleCache)
    # index page (or other corpus-wide result) → (digest of its inputs, the result)
    pages: dict[str, tuple[str, Any]] = field(default_factory=dict)

    def render_all(self, jobs: list[RenderJob], glossary: GlossaryResult) -> list[tuple[dict, str]]:
        """Front matter and Markdown of each article page.

        A page is rendered again only when its key changed (its article, its
        context or the glossary); the rest render on every core.
        """
        return self.rendered.compute(
            [job.article.seed for job in jobs],
            [job.key for job in jobs],
            _render_batch,
            (jobs, glossary),
            RENDER_BATCH,
            RENDER_PARALLEL_PAGES,
        )

    def reuse(self, name: str, inputs: tuple, compute: Callable[[], Any]) -> Any:
        """A corpus-wide result (an index page), computed again only when ``inputs`` (plain values) changed."""
        key = value_key(*inputs)
        cached = self.pages.get(name)
        if key is not None and cached is not None and cached[0] == key:
            return cached[1]
        result = compute()
        if key is not None:
            self.pages[name] = (key, result)
        return result


# A link target whose digest could not be made (see ``target`` in :func:`assemble_site`).
_UNKEYED = "<unkeyed>"

# Pages rendered per task, and from how many pages worker processes share the work.
RENDER_BATCH = 100
RENDER_PARALLEL_PAGES = 300


@dataclass
class RenderJob:
    """One article page to render."""

    article: ParsedArticle
    key: str | None  # digest of everything the page is made from (None: never reused)
    glossary_link: str  # relative link from the page to the glossary page
    context: ArticleContext | None = None  # made only when the page is rendered


class PageKeys:
    """Digests of plain values for the render cache's keys: :func:`value_key`'s bytes, made quicker.

    One pickler (fast mode: no memo, so equal values give equal bytes) and one
    buffer serve every key of a build, and what a link shows of an article
    (:func:`assemble_site`'s ``target``) is digested once per article, then
    stands for it in the key of every page that links to it.
    """

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self._pickler = pickle.Pickler(self._buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self._pickler.fast = True

    def __call__(self, *values: Any) -> str | None:
        """``value_key(*values)``: the same digest, or None for a value that cannot be pickled."""
        buffer = self._buffer
        buffer.seek(0)
        buffer.truncate()
        try:
            self._pickler.dump(values)
        except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
            return None
        return hashlib.sha256(buffer.getbuffer()).hexdigest()


def _render_batch(shared: tuple[list[RenderJob], GlossaryResult], batch: list[int]) -> list[tuple[dict, str]]:
    jobs, glossary = shared
    rendered = []
    for number in batch:
        job = jobs[number]
        assert job.context is not None  # made for every page that is rendered
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
    # What this reads of the target is in the page key too (``target`` in assemble_site).
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


def assemble_site(
    build: SiteBuild, settings: Settings, cache: StageCache, article_keys: dict[str, str] | None = None
) -> None:
    """Fill ``build.pages`` with the Markdown of every generated page.

    ``article_keys`` (seed → parse key) name each article's content, for the caches.
    """
    from .build.types import GLOSSARY_PAGE, GRAPH_PAGE, PEOPLE_PAGE, TIMELINE_PAGE

    ordered = newest_first(build.articles)
    build.articles = ordered
    parsed = [record.parsed for record in ordered]
    by_seed = {record.parsed.seed: record for record in ordered}

    glossary = run_glossary_stage(parsed, settings.glossary_file, cache.glossary, article_keys)
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

    digest = PageKeys()
    shown: dict[str, str] = {}

    def target(seed: str | None) -> str | None:
        """A digest of what a link to an article shows of it (what :func:`link_to` reads).

        ``_UNKEYED`` when that cannot be digested: the linking page's key is None then.
        """
        if seed is None:
            return None
        if seed not in shown:
            found = by_seed[seed].parsed
            date = tuple(vars(found.date).values()) if found.date is not None else None
            made = digest(found.title, date, found.source, by_seed[seed].src_uri, by_seed[seed].url)
            shown[seed] = _UNKEYED if made is None else made
        return shown[seed]

    for record in ordered:
        article = record.parsed
        src = record.src_uri
        used = abbreviations[article.seed]
        for key in used:
            usage.setdefault(key, []).append((article.title, relative_md(GLOSSARY_PAGE, src)))
        people = relations.people_by_article.get(article.seed, [])
        around = neighbours.get(article.seed)
        related = relations.related.get(article.seed, [])
        seed_url = file_url(settings.seed_url_base, article.seed) if settings.seed_url_base else None
        tags = (
            article.tags_override
            if article.tags_override is not None
            else list(dict.fromkeys([*relations.topics.get(article.seed, []), *used]))
        )
        glossary_link = relative_md(src, GLOSSARY_PAGE)
        own = article_key(article, article_keys)
        # Every input of the context below, as plain values (pickled for the key: quicker than
        # their repr), the linked articles by the digest of what the links show of them.
        # A new input of the context must join this key, or an old page would be kept.
        inputs = (
            own,
            glossary.version,
            glossary_link,
            src,
            record.url,
            seed_url,
            used,
            tags,
            [(p.name, p.id) for p in people],
            [(target(rel.target), tuple(rel.shared_terms), rel.same_story) for rel in related],
            target(around.previous if around else None),
            target(around.next if around else None),
        )
        linked = [entry[0] for entry in inputs[-3]]
        unkeyed = _UNKEYED in linked or _UNKEYED in inputs[-2:]
        key = digest(*inputs) if own is not None and not unkeyed else None
        job = RenderJob(article, key, glossary_link)
        jobs.append(job)
        if cache.rendered.holds(article.seed, key):
            continue
        job.context = ArticleContext(
            url=record.url,
            seed_url=seed_url,
            abbreviations=used,
            tags=tags,
            people=[person.name for person in people],
            people_links=[(p.name, f"{relative_md(src, PEOPLE_PAGE)}#{p.id}") for p in people],
            related=[
                link_to(
                    by_seed[rel.target], src, shared_terms=tuple(rel.shared_terms), same_story=rel.same_story
                )
                for rel in related
            ],
            previous=link_to(by_seed[around.previous], src) if around and around.previous else None,
            next=link_to(by_seed[around.next], src) if around and around.next else None,
        )
    for record, (meta, markdown) in zip(ordered, cache.render_all(jobs, glossary), strict=True):
        record.meta, record.markdown = meta, markdown
        build.pages[record.src_uri] = markdown
    # The glossary explains the abbreviations the articles use; curated entries no article
    # uses stay in the data (tooltips, search) but would only pad the page.
    build.pages[GLOSSARY_PAGE] = cache.reuse(
        GLOSSARY_PAGE,
        (glossary.version, usage),
        lambda: render_glossary_page(glossary.glossary, usage, only_used=True),
    )
    titles = {r.parsed.seed: (r.parsed.title, relative_md(PEOPLE_PAGE, r.src_uri)) for r in ordered}
    build.pages[PEOPLE_PAGE] = cache.reuse(
        PEOPLE_PAGE, (relations.people, titles), lambda: render_people_page(relations.people, titles)
    )
    build.pages[TIMELINE_PAGE] = cache.reuse(
        TIMELINE_PAGE, (timeline,), lambda: render_timeline_page(timeline)
    )
    nodes, edges = graph_parts(ordered, relations, GRAPH_PAGE, settings.directory_urls)
    build.pages[GRAPH_PAGE] = cache.reuse(GRAPH_PAGE, (nodes, edges), lambda: render_graph_page(nodes, edges))


def graph_parts(
    ordered: list[ArticleRecord], relations: RelationsResult, page: str, directory_urls: bool = True
) -> tuple[list[GraphNode], list[GraphEdge]]:
    """The corpus map's nodes (the newest articles, a readable number) and edges (their relations)."""
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
    return nodes, [GraphEdge(a, b, score, same) for a, b, score, same in edges]
