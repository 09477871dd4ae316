"""Page chrome recognised by its shape alone: widgets, menus, editor residue.

Each rule recognises what a line *is* on any site (a share button's label,
a column-typed menu, a CSS rule, a bare URL), never the words of one site.
Only short lines or lines with an unmistakable form are matched, so a
paragraph that merely mentions "chia sẻ" or "bình luận" is never touched.

Rule ids (stored in ``DroppedLine.rule``):

``widget``           share/print/font-size/comment/navigation buttons, "read more" and
                     "expand" links, the site's "Bạn đang đọc bài viết ..." notice
``menu``             a navigation menu or tag list typed as columns
``hashtags``         ``#tag #tag`` (``#`` glued to the word: ``# Heading`` is not a tag)
``breadcrumb``       ``Trang chủ > Thời sự > ...``
``scraper-header``   ``URL: ...``, ``Title: ...`` written by a scraping tool
``editor-residue``   ``&nbsp;``, an image's size ``628x471``, HTML tags, CSS rules, MS Word style dumps, a picture's
                     number left above its caption (``111``)
``url``              a bare URL or URL slug on its own line
``image-alt``        an image's alt text (``<headline> - Ảnh 1``)
``inline-related``   ``> Headline of another story`` inside the body
``photo-credit``     a credit line alone (``Ảnh: TTXVN``)
``end-marker``       ``-HẾT-``, ``***``, separators
``relative-time``    ``3 giờ trước`` stamps of listed stories
``event-label``      ``Sự kiện: <name>``, the event/topic widget under the sapo
``pagination``       ``Trang 1 2 3 ... Tiếp``, ``1 2 3 ›``
``ascii-shadow``     a line repeated without its diacritics (slug, alt text)
``software-message`` an English sentence the site's software printed above a Vietnamese copy
                     (a CMS error, a cookie or browser notice)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..text.vietnamese import fold
from .dates import find_dates
from .figures import is_image_reference
from .lines import (
    SourceLine,
    ends_sentence,
    folded_prefix,
    folded_tokens,
    is_foreign_ui_line,
    is_headline_like,
    is_prose,
    is_vietnamese_syllable,
    starts_upper,
    syllable_count,
)
from .stamp_age import is_post_age

WIDGET = "widget"
MENU = "menu"
HASHTAGS = "hashtags"
BREADCRUMB = "breadcrumb"
SCRAPER = "scraper-header"
EDITOR = "editor-residue"
URL = "url"
IMAGE_ALT = "image-alt"
INLINE_RELATED = "inline-related"
PHOTO_CREDIT = "photo-credit"
END_MARKER = "end-marker"
RELATIVE_TIME = "relative-time"
EVENT_LABEL = "event-label"
PAGINATION = "pagination"
MASTHEAD = "masthead-description"

# Labels of buttons and small widgets, folded; a line that is one of them
# (or several, separated by columns or bars) is chrome.
_WIDGET_LABELS = frozenset(
    fold(label)
    for label in (
        "Chia sẻ",
        "Chia sẻ bài viết",
        "Chia sẻ Facebook",
        "Lưu",
        "Lưu bài",
        "Lưu bài viết",
        "Lưu tin",
        "Bình luận",
        "Gửi bình luận",
        "Xem thêm bình luận",
        "Viết bình luận",
        "Ý kiến",
        "Gửi ý kiến",
        "Họ và tên",
        "Họ tên",
        "In",
        "In bài",
        "In bài viết",
        "In trang",
        "Bản in",
        "Cỡ chữ",
        "Phông chữ",
        "Font chữ",
        "A A A",
        "A A",
        "aa",
        "aA",
        "A- A+",
        "A+ A-",
        "A- A A+",
        "Facebook",
        "Zalo",
        "Twitter",
        "X",
        "Email",
        "E-mail",
        "Gửi email",
        "Gửi bài",
        "Sao chép link",
        "Sao chép liên kết",
        "Copy link",
        "Copy",
        "Link",
        "Share",
        "Tweet",
        "Like",
        "Thích",
        "Quan tâm",
        "Theo dõi",
        "Đọc tiếp",
        "Đọc toàn bài",
        "Xem tiếp",
        "Về đầu trang",
        "Lên đầu trang",
        "Đầu trang",
        "Lên top",
        "Top",
        "Back to top",
        "Trang chủ",
        "Logo",
        "Menu",
        "Tìm kiếm",
        "Đăng nhập",
        "Đăng ký",
        "Đăng xuất",
        "Quảng cáo",
        "Advertisement",
        "Tải ứng dụng",
        "Báo lỗi",
        "Góp ý",
        "Phản hồi",
        "Gửi",
        "Hủy",
        "Huỷ",
        "Podcast",
        "Podcasts",
        "E-paper",
        "E-magazine",
        "Emagazine",
        "Infographic",
        "RSS",
        "Print",
        "Nghe audio",
        "Đăng ký ấn phẩm",
        "Đóng",
        "Mở rộng",
        "Thu gọn",
        # a document site's download and rating buttons
        "Tải về",
        "Tải xuống",
        "Tìm hiểu thêm",
        "Đánh giá bài viết",
        # a shop's product page (WooCommerce, Haravan): cart buttons, its tabs, the empty reviews
        "Thêm vào giỏ hàng",
        "Thêm vào giỏ",
        "Mua ngay",
        "Giỏ hàng",
        "Mô tả sản phẩm",
        "Đánh giá sản phẩm",
        "Chưa có đánh giá nào",
    )
)
_WIDGET_SPLIT_RE = re.compile(r"\s*(?:\||/|•|·)\s*")
_COUNTED_WIDGET_RE = re.compile(
    r"^(?:\(?\d[\d.,]*\)?\s*)?(?:bình luận|thích|chia sẻ|lượt xem|lượt thích|comments?|likes?|shares?)"
    r"(?:\s*:?\s*\(?\d[\d.,]*\)?)?$",
    re.IGNORECASE,
)
# "Trở lại Thời sự": back to a section, whose name is capitalised.
_BACK_TO_RE = re.compile(r"^(?:trở lại|trở về|quay lại|quay về)\s+(?P<rest>\S.*)$", re.IGNORECASE)
# "Theo dõi chúng tôi trên ...", and the button to follow a topic, section, tag or author
_FOLLOW_RE = re.compile(
    r"^theo dõi\s+\S.*\btrên\b"
    r"|^(?:bỏ\s+)?theo dõi\s+(?:chủ đề|chuyên mục|chuyên trang|thẻ|tác giả|kênh)(?:\s+này)?\s*$",
    re.IGNORECASE,
)
# "Đọc thêm...", "Xem tiếp »", "Continue reading": a story card's "read more" link (the
# ellipsis or arrow marks a link; "Đọc thêm:" heads a list of other stories instead)
READ_MORE_RE = re.compile(
    r"^(?:(?:đọc|xem)\s+(?:thêm|tiếp(?:\s+tục)?|chi tiết|toàn bài)|read more|continue reading)"
    r"\s*(?:\.{2,4}|…|»|>>|→)$",
    re.IGNORECASE,
)
MAX_WIDGET_SYLLABLES = 10
# "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)": the font-size buttons, labelled
_FONT_SIZE_RE = re.compile(
    r"^(?:(?:Cỡ chữ|Kích (?:thước|cỡ) chữ|Phông chữ|Font size|Text size)\s*:?\s*)+"
    r"(?:(?:Giảm|Tăng|Mặc định|Nhỏ|Vừa|Lớn|Decrease|Increase|Default|Reset|Smaller|Larger)\s*)?"
    r"(?:\(?A[+-]?\)?(?:\s+(?:Giảm|Tăng|Mặc định|Nhỏ|Vừa|Lớn|Decrease|Increase|Default|Reset|Smaller|Larger))?\s*)*$",
    re.IGNORECASE,
)
MAX_FONT_WIDGET_CHARS = 120
# "Nhấn để mở rộng...", "Click to expand...": a forum's button that unfolds a quoted post
_EXPAND_RE = re.compile(
    r"^(?:nhấn|bấm|click|chạm)\s+(?:vào\s+(?:đây\s+)?)?(?:để|to)\s+(?:mở rộng|xem đầy đủ|expand)\s*(?:\.{2,4}|…)?$",
    re.IGNORECASE,
)
# "Bạn đang đọc bài viết "..." tại chuyên mục Thời sự.", "Bạn đang xem bản rút gọn của tài
# liệu. Xem và tải ...": the site telling the reader which page or version is shown
_READER_NOTICE_RE = re.compile(
    r"^Bạn đang (?:xem|đọc)\s+(?:bài viết|bài|bản rút gọn|bản xem trước|tài liệu|trang|tin|nội dung)\b",
    re.IGNORECASE,
)
MAX_READER_NOTICE_CHARS = 300


def is_reader_notice(text: str) -> bool:
    return len(text) <= MAX_READER_NOTICE_CHARS and bool(_READER_NOTICE_RE.match(text.strip()))


_SCRAPER_RE = re.compile(
    r"^(?:URL|Source URL|URL Source|Original URL|Link|Title|Retrieved|Retrieved at|Fetched|Crawled|Captured|"
    r"Saved|Accessed|Date retrieved|Scraped|Tiêu đề|Link gốc|Đường dẫn|Thời gian lấy tin|Ngày lấy tin|"
    r"Thời điểm lấy tin|Thời gian thu thập"
    # a read-later or web-clipping tool's note of where and when it saved the page
    r"|Đã lưu từ|Lưu từ|Saved from|Clipped from|Clipped"
    # a text-extraction service's header: its "Published Time" is page metadata in UTC, not the stamp
    r"|Published Time|Markdown Content)\s*:\s*\S"
    r"|^Markdown Content\s*:\s*$"
    r"|^(?:Lấy tin|Lấy về|Tải về|Thu thập) lúc\s*:?\s*\d"
    # "Nguồn: <url>": a tool's record of the address; "Nguồn: TTXVN" (a credit) is not matched
    r"|^Nguồn\s*:\s*(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)
_HTML_LINE_RE = re.compile(r"^(?:\s*(?:</?[a-zA-Z][^<>]*>|&[#\w]+;|<!--.*?-->)\s*)+$")
_CSS_RE = re.compile(
    r"^[\w.#@\s,>:*\[\]=\"'-]*\{[^{}]*(?:[\w-]+\s*:\s*[^;{}]+;?)[^{}]*\}?\s*$|^@(?:media|font-face|import)\b"
)
_CSS_DECLARATIONS_RE = re.compile(r"^(?:\s*[a-z-]+\s*:\s*[^;:]+;){2,}\s*$", re.IGNORECASE)
_MS_WORD_RE = re.compile(
    r"^Normal\s+0\b|\bfalse\s+false\s+false\b|MicrosoftInternetExplorer\d|\bMso[A-Z]\w+|"
    r"Style Definitions|^st1\\?:\*|^X-NONE\b|^EN-US\b",
)
# "https://...", "www....", or a site's address copied without its scheme ("ngaynay.vn/tin-abc.html")
_URL_RE = re.compile(
    r"^(?:https?://|www\.|(?:[a-z0-9-]+\.)+(?:vn|com|net|org|info|gov|edu)(?:\.vn)?/)\S+$", re.IGNORECASE
)
_SLUG_RE = re.compile(r"^/?(?:[a-z0-9]+/)*[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\.html?|\.htm|\.aspx?|\.php)?/?$")
_IMAGE_ALT_RE = re.compile(r"(?:^|\s)[-–—]?\s*(?:ảnh|Ảnh|ẢNH|hình|Hình)\s+\d{1,2}\s*\.?$")
# "[Image]", "[image: alt]", an editor's "[ẢNH 1 - chờ ảnh từ CTV]" or "[Chèn ảnh 2 tại đây]"
# (insert photo 2 here) left where a photo goes
_IMAGE_PLACEHOLDER_RE = re.compile(
    r"^\[(?:(?:chèn|thêm|đặt|insert|add|place)\s+)?(?:image|img|picture|photo|video|ảnh|hình ảnh|hình)"
    r"(?:\s*\d{1,2})?(?:\s*(?:[:\-–]|tại đây|ở đây|vào đây|here\b)[^\[\]]*)?\]$",
    re.IGNORECASE,
)
# "cover of <title>", "Cover art for <title>", "thumbnail for <title>": a host's alt text, in English
_COVER_ALT_RE = re.compile(
    r"^(?:cover(?: art| image)?|artwork|thumbnail|podcast cover)\s+(?:of|for)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
MAX_COVER_ALT_SYLLABLES = 40
_INLINE_RELATED_RE = re.compile(r"^(?:>>?|»|►|▶|→|⇒|➤)\s*(?P<rest>\S.*)$")
_CREDIT_ONLY_RE = re.compile(
    r"^\(?\s*(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|photo|đồ họa|đồ hoạ|video|clip|"
    r"thiết kế|trình bày)\s*(?::\s*(?:[^.:;()]{1,50}|@[\w.]{1,40}))?\s*\)?\s*\.?$",
    re.IGNORECASE,
)
MAX_CREDIT_SYLLABLES = 8
_END_MARKER_RE = re.compile(
    r"^[\s\-–—_*=~.•·+#|]*(?:\(?\s*(?:hết|het|end|còn nữa)\s*\)?)?[\s\-–—_*=~.•·+#|]*$", re.IGNORECASE
)
_RELATIVE_TIME_RE = re.compile(
    # "(?<!\d)": one try per number, not one per digit (quadratic on a long run of digits)
    r"(?<!\d)\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước$|^(?:vừa xong|hôm qua|hôm nay)$",
    re.IGNORECASE,
)
MAX_RELATIVE_TIME_SYLLABLES = 10
# phpBB and Forumotion join their crumbs with a spaced "::"
_BREADCRUMB_SEP_RE = re.compile(r"\s*(?:>|»|›|/|\\|(?<=\s)::(?=\s))\s*")
_HOME_RE = re.compile(r"^(?:trang chủ|home)\b", re.IGNORECASE)
MAX_CRUMB_SYLLABLES = 6
MAX_MENU_SYLLABLES_PER_COLUMN = 5
MIN_BAR_ITEMS = 3
_MENU_BAR_RE = re.compile(r"\s*[|•·]\s*")


@lru_cache(maxsize=8192)
def is_widget(text: str) -> bool:
    """A button label, or several separated by bars, or a counted one (``Bình luận (3)``)."""
    if len(text) <= MAX_FONT_WIDGET_CHARS and _FONT_SIZE_RE.match(text.strip()):
        return True
    if len(text) > 80 or syllable_count(text) > MAX_WIDGET_SYLLABLES:
        return False
    folded = folded_prefix(text, 80)
    if folded in _WIDGET_LABELS or text in ("A- A+", "A+ A-", "A- A A+", "aA"):
        return True
    parts = [part for part in _WIDGET_SPLIT_RE.split(text) if part]
    if len(parts) > 1 and all(folded_prefix(part, 40) in _WIDGET_LABELS for part in parts):
        return True
    if _COUNTED_WIDGET_RE.match(text):
        return True
    if _FOLLOW_RE.match(text) or READ_MORE_RE.match(text.strip()) or _EXPAND_RE.match(text.strip()):
        return True
    back = _BACK_TO_RE.match(text)
    return (
        bool(back)
        and starts_upper(back.group("rest"))
        and syllable_count(text) <= 5
        and not ends_sentence(text)
    )


def _widget_columns(line: SourceLine) -> bool:
    """Columns that are all widget labels (``Chia sẻ   Bình luận``): checked on the joined text."""
    if line.columns < 2:
        return False
    words = line.text.split()
    # Greedy: every column must be a label; try splitting the words into known labels.
    return _covers(tuple(fold(word) for word in words))


@lru_cache(maxsize=4096)
def _covers(words: tuple[str, ...]) -> bool:
    if not words:
        return True
    for size in range(min(4, len(words)), 0, -1):
        if " ".join(words[:size]) in _WIDGET_LABELS and _covers(words[size:]):
            return True
    return False


def is_menu(line: SourceLine) -> bool:
    """A row of short items typed as columns or between bars (a menu or tag list), not a sentence."""
    if ends_sentence(line.text) or find_dates(line.text):
        return False
    columns = line.columns
    bars = [part for part in _MENU_BAR_RE.split(line.text) if part.strip()]
    if len(bars) >= MIN_BAR_ITEMS and all(
        syllable_count(part) <= MAX_MENU_SYLLABLES_PER_COLUMN for part in bars
    ):
        return True
    if columns < 2:
        return False
    count = syllable_count(line.text)
    return count <= MAX_MENU_SYLLABLES_PER_COLUMN * columns and count <= 60


def is_hashtags(text: str) -> bool:
    """``#tag #tag``: every word group starts with ``#`` glued to a word.

    ``# Không phải tiêu đề`` (a space after ``#``) is typed Markdown or text, not a tag.
    """
    if not _HASHTAG_RE.match(text):
        return False
    groups = [group for group in re.split(r"\s+(?=#)", text) if group]
    return all(_HASHTAG_RE.match(group) and syllable_count(group) <= 8 for group in groups)


_HASHTAG_RE = re.compile(r"#[^\W_]")


def breadcrumb_parts(text: str) -> list[str]:
    """The crumbs of ``Trang chủ > A > B`` (one splitter for every rule that reads them)."""
    return [part for part in _BREADCRUMB_SEP_RE.split(text) if part]


def is_breadcrumb(text: str) -> bool:
    """``Trang chủ > A > B`` or ``A › B``: short parts joined by arrows.

    A crumb may hold a digit (``Tin tức 24h``), but every crumb needs a letter
    and the line no date: ``1 2 3 ›`` is pagination, ``10/06/2025`` a date.
    """
    if ends_sentence(text):
        return False
    if any(ch.isdigit() for ch in text) and find_dates(text):
        return False
    if _HOME_RE.match(text) and syllable_count(text) <= 8 and not any(ch.isdigit() for ch in text):
        return True
    parts = breadcrumb_parts(text)
    if len(parts) < 2 or not any(sep in text for sep in (">", "»", "›", " :: ")):
        return False
    return all(
        1 <= syllable_count(part) <= MAX_CRUMB_SYLLABLES and any(ch.isalpha() for ch in part)
        for part in parts
    )


def is_scraper_line(text: str) -> bool:
    """A line a scraping tool wrote above the copy (``URL: ...``, ``Thời gian lấy tin: ...``)."""
    return bool(_SCRAPER_RE.match(text))


# "628x471": an image's pixel size, left on its own line where the picture was
_IMAGE_SIZE_RE = re.compile(r"^\d{2,4}\s?[x×]\s?\d{2,4}$")


def is_editor_residue(text: str) -> bool:
    return bool(
        _IMAGE_SIZE_RE.match(text.strip())
        or _HTML_LINE_RE.match(text)
        or _CSS_RE.match(text)
        or _CSS_DECLARATIONS_RE.match(text)
        or _MS_WORD_RE.search(text)
        or text.startswith("![")
        and text.rstrip(" |").endswith(")")
    )


def is_url_line(text: str) -> bool:
    """A bare URL or slug; an image's address is left to the figure rules."""
    if " " in text or is_image_reference(text):
        return False
    return bool(_URL_RE.match(text) or _SLUG_RE.match(text))


