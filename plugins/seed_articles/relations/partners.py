"""Each article's best partners by a sparse top-k search, updated between computations.

The search multiplies the pruned TF-IDF matrix with its transpose and keeps
each row's ``size`` largest products (``sparse_dot_topn``); a row's partners
are its ``per_row`` best of those, itself left out (ties by partner number).

A later computation on a slightly different corpus gives each row the same
partners as a search from scratch, but searches only the rows that need it.
It keeps, per row, the partners found (with their products) and a *bound*:
no partner outside the list had a larger product. After the corpus changed:

* a row whose document changed, that is new, whose pruned features are not
  the same ones, or whose weights moved by more than :data:`CHANGE_LIMIT`
  (in log ratio) is *changed*: it is searched again, and its products with
  every row are computed;
* any other row's products with its listed partners are computed again,
  and with the changed rows they are known; every other partner's product
  can have grown at most by the two rows' largest weight ratios, so it is at
  most the old bound times those ratios. If the row's ``per_row``-th best
  known product clearly exceeds both the next known one and that bound
  (by a relative :data:`SLACK` far above float rounding), the search would
  find exactly those partners: the row keeps them. Otherwise it is searched
  again.

A search from scratch and an update therefore give the same pairs, and the
update's cost follows the number of rows searched again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sparse_dot_topn import sp_matmul_topn

from .arrays import place_in_run
from .memory import PartnerMemory, renumber

# Partners kept per row beyond those used: the margin that lets a row keep its partners.
LIST_MARGIN = 10
# A row whose pruned weights moved by more than this (|log ratio|) is searched again.
CHANGE_LIMIT = 0.01
# Relative margin that covers float rounding of products (at most 40 float32 terms: < 3e-6).
SLACK = 1e-4
# Past this share of rows to search again, one search of every row is as cheap.
MOST_SEARCHED = 0.6
# Rows multiplied at once when products of listed pairs are computed.
_BLOCK = 20_000


@dataclass
class RowIdentity:
    """What tells the rows and columns of this computation apart from the last one's."""

    keys: list[str]
    digests: list[bytes]
    syllables: list[str]
    numbers: np.ndarray  # feature number of each column


def best_partners(
    pruned: sparse.csr_matrix,
    per_row: int,
    rows: RowIdentity,
    memory: PartnerMemory | None,
    threads: int,
) -> tuple[np.ndarray, np.ndarray, PartnerMemory, dict[str, int]]:
    """``(row, partner)`` of each row's ``per_row`` best partners, the memory for next time, statistics."""
    n = pruned.shape[0]
    size = per_row + 1 + LIST_MARGIN
    settings = (per_row, size)
    transposed = pruned.T.tocsr()
    previous = memory if memory is not None and memory.settings == settings else None
    update = _update(pruned, transposed, per_row, size, rows, previous, threads) if previous else None
    if update is None:
        found = _search(pruned, transposed, np.arange(n), size, threads)
        first, second = _without_self(found, np.arange(n), per_row)
        lists, bounds = found, _bounds(found, size)
        stats = {"rows": n, "changed": n, "searched": n}
    else:
        first, second, lists, bounds, stats = update
    kept = PartnerMemory(
        keys=list(rows.keys),
        digests=list(rows.digests),
        syllables=list(rows.syllables),
        numbers=np.asarray(rows.numbers, dtype=np.int64),
        pruned=pruned,
        lists=lists,
        bounds=bounds,
        settings=settings,
    )
    return first, second, kept, stats


def _search(
    pruned: sparse.csr_matrix, transposed: sparse.csr_matrix, which: np.ndarray, size: int, threads: int
) -> sparse.csr_matrix:
    """The search's best ``size`` products of rows ``which`` (one result row each)."""
    part = pruned if len(which) == pruned.shape[0] else pruned[which]
    found = sp_matmul_topn(part, transposed, top_n=size, n_threads=threads)
    return sparse.csr_matrix(found, shape=(len(which), pruned.shape[0]))


