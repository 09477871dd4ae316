"""Which date is the publication date, and how much of it the text proves.

Only three places state when *this* article was published: a date stamp
(under or near the headline, or at the bottom), a byline with a date, and
the dateline that opens the lead (``Ngày 27/12, ...``, ``TTO - Sáng 15-3,
...``, or set off by commas: ``..., tháng 12-2024, ...``; later in the sentence
only as its one date on a verb reporting the event done: ``... đã kết thúc ngày
22-4``). Any other date inside a sentence, a range (``từ 10 đến 12/3``) or a planned
event (``dự kiến``, ``sẽ``) is about something else and is never used.

A dateline without a year gets one only from evidence in the text: a review
of year Y held in January or February is published in Y+1, a year-end
review of Y in November or December in Y, year-to-date figures ("9 tháng năm
2024") in the months that close that period in Y, the event's own sentence
naming its year or the programme of that year it is part of ("nằm trong Kế
hoạch ... năm 2026"). Otherwise the date keeps
its day and month (precision ``day-month``), and an inferred date is never
placed before a dated event the text reports as past.

Not a publication date: the masthead's "today" widget above the site's
navigation, a date above the headline when a stamp under it (right under it, or
labelled "Ngày phát hành:") gives another day, and any stamp of a listing (several stories, each with its own
stamp or publisher marker: the page has no single date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from ..model import ArticleDate
from .bylines import lead_marker, read_byline
from .date_features import LEAD, OPENING, DateContext, DateLine, DateOption, choose_date, stamp_options
from .dates import DateHit, catalogue_year, find_dates
from .lines import first_sentence, is_prose

DATELINE_WINDOW = 60  # a dateline opens the lead: "TTO - Sáng 15-3, tại ..."
_RANGE_AFTER_RE = re.compile(r"^\s*(?:đến|tới|-|–|—)\s*(?:ngày\s*)?\d", re.IGNORECASE)
_RANGE_BEFORE_RE = re.compile(r"(?:\b(?:từ|đến|tới)\s*(?:ngày\s*)?|\d\s*[-–—]\s*)$", re.IGNORECASE)
_PLANNED_RE = re.compile(r"\b(?:dự kiến|sẽ|kế hoạch|chuẩn bị|sắp)\b", re.IGNORECASE)
_PLANNED_WINDOW = 50
# "ban hành kế hoạch", "ký kế hoạch", "phê duyệt kế hoạch": the plan was issued on the dateline's
# day (an act done), so its words say nothing of the date being planned
_PLAN_ISSUED_RE = re.compile(
    r"\b(?:ban hành|ký(?: kết)?|thông qua|phê duyệt|công bố)\s+(?:bản\s+)?kế hoạch\b", re.IGNORECASE
)
# "..., nằm trong kế hoạch hợp tác năm 2026": the event is held as part of a plan, not planned
_PART_OF_PLAN_RE = re.compile(r"\b(?:nằm trong|thuộc)\s+(?:khuôn khổ\s+)?kế hoạch\b", re.IGNORECASE)
# "tổng kết công tác ... năm 2024", "sơ kết 6 tháng đầu năm 2019", "nhìn lại năm 2024"
_REVIEW_RE = re.compile(
    r"\b(?:tổng kết|sơ kết|nhìn lại)\b[^.;,]{0,100}?\bnăm\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
EARLY_MONTHS = (1, 2)
LATE_MONTHS = (11, 12)
_FUTURE_CONTEXT_RE = re.compile(r"\b(?:đến|tới|sẽ|dự kiến|kế hoạch|từ)\b[^.]{0,30}$", re.IGNORECASE)


def publication_date(
    date_lines: Sequence[DateLine],
    lead: str,
    kept_texts: Sequence[str],
    warnings: list[str],
    opening: str = "",
    context: DateContext | None = None,
    headline: str = "",
) -> ArticleDate | None:
    """The publication date: a scored choice among the stamps on ``date_lines`` and the
    dateline of the lead (or, when the sapo names no date at all, of ``opening``, the first
    paragraph after it), else None.

    The hard rules apply before any scoring: a dateline inside a range or a plan is no
    candidate, and a year is only inferred from the text's own evidence.
    """
    options = [
        DateOption(date, line.place, line.no, hit, line.text) for line, hit, date in stamp_options(date_lines)
    ]
    dateline = _dateline_option(lead, opening, kept_texts, headline)
    if dateline is not None:
        options.append(dateline)
    chosen = choose_date(options, context or DateContext(None, None, frozenset(), frozenset()))
    if chosen is None:
        # a catalogue record (library, thesis repository) states its year in a labelled field
        # and no other date: the year alone, only when nothing else dates the page
        years = {date.year: date for line in date_lines if (date := catalogue_year(line.text)) is not None}
        if len(years) == 1 and not options:
            return next(iter(years.values()))
        return None if options else _yearless_stamp(date_lines, warnings)
    if chosen.date.year is None:
        warnings.append(
            f"date {chosen.hit.text!r} has no year and the article names none: day and month only"
        )
    return chosen.date


def _yearless_stamp(date_lines: Sequence[DateLine], warnings: list[str]) -> ArticleDate | None:
    """With nothing else to date the page, its own stamp without a year (a day, a month and a
    time alone on a line by the headline, as the header found it): the day and month only."""
    for line in date_lines:
        hits = find_dates(line.text)
        if len(hits) != 1 or hits[0].has_year or hits[0].day is None or hits[0].hour is None:
            continue
        if (line.text[: hits[0].start] + line.text[hits[0].end :]).strip(" |-–·•,"):
            continue
        hit = hits[0]
        warnings.append(f"date {hit.text!r} has no year and the article names none: day and month only")
        return ArticleDate(
            year=None, month=hit.month, day=hit.day, precision="day-month", source_text=hit.text
        )
    return None


def _dateline_option(
    lead: str, opening: str, kept_texts: Sequence[str], headline: str = ""
) -> DateOption | None:
    """The lead's dateline (else the opening paragraph's), completed with the year the text proves."""
    hit, place = lead_dateline(lead), LEAD
    if hit is None and opening and not find_dates(lead):
        hit, place = opening_dateline(opening), OPENING
    if hit is None or place == OPENING and hit.has_year and not _year_named_again(hit, kept_texts):
        return None
    date = dateline_date(hit, kept_texts, first_sentence(lead if place == LEAD else opening), headline)
    return DateOption(date, place, 0, hit, hit.text) if date is not None else None


def _year_named_again(hit: DateHit, kept_texts: Sequence[str]) -> bool:
    """Whether the text names the year of a dated opening paragraph again elsewhere. A report
    dated "Ngày 6/10/2026, ..." under a sapo goes on about that year ("9 tháng năm 2026"); an
    essay whose sapo names no date and whose next paragraph recalls "Ngày 28/7/1995, ..." names
    that year once: a past event, not the day it was written."""
    year = re.compile(rf"(?<!\d){hit.year}(?!\d)")
    return sum(len(year.findall(text)) for text in kept_texts) >= 2


def dateline_date(
    hit: DateHit, kept_texts: Sequence[str], sentence: str = "", headline: str = ""
) -> ArticleDate | None:
    """A dateline's date: as written when it has a year, else with the year the text's
    evidence fixes (never before the newest past date it reports), else day and month.

    ``sentence`` is the sentence the dateline opens (its event may name its year), ``headline``
    the page's headline (it may name the edition of the event and its year)."""
    if hit.has_year:
        return hit.to_article_date()
    year = (
        range_year(hit, kept_texts)
        or evidence_year(hit.month, kept_texts)
        or event_year(sentence)
        or plan_signed_year(hit.month, sentence)
        or framework_year(sentence)
        or annual_year(sentence)
        or edition_year(headline)
    )
    if year is not None:
        date = hit.to_article_date(year)
        if date is not None and date.sort_tuple() >= _newest_past(kept_texts):
            return date
    if hit.day is None:
        return None
    return ArticleDate(year=None, month=hit.month, day=hit.day, precision="day-month", source_text=hit.text)


