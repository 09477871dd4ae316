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

* Invision Community: ``Link to comment``, ``Chia sẻ trên các trang khác``, ``Tham gia cuộc trò
  chuyện``, the guest notice, ``Chỉnh sửa <date> bởi <login>``, and the member card beside each
  post (login, rank, ``Số nội dung`` and its count, ``Tham gia``, then ``Đã gửi <date>``);
* NukeViet's print view (``- In ra``, ``- Đóng cửa sổ này``, ``URL của bài viết này: ...``);
* Facebook: the automatic alt text ``Có thể là hình ảnh về ...``, ``Tất cả cảm xúc:``, the
  counters, and the comment list under its sort label ``Phù hợp nhất``;
* Moodle: ``Bạn đang truy cập với tư cách khách (Đăng nhập)``, ``Danh mục khoá học:``;
* document-sharing sites: ``Embed Size (px)``, ``Citation preview`` (above it: the site's page
  about the document), ``Page 2: <document title>``.

A thread re-posting an article is read as its first post: the poster blocks are chrome, and
from the second poster block on the page holds other users' replies, chrome too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import find_dates
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
            # WordPress: the comment form, the share and like boxes, the related posts' heading,
            # the pager, WordPress.com's ad notice and credit
            r"Leave a (?:Reply|Comment)|Để lại (?:một )?(?:bình luận|phản hồi|trả lời)|Trả lời Hủy(?: trả lời)?",
            r"(?:Your email address will not be published\.?|Email của bạn sẽ không được hiển thị công khai\.?)"
            r"(?:\s*(?:Required fields are marked|Các trường bắt buộc được đánh dấu)\s*\*?\.?)?",
            r"Share this\s*:?|Chia sẻ điều này\s*:?|Like this\s*:?|Thích điều này\s*:?|Thích bài này\s*:?",
            r"Related|Liên quan",
            r"(?:«\s*)?(?:Older|Newer) (?:Entries|Posts)(?:\s*»)?|(?:«\s*)?Bài (?:cũ|mới) hơn(?:\s*»)?",
            r"About these ads|Advertisements|Giới thiệu về quảng cáo",
            r"Blog (?:tại|at) WordPress\.com\.?|Tạo một blog miễn phí tại WordPress\.com\.?",
            # Blogger
            r"No comments\s*:?|Không có nhận xét nào\s*:?|Post a Comment|Đăng nhận xét",
            # Moodle: the login notice at the top and foot of every page, the course-category picker
            r"(?:Bạn đang truy cập với tư cách khách|Bạn chưa đăng nhập|You are currently using guest access"
            r"|You are not logged in)\.?\s*\((?:Đăng nhập|Log in)\)",
            r"Danh mục kh(?:óa|oá) học\s*:|Course categories\s*:",
            r"Note: Only a member of this blog may post a comment\.?",
            r"Lưu ý: Chỉ thành viên của blog này mới được đăng nhận xét\.?",
            r"(?:Newer Posts?\s*)?(?:Older Posts?\s*)?Home|Newer Posts?|Older Posts?",
            r"(?:Bài đăng Mới hơn\s*)?Bài đăng Cũ hơn(?:\s*Trang chủ)?|Bài đăng Mới hơn",
            r"Subscribe to\s*:\s*Post(?:s| Comments) \(Atom\)|Đăng ký\s*:\s*(?:Bài đăng|Đăng Nhận xét) \(Atom\)",
            # Blogger's mobile view: the page arrows and the switch to the full site
            r"[‹›]|Xem phiên bản web|View web version",
            # Blogger in French, its sidebar (archive, profile) and theme credit
            r"Aucun commentaire\s*:?|Enregistrer un commentaire|Publier un commentaire",
            r"(?:Article plus récent\s*)?(?:Article plus ancien\s*)?Accueil|Article plus récent|Article plus ancien",
            r"Inscription à\s*:\s*Publier les commentaires \(Atom\)",
            r"Archives du blog|Blog Archive|Lưu trữ Blog|Qui êtes-vous\s*\?|About Me|Giới thiệu về tôi",
            # Blogger's share links under a post (its popular-posts box is a related label)
            r"Gửi email bài đăng này|Email This|BlogThis!|Chia sẻ lên (?:X|Twitter|Facebook|Pinterest)"
            r"|Share to (?:X|Twitter|Facebook|Pinterest)",
            r"Afficher mon profil complet|View my complete profile|Xem hồ sơ hoàn chỉnh của tôi",
            r"(?:(?:Thème|Theme|Chủ đề)\s[^\n.]{1,40}\.\s*)?(?:Fourni par|Powered by|Được tạo bởi)"
            r"\s+Blogger\.?",
            # Forumotion: the guest notice, the post's buttons, the permissions box
            r"(?:Bạn có muốn phản ứng với tin nhắn này\?|Would you like to react to this message\?)[^\n]{0,250}",
            r"(?:Về Đầu Trang|Back to top)(?:\s+Go down)?|Go down",
            r"Permissions in this forum\s*:?|Quyền hạn của bạn trong diễn đàn này\s*:?",
            r"Bạn không có quyền trả lời bài viết|You cannot reply to topics in this forum",
            # XenForo (English and its Vietnamese translation): the reactions bar, the guest notice
            r"Reactions\s*:\s*[^\n]{1,200}|Cảm xúc\s*:\s*[^\n]{1,200}?\svà\s\d{1,6}\sngười khác",
            r"You must log in or register to reply here\.?",
            r"Bạn phải đăng nhập hoặc đăng ký để (?:trả lời|phản hồi)(?: bài viết)? (?:ở )?đây\.?",
            # vBulletin
            r"Quick Reply|Trả lời kèm trích dẫn|Reply With Quote|Trả lời nhanh",
            r"(?:Last edited by|Sửa lần cuối bởi)\s+\S{1,40};\s[^\n]{1,40}",
            r"Múi giờ GMT\s*[+-]\s*\d{1,2}\.\s*Bây giờ là \d{1,2}:\d{2}\.?",
            r"All times are GMT\s*(?:[+-]\s*\d{1,2})?\.\s*The time now is \d{1,2}:\d{2}(?:\s*[AP]M)?\.?",
            r"(?:Nếu đây là lần đầu (?:tiên )?bạn (?:ghé thăm|truy cập)|If this is your first visit)[^\n]{0,300}",
            # Invision Community (English and its Vietnamese translation)
            r"Link to comment|Share on other sites|Chia sẻ trên các trang khác|Chia sẻ lên các trang khác",
            r"Tham gia cuộc trò chuyện|Join the conversation|Trả lời chủ đề này|Reply to this topic",
            r"(?:Bạn có thể đăng bài bây giờ và đăng ký sau|You can post now and register later)[^\n]{0,200}",
            r"(?:Chỉnh sửa|Edited)\s[^\n]{1,40}?\s(?:bởi|by)\s\S{1,40}",
            r"Số nội dung|Content Count|Days Won|Lần đăng nhập cuối|Last visited|Ngày chiến thắng",
            # NukeViet's print view
            r"-?\s*\|?\s*In ra|-?\s*\|?\s*Đóng cửa sổ này|URL của bài viết này\s*:\s*\S{1,300}",
            r"Bản in được tạo tự động(?: từ hệ thống [^\n]{1,40})?",
            # Facebook: the automatic alt text of a photo, the reaction and share counters
            r"(?:Có thể là (?:hình ảnh|ảnh|video|hình minh họa|hình minh hoạ) (?:về|của)|May be an image of)"
            r"\s[^\n.!?]{1,200}",
            r"Tất cả cảm xúc\s*:?|All reactions\s*:?",
            r"\d{1,3}(?:[.,]\d)?\s?[KkM]",
            r"\d[\d.,]{0,9}\s*(?:lượt chia sẻ|lượt bình luận|lượt thích|shares|comments)",
            # a topic or tag page's description: "Tất cả bài viết thuộc chủ đề này được tổng hợp từ ..."
            r"(?:Tất cả|Toàn bộ|Các) (?:bài viết|tin bài|bài|tin) (?:thuộc|trong|của|có) (?:chủ đề|chuyên mục|thẻ|mục|nhãn)"
            r" này[^\n]{0,150}",
            # a document-sharing site's viewer (pdfslide, dokumen, vdocuments): its buttons and the
            # viewer's "Page 2: <document title>" over each page of the text
            r"Embed Size\s*\(px\)|Citation preview|Report this document|Download now|Upload|Share this document",
            r"Page \d{1,4}\s*:\s*\S[^\n]{0,200}",
            # a Vietnamese document site: the attachment box and the label over the extracted text
            r"Tài liệu đính kèm\s*:?|•?\s*(?:pdf|doc|docx|ppt|pptx)\S{1,200}\.(?:pdf|docx?|pptx?)",
            r"Nội dung text\s*:\s*\S[^\n]{0,300}",
            # a comment box with no comment yet (any engine): "Chưa có bình luận nào cho bài viết này."
            r"(?:Hiện )?(?:Chưa|Không) có (?:bình luận|ý kiến|nhận xét|phản hồi) nào"
            r"(?: (?:cho|về|trong) (?:bài viết|bài|tin|chủ đề) này)?\s*[.!]?",
            r"Hãy là người đầu tiên (?:bình luận|nhận xét|gửi ý kiến)[^\n]{0,60}|Be the first to comment[^\n]{0,40}",
            r"No comments yet\.?|There are no comments yet\.?",
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
    r"(?:Tổng số bài gửi|Total posts|Bài viết|Bài gửi|Posts|Được cảm ơn|Thanks|Cảm ơn)\s*:\s*\d[\d.,]{0,9}|#\d{1,5}|"
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
        start = join
        # Forumotion prints the post count above the join date ("Tổng số bài gửi : 57")
        while start > 0 and _POSTER_FIELD_RE.fullmatch(lines[start - 1].text.strip()):
            start -= 1
        if end == join + 1 and start == join:
            continue  # a join date without the post count or number beside it: no poster block
        labels = 0
        while start > 0 and _short_label(lines[start - 1].text):
            # Forumotion prints the login and the rank twice each (the text and the image's alt)
            if lines[start - 1].text != lines[start].text:
                if labels == POSTER_LINES_ABOVE:
                    break
                labels += 1
            start -= 1
        if blocks:
            found.update({line.no: FORUM_REPLY for line in lines[start:]})
            break
        blocks += 1
        found.update({line.no: FORUM_POSTER for line in lines[start:end]})
    return found


