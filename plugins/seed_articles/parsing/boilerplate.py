"""Lines that are page furniture, not article: each rule names what it removes.

The rules recognise boilerplate by what it *is* (a widget label and its
items, a player's time counter, a copyright footer, a second dateline, a
paragraph that shares no vocabulary with the article) rather than by the
words of particular teasers, so they carry over to other Vietnamese sites.

Rule ids (stored in ``DroppedLine.rule``):

``player``               audio/video player residue (``0:00 / 0:00``)
``footer``               CMS or site footer (``POWERED BY``, ``Bản quyền ©``)
``related-block``        a related-stories widget: its label and everything in it
``title-repeat``         the headline repeated later in the page
``after-closing-mark``   lines after the closing mark ``./.``
``teaser``               trailing teasers of other stories
``duplicate``            a line repeated (exactly or nearly) from earlier
``trailing-chrome``      short label lines after the last paragraph
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence, Set
from functools import lru_cache

from ..text.vietnamese import fold
from .bylines import introduced_names
from .chrome import READ_MORE_RE
from .cohesion import FirstUse, VocabularyPool, content_bigrams
from .dates import find_dates
from .figures import is_image_reference, is_photo_caption
from .lines import (
    SourceLine,
    ends_sentence,
    folded_prefix,
    is_bullet,
    is_headline_like,
    is_prose,
    lower_tokens,
    starts_lower,
    starts_upper,
    syllable_count,
)

PLAYER = "player"
FOOTER = "footer"
RELATED = "related-block"
TITLE_REPEAT = "title-repeat"
AFTER_CLOSING = "after-closing-mark"
TEASER = "teaser"
DUPLICATE = "duplicate"

# --- player residue -------------------------------------------------------

_PLAYER_TIME_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
_PLAYER_LABELS = frozenset(
    fold(label)
    for label in (
        "Nghe",
        "Nghe bài viết",
        "Nghe bài",
        "Nghe đọc bài",
        "Đọc bài viết",
        "Dừng",
        "Tạm dừng",
        "Giọng nam",
        "Giọng nữ",
        "Tốc độ đọc",
        "Tốc độ",
        "Media Player",
        "Play",
        "Pause",
        "Mute",
        "Unmute",
        "1x",
        "x1",
    )
)


MAX_PLAYER_LABEL_CHARS = 24


# "Bạn gặp vấn đề gì khi xem video này ?": the player's problem-report prompt
_PLAYER_PROMPT_RE = re.compile(
    r"^Bạn\s+(?:gặp|có)\s+(?:vấn đề|sự cố|lỗi)\b.{0,30}\b(?:video|clip|audio|âm thanh)\b.{0,15}\?$",
    re.IGNORECASE,
)


# "Bạn cần mở JavaScript lên và cài phần mềm Flash Player mới nhất để nghe/xem.", "Trang này
# hiển thị tốt nhất với phần mềm lướt mạng có mở CSS": the page telling the reader what software
# its player or layout needs (a software name AND the page's own viewing words)
_SOFTWARE_RE = re.compile(
    r"\b(?:JavaScript|Flash\s*Player|Real\s*Player|Windows Media Player|CSS|HTML5|trình duyệt|"
    r"phần mềm lướt mạng|browser)\b",
    re.IGNORECASE,
)
_VIEWING_RE = re.compile(
    r"nghe/xem|\bđể (?:nghe|xem)\b|\btrang này\b|\bhiển thị tốt nhất\b|\bsupport\b|\bkhông hỗ trợ\b",
    re.IGNORECASE,
)
MAX_SOFTWARE_NOTICE_SYLLABLES = 90


def is_software_notice(text: str) -> bool:
    return (
        syllable_count(text) <= MAX_SOFTWARE_NOTICE_SYLLABLES
        and _SOFTWARE_RE.search(text) is not None
        and _VIEWING_RE.search(text) is not None
    )


def is_player_residue(text: str) -> bool:
    if _PLAYER_PROMPT_RE.match(text.strip()) or is_software_notice(text):
        return True
    if len(text) > MAX_PLAYER_LABEL_CHARS:
        return False
    return bool(_PLAYER_TIME_RE.match(text)) or folded_prefix(text) in _PLAYER_LABELS


# "Mời quý vị xem các chương trình ... tại đây./.", "* Mời quý độc giả theo dõi ...": the
# broadcaster inviting its audience to other programmes, printed under a story.
_AUDIENCE_PROMO_RE = re.compile(
    r"^[*•>\-–\s]*Mời\s+(?:quý\s+vị|quý\s+độc\s+giả|quý\s+khán\s+giả|quý\s+thính\s+giả|bạn\s+đọc|"
    r"độc\s+giả|khán\s+giả|các\s+bạn)(?:\s+\S+){0,4}?\s+(?:xem|theo\s+dõi|đón\s+xem|nghe|đón\s+nghe)\b"
    r".{0,60}\b(?:chương\s+trình|số\s+báo|bản\s+tin|video|kênh|phát\s+sóng|tại\s+đây)\b",
    re.IGNORECASE,
)
PROMO = "audience-promo"


def is_audience_promo(text: str) -> bool:
    """An invitation to watch the outlet's other programmes (not article text, when it closes
    the story: the caller checks the position)."""
    return bool(_AUDIENCE_PROMO_RE.match(text.strip()))


# --- footers --------------------------------------------------------------

# "... Chịu trách nhiệm xuất bản: Ban Thư ký Hội.": the publisher's imprint, wherever on the line
_STRONG_FOOTER_RE = re.compile(
    r"powered by|©|\(c\)\s*\d{4}|copyright|all rights reserved|chịu trách nhiệm (?:xuất bản|nội dung)\s*:",
    re.IGNORECASE,
)
_FOOTER_START_RE = re.compile(
    r"^(?:bản quyền|giấy phép|cơ quan chủ quản|tổng biên tập|phó tổng biên tập|"
    r"chịu trách nhiệm(?: nội dung| xuất bản)?|tòa soạn|toà soạn|địa chỉ|điện thoại|đường dây nóng|"
    r"hotline|e-?mail|liên hệ quảng cáo|ghi rõ nguồn|không được sao chép|theo dõi (?:chúng tôi|báo)|"
    r"tải ứng dụng)\b"
    # "Liên hệ: Văn phòng X": the contact box's label and its office; "Liên hệ với ..." is a sentence
    r"|^liên hệ\s*:\s*\S",
    re.IGNORECASE,
)
# A contact or masthead word is a footer's label only as a label: a colon, a number, an address
# or the line's end within two words ("Hotline tuyển sinh: 1900 ...", "Email *"); a sentence
# opening with it ("Đường dây nóng giữa hai lực lượng giúp ...") is the article's.
_CONTACT_WORD_RE = re.compile(
    r"^(?:tổng biên tập|phó tổng biên tập|chịu trách nhiệm(?: nội dung| xuất bản)?|tòa soạn|toà soạn|"
    r"địa chỉ|điện thoại|đường dây nóng|hotline|e-?mail)\b",
    re.IGNORECASE,
)
_LABEL_TAIL_RE = re.compile(r"^(?:\s+[^\s:|*]+){0,2}\s*(?:[:|*]|\(?\d|$|\S+@)")
# A sentence is an imprint only in the imprint's own words ("Bản quyền thuộc ...", "Ghi rõ
# nguồn ... khi phát hành lại", "Giấy phép số 12/GP-BTTTT ..."); "Giấy phép xây dựng được cấp ..."
# or "Tải ứng dụng VNeID, người dân ..." is text.
_IMPRINT_SENTENCE_RE = re.compile(
    r"^(?:bản quyền (?:thuộc|của|©)|ghi rõ nguồn|giấy phép (?:hoạt động|thiết lập|số)|"
    r"cơ quan chủ quản\s*:|không được sao chép)",
    re.IGNORECASE,
)
MAX_FOOTER_SYLLABLES = 40
# "Tạp chí Quốc phòng toàn dân - 38A Lý Nam Đế, Hoàn Kiếm, Hà Nội": the publisher and its street
# address (a house number, then street, district and city set off by commas, each checked by
# :func:`_is_address`). "Đài Loan" is Taiwan, no broadcaster.
_PUBLISHER_ADDRESS_RE = re.compile(
    r"^(?:Báo|Tạp chí|Đài(?! Loan)|Thông tấn xã|Cổng [Tt]hông tin(?: điện tử)?|Trang [Tt]hông tin(?: điện tử)?)\s"
    r"[^,]{2,60}?\s[-–|:]\s*(?:[Ss]ố\s+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+(?P<address>[^,]+(?:,[^,]+){2,})$"
)
# "đường Trần Phú", "quận Ba Đình", "TP. Vinh", "Thành phố Hồ Chí Minh": the word before a name
_PLACE_WORD_RE = re.compile(
    r"^(?:đường|phố|ngõ|hẻm|khu phố|ấp|thôn|quận|huyện|phường|xã|thị xã|thị trấn|thành phố|tỉnh|tp|q|p)\b\.?\s*",
    re.IGNORECASE,
)
MAX_PLACE_WORDS = 6


def _is_address(text: str) -> bool:
    """``Lý Nam Đế, Hoàn Kiếm, Hà Nội``: every comma-separated part a place's name; a
    sentence's clauses (``3 Nhiệm vụ trọng tâm gồm phát triển kinh tế, ...``) are no address."""
    return all(_is_place_part(part.strip()) for part in text.split(","))


