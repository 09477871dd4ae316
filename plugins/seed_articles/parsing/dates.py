"""Publication dates written in numbers, read with precompiled patterns.

Every form Vietnamese news sites use for the publication stamp is numeric
(``09/12/2024 14:27``, ``16/07/2019, 08:25``, ``2025-01-24 17:42:44``,
``ngày 27 tháng 12 năm 2024``, ``tháng 12-2024``, ``Ngày 27/12``), so
regular expressions cover them at a fraction of dateparser's cost; dateparser
would add nothing for these forms and is not used.

This module only *reads* dates. Which date is the publication date is the
caller's decision (see :mod:`.metadata`): a date in a caption or in the body
describes some other event.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from ..model import ArticleDate

# "08:30 AM", "2:15 CH" (chiều): a 12-hour clock, converted in find_dates.
_TIME = (
    r"(?P<hour>\d{1,2})\s*[:hH]\s*(?P<minute>\d{2})(?:\s*:\s*(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?|SA|CH)(?![^\W\d_]))?"
)
# "16:42 - Thứ Tư, 20/11/2024": the weekday a stamp may print between the time and the date
_WEEKDAY = r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s+[Nn]hật|CN)"
# the months in words, the two-word ones first ("Mười Một" before "Mười")
_MONTH_NAMES = {
    "mười một": 11,
    "mười hai": 12,
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# "tháng Chạp" names the twelfth lunar month only, so it is left out; "mùng 10 tháng Giêng",
# "15 tháng Giêng năm 2026 (âm lịch)" are lunar dates too
_LUNAR_BEFORE = r"(?<!mùng )(?<!mồng )(?<!Mùng )(?<!Mồng )"
_LUNAR_AFTER = r"(?!\s*\(?\s*(?i:âm lịch|ÂL)\b)"
# capitalised as sites print them ("Tháng Năm"): "6 tháng năm 2024" (six months of 2024) is no date
_MONTH_WORDS = (
    "(?:"
    + "|".join(
        form.replace(" ", r"\s+")
        for name in _MONTH_NAMES
        for form in dict.fromkeys((name.title(), name.capitalize(), name.upper()))
    )
    + r")(?![^\W\d_])"
)
_EN_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# full names first, then the three-letter forms ("Sept" too); capitalised as printed
_EN_MONTHS = "(?:" + "|".join((*_EN_MONTH_NAMES, "Sept", *(name[:3] for name in _EN_MONTH_NAMES))) + ")"
_EN_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
# "21:40 GMT + 3", "08:05 (GMT+7)", "10:15 UTC": the zone a stamp's time is printed in, read in
# Vietnam time (UTC+7) as every other stamp of the archive
_ZONE = (
    r"(?:\s*\(?\s*(?P<zone>GMT|UTC)(?:\s*(?P<zone_sign>[+-])\s*(?P<zone_hours>\d{1,2})(?::?00)?)?"
    r"(?![\w+-])\s*\)?)?"
)
# RFC 822 (RSS pubDate): "+0000", "-0500" after the time, whole hours only
_RFC_ZONE = r"(?:(?<=\d)\s+(?P<rfc_sign>[+-])(?P<rfc_hours>[01]\d)00(?!\d))?"
# French month names as Blogger and French CMSs print them (with or without accents)
_FR_MONTH_NAMES = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_FR_MONTHS = "(?i:" + "|".join(_FR_MONTH_NAMES) + ")"
# Hungarian locale (Player FM's hu. mirror, Hungarian CMSs): the month names and the abbreviations
# English does not share ("jan.", "aug.", "nov.", "dec." are read by the English pattern)
_HU_MONTH_NAMES = {
    "január": 1,
    "február": 2,
    "március": 3,
    "április": 4,
    "május": 5,
    "június": 6,
    "július": 7,
    "augusztus": 8,
    "szeptember": 9,
    "október": 10,
    "febr.": 2,
    "márc.": 3,
    "ápr.": 4,
    "máj.": 5,
    "jún.": 6,
    "júl.": 7,
    "szept.": 9,
    "okt.": 10,
}
_HU_MONTHS = "(?i:" + "|".join(re.escape(name) for name in _HU_MONTH_NAMES) + ")"
_TIME_AFTER = rf"(?:\s*(?:,|-|–|\||lúc|vào lúc)?\s*{_TIME}(?![\d/]){_ZONE})?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 17:42 - 09/12/2024, 20:15, ngày 22-10-2025 (time first)
    (
        "time-dmy",
        re.compile(
            rf"(?<![\d:/]){_TIME}\s*(?:,|-|–|\|)?\s*(?:{_WEEKDAY}\s*(?:,|-|–|\|)?\s*)?(?:ngày\s*)?"
            r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    # 2025-01-24 17:42:44, 2025-01-24T17:42; Chinese state media print the zone after the time,
    # "2026-05-01 13:35:25(GMT+08:00)" (Beijing time, read in Vietnam time)
    (
        "iso",
        re.compile(
            r"(?<![\d/.-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
            r"(?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?" + _ZONE + r")?(?![\d-])",
        ),
    ),
    # East Asian sites (Korean, Japanese, Chinese CMSs): "2026.09.13 09:20", "2026/09/13" (the
    # year first, the parts split by dots or slashes; a version number has no 4-digit head)
    (
        "ymd",
        re.compile(
            r"(?<![\d/.-])(?P<year>\d{4})(?P<sep>[./])(?P<month>\d{2})(?P=sep)(?P<day>\d{2})\.?(?![\d/.])"
            + _TIME_AFTER,
            re.IGNORECASE,
        ),
    ),
    # Japanese and Chinese sites print "2026年11月30日" (year, month, day marked by their
    # characters), maybe with a time after: the same date as "30/11/2026"
    (
        "ymd-cjk",
        re.compile(
            r"(?<!\d)(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日" + _TIME_AFTER
        ),
    ),
    # Blogger's short date header alone on its line: "21/05/26" (day, month, two-digit year);
    # inside a sentence two digits after a slash are no year
    (
        "dmy-short",
        re.compile(r"^\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<short_year>\d{2})\s*$"),
    ),
    # 09/12/2024 14:27, 16/07/2019, 08:25, 9-1-2023
    (
        "dmy",
        re.compile(
            r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])"
            + _TIME_AFTER,
            re.IGNORECASE,
        ),
    ),
    # ngày 27 tháng 12 năm 2024
    (
        "words",
        re.compile(
            r"ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:(?:\s*(?:năm|,)\s*|\s+)(?P<year>\d{4})(?!\d)"
            # "Thứ ba, ngày 12 tháng 12 năm 2026 | 12:31:48": the time after the year
            + _TIME_AFTER
            + ")?",
            re.IGNORECASE,
        ),
    ),
    # BBC: "12:36 GMT - thứ ba, 27 tháng 7, 2010" (day and month in words, the year after a comma;
    # the time in GMT, read in Vietnam time)
    (
        "gmt-words",
        re.compile(
            rf"(?:{_TIME}\s*(?P<gmt>GMT|UTC)(?![+-]\s*\d)\s*(?:,|-|–|\|)?\s*)?(?:{_WEEKDAY}\s*,?\s*)?"
            r"(?<![\d/])(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s*,\s*(?P<year>\d{4})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    # WordPress.com and Joomla K2: "26 tháng 11 2026", "Thứ tư, 20 Tháng 5 2026 16:45" (the month
    # in digits, the year after a space, the time maybe after it)
    (
        "words-spaced-year",
        re.compile(
            r"(?<![\d/])(?P<day>\d{1,2})\s+(?i:tháng)\s+(?P<month>\d{1,2})\s+(?P<year>\d{4})(?!\d)(?![/.:,]\d)"
            rf"(?:\s+{_TIME}(?![\d/]))?",
        ),
    ),
    # "22 Tháng Bảy 2015", "21 Tháng Năm 20269:05 SA": the month as a word (overseas sites),
    # the time maybe typed against the year
    (
        "month-word",
        re.compile(
            rf"{_LUNAR_BEFORE}(?<![\d/])(?P<day>\d{{1,2}})\s+(?i:tháng)\s+(?P<month_word>{_MONTH_WORDS})\s*,?\s*"
            rf"(?i:năm\s+)?(?P<year>\d{{4}})(?:\s*,?\s*{_TIME}|(?!\d)){_LUNAR_AFTER}",
        ),
    ),
    # WordPress in Vietnamese: "Tháng Tư 3, 2026" (the month word, then the day, a comma, the year)
    (
        "word-month-day",
        re.compile(
            rf"(?<![^\W\d_])(?i:tháng)\s+(?P<month_word>{_MONTH_WORDS})\s+(?P<day>\d{{1,2}})\s*,\s*"
            rf"(?P<year>\d{{4}})(?!\d){_LUNAR_AFTER}",
        ),
    ),
    # English locale (Blogger, forums): "Wednesday, October 14, 2026", "Nov 23, 2024"
    (
        "english",
        re.compile(
            rf"(?<![^\W\d_])(?:{_EN_WEEKDAY},?\s+)?(?P<month_en>{_EN_MONTHS})\.?\s+(?P<day>\d{{1,2}})"
            r"(?:st|nd|rd|th)?\s*,\s*(?P<year>\d{4})(?!\d)" + _TIME_AFTER,
        ),
    ),
    # English locale, day first (Blogger's date header): "28 June 2023", "21 May 2026"; an RSS
    # feed's RFC 822 stamp "Wed, 17 Jun 2026 13:25:40 +0000" (its numeric zone read in Vietnam time)
    (
        "english-dmy",
        re.compile(
            rf"(?<![\d/.:-])(?P<day>\d{{1,2}})\s+(?P<month_en>{_EN_MONTHS})\.?,?\s+(?P<year>\d{{4}})(?!\d)"
            + _TIME_AFTER
            + _RFC_ZONE,
        ),
    ),
    # Hungarian locale, month first as Player FM prints it: "máj. 25, 2026", "október 3, 2026"
    (
        "hungarian-mdy",
        re.compile(
            rf"(?<![^\W\d_])(?P<month_hu>{_HU_MONTHS})(?![^\W\d_])\s*(?P<day>\d{{1,2}})\.?\s*,\s*"
            r"(?P<year>\d{4})(?!\d)" + _TIME_AFTER,
        ),
    ),
    # French locale (Blogger's date header, French CMSs): "17 avril 2026", "1er mai 2026 à 09:12"
    (
        "french-dmy",
        re.compile(
            rf"(?<![\d/.:-])(?P<day>\d{{1,2}})(?:er)?\s+(?P<month_fr>{_FR_MONTHS})(?![^\W\d_])\.?,?\s+"
            r"(?P<year>\d{4})(?!\d)(?:\s*(?:,|-|–|\||à)?\s*" + _TIME + r"(?![\d/]))?",
        ),
    ),
    # YouTube's Vietnamese stamp: "16 thg 4, 2026" ("thg" for "tháng"), maybe after the view count
    (
        "youtube-thg",
        re.compile(r"(?<![\d/])(?P<day>\d{1,2})\s+thg\s+(?P<month>\d{1,2})\s*,\s*(?P<year>\d{4})(?!\d)"),
    ),
    # a social network's post stamp: "13 tháng 5 lúc 20:15" (this year's post prints no year),
    # "2 tháng 3, 2025 lúc 08:05"
    (
        "words-at-time",
        re.compile(
            r"(?<![\d/])(?P<day>\d{1,2})\s+(?i:tháng)\s+(?P<month>\d{1,2})(?:\s*,?\s*(?P<year>\d{4}))?"
            rf"\s+(?i:lúc)\s+{_TIME}(?![\d/])",
        ),
    ),
    # a periodical's issue line: "SỐ 2 - 04/2025", "Số 15 - 11/2026" (the month)
    (
        "issue-month",
        re.compile(
            r"(?<![^\W\d_])(?i:số)\s+\d{1,4}\s*[-–—]\s*(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])",
        ),
    ),
    # tháng 12-2024, tháng 12/2024, tháng 12 năm 2024 (month precision)
    (
        "month-year",
        re.compile(
            r"tháng\s+(?P<month>\d{1,2})\s*(?:[/-]|năm)\s*(?P<year>\d{4})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    # Ngày 27/12, Sáng 16/7, hôm nay (7/12), Ngày 25-1, "hôm 18/3" (VOA's dateline): a day
    # without its year needs a cue word
    (
        "cue-dm",
        re.compile(
            r"(?:\b(?:ngày|sáng|trưa|chiều|tối|đêm|khuya)(?:\s+(?:nay|qua|mai))?|\bhôm(?:\s+(?:nay|qua))?)"
            r"\s*\(?\s*(?:ngày\s+)?(?P<day>\d{1,2})(?:[/-]|\.(?=\d{1,2}(?!\d)(?![.,]\d)(?!\s*(?:%|triệu|tỷ|nghìn|km|m\b))))"
            r"(?P<month>\d{1,2})(?![/.-]?\d)",
            re.IGNORECASE,
        ),
    ),
    # (7/12) in parentheses, as in "hôm nay (7/12)"
    (
        "paren-dm",
        re.compile(r"\((?P<day>\d{1,2})[/.](?P<month>\d{1,2})\)"),
    ),
)

_DIGIT_RE = re.compile(r"\d")
MIN_YEAR = 1950
MAX_YEAR = 2100


@dataclass(frozen=True)
class DateHit:
    """A date read from text; ``year`` is None when the text omits it."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    text: str = ""

    @property
    def has_year(self) -> bool:
        return self.year is not None

    def to_article_date(self, year: int | None = None) -> ArticleDate | None:
        """Complete with ``year`` when the text had none; None if still impossible."""
        inferred: tuple[str, ...] = ()
        if self.year is None:
            if year is None:
                return None
            inferred = ("year",)
        final_year = self.year if self.year is not None else year
        assert final_year is not None
        if self.day is None:
            precision = "month"
        elif self.hour is None:
            precision = "day"
        else:
            precision = "minute"
        if self.day is not None and self.day > calendar.monthrange(final_year, self.month)[1]:
            return None
        return ArticleDate(
            year=final_year,
            month=self.month,
            day=self.day,
            hour=self.hour,
            minute=self.minute if self.hour is not None else None,
            second=self.second if self.hour is not None else None,
            precision=precision,
            inferred=inferred,
            source_text=self.text,
        )


