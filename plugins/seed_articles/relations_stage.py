"""Relations stage of the pipeline: related articles, same-story groups, topics, people.

Runs on the cleaned article text only (boilerplate and teasers of other
stories were dropped by the parser), so they never count.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .model import ParsedArticle
from .relations import Person, Relation, RelationDoc, Topic, assign_topics, build_people_index, load_topics
from .relations import related_index as compute_related_index
from .relations.people import PersonMention, doc_people

#: Topic tags per article; the strongest first.
MAX_TOPICS = 5


@dataclass
class RelationsCache:
    """Per-article topics and people, kept between builds by text digest."""

    per_article: dict[str, tuple[list[str], list[PersonMention]]] = field(default_factory=dict)

    def analyse(
        self, doc: RelationDoc, digest: str, vocabulary: tuple[Topic, ...]
    ) -> tuple[list[str], list[PersonMention]]:
        found = self.per_article.get(digest)
        if found is None:
            found = self.per_article[digest] = (
                assign_topics(doc.text, vocabulary, limit=MAX_TOPICS),
                doc_people(doc),
            )
        return found


@dataclass
class RelationsResult:
    related: dict[str, list[Relation]]  # seed → related articles, same story first
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
        date_sort=article.date.sort_tuple() if article.date else None,
        abbreviations=abbreviations,
    )


def run_relations_stage(
    articles: list[ParsedArticle],
    abbreviations: dict[str, list[str]],
    related_count: int,
    topics_file: Path | None,
    cache: RelationsCache,
) -> RelationsResult:
    docs = [relation_doc(article, abbreviations.get(article.seed, [])) for article in articles]
    index = compute_related_index(docs, top_n=related_count) if related_count else None
    vocabulary: tuple[Topic, ...] = load_topics(topics_file) if topics_file else load_topics()
    digests = {
        doc.key: hashlib.sha256(f"{doc.key}\0{doc.title}\0{doc.text}".encode()).hexdigest() for doc in docs
    }
    analysed = {doc.key: cache.analyse(doc, digests[doc.key], vocabulary) for doc in docs}
    live = set(digests.values())
    cache.per_article = {key: value for key, value in cache.per_article.items() if key in live}
    topics = {key: found[0] for key, found in analysed.items()}
    people = build_people_index(docs, mentions_of=lambda doc: analysed[doc.key][1])
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
