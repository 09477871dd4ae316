"""Small page widgets recognised by their shape: each is a line no author writes.

* ``search-box``: the search field's placeholder or label (``Tìm kiếm tài liệu...``,
  ``Tìm kiếm cho:``, ``Search...``);
* ``visitor-counter``: a site's visit counter (``Tổng lượt truy cập: 98.432``, ``Đang online: 12``);
* ``rating``: a rating widget (``★★★★★ 4.8/5 (126 bình chọn)``);
* ``post-navigation``: the links to the previous and next post (``Bài trước: <headline>``);
* ``download``: a download button with the file's type (``Tải xuống (.pdf)``);
* ``call-to-action``: another story's headline with its button glued to it (``...vùngĐỌC NGAY``);
* ``site-promo``: an invitation to read more on the site itself (``Xem thêm trên website X``);
* ``see-also``: a link to another post set in the text (``Tham khảo: <headline>``);
* ``newsletter``: a mailing's footer (``Bạn nhận được thư này vì đã đăng ký ...``);
* ``menu``: a menu typed on one line without separators, from its home link
  (``Trang chủ Giới thiệu Tin tức - Sự kiện Văn bản Liên hệ``);
* ``spam-keywords``: a betting or lottery site's search keywords, in lower case, no sentence
  (``soi kèo bóng đá hôm nay``, ``kèo nhà cái hôm naytỷ lệ cược châu á``);
* ``shop``: a shop page's price alone (``289.000₫``) or its quantity field (``Số lượng``);
* ``download``: also a document site's preview notice (``Bạn đang xem trước 3 trang tài liệu.``);
* ``print-edition``: the magazine issue a story ran in (``Bài đăng Tia Sáng số 22/2026``);
* ``age-notice``: a betting site's notice (``Chơi có trách nhiệm. Chỉ dành cho người trên 18 tuổi.``);
* ``share``: a row of share buttons, nothing but networks' names (``Facebook Twitter LinkedIn Email``);
* ``pager``: a listing's page links (``« Trang trước | Trang sau »``, ``‹ Trước 1 2 3 Sau ›``);
* ``login-notice``: the site telling a guest to log in (``Bạn chưa đăng nhập. Đăng nhập để xem ...``);
* ``newsletter``: also the sign-up button (``Đăng ký nhận bản tin hằng tuần``);
* ``menu``: also a row of Markdown links with short anchors (``[Trang chủ](u) [Tin tức](u) ...``).
"""

from __future__ import annotations

import re

from .lines import ends_sentence, is_headline_like, is_prose, starts_lower, syllable_count

SEARCH_BOX = "search-box"
VISITOR_COUNTER = "visitor-counter"
RATING = "rating"
POST_NAVIGATION = "post-navigation"
DOWNLOAD = "download"
CALL_TO_ACTION = "call-to-action"
SITE_PROMO = "site-promo"
NEWSLETTER = "newsletter"
SEE_ALSO = "see-also"
INLINE_MENU = "menu"
SPAM_KEYWORDS = "spam-keywords"
PRINT_EDITION = "print-edition"
AGE_NOTICE = "age-notice"
SHOP = "shop"
SHARE = "share"
PAGER = "pager"
LOGIN_NOTICE = "login-notice"

