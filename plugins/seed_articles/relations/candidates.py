"""Candidate related pairs: sparse top-k search, exact scores and retelling evidence.

A pruned copy of the TF-IDF matrix (only features shared by two or more
articles, and only each article's strongest ones) is multiplied with its
transpose by ``sparse_dot_topn``, which keeps only each row's best partners
while it multiplies (multi-threaded C++; no N×N matrix ever exists); after a
few documents changed, only the rows that need it are searched again
(:mod:`.partners`); so are each article's best partners among the articles
dated within a story's window (:mod:`.windows`). The candidates are then
scored exactly on the full vectors, in integers, with the evidence they
share (:mod:`.pair_scores`;
after a few documents changed, a pair of unchanged texts is updated from its
old sums), and, for pairs that might report one story, checked for shared
runs of wording.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..parallel import worker_count
from .arrays import distinct
from .features import CorpusTokens
from .linking import length_scale
from .memory import RelationMemory, pair_key
from .pair_scores import IntegerWeights, score_pairs
from .partners import RowIdentity, best_partners, forget_moves
from .stories import DateRange, StorySettings, calendar_gaps, day_of_year, is_yearless
from .windows import close_in_time, fill_windows

# Features kept per article for the search; the exact score is computed afterwards on the full vectors.
# An article's strongest features by weight are mostly its rarest: in an archive on one subject,
# phrases two texts share by chance (document frequency 2-5) outweigh the subject's own words, and
# each article added turns more of a text's unique phrases into such shared ones. With 435 corpus
# fixtures, 40 found 75 % of each article's ten best partners by full cosine; reports of one
# meeting a day apart (cosine 0.27, fourth best) shared none of their 40 and fell out of both
# searches, splitting the meeting's story. 48 finds 79 % for about 30 % more products searched.
CANDIDATE_FEATURES = 48
# Best partners per article looked for again among the articles dated within a story's window:
# in an archive with many articles on one subject, the reports of one event can all fall out
# of an article's best partners by text (other meetings of the same body read alike), and
# the time weighting of :mod:`.linking`, which would rank them first, never sees them.
CLOSE_CANDIDATES = 10


@dataclass
class Candidates:
    """Candidate pairs (first < second, each once), cosine similarity, whether one retells the other."""

    first: np.ndarray
    second: np.ndarray
    scores: np.ndarray
    retold: np.ndarray  # bool: the pair shares enough runs of wording to be one story retold
    evidence: np.ndarray  # weighted count of shared distinctive features (linking.evidence_weights)
    gaps: np.ndarray  # smallest possible days between the pair's dates, -1 when either is unknown
    # Columns whose weights changed since the memory's explanations were made (None: unknown).
    moved: np.ndarray | None = None


def find_candidates(
    matrix: sparse.csr_matrix,
    weights: IntegerWeights,
    tokens: CorpusTokens,
    dates: list[DateRange],
    story: StorySettings,
    per_row: int,
    rows: RowIdentity,
    memory: RelationMemory | None = None,
) -> Candidates:
    """Each row's best ``per_row`` partners among the rows of ``matrix`` (l2-normalised TF-IDF).

    ``weights`` are the same weights as integers, which the exact scores are made of
    (:mod:`.pair_scores`).
    ``rows`` names the rows; with ``memory`` the search of the last computation is
    updated rather than done again (:mod:`.partners`) and known retellings are reused;
    ``memory`` is updated for the next computation.
    """
    n = matrix.shape[0]
    per_row = min(per_row, n - 1)
    if per_row <= 0:
        empty = np.empty(0, dtype=np.int64)
        return Candidates(empty, empty, np.empty(0), np.empty(0, dtype=bool), np.empty(0), empty)
    pruned = _pruned(matrix, CANDIDATE_FEATURES)
    previous = memory.partners if memory is not None else None
    try:
        rows_found, cols_found, searched, stats = best_partners(
            pruned, per_row, rows, previous, worker_count()
        )
        close_rows, close_cols, window, window_stats = close_in_time(
            pruned, dates, story.max_days, min(CLOSE_CANDIDATES, per_row), rows, previous
        )
    finally:
        forget_moves()
    if memory is not None:
        searched.window = window
        memory.partners = searched
        memory.last.update({f"search_{key}": value for key, value in stats.items()})
        memory.last.update({f"window_{key}": value for key, value in window_stats.items()})
    # Rows the pruned window search left short, and yearless rows, searched on full vectors.
    fill_rows, fill_cols = fill_windows(
        matrix, dates, story.max_days, min(CLOSE_CANDIDATES, per_row), close_rows
    )
    rows_found = np.concatenate([rows_found, close_rows, fill_rows])
    cols_found = np.concatenate([cols_found, close_cols, fill_cols])
    first, second = _each_pair_once(rows_found, cols_found, n)
    previous_scores = memory.scores if memory is not None else None
    scored, kept, score_stats = score_pairs(
        weights, first, second, rows.keys, rows.digests, rows.syllables, rows.numbers, previous_scores
    )
    moved = None
    if memory is not None:
        # The moved columns hold for the explanations kept if they were made with the scores kept.
        if scored.since is not None and scored.since == memory.terms_stamp:
            moved = scored.moved
        memory.scores = kept
        memory.last.update({f"scores_{key}": value for key, value in score_stats.items()})
    scores, evidence = scored.scores, scored.evidence
    gaps = _day_gaps(dates, first, second)
    features = np.diff(matrix.indptr)
    scale = length_scale(features[first], features[second])
    retold = _retold(tokens, first, second, scores, scale, gaps, story, rows.digests, memory)
    return Candidates(first, second, scores, retold, evidence, gaps, moved)


def _close_in_time(
    pruned: sparse.csr_matrix, dates: list[DateRange], days: int, per_row: int
) -> tuple[np.ndarray, np.ndarray]:
    """(row, partner) of each article's ``per_row`` best partners among those dated at most
    ``days`` from it, both dated to the day (with a year); ties by partner number (:mod:`.windows`)."""
    first, second, _, _ = close_in_time(pruned, dates, days, per_row)
    return first, second


def _each_pair_once(rows: np.ndarray, cols: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Unordered pairs, smaller index first, sorted: the search finds most pairs from both ends."""
    codes = distinct(np.minimum(rows, cols) * n + np.maximum(rows, cols))
    return np.divmod(codes, n)