def _is_place_part(part: str) -> bool:
    """Capitalised words (``Ông Ích Khiêm``), maybe after the word for the street or district
    (``quận Hoàn Kiếm``), or a number after that word (``phường 12``)."""
    name = _PLACE_WORD_RE.sub("", part)
    if not name or len(part.split()) > MAX_PLACE_WORDS:
        return False
    numbered = name.isdigit() and name != part
    return numbered or all(word[0].isupper() for word in name.split())


def _is_publisher_address(text: str) -> bool:
    match = _PUBLISHER_ADDRESS_RE.match(text)
    return match is not None and _is_address(match.group("address"))


# "Báo lỗi cho Soha", "*Vui lòng nhập đủ thông tin email": the page's error-report form; "Tối thiểu
# 10 chữ Tiếng việt có dấu Không chứa liên kết": the comment form's rules
_FORM_RE = re.compile(
    r"^\*?\s*(?:báo lỗi|vui lòng (?:nhập|điền|chọn)|tối thiểu \d{1,3} (?:chữ|ký tự|kí tự|từ)\b)",
    re.IGNORECASE,
)
MAX_FORM_SYLLABLES = 14


MIN_GLUED_CAPTION_SYLLABLES = 6
# the imprint's own words: a caption never claims the rights to the page
_RIGHTS_RE = re.compile(r"bản quyền|bảo lưu mọi quyền|all rights reserved", re.IGNORECASE)
MAX_GLUED_CREDIT_CHARS = 60


def _glued_caption(text: str) -> str | None:
    """``© Sputnik / Anh NguyễnTàu huấn luyện ...``: the caption a photo credit is typed
    against (a lower-case letter directly followed by a capital), else None."""
    if not text.lstrip().startswith("©"):
        return None
    for index in range(min(len(text) - 1, MAX_GLUED_CREDIT_CHARS)):
        if text[index].islower() and text[index + 1].isupper():
            return text[index + 1 :]
    return None


