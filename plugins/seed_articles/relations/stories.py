"""Same-story groups: reports of one event, from one or several sources.

Two articles report the same story when they are similar overall *and*
either retell it with the same wording (news sites rewrite one press
release, so long runs of words recur) or name the same people on close
dates. Articles that both carry dates must be close in time: a yearly
review conference in 2019 and one in 2024 read alike but are not one story.

Groups use complete linkage: an article joins a group only if it is a
same-story pair with every member, so chains A~B~C of loosely similar
articles do not merge different events.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .model import RelationDoc
from .people import find_people


@dataclass(frozen=True)
class StorySettings:
    """Thresholds of the same-story test (cosine similarity, days, overlap)."""

    min_similarity: float = 0.3  # below this, never the same story
    near_duplicate: float = 0.8  # at or above this, same story without more evidence
    min_overlap: float = 0.3  # share of 5-syllable runs of the shorter text found in the other
    entity_similarity: float = 0.45  # with shared people and close dates
    max_days: int = 7  # both dated: at most this many days apart


# Earliest and latest day a partial date can mean; None when unknown.
DateRange = tuple[dt.date, dt.date] | None


def date_range(date_sort: tuple | None) -> DateRange:
    """Earliest and latest day a partial ``(year, month, day, ...)`` date can mean."""
    if not date_sort or not date_sort[0]:
        return None
    year = int(date_sort[0])
    month = int(date_sort[1]) if len(date_sort) > 1 and date_sort[1] else 0
    day = int(date_sort[2]) if len(date_sort) > 2 and date_sort[2] else 0
    try:
        if not month:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if not day:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError:
        return None


def days_between(range_a: DateRange, range_b: DateRange) -> int | None:
    """Smallest possible distance in days between two date ranges; None if either is unknown."""
    if range_a is None or range_b is None:
        return None
    if range_a[1] < range_b[0]:
        return (range_b[0] - range_a[1]).days
    if range_b[1] < range_a[0]:
        return (range_a[0] - range_b[1]).days
    return 0


class _Evidence:
    """Per-document evidence, computed only for documents in candidate pairs."""

    def __init__(
        self, docs: Sequence[RelationDoc], dates: Sequence[DateRange], retold: set[tuple[int, int]]
    ) -> None:
        self.docs = docs
        self.dates = dates
        self.retold = retold
        self.people = lru_cache(maxsize=None)(lambda i: frozenset(p.key for p in find_people(docs[i].text)))


def is_same_story(evidence: _Evidence, i: int, j: int, score: float, settings: StorySettings) -> bool:
    if score < settings.min_similarity:
        return False
    gap = days_between(evidence.dates[i], evidence.dates[j])
    if gap is not None and gap > settings.max_days:
        return False
    if score >= settings.near_duplicate:
        return True
    if (i, j) in evidence.retold:
        return True
    return (
        gap is not None
        and score >= settings.entity_similarity
        and bool(evidence.people(i) & evidence.people(j))
    )


def group_stories(
    docs: Sequence[RelationDoc],
    dates: Sequence[DateRange],
    pair_scores: dict[tuple[int, int], float],
    settings: StorySettings,
    retold: set[tuple[int, int]],
) -> list[list[int]]:
    """Same-story groups (document indices, 2+ members), complete linkage.

    ``dates`` are the documents' :func:`date_range`; ``retold`` holds the pairs ``(i, j)``, ``i < j``, that share enough runs
    of wording to be one text retold (measured where the candidates are found).
    """
    evidence = _Evidence(docs, dates, retold)
    same = {
        pair
        for pair, score in pair_scores.items()
        if is_same_story(evidence, pair[0], pair[1], score, settings)
    }
    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    # Strongest pairs first; ties by the pair's keys so the result never depends on input order.
    ordered = sorted(same, key=lambda p: (-pair_scores[p], docs[p[0]].key, docs[p[1]].key))
    for i, j in ordered:
        gi, gj = group_of.get(i, -1 - i), group_of.get(j, -1 - j)
        if gi == gj:
            continue
        members_i = groups.get(gi, [i])
        members_j = groups.get(gj, [j])
        if all((min(a, b), max(a, b)) in same for a in members_i for b in members_j):
            merged = sorted(members_i + members_j)
            new_id = min(merged)
            groups.pop(gi, None)
            groups.pop(gj, None)
            groups[new_id] = merged
            for member in merged:
                group_of[member] = new_id
    return sorted(groups.values())


def story_groups(
    docs: Sequence[RelationDoc],
    related: dict | None = None,
    settings: StorySettings | None = None,
) -> list[list[str]]:
    """Same-story groups of article keys (each sorted, 2+ articles), sorted.

    With ``related`` (the result of ``compute_related``) the groups are read
    from its ``same_story`` flags; otherwise they are computed.
    """
    if related is None:
        from .similarity import related_index  # similarity imports this module

        return related_index(docs, story=settings).groups
    # Flags come from complete-linkage groups, so connected parts are the groups.
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for key, relations in related.items():
        for relation in relations:
            if relation.same_story:
                a, b = sorted((root(key), root(relation.target)))
                if a != b:
                    parent[b] = a
    groups: dict[str, list[str]] = {}
    for key in {k for k in parent} | set(parent.values()):
        groups.setdefault(root(key), []).append(key)
    return sorted(sorted(members) for members in groups.values() if len(members) > 1)