def _valid(year: int | None, month: int, day: int | None, hour: int | None, minute: int | None) -> bool:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= calendar.monthrange(year or 2024, month)[1]:
        return False
    return hour is None or (0 <= hour <= 23 and minute is not None and 0 <= minute <= 59)


def _twenty_four(hour: int | None, ampm: str | None) -> int | None:
    """The hour on a 24-hour clock (``PM``/``CH`` add 12 to 1-11, ``12 AM`` is 0)."""
    if hour is None or not ampm or hour > 12:
        return hour
    afternoon = ampm[0].lower() == "p" or ampm == "CH"
    if afternoon:
        return hour if hour == 12 else hour + 12
    return 0 if hour == 12 else hour


VIETNAM_UTC_OFFSET = timedelta(hours=7)


MAX_ZONE_HOURS = 14


def _in_vietnam_time(
    year: int, month: int, day: int, hour: int, offset: int = 0
) -> tuple[int, int, int, int]:
    """A stamp in the zone ``UTC+offset`` (GMT by default) as the archive's other stamps are read:
    Vietnam time (UTC+7), maybe the next or the previous day."""
    moment = datetime(year, month, day, hour) - timedelta(hours=offset) + VIETNAM_UTC_OFFSET
    return moment.year, moment.month, moment.day, moment.hour