def is_image_alt(text: str) -> bool:
    """``<a headline> - Ảnh 1``: an image's alt text, which sites build from the headline;
    ``[Image]``, ``[image: <alt>]``: a copy tool's placeholder for a picture; ``cover of <title>``:
    a podcast or book host's alt text for the cover art, in English over a Vietnamese title."""
    if _IMAGE_PLACEHOLDER_RE.match(text):
        return True
    cover = _COVER_ALT_RE.match(text.strip())
    if cover is not None:
        rest = cover.group("rest")
        return not ends_sentence(rest) and syllable_count(rest) <= MAX_COVER_ALT_SYLLABLES
    match = _IMAGE_ALT_RE.search(text)
    if not match:
        return False
    rest = text[: match.start()].strip(" -–—")
    return bool(rest) and not ends_sentence(rest) and syllable_count(rest) <= 40


def is_inline_related(text: str) -> bool:
    """``> Headline``: a link to another story set inside the body; ``[Headline]``: the same link
    in square brackets (a wire site's style), capitalised, no sentence, longer than an editor's
    ``[Còn tiếp]`` note."""
    match = _INLINE_RELATED_RE.match(text)
    if match is not None:
        return is_headline_like(match.group("rest")) and not is_prose(match.group("rest"))
    match = _BRACKETED_HEADLINE_RE.match(text.strip())
    return (
        match is not None
        and starts_upper(match.group("rest"))
        and syllable_count(match.group("rest")) >= MIN_BRACKETED_HEADLINE_SYLLABLES
        and is_headline_like(match.group("rest"))
        and not is_prose(match.group("rest"))
    )


