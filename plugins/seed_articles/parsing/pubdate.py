"""Which date is the publication date, and how much of it the text proves.

Only three places state when *this* article was published: a date stamp
(under or near the headline, or at the bottom), a byline with a date, and
the dateline that opens the lead (``Ngày 27/12, ...``, ``TTO - Sáng 15-3,
...``, or set off by commas: ``..., tháng 12-2024, ...``). A date inside a sentence, a range (``từ 10 đến 12/3``) or a planned
event (``dự kiến``, ``sẽ``) is about something else and is never used.

A dateline without a year gets one only from evidence in the text: a review
of year Y held in January or February is published in Y+1, a year-end
review of Y in November or December in Y. Otherwise the date keeps its day
and month (precision ``day-month``), and an inferred date is never placed
before a dated event the text reports as past.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import ArticleDate
from .dates import DateHit, find_dates
from .lines import first_sentence

DATELINE_WINDOW = 60  # a dateline opens the lead: "TTO - Sáng 15-3, tại ..."
_RANGE_AFTER_RE = re.compile(r"^\s*(?:đến|tới|-|–|—)\s*(?:ngày\s*)?\d", re.IGNORECASE)
_RANGE_BEFORE_RE = re.compile(r"(?:\b(?:từ|đến|tới)\s*(?:ngày\s*)?|\d\s*[-–—]\s*)$", re.IGNORECASE)
_PLANNED_RE = re.compile(r"\b(?:dự kiến|sẽ|kế hoạch|chuẩn bị|sắp)\b", re.IGNORECASE)
_PLANNED_WINDOW = 50
# "tổng kết công tác ... năm 2024", "sơ kết 6 tháng đầu năm 2019", "nhìn lại năm 2024"
_REVIEW_RE = re.compile(
    r"\b(?:tổng kết|sơ kết|nhìn lại)\b[^.;,]{0,100}?\bnăm\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
EARLY_MONTHS = (1, 2)
LATE_MONTHS = (11, 12)
_FUTURE_CONTEXT_RE = re.compile(r"\b(?:đến|tới|sẽ|dự kiến|kế hoạch|từ)\b[^.]{0,30}$", re.IGNORECASE)


def publication_date(
    stamps: Sequence[str], lead: str, kept_texts: Sequence[str], warnings: list[str]
) -> ArticleDate | None:
    """The stamp's date (stamps best first), else the lead's dateline, else None."""
    for stamp in stamps:
        for hit in find_dates(stamp):
            date = hit.to_article_date()
            if date is not None:
                return date
    hit = lead_dateline(lead)
    if hit is None:
        return None
    if hit.has_year:
        return hit.to_article_date()
    year = review_year(hit.month, kept_texts)
    if year is not None:
        date = hit.to_article_date(year)
        if date is not None and date.sort_tuple() >= _newest_past(kept_texts):
            return date
    warnings.append(f"date {hit.text!r} has no year and the article names none: day and month only")
    return ArticleDate(year=None, month=hit.month, day=hit.day, precision="day-month", source_text=hit.text)


def lead_dateline(lead: str) -> DateHit | None:
    """The date that opens the lead, unless it is part of a range or a plan."""
    if not lead:
        return None
    sentence = first_sentence(lead)
    for hit in find_dates(sentence):
        before, after = sentence[: hit.start], sentence[hit.end :]
        if hit.start >= DATELINE_WINDOW and not _own_clause(before, after):
            continue
        if hit.day is None and not hit.has_year:
            continue
        if _RANGE_AFTER_RE.match(after) or _RANGE_BEFORE_RE.search(before):
            return None
        if _PLANNED_RE.search(before) or _PLANNED_RE.search(after[:_PLANNED_WINDOW]):
            return None
        return hit
    return None


def _own_clause(before: str, after: str) -> bool:
    """``..., tháng 12-2024, ...``: the date set off by commas, a dateline inside the sentence."""
    return before.rstrip().endswith(",") and after.lstrip().startswith(",")


def review_year(month: int, texts: Sequence[str]) -> int | None:
    """The year a review dated ``month`` is published in, from the year it reviews."""
    if month not in EARLY_MONTHS and month not in LATE_MONTHS:
        return None
    years = {int(match.group("year")) for text in texts for match in _REVIEW_RE.finditer(text)}
    if len(years) != 1:
        return None  # no review, or several years reviewed: no evidence for one
    (year,) = years
    return year + 1 if month in EARLY_MONTHS else year


def _newest_past(texts: Sequence[str]) -> tuple[int, ...]:
    """The latest full date (day, month, year) the text mentions outside a plan or range."""
    newest: tuple[int, ...] = (0,)
    for text in texts:
        for hit in find_dates(text):
            if hit.year is None or hit.day is None or _FUTURE_CONTEXT_RE.search(text[: hit.start]):
                continue
            newest = max(newest, (hit.year, hit.month, hit.day, 0, 0, 0))
    return newest
