"""Who wrote it and who published it: bylines, signatures, source markers.

Vietnamese news conventions these rules rely on:

* a byline line near the top names the authors, often followed by the date
  (``Minh Đức 09/12/2024 14:27``);
* a signature at the end is often in capitals (``THÙY LINH``), sometimes
  with the outlet (``Minh Anh/VOV.VN``) or as ``Theo TTXVN``;
* the lead opens with a publisher marker: ``(Bqp.vn) -``, ``(Ngày Nay) -``,
  ``(PL)-``, ``HÀ NỘI (TTXVN) -``, ``VOV.VN -``, ``TTXVN -``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .dates import find_dates
from .lines import syllable_count, tokens

_DASH = r"[-–—]"
# (Bqp.vn) - / HÀ NỘI (TTXVN) - / (PL)-
_PAREN_MARKER_RE = re.compile(
    rf"^(?P<place>[^\W\d_][^()\-–—.,;:]{{0,30}}?\s*)?\(\s*(?P<source>[^()]{{2,40}}?)\s*\)\s*{_DASH}\s*"
)
# VOV.VN - / TTXVN - / Chinhphu.vn -
_BARE_MARKER_RE = re.compile(
    rf"^(?P<source>[A-ZĐ][A-ZĐ0-9&]{{1,15}}(?:\.[A-Za-z]{{2,4}}){{0,2}}|[A-Za-z][\w-]{{1,30}}\.(?:vn|com|net|org|info)(?:\.vn)?)\s*{_DASH}\s+"
)
_DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[A-Za-z]{2,4}){1,2}$")
_TRAILING_SOURCE_RE = re.compile(
    r"^\(?\s*(?:Theo|Nguồn)\s*:?\s+(?P<source>[^()]{2,60}?)\s*\)?\s*\.?$", re.IGNORECASE
)
_AUTHOR_PREFIX_RE = re.compile(
    r"^(?:Tác giả|Bài(?:\s*(?:và|,|&)\s*ảnh)?|Phóng viên|Nhóm phóng viên|Người viết|Thực hiện)\s*:\s*",
    re.IGNORECASE,
)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\s-\s|\s–\s|\bvà\b)\s*")
_NOTE_RE = re.compile(r"\s*\((?:tổng hợp|lược dịch|biên dịch|theo [^()]+|dịch)\)\s*$", re.IGNORECASE)
# Press organs name themselves "Báo X", "Tạp chí X", "Đài X", ...
_PRESS_RE = re.compile(
    r"\b(?P<name>(?:Báo|Tạp chí|Đài|Thông tấn xã|Cổng [Tt]hông tin(?: điện tử)?|"
    r"Trang [Tt]hông tin(?: điện tử)?|Truyền hình)\s+[A-ZĐ0-9][^|•·©]*?)\s*(?:$|\s[-–|]\s|\.\s)"
)
MAX_NAME_SYLLABLES = 5
# Capitalised pairs that name an outlet or a label, not a person ("Báo Mới", "Theo TTXVN").
_NOT_NAME_STARTS = frozenset(["báo", "theo", "nguồn", "tạp", "đài", "cổng", "trang", "tin", "bài", "ảnh"])


# Ranks and titles printed before a writer's name ("Đại tá Nguyễn Văn A", "ThS. Lê B").
_RANK_RE = re.compile(
    r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Đại\s+tướng|Nhà báo|Luật sư|Bác sĩ|Kỹ sư|"
    r"Nhà văn|Nhà thơ|Nhạc sĩ|Họa sĩ|Nghệ sĩ|Giáo sư|Phó giáo sư|Tiến sĩ|Thạc sĩ|"
    r"(?:GS|PGS|TS|ThS|BS|KTS|NCS|CN|LS|NB)(?:\.\s*(?:TS|ThS|BS|KH|TSKH))*\.?)\s+"
)
# "Tr.Hưng", "V.Hùng": a given name shortened to its initial(s).
_INITIAL_RE = re.compile(r"^(?:[A-ZĐ][a-zđ]?\.)+$")
_ROMAN_RE = re.compile(r"^[IVXLC]+\.\s")
# Group credits: "Nhóm PV", "PV", "Nhóm phóng viên", "PV Thời sự".
_GROUP_RE = re.compile(
    r"^(?:Nhóm\s+)?(?:PV|PV\s*[-–]?\s*CTV|CTV|phóng viên|Phóng viên|PHÓNG VIÊN)(?:\s+[A-ZĐ]\S*){0,3}$"
)


def _is_name_part(part: str) -> bool:
    """2-5 capitalised syllables (``Minh Đức``, ``THÙY LINH``, ``Nguyễn Văn A``, ``Tr.Hưng``),
    optionally after a rank (``Đại tá``) and as a group credit (``Nhóm PV``)."""
    if _GROUP_RE.match(part):
        return True
    rank = _RANK_RE.match(part)
    if rank:
        part = part[rank.end() :]
    if _ROMAN_RE.match(part):
        return False  # "I. THÔNG BÁO": a numbered section, not an initial
    words = re.sub(r"(?<=\.)(?=[^\W\d_])", " ", part).split()
    if not 2 <= len(words) <= MAX_NAME_SYLLABLES:
        return False
    for word in words:
        if _INITIAL_RE.match(word):
            continue
        if not word.isalpha() or not word[0].isupper():
            return False
        if not (word[1:].islower() or word.isupper() or len(word) == 1):
            return False
    return not all(_INITIAL_RE.match(word) for word in words)


def _display_name(name: str) -> str:
    """``THÙY LINH`` → ``Thùy Linh``; mixed case is kept as written."""
    return name.title() if name.isupper() else name


def parse_names(text: str) -> list[str] | None:
    """Split ``text`` into author names, or None when it is not only names."""
    text = _AUTHOR_PREFIX_RE.sub("", text.strip()).strip(" .-–—:|")
    if not text:
        return None
    parts = [part for part in _NAME_SPLIT_RE.split(text) if part]
    if not parts or not all(_is_name_part(part) for part in parts):
        return None
    if any(part.split()[0].lower() in _NOT_NAME_STARTS for part in parts):
        return None
    return [_display_name(part) for part in parts]


def has_author_prefix(text: str) -> bool:
    return bool(_AUTHOR_PREFIX_RE.match(text))


class Byline(NamedTuple):
    """A header line with names, a dated stamp and/or a source glued to the stamp."""

    authors: list[str]
    stamp: str  # the date text, "" when the line has none
    source: str | None = None  # "Nhân Dân09/12/2024": the outlet typed against the date


def split_byline(text: str) -> tuple[list[str], str] | None:
    """A header line with names and/or a dated stamp: ``(authors, date text)``.

    Returns None when the line holds anything else (prose, a headline).
    ``Minh Đức 09/12/2024 14:27`` → (["Minh Đức"], "09/12/2024 14:27").
    """
    byline = read_byline(text)
    return None if byline is None else (byline.authors, byline.stamp)


def read_byline(text: str) -> Byline | None:
    """:func:`split_byline` with the source a site glues to the date (``Nhân Dân22/11/2024``)."""
    hits = [hit for hit in find_dates(text) if hit.has_year]
    if hits:
        hit = hits[0]
        before = text[: hit.start].strip(" |,-–—·•")
        after = text[hit.end :].strip()
        if not _is_stamp_rest(after):
            return None
        before = _strip_stamp_words(before)
        if not before:
            return Byline([], hit.text)
        glued = hit.start > 0 and text[hit.start - 1].isalpha()
        if glued and _looks_like_source(before):
            return Byline([], hit.text, before)
        names = parse_names(before)
        return Byline(names, hit.text) if names else None
    names = parse_names(text)
    return Byline(names, "") if names else None


_STAMP_WORDS_RE = re.compile(
    r"^(?:(?:cập nhật|đăng|ngày đăng|xuất bản|thời gian|đăng lúc|lúc|ngày)\s*:?\s*|"
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)+",
    re.IGNORECASE,
)
_STAMP_REST_RE = re.compile(
    r"^(?:\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?|\(?\s*UTC\s*[+-]?\s*\d{0,2}\s*\)?)?$", re.I
)
# "... 11:05 AM | Thời sự": a stamp followed by its section label.
_STAMP_LABEL_RE = re.compile(r"^[|•·]\s*(?P<label>[^\d|]{1,40})$")
MAX_STAMP_LABEL_SYLLABLES = 5


def _strip_stamp_words(text: str) -> str:
    """Remove weekday / "Cập nhật" words around a stamp, and a trailing separator."""
    text = text.strip(" |,-–—·•")
    # weekday or label at the end of the name part ("Minh Đức | Thứ Hai,")
    text = re.sub(
        r"(?:\s*[|,-–—·•]?\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cập nhật|đăng|lúc|ngày)\s*:?)+$",
        "",
        text,
        flags=re.IGNORECASE,
    ).strip(" |,-–—·•")
    return _STAMP_WORDS_RE.sub("", text).strip(" |,-–—·•")


def _is_stamp_rest(text: str) -> bool:
    label = _STAMP_LABEL_RE.match(text.strip())
    if label and syllable_count(label.group("label")) <= MAX_STAMP_LABEL_SYLLABLES:
        return True
    return bool(_STAMP_REST_RE.match(text.strip(" |,-–—·•")))


def is_signature(text: str) -> bool:
    """A closing signature: capitalised names, ``NAME/OUTLET`` or ``Theo OUTLET``."""
    return signature_parts(text) is not None


def signature_parts(text: str, bare_names: bool = False) -> tuple[list[str], str | None] | None:
    """``(authors, source)`` of a closing signature line, or None.

    Names in mixed case (``Minh Anh``) are accepted only with ``bare_names``:
    the caller knows the line closes the article, where a short capitalised
    line is a signature rather than a heading.
    """
    text = _NOTE_RE.sub("", text).strip()
    if not text or syllable_count(text) > 12:
        return None
    trailing = _TRAILING_SOURCE_RE.match(text)
    if trailing and _looks_like_source(trailing.group("source")):
        return [], trailing.group("source").strip()
    if "/" in text:
        names_text, _, outlet = text.partition("/")
        names = parse_names(names_text)
        if names and _looks_like_source(outlet.strip()):
            return names, outlet.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        names = parse_names(text)
        if names:
            return names, None
    if has_author_prefix(text) or bare_names:
        names = parse_names(text)
        if names:
            return names, None
    return None


def _looks_like_source(text: str) -> bool:
    """An outlet name: a domain, an acronym, or at most 6 capitalised words."""
    text = text.strip()
    if not text or len(text) > 60 or any(ch in text for ch in ".!?") and not _DOMAIN_RE.match(text):
        return False
    if _DOMAIN_RE.match(text):
        return True
    words = tokens(text)
    if not words or len(words) > 6:
        return False
    return words[0][0].isupper() and not find_dates(text)


def lead_marker(text: str) -> tuple[str, str] | None:
    """``(source, text without the marker)`` when ``text`` opens with a publisher marker."""
    match = _PAREN_MARKER_RE.match(text)
    if match:
        source = match.group("source").strip()
        place = (match.group("place") or "").strip()
        if _looks_like_source(source) and (not place or syllable_count(place) <= 4):
            return source, text[match.end() :].strip()
    match = _BARE_MARKER_RE.match(text)
    if match:
        source = match.group("source")
        base = source.split(".")[0]
        if (base.isupper() and len(base) >= 2) or _DOMAIN_RE.match(source):
            return source, text[match.end() :].strip()
    return None


def press_name(text: str) -> str | None:
    """A publisher named in a site label or footer (``... Tạp chí Thông tin & Truyền thông``)."""
    match = _PRESS_RE.search(text)
    if not match:
        return None
    name = match.group("name").strip(" .,-–")
    return name if syllable_count(name) <= 10 else None