# "Hiệp định RCEP ý nghĩa gì với Việt Nam - VnExpress Kinh doanh": another site's page title
# pasted as a link, its brand written in camel case (VnExpress, VietnamPlus, CafeF, ZingNews),
# maybe a section after it
_LINKED_PAGE_TITLE_RE = re.compile(
    r"^(?P<headline>\S.{10,}?)\s+[-–|]\s+(?P<site>[A-Z][a-z]+[A-Z][A-Za-z]*(?:\.[a-z]{2,3}){0,2})"
    r"(?:\s+[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+)?)?$"
)


def is_linked_page_title(text: str) -> bool:
    """Another site's page title set in the text as a link (no sentence: a headline, then the
    site's camel-case brand). Read under the lead only: above it, the page's own title may
    carry its site's name the same way."""
    match = _LINKED_PAGE_TITLE_RE.match(text.strip())
    return (
        match is not None
        and is_headline_like(match.group("headline"))
        and not is_prose(match.group("headline"))
        and not ends_sentence(text)
    )


_BRACKETED_HEADLINE_RE = re.compile(r"^\[(?P<rest>[^\[\]]+)\]$")
MIN_BRACKETED_HEADLINE_SYLLABLES = 10  # another story's headline; an editor's bracketed note is shorter


def is_credit_only(text: str) -> bool:
    return syllable_count(text) <= MAX_CREDIT_SYLLABLES and bool(_CREDIT_ONLY_RE.match(text))


