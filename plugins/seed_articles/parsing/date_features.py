"""The publication date as a scored choice among the page's date mentions.

Candidates are the dates that could be this page's own: each full date on a
header line above the lead (a stamp, a byline, a widget, a metadata dump),
a headline's glued stamp, a dated line right under the lead, a closing
stamp, and the dateline that opens the lead or the paragraph under it. The
hard rules stay rules and are applied first: a date inside a sentence, in a
range or a planned event is never a candidate (:func:`.pubdate.lead_dateline`),
a scraper's retrieval time never reaches the header, a listing has no date,
and a year is only inferred from the text's own evidence, never placing the
date before the newest past date the text reports.

Each candidate is described by generic features: where it is (above or below
the headline, lines between them, the site's navigation between them), what
else its line holds (a weekday, "Hôm nay", "Tìm kiếm", a view counter,
names, an outlet), how much of the line the date fills, its precision, and
whether the line recurs in the folder's other seeds (a masthead's "today"
widget does). The model of :mod:`.choice` scores them.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass

from ..model import ArticleDate
from .bylines import read_byline
from .choice import Candidate, choose
from .dates import DateHit, find_dates
from .lines import syllable_count

HEADER, GLUED, AFTER_LEAD, CLOSING, LEAD, OPENING = (
    "header",
    "glued",
    "after-lead",
    "closing",
    "lead-dateline",
    "opening-dateline",
)
PLACES = (HEADER, GLUED, AFTER_LEAD, CLOSING, LEAD, OPENING)
MAX_DISTANCE = 10
_WEEKDAY_RE = re.compile(r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật|CN)\b", re.IGNORECASE)
_TODAY_RE = re.compile(r"\bhôm nay\b", re.IGNORECASE)
_SEARCH_RE = re.compile(r"\b(?:tìm kiếm|search|đăng nhập|đăng ký)\b", re.IGNORECASE)
_UPDATE_RE = re.compile(r"\b(?:cập nhật|đăng lúc|đăng ngày|ngày đăng|xuất bản|published)\b", re.IGNORECASE)
_COUNTER_RE = re.compile(r"\b(?:lượt xem|bình luận|in bài|chia sẻ|lượt đọc)\b", re.IGNORECASE)
_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d")
_ZONE_RE = re.compile(r"(?:GMT|UTC)\s*[+-]|[+-]\d{2}:\d{2}\b")


@dataclass(frozen=True)
class DateLine:
    """A line that may hold the page's stamp: its number, text and place on the page."""

    no: int
    text: str
    place: str


@dataclass(frozen=True)
class DateOption:
    """One candidate date, already complete (year inferred or not) and where it came from."""

    date: ArticleDate
    place: str
    line: int  # 0 for a dateline (its line is the lead or the paragraph under it)
    hit: DateHit
    text: str


def stamp_options(lines: Sequence[DateLine]) -> list[tuple[DateLine, DateHit, ArticleDate]]:
    """Every full date on the candidate lines (the first readable date of each line only)."""
    found = []
    for line in lines:
        if _ASKED_RE.search(line.text):
            continue  # a reader's question and the day it was sent: the answer dates the page
        for hit in find_dates(line.text):
            date = hit.to_article_date() if hit.has_year else None
            if date is not None:
                found.append((line, hit, date))
                break
    return found


# "Người gửi: X | Ngày gửi: 28/09/2026", "Người hỏi: ...", "Ngày hỏi: ...": a Q&A page's
# question, credited to the reader who sent it; the page is published when answered
_ASKED_RE = re.compile(r"\b(?:Người|Ngày|Thời gian)\s+(?:gửi|hỏi)\s*:", re.IGNORECASE)


@dataclass
class DateContext:
    title_no: int | None
    anchor_no: int | None  # the headline, else the lead
    navigation: Set[int]  # menus and breadcrumbs (line numbers)
    recurring: Set[int]
    content: Set[int] = frozenset()  # the copy's non-blank line numbers


