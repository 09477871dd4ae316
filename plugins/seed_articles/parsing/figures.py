"""Image references and photo captions left in scraped text."""

from __future__ import annotations

import re

from .lines import syllable_count

# picture1.png, 1-7-.jpg, https://cdn.example.vn/a/b.webp?w=800, "lc 1.jpg" (a short name with a space)
_IMAGE_RE = re.compile(
    r"^(?:https?://\S+/|[\w./-]*/)?[\w()\-.%~+, ]*\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|avif|heic)(?:\?\S*)?$",
    re.IGNORECASE,
)
MAX_SPACED_NAME_CHARS = 40
# "DIOXIN-BIENHOA-02", "tpp_mccain_01": an image's file name printed without its extension
_BARE_FILE_NAME_RE = re.compile(r"^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){2,}$|^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+$")
# A caption ends with the photo credit: "(Ảnh: Internet)", "Ảnh: TTXVN.", "Ảnh: Trọng Đức",
# "(Ảnh minh họa)", "Nguồn ảnh: ...", "Photo: ...".
_CREDIT_WORDS = (
    r"(?:Ảnh|Nguồn ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Ảnh chụp màn hình|Photo|Đồ họa|Đồ hoạ)"
)
_CREDIT_RE = re.compile(
    rf"(?:\(\s*{_CREDIT_WORDS}\s*(?::[^()]{{0,80}})?\)|(?:^|[\s.;,–-]){_CREDIT_WORDS}\s*:\s*[^.:;]{{1,60}}?)"
    r"\s*\.?\s*$",
)
MAX_CAPTION_SYLLABLES = 80
_CREDIT_WINDOW = 110  # the credit is at the end; searching the whole line is wasted work


# Where a person stands in the photo: "(bìa phải)", "(giữa)", "(thứ hai từ trái sang)",
# "(hàng đầu, thứ 3 từ phải qua)", "(ngoài cùng bên trái)": only a caption says this.
_POSITION_RE = re.compile(
    r"\((?:[^()]{0,40}\b)?(?:bìa|ngoài cùng|đứng|ngồi|hàng|bên|người)?\s*(?:phải|trái|giữa)"
    r"(?:\s+(?:sang|qua|vào)(?:\s+(?:phải|trái))?)?\s*\)",
    re.IGNORECASE,
)
_FROM_SIDE_RE = re.compile(r"\btừ\s+(?:trái|phải)\s+(?:sang|qua)\b", re.IGNORECASE)


def names_photo_position(text: str) -> bool:
    """A line telling who stands where in a photo (``Ông A (bìa phải) trao quà ...``,
    ``Các đại biểu (thứ ba từ trái sang) ...``): a caption, even without a credit."""
    return bool(_POSITION_RE.search(text)) or "(" in text and bool(_FROM_SIDE_RE.search(text))


def is_caption_like(text: str) -> bool:
    """A photo caption: ends with a credit, or names where people stand in the photo."""
    return is_photo_caption(text) or names_photo_position(text)


def is_image_reference(text: str) -> bool:
    if " " in text and len(text) > MAX_SPACED_NAME_CHARS:
        return False
    return bool(_IMAGE_RE.match(text))


# "![](https://.../a.jpg)", "![Ảnh]() |": a Markdown picture (maybe in a table's cell)
_MARKDOWN_IMAGE_RE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?$")


def is_markdown_image(text: str) -> bool:
    return bool(_MARKDOWN_IMAGE_RE.match(text.strip()))


def is_bare_file_name(text: str) -> bool:
    """``DIOXIN-BIENHOA-02``: words and a number joined by dashes or underscores, no space, no
    Vietnamese letter; a picture's file name when a caption follows it (the caller checks)."""
    return any(ch.isdigit() for ch in text) and bool(_BARE_FILE_NAME_RE.match(text))


def is_photo_caption(text: str) -> bool:
    """A line that ends with a photo credit (a caption whose image was not kept)."""
    if len(text) > MAX_CAPTION_SYLLABLES * 8 or syllable_count(text) > MAX_CAPTION_SYLLABLES:
        return False
    return bool(_CREDIT_RE.search(text[-_CREDIT_WINDOW:]))
