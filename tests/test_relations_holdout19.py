"""Related-article choice added after held-out sets 19-20 were folded in: reports of one story
written when the article was share one of its related places (see similarity._story_slots)."""

from __future__ import annotations

import numpy as np
from seed_articles.relations.similarity import _choose

KEYS = [
    "bien-phong-giao-luu-1",  # the article: a report of the border exchange that missed the story group
    "giao-luu-bien-gioi-a",
    "giao-luu-bien-gioi-b",
    "giao-luu-bien-gioi-c",
    "giao-luu-bien-gioi-d",
    "giao-luu-bien-gioi-e",
    "cua-khau-mua-nong-san",  # another related subject
]
STORY = [[1, 2, 3, 4, 5]]  # five reports of one event, grouped
FIRST = np.array([0, 0, 0, 0, 0, 0])
SECOND = np.array([1, 2, 3, 4, 5, 6])
SCORES = np.array([0.50, 0.48, 0.46, 0.44, 0.42, 0.30])
LINKED = np.ones(6, dtype=bool)


def _partners(close: np.ndarray | None, top_n: int = 5) -> list[str]:
    chosen = _choose(KEYS, FIRST, SECOND, SCORES, STORY, top_n, 12, LINKED, None, close)
    return [KEYS[j] for _, _, j in chosen.by_article(len(KEYS))[0]]


def test_reports_of_one_close_story_take_one_place() -> None:
    partners = _partners(np.ones(6, dtype=bool))
    # All five reports and the other subject: the story did not crowd it out.
    assert partners == KEYS[1:]


def test_reports_of_another_occasion_take_a_place_each() -> None:
    # Far apart in time or undated: the old rule, five places for five partners.
    assert _partners(np.zeros(6, dtype=bool)) == KEYS[1:6]
    assert _partners(None) == KEYS[1:6]


def test_partners_in_no_story_each_take_a_place() -> None:
    chosen = _choose(KEYS, FIRST, SECOND, SCORES, [], 3, 12, LINKED, None, np.ones(6, dtype=bool))
    assert [KEYS[j] for _, _, j in chosen.by_article(len(KEYS))[0]] == KEYS[1:4]


def test_the_shared_place_still_counts_against_top_n() -> None:
    # One place for the story, then nothing left: the other subject waits for a second place.
    assert _partners(np.ones(6, dtype=bool), top_n=1) == KEYS[1:6]


def test_the_reports_list_their_own_story_first_unchanged() -> None:
    chosen = _choose(KEYS, FIRST, SECOND, SCORES, STORY, 1, 12, LINKED, None, np.ones(6, dtype=bool))
    by_article = chosen.by_article(len(KEYS))
    assert [KEYS[j] for _, _, j in by_article[1]] == [KEYS[0]]
    assert [KEYS[j] for _, _, j in by_article[6]] == [KEYS[0]]