# Invision Community's member card beside each post: login, rank, "Số nội dung" / "Content Count"
# and the count under it, "Tham gia" / "Joined" (maybe with its date), then "Đã gửi <date>"
_CARD_COUNT_RE = re.compile(r"(?:Số nội dung|Content Count|Nội dung|Bài viết|Posts)\s*:?", re.IGNORECASE)
_CARD_NUMBER_RE = re.compile(r"\d[\d.,]{0,9}")
_CARD_FIELD_RE = re.compile(
    r"(?:Tham gia|Joined|Ngày tham gia|Days Won|Lần đăng nhập cuối|Last visited)\s*:?(?:\s*[^\n]{1,30})?|"
    r"\d[\d.,]{0,9}",
    re.IGNORECASE,
)
_POSTED_RE = re.compile(r"(?:Đã gửi|Posted|Gửi lúc|Đăng lúc)\s*:?\s+\S[^\n]{3,40}", re.IGNORECASE)


def member_cards(lines: Sequence[SourceLine]) -> dict[int, str]:
    """The member cards of an Invision Community thread, the first post's "Đã gửi" stamp left to
    the header; from the second card on, the page holds other users' replies."""
    found: dict[int, str] = {}
    cards = 0
    for index, line in enumerate(lines[:-1]):
        if not _CARD_COUNT_RE.fullmatch(line.text.strip()) or not _CARD_NUMBER_RE.fullmatch(
            lines[index + 1].text.strip()
        ):
            continue
        end = index + 2
        while end < len(lines) and _CARD_FIELD_RE.fullmatch(lines[end].text.strip()):
            end += 1
        if end == index + 2 or end >= len(lines) or not _POSTED_RE.fullmatch(lines[end].text.strip()):
            continue  # a count without the card's fields and the post's stamp under it: no card
        start = index
        while start > 0 and index - start < POSTER_LINES_ABOVE and _short_label(lines[start - 1].text):
            start -= 1
        if cards:
            found.update({other.no: FORUM_REPLY for other in lines[start:]})
            break
        cards += 1
        found.update({other.no: FORUM_POSTER for other in lines[start:end]})
    return found