def date_features(option: DateOption, rank: int, context: DateContext) -> dict[str, float]:
    text = option.text
    hit = option.hit
    features = {f"place_{place}": float(option.place == place) for place in PLACES}
    line_no = option.line
    title_no = context.title_no
    anchor = context.anchor_no
    above_title = bool(line_no) and title_no is not None and line_no < title_no
    distance = abs(line_no - anchor) if line_no and anchor is not None else MAX_DISTANCE
    byline = read_byline(text) if line_no else None
    hits = find_dates(text)
    features.update(
        {
            "above_title": float(above_title),
            "no_title": float(title_no is None),
            "navigation_between": float(
                bool(line_no)
                and anchor is not None
                and any(min(line_no, anchor) < no < max(line_no, anchor) for no in context.navigation)
            ),
            "distance": min(distance, MAX_DISTANCE) / MAX_DISTANCE,
            "adjacent": float(distance <= 2),
            "rank": min(rank, 4) / 4,
            "has_time": float(hit.hour is not None),
            "has_year": float(hit.has_year),
            "year_inferred": float(bool(option.date.inferred)),
            "day_month_only": float(option.date.year is None),
            "month_only": float(hit.day is None),
            "weekday": float(bool(_WEEKDAY_RE.search(text))),
            "today": float(bool(_TODAY_RE.search(text))),
            "search": float(bool(_SEARCH_RE.search(text))),
            "update_word": float(bool(_UPDATE_RE.search(text))),
            "counter_word": float(bool(_COUNTER_RE.search(text))),
            "iso_machine": float(bool(_ISO_RE.search(text))),
            "time_zone": float(bool(_ZONE_RE.search(text))),
            "stamp_line": float(byline is not None and bool(byline.stamp)),
            "names_on_line": float(byline is not None and bool(byline.authors)),
            "outlet_on_line": float(byline is not None and byline.source is not None),
            "date_share": min(1.0, (hit.end - hit.start) / max(len(text), 1)) if line_no else 0.0,
            "dates_on_line": min(len(hits), 3) / 3,
            "recurs_in_folder": float(line_no in context.recurring),
            "line_syllables": min(syllable_count(text), 40) / 40,
        }
    )
    return features


MIN_WIDGET_GAP_LINES = 3  # a stamp sits next to its headline; a clock widget tops the page


def is_viewing_widget(
    option: DateOption,
    context: DateContext,
    datelines: Sequence[DateOption] = (),
    stamps: Sequence[DateOption] = (),
) -> bool:
    """Hard rule: a header date above the headline (or lead) with the site's navigation between
    them, or on a line with the search box or "Hôm nay": the day the page was viewed.

    So is a clock widget (a weekday and a time, ``Thứ Ba, 17/03/2026 09:24 GMT+7``) printed
    far above the headline, with other lines between, whose day is not the day the text's own
    dateline reports (``Chiều 12/3/2026, ...``): it shows when the page was viewed, and so is
    a date above the headline when a labelled stamp under it ("Ngày phát hành: ...", one of
    ``stamps``) names another day.
    """
    if option.place != HEADER or context.anchor_no is None or option.line >= context.anchor_no:
        return False
    between = any(option.line < no < context.anchor_no for no in context.navigation)
    return (
        between
        or bool(_TODAY_RE.search(option.text) or _SEARCH_RE.search(option.text))
        or _far_clock(option, context, datelines)
        or _bare_weekday_date(option, context, datelines)
        or _labelled_stamp_below(option, context, stamps)
        or _clock_under_navigation(option, context, datelines)
    )


MAX_NEWS_DELAY_DAYS = 2  # a report goes out within a day or two of the event its dateline names


def _clock_under_navigation(
    option: DateOption, context: DateContext, datelines: Sequence[DateOption]
) -> bool:
    """A weekday and a time right under the site's menu, above the headline, days after the
    day the lead's dateline reports: the masthead's clock (the moment the page was viewed or
    saved), not a stamp; a report is published within days of its event."""
    if (
        option.hit.hour is None
        or not _WEEKDAY_RE.search(option.text)
        or option.line - 1 not in context.navigation
    ):
        return False
    widget = option.date
    if widget.year is None or widget.month is None or widget.day is None:
        return False
    for dateline in datelines:
        reported = dateline.date
        if reported.month is None or reported.day is None:
            continue
        year = reported.year if reported.year is not None else widget.year
        try:
            event = datetime.date(year, reported.month, reported.day)
            shown = datetime.date(widget.year, widget.month, widget.day)
        except ValueError:
            continue
        if reported.year is None and event > shown:
            event = event.replace(year=year - 1)  # "Sáng 28/12" under a January clock: last year
        if (shown - event).days > MAX_NEWS_DELAY_DAYS:
            return True
    return False


# "Ngày phát hành: 14/10/2026", "Ngày đăng: ...", "Đăng lúc ...": the page names its own date
_PUBLISHED_RE = re.compile(
    r"^\s*(?:ngày\s+(?:phát hành|đăng|xuất bản)|đăng\s+(?:ngày|lúc)|xuất bản|published)\b", re.IGNORECASE
)


