"""Data passed into and out of the relation stage (no MkDocs, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RelationDoc:
    """One article as the relation stage sees it.

    ``text`` is the cleaned article text (boilerplate already removed);
    ``date_sort`` is :meth:`ArticleDate.sort_tuple` (zeros for unknown parts)
    or ``None`` when the article has no date. ``listing``: the page is a tag, section or
    search page (several stories under a heading), not an article: it is neither shown as
    a related article nor given any (:func:`.similarity.related_index`).
    """

    key: str
    title: str
    text: str
    date_sort: tuple | None = None
    abbreviations: list[str] = field(default_factory=list)
    listing: bool = False
    # Lines the parser dropped as the site's chrome (masthead, menus, footer) and the section
    # label: what two pages of one site print alike (:mod:`.sites`).
    chrome: tuple[str, ...] = ()


@dataclass(frozen=True)
class Relation:
    """A link from one article to another, and why."""

    target: str
    score: float  # cosine similarity of the TF-IDF vectors, less when dated far apart (linking), 0..1
    shared_terms: list[str]  # key terms of both texts, as written in the articles
    same_story: bool = False  # both report the same event