# Facebook's comment list: its sort label, then comments, each with "Phản hồi" ("Reply") under it
_COMMENT_SORT_RE = re.compile(
    r"Phù hợp nhất|Most relevant|Tất cả bình luận|All comments|Bình luận hàng đầu|Top comments",
    re.IGNORECASE,
)
_COMMENT_REPLY_RE = re.compile(r"Phản hồi|Reply|Trả lời", re.IGNORECASE)


def comment_list(lines: Sequence[SourceLine]) -> dict[int, str]:
    """A social network's comment list under a post: from its sort label ("Phù hợp nhất") on,
    when a "Phản hồi" button follows it, the page holds readers' comments."""
    for index, line in enumerate(lines):
        if _COMMENT_SORT_RE.fullmatch(line.text.strip()) and any(
            _COMMENT_REPLY_RE.fullmatch(other.text.strip()) for other in lines[index + 1 :]
        ):
            return {other.no: FORUM_REPLY for other in lines[index:]}
    return {}


# Blogger's comment section: "1 nhận xét:" / "3 comments:" over the comments, each with its
# "Trả lời" ("Reply") button, and the "Đăng nhận xét" ("Post a Comment") form closing it
_BLOG_COMMENT_COUNT_RE = re.compile(r"\d{1,4}\s+(?:nhận xét|comments?)\s*:", re.IGNORECASE)
_BLOG_COMMENT_FORM_RE = re.compile(r"Đăng nhận xét|Post a Comment", re.IGNORECASE)


