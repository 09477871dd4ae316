"""Dates an undated article writes, which place it next to a dated report of its occasion.

A preview ("Sắp diễn ra ...: dự kiến từ ngày 17 đến 19/9/2025 tại Hà Nội") or a copy that lost
its dateline has no publication date, so every pair with it has a distance in time unknown
and ranks as a pair that may be months apart (:func:`.linking.time_factor`). Yet its text
often writes the day of its occasion in full; a dated report published within a story's span
of that day is of the occasion the text announces or recounts. Such a pair ranks as a pair
known to be close: the announced day and the report's day agree.

Only full dates (day, month and year) count: a day and month alone fits any year. A text also
writes old dates ("Ngày 21/10/2013, ...", an anniversary, a treaty in force): such a date
places it next to articles of that day, which are of the occasion it recalls. A date the text
writes never makes two texts far apart (most texts write no date of their own time), so for
whether a pair may link it only brings pairs closer. For the order of links only
(``placed_far``), a text placed next to a report of its occasion is of that time: its other
dated partners rank by their distance from the days it writes, so a preview's list shows the
reports of its occasion before articles on the same kind of meeting in another season.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from .model import RelationDoc
from .stories import DateRange, is_yearless

# Full dates as texts write them: "19/9/2025", "17 đến 19.9.2025", "16-10-2026", "2026-10-16",
# "ngày 11 tháng 9 năm 2026". The parser's date patterns read more forms at twenty times the cost
# (3 s for 600 texts); these cover how news texts write the day of an occasion.
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?((?:19|20)\d{2})(?![\d/.-]?\d)"
)
_ISO_DATE = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d/.-]?\d)")
_WORDED_DATE = re.compile(r"(?i)\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+((?:19|20)\d{2})(?!\d)")


def written_days(doc: RelationDoc) -> tuple[int, ...]:
    """Ordinals of the full dates (with a year) the title and text write, sorted, distinct."""
    return _written_days(doc.title, doc.text)


# A rebuild reads the same undated texts again: each is read once while it stays in the cache.
@lru_cache(maxsize=4096)
def _written_days(title: str, text: str) -> tuple[int, ...]:
    days = set()
    for part in (title, text):
        found = [(d, m, y) for d, _, m, y in _NUMERIC_DATE.findall(part)]
        found += [(d, m, y) for y, m, d in _ISO_DATE.findall(part)]
        found += _WORDED_DATE.findall(part)
        for day, month, year in found:
            try:
                days.add(dt.date(int(year), int(month), int(day)).toordinal())
            except ValueError:
                continue
    return tuple(sorted(days))


def anchored_gaps(
    docs: Sequence[RelationDoc],
    dates: Sequence[DateRange],
    first: np.ndarray,
    second: np.ndarray,
    gaps: np.ndarray,
    max_days: int,
    placed_far: bool = False,
) -> np.ndarray:
    """``gaps`` with each pair of an undated and a dated article (gap -1) given the days from
    the dated one's date to the nearest full date the undated one writes, when that is at most
    ``max_days``; every other pair keeps its gap. With ``placed_far``, an undated text with
    such a pair has every pair with a dated article given that distance, however far."""
    result = gaps.copy()
    dated = np.array([d is not None and not is_yearless(d) for d in dates], dtype=bool)
    undated = np.array([d is None for d in dates], dtype=bool)
    which = np.flatnonzero((gaps < 0) & ((dated[first] & undated[second]) | (undated[first] & dated[second])))
    if not len(which):
        return result
    plain = np.where(undated[first[which]], first[which], second[which])
    placed = np.where(undated[first[which]], second[which], first[which])
    # The written days of each undated text in the pairs, read once, as one flat array.
    texts = np.unique(plain)
    days_of = [written_days(docs[int(i)]) for i in texts.tolist()]
    counts = np.zeros(len(docs), dtype=np.int64)
    counts[texts] = [len(days) for days in days_of]
    starts = np.zeros(len(docs), dtype=np.int64)
    starts[texts] = np.cumsum(counts[texts]) - counts[texts]
    flat = np.array([day for days in days_of for day in days], dtype=np.int64)
    has = counts[plain] > 0
    which, plain, placed = which[has], plain[has], placed[has]
    if not len(which):
        return result
    earliest = np.array([d[0].toordinal() if d is not None else 0 for d in dates], dtype=np.int64)
    latest = np.array([d[1].toordinal() if d is not None else 0 for d in dates], dtype=np.int64)
    # One entry per (pair, written day): the days from the day to the dated one's range.
    per_pair = counts[plain]
    owner = np.repeat(np.arange(len(which)), per_pair)
    offsets = np.arange(int(per_pair.sum())) - np.repeat(np.cumsum(per_pair) - per_pair, per_pair)
    day = flat[starts[plain][owner] + offsets]
    apart = np.maximum(np.maximum(earliest[placed][owner] - day, day - latest[placed][owner]), 0)
    nearest = np.minimum.reduceat(apart, np.concatenate([[0], np.cumsum(per_pair)[:-1]]))
    near = nearest <= max_days
    if placed_far:
        # A text placed next to a report of its occasion is of that time: its other dated
        # partners are as far as they are from the days it writes.
        anchored = np.zeros(len(docs), dtype=bool)
        anchored[plain[near]] = True
        near |= anchored[plain]
    result[which[near]] = nearest[near]
    return result
