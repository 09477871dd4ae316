"""Site furniture lines that are never a headline: menu bars printed twice or run together,
site, agency and portal names, mottoes, greetings, calls to action and mastheads."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from .bylines import press_name
from .chrome import is_breadcrumb, is_widget
from .lines import SourceLine, ends_sentence, syllable_count

MIN_MENU_COPY_SYLLABLES = 4


def _menu_copies(region: Sequence[SourceLine]) -> set[int]:
    """A topic bar printed twice, the second copy missing its first item(s): both lines.

    A headline is never followed by its own tail, so a line ending with the
    whole of the next line is a bar of topic names, and so is that next line.
    """
    found: set[int] = set()
    for above, below in zip(region, region[1:], strict=False):
        longer, shorter = above.text, below.text
        if (
            len(longer) > len(shorter)
            and longer.endswith(" " + shorter)
            and syllable_count(shorter) >= MIN_MENU_COPY_SYLLABLES
        ):
            found |= {above.no, below.no}
    return found


MAX_MENU_LABEL_SYLLABLES = 6


def _made_of_labels(text: str, labels: Set[str]) -> bool:
    """``Những chủ trương công tác lớn Tin tức - Thời sự``: menu labels run together."""
    if not text:
        return True
    return any(
        text.startswith(label)
        and (len(text) == len(label) or text[len(label)] == " ")
        and _made_of_labels(text[len(label) :].lstrip(), labels)
        for label in labels
        if label
    )


def _is_furniture_name(text: str) -> bool:
    """A site, agency or ministry name, a slogan in capitals, or a truncated teaser."""
    letters = [ch for ch in text if ch.isalpha()]
    # "BÁO NGHỆ AN", "BỘ NGOẠI GIAO NƯỚC ...": in capitals, short or an organisation's name; an
    # organisation's name stays within a dozen syllables (or a table row of two names), longer
    # it goes on with what the organisation did: a headline in capitals ("TRƯỜNG X KÝ KẾT ...")
    if (
        letters
        and all(ch.isupper() for ch in letters)
        and (
            syllable_count(text) <= MAX_CAPS_NAME_SYLLABLES
            or (
                _ORGANISATION_RE.match(_INITIALS_PREFIX_RE.sub("", text))
                and (syllable_count(text) <= MAX_CAPS_ORGANISATION_SYLLABLES or "|" in text)
            )
        )
    ):
        return True
    if is_breadcrumb(text) or is_widget(text):
        return True
    if _MOTTO_RE.match(text):
        return True  # "Độc lập - Tự do - Hạnh phúc": a motto, not a headline
    if text.rstrip().endswith(("…", "...")):
        return True
    if _INITIALS_AND_NAME_RE.match(text.strip()):
        return True  # "DIC-Sở Thông tin và Truyền thông tỉnh X": a publisher's initials and name
    if is_masthead(text):
        return True  # "ICTVietnam - Tạp chí điện tử ...": a site's name and what the site is
    if _is_portal_name(text):
        return True  # "Cổng Thông tin điện tử tỉnh X": the portal's name, in any case
    if _CALL_TO_ACTION_RE.match(text):
        return True  # "Mở khóa để xem toàn bộ ...": a button asking the reader to act
    return press_name(text) == text.strip() or bool(_SITE_NAME_RE.search(text))


MAX_CAPS_NAME_SYLLABLES = 8
MAX_CAPS_ORGANISATION_SYLLABLES = 12
_ORGANISATION_RE = re.compile(
    r"^(?:BỘ|BAN|ỦY BAN|UỶ BAN|UBND|HĐND|CỔNG|BÁO|TẠP CHÍ|ĐÀI|SỞ|CỤC|TỔNG CỤC|HỌC VIỆN|TRƯỜNG|VIỆN|"
    r"ĐẠI HỌC|QUÂN KHU|QUÂN CHỦNG|BỘ TƯ LỆNH|CỘNG HÒA|CỘNG HOÀ|ĐẢNG|TỈNH ỦY|THÀNH ỦY|TRUNG TÂM|HỘI|LIÊN HIỆP|"
    r"CƠ QUAN|VĂN PHÒNG|THÔNG TẤN XÃ)\b"
)
# "UEH - ĐẠI HỌC ...", "VCCI - PHÒNG ...": the organisation's initials before its name in capitals
_INITIALS_PREFIX_RE = re.compile(r"^[A-ZĐ]{2,8}\s+[-–—|]\s+")
_MOTTO_RE = re.compile(r"^[^-–—]{2,20}(?:\s[-–—]\s[^-–—]{2,20}){2,}$")
_INITIALS_AND_NAME_RE = re.compile(
    r"^[A-ZĐ]{2,8}-(?:Sở|Bộ|Cục|Ban|Ủy ban|UBND|Trung tâm|Viện|Học viện|Cổng|Báo|Tạp chí|Đài)\s"
)
# "Cổng Thông tin điện tử tỉnh Cà Mau", "Trang thông tin điện tử Sở Công Thương": a kind of
# website then its owner, an office's name (capitalised, or its rank word: tỉnh, huyện, ...)
_PORTAL_NAME_RE = re.compile(
    r"^(?:Cổng|Trang)\s+(?:thông tin|TT)\s+điện tử(?:\s+(?:của|thuộc))?\s+(?P<owner>\S+)", re.IGNORECASE
)
_OWNER_RANK_WORDS = frozenset(
    ("tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "bộ", "sở", "tp.", "ban")
)
MAX_PORTAL_NAME_SYLLABLES = 16


def _is_portal_name(text: str) -> bool:
    """A portal's name: the kind of website and its owner, nothing said about any event (a
    headline about the portal goes on with a verb in lower case past the owner's name)."""
    text = text.strip().rstrip("!.")
    match = _PORTAL_NAME_RE.match(text)
    if match is None or syllable_count(text) > MAX_PORTAL_NAME_SYLLABLES:
        return False
    owner = match.group("owner")
    if not (owner[:1].isupper() or owner.lower() in _OWNER_RANK_WORDS):
        return False
    # past the owner's rank word the name goes on in capitalised words ("tỉnh Cà Mau"); a run of
    # two lower-case words after the last capitalised one is a clause ("... ra mắt giao diện mới")
    words = text[match.start("owner") :].split()
    last_upper = max((i for i, word in enumerate(words) if word[:1].isupper()), default=-1)
    return len(words) - 1 - last_upper < 2


