"""A post's age as platforms print it under a headline: ``một giờ trước``, ``3 ngày trước``.

The age is relative to the moment the page was viewed, so it is never a publication date; it
only tells that the line above it is the post's headline (as a stamp would), and it is neither
a headline nor a tag name itself.
"""

from __future__ import annotations

import re

# the number in digits or in words ("một giờ trước", "vài phút trước"), then the unit and "trước"
POST_AGE = (
    r"(?:khoảng\s+)?(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy)\s*"
    r"(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước"
)
_POST_AGE_RE = re.compile(rf"^{POST_AGE}$", re.IGNORECASE)
# the age read into the end of the line above it by a hard-wrap join ("<headline> một giờ trước")
_TRAILING_POST_AGE_RE = re.compile(rf"\s(?P<age>{POST_AGE})$", re.IGNORECASE)


def is_post_age(text: str) -> bool:
    """``một giờ trước``: a line holding only a post's age."""
    return bool(_POST_AGE_RE.match(text.strip()))


def split_trailing_post_age(text: str) -> tuple[str, str] | None:
    """``<headline> một giờ trước`` → (``<headline>``, ``một giờ trước``); None without an age."""
    match = _TRAILING_POST_AGE_RE.search(text)
    return (text[: match.start()], match.group("age")) if match else None
