"""Lines never a headline: stamp rows, teaser items, counters and foreign lines."""

from __future__ import annotations

import re

from .bylines import split_byline
from .dates import find_dates
from .lines import is_foreign_ui_line


def _is_stamp_line(text: str) -> bool:
    byline = split_byline(text)
    return (byline is not None and bool(byline[1])) or _opens_with_stamp(text) or _labelled_post_stamp(text)


# "Đăng ngày", "Ngày đăng:", "Đăng lúc", "Posted on": the label a blog or CMS prints before the
# post's own date, whatever follows the date ("bởi <account>", a counter)
_POST_STAMP_LABEL_RE = re.compile(
    r"^\s*(?:đăng\s+(?:ngày|lúc|vào)|ngày\s+(?:đăng|xuất bản|phát hành)|posted\s+on)\s*:?\s*", re.IGNORECASE
)


def _labelled_post_stamp(text: str) -> bool:
    """``Đăng ngày 14 Tháng Mười Một, 2026 bởi admin``: a post label right before a full date is
    the page's stamp row, never a headline (a headline telling of a posting has its verb later)."""
    label = _POST_STAMP_LABEL_RE.match(text)
    if label is None:
        return False
    hits = find_dates(text[: label.end() + STAMP_OPENING_CHARS])
    return bool(hits) and hits[0].start == label.end() and hits[0].has_year


def _opens_with_stamp(text: str) -> bool:
    """``16:42 - Thứ Tư, 20/11/2024 Lượt xem: 1246``: a line that opens with a timed full date
    is the page's stamp row (counters, buttons after it), never a headline."""
    hits = find_dates(text[:STAMP_OPENING_CHARS])
    return bool(hits) and hits[0].start == 0 and hits[0].has_year and hits[0].hour is not None


STAMP_OPENING_CHARS = 40


def is_teaser_item(text: str) -> bool:
    """``Giá vàng đi ngang trong phiên sáng nay -``: an item of a teaser list, whose
    separator dash the copy kept at the end of the line."""
    return text.rstrip().endswith((" -", " –", " —"))


# "1.284 lượt xem", "84,6 N người đăng ký", "312 views": a counter of the page (a number, maybe
# shortened with N/K/Tr/M, then what it counts)
_COUNTER_PHRASE_RE = re.compile(
    r"(?<![\w.,])\d[\d.,]{0,12}\s?(?:[NKM]|Tr|nghìn|triệu)?\s*"
    r"(?:lượt (?:xem|đọc|thích|chia sẻ|bình luận|nghe|tải)|người (?:đăng ký|theo dõi|xem)|bình luận|"
    r"views?|reads?|subscribers?|likes?|comments?|shares?)(?!\w)",
    re.IGNORECASE,
)
MIN_HEADLINE_WORDS_LEFT = 2
# a short label, a colon, a bare number
_LABELLED_COUNT_RE = re.compile(r"[^\d:\n]{1,30}:\s*\d[\d.,]{0,14}")


def is_counter_or_stamp(text: str) -> bool:
    """``1.284 lượt xem 16 thg 4, 2026``, ``84,6 N người đăng ký``, ``312``: a line made of counters,
    a stamp and bare numbers (fewer than two words left without them) is never a headline."""
    if _LABELLED_COUNT_RE.fullmatch(text.strip()):
        return True  # "Tháng hiện tại: 12087", "Đang online: 112": a visit counter
    rest = text
    for hit in reversed(find_dates(text)):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    rest = _COUNTER_PHRASE_RE.sub(" ", rest)
    words = [word for word in rest.split() if any(ch.isalpha() for ch in word)]
    return len(words) < MIN_HEADLINE_WORDS_LEFT and len(words) < len(text.split())


# the Vietnamese alphabet, and the letters only Vietnamese spells with (the breve, circumflex and
# horn letters, đ, and the tones French or Spanish do not write)
_VIETNAMESE_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
_OWN_LETTERS = _VIETNAMESE_LETTERS - frozenset("abcdefghijklmnopqrstuvwxyzàáèéìíòóùúýãõ")


def is_foreign_line(text: str) -> bool:
    """``Stowarzyszenie Naukowców i Inżynierów ...``: spelled with letters outside the Vietnamese
    alphabet and none of its own letters: a masthead's translation, never a Vietnamese headline."""
    letters = [ch for ch in text.lower() if ch.isalpha()]
    return (
        any(ch not in _VIETNAMESE_LETTERS for ch in letters)
        and not any(ch in _OWN_LETTERS for ch in letters)
        or is_foreign_ui_line(text)
    )