def is_end_marker(text: str) -> bool:
    """A separator or end mark with no words (``***``, ``-HẾT-``); ``./.`` is left to its own rule."""
    return text != "./." and bool(_END_MARKER_RE.match(text)) and len(text) <= 40


def is_relative_time(text: str) -> bool:
    # "một giờ trước", "vài phút trước": the count in words, the whole line (a feed's card)
    return syllable_count(text) <= MAX_RELATIVE_TIME_SYLLABLES and (
        bool(_RELATIVE_TIME_RE.search(text)) or is_post_age(text)
    )


# "Sự kiện: Tin tức trong ngày": the event widget under the sapo names a topic page.
_EVENT_LABEL_RE = re.compile(
    r"^(?:Sự kiện|Dòng sự kiện|Sự kiện nổi bật)\s*:\s*(?P<name>\S.*)$", re.IGNORECASE
)
MAX_EVENT_NAME_SYLLABLES = 8


def is_event_label(text: str) -> bool:
    """``Sự kiện: <a short topic name>``; a sentence after the colon is prose."""
    match = _EVENT_LABEL_RE.match(text)
    if not match:
        return False
    name = match.group("name")
    return starts_upper(name) and syllable_count(name) <= MAX_EVENT_NAME_SYLLABLES and not ends_sentence(name)