def lead_dateline(lead: str) -> DateHit | None:
    """The date that opens the lead, unless it is part of a range or a plan."""
    if not lead:
        return None
    sentence = first_sentence(lead)
    hits = find_dates(sentence)
    for hit in hits:
        before, after = sentence[: hit.start], sentence[hit.end :]
        late = hit.start >= DATELINE_WINDOW and not _own_clause(before, after)
        past = _PAST_EVENT_RE.search(before) or _PAST_DAY_RE.search(before) and hit.has_year
        if late and (len(hits) > 1 or not past):
            continue
        if hit.day is None and not hit.has_year:
            continue
        if _RANGE_AFTER_RE.match(after) or _RANGE_BEFORE_RE.search(before):
            return None
        before, after = _PART_OF_PLAN_RE.sub("", before), _PART_OF_PLAN_RE.sub("", after)
        after = _PLAN_ISSUED_RE.sub("", after)  # "Ngày 20/10, X ban hành kế hoạch ...": done that day
        if _PLANNED_RE.search(before) or _PLANNED_RE.search(after[:_PLANNED_WINDOW]):
            return None
        return hit
    return None


OPENING_DATELINE_WINDOW = 20  # "(TTXVN) - Ngày 24/9, ...": the paragraph opens with it


def opening_dateline(paragraph: str) -> DateHit | None:
    """The dateline at the very start of a paragraph (after a publisher marker), else None."""
    marker = lead_marker(paragraph)
    text = marker[1] if marker is not None else paragraph
    hit = lead_dateline(text)
    return hit if hit is not None and hit.start <= OPENING_DATELINE_WINDOW else None


