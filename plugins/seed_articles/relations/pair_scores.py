"""Cosine similarity of candidate pairs in integers, so that a rebuild can update it exactly.

A pair's score is its TF-IDF cosine: each weight ``(1 + ln tf) · idf``
(scikit-learn's sublinear tf and smooth idf) is rounded to a multiple of
2⁻¹⁶ and kept as an integer, a pair's dot product is an integer sum, and the
score is that sum over the product of the two rows' norms (square roots of
integer sums). Integer sums do not depend on their order, so after a few
documents changed, a pair of unchanged texts gets its new dot product from
its old one exactly: only the features whose document frequency changed
(their idf moved) contribute something new, and they are few. The score then
equals a computation from scratch bit for bit, without multiplying the two
full rows again. (Rounding the weights moves a score by about 10⁻⁶ at most.)

The evidence of a pair (:func:`.linking.evidence_weights`) is kept the same
way, in units of half a feature.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..parallel import parallel_map_shared
from .linking import GENERIC_SHARE
from .memory import ScoreMemory, renumber

# Weights are integers in units of 2⁻¹⁶: a weight is at most (1 + ln tf) · (1 + ln n), so a
# squared weight stays below 2⁴⁵ and a row's sum of thousands of them far below 2⁶³.
SCALE = 2.0**16
# From this many articles, full products are computed in worker processes.
PARALLEL_ARTICLES = 2_000
# Candidate pairs multiplied per task.
PAIRS_PER_BLOCK = 2_000


@dataclass
class IntegerWeights:
    """The corpus's TF-IDF weights as integers, with what scores and evidence read."""

    counts: sparse.csr_matrix  # documents × features, occurrence counts (sorted indices)
    weights: sparse.csr_matrix  # the same entries' int64 weights
    norms: np.ndarray  # l2 norm of each row (float64, from its exact integer sum of squares)
    df: np.ndarray  # document frequency of each column
    units: np.ndarray  # evidence of each column in half features: 0 generic, 1 syllable, 2 pair
    is_pair: np.ndarray  # column is a syllable pair

    def cosine(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Cosine similarity of rows ``a[k]`` and ``b[k]``, as :func:`score_pairs` computes it."""
        dots = np.concatenate(
            [
                _pair_sums(
                    self.weights,
                    self.units,
                    a[start : start + PAIRS_PER_BLOCK],
                    b[start : start + PAIRS_PER_BLOCK],
                )[0]
                for start in range(0, len(a), PAIRS_PER_BLOCK)
            ]
            or [np.zeros(0, dtype=np.int64)]
        )
        return _cosine(dots, self.norms[a], self.norms[b])


def integer_weights(counts: sparse.csr_matrix, is_pair: np.ndarray) -> IntegerWeights:
    """Integer weights of a documents × features matrix of occurrence counts."""
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    weights = sparse.csr_matrix(
        (_quantized(counts.data, _idf(df, n)[counts.indices]), counts.indices, counts.indptr),
        shape=counts.shape,
    )
    squares = _row_sums(weights.data * weights.data, weights.indptr)
    norms = np.sqrt(squares.astype(np.float64))
    return IntegerWeights(counts, weights, norms, df, _units(df, n, is_pair), is_pair)


def _idf(df: np.ndarray, n: int) -> np.ndarray:
    return np.log((1.0 + n) / (1.0 + df)) + 1.0  # scikit-learn's smooth idf


def _quantized(tf: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Integer weight of each entry: one expression everywhere, so equal inputs give equal integers."""
    return np.rint((1.0 + np.log(tf.astype(np.float64))) * idf * SCALE).astype(np.int64)


def _units(df: np.ndarray, n: int, is_pair: np.ndarray) -> np.ndarray:
    generic = df > GENERIC_SHARE * n
    return np.where(generic, 0, np.where(is_pair, 2, 1)).astype(np.int64)


def _row_sums(values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Sum of each row's values (int64, exact; 0 for an empty row)."""
    sums = np.add.reduceat(np.append(values, values.dtype.type(0)), indptr[:-1])
    sums[indptr[:-1] == indptr[1:]] = 0  # reduceat gives the next entry for an empty row
    return sums


@dataclass
class _Pairs:
    """What every block of full products reads (reaches worker processes once)."""

    weights: sparse.csr_matrix
    units: np.ndarray
    first: np.ndarray
    second: np.ndarray


def _sums_block(pairs: _Pairs, block: tuple[int, int]) -> np.ndarray:
    """Dot products (row 0) and evidence units (row 1) of a block of pairs."""
    start, stop = block
    return _pair_sums(pairs.weights, pairs.units, pairs.first[start:stop], pairs.second[start:stop])


def _pair_sums(weights: sparse.csr_matrix, units: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dot products and evidence units of rows ``a[k]``, ``b[k]``: one product gives both."""
    if not len(a):
        return np.zeros((2, 0), dtype=np.int64)
    products = weights[a].multiply(weights[b]).tocsr()
    return np.vstack(
        [_row_sums(products.data, products.indptr), _row_sums(units[products.indices], products.indptr)]
    )


def full_sums(found: IntegerWeights, first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dot products and evidence units of every pair, blocks on every core for large corpora."""
    pairs = _Pairs(found.weights, found.units, first, second)
    blocks = [
        (start, min(len(first), start + PAIRS_PER_BLOCK)) for start in range(0, len(first), PAIRS_PER_BLOCK)
    ]
    threshold = 2 if found.weights.shape[0] >= PARALLEL_ARTICLES else len(blocks) + 1
    sums = parallel_map_shared(_sums_block, pairs, blocks, threshold=threshold)
    both = np.concatenate(sums, axis=1) if sums else np.zeros((2, 0), dtype=np.int64)
    return both[0], both[1]


@dataclass
class PairScores:
    """Cosine similarity and evidence (weighted count of shared distinctive features) of each pair."""

    scores: np.ndarray
    evidence: np.ndarray
    # Columns whose document frequency, so weights, changed since the memory's computation
    # (``since``: its stamp); None when nothing was updated.
    moved: np.ndarray | None = None
    since: bytes | None = None


def score_pairs(
    found: IntegerWeights,
    first: np.ndarray,
    second: np.ndarray,
    keys: list[str],
    digests: list[bytes],
    syllables: list[str],
    numbers: np.ndarray,
    memory: ScoreMemory | None = None,
) -> tuple[PairScores, ScoreMemory, dict[str, int]]:
    """Scores of the pairs ``first[k] < second[k]`` (sorted, each once), updated from ``memory``.

    Rows are named by ``keys`` and their texts by ``digests``; columns by their feature
    ``numbers``, made of the syllable keys ``syllables``. Returns the scores, the memory
    for next time and statistics.
    """
    n = found.weights.shape[0]
    dots = np.zeros(len(first), dtype=np.int64)
    units = np.zeros(len(first), dtype=np.int64)
    known = np.zeros(len(first), dtype=bool)
    moved = since = None
    if memory is not None and memory.n == n:
        moved, old_df = _moved_columns(found, syllables, numbers, memory)
        since = memory.stamp
        known = _update(found, first, second, keys, digests, moved, old_df, memory, dots, units)
    todo = np.flatnonzero(~known)
    dots[todo], units[todo] = full_sums(found, first[todo], second[todo])
    kept = ScoreMemory(
        keys=list(keys),
        digests=list(digests),
        syllables=list(syllables),
        numbers=np.asarray(numbers, dtype=np.int64),
        df=found.df,
        n=n,
        first=first,
        second=second,
        dots=dots,
        units=units,
        stamp=os.urandom(16),
    )
    scores = _cosine(dots, found.norms[first], found.norms[second])
    stats = {"pairs": len(first), "updated": int(known.sum())}
    return PairScores(scores, units / 2.0, moved, since), kept, stats


def _cosine(dots: np.ndarray, norms_a: np.ndarray, norms_b: np.ndarray) -> np.ndarray:
    return dots.astype(np.float64) / (norms_a * norms_b)


def _update(
    found: IntegerWeights,
    first: np.ndarray,
    second: np.ndarray,
    keys: list[str],
    digests: list[bytes],
    moved: np.ndarray,
    old_df: np.ndarray,
    memory: ScoreMemory,
    dots: np.ndarray,
    units: np.ndarray,
) -> np.ndarray:
    """Fill in the pairs of unchanged texts scored last time (same corpus size); which were filled.

    A pair's dot product changed by its ``moved`` columns alone (``old_df``: every column's
    document frequency last time).
    """
    n = found.weights.shape[0]
    position = {key: i for i, key in enumerate(keys)}
    new_of_old = np.array([position.get(key, -1) for key in memory.keys], dtype=np.int64)
    same_text = np.zeros(n, dtype=bool)
    for new, digest in zip(new_of_old.tolist(), memory.digests, strict=True):
        if new >= 0 and digests[new] == digest:
            same_text[new] = True
    # Last time's pairs whose two texts are unchanged, as pairs of this computation's rows.
    a, b = new_of_old[memory.first], new_of_old[memory.second]
    usable = (a >= 0) & (b >= 0)
    usable[usable] = same_text[a[usable]] & same_text[b[usable]]
    a, b = a[usable], b[usable]
    old_codes = np.minimum(a, b) * n + np.maximum(a, b)
    order = np.argsort(old_codes)
    old_codes = old_codes[order]
    codes = first * n + second
    at = np.minimum(np.searchsorted(old_codes, codes), max(len(old_codes) - 1, 0))
    known = old_codes[at] == codes if len(old_codes) else np.zeros(len(codes), dtype=bool)
    pick = np.flatnonzero(known)
    if not len(pick):
        return known
    source = np.flatnonzero(usable)[order[at[pick]]]

    p, q = first[pick], second[pick]
    change = _moved_sums if len(moved) * n <= DENSE_CELLS else _moved_sums_sparse
    delta = change(found, moved, np.maximum(old_df, 0), p, q)
    dots[pick] = memory.dots[source] + delta[0]
    units[pick] = memory.units[source] + delta[1]
    return known


def _moved_columns(
    found: IntegerWeights, syllables: list[str], numbers: np.ndarray, memory: ScoreMemory
) -> tuple[np.ndarray, np.ndarray]:
    """Columns whose document frequency changed since the memory's computation (the corpus
    size the same), and each column's frequency then (-1: new). Only the weights of those
    columns moved, in every row that has them; a feature new this time counts as moved."""
    old_numbers = renumber(memory.numbers, memory.syllables, syllables)
    new_numbers = np.asarray(numbers, dtype=np.int64)
    column = np.minimum(np.searchsorted(new_numbers, old_numbers), max(len(new_numbers) - 1, 0))
    exists = (
        (old_numbers >= 0) & (new_numbers[column] == old_numbers) if len(new_numbers) else old_numbers < -1
    )
    old_df = np.full(len(new_numbers), -1, dtype=np.int64)
    old_df[column[exists]] = memory.df[exists]
    return np.flatnonzero(old_df != found.df), old_df


# Rows × moved columns up to which the change of the pairs' sums is computed on dense arrays.
DENSE_CELLS = 4_000_000
# Pairs × moved columns handled at once on dense arrays.
_DENSE_CHUNK = 2_000_000


def _moved_sums(
    found: IntegerWeights, moved: np.ndarray, old_df: np.ndarray, a: np.ndarray, b: np.ndarray
) -> np.ndarray:
    """How the dot products and evidence units of pairs ``a[k]``, ``b[k]`` changed, from the
    ``moved`` columns alone (``old_df``: their document frequencies last time).

    Few columns move after a few edits, but they are common words found in most rows:
    dense rows × moved columns arrays beat sparse products here.
    """
    n = found.weights.shape[0]
    where = np.full(found.weights.shape[1], -1, dtype=np.int64)
    where[moved] = np.arange(len(moved))
    entries = np.flatnonzero(where[found.weights.indices] >= 0)
    rows = np.searchsorted(found.weights.indptr, entries, side="right") - 1
    columns = found.weights.indices[entries]
    now = np.zeros((n, len(moved)), dtype=np.int64)
    now[rows, where[columns]] = found.weights.data[entries]
    # The same entries weighted as last time (a column new this time is only in changed rows).
    before = np.zeros((n, len(moved)), dtype=np.int64)
    before[rows, where[columns]] = _quantized(found.counts.data[entries], _idf(old_df, n)[columns])
    unit_change = (found.units - _units(old_df, n, found.is_pair))[moved]
    result = np.zeros((2, len(a)), dtype=np.int64)
    step = max(1, _DENSE_CHUNK // max(len(moved), 1))
    for start in range(0, len(a), step):
        x, y = a[start : start + step], b[start : start + step]
        now_x, now_y = now[x], now[y]
        result[0, start : start + step] = (now_x * now_y - before[x] * before[y]).sum(axis=1)
        if unit_change.any():  # a feature became common vocabulary, or stopped being it: rare
            shared = (now_x != 0) & (now_y != 0)
            result[1, start : start + step] = shared.astype(np.int64) @ unit_change
    return result


def _moved_sums_sparse(
    found: IntegerWeights, moved: np.ndarray, old_df: np.ndarray, a: np.ndarray, b: np.ndarray
) -> np.ndarray:
    """:func:`_moved_sums` with sparse products, for many moved columns."""
    n = found.weights.shape[0]
    is_moved = np.zeros(found.weights.shape[1], dtype=bool)
    is_moved[moved] = True
    entries = is_moved[found.weights.indices]
    now = _entries(found.weights, entries)
    before = _entries(found.counts, entries)
    before.data = _quantized(before.data, _idf(old_df, n)[before.indices])
    return _pair_sums(now, found.units, a, b) - _pair_sums(before, _units(old_df, n, found.is_pair), a, b)


def moved_products(
    found: IntegerWeights, moved: np.ndarray, a: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The moved columns shared by rows ``a[k]``, ``b[k]``: ``(k, column, product)`` of each."""
    is_moved = np.zeros(found.weights.shape[1], dtype=bool)
    is_moved[moved] = True
    part = _entries(found.weights, is_moved[found.weights.indices])
    products = part[a].multiply(part[b]).tocsr() if len(a) else sparse.csr_matrix((0, part.shape[1]))
    owner = np.repeat(np.arange(len(a)), np.diff(products.indptr))
    return owner, products.indices.astype(np.int64), products.data.astype(np.int64)


def _entries(matrix: sparse.csr_matrix, entries: np.ndarray) -> sparse.csr_matrix:
    """The matrix with only the entries where ``entries`` (bool per stored entry) is set."""
    indptr = np.zeros(len(matrix.indptr), dtype=np.int64)
    np.cumsum(_row_sums(entries.astype(np.int64), matrix.indptr), out=indptr[1:])
    return sparse.csr_matrix((matrix.data[entries], matrix.indices[entries], indptr), shape=matrix.shape)