def _int(value: str | None) -> int | None:
    return int(value) if value else None


SHORT_YEAR_CENTURY = 2000


def _year(groups: dict[str, str | None]) -> int | None:
    """The year, written in full or as its last two digits (``21/05/26``: 2026)."""
    short = groups.get("short_year")
    return SHORT_YEAR_CENTURY + int(short) if short else _int(groups.get("year"))


def _month(groups: dict[str, str | None]) -> int:
    """The month number, written as digits or as a word (``Tháng Bảy``)."""
    english = groups.get("month_en")
    if english:
        return next(number for number, name in enumerate(_EN_MONTH_NAMES, 1) if name.startswith(english))
    hungarian = groups.get("month_hu")
    if hungarian:
        return _HU_MONTH_NAMES[hungarian.lower()]
    french = groups.get("month_fr")
    if french:
        return _FR_MONTH_NAMES[french.lower()]
    word = groups.get("month_word")
    if word:
        return _MONTH_NAMES[" ".join(word.lower().split())]
    return int(groups["month"] or 0)


def find_dates(text: str) -> list[DateHit]:
    """All dates in ``text``, left to right, overlapping matches resolved longest-first."""
    if not _DIGIT_RE.search(text):
        return []
    return list(_dates_in(text))


# The header, byline, stamp and dateline rules each ask about the same few lines of a
# seed; the patterns are costly on long paragraphs, so each line is searched once.
@lru_cache(maxsize=4096)
def _dates_in(text: str) -> tuple[DateHit, ...]:
    found: list[DateHit] = []
    for _, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            year, month, day = _year(groups), _month(groups), _int(groups.get("day"))
            hour, minute = (
                _twenty_four(_int(groups.get("hour")), groups.get("ampm")),
                _int(groups.get("minute")),
            )
            second = _int(groups.get("second"))
            if not _valid(year, month, day, hour, minute) or (second is not None and second > 59):
                continue
            if groups.get("gmt") and year is not None and day is not None and hour is not None:
                year, month, day, hour = _in_vietnam_time(year, month, day, hour)
            elif groups.get("zone") and year is not None and day is not None and hour is not None:
                offset = int(groups.get("zone_hours") or 0) * (-1 if groups.get("zone_sign") == "-" else 1)
                if offset > MAX_ZONE_HOURS:
                    continue
                year, month, day, hour = _in_vietnam_time(year, month, day, hour, offset)
            elif groups.get("rfc_sign") and year is not None and day is not None and hour is not None:
                offset = int(groups["rfc_hours"] or 0) * (-1 if groups["rfc_sign"] == "-" else 1)
                if offset > MAX_ZONE_HOURS:
                    continue
                year, month, day, hour = _in_vietnam_time(year, month, day, hour, offset)
            found.append(
                DateHit(match.start(), match.end(), year, month, day, hour, minute, second, match.group(0))
            )
    found.sort(key=lambda hit: (hit.start, -(hit.end - hit.start)))
    result: list[DateHit] = []
    for hit in found:
        if result and hit.start < result[-1].end:
            continue
        result.append(hit)
    return tuple(result)