# Pagination: page numbers, arrows and page words only ("Trang 1 2 3 ... Tiếp", "1 2 3 ›").
_PAGE_WORDS = frozenset(
    fold(word) for word in ("trang", "tiếp", "sau", "trước", "đầu", "cuối", "next", "prev", "previous")
)
_PAGE_TOKEN_RE = re.compile(r"\d+|\.{3}|…|[<>‹›«»]{1,2}|[^\W\d_]+")


def is_pagination(text: str) -> bool:
    """A row of page numbers: at least two numbers, or ``Trang N``; no other word."""
    if len(text) > 80:
        return False
    tokens = _PAGE_TOKEN_RE.findall(text)
    if "".join(tokens).replace(" ", "") != text.replace(" ", ""):
        return False  # something else on the line (punctuation, a date)
    numbers = [token for token in tokens if token.isdigit()]
    if any(len(number) > 3 for number in numbers):
        return False  # "2024 2025": years, not pages
    words = [token for token in tokens if token[0].isalpha()]
    if any(fold(word) not in _PAGE_WORDS for word in words):
        return False
    return len(numbers) >= 2 or (len(numbers) == 1 and bool(words) and fold(words[0]) == "trang")


# "Trang chủ    Nhân vật - Sự kiện    <headline>": a breadcrumb typed as columns (wide gaps, no
# arrows), from the home link to the section and often the headline itself
MIN_BREADCRUMB_COLUMNS = 3


