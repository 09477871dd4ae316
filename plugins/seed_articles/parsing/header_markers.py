"""Marker lines in a header: search boxes, outlet markers, opening section headings, forum ranks."""

from __future__ import annotations

import re

from .lines import starts_upper, syllable_count

SEARCH_BOX = "search-box"
MAX_SEARCH_BOX_SYLLABLES = 12
# "Tìm kiếm tài liệu, luận văn...", "Nhập từ khóa...": a search box's placeholder text
_SEARCH_BOX_RE = re.compile(
    r"^(?:Tìm kiếm|Tìm tài liệu|Tìm bài|Nhập từ khóa|Nhập từ khoá|Nhập nội dung|Search)\b.*(?:\.{3}|…)$",
    re.IGNORECASE,
)


def is_search_box(text: str) -> bool:
    return syllable_count(text) <= MAX_SEARCH_BOX_SYLLABLES and bool(_SEARCH_BOX_RE.match(text.strip()))


# "Tiêu đề bài viết ##": the optional closing marks of a Markdown (ATX) heading, kept by a copy
# of a page rendered from Markdown; "C#" or "số #5" keep theirs (no space before, or text after)
_CLOSING_HASHES_RE = re.compile(r"(?<=\S)\s+#{1,6}\s*$")


# "(TTV) Khai mạc ...": a broadcaster or paper prints its initials in brackets before its own
# headlines, as papers open their leads with "(QĐND) -"; a bracketed word in a headline's
# middle, or a bracket holding anything but an outlet's short name, is the headline's own
_OUTLET_MARKER_RE = re.compile(
    r"^\((?P<outlet>[A-ZĐ][A-ZĐ0-9&+]{1,7}(?:\.(?:VN|vn|Vn))?|[A-ZĐ][A-Za-zđĐ]{1,15}\.(?:vn|VN|Vn))\)\s*(?P<rest>\S.*)$"
)


def split_outlet_marker(title: str) -> tuple[str, str] | None:
    """``(TTV) <headline>`` → (``TTV``, ``<headline>``); None when the title opens otherwise."""
    match = _OUTLET_MARKER_RE.match(title.strip())
    if match is None:
        return None
    rest = match.group("rest")
    if rest[:1] in "-–—:" or not starts_upper(rest) or syllable_count(rest) < MIN_MARKED_TITLE_SYLLABLES:
        return None
    return match.group("outlet"), rest


MIN_MARKED_TITLE_SYLLABLES = 4
# The heading that opens a thesis, report or book's own text: "MỞ ĐẦU", "LỜI NÓI ĐẦU",
# "PHẦN MỞ ĐẦU", "ĐẶT VẤN ĐỀ", "TÓM TẮT", "CHƯƠNG 1. ..." (a headline never reads so)
_OPENING_SECTION_RE = re.compile(
    r"^(?:(?:PHẦN\s+|LỜI\s+)?MỞ ĐẦU|LỜI NÓI ĐẦU|LỜI GIỚI THIỆU|ĐẶT VẤN ĐỀ|TÓM TẮT|DẪN NHẬP"
    r"|CHƯƠNG\s+(?:\d{1,2}|[IVX]{1,5})\b.*)$"
)


def is_opening_section_heading(text: str) -> bool:
    return bool(_OPENING_SECTION_RE.match(text.strip()))


FORUM_RANK = "forum-rank"
# The rank a forum's software prints under each poster's name (XenForo, vBulletin, phpBB)
_FORUM_RANK_RE = re.compile(
    r"^(?:(?:Senior|Junior|New|Active|Well-known|Registered|Banned)\s+[Mm]ember|Member|(?:Super\s+|Global\s+)?Moderator"
    r"|Administrator|Thành viên(?: mới| tích cực| cấp cao)?|Quản trị viên|Điều hành viên)$"
)
