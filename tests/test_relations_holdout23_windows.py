"""The window search on full vectors: rows the pruned search left short, and yearless rows.

Invented rows, not corpus text: the features are columns of a hand-made matrix.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from scipy import sparse
from seed_articles.relations.stories import YEARLESS, date_range
from seed_articles.relations.windows import fill_windows

EMPTY = np.zeros(0, dtype=np.int64)


def _matrix(rows: list[dict[int, float]], columns: int = 8) -> sparse.csr_matrix:
    """l2-normalised rows from {column: weight}."""
    data, indices, indptr = [], [], [0]
    for row in rows:
        norm = np.sqrt(sum(value * value for value in row.values()))
        for column, value in sorted(row.items()):
            indices.append(column)
            data.append(value / norm)
        indptr.append(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), columns))


def _pairs(rows: np.ndarray, cols: np.ndarray) -> set[tuple[int, int]]:
    return set(zip(rows.tolist(), cols.tolist(), strict=True))


def test_a_short_row_finds_its_window_partner_by_the_full_vector() -> None:
    # Two short reports of one meeting a day apart share only common words (columns 0, 1): the
    # pruned search kept their rare phrases and found nothing; the full vectors are alike.
    matrix = _matrix([{0: 1, 1: 1, 5: 2}, {0: 1, 1: 1, 6: 2}, {0: 1, 7: 3}])
    dates = [
        date_range((2026, 3, 10, 0, 0, 0)),
        date_range((2026, 3, 11, 0, 0, 0)),
        date_range((2026, 5, 20, 0, 0, 0)),  # weeks later: in no window of theirs
    ]
    rows, cols = fill_windows(matrix, dates, 7, 10, EMPTY)
    found = _pairs(rows, cols)
    assert (0, 1) in found and (1, 0) in found
    assert (0, 2) not in found and (2, 0) not in found


def test_a_row_the_pruned_search_filled_is_not_searched_again() -> None:
    matrix = _matrix([{0: 1, 1: 1}, {0: 1, 1: 1}, {0: 1, 2: 1}])
    dates = [date_range((2026, 3, 10, 0, 0, 0))] * 3
    # Row 0 already has its one partner (per_row 1); rows 1 and 2 have none.
    rows, _ = fill_windows(matrix, dates, 7, 1, np.array([0]))
    assert 0 not in set(rows.tolist())
    assert {1, 2} <= set(rows.tolist())


def test_a_yearless_copy_finds_the_reports_of_its_day_in_any_year() -> None:
    # A copy that kept only "Ngày 14/10": its reports are dated 14/10 of some year.
    matrix = _matrix([{0: 1, 1: 2, 2: 2}, {0: 1, 1: 2, 2: 1}, {0: 1, 1: 1, 3: 1}, {1: 2, 2: 2}])
    dates = [
        date_range((0, 10, 14, 0, 0, 0)),  # yearless
        date_range((2025, 10, 14, 11, 20, 0)),
        date_range((2026, 10, 15, 7, 30, 0)),
        date_range((2026, 4, 2, 0, 0, 0)),  # half a year from the day: never its window
    ]
    assert dates[0][0].year == YEARLESS
    rows, cols = fill_windows(matrix, dates, 7, 10, EMPTY)
    found = _pairs(rows, cols)
    assert {(0, 1), (0, 2)} <= found
    assert (0, 3) not in found
    # A dated row sees the yearless one in its own window too.
    assert (1, 0) in found


def test_yearless_windows_wrap_around_the_new_year() -> None:
    matrix = _matrix([{0: 1, 1: 1}, {0: 1, 1: 1}])
    dates = [date_range((0, 12, 30, 0, 0, 0)), date_range((2026, 1, 2, 0, 0, 0))]
    rows, cols = fill_windows(matrix, dates, 7, 10, EMPTY)
    assert (0, 1) in _pairs(rows, cols)


def test_rows_without_a_day_have_no_window() -> None:
    # A month without a day, or no date at all, places a row in no window.
    matrix = _matrix([{0: 1, 1: 1}, {0: 1, 1: 1}, {0: 1, 1: 1}])
    dates = [date_range((2026, 3, 0, 0, 0, 0)), None, date_range((2026, 3, 10, 0, 0, 0))]
    assert dates[0] == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    rows, cols = fill_windows(matrix, dates, 7, 10, EMPTY)
    assert not len(rows) and not len(cols)


def test_unrelated_rows_of_one_day_are_no_candidates() -> None:
    # Nothing in common: a product of 0 is no partner, however empty the window.
    matrix = _matrix([{0: 1}, {1: 1}])
    dates = [date_range((2026, 3, 10, 0, 0, 0))] * 2
    rows, _ = fill_windows(matrix, dates, 7, 10, EMPTY)
    assert not len(rows)
