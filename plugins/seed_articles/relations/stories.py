"""Same-story groups: reports of one event, from one or several sources.

Two articles report the same story when they are similar overall *and*
close in time, with one more piece of evidence of one event:

* they retell it with the same wording (news sites rewrite one press
  release, so long runs of words recur);
* they name the same people, at most :attr:`StorySettings.max_days` apart;
* or they were published on the same or the next day (both dates exact to
  the day) and are strongly similar: what one occasion's reports share.
  News on one *kind* of occasion (two deployment ceremonies half a year
  apart) reads as alike as two reports of one, so only the dates can tell
  them apart, and this path trusts no partial or missing date;
* or, on the same or the next day, they are similar enough to be one story
  at all and name one organisation or meeting by the same abbreviation
  (``ADMM``, ``SOMTC``) that is not the corpus's common vocabulary: reports
  of one meeting from different angles (a bilateral talk on its sidelines,
  its closing statement) share less wording but name the meeting alike.

A day and month without a year ("Ngày 14/10" in a copy that lost the year)
counts as a date exact to the day: such a dateline is written for current
news, so the year is the one of the reports around it, and the similarity
tests still have to pass. Distances to it are taken on the day of the year.

Near duplicates need no more evidence. Articles that both carry dates must
be close in time: a yearly review conference in 2019 and one in 2024 read
alike but are not one story. Similarity thresholds are those of long texts,
scaled down for short ones as the relation floor is (:func:`.linking.length_scale`).

Groups use complete linkage: an article joins a group only if it is a
same-story pair with every member, so chains A~B~C of loosely similar
articles do not merge different events.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .common_nouns import common_noun_abbreviations
from .linking import length_scale
from .model import RelationDoc
from .people import find_people, load_title_vocabulary, vocabulary_digest


@dataclass(frozen=True)
class StorySettings:
    """Thresholds of the same-story test (cosine similarity of long texts, days, overlap)."""

    min_similarity: float = 0.3  # below this, never the same story
    near_duplicate: float = 0.8  # at or above this (not scaled), same story without more evidence
    min_overlap: float = 0.3  # share of 5-syllable runs of the shorter text found in the other
    entity_similarity: float = 0.45  # with shared people and close dates
    max_days: int = 7  # both dated: at most this many days apart
    close_similarity: float = 0.45  # with no other evidence, when both are dated to the day...
    close_days: int = 1  # ...and at most this many days apart
    # Articles sharing an abbreviation this share of the corpus uses or less name one thing.
    named_share: float = 0.5


# Earliest and latest day a partial date can mean; None when unknown.
DateRange = tuple[dt.date, dt.date] | None

# A day and month without a year (a copy that kept only "Ngày 14/10") is placed in this
# leap year, so 29/2 fits; any year may be meant, so distances to it are taken on the
# calendar's circle: 30/12 and 2/1 are three days apart, whatever the years.
YEARLESS = 4
_YEAR_DAYS = 366


def date_range(date_sort: tuple | None) -> DateRange:
    """Earliest and latest day a partial ``(year, month, day, ...)`` date can mean.

    A day and month without a year is one day of :data:`YEARLESS`; a month without
    a year, or no date, is unknown (None).
    """
    if not date_sort:
        return None
    year = int(date_sort[0]) if date_sort[0] else 0
    month = int(date_sort[1]) if len(date_sort) > 1 and date_sort[1] else 0
    day = int(date_sort[2]) if len(date_sort) > 2 and date_sort[2] else 0
    if not year:
        if not (month and day):
            return None
        year = YEARLESS
    try:
        if not month:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if not day:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError:
        return None


def is_yearless(range_: DateRange) -> bool:
    return range_ is not None and range_[0].year == YEARLESS


def days_between(range_a: DateRange, range_b: DateRange) -> int | None:
    """Smallest possible distance in days between two date ranges; None if either is unknown.

    With a yearless date on either side only the days of the year are compared, on the
    calendar's circle (the years may be the same).
    """
    if range_a is None or range_b is None:
        return None
    if is_yearless(range_a) or is_yearless(range_b):
        (first_a, last_a), (first_b, last_b) = day_of_year(range_a), day_of_year(range_b)
        return int(calendar_gaps(first_a, first_b, last_a, last_b))
    if range_a[1] < range_b[0]:
        return (range_b[0] - range_a[1]).days
    if range_b[1] < range_a[0]:
        return (range_a[0] - range_b[1]).days
    return 0


def day_of_year(range_: tuple[dt.date, dt.date]) -> tuple[int, int]:
    """First and last day of the year (1-366, leap-year numbering) a range covers."""
    first, last = range_
    if first.year != last.year:
        return 1, _YEAR_DAYS
    base = dt.date(YEARLESS, 1, 1).toordinal() - 1
    return dt.date(YEARLESS, first.month, first.day).toordinal() - base, dt.date(
        YEARLESS, last.month, last.day
    ).toordinal() - base


def calendar_gaps(first_a, first_b, last_a, last_b) -> np.ndarray:
    """Smallest distance in days between day-of-year spans a and b on the calendar's circle.

    Arguments are days of the year (:func:`day_of_year`), numbers or arrays.
    """
    best = None
    for shift in (-_YEAR_DAYS, 0, _YEAR_DAYS):
        gap = np.maximum(np.maximum(first_b + shift - last_a, first_a - last_b - shift), 0)
        best = gap if best is None else np.minimum(best, gap)
    return best


def same_story_pairs(
    docs: Sequence[RelationDoc],
    dates: Sequence[DateRange],
    first: np.ndarray,
    second: np.ndarray,
    scores: np.ndarray,
    gaps: np.ndarray,
    retold: np.ndarray,
    features: np.ndarray,
    settings: StorySettings,
    known_people: dict[bytes, frozenset[str]] | None = None,
    stats: dict[str, int] | None = None,
) -> np.ndarray:
    """Which candidate pairs report one story (bool per pair).

    Pairs are ``first[n] < second[n]`` with their cosine ``scores``, the
    smallest possible days between their dates (``gaps``, -1 when either is
    unknown) and whether one retells the other (``retold``); ``features`` is
    the feature count of every document. Vectorised; only the pairs that
    people alone can decide look for names (the costly part). The people a
    text names depend on the text alone (and the title vocabulary): ``known_people``
    (by the digest of both) lends those found last time, and is left holding those looked up
    this time; ``stats["people_found"]`` counts the texts read for names.
    """
    scale = length_scale(features[first], features[second])
    dated = gaps >= 0
    possible = (scores >= settings.min_similarity * scale) & (~dated | (gaps <= settings.max_days))
    exact = np.array([d is not None and d[0] == d[1] for d in dates], dtype=bool)
    close = (
        exact[first]
        & exact[second]
        & dated
        & (gaps <= settings.close_days)
        & (scores >= settings.close_similarity * scale)
    )
    same = possible & ((scores >= settings.near_duplicate) | retold | close)
    # Alike by wording and a day apart, yet each headline names a body, treaty or meeting the
    # other report never writes: two subjects of one field (rules of origin under two treaties).
    by_day = possible & ~same & exact[first] & exact[second] & dated & (gaps <= settings.close_days)
    judged = np.flatnonzero((close & possible & (scores < settings.near_duplicate) & ~retold) | by_day)
    if len(judged):
        common = common_noun_abbreviations(doc.text for doc in docs)
        disagree = np.zeros(len(first), dtype=bool)
        disagree[judged] = [
            _headlines_disagree(docs[int(first[n])], docs[int(second[n])], common) for n in judged.tolist()
        ]
        same &= ~disagree
        by_day &= ~disagree
    named = np.flatnonzero(by_day)
    if len(named):
        distinctive = _distinctive_names(docs, settings.named_share)
        for n in named.tolist():
            same[n] = bool(distinctive[int(first[n])] & distinctive[int(second[n])])
    by_people = np.flatnonzero(possible & ~same & dated & (scores >= settings.entity_similarity * scale))
    people: dict[int, frozenset[str]] = {}
    looked_up: dict[bytes, frozenset[str]] = {}
    read = 0
    if len(by_people):
        kept = known_people if known_people is not None else {}
        vocabulary = load_title_vocabulary()
        seed = vocabulary_digest(vocabulary)

        def named(i: int) -> frozenset[str]:
            nonlocal read
            if i not in people:
                text = docs[i].text
                digest = hashlib.blake2b(seed + text.encode(), digest_size=16).digest()
                found = kept.get(digest)
                if found is None:
                    found = frozenset(p.key for p in find_people(text, vocabulary))
                    read += 1
                people[i] = looked_up[digest] = found
            return people[i]

        for n in by_people.tolist():
            same[n] = bool(named(int(first[n])) & named(int(second[n])))
    if known_people is not None:
        known_people.clear()
        known_people.update(looked_up)
    if stats is not None:
        stats["people_texts"] = len(people)
        stats["people_found"] = read
    return same


def _distinctive_names(docs: Sequence[RelationDoc], share: float) -> list[frozenset[str]]:
    """Each document's abbreviations in capitals, without those more than ``share`` of the
    documents use and those the corpus defines as common nouns ("hợp tác xã (HTX)",
    :mod:`.common_nouns`): two texts of one field write them whatever their story. A meeting or
    a body is shortened in capitals ("ADMM", "KOTRA"); a unit ("ha") or a standard or brand
    written in mixed case ("VietGAP") names what a field uses, not one occasion."""
    counts: dict[str, int] = {}
    for doc in docs:
        for key in set(doc.abbreviations):
            counts[key] = counts.get(key, 0) + 1
    limit = share * len(docs)
    common = common_noun_abbreviations(doc.text for doc in docs)
    return [
        frozenset(
            key
            for key in doc.abbreviations
            if counts[key] <= limit and key.casefold() not in common and _in_capitals(key)
        )
        for doc in docs
    ]


# A word in capitals of three letters or more in a headline: a body, treaty or meeting ("CPTPP",
# "KOTRA", "ADMM+" as "admm"). Two-letter ones are often a short form of a common name ("VN", "TP").
_HEADLINE_ABBREVIATION = re.compile(r"(?<![\w])[^\W\d_]{3,}(?![\w])")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W_]+")


def _headline_abbreviations(title: str, common: frozenset[str]) -> set[str]:
    """The abbreviations in capitals ``title`` writes (casefolded), none if the headline is set
    in capitals ("DOANH NGHIỆP TÌM CÁCH ..."), where every word looks like one."""
    words = _LETTER_WORD.findall(title)
    if sum(word.isupper() for word in words) * 2 > len(words):
        return set()
    found = {word.casefold() for word in _HEADLINE_ABBREVIATION.findall(title) if word.isupper()}
    return found - common


def _headlines_disagree(a: RelationDoc, b: RelationDoc, common: frozenset[str]) -> bool:
    """Each headline names an abbreviation in capitals the other article never writes.

    A headline says what its report is about; another report of one occasion writes the
    body, treaty or meeting it names, at least in its text. One headline naming what the other
    report omits is a side angle; both doing so, two subjects.
    """
    own_a, own_b = _headline_abbreviations(a.title, common), _headline_abbreviations(b.title, common)
    if not own_a or not own_b:
        return False
    words_a = set(_WORD.findall(f"{a.title}\n{a.text}".casefold()))
    words_b = set(_WORD.findall(f"{b.title}\n{b.text}".casefold()))
    return bool(own_a - words_b) and bool(own_b - words_a)


def _in_capitals(abbreviation: str) -> bool:
    """Every letter of ``abbreviation`` is a capital ("ADMM", "ADMM+", "C/O"), and it has one."""
    letters = [char for char in abbreviation if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def group_stories(
    docs: Sequence[RelationDoc], first: np.ndarray, second: np.ndarray, scores: np.ndarray
) -> list[list[int]]:
    """Same-story groups (document indices, 2+ members) of the same-story pairs, complete linkage.

    ``first[n] < second[n]`` are the pairs :func:`same_story_pairs` kept, ``scores`` their similarity.
    """
    pair_scores = dict(zip(zip(first.tolist(), second.tolist(), strict=True), scores.tolist(), strict=True))
    same = set(pair_scores)
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


def groups_from_related(related: dict) -> list[list[str]]:
    """Same-story groups of article keys (each sorted, 2+ articles), sorted, read from relations.

    ``related`` is the result of ``compute_related``: its ``same_story`` flags
    come from complete-linkage groups, so connected parts are the groups.
    (:func:`.similarity.story_groups` computes the relations when there are none.)
    """
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
