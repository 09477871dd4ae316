"""A post's age as platforms print it under a headline: ``một giờ trước``, ``3 ngày trước``.

The age is relative to the moment the page was viewed, so it is never a publication date; it
only tells that the line above it is the post's headline (as a stamp would), and it is neither
a headline nor a tag name itself.
"""

from __future__ import annotations

import re

# the number in digits or in words ("một giờ trước", "vài phút trước"), then the unit and "trước"
_POST_AGE_RE = re.compile(
    r"^(?:khoảng\s+)?(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy)\s*"
    r"(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước$",
    re.IGNORECASE,
)


def is_post_age(text: str) -> bool:
    """``một giờ trước``: a line holding only a post's age."""
    return bool(_POST_AGE_RE.match(text.strip()))
