"""Strings a blog, forum or CMS engine prints around every post, and a forum's poster blocks.

These are fixed texts of the software (Blogger, WordPress, WordPress.com, vBulletin), in
English or in their Vietnamese translations, never written by an article's author:

* Blogger: ``No comments:`` / ``Không có nhận xét nào:``, ``Note: Only a member of this blog
  may post a comment.``, ``Newer Post Older Post Home``, ``Subscribe to: Post Comments (Atom)``;
* WordPress: ``Comments are closed.``, the filed-under line ``Bài này đã được đăng trong X và
  được gắn thẻ Y. Đánh dấu đường dẫn tĩnh.`` (``This entry was posted in ... Bookmark the
  permalink.``), WordPress.com's ``Đang tải...``;
* vBulletin: the guest notice ``Nếu đây là lần đầu bạn ghé thăm ...``, ``Quick Reply``,
  ``Trả lời kèm trích dẫn``, ``Last edited by <login>; <date>.``, ``Múi giờ GMT+7. Bây giờ là
  10:41.``, and the poster block printed above each post (login, rank, ``Ngày tham gia: Mar
  2019``, ``Bài viết: 2184``, ``#1``).

A thread re-posting an article is read as its first post: the poster blocks are chrome, and
from the second poster block on the page holds other users' replies, chrome too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import SourceLine, ends_sentence, is_prose, syllable_count

SOFTWARE_STRING = "software-string"
FORUM_POSTER = "forum-poster"
FORUM_REPLY = "forum-reply"

_ELLIPSIS = r"\s*(?:\.{3}|…)?"
_SOFTWARE_STRINGS_RE = re.compile(
    "|".join(
        rf"(?:{pattern})"
        for pattern in (
            # WordPress.com's "Loading..." under the share buttons
            rf"Đang tải{_ELLIPSIS}|Loading\s*(?:\.{{3}}|…)",
            # WordPress: the post's filed-under line
            r"Bài(?: viết)? này (?:đã )?được đăng (?:trong|vào|bởi)\s[^\n]{1,300}?\.\s*Đánh dấu đường dẫn tĩnh\.?",
            r"This (?:entry|post) was posted in\s[^\n]{1,300}?\.\s*Bookmark the permalink\.?",
            r"Comments are closed\.?|Bình luận đã được đóng\.?|Comments Off",
            # Blogger
            r"No comments\s*:?|Không có nhận xét nào\s*:?|Post a Comment|Đăng nhận xét",
            r"Note: Only a member of this blog may post a comment\.?",
            r"Lưu ý: Chỉ thành viên của blog này mới được đăng nhận xét\.?",
            r"(?:Newer Post\s*)?(?:Older Post\s*)?Home|Newer Post|Older Post",
            r"(?:Bài đăng Mới hơn\s*)?Bài đăng Cũ hơn(?:\s*Trang chủ)?|Bài đăng Mới hơn",
            r"Subscribe to\s*:\s*Post Comments \(Atom\)|Đăng ký\s*:\s*Đăng Nhận xét \(Atom\)",
            # vBulletin
            r"Quick Reply|Trả lời kèm trích dẫn|Reply With Quote|Trả lời nhanh",
            r"(?:Last edited by|Sửa lần cuối bởi)\s+\S{1,40};\s[^\n]{1,40}",
            r"Múi giờ GMT\s*[+-]\s*\d{1,2}\.\s*Bây giờ là \d{1,2}:\d{2}\.?",
            r"All times are GMT\s*(?:[+-]\s*\d{1,2})?\.\s*The time now is \d{1,2}:\d{2}(?:\s*[AP]M)?\.?",
            r"(?:Nếu đây là lần đầu (?:tiên )?bạn (?:ghé thăm|truy cập)|If this is your first visit)[^\n]{0,300}",
            # Wix blog
            r"Recent Posts\s+See All|See All|All Posts|Post not marked as liked|\d{1,4} comments?",
        )
    ),
    re.IGNORECASE,
)
MAX_SOFTWARE_STRING_CHARS = 400


def is_software_string(text: str) -> bool:
    """A whole line that is one of the fixed strings a blog or forum engine prints."""
    text = text.strip()
    return len(text) <= MAX_SOFTWARE_STRING_CHARS and _SOFTWARE_STRINGS_RE.fullmatch(text) is not None


# "Ngày tham gia: Mar 2019", "Join Date: 12/2021", "Ngày tham gia: 05-03-2019": the poster's sign-up
# month (or day)
_JOIN_DATE_RE = re.compile(
    r"(?:Ngày tham gia|Join Date|Joined)\s*:\s*(?:[A-Z][a-z]{2,8}\.?|Tháng\s*\d{1,2}|(?:\d{1,2}[/-]){1,2})"
    r"\s*,?\s*(?:19|20)\d\d",
    re.IGNORECASE,
)
# "Bài viết: 2184", "Posts: 406", "#1": the poster's post count, the post's number
_POSTER_FIELD_RE = re.compile(
    r"(?:Bài viết|Bài gửi|Posts|Được cảm ơn|Thanks|Cảm ơn)\s*:\s*\d[\d.,]{0,9}|#\d{1,5}|"
    r"(?:Nơi ở|Đến từ|Location)\s*:\s*[^\n]{1,30}",
    re.IGNORECASE,
)
MAX_POSTER_LABEL_SYLLABLES = 4  # "bachdang_1979", "Thành viên", "Senior Member"
POSTER_LINES_ABOVE = 2  # the login and the rank above the join date


def _short_label(text: str) -> bool:
    return (
        syllable_count(text) <= MAX_POSTER_LABEL_SYLLABLES and not ends_sentence(text) and not is_prose(text)
    )


def forum_posters(lines: Sequence[SourceLine]) -> dict[int, str]:
    """The poster blocks of a forum thread (login, rank, join date, post count, post number),
    and everything from the second block on: the replies of other users."""
    joins = [index for index, line in enumerate(lines) if _JOIN_DATE_RE.fullmatch(line.text.strip())]
    found: dict[int, str] = {}
    blocks = 0
    for join in joins:
        end = join + 1
        while end < len(lines) and _POSTER_FIELD_RE.fullmatch(lines[end].text.strip()):
            end += 1
        if end == join + 1:
            continue  # a join date without the post count or number under it: no poster block
        start = join
        while start > 0 and join - start < POSTER_LINES_ABOVE and _short_label(lines[start - 1].text):
            start -= 1
        if blocks:
            found.update({line.no: FORUM_REPLY for line in lines[start:]})
            break
        blocks += 1
        found.update({line.no: FORUM_POSTER for line in lines[start:end]})
    return found


# "Mua tài khoản Hoatieu Pro để ... KHÔNG quảng cáo & Tải nhanh File chỉ từ 99.000đ.": the site
# selling its paid account (a paid tier, and no ads or a price)
_ACCOUNT_PROMO_RE = re.compile(
    r"(?:Mua|Nâng cấp(?: lên)?|Đăng ký)\s+(?:tài khoản|gói)\s+(?:\S+\s+){0,2}?(?:Pro|VIP|Premium)\b"
    r"[^\n]{0,200}?(?:không quảng cáo|\d[\d.,]*\s*(?:đ|đồng|VNĐ|VND)\b)[^\n]{0,100}",
    re.IGNORECASE,
)
# "Mời các bạn tham khảo thêm các thông tin hữu ích khác trên chuyên mục Biểu mẫu của X.": the
# site pointing to its other sections under a document ("Mời các bạn cùng tham khảo." in the
# sapo introduces the document itself and is kept)
_SECTION_INVITATION_RE = re.compile(
    r"Mời (?:các |quý )?(?:bạn|độc giả)(?: đọc)? (?:cùng )?tham khảo thêm\b[^\n]{0,200}?\b(?:chuyên mục|mục)\b"
    r"[^\n]{0,100}",
    re.IGNORECASE,
)
MAX_SANDWICH_SYLLABLES = 6  # "bình luận nhận xét bạn đọc" between "No comments:" and "Note: ..."


def is_site_promo(text: str) -> bool:
    """The site advertising its paid account, or inviting to its other sections."""
    text = text.strip()
    if len(text) > MAX_SOFTWARE_STRING_CHARS:
        return False
    return bool(_ACCOUNT_PROMO_RE.fullmatch(text) or _SECTION_INVITATION_RE.fullmatch(text))


def software_lines(lines: Sequence[SourceLine]) -> dict[int, str]:
    """Lines of ``lines`` that the blog or forum software printed, and a short label printed
    between two of them (the blog's own caption of its comment box)."""
    found = forum_posters(lines)
    for line in lines:
        if line.no not in found and (is_software_string(line.text) or is_site_promo(line.text)):
            found[line.no] = SOFTWARE_STRING
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
        if (
            found.get(before.no) == SOFTWARE_STRING
            and found.get(after.no) == SOFTWARE_STRING
            and line.no not in found
            and syllable_count(line.text) <= MAX_SANDWICH_SYLLABLES
            and not ends_sentence(line.text)
        ):
            found[line.no] = SOFTWARE_STRING
    return found