def _bounds(found: sparse.csr_matrix, size: int) -> np.ndarray:
    """No product outside a full list exceeds its smallest one; a list that is not full holds them all."""
    counts = np.diff(found.indptr)
    smallest = np.zeros(len(counts))
    nonempty = np.flatnonzero(counts > 0)
    if len(nonempty):
        smallest[nonempty] = np.minimum.reduceat(found.data.astype(np.float64), found.indptr[nonempty])
    return np.where(counts >= size, smallest, 0.0)


def _without_self(found: sparse.csr_matrix, which: np.ndarray, per_row: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, partner) of the best ``per_row`` partners of each searched row, itself left out."""
    local = np.repeat(np.arange(found.shape[0]), np.diff(found.indptr))
    rows = np.asarray(which, dtype=np.int64)[local]
    cols = found.indices.astype(np.int64)
    # Best first within each row, ties by partner, so the cut never depends on memory order.
    order = np.lexsort((cols, -found.data, rows))
    rows, cols = rows[order], cols[order]
    keep = cols != rows
    rows, cols = rows[keep], cols[keep]
    kept = place_in_run(rows) < per_row
    return rows[kept], cols[kept]


def _update(
    pruned: sparse.csr_matrix,
    transposed: sparse.csr_matrix,
    per_row: int,
    size: int,
    rows: RowIdentity,
    memory: PartnerMemory,
    threads: int,
):
    """The search's result from the last one and the rows searched again; None when it does not pay."""
    n = pruned.shape[0]
    moves = row_moves(pruned, rows, memory)
    new_of_old, old_of_new, ratio_max, steady = (
        moves.new_of_old,
        moves.old_of_new,
        moves.ratio_max,
        moves.steady,
    )
    changed = ~steady
    if changed.sum() > MOST_SEARCHED * n:
        return None
    moved = float(ratio_max[steady].max()) if steady.any() else 1.0
    changed_rows = np.flatnonzero(changed)

    # Known products of each steady row: its old partners (computed again) and the changed rows.
    a, b, values = old_partners(memory.lists, steady, old_of_new, new_of_old, pruned)
    if len(changed_rows):
        with_changed = (pruned[changed_rows] @ transposed).tocoo()
        s, j = changed_rows[with_changed.row], with_changed.col.astype(np.int64)
        keep = steady[j] & (with_changed.data > 0)
        a = np.concatenate([a, j[keep]])
        b = np.concatenate([b, s[keep]])
        values = np.concatenate([values, with_changed.data[keep].astype(np.float64)])
    bound = memory.bounds[np.maximum(old_of_new, 0)] * ratio_max * moved * (1 + SLACK)
    known = rank_known(a, b, values, n, per_row, bound, steady)
    settled = known[-1]
    again = np.flatnonzero(~settled)
    if len(again) > MOST_SEARCHED * n:
        return None

    # Settled rows keep their best known partners; the others are searched again.
    first, second, list_rows, list_cols, list_values, bounds = settled_parts(known, bound, per_row, size)
    if len(again):
        found = _search(pruned, transposed, again, size, threads)
        more_first, more_second = _without_self(found, again, per_row)
        first.append(more_first)
        second.append(more_second)
        list_rows.append(again[np.repeat(np.arange(len(again)), np.diff(found.indptr))])
        list_cols.append(found.indices.astype(np.int64))
        list_values.append(found.data.astype(np.float64))
        bounds[again] = _bounds(found, size)
    lists = sparse.csr_matrix(
        (np.concatenate(list_values), (np.concatenate(list_rows), np.concatenate(list_cols))), shape=(n, n)
    )
    stats = {"rows": n, "changed": len(changed_rows), "searched": len(again)}
    return np.concatenate(first), np.concatenate(second), lists, bounds, stats