# A catalogue record's labelled year field, alone on its line: "Năm xuất bản: 2026", "Năm XB: 2026",
# "Năm bảo vệ: 2025" (a thesis), "Publication year: 2026". A library, thesis repository or
# document-sharing page gives no other date; a founding or birth year ("Năm thành lập: 1995")
# is not the record's date and is not read.
_CATALOGUE_YEAR_RE = re.compile(
    r"^\W{0,3}(?:năm\s+(?:xuất\s+bản|XB|phát\s+hành|bảo\s+vệ|công\s+bố)|"
    r"publication\s+year|year\s+of\s+publication|published)\s*:\s*(?P<year>\d{4})\s*\.?$",
    re.IGNORECASE,
)


def catalogue_year(text: str) -> ArticleDate | None:
    """The year a catalogue record's labelled field gives (``Năm xuất bản: 2026``), else None."""
    match = _CATALOGUE_YEAR_RE.match(text.strip())
    if match is None:
        return None
    year = int(match.group("year"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return ArticleDate(year=year, precision="year", source_text=text.strip())


def parse_date_value(value: str) -> ArticleDate | None:
    """Read a date given by a person (sidecar): ISO forms, ``dd/mm/yyyy [hh:mm]``, ``yyyy-mm``, ``yyyy``."""
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        return (
            ArticleDate(year=year, precision="year", source_text=value)
            if MIN_YEAR <= year <= MAX_YEAR
            else None
        )
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", value)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if _valid(year, month, None, None, None):
            return ArticleDate(year=year, month=month, precision="month", source_text=value)
        return None
    iso = re.fullmatch(
        r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:Z|[+-]\d{2}:?\d{2})?", value
    )
    if iso:
        hit = DateHit(
            0,
            len(value),
            int(iso.group(1)),
            int(iso.group(2)),
            int(iso.group(3)),
            _int(iso.group(4)),
            _int(iso.group(5)),
            _int(iso.group(6)),
            value,
        )
        if not _valid(hit.year, hit.month, hit.day, hit.hour, hit.minute):
            return None
        return hit.to_article_date()
    hits = find_dates(value)
    if len(hits) == 1 and hits[0].has_year and hits[0].end - hits[0].start >= len(value) - 1:
        return hits[0].to_article_date()
    return None