def _labelled_stamp_below(option: DateOption, context: DateContext, stamps: Sequence[DateOption]) -> bool:
    """A date above the headline while a stamp under it gives another day: labelled as the
    page's own publication date, printed right under the headline, or glued to the headline
    itself. The date above shows the day the page was viewed."""
    title = context.title_no
    if title is None or option.line >= title:
        return False
    return any(
        (
            other.place == HEADER
            and other.line > title
            and (
                _PUBLISHED_RE.match(other.text)
                or _right_under(other.line, title, context.content)
                and not _origin_credit(other.text)
            )
            # the headline's own stamp glued to it ("<headline> 29/10/2026")
            or other.place == GLUED
            and other.line == title
        )
        and _disagree(option.date, other.date)
        for other in stamps
    )


# "PMRI .10 Tháng Mười Một 2026. Theo PMRI", "Nguồn: X, 3/11/2026": a translated or republished
# item credits its origin, and the date on that credit is the origin's, not this page's
_ORIGIN_CREDIT_RE = re.compile(r"(?:^|[\s.,;(])(?:theo|nguồn|source|via)\s*:?\s+\S", re.IGNORECASE)


def _origin_credit(text: str) -> bool:
    """A line under the headline that credits another outlet beside its date (not a stamp)."""
    byline = read_byline(text)
    return (byline is None or not byline.stamp) and bool(_ORIGIN_CREDIT_RE.search(text))


def _right_under(line: int, title: int, content: Set[int]) -> bool:
    return not any(title < no < line for no in content)


def _far_clock(option: DateOption, context: DateContext, datelines: Sequence[DateOption]) -> bool:
    """A weekday-and-time widget far above the headline that disagrees with the text's dateline."""
    anchor = context.title_no if context.title_no is not None else context.anchor_no
    if anchor is None or option.hit.hour is None or not _WEEKDAY_RE.search(option.text):
        return False
    gap = sum(1 for no in context.content if option.line < no < anchor)
    if gap < MIN_WIDGET_GAP_LINES:
        return False
    return any(_disagree(option.date, dateline.date) for dateline in datelines)


_BARE_WEEKDAY_DATE_RE = re.compile(
    r"^\W*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|CN)\s*(?:[,:\-–|]\s*)?(?:ngày\s+)?$",
    re.IGNORECASE,
)


def _bare_weekday_date(option: DateOption, context: DateContext, datelines: Sequence[DateOption]) -> bool:
    """A line holding only a weekday and a date, no time ("Thứ tư,  25/11/2026"), above the
    headline while the lead's dateline reports another day: the date widget of the masthead
    (the day the page was viewed), not the stamp, which prints the time or sits under the
    headline."""
    title = context.title_no
    if title is None or option.line >= title:
        return False
    before, after = option.text[: option.hit.start], option.text[option.hit.end :]
    return (
        option.hit.hour is None
        and not after.strip(" .,;|")
        and bool(_BARE_WEEKDAY_DATE_RE.match(before))
        and any(_disagree(option.date, dateline.date) for dateline in datelines)
    )


def _disagree(widget: ArticleDate, reported: ArticleDate) -> bool:
    """Two dates naming different days (a year only counts when both state one)."""
    if reported.day is None or widget.day is None:
        return False
    if (widget.month, widget.day) != (reported.month, reported.day):
        return True
    return widget.year is not None and reported.year is not None and widget.year != reported.year


def choose_date(options: Sequence[DateOption], context: DateContext) -> DateOption | None:
    """The best-scored option, or None when none is likely enough."""
    ranks: dict[str, int] = {}
    candidates = []
    datelines = [option for option in options if option.place in (LEAD, OPENING)]
    for option in options:
        if is_viewing_widget(option, context, datelines, options):
            continue
        rank = ranks.get(option.place, 0)
        ranks[option.place] = rank + 1
        candidates.append(Candidate(option, option.date.iso(), date_features(option, rank, context)))
    decision = choose("date", candidates)
    if decision.chosen is not None:
        return decision.chosen.item
    return _issue_month(option for option in options if option.place == HEADER)


# "BẢN TIN X | Số 47, tháng 11/2026", "SỐ 2 - 04/2025": a periodical's issue, its number and month
_ISSUE_LINE_RE = re.compile(
    r"(?<![^\W\d_])số\s+\d{1,4}\s*[,\-–—:]\s*(?:tháng\s+)?\d{1,2}/\d{4}\b", re.IGNORECASE
)


def _issue_month(options: Iterable[DateOption]) -> DateOption | None:
    """With no stamp chosen, the header's issue line: a newsletter or magazine issue is published
    in the month it names (month precision, no day is invented)."""
    issues = [option for option in options if option.hit.day is None and _ISSUE_LINE_RE.search(option.text)]
    return issues[0] if len(issues) == 1 else None