# "từ ngày 9 đến 12/3/2026", "từ 28/2 đến 3/3/2026", "(9-12/3/2026)": a dated span
_SPAN_RES = (
    re.compile(
        r"\btừ\s+(?:ngày\s+)?(?P<d1>\d{1,2})(?:\s*[/-]\s*(?P<m1>\d{1,2}))?\s*(?:đến|tới)\s*(?:ngày\s+)?"
        r"(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\d/.])(?P<d1>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"
    ),
)


def range_year(hit: DateHit, texts: Sequence[str]) -> int | None:
    """The year of a span the text dates in full that contains the dateline's day: the
    dateline reports a day of that event (``Chiều 10/3`` of a visit ``từ ngày 9 đến
    12/3/2026``). Spans of different years containing the day prove nothing."""
    if hit.day is None:
        return None
    day = (hit.month, hit.day)
    years: set[int] = set()
    for text in texts:
        for pattern in _SPAN_RES:
            for match in pattern.finditer(text):
                end = (int(match.group("m2")), int(match.group("d2")))
                start = (int(match.groupdict().get("m1") or end[0]), int(match.group("d1")))
                if start <= day <= end:
                    years.add(int(match.group("year")))
    return years.pop() if len(years) == 1 else None


# "Sáng 11/3, ... khai giảng lớp tập huấn ... năm 2026", "đã tiến hành đợt tuần tra đầu tiên
# trong năm 2026": the event the dateline reports is opened, held or carried out as the event
# of a stated year. A review ("tổng kết ... năm 2025", held the
# next year), a plan or a period ("kế hoạch", "giai đoạn", "đến năm") names another year.
_EVENT_YEAR_RE = re.compile(
    r"\b(?:khai giảng|khai mạc|tổ chức|tiến hành|diễn ra|phát động|ra quân|bắt đầu|hội đàm)\b(?P<between>[^.;!?]{0,160}?)"
    r"\bnăm\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "giải Vô địch cờ vua trẻ quốc gia năm 2026 khép lại": the event of a stated year, named as the
# subject of the verb that reports it happening.
_NAMED_EVENT_YEAR_RE = re.compile(
    r"\b(?:giải|hội nghị|hội đàm|hội thao|hội thi|hội diễn|hội chợ|diễn tập|triển lãm|lễ hội|đại hội|"
    r"cuộc thi|liên hoan|diễn đàn)\b(?P<between>[^.;!?]{0,100}?)\bnăm\s+(?P<year>(?:19|20)\d\d)"
    r"\s+(?:đã\s+|chính thức\s+|vừa\s+)?(?:khép lại|bế mạc|khai mạc|kết thúc|diễn ra|được tổ chức)\b",
    re.IGNORECASE,
)
# "lên đường thực hiện nhiệm vụ ... năm 2026": the task of that year, carried out now.
_CARRIED_OUT_RE = re.compile(r"\b(?:thực hiện|làm)\s+nhiệm vụ\b", re.IGNORECASE)
# "ký kế hoạch hợp tác năm 2026": the plan of a year, signed in its first half.
_PLAN_SIGNED_RE = re.compile(
    r"\b(?:ký|ký kết|thống nhất)\s+(?:bản\s+)?kế hoạch(?P<between>[^.;!?,]{0,60}?)"
    r"\bnăm\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_OTHER_YEAR_RE = re.compile(
    r"\b(?:tổng kết|sơ kết|nhìn lại|đánh giá|kỷ niệm|kế hoạch|định hướng|nhiệm vụ|chương trình công tác|"
    r"giai đoạn|nhiệm kỳ|đến|tới|từ|trước|sau|dự kiến|chuẩn bị|sẽ)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def event_year(sentence: str) -> int | None:
    """The year the dateline's own sentence gives its event (``tổ chức ... năm 2026``), when
    it is the only year the sentence names; else None."""
    year = None
    match = _EVENT_YEAR_RE.search(sentence)
    if match is not None and not _OTHER_YEAR_RE.search(_CARRIED_OUT_RE.sub("", match.group("between"))):
        year = int(match.group("year"))
    named = _NAMED_EVENT_YEAR_RE.search(sentence)
    if year is None and named is not None and not _OTHER_YEAR_RE.search(named.group("between")):
        year = int(named.group("year"))
    if year is None:
        return None
    return year if {int(found) for found in _YEAR_RE.findall(sentence)} == {year} else None


# "GIAO LƯU ... LẦN THỨ 4 NĂM 2026", "Hội thao lần thứ IX năm 2026": the headline names the edition
# of the event it reports and that edition's year
_EDITION_YEAR_RE = re.compile(
    r"\blần\s+thứ\s+(?:\d{1,3}|[IVXLC]{1,7})\b\s*,?\s*năm\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)


# "tọa đàm pháp lý thường niên năm 2026": the yearly edition of an event, named by its year
_ANNUAL_YEAR_RE = re.compile(r"\bthường\s+niên\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def annual_year(sentence: str) -> int | None:
    """The year of the yearly edition the dateline's own sentence reports (``... thường niên năm
    2026 ... đã thu hút ...``): that edition is held in its year. None when the sentence names
    another year, or a review, plan or future that points elsewhere."""
    match = _ANNUAL_YEAR_RE.search(sentence)
    if match is None or _OTHER_YEAR_RE.search(sentence) or _PLANNED_RE.search(sentence):
        return None
    year = int(match.group("year"))
    return year if {int(found) for found in _YEAR_RE.findall(sentence)} == {year} else None


def edition_year(headline: str) -> int | None:
    """The year of the edition the headline names, when it is the only year it names."""
    match = _EDITION_YEAR_RE.search(headline)
    if match is None:
        return None
    year = int(match.group("year"))
    return year if {int(found) for found in _YEAR_RE.findall(headline)} == {year} else None


def plan_signed_year(month: int | None, sentence: str) -> int | None:
    """``Chiều 13/3, ... ký kế hoạch hợp tác năm 2026``: a year's plan signed on a dateline in
    the first half of a year is that year's (one signed late in the year may be the next
    year's: no year then). The sentence must name no other year."""
    match = _PLAN_SIGNED_RE.search(sentence)
    if month not in PLAN_MONTHS or match is None or _OTHER_YEAR_RE.search(match.group("between")):
        return None
    year = int(match.group("year"))
    return year if {int(found) for found in _YEAR_RE.findall(sentence)} == {year} else None


# "..., nằm trong Kế hoạch diễn tập phối hợp quốc tế năm 2026", "trong khuôn khổ Năm Chủ tịch
# ASEAN 2026": the reported event is carried out as part of that year's programme.
_FRAMEWORK_YEAR_RE = re.compile(
    r"\b(?:nằm trong|trong khuôn khổ|thuộc)\s+(?:khuôn khổ\s+)?"
    r"(?:(?:kế hoạch|chương trình)\b(?P<between>[^.;!?,]{0,60}?)\bnăm\s+|năm chủ tịch\s+\S+\s+)"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def framework_year(sentence: str) -> int | None:
    """The year of the programme the dateline's event is part of, when the sentence names
    no other year (a review, a period or a plan of later years would)."""
    match = _FRAMEWORK_YEAR_RE.search(sentence)
    if match is None or _OTHER_YEAR_RE.search(match.group("between") or ""):
        return None
    year = int(match.group("year"))
    return year if {int(found) for found in _YEAR_RE.findall(sentence)} == {year} else None


# "... tại vùng biển Indonesia đã kết thúc ngày 22-4 sau 3 ngày ...": the lead's one date, on
# the verb that reports its event as done, is the news day however late the sentence gives it
_PAST_EVENT_RE = re.compile(
    r"\b(?:đã|vừa)\s+(?:chính thức\s+)?(?:kết thúc|bế mạc|khai mạc|diễn ra|khép lại|được tổ chức|tổ chức)"
    r"\s+(?:vào\s+)?$",
    re.IGNORECASE,
)


# "... cập cảng Nhà Rồng hôm 10/6/2026.": "hôm" names a day already past, the news day when the
# lead's one date is a full one
_PAST_DAY_RE = re.compile(r"\bhôm\s*$", re.IGNORECASE)


def _own_clause(before: str, after: str) -> bool:
    """``..., tháng 12-2024, ...``: the date set off by commas, a dateline inside the sentence."""
    return before.rstrip().endswith(",") and after.lstrip().startswith(",")


def evidence_year(month: int, texts: Sequence[str]) -> int | None:
    """The one year the text's reviews and year-to-date figures point to, else None."""
    years = {review_year(month, texts), period_year(month, texts), review_and_plan_year(month, texts)}
    years -= {None}
    return years.pop() if len(years) == 1 else None


# "đánh giá công tác phối hợp quản lý, bảo vệ biên giới năm 2024": a whole year reviewed
# (commas allowed); "sơ kết quý I năm 2025", "6 tháng đầu năm" review part of a year instead.
_WHOLE_YEAR_REVIEW_RE = re.compile(
    r"\b(?:tổng kết|sơ kết|nhìn lại|đánh giá)\b(?P<between>[^.;]{0,100}?)\bnăm\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PART_OF_YEAR_RE = re.compile(r"\b(?:quý|tháng|đầu|giữa|học kỳ|nhiệm kỳ|giai đoạn)\b", re.IGNORECASE)
PLAN_MONTHS = range(1, 7)  # a year reviewed and the next one planned: the first half of that next year


def review_and_plan_year(month: int, texts: Sequence[str]) -> int | None:
    """A text reviewing the whole year Y and naming year Y+1 was written after Y closed:
    a dateline in the first half of a year is then in Y+1 (never guessed from one alone)."""
    if month not in PLAN_MONTHS:
        return None
    reviewed = {
        int(match.group("year"))
        for text in texts
        for match in _WHOLE_YEAR_REVIEW_RE.finditer(text)
        if not _PART_OF_YEAR_RE.search(match.group("between"))
    }
    if len(reviewed) != 1:
        return None
    (year,) = reviewed
    # the two years are the only ones the text names: no history or far plan to confuse them
    named = {int(match.group("year")) for text in texts for match in _NAMED_YEAR_RE.finditer(text)}
    return year + 1 if named == {year, year + 1} else None


_NAMED_YEAR_RE = re.compile(r"\bnăm\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def review_year(month: int, texts: Sequence[str]) -> int | None:
    """The year a review dated ``month`` is published in, from the year it reviews."""
    if month not in EARLY_MONTHS and month not in LATE_MONTHS:
        return None
    years = {int(match.group("year")) for text in texts for match in _REVIEW_RE.finditer(text)}
    if len(years) != 1:
        return None  # no review, or several years reviewed: no evidence for one
    (year,) = years
    return year + 1 if month in EARLY_MONTHS else year


# "9 tháng năm 2024", "6 tháng đầu năm 2025": results of the year so far, reported when
# the period closes; "so với 6 tháng đầu năm 2024" compares with an earlier year instead.
_PERIOD_RE = re.compile(
    r"(?<!\d)(?P<months>\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
_COMPARED_RE = re.compile(r"\b(?:so với|cùng kỳ|hơn|như)\s+(?:cùng kỳ\s+)?(?:của\s+)?$", re.IGNORECASE)
PERIOD_REPORT_MONTHS = 2  # figures for the first N months appear in month N to N+2


def period_year(month: int, texts: Sequence[str]) -> int | None:
    """The year of a dateline in ``month`` from the year-to-date figures the article reports."""
    years: set[int] = set()
    for text in texts:
        for match in _PERIOD_RE.finditer(text):
            months = int(match.group("months"))
            if _COMPARED_RE.search(text[: match.start()]):
                continue
            if 1 <= months <= 11 and months <= month <= months + PERIOD_REPORT_MONTHS:
                years.add(int(match.group("year")))
    return years.pop() if len(years) == 1 else None


def _newest_past(texts: Sequence[str]) -> tuple[int, ...]:
    """The latest full date (day, month, year) the text mentions outside a plan or range."""
    newest: tuple[int, ...] = (0,)
    for text in texts:
        for hit in find_dates(text):
            if hit.year is None or hit.day is None or _FUTURE_CONTEXT_RE.search(text[: hit.start]):
                continue
            newest = max(newest, (hit.year, hit.month, hit.day, 0, 0, 0))
    return newest


def is_page_widget_stamp(line_no: int, anchor_no: int, navigation: Set[int]) -> bool:
    """A stamp above the headline with the site's menu or breadcrumb between them.

    Mastheads print the day the page is viewed ("Thứ Hai, 18/11/2024") above the
    navigation; the article's own stamp sits below it, next to the headline.
    """
    return line_no < anchor_no and any(line_no < no < anchor_no for no in navigation)


MIN_STAMPED_ITEMS = 3  # "08:45 12/12/2024" in three kept lines: items of a listing
MIN_STAMP_ONLY_ITEMS = 2
MIN_MARKED_ITEMS = 2
MARKER_WINDOW = 40  # "Thế giới TPO - ...": a section label may precede an item's marker


def is_listing(lead_line: str, after_lead: Sequence[str], kept: Sequence[str]) -> bool:
    """Several stories on one page: each item carries its own stamp or publisher marker.

    ``lead_line`` is the first prose line as printed; ``after_lead`` every line
    after it; ``kept`` the lines kept as lead or body.
    """
    stamp_only = sum(1 for text in kept if _is_stamp_only(text))
    timed = sum(1 for text in kept if any(hit.has_year and hit.hour is not None for hit in find_dates(text)))
    if stamp_only >= MIN_STAMP_ONLY_ITEMS or timed >= MIN_STAMPED_ITEMS:
        return True
    return _repeated_marker(lead_line, after_lead)


def _is_stamp_only(text: str) -> bool:
    byline = read_byline(text)
    return byline is not None and bool(byline.stamp) and not byline.authors and byline.source is None


def _repeated_marker(lead_line: str, after_lead: Sequence[str]) -> bool:
    """The lead's publisher marker opens two more items, with no plain paragraph between:
    an article's own paragraphs never repeat the marker (teasers after its body may)."""
    marker = lead_marker(lead_line)
    if marker is None:
        return False
    opener = re.compile(rf"(?:^|\s|\(){re.escape(marker[0])}\)?\s*[-–—]\s")
    marked = 0
    for text in after_lead:
        if opener.search(text[:MARKER_WINDOW]):
            marked += 1
            if marked >= MIN_MARKED_ITEMS:
                return True
        elif is_prose(text):
            return False
    return False