# "Chào mừng bạn đến với Cổng thông tin ...!", "Xin chào quý khách": the site greets whoever
# opens any of its pages, a sentence about no event
_GREETING_RE = re.compile(
    r"^\s*(?:Chào mừng (?:bạn|các bạn|quý khách|quý vị|quý bạn đọc|bạn đọc) (?:đã )?(?:đến|ghé thăm)"
    r"|Xin chào (?:bạn|quý khách|quý vị)\b|Welcome to\b)[^.!?]{0,120}[.!]?\s*$",
    re.IGNORECASE,
)
# "Mở khóa để xem toàn bộ nội dung trả lời", "Đăng nhập để đọc tiếp", "Nhấn vào đây để tải":
# the site asks its reader to do something in order to see more; no headline says that
_CALL_TO_ACTION_RE = re.compile(
    r"^\s*(?:Mở khóa|Mở khoá|Đăng nhập|Đăng ký|Nhấn|Bấm|Click|Chạm)\b[^.!?]{0,40}?\bđể\s+"
    r"(?:xem|đọc|tải|nhận|tiếp tục|mở)\b",
    re.IGNORECASE,
)
_SITE_NAME_RE = re.compile(r"(?:\bonline|\.vn|\.com|\.net)\s*$", re.IGNORECASE)
# "OTOFUN - Cộng đồng đam mê ô tô", "Lazi.vn - Cộng đồng Tri thức & Giáo dục", "Luận Văn - Thư viện
# luận văn, tài liệu": a masthead names the site (a brand of a few capitalised words), then says
# what kind of site it is; a headline goes on with what happened, not with a kind of website
_MASTHEAD_RE = re.compile(
    r"^(?P<brand>[^\s\-–—|:]+(?:\s[^\s\-–—|:]+){0,2})\s+[-–—|]\s+"
    r"(?P<kind>(?:Tạp chí|Cộng đồng|Diễn đàn|Thư viện|Cổng thông tin|Trang thông tin|Trang tin|Kênh thông tin"
    r"|Báo điện tử|Chia sẻ|Dịch vụ|Cơ sở dữ liệu|Website|Mạng xã hội|Hệ thống|Chuyên trang|Kho)\b"
    r"[^|]*)$"
)
MAX_MASTHEAD_KIND_SYLLABLES = 12


def is_masthead(text: str) -> bool:
    """A site's name and its description (``<Brand> - <kind of site> ...``): never a headline."""
    match = _MASTHEAD_RE.match(text.strip())
    if match is None or ends_sentence(text):
        return False
    brand, kind = match.group("brand"), match.group("kind")
    return (
        all(word[:1].isupper() or word[:1].isdigit() or "." in word for word in brand.split())
        and syllable_count(kind) <= MAX_MASTHEAD_KIND_SYLLABLES
        and not any(ch.isdigit() for ch in kind)  # a figure or a year tells of an event
    )