def blog_comments(lines: Sequence[SourceLine]) -> dict[int, str]:
    """A blog's comments under the post: from the count heading ("2 nhận xét:") through the
    comment form's heading ("Đăng nhận xét"), when a reply button stands between them. The
    three are the blog engine's own words; a post's text never holds them in that order."""
    for index, line in enumerate(lines):
        if not _BLOG_COMMENT_COUNT_RE.fullmatch(line.text.strip()):
            continue
        end = next(
            (
                at
                for at in range(index + 1, len(lines))
                if _BLOG_COMMENT_FORM_RE.fullmatch(lines[at].text.strip())
            ),
            None,
        )
        if end is not None and any(
            _COMMENT_REPLY_RE.fullmatch(other.text.strip()) for other in lines[index + 1 : end]
        ):
            return {other.no: FORUM_REPLY for other in lines[index : end + 1]}
    return {}


DOCUMENT_PAGE = "document-page"
# the marker a document-sharing site prints where the document's own text starts
_PREVIEW_RE = re.compile(
    r"Citation preview|Text of the document|Document preview|Xem trước tài liệu", re.IGNORECASE
)
PREVIEW_WINDOW = 20  # the marker sits under the page's title, description and embed box


def document_page(lines: Sequence[SourceLine]) -> dict[int, str]:
    """On a document-sharing site, everything above its "Citation preview" marker is the site's
    page about the document (its title, description, embed box), not the document's text."""
    for index, line in enumerate(lines[:PREVIEW_WINDOW]):
        if _PREVIEW_RE.fullmatch(line.text.strip()):
            return {other.no: DOCUMENT_PAGE for other in lines[:index]}
    return {}


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


# Blogger's archive widget: "▼ 2026 (23)", "▼ avril (6)", "► tháng 3 (9)" (a toggle, a year or a
# month, the count of its posts); the open month lists its posts' titles between the toggles
_ARCHIVE_TOGGLE_RE = re.compile(r"[▼►▾▸]\s*[^\n()]{1,30}\(\d{1,5}\)")
MAX_ARCHIVE_LIST = 12


def archive_widget(lines: Sequence[SourceLine]) -> dict[int, str]:
    """The toggles of a blog's archive widget, and the post titles listed between two of them."""
    toggles = [index for index, line in enumerate(lines) if _ARCHIVE_TOGGLE_RE.fullmatch(line.text.strip())]
    found = {lines[index].no: SOFTWARE_STRING for index in toggles}
    for first, second in zip(toggles, toggles[1:], strict=False):
        if second - first - 1 <= MAX_ARCHIVE_LIST:
            found.update({line.no: SOFTWARE_STRING for line in lines[first + 1 : second]})
    return found