# "Tìm kiếm tài liệu...", "Nhập từ khóa…", "Search...": the placeholder (an ellipsis closes it);
# "Tìm kiếm cho:", "Search for:": WordPress's label of the field
_SEARCH_RE = re.compile(
    r"(?:Tìm kiếm|Nhập từ kh(?:óa|oá)|Nhập nội dung|Search)(?:\s[^.!?…]{1,60}?)?\s*(?:\.{3}|…)"
    r"|(?:Tìm kiếm cho|Search for)\s*:",
    re.IGNORECASE,
)
MAX_SEARCH_SYLLABLES = 10
# "Tổng lượt truy cập: 98.432", "Đang truy cập: 12", "Hôm nay: 1.024", "Online: 8"
_COUNTER_RE = re.compile(
    r"(?:Tổng\s+)?(?:số\s+)?(?:lượt truy cập|lượt xem|truy cập|người truy cập|đang truy cập|đang online|"
    r"đang trực tuyến|trực tuyến|online|hôm nay|hôm qua|tuần này|tháng này|tuần trước|tháng trước|"
    r"tổng cộng|visitors?|visits|page ?views|hits)\s*:\s*\d[\d.,]{0,14}",
    re.IGNORECASE,
)
# "★★★★★ 4.8/5 (126 bình chọn)", "4,5/5 - 20 đánh giá": stars or a score out of 5 (or 10), and votes
_RATING_RE = re.compile(
    r"(?:[★☆⭐✩✭]{1,5}\s*)?(?:\d(?:[.,]\d{1,2})?\s*/\s*(?:5|10)\s*)?"
    r"[-–(]?\s*\d[\d.,]{0,9}\s*(?:lượt bình chọn|bình chọn|lượt đánh giá|đánh giá|phiếu|votes?|ratings?)\s*\)?",
    re.IGNORECASE,
)
_STARS_OR_SCORE_RE = re.compile(r"[★☆⭐✩✭]|\d(?:[.,]\d{1,2})?\s*/\s*(?:5|10)\b")
# "Bài trước: <headline>", "Tin sau »<headline>", "Previous post: <headline>"
_POST_NAVIGATION_RE = re.compile(
    r"(?:Bài viết|Bài|Tin bài|Tin)\s+(?:trước|sau|tiếp theo|kế tiếp|cũ hơn|mới hơn)\s*[:»«>]\s*\S.{0,200}"
    r"|(?:Previous|Next|Older|Newer)\s+(?:post|article|story|entry)\s*[:»«>]\s*\S.{0,200}",
    re.IGNORECASE,
)
# "Tải xuống (.pdf)", "Tải về (PDF, 1,2 MB)", "Download (.docx)"; the note where a document site
# cuts the text: "... (còn tiếp, tải tài liệu để xem đầy đủ)" (download it to read the rest)
_DOWNLOAD_RE = re.compile(
    r"(?:Tải xuống|Tải về|Tải tài liệu|Download)\s*\(\s*\.?(?:pdf|docx?|xlsx?|pptx?|zip|rar|epub)\b[^()]{0,30}\)"
    r"|(?:\.{3}|…)?\s*\(?\s*(?:(?:còn tiếp|còn nữa|xem tiếp)\s*[,.;:-]?\s*)?(?:vui lòng |mời bạn |hãy )?"
    r"(?:tải|download)\s+(?:tài liệu|về|xuống|file|bản đầy đủ)[^()]{0,40}?\b(?:để|to)\s+(?:xem|đọc|read)\b[^()]{0,20}\)?",
    re.IGNORECASE,
)
# a button typed against the headline before it, in capitals: "...vùngĐỌC NGAY"
_CALL_TO_ACTION_RE = re.compile(
    r"(?P<headline>\S.*?)\s*(?:ĐỌC NGAY|XEM NGAY|ĐỌC THÊM|XEM THÊM|XEM CHI TIẾT|READ MORE)"
)
# "Xem thêm trên website KBS", "Đọc tiếp tại trang X", "Xem chi tiết tại fanpage Y"
_SITE_PROMO_RE = re.compile(
    r"(?:Xem|Đọc|Theo dõi)(?:\s+(?:thêm|tiếp|toàn bộ|chi tiết|đầy đủ))?(?:\s+(?:tin tức|tin|bài viết|thông tin))?"
    r"\s+(?:tại|trên)\s+(?:website|trang web|trang|web|kênh|fanpage|ứng dụng|app)\b[^.!?]{0,60}",
    re.IGNORECASE,
)
MAX_PROMO_SYLLABLES = 16
# WordPress's card link under each excerpt: "Tiếp tục đọc “<headline>”", "Continue reading "X""
# (the theme prints the post's headline in quotes after the words; a sentence goes on after
# a quotation, this link never does)
_QUOTED_READ_MORE_RE = re.compile(
    r"(?:Tiếp tục đọc|Đọc tiếp|Xem tiếp|Continue reading|Read more)\s*[:→»]?\s*"
    r"(?:“[^”\n]{3,200}”|\"[^\"\n]{3,200}\"|‘[^’\n]{3,200}’)\s*(?:→|»|>>)?",
    re.IGNORECASE,
)
# A broadcaster's photo label, printed alone on the line above the caption ("Image caption,"
# as BBC Tiếng Việt prints it: "Chụp lại hình ảnh,", "Chú thích hình ảnh,")
_CAPTION_LABEL_RE = re.compile(
    r"(?:Chụp lại hình ảnh|Chú thích (?:hình )?ảnh|Chú thích video|Image caption|Video caption)\s*,?"
)
CAPTION_LABEL = "caption-label"
# "Tệp đính kèm: quy-che.pdf", "File đính kèm: a.docx, b.xlsx": a page's attachment box,
# the label and file names only
_ATTACHMENT_RE = re.compile(
    r"(?:Tệp|File|Tập tin|Tài liệu)?\s*đính kèm\s*:?\s*"
    r"(?:[\w.()-]+\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)\s*(?:\(\s*[\d.,]+\s*[KkMm]?B\s*\))?[,;]?\s*)+",
    re.IGNORECASE,
)
# "Bạn nhận được thư này vì đã đăng ký ...", "You are receiving this email because ..."
_NEWSLETTER_RE = re.compile(
    r"(?:Bạn|Quý vị|Quý độc giả) nhận được (?:thư|email|e-mail|thư điện tử|bản tin) này vì\b.{0,200}"
    r"|You (?:are receiving|received) this (?:email|e-mail|newsletter|message) because\b.{0,200}",
    re.IGNORECASE,
)
MAX_NEWSLETTER_SYLLABLES = 45
# "Tham khảo: Chi phí cơ hội là gì? Ví dụ": a link to another post of the site set in the text;
# a reference list's entry names authors and a year (a comma, digits), a link's headline neither
_SEE_ALSO_RE = re.compile(r"Tham khảo\s*:\s*(?P<headline>[^\W\d_][^,\d]*)", re.IGNORECASE)
MAX_SEE_ALSO_SYLLABLES = 24
# a menu from its home link, items typed one after the other: capitalised items, no sentence
_HOME_MENU_RE = re.compile(r"(?:Trang chủ|Home)\s+\S")
_FUNCTION_WORDS = frozenset(
    [
        "của",
        "là",
        "được",
        "đã",
        "đang",
        "sẽ",
        "với",
        "cho",
        "tại",
        "này",
        "một",
        "các",
        "những",
        "và",
        "không",
    ]
)
MIN_MENU_ITEMS = 6  # the home link and five sections
MIN_MENU_CAPITALS = 0.3


