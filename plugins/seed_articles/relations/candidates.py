"""Candidate related pairs: sparse top-k search, exact scores and retelling evidence.

A pruned copy of the TF-IDF matrix (only features shared by two or more
articles, and only each article's strongest ones) is multiplied with its
transpose one block of rows at a time; each block keeps its rows' best
partners (``argpartition``), scores them exactly on the full vectors and,
for pairs that might report one story, measures how much wording they share.
No N×N matrix ever exists, and for large corpora the blocks run on every core.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from ..parallel import parallel_map_shared
from .features import CorpusTokens
from .stories import StorySettings, days_between, is_retelling, may_be_retelling

# Features kept per article for the search; the exact score is computed afterwards on the full vectors.
CANDIDATE_FEATURES = 40
# Cells of the dense similarity block computed at once (rows × articles).
CHUNK_CELLS = 4_000_000
# From this many articles, the blocks run in worker processes.
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
    pruned: sparse.csr_matrix
    transposed: sparse.csr_matrix
    per_row: int
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
    search = _Search(matrix, pruned, pruned.T.tocsr(), per_row, tokens, dates, story)
    # Enough blocks for every worker to get several, none larger than CHUNK_CELLS.
    rows_per_block = max(1, min(CHUNK_CELLS // n, -(-n // 16)))
    blocks = [(start, min(n, start + rows_per_block)) for start in range(0, n, rows_per_block)]
    threshold = 2 if n >= PARALLEL_ARTICLES else len(blocks) + 1
    found = parallel_map_shared(_search_block, search, blocks, threshold=threshold)
    return Candidates(
        *(np.concatenate([getattr(part, name) for part in found]) for name in Candidates.__annotations__)
    )


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


def _search_block(search: _Search, block: tuple[int, int]) -> Candidates:
    start, stop = block
    n, per_row = search.matrix.shape[0], search.per_row
    dense = (search.pruned[start:stop] @ search.transposed).toarray()
    dense[np.arange(stop - start), np.arange(start, stop)] = -1.0  # never yourself
    if per_row < n - 1:
        top = np.argpartition(-dense, per_row - 1, axis=1)[:, :per_row]
    else:
        top = np.argsort(-dense, axis=1, kind="stable")[:, :per_row]
    keep = (np.take_along_axis(dense, top, axis=1) > 0).ravel()
    rows = np.repeat(np.arange(start, stop), per_row)[keep]
    cols = top.ravel()[keep]
    matrix = search.matrix
    scores = np.asarray(matrix[rows].multiply(matrix[cols]).sum(axis=1), dtype=np.float64).ravel()
    retold = np.zeros(len(rows), dtype=bool)
    for n_pair, (i, j, score) in enumerate(zip(rows.tolist(), cols.tolist(), scores.tolist(), strict=True)):
        gap = days_between(search.dates[i], search.dates[j])
        if may_be_retelling(score, gap, search.story):
            retold[n_pair] = is_retelling(search.shingles_of(i), search.shingles_of(j), search.story)
    return Candidates(rows, cols, scores, retold)
