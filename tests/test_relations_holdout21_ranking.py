"""Related-article choice after held-out sets 21-22: which partners keep the ``top_n`` places.

* A far story's second and later reports follow every partner of the article's own time
  (similarity._choose): reports of last year's ceremony no longer push out this week's blog.
* A report closer to the article than to any other report of its own story needs no vouching
  from that story (linking.story_related): a loose group of two events does not cut a strong pair.
* A far pair of one field's vocabulary must clear its floor by more (linking.FAR_FLOOR_SHARE).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from seed_articles.relations.linking import FAR_FLOOR_SHARE, length_floor, linkable, story_related
from seed_articles.relations.similarity import DEFAULT_MIN_SIMILARITY, _choose

KEYS = [
    "nhat-ky-le-xuat-quan",  # the article: a blog on this week's departure ceremony
    "le-xuat-quan-nam-ngoai-a",  # three reports of last year's ceremony, one story
    "le-xuat-quan-nam-ngoai-b",
    "le-xuat-quan-nam-ngoai-c",
    "benh-vien-da-chien-len-duong",  # another subject, far too
    "bao-tuong-thuat-cung-ngay",  # a report of this week's ceremony, a day from the article
]
STORY = [[1, 2, 3]]
FIRST = np.zeros(5, dtype=np.int64)
SECOND = np.arange(1, 6)
SCORES = np.array([0.40, 0.39, 0.38, 0.30, 0.20])  # time-weighted: the close report is weakest
LINKED = np.ones(5, dtype=bool)


def _partners(close: np.ndarray, top_n: int) -> list[str]:
    chosen = _choose(KEYS, FIRST, SECOND, SCORES, STORY, top_n, 12, LINKED, None, close)
    return [KEYS[j] for _, _, j in chosen.by_article(len(KEYS))[0]]


def test_a_far_storys_later_reports_follow_a_close_partner() -> None:
    close = np.array([False, False, False, False, True])
    partners = _partners(close, top_n=3)
    # Last year's best report, the other subject, then this week's report; b and c wait.
    assert partners == [
        "le-xuat-quan-nam-ngoai-a",
        "benh-vien-da-chien-len-duong",
        "bao-tuong-thuat-cung-ngay",
    ]


def test_without_a_close_partner_far_reports_keep_their_places() -> None:
    # Near miss: nothing of the article's own time to make room for, the old order holds.
    assert _partners(np.zeros(5, dtype=bool), top_n=3) == KEYS[1:4]


def test_with_room_for_all_every_partner_is_listed() -> None:
    close = np.array([False, False, False, False, True])
    assert sorted(_partners(close, top_n=5)) == sorted(KEYS[1:])


def _rows(*rows: list[float]) -> sparse.csr_matrix:
    matrix = np.array(rows, dtype=np.float32)
    return sparse.csr_matrix(matrix / np.linalg.norm(matrix, axis=1, keepdims=True))


def test_a_report_closer_to_the_article_than_to_its_story_needs_no_vouching() -> None:
    # Reports 0 and 1 share one column only (a loose story); article 2 is close to report 0.
    matrix = _rows([1, 1, 0.3, 0], [0, 0, 0.3, 1], [1, 1, 0, 0])
    first, second = np.array([0]), np.array([2])
    scores = np.asarray(matrix[first].multiply(matrix[second]).sum(axis=1)).ravel()
    bond = float(matrix[0].multiply(matrix[1]).sum())
    assert scores[0] > bond
    # Report 1 shares nothing with the article: by the old rule the story would not vouch.
    assert float(matrix[1].multiply(matrix[2]).sum()) == 0.0
    found = story_related(
        matrix, first, second, scores, [[0, 1]], np.ones(1, dtype=bool), DEFAULT_MIN_SIMILARITY
    )
    assert found.tolist() == [True]


def test_a_side_angle_weaker_than_the_story_still_needs_vouching() -> None:
    # Near miss: reports 0 and 1 are bound tightly; article 2 shares report 0's angle only.
    matrix = _rows([1, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1])
    first, second = np.array([0]), np.array([2])
    scores = np.asarray(matrix[first].multiply(matrix[second]).sum(axis=1)).ravel()
    found = story_related(
        matrix, first, second, scores, [[0, 1]], np.ones(1, dtype=bool), DEFAULT_MIN_SIMILARITY
    )
    assert found.tolist() == [False]


def _far(ratio: float, factor: float, names: int = 1, gap: int = 120) -> bool:
    features = np.array([200])
    floor = length_floor(features, features, DEFAULT_MIN_SIMILARITY)[0]
    return bool(
        linkable(
            np.array([ratio * floor]),
            np.array([20.0]),
            features,
            features,
            DEFAULT_MIN_SIMILARITY,
            np.array([factor]),
            np.array([names]),
            np.array([gap]),
        )[0]
    )


def test_a_far_pair_of_one_field_must_clear_its_floor_by_more() -> None:
    # Months apart (factor 0.5): 1.5 times the floor is a coincidence of vocabulary...
    assert FAR_FLOOR_SHARE > 0.75
    assert not _far(1.52, 0.5)
    # ...a strong pair still links at any distance.
    assert _far(1.7, 0.5)


def test_close_and_undated_pairs_keep_their_floor() -> None:
    assert _far(1.02, 1.0, gap=3)
    assert _far(1.02, 0.8, names=2, gap=-1)