FEED_CHANNEL = "feed-channel"
# An RSS feed copied as text: the channel's fields print before its first item, among them the
# update period ("hourly", sy:updatePeriod), the language ("vi", "en-US") and the generator
# ("https://wordpress.org/?v=6.7.2"); the channel's build date among them is not a post's stamp
_FEED_PERIOD_RE = re.compile(r"hourly|daily|weekly|monthly|yearly")
_FEED_LANGUAGE_RE = re.compile(r"[a-z]{2}(?:-[A-Za-z]{2})?")
_FEED_GENERATOR_RE = re.compile(r"https?://wordpress\.org/\?v=[\d.]{1,12}|https?://\S{1,80}/\?v=[\d.]{1,12}")
_FEED_FILLER_RE = re.compile(r"https?://\S{1,300}|\d{1,4}")
FEED_HEAD_WINDOW = 12


def feed_channel(lines: Sequence[SourceLine]) -> dict[int, str]:
    """The channel block of an RSS feed copied as text: from the top down to its update period or
    generator, then the image's fields under them (addresses, sizes, the title printed again)."""
    head = [line.text.strip() for line in lines[:FEED_HEAD_WINDOW]]
    period = next((index for index, text in enumerate(head) if _FEED_PERIOD_RE.fullmatch(text)), None)
    if period is None or not any(
        _FEED_LANGUAGE_RE.fullmatch(text) or _FEED_GENERATOR_RE.fullmatch(text) for text in head
    ):
        return {}
    end = period + 1
    seen = set(head[:end])
    while end < len(lines):
        text = lines[end].text.strip()
        if not (_FEED_FILLER_RE.fullmatch(text) or text in seen):
            break
        seen.add(text)
        end += 1
    return {line.no: FEED_CHANNEL for line in lines[:end]}


def is_icon_alt_pair(text: str) -> bool:
    """``<title> Empty <title>``: Forumotion's post icon (its alt text "Empty") between two copies
    of the thread title, over every post."""
    parts = text.strip().split(" Empty ")
    return len(parts) == 2 and bool(parts[0].strip()) and parts[0].strip() == parts[1].strip()


# XenForo's post header: the login, the rank, the post's date, then "#2" (the post's number)
_POST_NUMBER_RE = re.compile(r"#\d{1,5}")


def xenforo_posts(lines: Sequence[SourceLine]) -> dict[int, str]:
    """From the second post of a XenForo thread on (its number ``#2`` under the poster's login,
    rank and the post's date): other users' replies, chrome. The first post is the re-posted
    text; its poster lines are left to the header rules."""
    blocks = 0
    for index, line in enumerate(lines):
        if (
            index < 1
            or not _POST_NUMBER_RE.fullmatch(line.text.strip())
            or not _date_alone(lines[index - 1].text)
        ):
            continue
        start = index - 1
        while start > 0 and index - 1 - start < POSTER_LINES_ABOVE and _short_label(lines[start - 1].text):
            start -= 1
        blocks += 1
        if blocks > 1:
            return {other.no: FORUM_REPLY for other in lines[start:]}
    return {}


def _date_alone(text: str) -> bool:
    hits = find_dates(text)
    return len(hits) == 1 and hits[0].has_year and not text.replace(hits[0].text, "").strip(" ,.-")


def software_lines(lines: Sequence[SourceLine]) -> dict[int, str]:
    """Lines of ``lines`` that the blog or forum software printed, and a short label printed
    between two of them (the blog's own caption of its comment box)."""
    found = (
        forum_posters(lines)
        or member_cards(lines)
        or xenforo_posts(lines)
        or comment_list(lines)
        or blog_comments(lines)
    )
    found.update(document_page(lines))
    found.update(archive_widget(lines))
    found.update(feed_channel(lines))
    for line in lines:
        if line.no not in found and (
            is_software_string(line.text) or is_site_promo(line.text) or is_icon_alt_pair(line.text)
        ):
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