def is_column_breadcrumb(line: SourceLine) -> bool:
    return (
        line.columns >= MIN_BREADCRUMB_COLUMNS
        and bool(_HOME_RE.match(line.text))
        and not ends_sentence(line.text)
    )


# "Cơ quan lý luận và khoa học chính trị của Học viện ...", "Cơ quan ngôn luận của Hội Nhà báo
# Việt Nam": the description a paper prints under its masthead
# "Cơ quan ngôn luận của Đảng bộ tỉnh X"; after the site's name, "Báo X điện tử - Cơ quan của
# Đảng bộ tỉnh X", "Tia Sáng - Tạp chí của Bộ Khoa học và Công nghệ": the publisher's line
_MASTHEAD_DESCRIPTION_RE = re.compile(
    r"^(?:Cơ quan (?:ngôn luận|lý luận|tuyên truyền|thông tin)\b"
    r"|[A-ZĐ][^-–|:.!?]{1,60}?\s[-–|]\s(?:Cơ quan|Tạp chí|Trang (?:thông )?tin(?: điện tử)?)\b)"
    r"[^.!?]{0,80}?\bcủa\s+[A-ZĐ][^.!?]{2,80}$"
)
MAX_MASTHEAD_DESCRIPTION_SYLLABLES = 30


def is_masthead_description(text: str) -> bool:
    return syllable_count(text) <= MAX_MASTHEAD_DESCRIPTION_SYLLABLES and bool(
        _MASTHEAD_DESCRIPTION_RE.match(text)
    )


LETTER_SPACED = "letter-spaced"
MIN_SPACED_LETTERS = 8


def is_letter_spaced(text: str) -> bool:
    """``E x t e r n a l A f f a i r s``: a title set in spaced capitals, as a PDF's text layer
    gives it back (one letter a word); no sentence is written so."""
    run = 0
    for token in text.split():
        run = run + 1 if len(token) == 1 and token.isalpha() else 0
        if run >= MIN_SPACED_LETTERS:
            return True
    return False


def shape_rule(line: SourceLine) -> str | None:
    """The rule id of a line that is chrome by its shape alone, else None."""
    text = line.text
    if is_column_breadcrumb(line):
        return BREADCRUMB
    if is_masthead_description(text):
        return MASTHEAD
    if is_editor_residue(text):
        return EDITOR
    if is_url_line(text):
        return URL
    if is_scraper_line(text):
        return SCRAPER
    if is_widget(text) or _widget_columns(line) or is_reader_notice(text):
        return WIDGET
    if is_hashtags(text):
        return HASHTAGS
    if is_breadcrumb(text):
        return BREADCRUMB
    if is_image_alt(text):
        return IMAGE_ALT
    if is_inline_related(text):
        return INLINE_RELATED
    if is_credit_only(text):
        return PHOTO_CREDIT
    if is_end_marker(text):
        return END_MARKER
    if is_relative_time(text):
        return RELATIVE_TIME
    if is_event_label(text):
        return EVENT_LABEL
    if is_pagination(text):
        return PAGINATION
    if is_menu(line):
        return MENU
    if is_letter_spaced(text):
        return LETTER_SPACED
    return None


_NUMBER_ONLY_RE = re.compile(r"^\d{1,4}$")
_YEAR_ONLY_RE = re.compile(r"^(?:19|20)\d\d$")


def number_placeholders(lines: Sequence[SourceLine]) -> dict[int, str]:
    """``111`` alone right above a caption: what a picture left in the copy. A number on its
    own line with a short unpunctuated line glued under it is no text (a year is left: a
    timeline's heading)."""
    found: dict[int, str] = {}
    for line, following in zip(lines, lines[1:], strict=False):
        text = line.text.strip()
        if not _NUMBER_ONLY_RE.match(text) or _YEAR_ONLY_RE.match(text) or following.no != line.no + 1:
            continue
        caption = following.text
        if is_headline_like(caption) and not is_prose(caption):
            found[line.no] = EDITOR
    return found


ASCII_SHADOW = "ascii-shadow"


def ascii_shadows(lines: Sequence[SourceLine]) -> dict[int, str]:
    """Lines that repeat another line without its diacritics (``ky uc cua mot ...``).

    Sites print a headline's URL slug or image alt text in plain ASCII beside
    it; a Vietnamese sentence is never typed twice, once without accents.
    """
    folded: set[str] = set()
    for line in lines:
        if not line.text.isascii() and syllable_count(line.text) <= MAX_SHADOW_SYLLABLES:
            folded.add(" ".join(folded_tokens(line.text)))
    if not folded:
        return {}
    return {
        line.no: ASCII_SHADOW
        for line in lines
        if line.text.isascii()
        and syllable_count(line.text) >= MIN_SHADOW_SYLLABLES
        and " ".join(folded_tokens(line.text)) in folded
    }