def is_footer(text: str) -> bool:
    if len(text) > MAX_FOOTER_SYLLABLES * 8 or syllable_count(text) > MAX_FOOTER_SYLLABLES:
        return False
    caption = _glued_caption(text)
    if (
        caption is not None
        and syllable_count(caption) >= MIN_GLUED_CAPTION_SYLLABLES
        and not _RIGHTS_RE.search(text)  # "© 2026 LuatVietnam. Bản quyền ...": a brand's capitals
    ):
        return False  # a caption with its credit: body, "©" or not
    if _FORM_RE.match(text) and syllable_count(text) <= MAX_FORM_SYLLABLES and not text.endswith("."):
        return True
    if _RATING_RE.match(text) and syllable_count(text) <= MAX_FORM_SYLLABLES:
        return True
    return bool(_STRONG_FOOTER_RE.search(text) or _footer_start(text) or _is_publisher_address(text))


def _footer_start(text: str) -> bool:
    """A line opening with a footer's word, in a footer's shape (a label, or an imprint sentence)."""
    if not _FOOTER_START_RE.match(text):
        return False
    if (contact := _CONTACT_WORD_RE.match(text)) is not None:
        return _LABEL_TAIL_RE.match(text[contact.end() :]) is not None
    sentence = is_prose(text) and syllable_count(text) >= MIN_FOOTER_SENTENCE_SYLLABLES
    return not sentence or _IMPRINT_SENTENCE_RE.match(text) is not None


MIN_FOOTER_SENTENCE_SYLLABLES = 10


# The page's rating widget: "Tổng số điểm của bài viết là: 0 trong 0 đánh giá",
# "Click để đánh giá bài viết", "Bài viết hay? Hãy đánh giá bài viết".
_RATING_RE = re.compile(
    r"^(?:tổng số điểm của bài viết(?: là)?\s*:?\s*\d+\s+trong\s+\d+\s+đánh giá"
    r"|(?:click|nhấn|bấm|chạm)(?: vào đây)? để đánh giá bài viết"
    r"|(?:bài viết hay\?\s*)?hãy đánh giá bài viết)\s*[.!]?$",
    re.IGNORECASE,
)


# --- related-stories widgets ---------------------------------------------

_RELATED_LABELS = tuple(
    sorted(
        {
            fold(label)
            for label in (
                "Bài liên quan",
                "Tin liên quan",
                "Bài viết liên quan",
                "Tin bài liên quan",
                "Đừng bỏ lỡ",
                "Xem thêm",
                "Đọc thêm",
                "Nổi bật",
                "Tin nổi bật",
                "Bài nổi bật",
                "Tin mới",
                "Tin mới nhất",
                "Bài viết mới",
                "Bài viết mới nhất",
                "Tin hay nhất",
                "Bài hay nhất",
                "Bài mới",
                "Mới nhất",
                "Tin cùng chuyên mục",
                "Bài viết cùng chuyên mục",
                "Tin cùng chủ đề",
                "Bài cùng chủ đề",
                "Cùng chủ đề",
                "Tin bài cùng chuyên mục",
                "Bài cùng chuyên mục",
                "Cùng chuyên mục",
                "Tin khác",
                "Các tin khác",
                "Bài khác",
                "Tin bài khác",
                "Có thể bạn quan tâm",
                "Bạn có thể quan tâm",
                "Có thể bạn muốn xem",
                "Đọc nhiều",
                "Đọc nhiều nhất",
                "Xem nhiều",
                "Xem nhiều nhất",
                "Tin đọc nhiều",
                "Tin xem nhiều",
                "Tiêu điểm",
                "Tin tiêu điểm",
                "Tin hot",
                "Đang được quan tâm",
                "Được quan tâm nhất",
                "Tin nóng",
                "Chủ đề",
                "Từ khóa",
                "Từ khoá",
                "Tags",
                "Tag",
                "Chia sẻ",
                "Bình luận",
                "Gửi bình luận",
                "Ý kiến bạn đọc",
                "Tin ảnh",
                "Video",
                "Multimedia",
                # blog and CMS software: WordPress ("Related Posts", WordPress.com's "Có liên
                # quan"), Wix ("Recent Posts"), a document site's "Tham khảo thêm"
                "Related Posts",
                "Recent Posts",
                "Popular Posts",
                "Bài đăng phổ biến",
                "Bài đăng phổ biến từ blog này",
                "Có liên quan",
                "Tham khảo thêm",
                "Recommended",
                # document and legal-document sites
                "Tài liệu liên quan",
                "Văn bản liên quan",
                # a shop's related products; a search engine's related queries
                "Sản phẩm tương tự",
                "Sản phẩm liên quan",
                "Tìm kiếm có liên quan",
                "Tìm kiếm liên quan",
                "Related searches",
            )
        },
        key=len,
        reverse=True,
    )
)
# "Các tin đã đưa", "Tin video khác", "Những tin mới hơn" (NukeViet), "Các album đã đăng", "Bài viết trước": a kind of item
# (news, article, video, album ...) and a word saying they are other items (folded, whole line)
_OTHER_ITEMS_RE = re.compile(
    r"^(?:cac|nhung|mot so)?\s*(?:tin|bai|bai viet|tin bai|tin tuc|album|video|clip|anh|phong su)"
    r"(?:\s+(?:tin|bai|anh|video|album|moi|hay))?"
    r"\s+(?:khac|da dua|da dang|da dang tai|da xuat ban|truoc|truoc do|cung loai|lien quan|(?:moi|cu)\s+hon)$"
)
MAX_LABEL_TAIL_SYLLABLES = 12
MAX_LABEL_LINE_CHARS = 300  # "Xem thêm: <a headline>" at most
_LABEL_PREFIX_CHARS = 30  # longer than any label