def _pruned(matrix: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Each row's ``keep`` strongest features among those shared by 2+ rows."""
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    shared = df[matrix.indices] >= 2
    data = np.where(shared, matrix.data, 0).astype(np.float32)
    indptr = matrix.indptr
    for row in range(matrix.shape[0]):
        start, end = indptr[row], indptr[row + 1]
        if end - start > keep:
            segment = data[start:end]
            cut = np.partition(segment, end - start - keep)[end - start - keep]
            segment[segment < cut] = 0
    pruned = sparse.csr_matrix((data, matrix.indices.copy(), indptr.copy()), shape=matrix.shape)
    pruned.eliminate_zeros()
    return pruned


def _retold(
    tokens: CorpusTokens,
    first: np.ndarray,
    second: np.ndarray,
    scores: np.ndarray,
    scale: np.ndarray,
    gaps: np.ndarray,
    story: StorySettings,
    digests: list[bytes],
    memory: RelationMemory | None = None,
) -> np.ndarray:
    """Which pairs share enough runs of wording for one to retell the other.

    Only pairs the wording can decide are checked: similar (above the
    story floor, ``scale`` lowering it for short texts), but not near
    duplicates, and close in time when both are dated. The share is the
    runs both have over the runs of the one with fewer (containment). It
    depends on the two texts alone (``digests``): ``memory`` keeps it.
    """
    check = np.flatnonzero(
        (scores >= story.min_similarity * scale)
        & (scores < story.near_duplicate)
        & ((gaps < 0) | (gaps <= story.max_days))
    )
    retold = np.zeros(len(first), dtype=bool)
    bits = tokens.shingle_hash_bits()
    a_all, b_all = first[check], second[check]
    keys = [
        pair_key(digests[i], digests[j]) + (bits,)
        for i, j in zip(a_all.tolist(), b_all.tolist(), strict=True)
    ]
    known = memory.overlaps if memory is not None else {}
    overlap = np.array([known.get(key, -1.0) for key in keys], dtype=np.float64)
    missing = np.flatnonzero(overlap < 0)
    if len(missing):
        a, b = a_all[missing], b_all[missing]
        runs = tokens.shingle_sets(np.concatenate([a, b]))
        shared = np.concatenate(
            [
                np.asarray(
                    runs[a[start : start + 2_000]].multiply(runs[b[start : start + 2_000]]).sum(axis=1)
                ).ravel()
                for start in range(0, len(a), 2_000)  # small copies of rows: fresh memory is slow to touch
            ]
        )
        sizes = np.diff(runs.indptr)
        fewer = np.minimum(sizes[a], sizes[b])
        overlap[missing] = np.where(
            fewer > 0, shared / np.maximum(fewer, 1), 0.0
        )  # no runs: nothing in common
    if memory is not None:
        memory.overlaps = dict(zip(keys, overlap.tolist(), strict=True))
        memory.last["retold_checked"] = len(keys)
        memory.last["retold_computed"] = len(missing)
    retold[check] = overlap >= story.min_overlap
    return retold


def _day_gaps(dates: list[DateRange], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Smallest possible days between the dates of each pair; -1 where either is unknown.

    A pair with a yearless date (day and month only) compares days of the year,
    on the calendar's circle (:func:`.stories.days_between`).
    """
    known = np.array([d is not None for d in dates], dtype=bool)
    earliest = np.array([d[0].toordinal() if d else 0 for d in dates], dtype=np.int64)
    latest = np.array([d[1].toordinal() if d else 0 for d in dates], dtype=np.int64)
    gaps = np.maximum(np.maximum(earliest[second] - latest[first], earliest[first] - latest[second]), 0)
    yearless = np.array([is_yearless(d) for d in dates], dtype=bool)
    if yearless.any():
        days = np.array([day_of_year(d) if d else (0, 0) for d in dates], dtype=np.int64).reshape(-1, 2)
        either = np.flatnonzero(yearless[first] | yearless[second])
        a, b = first[either], second[either]
        gaps[either] = calendar_gaps(days[a, 0], days[b, 0], days[a, 1], days[b, 1])
    return np.where(known[first] & known[second], gaps, -1)