def is_search_box(text: str) -> bool:
    return syllable_count(text) <= MAX_SEARCH_SYLLABLES and bool(_SEARCH_RE.fullmatch(text.strip()))


def is_visitor_counter(text: str) -> bool:
    return bool(_COUNTER_RE.fullmatch(text.strip()))


def is_rating(text: str) -> bool:
    text = text.strip()
    return bool(_RATING_RE.fullmatch(text)) and bool(_STARS_OR_SCORE_RE.search(text))


def is_post_navigation(text: str) -> bool:
    return bool(_POST_NAVIGATION_RE.fullmatch(text.strip())) and not ends_sentence(text)


def is_download_button(text: str) -> bool:
    return bool(_DOWNLOAD_RE.fullmatch(text.strip()))


def is_attachment_line(text: str) -> bool:
    """``Tệp đính kèm: quy-dinh.pdf``: an attachment box, a label over file names."""
    return bool(_ATTACHMENT_RE.fullmatch(text.strip()))


def is_caption_label(text: str) -> bool:
    """``Chụp lại hình ảnh,``: a photo's label alone, the caption on the next line. Read after
    the header, which takes the label as a sign that the line under it is a caption."""
    return bool(_CAPTION_LABEL_RE.fullmatch(text.strip()))


def is_quoted_read_more(text: str) -> bool:
    """``Tiếp tục đọc “Tên bài”``: a card's link to its post, the headline quoted."""
    return bool(_QUOTED_READ_MORE_RE.fullmatch(text.strip()))