@lru_cache(maxsize=8192)
def is_related_label(text: str) -> bool:
    """A widget heading: the label alone, ``label: ...``, or ``label`` + a short name.

    ``Nổi bật là, phối hợp ...`` (prose that starts with the same words) is not a label.
    """
    if len(text) > MAX_LABEL_LINE_CHARS or READ_MORE_RE.match(text.strip()):
        return False  # "Đọc thêm...": a card's link to its own story, no list under it
    folded = folded_prefix(text, _LABEL_PREFIX_CHARS)
    if len(text) <= _LABEL_PREFIX_CHARS and _OTHER_ITEMS_RE.match(folded):
        return True
    for label in _RELATED_LABELS:
        if folded != label and not folded.startswith(label + " "):
            continue
        count = len(label.split())
        parts = text.split(None, count)
        if len(parts) < count:
            return False  # "CHU:DE:0": the label's words not set apart by spaces, no label
        if any(part.endswith(",") for part in parts[: count - 1]):
            return False  # "Tin, ảnh: X": a credit, whose words a comma separates
        if folded == label:
            return True
        after = parts[count].strip() if len(parts) > count else ""
        if parts[count - 1].endswith(_LABEL_SEPARATORS) or after.startswith(_LABEL_SEPARATORS):
            return True
        if _own_label(after):
            return False  # "Tag Archive: X": the words up to the colon are another label (a page's heading)
        return is_headline_like(after) and syllable_count(after) <= MAX_LABEL_TAIL_SYLLABLES
    return False


_LABEL_SEPARATORS = (":", ">", "»", "|", "›")
MAX_OWN_LABEL_WORDS = 2


def _own_label(tail: str) -> bool:
    """The rest of a line after a widget's word opens a label of its own (``Archive: X`` after
    ``Tag``): a word or two closed by a colon. A CMS heads an archive page so (``Tag Archive:
    X``); a widget's label is set off from its items right after its own words."""
    head, colon, _ = tail.partition(":")
    return (
        bool(colon) and 0 < len(head.split()) <= MAX_OWN_LABEL_WORDS and not any(ch.isdigit() for ch in head)
    )


# "tau hai quan an do tham cam ranh Tàu Hải quân ...", "tin nhap 20241114175820 Đối ngoại ...": a
# card's image alt or slug (plain lower-case ASCII words and numbers) typed before its headline
_SLUG_PREFIX_RE = re.compile(r"^(?:[a-z0-9]+ ){2,30}(?=[^\W\d_a-z])")


def _without_slug(text: str) -> str:
    """The headline of a teaser card without the slug printed before it (else ``text``)."""
    match = _SLUG_PREFIX_RE.match(text)
    return text[match.end() :] if match is not None else text


def related_runs(content: Sequence[SourceLine], skip: set[int]) -> dict[int, str]:
    """Drop each related-stories label and the items that belong to it.

    After a label the run goes on through bullet items, indented lines,
    further labels and headline-like item titles; a prose line belongs to the
    run when it directly follows an item (the item's teaser) and is either
    indented or shares little with the article before the first label.
    """
    dropped: dict[int, str] = {}
    lines = [line for line in content if line.no not in skip]
    card_links = _card_read_more_links(lines)
    pool: VocabularyPool | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if not is_related_label(line.text):
            index += 1
            continue
        if index in card_links:
            dropped[line.no] = RELATED  # one card's link: the next card is the page's own item
            index += 1
            continue
        if pool is None:
            pool = VocabularyPool(content_bigrams(before.text) for before in lines[:index])
        dropped[line.no] = RELATED
        index += 1
        if _inline_tags(line.text):
            continue  # "Từ khóa: a, b, c": the tags are on the label's line, no list under it
        after_item = slug_cards = False
        judged = pool.size >= MIN_RELATED_REFERENCE_PAIRS
        while index < len(lines):
            item = lines[index]
            text = item.text
            if is_related_label(text) or introduced_names(text):
                break  # "Chia sẻ bởi: Lê Thu Trang": the page's by-line after the list, no item
            card = _without_slug(text)
            if card != text and is_headline_like(card) and not is_prose(card):
                slug_cards = True  # cards printed with their slug: the run is those cards only
            elif slug_cards:
                break
            elif (
                is_bullet(text)
                or item.indent > 0
                or is_headline_like(text)
                and not is_prose(text)
                or _question_headline(text)
            ):
                after_item = True
            elif _lower_case_item(text):
                after_item = False  # a query or a tag in lower case: an item, no teaser's text
            elif (
                after_item
                and judged
                and not starts_with_continuation(text)
                and pool.cohesion(content_bigrams(text)) < TEASER_COHESION
            ):
                after_item = False
            else:
                if not judged and after_item and is_prose(text):
                    _give_back_headline(dropped, lines[index - 1], item)
                break
            dropped[item.no] = RELATED
            index += 1
    return dropped


# "Xem thêm", "Đọc tiếp", "Chi tiết" alone on a line: a bare "read more" (folded)
_BARE_READ_MORE = frozenset({"xem them", "xem tiep", "doc them", "doc tiep", "xem chi tiet", "chi tiet"})
_TRUNCATED_ENDS = ("...", "…")
MIN_CARD_LINKS = 2


def _card_read_more_links(lines: Sequence[SourceLine]) -> set[int]:
    """Indexes of bare ``Xem thêm`` lines that close a story card: each right under a teaser
    cut off by an ellipsis, two or more on the page (a listing prints one under every card).
    Such a link heads no list: the headline after it is the next card, the page's own item.
    A related widget's label stands once, under the article's last full sentence."""
    found = {
        index
        for index in range(1, len(lines))
        if fold(lines[index].text.strip()) in _BARE_READ_MORE
        and lines[index - 1].text.rstrip().endswith(_TRUNCATED_ENDS)
    }
    return found if len(found) >= MIN_CARD_LINKS else set()


MAX_QUESTION_HEADLINE_SYLLABLES = 16
_SENTENCE_INSIDE_RE = re.compile(r"[.!?…]\s")