@dataclass
class RowMoves:
    """How the rows of this computation moved since the last one's (:class:`PartnerMemory`)."""

    new_of_old: np.ndarray  # row of each old row (-1: gone), and a last -1
    old_of_new: np.ndarray  # old row of each row (-1: new)
    ratio_max: np.ndarray  # each row's largest weight ratio (new / old)
    steady: np.ndarray  # same text, same pruned features, no weight moved by more than CHANGE_LIMIT


# The moves last computed (the candidate search and the window search both read them).
_last_moves: list[tuple[sparse.csr_matrix, RowIdentity, PartnerMemory, RowMoves]] = []


KnownPartners = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def rank_known(
    a: np.ndarray,
    b: np.ndarray,
    values: np.ndarray,
    n: int,
    per_row: int,
    bound: np.ndarray,
    steady: np.ndarray,
) -> KnownPartners:
    """The known products ``values`` of pairs (``a``, ``b``), best first in each row ``a``, and
    which rows are settled: steady, and their ``per_row``-th best known product clearly above both
    the next one and ``bound`` (what any product not known could be), or with no unknown product.

    Returns ``a``, ``b``, ``values`` ordered, each pair's place in its row, per-row counts and
    starts, and the settled mask (shared by the text search and the date-window search)."""
    keep = values > 0
    a, b, values = a[keep], b[keep], values[keep]
    order = np.lexsort((b, -values, a))
    a, b, values = a[order], b[order], values[order]
    place = place_in_run(a)
    counts = np.bincount(a, minlength=n)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    # The row's per_row-th best known product, and the next one (0 when there is none).
    kth = np.zeros(n)
    following = np.zeros(n)
    full = counts >= per_row
    kth[full] = values[starts[full] + per_row - 1]
    more = counts > per_row
    following[more] = values[starts[more] + per_row]
    clear = kth * (1 - SLACK) > np.maximum(following, bound) * (1 + SLACK)
    settled = steady & ((full & clear) | (~full & (bound == 0)))
    return a, b, values, place, counts, starts, settled