MAX_SHADOW_SYLLABLES = 40
MIN_SHADOW_SYLLABLES = 3
MIN_ALT_WORDS = 4
ALT_COVERAGE = 0.7  # share of the alt's words found, unaccented, in the lines around it
ALT_CONTEXT = 2  # lines on each side


def unaccented_alts(lines: Sequence[SourceLine]) -> dict[int, str]:
    """Image alt texts typed without diacritics in lower case (``tau ins sahyadri cap cang cam
    ranh. anh: hoang lan``) between accented lines whose words they repeat: a photo's alt, not
    text (an article typed without accents has no accented lines around its sentences)."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        text = line.text
        if not text.isascii() or any(ch.isupper() for ch in text) or len(text) > MAX_ALT_CHARS:
            continue
        words = folded_tokens(text)
        letters = [word for word in words if not word.isdigit()]
        if len(letters) < MIN_ALT_WORDS or len(text.split()) < MIN_ALT_WORDS or is_image_reference(text):
            continue  # "nha-kinh-da-lat.jpg": a file name, the figure's reference
        if index == 0 or index + 1 >= len(lines):
            continue
        if lines[index - 1].text.isascii() or lines[index + 1].text.isascii():
            continue  # the lines right next to it must be accented Vietnamese
        around = lines[max(0, index - ALT_CONTEXT) : index] + lines[index + 1 : index + 1 + ALT_CONTEXT]
        known = {word for other in around for word in folded_tokens(other.text)}
        if sum(1 for word in words if word in known) >= ALT_COVERAGE * len(words):
            found[line.no] = ASCII_SHADOW
    return found


MAX_ALT_CHARS = 200


# "Tàu khu trục Nga tại quân cảng - Sputnik Việt Nam": an image's alt text, built from a
# short caption and the site's name (printed as a masthead line at the top of the page).
_SITE_SUFFIX_RE = re.compile(r"^(?P<alt>\S.*?)\s+[-–—]\s+(?P<site>[^-–—|]+?)\s*$")
MAX_ALT_SYLLABLES = 25
MIN_SITE_SYLLABLES = 2
ALT_NEIGHBOURS = 2  # the caption an alt shortens sits next to it


def site_alt_lines(lines: Sequence[SourceLine]) -> dict[int, str]:
    """Alt texts ending in the site's name, and the related story an alt introduces.

    The name must be a whole line above the first paragraph (the masthead): a
    headline such as ``Việt Nam - Trung Quốc`` ends in no masthead. An alt that
    shortens a caption beside it belongs to the article's own picture; one that
    copies nothing near it, followed by a headline, is a link to another story
    set in the body: both lines are chrome.
    """
    first_prose = next((index for index, line in enumerate(lines) if is_prose(line.text)), len(lines))
    mastheads = {line.text.strip() for line in lines[:first_prose]}
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        alt = _site_alt(line.text, mastheads)
        if alt is None:
            continue
        found[line.no] = IMAGE_ALT
        near = lines[max(index - ALT_NEIGHBOURS, 0) : index] + lines[index + 1 : index + 1 + ALT_NEIGHBOURS]
        if any(alt in other.text and len(other.text) > len(line.text) for other in near):
            continue  # the article's own picture: its caption is kept
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and is_headline_like(following.text) and not is_prose(following.text):
            found[following.no] = INLINE_RELATED
    return found


def _site_alt(text: str, mastheads: set[str]) -> str | None:
    match = _SITE_SUFFIX_RE.match(text)
    if match is None or match.group("site") not in mastheads:
        return None
    alt = match.group("alt")
    if (
        syllable_count(match.group("site")) < MIN_SITE_SYLLABLES
        or not is_headline_like(alt)
        or find_dates(alt)
    ):
        return None
    return alt if syllable_count(alt) <= MAX_ALT_SYLLABLES else None


SOFTWARE_MESSAGE = "software-message"
# English function words: a Vietnamese sentence typed without its diacritics holds few of them
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "its",
        "it",
        "your",
        "you",
        "this",
        "that",
        "please",
        "or",
        "and",
        "of",
        "with",
        "from",
        "not",
        "does",
    ]
)
MIN_MESSAGE_WORDS = 6
MIN_ENGLISH_WORDS = 2


def is_english_sentence(text: str) -> bool:
    """An English sentence: plain ASCII, ends like one, several English function words."""
    if not text.isascii() or not ends_sentence(text):
        return False
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", text)]
    return len(words) >= MIN_MESSAGE_WORDS and len(_ENGLISH_WORDS.intersection(words)) >= MIN_ENGLISH_WORDS


def software_messages(lines: Sequence[SourceLine]) -> dict[int, str]:
    """English sentences above the first Vietnamese line of a Vietnamese copy, and English
    interface phrases below its last (:func:`is_english_ui_phrase`).

    What a site's software prints there (``The service having id "x" is missing ...``, a
    cookie or browser notice) is neither the headline nor the sapo of a Vietnamese article.
    A copy whose prose is English (an English edition) is left alone.
    """
    first = next((index for index, line in enumerate(lines) if not line.text.isascii()), None)
    if first is None:
        return {}
    prose = [line.text for line in lines[first:] if is_prose(line.text)]
    if sum(1 for text in prose if not text.isascii()) * 2 <= len(prose):
        return {}
    found = {line.no: SOFTWARE_MESSAGE for line in lines[:first] if is_english_sentence(line.text)}
    last = max(index for index, line in enumerate(lines) if not line.text.isascii())
    found.update({line.no: SOFTWARE_MESSAGE for line in lines[last + 1 :] if is_english_ui_phrase(line.text)})
    return found


# "Audio hosting, extended storage and much more", "Get the app for free": a host's interface
# below the last Vietnamese line (a reference in English has its year and its full stop)
_ENGLISH_UI_WORDS = frozenset(["and", "more", "for", "your", "with", "the", "to", "our", "all", "free"])
MAX_UI_PHRASE_WORDS = 12
MIN_UI_PHRASE_WORDS = 3


def is_english_ui_phrase(text: str) -> bool:
    """An English interface phrase: ASCII letters, no figure, no sentence, an English function word."""
    if not text.isascii() or ends_sentence(text) or any(ch.isdigit() for ch in text):
        return False
    words = re.findall(r"[A-Za-z]+", text)
    if sum(1 for word in words if word[0].isupper()) * 2 > len(words):
        return False  # "Vietnam and the South China Sea": a title (a reference, a book), no button
    lowered = {word.lower() for word in words}
    return MIN_UI_PHRASE_WORDS <= len(words) <= MAX_UI_PHRASE_WORDS and bool(_ENGLISH_UI_WORDS & lowered)


SERIES_LINKS = "series-links"
# "Những người lính áo xanh - Bài 1: Đường tới phái bộ": a series' name, the part's number, its title
_SERIES_PART_RE = re.compile(
    r"^(?P<series>\S.{2,80}?)\s*[-–—:|]\s*(?:Bài|Kỳ|Phần|Tập)\s+(?P<number>\d{1,2}|[IVX]{1,4})\s*[:.\-–]\s*\S"
)
MIN_SERIES_LINKS = 2


def series_links(lines: Sequence[SourceLine]) -> dict[int, str]:
    """Links to the parts of a series, one under the other (``X - Bài 1: ...`` / ``X - Bài 2: ...``):
    two or more lines naming the same series, no sentence. An article is one part; the list of
    the parts is the site's navigation (a part's title alone, which may be the headline, stays)."""
    found: dict[int, str] = {}
    run: list[SourceLine] = []
    series = None
    for line in [*lines, None]:
        match = _SERIES_PART_RE.match(line.text.strip()) if line is not None else None
        key = fold(match.group("series")).strip() if match and not ends_sentence(line.text) else None
        if key is not None and key == series:
            run.append(line)
            continue
        if len(run) >= MIN_SERIES_LINKS:
            found.update(dict.fromkeys((item.no for item in run), SERIES_LINKS))
        run, series = ([line], key) if key is not None else ([], None)
    return found


FOREIGN_UI = "foreign-ui"


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _names_of_text(text: str, own: set[str]) -> bool:
    """Every accented foreign-spelled word of ``text`` also in the copy's other lines (``own``)."""
    accented = [
        word.lower()
        for word in _LETTERS_RE.findall(text)
        if not word.isascii() and not word.isupper() and not is_vietnamese_syllable(word)
    ]
    return bool(accented) and all(word in own for word in accented)


def foreign_ui_lines(lines: Sequence[SourceLine]) -> dict[int, str]:
    """Lines of a foreign locale's interface in a Vietnamese copy (``Bejelentkezés``, ``Minden
    epizód``, ``Lépjen offline állapotba ...``): a mirror or aggregator translated its own buttons
    and notices, never the article. Dated lines are left to the date rules (``máj. 25, 2026``);
    a copy whose prose is mostly foreign is left alone."""
    found = {
        line.no: FOREIGN_UI for line in lines if is_foreign_ui_line(line.text) and not find_dates(line.text)
    }
    if found:
        # "- Đắk Lắk: 99.200 đồng/kg;" under "Tại Đắk Lắk, thương lái ...": words the copy's own
        # Vietnamese lines use are names of the text (a place, a person), no locale's interface
        own = {
            word.lower() for line in lines if line.no not in found for word in _LETTERS_RE.findall(line.text)
        }
        texts = {line.no: line.text for line in lines}
        found = {no: rule for no, rule in found.items() if not _names_of_text(texts[no], own)}
    prose = [line for line in lines if is_prose(line.text)]
    if not found or sum(1 for line in prose if line.no in found or line.text.isascii()) * 2 >= len(prose):
        return {}
    return found
