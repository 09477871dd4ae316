"""Candidate related pairs: sparse top-k search, exact scores and retelling evidence.

A pruned copy of the TF-IDF matrix (only features shared by two or more
articles, and only each article's strongest ones) is multiplied with its
transpose by ``sparse_dot_topn``, which keeps only each row's best partners
while it multiplies (multi-threaded C++; no N×N matrix ever exists). The
candidates are then scored exactly on the full vectors and, for pairs that
might report one story, checked for shared runs of wording; for large
corpora that runs in blocks on every core.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sparse_dot_topn import sp_matmul_topn

from ..parallel import parallel_map_shared, worker_count
from .features import CorpusTokens
from .stories import StorySettings, days_between, is_retelling, may_be_retelling

# Features kept per article for the search; the exact score is computed afterwards on the full vectors.
CANDIDATE_FEATURES = 40
# From this many articles, exact scores and wording checks run in worker processes.
PARALLEL_ARTICLES = 2_000

DateRange = tuple[dt.date, dt.date] | None


@dataclass
class Candidates:
    """Candidate pairs (row → col), their cosine similarity and whether one retells the other."""

    rows: np.ndarray
    cols: np.ndarray
    scores: np.ndarray
    retold: np.ndarray  # bool: the pair shares enough runs of wording to be one story retold


@dataclass
class _Search:
    """What every block needs (read-only; reaches worker processes once)."""

    matrix: sparse.csr_matrix
    rows: np.ndarray  # candidate pairs
    cols: np.ndarray
    tokens: CorpusTokens
    dates: list[DateRange]
    story: StorySettings
    shingles: dict[int, np.ndarray] = field(default_factory=dict)

    def shingles_of(self, index: int) -> np.ndarray:
        found = self.shingles.get(index)
        if found is None:
            found = self.shingles[index] = self.tokens.shingles(index)
        return found


def find_candidates(
    matrix: sparse.csr_matrix,
    tokens: CorpusTokens,
    dates: list[DateRange],
    story: StorySettings,
    per_row: int,
) -> Candidates:
    """Each row's best ``per_row`` partners among the rows of ``matrix`` (l2-normalised TF-IDF)."""
    n = matrix.shape[0]
    per_row = min(per_row, n - 1)
    if per_row <= 0:
        empty = np.empty(0, dtype=np.int64)
        return Candidates(empty, empty, np.empty(0), np.empty(0, dtype=bool))
    pruned = _pruned(matrix, CANDIDATE_FEATURES)
    best = sp_matmul_topn(pruned, pruned.T.tocsr(), top_n=per_row + 1, n_threads=worker_count())
    rows, cols = _without_self(best, per_row)
    search = _Search(matrix, rows, cols, tokens, dates, story)
    blocks = [
        (start, min(len(rows), start + PAIRS_PER_BLOCK)) for start in range(0, len(rows), PAIRS_PER_BLOCK)
    ]
    threshold = 2 if n >= PARALLEL_ARTICLES else len(blocks) + 1
    found = parallel_map_shared(_score_block, search, blocks, threshold=threshold)
    scores = np.concatenate([block[0] for block in found]) if found else np.empty(0)
    retold = np.concatenate([block[1] for block in found]) if found else np.empty(0, dtype=bool)
    return Candidates(rows, cols, scores, retold)


def _without_self(best: sparse.csr_matrix, per_row: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, col) of each row's best partners, itself left out, at most ``per_row`` (best first)."""
    rows = np.repeat(np.arange(best.shape[0]), np.diff(best.indptr))
    cols = best.indices.astype(np.int64)
    # Best first within each row, ties by column, so the cut below never depends on memory order.
    order = np.lexsort((cols, -best.data, rows))
    rows, cols = rows[order], cols[order]
    keep = cols != rows
    rows, cols = rows[keep], cols[keep]
    place = np.arange(len(rows)) - np.searchsorted(rows, rows)
    return rows[place < per_row], cols[place < per_row]


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


# Candidate pairs scored per task.
PAIRS_PER_BLOCK = 10_000


def _score_block(search: _Search, block: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Exact cosine similarity and the retelling check of a block of candidate pairs."""
    start, stop = block
    rows, cols = search.rows[start:stop], search.cols[start:stop]
    matrix = search.matrix
    scores = np.asarray(matrix[rows].multiply(matrix[cols]).sum(axis=1), dtype=np.float64).ravel()
    retold = np.zeros(len(rows), dtype=bool)
    for number, (i, j, score) in enumerate(zip(rows.tolist(), cols.tolist(), scores.tolist(), strict=True)):
        gap = days_between(search.dates[i], search.dates[j])
        if may_be_retelling(score, gap, search.story):
            retold[number] = is_retelling(search.shingles_of(i), search.shingles_of(j), search.story)
    return scores, retold