def _question_headline(text: str) -> bool:
    """``Hồ sơ du học gồm những gì?``: a post's headline asked as a question (how-to and
    document sites title their posts so); one short question, no sentence before it."""
    text = text.strip()
    return (
        text.endswith("?")
        and starts_upper(text)
        and syllable_count(text) <= MAX_QUESTION_HEADLINE_SYLLABLES
        and not _SENTENCE_INSIDE_RE.search(text)
    )


def _lower_case_item(text: str) -> bool:
    """``hợp tác quốc phòng việt nam lào``: a short lower-case line under a label (a search
    engine's related query, a tag); a sentence's rest is longer or ends like one."""
    return (
        starts_lower(text)
        and syllable_count(text) <= MAX_LABEL_TAIL_SYLLABLES
        and not ends_sentence(text)
        and not is_prose(text)
    )


_TAG_LABELS = frozenset(fold(label) for label in ("Từ khóa", "Từ khoá", "Tags", "Tag", "Keywords"))


def _inline_tags(text: str) -> bool:
    """A tag label with its tags after the colon on the same line (``Tags: a, b, c``)."""
    label, colon, tags = text.partition(":")
    return bool(colon and tags.strip()) and folded_prefix(label.strip(), _LABEL_PREFIX_CHARS) in _TAG_LABELS


# Below this many distinct word pairs of text before the label (a label at the top of the page,
# over no article yet) the vocabulary proves nothing: a paragraph after the items ends the run.
MIN_RELATED_REFERENCE_PAIRS = 30


def _give_back_headline(dropped: dict[int, str], above: SourceLine, paragraph: SourceLine) -> None:
    """With no article text before the label, the paragraph that ends the run opens the page's
    text (a result or a story of a list page): the headline-shaped line right above it is that
    text's headline, not an item of the widget."""
    if above.no == paragraph.no - 1 and dropped.get(above.no) == RELATED and not is_bullet(above.text):
        del dropped[above.no]


# --- closing mark ./. -------------------------------------------------------

_CLOSING_RE = re.compile(r"\./\.\s*[”\"]?$")


def has_closing_mark(text: str) -> bool:
    return bool(_CLOSING_RE.search(text))


# --- trailing teasers ------------------------------------------------------

# Paragraph openings that continue the text before them; a teaser of another
# story never starts this way.
_CONTINUATIONS = tuple(
    fold(word) + " "
    for word in (
        "Đáng chú ý",
        "Bên cạnh đó",
        "Ngoài ra",
        "Theo đó",
        "Cùng với đó",
        "Cùng với",
        "Trong đó",
        "Tuy nhiên",
        "Đặc biệt",
        "Do đó",
        "Vì vậy",
        "Vì thế",
        "Hơn nữa",
        "Mặt khác",
        "Sau đó",
        "Trước đó",
        "Thêm vào đó",
        "Đồng thời",
        "Tiếp đó",
        "Cuối cùng",
        "Như vậy",
        "Tóm lại",
        "Qua đó",
        "Từ đó",
        "Với",
        "Điều này",
        "Việc này",
        "Đây là",
        "Ông",
        "Bà",
        "Theo ông",
        "Theo bà",
        "Về",
        "Một là",
        "Hai là",
        "Ba là",
        "Thứ nhất",
        "Thứ hai",
        "Thứ ba",
    )
)
# A dateline: "Sáng 15/3, ...", "Ngày 27/12, ...", "Hôm nay (7/12) ..." near the start.
_DATELINE_WINDOW = 60
TEASER_COHESION = 0.25  # below this a trailing paragraph shares too little with the article
DATELINE_TEASER_COHESION = 0.5  # a paragraph with its own dateline may share more
MIN_TEASER_SYLLABLES = 8
# Cohesion is only meaningful against enough text: below this many distinct word
# pairs before a paragraph (a short article), low overlap proves nothing.
MIN_REFERENCE_PAIRS = 150


def starts_with_continuation(text: str) -> bool:
    return (folded_prefix(text, 40) + " ").startswith(_CONTINUATIONS)


def has_own_dateline(text: str, newest_year: Callable[[], int | None] | None = None) -> bool:
    """A day/month stamp near the start: the opening of a news item. A date whose year lies
    well before the newest year the page names (``Ngày 22/12/1992, hai nước ...`` in a story of
    2026; ``newest_year`` is asked only then) recalls the past: no other story of the page's
    days opens so."""
    for hit in find_dates(text[: _DATELINE_WINDOW + 30]):
        before = text[: hit.start]
        if hit.start >= _DATELINE_WINDOW or (
            len(_WORD_RE.findall(before)) > MAX_DATELINE_OPENER_WORDS
            and not _GLOSSED_DAY_RE.search(text, max(0, hit.start - 12), hit.end)
        ):
            continue  # "Lễ bế mạc dự kiến diễn ra chiều 19/11.": a date the sentence names, no dateline
        latest = newest_year() if hit.has_year and hit.year and newest_year is not None else None
        if latest is None or hit.year >= latest - MAX_DATELINE_AGE_YEARS:
            return True
    return False


MAX_DATELINE_AGE_YEARS = 1
# "Ngày", "Sáng", "HÀ NỘI, ngày": a dateline opens the paragraph, few words before its date
MAX_DATELINE_OPENER_WORDS = 3
_WORD_RE = re.compile(r"[^\W\d_]+")
# "Bộ Quốc phòng hôm nay (7/12) tổ chức ...": a news report's day, glossed with its date
_GLOSSED_DAY_RE = re.compile(r"\b(?:hôm|sáng|trưa|chiều|tối|đêm)\s+(?:nay|qua)\s*\(\s*\d", re.IGNORECASE)


def newest_year(texts: Iterable[str]) -> int | None:
    """The latest year any of ``texts`` states in a date (None when none does)."""
    years = [hit.year for text in texts for hit in find_dates(text) if hit.has_year and hit.year]
    return max(years, default=None)


