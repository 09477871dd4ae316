"""Relations stage of the pipeline: related articles, same-story groups, topics, people.

Runs on the cleaned article text only (boilerplate and teasers of other
stories were dropped by the parser), so they never count.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .model import ParsedArticle
from .relations import Person, Relation, RelationDoc, Topic, assign_topics, build_people_index, load_topics
from .relations import related_index as compute_related_index

#: Topic tags per article; the strongest first.
MAX_TOPICS = 5


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
) -> RelationsResult:
    docs = [relation_doc(article, abbreviations.get(article.seed, [])) for article in articles]
    index = compute_related_index(docs, top_n=related_count) if related_count else None
    vocabulary: tuple[Topic, ...] = load_topics(topics_file) if topics_file else load_topics()
    topics = {doc.key: assign_topics(doc.text, vocabulary, limit=MAX_TOPICS) for doc in docs}
    people = build_people_index(docs)
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