def is_glued_call_to_action(text: str) -> bool:
    """Another story's headline with its button, not a sentence of the text."""
    match = _CALL_TO_ACTION_RE.fullmatch(text.strip())
    if match is None:
        return False
    headline = match.group("headline")
    return is_headline_like(headline) and not is_prose(headline)


def is_site_promo(text: str) -> bool:
    return syllable_count(text) <= MAX_PROMO_SYLLABLES and bool(_SITE_PROMO_RE.fullmatch(text.strip()))


def is_see_also_link(text: str) -> bool:
    match = _SEE_ALSO_RE.fullmatch(text.strip())
    if match is None or syllable_count(text) > MAX_SEE_ALSO_SYLLABLES:
        return False
    headline = match.group("headline").strip()
    return headline[:1].isupper() and not headline.endswith((".", "!", ":", ";"))


def is_newsletter_footer(text: str) -> bool:
    return syllable_count(text) <= MAX_NEWSLETTER_SYLLABLES and bool(_NEWSLETTER_RE.fullmatch(text.strip()))


def is_inline_menu(text: str) -> bool:
    """``Trang chủ Giới thiệu Tin tức - Sự kiện Văn bản Hỏi đáp Liên hệ``: the home link and the
    section names after it, each capitalised; a sentence about a home page has verbs and
    function words (``Trang chủ của Bộ đã được ...``)."""
    if is_barred_home_menu(text):
        return True
    return bool(_HOME_MENU_RE.match(text.strip())) and menu_words(text, MIN_MENU_ITEMS, MIN_MENU_CAPITALS)


# "trang chủ | tin mới | thể thao | giải trí": the home link and the sections between bars
_BARRED_HOME_MENU_RE = re.compile(r"(?:trang chủ|home)(?:\s*\|\s*[^|.!?:\d]{2,30}){3,}", re.IGNORECASE)
MAX_BARRED_ITEM_WORDS = 4


def is_barred_home_menu(text: str) -> bool:
    """The home link and three or more section names between bars, in any case (a spam mirror
    prints its menu in lower case); each item a few words, no sentence, no figure."""
    stripped = text.strip()
    if not _BARRED_HOME_MENU_RE.fullmatch(stripped):
        return False
    return all(len(item.split()) <= MAX_BARRED_ITEM_WORDS for item in stripped.split("|"))


def menu_words(text: str, min_items: int, min_share: float) -> bool:
    """Section names typed one after the other (``Thời sự Tài chính Chứng khoán Bất động sản``):
    many items, each a capitalised word and lower-case ones after it. A name or a heading in
    capitals puts capitalised words side by side (``Hà Giang``, ``ASEAN Mở rộng``); a sentence
    has function words, digits, a colon or its full stop."""
    text = text.strip()
    if ends_sentence(text) or any(ch.isdigit() or ch == ":" for ch in text):
        return False
    words = [word for word in text.split() if any(ch.isalpha() for ch in word)]
    if any(word in _FUNCTION_WORDS for word in words):
        return False
    capitalised = [word[0].isupper() for word in words]
    if any(first and second for first, second in zip(capitalised, capitalised[1:], strict=False)):
        return False
    capitals = sum(capitalised)
    return capitals >= min_items and capitals >= min_share * len(words)