def teaser_tail(
    core: Sequence[str],
    body: Sequence[SourceLine],
    is_marker_line,
    is_stop_line,
    dropped: Set[int] = frozenset(),
    footers: Set[int] = frozenset(),
    page_year: Callable[[], int | None] | None = None,
) -> dict[int, str]:
    """Trailing lines that are teasers of other stories.

    Scans backwards from the end. A line joins the tail when it

    * opens with a publisher marker (a second dateline: another story), or
      opens with its own day/month dateline and shares less than half its
      vocabulary with the article before it;
    * is prose sharing less than :data:`TEASER_COHESION` of its word pairs
      with everything before it and does not open with a continuation word;
    * is a headline-like line, image reference or caption directly before
      teaser material (the title and photo of a teaser card).

    The scan stops at the first line that is none of these, or at a
    signature (``is_stop_line``). The tail is dropped only when it holds a
    strong signal (a marker, or a dateline opening a paragraph) and more than one line,
    or else :data:`MIN_TEASER_CARDS` story cards (an unrelated paragraph under a headline
    of its own) that are fewer than half the paragraphs kept: the article's loosely
    related closing paragraphs are never lost on vocabulary alone. Vocabulary is only compared when the text before a paragraph has
    :data:`MIN_REFERENCE_PAIRS` distinct word pairs.

    Paragraphs that the page's closing furniture separates from the article (a rating
    widget or copyright footer, then more chrome: :data:`MIN_SEPARATING_CHROME` dropped
    lines, one of them in ``footers``) are teasers when each shares less than
    :data:`TEASER_COHESION` with the text before: nothing of the article follows its footer.

    ``core`` is the title and lead text; ``body`` the remaining kept lines; ``dropped`` the
    numbers of the lines already removed as chrome, ``footers`` those a footer rule removed;
    ``page_year`` the newest year the whole page states (its stamp's), against which a dateline
    of the distant past is no other story's.
    """
    first_use = FirstUse(
        [content_bigrams(text) for text in core], [content_bigrams(line.text) for line in body]
    )
    known: list[int | None] = []

    def latest() -> int | None:  # the page's newest year, read once and only when asked
        if not known:
            known.append(
                page_year() if page_year is not None else newest_year([*core, *(line.text for line in body)])
            )
        return known[0]

    tail: list[int] = []
    texts = {line.no: line.text for line in body}
    strong = weak = cards = markers = 0
    below_weak = False  # the line under this one (scanning up) was a weak paragraph
    after_footer = _after_footer(body, first_use, is_stop_line, footers, dropped)
    if after_footer:
        return dict.fromkeys(after_footer, TEASER)
    for position in range(len(body) - 1, -1, -1):
        line = body[position]
        text = line.text
        if is_stop_line(line) or has_closing_mark(text):
            break  # "./." closes the article: the paragraph carrying it, and all above it, are its own
        if is_marker_line(text) or (
            is_prose(text)
            and has_own_dateline(text, latest)
            and not starts_with_continuation(text)
            and first_use.cohesion(position) < DATELINE_TEASER_COHESION
        ):
            strong += 1
            markers += is_marker_line(text)
            below_weak = False
        elif (
            is_prose(text)
            and syllable_count(text) >= MIN_TEASER_SYLLABLES
            and first_use.known_before(position) >= MIN_REFERENCE_PAIRS
            and not starts_with_continuation(text)
            and first_use.cohesion(position) < TEASER_COHESION
        ):
            weak += 1
            below_weak = True
        elif tail and (is_headline_like(text) or is_image_reference(text) or is_photo_caption(text)):
            cards += below_weak and is_headline_like(text) and not is_prose(text)
            below_weak = False
        else:
            break
        tail.append(line.no)
    if strong == 0 and (cards < MIN_TEASER_CARDS or weak > _kept_prose(body, tail) // 2):
        # vocabulary alone is weak evidence (the article's own closing paragraphs may stray):
        # enough only for story cards, each unrelated paragraph under a headline of its own
        return {}
    heads = sum(1 for no in tail if not is_image_reference(texts[no]))
    if strong + weak == 1 and (len(tail) == 1 or markers == 0 and heads <= MAX_LONE_CARD_LINES):
        # one dated paragraph alone, or under a subheading or a caption of its own (one card at
        # most): a body paragraph may open with "Ngày 5/3/2024, ..."; another outlet's marker
        # ("TPO - ") under a headline is another story's card
        return {}
    return dict.fromkeys(tail, TEASER)


MIN_TEASER_CARDS = 2
MAX_LONE_CARD_LINES = 2  # a paragraph and the subheading or caption over it


def _kept_prose(body: Sequence[SourceLine], tail: Sequence[int]) -> int:
    return sum(1 for line in body[: len(body) - len(tail)] if is_prose(line.text))


MIN_SEPARATING_CHROME = 2


MAX_AFTER_FOOTER_LINES = 4


def _after_footer(
    body: Sequence[SourceLine],
    first_use: FirstUse,
    is_stop_line: Callable[[SourceLine], bool],
    footers: Set[int],
    dropped: Set[int],
) -> list[int]:
    """The kept paragraphs after the article's footer, when each is an unrelated sentence."""
    for start in range(len(body) - 1, 0, -1):
        low, high = body[start - 1].no, body[start].no
        gap = [no for no in dropped if low < no < high]
        if len(gap) < MIN_SEPARATING_CHROME or not any(no in footers for no in gap):
            continue
        rest = range(start, len(body))
        if len(rest) > MAX_AFTER_FOOTER_LINES:
            return []
        teasers = all(
            is_prose(body[index].text)
            and syllable_count(body[index].text) >= MIN_TEASER_SYLLABLES
            and not starts_with_continuation(body[index].text)
            and not is_stop_line(body[index])
            and first_use.cohesion(index) < TEASER_COHESION
            for index in rest
        )
        return [body[index].no for index in rest] if teasers else []
    return []


# --- trailing buttons and labels ----------------------------------------------

TRAILING_CHROME = "trailing-chrome"
MAX_TRAILING_SYLLABLES = 5  # "Về đầu trang", a section name; a closing remark is longer


def trailing_chrome(tail: Sequence[SourceLine], is_closing_line) -> dict[int, str]:
    """Short label lines after the last paragraph (menu items, buttons, section names).

    After the article's last paragraph nothing short can be article text: a
    heading needs content under it. Scanning stops at a signature or stamp
    (``is_closing_line``), a bullet, a caption or an image, and at any prose.
    """
    found: dict[int, str] = {}
    keywords = keyword_links(tail)
    for line in reversed(tail):
        text = line.text
        if is_dated_teaser_item(text) or is_contribution_note(text) or line.no in keywords:
            found[line.no] = TRAILING_CHROME
            continue
        if (
            is_prose(text)
            or is_bullet(text)
            or is_image_reference(text)
            or is_photo_caption(text)
            or syllable_count(text) > MAX_TRAILING_SYLLABLES
            or text.lstrip(".… ").startswith("(")  # "(Còn tiếp)", "... (Còn tiếp)": the text's own note
            or text.lstrip().startswith("|")  # a table's row: the text's own table
            or is_closing_line(text)
        ):
            break
        found[line.no] = TRAILING_CHROME
    return found


MIN_KEYWORD_LINKS = 3
MAX_KEYWORD_LINK_SYLLABLES = 12


def keyword_links(tail: Sequence[SourceLine]) -> set[int]:
    """The copy's last lines when they are search keywords a spam page links to (``kuwin kết
    quả bóng đá hôm nay`` / ``kuwin lịch thi đấu ...``): three or more short lower-case lines,
    no sentence, all opening with the same word (the brand the keywords promote)."""
    run: list[SourceLine] = []
    for line in reversed(tail):
        text = line.text.strip()
        if not starts_lower(text) or ends_sentence(text) or syllable_count(text) > MAX_KEYWORD_LINK_SYLLABLES:
            break
        run.append(line)
    words = {line.text.split()[0].lower() for line in run}
    return {line.no for line in run} if len(run) >= MIN_KEYWORD_LINKS and len(words) == 1 else set()


# "- Lữ đoàn 162 ra quân huấn luyện - ( 07-03-26 02:00 )": an item of the site's list of
# other stories, each headline followed by its date (and time) in parentheses.
_DATED_ITEM_RE = re.compile(
    r"^(?:[-–•*+]\s+)?(?P<headline>\S.*?)\s*[-–—|]?\s*"
    r"\(\s*\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*\)$"
)
MAX_DATED_ITEM_SYLLABLES = 30
# "Bài viết, video, hình ảnh đóng góp cho chuyên mục vui lòng gửi về x@y.vn": the site's
# call for contributions, with its e-mail address.
# "(?<!...)": tried where an address can start only (quadratic on a long run of letters otherwise)
_EMAIL_RE = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_INVITATION_RE = re.compile(
    r"\b(?:gửi (?:về|tới|đến|qua)|liên hệ|vui lòng|xin gửi|mời bạn đọc)\b", re.IGNORECASE
)
MAX_CONTRIBUTION_SYLLABLES = 30


def is_dated_teaser_item(text: str) -> bool:
    """A headline followed by its date in parentheses (an item of a list of other stories)."""
    match = _DATED_ITEM_RE.match(text.strip())
    return (
        match is not None
        and syllable_count(text) <= MAX_DATED_ITEM_SYLLABLES
        and is_headline_like(match.group("headline").rstrip(" -–—|"))
    )


def is_contribution_note(text: str) -> bool:
    """A short invitation to send articles or news to an e-mail address (the site's, not the story's)."""
    return (
        syllable_count(text) <= MAX_CONTRIBUTION_SYLLABLES
        and _EMAIL_RE.search(text) is not None
        and _INVITATION_RE.search(text) is not None
    )


# --- duplicates -------------------------------------------------------------

NEAR_DUPLICATE_JACCARD = 0.9
MIN_DUPLICATE_TOKENS = 3
MAX_NEAR_DUPLICATE_TOKENS = 80  # repeated captions are short; long lines are compared exactly


def duplicates(lines: Sequence[SourceLine], protected: set[int]) -> dict[int, str]:
    """Lines repeating an earlier line exactly, or nearly (≥ 90% of the same words)."""
    dropped: dict[int, str] = {}
    seen_exact: dict[tuple[str, ...], str] = {}
    seen_sets = _NearIndex(lines)
    dropped.update(caption_copies(lines, protected))
    for line in lines:
        if line.no in dropped:
            continue
        words = lower_tokens(line.text)
        if len(words) < MIN_DUPLICATE_TOKENS and not is_image_reference(line.text):
            continue
        key = words or (line.text,)
        if key in seen_exact and is_outlined_heading(line.text, seen_exact[key]):
            continue  # the section heading an outline announced, not a copy of the outline
        if key in seen_exact and _heading_and_sentence(seen_exact[key], line.text):
            continue  # "ỦY BAN NHÂN DÂN TỈNH" over "Ủy ban nhân dân tỉnh.": a heading, then the text's words
        if line.no not in protected:
            if key in seen_exact:
                dropped[line.no] = DUPLICATE
                continue
            if len(words) <= MAX_NEAR_DUPLICATE_TOKENS and seen_sets.near(frozenset(words)):
                dropped[line.no] = DUPLICATE
                continue
        seen_exact.setdefault(key, line.text)
        if len(words) <= MAX_NEAR_DUPLICATE_TOKENS:
            seen_sets.add(frozenset(words))
    return dropped


def _heading_and_sentence(earlier: str, text: str) -> bool:
    """A heading in capitals and a sentence's line in ordinary case with the same words: two
    different lines of a document, no copy (a copy keeps its case and its punctuation)."""
    return earlier.isupper() != text.isupper() and ends_sentence(earlier) != ends_sentence(text)


MAX_CREDIT_TAIL_TOKENS = 6


def caption_copies(lines: Sequence[SourceLine], protected: set[int]) -> dict[int, str]:
    """A caption's extra copy on the line next to it: the caption again with the agency's credit
    appended (``... ngày 10/06/2026. AFP/Lưu Quang`` under ``... ngày 10/06/2026.``), or its
    shortened alt text right above it (``các nữ học viên ...`` over ``Các nữ học viên ...
    (Ảnh: Thu Trang)``; capitalised when the caption below carries its credit). The copy goes;
    the caption the reader sees stays."""
    dropped: dict[int, str] = {}
    for above, below in zip(lines, lines[1:], strict=False):
        if below.no != above.no + 1:
            continue
        first, second = lower_tokens(above.text), lower_tokens(below.text)
        if len(first) < MIN_DUPLICATE_TOKENS or len(second) <= len(first) or second[: len(first)] != first:
            continue
        tail = below.text[len(above.text) :].strip()
        if _caption_end(above.text, tail) and len(second) - len(first) <= MAX_CREDIT_TAIL_TOKENS:
            copy = below.no  # the same caption with a credit glued on
        elif starts_lower(above.text) and not ends_sentence(above.text) and starts_upper(below.text):
            copy = above.no  # the image's alt text: the caption's opening words, in lower case
        elif not ends_sentence(above.text) and _credited(below.text) and _clause_cut(tail):
            copy = above.no  # the alt text over the caption with its credit ("... (Nguồn: X)")
        else:
            continue
        if copy not in protected:
            dropped[copy] = DUPLICATE
    return dropped


# "... ngày 14/11. (Nguồn: BĐBP Nghệ An)": a caption closed by its credit in parentheses
_PAREN_CREDIT_RE = re.compile(r"\((?:Ảnh|Nguồn|Nguồn ảnh|Photo)\s*:[^()]{1,60}\)\s*$")


def _clause_cut(tail: str) -> bool:
    """The caption goes on after the alt text with a comma, a full stop or its credit
    (``, ngày 14/11. (Nguồn: X)``): an alt text is the caption cut at a clause. A subheading
    that happens to open the caption is followed by the rest of a sentence (``là ...``)."""
    return tail[:1] in {",", ".", ";", ":", "(", "-", "–"}


def _credited(text: str) -> bool:
    return is_photo_caption(text) or bool(_PAREN_CREDIT_RE.search(text))


def _caption_end(caption: str, tail: str) -> bool:
    """``<caption>.`` then a credit (``AFP/Lưu Quang``, ``(Ảnh: TTXVN)``) in the copy below."""
    return caption.rstrip().endswith(".") and (starts_upper(tail) or tail.startswith("("))


def is_outlined_heading(text: str, earlier: str) -> bool:
    """``1. Kết quả chính`` after the outline item ``1. Kết quả chính;``: the contents list
    announces the numbered section headings with list punctuation, the headings carry none."""
    text, earlier = text.strip(), earlier.strip()
    return (
        bool(_NUMBERED_ITEM_RE.match(text))
        and text[-1] not in _ITEM_END
        and earlier[-1] in _ITEM_END
        and earlier.rstrip(_ITEM_END).rstrip() == text
    )


_NUMBERED_ITEM_RE = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,6})\s*[.)/-]\s+\S")
_ITEM_END = ";.,"


