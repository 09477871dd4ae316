"""Relations stage of the pipeline: related articles, same-story groups, topics, people.

Runs on the cleaned article text only (boilerplate and teasers of other
stories were dropped by the parser), so they never count.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..logs import get_logger
from ..model import ParsedArticle
from ..parallel import parallel_map
from ..relations import (
    Person,
    Relation,
    RelationDoc,
    RelationIndex,
    RelationMemory,
    Topic,
    assign_topics,
    build_people_index,
    load_topics,
)
from ..relations import related_index as compute_related_index
from ..relations.features import TokenizedText, clause_keys, split_tokens, tokenized_from
from ..relations.people import PersonMention, doc_people

log = get_logger(__name__)

#: Topic tags per article; the strongest first.
MAX_TOPICS = 5


@dataclass
class ArticleAnalysis:
    """What the relations stage learns from one article alone."""

    topics: list[str]
    people: list[PersonMention]
    tokens: TokenizedText  # of the title and text, for the similarity of articles


@dataclass
class RelationsCache:
    """Per-article analyses, kept between builds by text digest, and what the last
    computation of related articles can lend the next one (:mod:`..relations.memory`).

    Plain data only (dataclasses, dicts, lists, NumPy and SciPy arrays): it can be
    pickled and restored in another process.
    """

    per_article: dict[str, ArticleAnalysis] = field(default_factory=dict)
    related: RelationMemory = field(default_factory=RelationMemory)

    def analyse_all(
        self, docs: list[RelationDoc], digests: dict[str, str], vocabulary: tuple[Topic, ...]
    ) -> dict[str, ArticleAnalysis]:
        """The analysis of every document; only new texts are analysed (on every core)."""
        missing = [doc for doc in docs if digests[doc.key] not in self.per_article]
        for doc, found in zip(
            missing, parallel_map(partial(analyse_doc, vocabulary=vocabulary), missing), strict=True
        ):
            self.per_article[digests[doc.key]] = found
        live = set(digests.values())
        self.per_article = {key: value for key, value in self.per_article.items() if key in live}
        return {doc.key: self.per_article[digests[doc.key]] for doc in docs}


def analyse_doc(doc: RelationDoc, vocabulary: tuple[Topic, ...]) -> ArticleAnalysis:
    """Topics, people and tokens of one document (top-level so worker processes can run it)."""
    text_tokens = split_tokens(doc.text)  # tokenised once for topics and similarity
    return ArticleAnalysis(
        topics=assign_topics(doc.text, vocabulary, limit=MAX_TOPICS, keyed=clause_keys(text_tokens)),
        people=doc_people(doc),
        tokens=tokenized_from([*split_tokens(doc.title), "\n", *text_tokens]),
    )


@dataclass
class RelationsResult:
    related: dict[str, list[Relation]]  # seed → other reports of its story, then related articles
    groups: list[list[str]]  # same-story groups of seeds
    topics: dict[str, list[str]]  # seed → topic labels, strongest first
    people: list[Person]  # everyone named with a rank or office
    people_by_article: dict[str, list[Person]]  # seed → people it mentions

    def main_topic(self, seed: str) -> str | None:
        topics = self.topics.get(seed)
        return topics[0] if topics else None


def relation_doc(article: ParsedArticle, abbreviations: list[str]) -> RelationDoc:
    return RelationDoc(
        key=article.seed,
        title=article.title,
        text=article.body_text(),
        # A day and month without a year ("Ngày 14/10") still tells reports of one event apart.
        date_sort=article.date.sort_tuple() if _places_in_time(article) else None,
        abbreviations=abbreviations,
        listing=article.listing,  # a tag, section or search page
        chrome=_site_chrome(article),
    )


#: Rules of the lines a site prints on its pages around every article (not teasers of
#: other stories, captions or credits, which say what one page is about).
SITE_CHROME_RULES = frozenset(
    {
        "recurring",
        "menu",
        "header-chrome",
        "widget",
        "footer",
        "breadcrumb",
        "software-string",
        "trailing-chrome",
        "masthead-description",
        "scraper-header",
        "shared-slogan",
        "pagination",
        "search-label",
    }
)


def _site_chrome(article: ParsedArticle) -> tuple[str, ...]:
    """The site's chrome lines the parser dropped, and the section label, in order."""
    lines = [line.text for line in article.dropped if line.rule in SITE_CHROME_RULES]
    return tuple([*lines, article.category] if article.category else lines)


def _places_in_time(article: ParsedArticle) -> bool:
    """The article's date has a year, or at least a day and month."""
    date = article.date
    return date is not None and (date.year is not None or (date.month is not None and date.day is not None))


def _related_index(
    docs: list[RelationDoc], related_count: int, tokenized: list[TokenizedText], cache: RelationsCache
) -> RelationIndex:
    """Related articles, updated from what the cache kept of the last computation.

    The result equals a computation from scratch either way. A memory that cannot be
    used (a cache pickled by another version of the plugin) is dropped: the relations
    are then computed from scratch, and the memory starts again.
    """
    memory = getattr(cache, "related", None)
    if not isinstance(memory, RelationMemory):  # a cache pickled before the memory existed
        memory = cache.related = RelationMemory()
    try:
        return compute_related_index(docs, top_n=related_count, tokenized=tokenized, memory=memory)
    except (AttributeError, TypeError, ValueError, IndexError, KeyError) as error:
        log.info(f"related articles computed from scratch: the kept relation memory is unusable ({error!r})")
        cache.related = RelationMemory()
        return compute_related_index(docs, top_n=related_count, tokenized=tokenized, memory=cache.related)


def run_relations_stage(
    articles: list[ParsedArticle],
    abbreviations: dict[str, list[str]],
    related_count: int,
    topics_file: Path | None,
    cache: RelationsCache,
) -> RelationsResult:
    docs = [relation_doc(article, abbreviations.get(article.seed, [])) for article in articles]
    vocabulary: tuple[Topic, ...] = load_topics(topics_file) if topics_file else load_topics()
    # The vocabulary is part of the digest: editing the topics file re-tags every article.
    vocabulary_digest = hashlib.sha256(repr(vocabulary).encode()).hexdigest()
    digests = {
        doc.key: hashlib.sha256(
            f"{vocabulary_digest}\0{doc.key}\0{doc.title}\0{doc.text}".encode()
        ).hexdigest()
        for doc in docs
    }
    analysed = cache.analyse_all(docs, digests, vocabulary)
    index = (
        _related_index(docs, related_count, [analysed[doc.key].tokens for doc in docs], cache)
        if related_count
        else None
    )
    topics = {key: found.topics for key, found in analysed.items()}
    people = build_people_index(docs, mentions_of=lambda doc: analysed[doc.key].people)
    people_by_article: dict[str, list[Person]] = {}
    for person in people:
        for seed in person.articles:
            people_by_article.setdefault(seed, []).append(person)
    return RelationsResult(
        related=index.related if index else {doc.key: [] for doc in docs},
        groups=index.groups if index else [],
        topics=topics,
        people=people,
        people_by_article=people_by_article,
    )