# The words betting and lottery sites buy links with: no other page types them in lower case
# on a line of their own (a report on gambling writes sentences, capitalised, with a full stop).
_BETTING_RE = re.compile(
    r"xổ số|\bxs(?:mb|mn|mt|kt)\b|soi cầu|soi kèo|\bkèo\b|nhà cái|cá cược|tỷ lệ cược|tỉ lệ cược|lô đề|"
    r"\blô (?:gan|xiên|tô|đẹp)\b|đá gà|nổ hũ|bắn cá|tài xỉu|casino|\bkqbd\b|\bkqxs\b",
    re.IGNORECASE,
)
MAX_SPAM_KEYWORD_SYLLABLES = 25


def is_spam_keywords(text: str) -> bool:
    """Search keywords a betting or lottery site links to, typed in lower case (often glued:
    ``...hôm naytỷ lệ cược``), no sentence; never a paragraph's text."""
    text = text.strip()
    return (
        starts_lower(text)
        and not ends_sentence(text)
        and syllable_count(text) <= MAX_SPAM_KEYWORD_SYLLABLES
        and _BETTING_RE.search(text) is not None
    )


# "289000₫", "289.000 đ", "350.000₫ 289.000₫", "Giá: 1.250.000 VNĐ": a product's price alone
_PRICE_RE = re.compile(
    r"(?:Giá(?:\s+bán)?\s*:?\s*)?(?:\d{1,3}(?:[.,]\d{3})+|\d{4,9})\s*(?:₫|đ|đồng|VNĐ|VND)"
    r"(?:\s*[-–]?\s*(?:\d{1,3}(?:[.,]\d{3})+|\d{4,9})\s*(?:₫|đ|đồng|VNĐ|VND))?",
    re.IGNORECASE,
)
# a shop's quantity field and stock note, alone on the line
_SHOP_FIELD_RE = re.compile(
    r"Số lượng\s*:?|Còn hàng|Hết hàng|Tình trạng\s*:\s*(?:Còn|Hết) hàng", re.IGNORECASE
)


def is_shop_widget(text: str) -> bool:
    """A product page's price alone, or its quantity field: no sentence of a text is a bare price."""
    text = text.strip()
    return bool(_PRICE_RE.fullmatch(text) or _SHOP_FIELD_RE.fullmatch(text))


# "Bạn đang xem trước 3 trang tài liệu.", "Để xem toàn văn, vui lòng tải xuống.": a document
# site showing the first pages and asking for a download or a login to read the rest
_PREVIEW_RE = re.compile(
    r"\bBạn đang xem (?:trước|thử)\s+(?:\d{1,3}|một số|vài)\s+trang\b"
    r"|\b(?:Để|Muốn) xem (?:toàn văn|đầy đủ|bản đầy đủ|toàn bộ)(?: (?:tài liệu|văn bản|nội dung|bài viết))?"
    r"\s*,?\s*(?:bạn |quý vị )?(?:vui lòng|xin vui lòng|hãy|mời bạn)\s+(?:tải xuống|tải về|download|đăng nhập|đăng ký)\b",
    re.IGNORECASE,
)
MAX_PREVIEW_SYLLABLES = 35


def is_preview_notice(text: str) -> bool:
    return syllable_count(text) <= MAX_PREVIEW_SYLLABLES and _PREVIEW_RE.search(text) is not None


# "Bài đăng Tia Sáng số 22/2026", "(Bài đã đăng trên Tạp chí Cộng sản số 1.025)": the issue of
# the printed magazine or paper the story ran in, alone on its line
_PRINT_EDITION_RE = re.compile(
    r"\(?(?:Bài|Bài viết)\s+(?:đã\s+)?(?:được\s+)?(?:đăng|in)(?:\s+(?:trên|tại))?\s+[^.!?()]{2,60}?"
    r"\bsố\s+(?:ra\s+(?:ngày\s+)?)?\d[\d./-]*(?:\s+(?:năm|ngày|tháng)\s+[\d/.-]+)*\s*\)?\.?",
    re.IGNORECASE,
)
MAX_PRINT_EDITION_SYLLABLES = 20