def old_partners(
    old_lists: sparse.spmatrix,
    steady: np.ndarray,
    old_of_new: np.ndarray,
    new_of_old: np.ndarray,
    pruned: sparse.csr_matrix,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The steady rows' old listed partners that are still steady, renumbered, with their
    products computed again from this build's weights."""
    steady_rows = np.flatnonzero(steady)
    listed = old_lists.tocsr()[old_of_new[steady_rows]]
    a = np.repeat(steady_rows, np.diff(listed.indptr))
    b = new_of_old[listed.indices]
    keep = (b >= 0) & (a != b)
    a, b = a[keep], b[keep]
    keep = steady[b]  # a partner that changed is among the changed rows' products
    a, b = a[keep], b[keep]
    return a, b, _products(pruned, a, b)


def settled_parts(
    known: KnownPartners, bound: np.ndarray, per_row: int, size: int
) -> tuple[
    list[np.ndarray], list[np.ndarray], list[np.ndarray], list[np.ndarray], list[np.ndarray], np.ndarray
]:
    """What the settled rows keep from :func:`rank_known`: their ``per_row`` partners (first,
    second), their ``size`` listed partners (rows, columns, values, as lists to extend with the rows
    searched again) and each row's bound on what it did not list."""
    a, b, values, place, counts, starts, settled = known
    n = len(settled)
    chosen = settled[a] & (place < per_row)
    listed_part = settled[a] & (place < size)
    bounds = np.zeros(n)
    bounds[settled] = bound[settled]
    cut = settled & (counts > size)
    bounds[cut] = np.maximum(bound[cut], values[starts[cut] + size] * (1 + SLACK))
    return [a[chosen]], [b[chosen]], [a[listed_part]], [b[listed_part]], [values[listed_part]], bounds


def row_moves(pruned: sparse.csr_matrix, rows: RowIdentity, memory: PartnerMemory) -> RowMoves:
    """How each row moved since ``memory`` was made (computed once per search and memory)."""
    for kept_pruned, kept_rows, kept_memory, moves in _last_moves:
        if kept_pruned is pruned and kept_rows is rows and kept_memory is memory:
            return moves
    position = {key: i for i, key in enumerate(rows.keys)}
    new_of_old = np.array([position.get(key, -1) for key in memory.keys] + [-1], dtype=np.int64)
    old_position = {key: i for i, key in enumerate(memory.keys)}
    old_of_new = np.array([old_position.get(key, -1) for key in rows.keys], dtype=np.int64)
    same_text = np.array(
        [
            o >= 0 and memory.digests[o] == digest
            for o, digest in zip(old_of_new.tolist(), rows.digests, strict=True)
        ],
        dtype=bool,
    )
    ratio_max, steady = _weight_moves(pruned, rows, memory, old_of_new, same_text)
    moves = RowMoves(new_of_old, old_of_new, ratio_max, steady)
    _last_moves[:] = [(pruned, rows, memory, moves)]
    return moves


def forget_moves() -> None:
    """Drop the moves kept for the searches of one computation."""
    _last_moves.clear()


def _weight_moves(
    pruned: sparse.csr_matrix,
    rows: RowIdentity,
    memory: PartnerMemory,
    old_of_new: np.ndarray,
    same_text: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's largest weight ratio (new / old) and whether the row is steady.

    Steady: same text, the same pruned features, no weight moved by more than
    :data:`CHANGE_LIMIT`.
    """
    n = pruned.shape[0]
    ratio_max = np.ones(n)
    steady = np.zeros(n, dtype=bool)
    candidates = np.flatnonzero(same_text)
    if not len(candidates):
        return ratio_max, steady
    # Old columns as columns of this computation (-1: the feature is gone).
    numbers = renumber(memory.numbers, memory.syllables, rows.syllables)
    new_numbers = np.asarray(rows.numbers, dtype=np.int64)
    column = np.searchsorted(new_numbers, numbers)
    column = np.minimum(column, max(len(new_numbers) - 1, 0))
    exists = (numbers >= 0) & (new_numbers[column] == numbers) if len(new_numbers) else numbers < -1
    column = np.where(exists, column, -1)
    old = memory.pruned[old_of_new[candidates]]
    new = pruned[candidates]
    old_counts, new_counts = np.diff(old.indptr), np.diff(new.indptr)
    same_count = old_counts == new_counts
    # Rows with as many features: compare the features and the weights entry by entry.
    rows_same = np.flatnonzero(same_count)
    old_part, new_part = old[rows_same], new[rows_same]
    mapped = column[old_part.indices]
    mismatch = (mapped != new_part.indices).astype(np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_ratio = np.log(new_part.data.astype(np.float64) / old_part.data.astype(np.float64))
    log_ratio = np.where(np.isfinite(log_ratio), log_ratio, np.inf)
    counts = np.diff(new_part.indptr)
    nonempty = np.flatnonzero(counts > 0)
    differs = np.zeros(len(rows_same), dtype=bool)
    largest = np.zeros(len(rows_same))
    furthest = np.zeros(len(rows_same))
    if len(nonempty):
        starts = new_part.indptr[nonempty]
        differs[nonempty] = np.add.reduceat(mismatch, starts) > 0
        largest[nonempty] = np.maximum.reduceat(log_ratio, starts)
        furthest[nonempty] = np.maximum.reduceat(np.abs(log_ratio), starts)
    ok = ~differs & (furthest <= CHANGE_LIMIT)
    steady[candidates[rows_same[ok]]] = True
    ratio_max[candidates[rows_same]] = np.exp(np.minimum(largest, 1.0))
    return ratio_max, steady


def _products(pruned: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Products of rows ``a[k]`` and ``b[k]`` (float rounding aside: the search's values)."""
    result = np.zeros(len(a))
    for start in range(0, len(a), _BLOCK):
        part = pruned[a[start : start + _BLOCK]].multiply(pruned[b[start : start + _BLOCK]])
        result[start : start + _BLOCK] = np.asarray(part.sum(axis=1), dtype=np.float64).ravel()
    return result
