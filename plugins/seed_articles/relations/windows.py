"""Each article's best partners among the articles dated within a story's window.

In an archive with many articles on one subject, the reports of one event
can all fall out of an article's best partners by text (other meetings of
the same body read alike); so each article dated to the day (with a year)
also gets its best partners among the articles dated at most ``days`` from
it. The search goes one publication day at a time against the articles of
its window (its cost follows how many articles each window holds, never the
square of the corpus); a row's partners are its ``per_row`` best of the
search's ``size`` largest products, itself left out, ties by partner number.

After a few documents changed, this search is updated as the text search is
(:mod:`.partners`): each row keeps its list of partners with their products
and a bound on every window partner it did not list. A row whose text, date
or pruned features changed, or whose weights moved too much, is searched
again; any other row's products with its listed partners are computed again
and with the changed rows of its window they are known; every other window
partner's product can have grown at most by the two rows' largest weight
ratios. If the row's ``per_row``-th best known product is clearly above the
next known one and that bound, the search would find those partners: the
row keeps them. Otherwise it is searched again, against its whole window.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sparse_dot_topn import sp_matmul_topn

from .arrays import place_in_run
from .memory import PartnerMemory, WindowMemory
from .partners import (
    LIST_MARGIN,
    SLACK,
    RowIdentity,
    _bounds,
    old_partners,
    rank_known,
    row_moves,
    settled_parts,
)
from .stories import DateRange, calendar_gaps, day_of_year, is_yearless

# Past this share of rows to search again, one search of every row is as cheap.
MOST_SEARCHED = 0.6


def day_ordinals(dates: Sequence[DateRange]) -> np.ndarray:
    """The day of each row, -1 for a row in no window (a date not to the day, or without a year)."""
    return np.array(
        [d[0].toordinal() if d is not None and d[0] == d[1] and not is_yearless(d) else -1 for d in dates],
        dtype=np.int64,
    )


def close_in_time(
    pruned: sparse.csr_matrix,
    dates: Sequence[DateRange],
    days: int,
    per_row: int,
    rows: RowIdentity | None = None,
    previous: PartnerMemory | None = None,
) -> tuple[np.ndarray, np.ndarray, WindowMemory, dict[str, int]]:
    """(row, partner) of each row's ``per_row`` best partners in its window, the memory, statistics.

    With ``previous`` (the :class:`PartnerMemory` of the last computation, holding its window
    search) and ``rows`` (this computation's rows), only the rows that need it are searched again.
    """
    n = pruned.shape[0]
    ordinals = day_ordinals(dates)
    size = per_row + 1 + LIST_MARGIN
    settings = (days, per_row, size)
    dated = np.flatnonzero(ordinals >= 0)
    empty = np.empty(0, dtype=np.int64)
    if len(dated) < 2 or per_row <= 0:
        memory = WindowMemory(ordinals, sparse.csr_matrix((n, n)), np.zeros(n), settings)
        return empty, empty, memory, {"rows": len(dated), "searched": 0}
    window = getattr(previous, "window", None) if previous is not None else None
    update = None
    if rows is not None and isinstance(window, WindowMemory) and window.settings == settings:
        update = _update(pruned, ordinals, days, per_row, size, rows, previous, window)
    if update is None:
        found, lists = _search(pruned, ordinals, dated, days, size)
        first, second = _without_self(lists, per_row)
        bounds = np.zeros(n)
        bounds[dated] = _bounds(lists[dated], size)
        stats = {"rows": len(dated), "searched": len(dated)}
    else:
        first, second, lists, bounds, stats = update
    return first, second, WindowMemory(ordinals, lists, bounds, settings), stats


def _search(
    pruned: sparse.csr_matrix, ordinals: np.ndarray, which: np.ndarray, days: int, size: int
) -> tuple[int, sparse.csr_matrix]:
    """The best ``size`` products of rows ``which`` in their windows, as rows of an n × n matrix.

    Each row is searched against its whole window in the order a search of every row
    uses (by day, then row), so a row's result never depends on which others are searched.
    """
    n = pruned.shape[0]
    dated = np.flatnonzero(ordinals >= 0)
    order = np.lexsort((dated, ordinals[dated]))
    by_day, day_of = dated[order], ordinals[dated][order]
    wanted = np.asarray(which, dtype=np.int64)
    wanted = wanted[np.lexsort((wanted, ordinals[wanted]))]
    wanted_days = ordinals[wanted]
    rows_out, cols_out, values_out = [], [], []
    for day in np.unique(wanted_days).tolist():
        here = wanted[wanted_days == day]
        window = by_day[np.searchsorted(day_of, day - days) : np.searchsorted(day_of, day + days, "right")]
        products = sp_matmul_topn(pruned[here], pruned[window].T.tocsr(), top_n=size, n_threads=1)
        products = sparse.csr_matrix(products, shape=(len(here), len(window)))
        rows_out.append(here[np.repeat(np.arange(len(here)), np.diff(products.indptr))])
        cols_out.append(window[products.indices])
        values_out.append(products.data.astype(np.float64))
    lists = sparse.csr_matrix(
        (
            np.concatenate(values_out) if values_out else np.zeros(0),
            (
                np.concatenate(rows_out) if rows_out else np.zeros(0, dtype=np.int64),
                np.concatenate(cols_out) if cols_out else np.zeros(0, dtype=np.int64),
            ),
        ),
        shape=(n, n),
    )
    return len(wanted), lists


def _without_self(lists: sparse.csr_matrix, per_row: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, partner) of each row's best ``per_row`` positive products, itself left out; ties by partner."""
    source = np.repeat(np.arange(lists.shape[0]), np.diff(lists.indptr))
    target = lists.indices.astype(np.int64)
    values = lists.data
    keep = (source != target) & (values > 0)
    source, target, values = source[keep], target[keep], values[keep]
    ranked = np.lexsort((target, -values, source))
    source, target = source[ranked], target[ranked]
    kept = place_in_run(source) < per_row
    return source[kept], target[kept]


def _update(
    pruned: sparse.csr_matrix,
    ordinals: np.ndarray,
    days: int,
    per_row: int,
    size: int,
    rows: RowIdentity,
    previous: PartnerMemory,
    window: WindowMemory,
):
    """The search's result from the last one and the rows searched again; None when it does not pay."""
    n = pruned.shape[0]
    moves = row_moves(pruned, rows, previous)
    old_of_new, new_of_old, ratio_max = moves.old_of_new, moves.new_of_old, moves.ratio_max
    old_ordinals = np.append(window.ordinals, -1)
    dated = ordinals >= 0
    # Steady: same text, pruned features and date as last time, weights barely moved.
    steady = moves.steady & dated & (old_ordinals[old_of_new] == ordinals)
    changed_rows = np.flatnonzero(dated & ~steady)
    if len(changed_rows) > MOST_SEARCHED * int(dated.sum()):
        return None
    moved = float(ratio_max[steady].max()) if steady.any() else 1.0

    # Known products of each steady row: its old partners (computed again), the changed rows.
    # (a steady partner has the same date: it is still in the window)
    a, b, values = old_partners(window.lists, steady, old_of_new, new_of_old, pruned)
    if len(changed_rows):
        _, with_changed = _search(pruned, ordinals, changed_rows, days, n)  # every product in the window
        with_changed = with_changed.tocoo()
        s, j = with_changed.row.astype(np.int64), with_changed.col.astype(np.int64)
        keep = steady[j] & (with_changed.data > 0)
        a = np.concatenate([a, j[keep]])
        b = np.concatenate([b, s[keep]])
        values = np.concatenate([values, with_changed.data[keep].astype(np.float64)])
    bound = np.append(window.bounds, 0.0)[old_of_new] * ratio_max * moved * (1 + SLACK)
    known = rank_known(a, b, values, n, per_row, bound, steady)
    settled = known[-1]
    again = np.flatnonzero(dated & ~settled)
    if len(again) > MOST_SEARCHED * int(dated.sum()):
        return None

    first, second, list_rows, list_cols, list_values, bounds = settled_parts(known, bound, per_row, size)
    if len(again):
        _, found = _search(pruned, ordinals, again, days, size)
        more_first, more_second = _without_self(found, per_row)
        first.append(more_first)
        second.append(more_second)
        found = found.tocoo()
        list_rows.append(found.row.astype(np.int64))
        list_cols.append(found.col.astype(np.int64))
        list_values.append(found.data.astype(np.float64))
        bounds[again] = _bounds(found.tocsr()[again], size)
    lists = sparse.csr_matrix(
        (np.concatenate(list_values), (np.concatenate(list_rows), np.concatenate(list_cols))), shape=(n, n)
    )
    stats = {"rows": int(dated.sum()), "changed": len(changed_rows), "searched": len(again)}
    return np.concatenate(first), np.concatenate(second), lists, bounds, stats


def fill_windows(
    matrix: sparse.csr_matrix,
    dates: Sequence[DateRange],
    days: int,
    per_row: int,
    found_rows: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(row, partner) of the best ``per_row`` partners by full vectors, in its window, of each row
    the window search left short, and of each row dated by day and month only.

    The window search multiplies pruned vectors: each text's strongest features, which in a short
    text are mostly phrases it shares with one or two texts by chance. Two short reports of one
    meeting can then share none of them (product 0) and be left out, though their window holds
    fewer articles than ``per_row``. A row with fewer than ``per_row`` partners found
    (``found_rows``: the row of each partner found) is searched again on its full vector
    (``matrix``, l2-normalised) against its window; only positive products count. A copy that
    kept only "Ngày 14/10" has no window in that search at all: its window is every article
    dated within ``days`` of that day of the year, in any year, on the calendar's circle (as
    :func:`.stories.days_between` measures it). The window is small (a few days of the archive),
    so full vectors cost little; the result depends on the texts and dates alone.
    """
    n = matrix.shape[0]
    empty = np.empty(0, dtype=np.int64)
    if per_row <= 0 or n < 2:
        return empty, empty
    exact = np.array([d is not None and d[0] == d[1] for d in dates], dtype=bool)
    yearless = np.array([is_yearless(d) for d in dates], dtype=bool) & exact
    timed = np.flatnonzero(exact)
    if len(timed) < 2:
        return empty, empty
    ordinals = day_ordinals(dates)
    doy = np.zeros(n, dtype=np.int64)
    doy[timed] = [day_of_year(dates[i])[0] for i in timed.tolist()]
    counts = np.bincount(np.asarray(found_rows, dtype=np.int64), minlength=n)
    short = timed[(counts[timed] < per_row) | yearless[timed]]
    dated = np.flatnonzero(ordinals >= 0)
    by_day = dated[np.argsort(ordinals[dated], kind="stable")]
    day_of = ordinals[by_day]
    plain = np.flatnonzero(yearless)
    rows_out, cols_out = [], []
    # One product per day: the rows of one day share their window.
    day_key = np.where(yearless, -1 - doy, ordinals)
    for key in np.unique(day_key[short]).tolist():
        here = short[day_key[short] == key]
        day = doy[here[0]]
        if key >= 0:  # dated rows by the calendar, yearless rows by the day of the year
            dated_window = by_day[
                np.searchsorted(day_of, key - days) : np.searchsorted(day_of, key + days, "right")
            ]
            window = np.concatenate(
                [dated_window, plain[calendar_gaps(day, doy[plain], day, doy[plain]) <= days]]
            )
        else:  # every row dated to the day, in any year, by the day of the year
            window = timed[calendar_gaps(day, doy[timed], day, doy[timed]) <= days]
        if len(window) < 2:
            continue
        products = sp_matmul_topn(matrix[here], matrix[window].T.tocsr(), top_n=per_row + 1, n_threads=1)
        products = sparse.csr_matrix(products, shape=(len(here), len(window)))
        source = here[np.repeat(np.arange(len(here)), np.diff(products.indptr))]
        target = window[products.indices]
        keep = (source != target) & (products.data > 0)
        rows_out.append(source[keep])
        cols_out.append(target[keep])
    if not rows_out:
        return empty, empty
    return np.concatenate(rows_out).astype(np.int64), np.concatenate(cols_out).astype(np.int64)