def is_print_edition_note(text: str) -> bool:
    return syllable_count(text) <= MAX_PRINT_EDITION_SYLLABLES and bool(
        _PRINT_EDITION_RE.fullmatch(text.strip())
    )


# "Chơi có trách nhiệm.", "Chỉ dành cho người trên 18 tuổi.", "18+": a betting site's notice
_AGE_NOTICE_RE = re.compile(
    r"(?:(?:Chơi|Cá cược) có trách nhiệm[.!]?\s*)?"
    r"(?:(?:Chỉ\s+)?dành cho (?:người|người chơi|khách hàng) (?:trên|từ|đủ) 18 tuổi(?: trở lên)?[.!]?)?",
    re.IGNORECASE,
)


def is_age_notice(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and bool(_AGE_NOTICE_RE.fullmatch(stripped))


# The share targets a page's buttons name; a row of nothing but these (two or more) is the share
# bar: no sentence is a list of networks without a verb or a separator word.
_SHARE_NETWORKS = frozenset(
    [
        "facebook",
        "twitter",
        "linkedin",
        "zalo",
        "pinterest",
        "telegram",
        "reddit",
        "whatsapp",
        "messenger",
        "viber",
        "tumblr",
    ]
)
# the bar's other buttons: mail, print, copy the link ("Sao chép liên kết")
_SHARE_TARGETS = _SHARE_NETWORKS | frozenset(
    ["x", "email", "e-mail", "mail", "print", "in", "copy", "link", "sao", "chép", "liên", "kết"]
)
_SHARE_SPLIT_RE = re.compile(r"[\s|·•/,]+")
MIN_SHARE_NETWORKS = 2
# "« Trang trước | Trang sau »", "‹ Trước 1 2 3 Sau ›", "Previous | Next": page links, page numbers
_PAGER_RE = re.compile(
    r"(?:[«‹<]\s*)?(?:Trang trước|Trước|Previous|Prev)\b(?:\s*[|·]?\s*(?:\d{1,3}|…|\.{3}))*\s*[|·]?\s*"
    r"(?:Trang sau|Trang tiếp|Sau|Tiếp|Next)(?:\s*[»›>])?",
    re.IGNORECASE,
)
# "Bạn chưa đăng nhập. Đăng nhập để xem đầy đủ nội dung văn bản", "Bạn phải đăng nhập để trả lời
# chủ đề này.": the site addressing a guest about this page ("này", "đầy đủ"); a how-to's
# sentence ("Bạn phải đăng nhập vào VNeID trước khi nộp hồ sơ.") names its own system instead.
_LOGIN_NOTICE_RE = re.compile(
    r"Bạn chưa đăng nhập\s*[.!]?(?:\s*(?:Vui lòng |Hãy )?(?:Đăng nhập|đăng nhập)\b[^.!?]{0,80}[.!]?)?"
    r"|(?:Bạn|Quý vị|Quý khách)\s+(?:phải|cần|vui lòng|hãy)\s+đăng nhập(?:\s+(?:hoặc|hay)\s+đăng ký)?\s+để\s+"
    r"(?:xem|đọc|trả lời|bình luận|gửi|tải|tiếp tục)\b[^.!?]{0,60}?\b(?:này|đầy đủ)\b[^.!?]{0,30}[.!]?",
)
MAX_LOGIN_NOTICE_SYLLABLES = 25
# "Đăng ký nhận bản tin hằng tuần", "Đăng ký nhận tin": the sign-up button, a few words alone
_SIGN_UP_RE = re.compile(
    r"(?:Đăng ký|Subscribe)(?:\s+nhận)?\s+(?:bản tin|tin|newsletter|to (?:our )?newsletter)\b[^,.;:!?\d]{0,30}",
    re.IGNORECASE,
)
MAX_SIGN_UP_SYLLABLES = 10
# "[Trang chủ](https://...) [Tin tức](https://...) [Sự kiện](...)": a menu as a Markdown
# converter prints it, links side by side; each anchor a section's name of a few words
_MARKDOWN_LINK_RE = re.compile(r"\[(?P<anchor>[^\[\]\n]{1,60})\]\((?:[^()\s]|\([^()\s]*\))+\)")
_MARKDOWN_GAP_RE = re.compile(r"[\s|·•-]*")
MIN_MARKDOWN_MENU_LINKS = 3
MAX_MARKDOWN_MENU_ANCHOR_WORDS = 4


def is_share_row(text: str) -> bool:
    words = [word for word in _SHARE_SPLIT_RE.split(text.strip().lower()) if word]
    if not words or any(word not in _SHARE_TARGETS for word in words):
        return False
    return len({word for word in words if word in _SHARE_NETWORKS}) >= MIN_SHARE_NETWORKS


def is_pager(text: str) -> bool:
    return bool(_PAGER_RE.fullmatch(text.strip()))


def is_login_notice(text: str) -> bool:
    return syllable_count(text) <= MAX_LOGIN_NOTICE_SYLLABLES and bool(
        _LOGIN_NOTICE_RE.fullmatch(text.strip())
    )


def is_sign_up_button(text: str) -> bool:
    return syllable_count(text) <= MAX_SIGN_UP_SYLLABLES and bool(_SIGN_UP_RE.fullmatch(text.strip()))


def is_markdown_menu(text: str) -> bool:
    """Three or more Markdown links and nothing between them but spaces or bars; every anchor a
    short name (a sentence with a link in it has its own words around the link)."""
    stripped = text.strip()
    links = list(_MARKDOWN_LINK_RE.finditer(stripped))
    if len(links) < MIN_MARKDOWN_MENU_LINKS:
        return False
    position = 0
    for link in links:
        if not _MARKDOWN_GAP_RE.fullmatch(stripped[position : link.start()]):
            return False
        anchor = link.group("anchor").strip()
        if not anchor or len(anchor.split()) > MAX_MARKDOWN_MENU_ANCHOR_WORDS or ends_sentence(anchor):
            return False
        position = link.end()
    return bool(_MARKDOWN_GAP_RE.fullmatch(stripped[position:]))


def widget_rule(text: str) -> str | None:
    """The rule id of a line that is one of these widgets, else None."""
    checks = (
        (is_search_box, SEARCH_BOX),
        (is_visitor_counter, VISITOR_COUNTER),
        (is_rating, RATING),
        (is_post_navigation, POST_NAVIGATION),
        (is_download_button, DOWNLOAD),
        (is_attachment_line, DOWNLOAD),
        (is_quoted_read_more, SEE_ALSO),
        (is_glued_call_to_action, CALL_TO_ACTION),
        (is_site_promo, SITE_PROMO),
        (is_see_also_link, SEE_ALSO),
        (is_newsletter_footer, NEWSLETTER),
        (is_inline_menu, INLINE_MENU),
        (is_spam_keywords, SPAM_KEYWORDS),
        (is_shop_widget, SHOP),
        (is_preview_notice, DOWNLOAD),
        (is_print_edition_note, PRINT_EDITION),
        (is_age_notice, AGE_NOTICE),
        (is_share_row, SHARE),
        (is_pager, PAGER),
        (is_login_notice, LOGIN_NOTICE),
        (is_sign_up_button, NEWSLETTER),
        (is_markdown_menu, INLINE_MENU),
    )
    return next((rule for check, rule in checks if check(text)), None)