def _near(words: frozenset[str], other: frozenset[str]) -> bool:
    size, other_size = len(words), len(other)
    if min(size, other_size) < NEAR_DUPLICATE_JACCARD * max(size, other_size):
        return False
    return len(words & other) >= NEAR_DUPLICATE_JACCARD * len(words | other)


def _near_any(words: frozenset[str], seen: Sequence[frozenset[str]]) -> bool:
    return any(_near(words, other) for other in seen)


class _NearIndex:
    """The word sets seen so far, asked "is this set a near copy of one of them?" without
    comparing it with every one (a page of a thousand short lines made that quadratic).

    Prefix filtering: with the words of every set ordered alike (rarest first), two sets that
    share at least ``k`` words share one among the first ``len - k + 1`` words of each. A near
    copy shares at least 90% of the larger set's words, so only the sets indexed under one of
    the asked set's first words can be near copies; each is then compared as before.
    """

    def __init__(self, lines: Sequence[SourceLine]) -> None:
        counts: dict[str, int] = {}
        for line in lines:
            for word in set(lower_tokens(line.text)):
                counts[word] = counts.get(word, 0) + 1
        self._rank = counts
        self._sets: list[frozenset[str]] = []
        self._by_word: dict[str, list[int]] = {}
        self._empty = False

    def _prefix(self, words: frozenset[str]) -> list[str]:
        # a near copy shares at least this many words with the set (the tolerance keeps the
        # bound from rounding up: a lower bound only lengthens the prefix, never misses a copy)
        shared = math.ceil(NEAR_DUPLICATE_JACCARD * len(words) - 1e-9)
        ordered = sorted(words, key=lambda word: (self._rank.get(word, 0), word))
        return ordered[: max(len(words) - shared + 1, 1)]

    def near(self, words: frozenset[str]) -> bool:
        if not words:
            return self._empty
        candidates = {index for word in self._prefix(words) for index in self._by_word.get(word, ())}
        return any(_near(words, self._sets[index]) for index in sorted(candidates))

    def add(self, words: frozenset[str]) -> None:
        if not words:
            self._empty = True
            return
        index = len(self._sets)
        self._sets.append(words)
        for word in self._prefix(words):
            self._by_word.setdefault(word, []).append(index)
