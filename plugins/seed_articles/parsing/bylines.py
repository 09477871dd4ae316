"""Who wrote it and who published it: bylines, signatures, source markers.

Vietnamese news conventions these rules rely on:

* a byline line near the top names the authors, often followed by the date
  (``Minh Đức 09/12/2024 14:27``);
* a signature at the end is often in capitals (``THÙY LINH``), sometimes
  with the outlet (``Minh Anh/VOV.VN``), as ``Theo TTXVN``, on an aggregator
  as ``Theo Thu Hằng (Báo Tin tức)`` or ``Nguồn Biên phòng: <url>``; a unit or
  role in parentheses (``Hoàng Lan (Sở Ngoại vụ)``, ``(CTV)``) is not a name;
* the lead opens with a publisher marker: ``(Bqp.vn) -``, ``(Ngày Nay) -``,
  ``(PL)-``, ``HÀ NỘI (TTXVN) -``, ``VOV.VN -``, ``TTXVN -``, or the outlet in
  words (``Kinhtedothi -``, ``Biên phòng -``), told from a place dateline
  (``Singapore -``) by the gazetteer of :mod:`..text.places` and by its shape;
* a place is never an author (``Hà Nội, ngày 28 tháng 02 năm 2025``), nor are a page's
  interface words (``Read More``), an office (``PHÓ CHỦ TỊCH``), a writer's unit after a dash
  (``Ngọc Trâm - Khoa Luật``) or, under a named writer, the poster's login (``vulep``);
* an aggregator prints the origin after the item's stamp (``15/10/2026 21:40 - Nguồn: Báo X``),
  and a credit line (``Theo TTXVN``) names the source wherever the copy left it;
* an agency's initials in a signature (``Ngọc Lan (TTXVN)``) or after a stamp (``... CMG``), a
  wire item's ``Theo phóng viên TTXVN tại X, ...``, a journal's running head over a paper and
  the origin's name over a repost's card name the source; an e-magazine's ``Nội dung: X`` and a
  translation's ``Người dịch: X`` name the writer, an editor (``Biên tập viên:X``) does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from ..text.places import is_place
from ..text.vietnamese import fold
from .dates import DateHit, find_dates
from .lines import is_headline_like, is_prose, starts_upper, syllable_count, tokens
from .stamp_age import is_post_age, split_trailing_post_age

_DASH = r"(?:--|[-–—])"  # "--": an em dash typed in ASCII ("VietTimes -- ...")
# (Bqp.vn) - / HÀ NỘI (TTXVN) - / (PL)-
_PAREN_MARKER_RE = re.compile(
    rf"^(?P<place>[^\W\d_][^()\-–—.,;:]{{0,30}}?\s*)?\(\s*(?P<source>[^()]{{2,40}}?)\s*\)\s*{_DASH}\s*"
)
# "(NCTG) Hai ngày sau ...": the outlet's initials in parentheses, the lead after them without a dash
# "(Baoxyz.gov.vn) Tại hội thảo ...": a domain the same way
_PAREN_INITIALS_RE = re.compile(
    r"^\(\s*(?P<source>[A-ZĐ]{3,8}|[A-Za-z][\w-]{1,30}(?:\.[A-Za-z]{2,4}){0,2}\.(?:vn|com|net|org))\s*\)\s+"
)
# VOV.VN - / TTXVN - / Chinhphu.vn -
_BARE_MARKER_RE = re.compile(
    rf"^(?P<source>[A-ZĐ][A-ZĐ0-9&]{{1,15}}(?:\.[A-Za-z]{{2,4}}){{0,2}}|[A-Za-z][\w-]{{1,30}}\.(?:vn|com|net|org|info)(?:\.vn)?)\s*{_DASH}\s+"
)
_DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[A-Za-z]{2,4}){1,2}$")
# "Kinhtedothi - ", "Biên phòng - ", "Báo Hà Tĩnh - ": an outlet named in words, not initials.
_WORD_OPENER_RE = re.compile(rf"^(?P<source>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})\s+{_DASH}\s+(?P<rest>\S.*)$")
_OUTLET_WORDS_RE = re.compile(
    r"^(?:Báo|Tạp chí|Đài|Thông tấn xã|Truyền hình|Cổng [Tt]hông tin(?: điện tử)?)\s+[A-ZĐ0-9]"
)
MIN_BRAND_LETTERS = 4
MAX_SENTENCE_CASE_OUTLET_WORDS = 3
# "Theo Thu Hằng (Báo Tin tức)": a republished item credits the writer and the origin paper.
_THEO_WRITER_RE = re.compile(
    r"^\(?\s*Theo\s+(?P<names>[^()]{2,40}?)\s*\(\s*(?P<source>[^()]{2,40}?)\s*\)\s*\)?\s*\.?$",
    re.IGNORECASE,
)
# "Nguồn Biên phòng: https://...": an aggregator's credit with the origin's link.
_SOURCE_LINK_RE = re.compile(
    r"^Nguồn\s*:?\s*(?P<source>[^:]{2,40}?)\s*:\s*(?:https?://|www\.)\S+$", re.IGNORECASE
)
# "... Link xem bài viết gốc tại đây: http://...": the re-post's link to the original after its
# credit (the keyword is matched only where a word starts, the address bounded)
_ORIGINAL_LINK_RE = re.compile(
    r"(?<![^\s.,;])(?:Link|Đường dẫn|Xem)\s+(?:xem\s+)?(?:bài viết|bài|tin)\s+gốc(?:\s+tại đây)?\s*:?\s*"
    r"(?:https?://|www\.)\S{1,500}$",
    re.IGNORECASE,
)
# "Hoàng Lan (Sở Ngoại vụ)", "Mạnh Trường (CTV)", "Minh Châu (VTV1)": a name with its unit or role.
_AFFILIATION_RE = re.compile(r"^(?P<names>[^()]+?)\s*\(\s*(?P<unit>[^()]{1,40}?)\s*\)$")
# "Việt Hà/VOV.VN từ Kuala Lumpur": where the correspondent filed from.
_FILED_FROM_RE = re.compile(r"\s+(?:từ|tại)\s+[A-ZĐ][^/]*$")
# "[Link nguồn]", "Link gốc": a placeholder a copy left where the credit was.
_PLACEHOLDER_RE = re.compile(r"^\[.*\]$|^(?:link|url|đường dẫn)\b", re.IGNORECASE)
_TRAILING_SOURCE_RE = re.compile(
    r"^\(?\s*(?:Theo|Nguồn(?: tin| thông tin)?)\s*:?\s+(?P<source>[^()]{2,60}?)\s*\)?\s*\.?$", re.IGNORECASE
)
_AUTHOR_PREFIX_RE = re.compile(
    r"^(?:Tác giả(?: bài viết)?|Bài(?:\s*(?:và|,|&)\s*ảnh)?|Tin(?: bài)?(?:\s*(?:và|,|&)\s*ảnh)?|Phóng viên|Nhóm phóng viên"
    # "Sinh viên thực hiện: X": a student paper's writer
    r"|Người viết|(?:(?:Nhóm\s+)?(?:Sinh viên|Học viên)\s+)?Thực hiện"
    # a broadcast's credits: its host and its editor ("Dẫn chương trình: X", "Biên tập: Y")
    r"|Dẫn chương trình|Người dẫn(?: chương trình)?|Biên tập|Biên soạn"
    # an e-magazine's credits block ("Nội dung: X" over "Ảnh: Y", "Thiết kế: Z")
    r"|Nội dung"
    # a translated text's credit: its translator is the writer of the Vietnamese text
    r"|Người dịch|Dịch giả|Biên dịch|Lược dịch"
    # a research blog's compiler and translator of a foreign report ("Tổng hợp và lược dịch: X")
    r"|Tổng hợp và (?:lược dịch|biên dịch|dịch))\s*:\s*",
    re.IGNORECASE,
)
# "Thu Quỳnh thực hiện", "Hoàng Lan (ghi)", "Lê T Nguyên lược dịch": the author word after the
# names (an interview's, a reported talk's, a translation's credit), in lower case only: in
# capitals "TỔ CHỨC THỰC HIỆN" is a legal document's section heading
_AUTHOR_WORDS_AFTER = r"thực hiện|ghi|lược dịch|biên dịch|chuyển ngữ"
_AUTHOR_SUFFIX_RE = re.compile(rf"\s*[,\-–]?\s+\(?(?:{_AUTHOR_WORDS_AFTER})\)?\s*\.?$")
# "Hoài Nam-Minh Khoa": two writers joined by a bare hyphen (a lower-case letter, then a capital)
# "Thu Hà-Ánh Dương": the capital may carry a diacritic
_CAPITALS = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper())
_NAME_SPLIT_RE = re.compile(rf"\s*(?:,|;|&|\s-\s|\s–\s|\bvà\b|(?<=[a-zà-ỹđ])-(?=[{_CAPITALS}]))\s*")
_NOTE_RE = re.compile(r"\s*\((?:tổng hợp|lược dịch|biên dịch|theo [^()]+|dịch)\)\s*$", re.IGNORECASE)
# Press organs name themselves "Báo X", "Tạp chí X", "Đài X", ...
_PRESS_RE = re.compile(
    r"\b(?P<name>(?:Báo|Tạp chí|Đài|Thông tấn xã|Cổng [Tt]hông tin(?: điện tử)?|"
    r"Trang [Tt]hông tin(?: điện tử)?|Truyền hình)\s+[A-ZĐ0-9][^|•·©]*?)\s*(?:$|\s[-–|]\s|\.\s)"
)
MAX_NAME_SYLLABLES = 5
# Capitalised pairs that name an outlet or a label, not a person ("Báo Mới", "Theo TTXVN").
_NOT_NAME_STARTS = frozenset(["báo", "theo", "nguồn", "tạp", "đài", "cổng", "trang", "tin", "bài", "ảnh"])


# Ranks, degrees and professions printed before a writer's name ("Đại tá Nguyễn Văn A", "Luật sư
# Lê B", "ThS. Lê C"): a title, no part of the name (the gold's writers are named without it).
# The titles in words match in any case ("LUẬT SƯ NGUYỄN HẢI ĐĂNG"): none opens a person's name.
_RANK = (
    r"(?:(?i:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Chuẩn\s+đô\s+đốc|Phó\s+đô\s+đốc|Đô\s+đốc|"
    r"Nhà\s+(?:báo|văn|thơ|giáo|nghiên\s+cứu|sử\s+học|ngoại\s+giao)|Luật\s+sư|Bác\s+sĩ|Dược\s+sĩ|"
    r"Kỹ\s+sư|Kiến\s+trúc\s+sư|Nhạc\s+sĩ|Họa\s+sĩ|Nghệ\s+sĩ|Phó\s+giáo\s+sư|Giáo\s+sư|Tiến\s+sĩ|"
    r"Thạc\s+sĩ|Nghiên\s+cứu\s+sinh|Cử\s+nhân)|NSND|NSƯT|"
    r"(?:GS|PGS|TS|ThS|BS|KTS|NCS|CN|LS|NB)(?:\.\s*(?:TS|ThS|BS|KH|TSKH))*\.?)"
)
_RANK_RE = re.compile(rf"^{_RANK}\s+")
# "Thượng tá, ThS. Đỗ Mạnh Hùng": a list of titles set off by commas, then the name.
# Unlike a single rank ("Đại tá Nguyễn Văn Bình", kept as printed) the list is a
# credential line, and the comma would otherwise split it into "names".
_CREDENTIALS_RE = re.compile(rf"^{_RANK}(?:\s*,\s*{_RANK})+\s*(?=[A-ZĐ])")
# "TS. ", "PGS.TS. ", "ThS.": an academic degree written before a writer's name
_DEGREE = r"(?:GS|PGS|TS|ThS|TSKH|NCS|BS|KTS)(?:\.\s*(?:TS|ThS|KH|TSKH))*\."
# "ThS TRẦN QUỐC VIỆT", "Tiến sĩ Nguyễn Hữu Phước": the degree without its dot, or in words
_DEGREE_WORDS = (
    r"(?:(?:GS|PGS|TS|ThS|TSKH)(?:\.(?:TS|ThS|KH|TSKH))*|(?:Phó\s+)?[Gg]iáo\s+sư|Tiến\s+sĩ|Thạc\s+sĩ)\s+"
)
_DEGREE_RE = re.compile(rf"^(?:{_DEGREE}\s*|{_DEGREE_WORDS})(?=[A-ZĐ])")
# "Trường Đại học Kinh tế Quốc dân" under a researcher's name: the writer's institution
_INSTITUTION_RE = re.compile(
    r"^(?:Trường|Viện|Học viện|Đại học|Khoa|Trung tâm|Bộ môn|Ban|Sở|Cục|Vụ|Bộ)\s+[A-ZĐ\w]"
    # "Phòng Quản lý khoa học": an office of a school or department ("phòng chống ..." is a verb)
    r"|^Phòng\s+[A-ZĐ]"
)
MAX_INSTITUTION_SYLLABLES = 14


# "Lê Văn Sáng(*)", "Lê Văn Sáng*": a paper's writer marked for the footnote naming the institution
_FOOTNOTE_NAME_RE = re.compile(r"^(?P<name>[^()*\d]{3,40}?)\s*(?:\(\*{1,3}\)|\*{1,3})$")


def degree_byline(text: str) -> str | None:
    """The writer of a byline line made of a degree and one name (``TS. Lê Thu Trang``), or
    of one name marked for a footnote (``Lê Văn Sáng(*)``)."""
    marked = _FOOTNOTE_NAME_RE.match(text.strip())
    if marked is not None:
        text = marked.group("name")
    elif not _DEGREE_RE.match(text.strip()):
        return None
    names = parse_names(text)
    return names[0] if names is not None and len(names) == 1 else None


def is_institution(text: str) -> bool:
    """``Trường Đại học Kinh tế Quốc dân``: an institution's name alone (not a sentence)."""
    text = text.strip()
    return (
        bool(_INSTITUTION_RE.match(text))
        and syllable_count(text) <= MAX_INSTITUTION_SYLLABLES
        and not text.endswith((".", "!", "?", ":"))
    )


# "Tr.Hưng", "V.Hùng": a given name shortened to its initial(s).
_INITIAL_RE = re.compile(r"^(?:[A-ZĐ][a-zđ]?\.)+$")
_ROMAN_RE = re.compile(r"^[IVXLC]+\.\s")
# Group credits: "Nhóm PV", "PV", "Nhóm phóng viên", "PV Thời sự".
_GROUP_RE = re.compile(
    r"^(?:Nhóm\s+)?(?:PV|PV\s*[-–]?\s*CTV|CTV|phóng viên|Phóng viên|PHÓNG VIÊN)(?:\s+[A-ZĐ]\S*){0,3}$"
)


# Words of a page's interface (buttons, widgets, pagination, roles of a signing block): a line
# made of capitalised words is no name when one of them is such a word ("Read More", "Ad Widget",
# "Newer Posts Older Posts Home", "PHÓ CHỦ TỊCH"). None of them is a Vietnamese given name.
_INTERFACE_WORD_LIST = (
    "read more widget widgets newer older post posts home comments comment reply share tags tag "
    "menu search login logout subscribe sidebar footer header archive archives category categories "
    "previous next entries related recent popular advertisement sponsored loading print email "
    "admin administrator webmaster "
    # an audio or video host's features listed under the player ("AI Mastering", "Transcription")
    "mastering transcription upload download premium hosting"
)
_INTERFACE_WORDS = frozenset(_INTERFACE_WORD_LIST.split())
# "PHÓ CHỦ TỊCH", "Giám đốc": a signing block's role line, which names an office, not a person
# ("THỨ TRƯỞNG", "Q. CỤC TRƯỞNG": an office headed by "X trưởng", a minister's, a governor's)
_ROLE_RE = re.compile(
    r"^(?:(?:KT|TM|TL|TUQ|Q)\.\s*)?(?:Phó\s+)?(?:Chủ\s+tịch|(?:Tổng\s+)?Giám\s+đốc|Bí\s+thư|Trưởng\s+ban|"
    r"Thủ\s+trưởng|Tổng\s+biên\s+tập|Chánh\s+văn\s+phòng|Bộ\s+trưởng|Thứ\s+trưởng|Thủ\s+tướng|"
    r"(?:Tổng\s+)?Cục\s+trưởng|Vụ\s+trưởng|Viện\s+trưởng|Hiệu\s+trưởng|Chánh\s+án|Thống\s+đốc|"
    r"Tổng\s+thư\s+ký|Trưởng\s+phòng|Chủ\s+nhiệm)$",
    re.IGNORECASE,
)
# "(Đã ký)", "[Đã ký và đóng dấu]", "(Ký tên)": where the copy of a signed document had the
# signature, between the signer's office and name
_SIGNED_MARK_RE = re.compile(
    r"^[(\[]\s*(?:đã\s+ký|ký\s+tên|ký|chữ\s+ký)(?:\s*(?:,|và)\s*[^()\[\]]{1,30})?\s*[)\]]$|^đã\s+ký\.?$",
    re.IGNORECASE,
)


# A table's column heads and a form's field labels ("THỜI GIAN", "Đối tác", "NỘI DUNG"): common
# nouns that label a value, printed alone in capitals like a signature; no person is named so.
_FIELD_LABELS = frozenset(
    [
        "thời gian",
        "đối tác",
        "nội dung",
        "địa điểm",
        "ghi chú",
        "số lượng",
        "trạng thái",
        "tiêu đề",
        "lượt xem",
        "đính kèm",
        "tải về",
    ]
)


# "Sở VHTTDL Hà Giang", "PHÒNG VĂN HÓA HUYỆN X", "Ban Tuyên giáo": an office credited for a text
# ("Tin, ảnh: Sở ..."), its name capitalised like a person's. It opens with a word that names an
# office and no person ("Sở", "Cục"), or with a pair that does ("Trung tâm": "Trung" alone may
# open a name); offices are no writers.
_OFFICE_HEAD_WORDS = "sở bộ cục vụ viện phòng ban ubnd hđnd đồn tòa tỉnh huyện quận phường xã"
_OFFICE_HEADS = frozenset(_OFFICE_HEAD_WORDS.split())
_OFFICE_PAIRS = frozenset(
    [
        "trung tâm",
        "học viện",
        "văn phòng",
        "công an",
        "ủy ban",
        "uỷ ban",
        "đại học",
        "hội đồng",
        "thành ủy",
        "tỉnh ủy",
        "huyện ủy",
        "đảng ủy",
        "trường đại",
        "trường cao",
        "trường thpt",
        "trường thcs",
        "trường tiểu",
        "bộ chỉ",
        "liên đoàn",
        "hội liên",
    ]
)


def is_office_name(part: str) -> bool:
    """``Sở VHTTDL Hà Giang``, ``TRUNG TÂM Y TẾ``: words naming an office, not a person."""
    words = part.lower().split()
    return bool(words) and (words[0] in _OFFICE_HEADS or " ".join(words[:2]) in _OFFICE_PAIRS)


def _is_interface_text(part: str) -> bool:
    return (
        any(word.lower() in _INTERFACE_WORDS for word in part.split())
        or bool(_ROLE_RE.match(part))
        or " ".join(part.split()).lower() in _FIELD_LABELS
        or is_office_name(part)
    )


def _is_name_part(part: str) -> bool:
    """2-5 capitalised syllables (``Minh Đức``, ``THÙY LINH``, ``Nguyễn Văn A``, ``Tr.Hưng``),
    optionally after a rank (``Đại tá``) and as a group credit (``Nhóm PV``); never a page's
    interface words (``Read More``) or an office (``PHÓ CHỦ TỊCH``)."""
    if _GROUP_RE.match(part):
        return True
    if _is_interface_text(part):
        return False
    rank = _RANK_RE.match(part)
    if rank:
        part = part[rank.end() :]
    if _ROMAN_RE.match(part):
        return False  # "I. THÔNG BÁO": a numbered section, not an initial
    words = re.sub(r"(?<=\.)(?=[^\W\d_])", " ", part).split()
    # "H'Nga", "K'Lưm": an Ê Đê, Jrai or K'Ho name's prefix joined by an apostrophe, two
    # syllables in one word (the apostrophe sits inside a word, never at its edge)
    pieces = [piece for word in words for piece in _APOSTROPHE_RE.split(word)]
    if len(words) == 1 and len(pieces) > 1 and pieces[0].upper() not in _LONE_NAME_PREFIXES:
        return False  # "L'ORÉAL" alone: a brand; a one-word name needs a minority name's prefix
    words = pieces
    if not 2 <= len(words) <= MAX_NAME_SYLLABLES:
        return False
    # a foreign name romanised ("Kim Ji-yeon", "Mark van Rossum") is written in plain Latin
    # letters throughout: a tag row "Shangri-La Biển Đông" is none
    foreign = all(word.isascii() for word in words)
    for position, word in enumerate(words):
        if _INITIAL_RE.match(word):
            continue
        if foreign and _HYPHENED_NAME_RE.match(word) and word.lower() not in _HYPHENED_WORDS:
            continue  # "Ji-yeon", "Jean-Pierre": a foreign given name of two joined parts
        if foreign and word in _NAME_PARTICLES and 0 < position < len(words) - 1:
            continue  # "Mark van Rossum", "Ursula von der Leyen": a Western name's particle
        if not word.isalpha() or not word[0].isupper():
            return False
        if not (word[1:].islower() or word.isupper() or len(word) == 1):
            return False
    return not all(_INITIAL_RE.match(word) for word in words)


# "Ji-yeon", "Min-ho", "Jean-Pierre", "JI-YEON": a Korean given name romanised, or a Western
# compound one, in plain Latin letters (Vietnamese transcriptions such as "Cam-pu-chia" hold
# diacritics or several hyphens and are mostly places)
_HYPHENED_NAME_RE = re.compile(
    r"^(?:[A-Z][a-z]{1,6}-(?:[a-z]{2,7}|[A-Z][a-z]{2,10})|[A-Z]{2,7}-[A-Z]{2,10})$"
)
# English words of a page's interface or trade written the same way: no name
_HYPHENED_WORD_LIST = (
    "check-in check-out log-in log-out sign-in sign-up opt-in opt-out pop-up add-on follow-up "
    "drop-down pre-order set-up start-up wi-fi hi-tech co-op e-mail e-book x-ray t-shirt "
    "to-do re-post all-in non-stop top-up print-out"
)
_HYPHENED_WORDS = frozenset(_HYPHENED_WORD_LIST.split())
# the lower-case particles inside a Western name, never at its edges
_NAME_PARTICLE_LIST = "van von der den de du da di del della dos das bin ibn al"
_NAME_PARTICLES = frozenset(_NAME_PARTICLE_LIST.split())


# "H'" (an Ê Đê or Jrai woman's name), "K'" (a K'Ho or Mạ name): the prefixes a one-word name has
_LONE_NAME_PREFIXES = frozenset(["H", "K"])
_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])['’‘](?=[^\W\d_])")


def _display_name(name: str) -> str:
    """``THÙY LINH`` → ``Thùy Linh``; mixed case is kept as written."""
    return name.title() if name.isupper() else name


# "Nguyễn Thị Thu Hà1, Lê Minh Khoa2": a journal's affiliation marks glued to each name; or the
# footnote stars of "Lê Thu Hương(*) - Phạm Quang Vinh(**)"
_AFFILIATION_MARK_RE = re.compile(
    r"(?<=[^\W\d_])(?:\d{1,2}|\s?\(\*{1,3}\)|\*{1,3})(?=\s*(?:[,;&]|$|\s(?:và|-|–)\s))"
)


def parse_names(text: str) -> list[str] | None:
    """Split ``text`` into author names, or None when it is not only names.

    A unit or role in parentheses after the names (``Hoàng Lan (Sở Ngoại vụ)``,
    ``Minh Châu (VTV1)``) is not part of them; a place is never a name.
    """
    names = _names_in(text)
    return None if names is None else list(names)


# Every byline and signature rule asks about the same lines of a seed: split each once.
@lru_cache(maxsize=4096)
def _names_in(text: str) -> tuple[str, ...] | None:
    text = _AUTHOR_PREFIX_RE.sub("", text.strip()).strip(" .-–—:|")
    text = _AUTHOR_SUFFIX_RE.sub("", text)
    text = _COMPILED_NOTE_RE.sub("", text)
    text = split_affiliation(text)[0]
    text = _without_unit_suffix(text)
    text = _CREDENTIALS_RE.sub("", text)
    text = _DEGREE_RE.sub("", text)  # "TS. Lê Thu Trang": the degree is no part of the name
    text = _AFFILIATION_MARK_RE.sub("", text)  # "Lê Minh Khoa2": the affiliation's footnote digit
    if not text:
        return None
    parts = _split_names(text)
    if not parts or not all(_is_name_part(part) for part in parts):
        return None
    if any(part.split()[0].lower() in _NOT_NAME_STARTS or is_place(part) for part in parts):
        return None
    return tuple(_display_name(_without_rank(part)) for part in parts)


def _split_names(text: str) -> list[str]:
    """The names of a credit split at their separators; a one-word given name joined to the
    next by a bare hyphen (``Jean-Pierre Martin``) is one name's first word, never a writer of
    its own (two writers so joined each have two or more words: ``Hoài Nam-Minh Khoa``)."""
    parts: list[str] = []
    start = 0
    glued = False  # the previous part ends in a bare hyphen that a one-word part set off
    for match in _NAME_SPLIT_RE.finditer(text):
        part = text[start : match.start()]
        if glued and parts:
            parts[-1] = f"{parts[-1]}-{part}"
        elif part:
            parts.append(part)
        glued = match.group() == "-" and bool(part) and " " not in part and not (glued and parts)
        start = match.end()
    part = text[start:]
    if glued and parts:
        parts[-1] = f"{parts[-1]}-{part}"
    elif part:
        parts.append(part)
    return [part for part in parts if part]


def _without_rank(part: str) -> str:
    """``Luật sư Nguyễn Hải Đăng`` → ``Nguyễn Hải Đăng``: the title is no part of the name (a
    group credit, ``Nhóm PV``, is kept whole)."""
    rank = None if _GROUP_RE.match(part) else _RANK_RE.match(part)
    return part[rank.end() :] if rank is not None else part


# "Trần Quý, tổng hợp từ ghi chép của ...", "Lê Vy, lược dịch": the writer who compiled or
# translated the text, and how (the note is no part of the name)
_COMPILED_NOTE_RE = re.compile(
    r"\s*,\s*(?:tổng hợp|lược dịch|biên dịch|dịch|biên soạn)(?:\s+(?:từ|theo)\s[^()]{1,80})?\s*\.?$",
    re.IGNORECASE,
)
# "Ngọc Trâm - Khoa Luật", "Thanh Tâm - Ban Tuyên giáo Thành ủy": the writer's unit after a dash
_UNIT_SUFFIX_RE = re.compile(r"\s+[-–—]\s+(?P<unit>[^-–—]{2,80})$")


def _without_unit_suffix(text: str) -> str:
    """The names without the writer's unit set off by a dash (an institution is not a writer)."""
    match = _UNIT_SUFFIX_RE.search(text)
    if match is None or not is_institution(match.group("unit")):
        return text
    return text[: match.start()].strip()


def split_affiliation(text: str) -> tuple[str, str | None]:
    """``Hoàng Lan (Sở Ngoại vụ)`` → (``Hoàng Lan``, ``Sở Ngoại vụ``); else (text, None)."""
    match = _AFFILIATION_RE.match(text.strip())
    if match is None:
        return text, None
    return match.group("names").strip(), match.group("unit")


def has_author_prefix(text: str) -> bool:
    """An author word introduces the names (``Tác giả: X``) or follows them (``X thực hiện``)."""
    return bool(_AUTHOR_PREFIX_RE.match(text) or _AUTHOR_SUFFIX_RE.search(text))


class Byline(NamedTuple):
    """A header line with names, a dated stamp and/or a source glued to the stamp."""

    authors: list[str]
    stamp: str  # the date text, "" when the line has none
    source: str | None = None  # "Nhân Dân09/12/2024": the outlet typed against the date
    introduced: bool = False  # the names follow an author word ("bởi", "Post by"): never a site's name
    # the names are a translator's ("Biên dịch: X"): the writer only when the page credits no
    # original writer ("Tác giả: Y" over it)
    translated: bool = False


def split_byline(text: str) -> tuple[list[str], str] | None:
    """A header line with names and/or a dated stamp: ``(authors, date text)``.

    Returns None when the line holds anything else (prose, a headline).
    ``Minh Đức 09/12/2024 14:27`` → (["Minh Đức"], "09/12/2024 14:27").
    """
    byline = read_byline(text)
    return None if byline is None else (byline.authors, byline.stamp)


def read_byline(text: str) -> Byline | None:
    """:func:`split_byline` with the source a site glues to the date (``Nhân Dân22/11/2024``)."""
    hits = [hit for hit in find_dates(text) if hit.has_year]
    if hits:
        hit = hits[0]
        before = text[: hit.start].strip(" |,-–—·•")
        after = text[hit.end :].strip()
        # "Post by: webams | 12/11/2026", "18-11-2026 . bởi Lê Hằng": the writer on either side
        introduced = introduced_names(before) if before else introduced_names(_strip_counter(after))
        if introduced and (not before or _is_stamp_rest(_COMMENT_STATUS_RE.sub("", after))):
            if _default_accounts_only(introduced):
                return Byline([], hit.text)  # "19/09/2026 by admin": the software's account, no writer
            return Byline(introduced, hit.text, introduced=True)
        if _THREAD_BY_RE.match(before) and _THREAD_IN_RE.match(after):
            return Byline([], hit.text)  # a forum thread's "Bởi Rin86, <date> trong <forum>": a poster
        if _FORUM_POST_BY_RE.match(before) and not after:
            return Byline([], hit.text)  # Forumotion's "Bài gửi by <login> <date>": a poster's post
        credited = _credit_after_stamp(after) if not before else None
        if credited is not None:  # "15/10/2026 21:40 - Nguồn: Báo X", "12.03.2025 18:05 Baoxyz.vn"
            return Byline([], hit.text, credited)
        origin = _ORIGIN_LINK_RE.match(after) if not before else None
        if origin and _looks_like_source(origin.group("source")) and not is_place(origin.group("source")):
            return Byline([], hit.text, origin.group("source").strip())  # "24 tháng 7 2015, BBC. http://..."
        if not before and is_institution(after.strip(" |-–—·•")):
            # "09:30 24-11-2026 Trung tâm Nghiên cứu X": the unit that posted the item on its
            # own site, after the stamp; the site itself, no other origin
            return Byline([], hit.text)
        if not _is_stamp_rest(after):
            return None
        if is_place(before):
            return Byline([], hit.text)  # "Hà Nội, ngày 28 tháng 02 năm 2025": a place, not a writer
        raw_before = text[: hit.start]
        before = _strip_stamp_words(before)
        if not before:
            return Byline([], hit.text)
        glued = hit.start > 0 and text[hit.start - 1].isalpha()
        if glued and _looks_like_source(before):
            return Byline([], hit.text, before)
        if _barred_outlet(before, raw_before):
            return Byline([], hit.text, before)  # "Một Thế Giới | 25/11/2014, 14:54"
        names = parse_names(before)
        if names:  # "Tác giả: Minh Tuấn | Cập nhật: ...": an author word introduces the names
            return Byline(names, hit.text, introduced=has_author_prefix(before))
        if _PEN_NAME_RE.match(raw_before) and before.lower() not in _NOT_PEN_NAMES and not is_place(before):
            return Byline([before], hit.text)  # "Mây · 21:40 03/10/2026": a one-word pen name
        # "QPTD -Thứ Hai, 08/12/2025": the outlet set off from its stamp by a dash
        dashed = re.match(rf"^\s*{re.escape(before)}\s*{_DASH}", raw_before) is not None
        return Byline([], hit.text, before) if dashed and _is_outlet_name(before) else None
    names = parse_names(text)
    if names:
        return Byline(names, "", introduced=has_author_prefix(text.strip()), translated=_translated(text))
    fields = credit_fields(text)
    if fields is not None:
        return fields
    # "Đăng bởi: quantri | Lượt xem: 312": the poster, introduced, with the view counter
    # (the software's default account, "Post by admin", credits no one)
    introduced = (
        introduced_names(_strip_counter(text)) if syllable_count(text) <= MAX_INTRODUCED_SYLLABLES else None
    )
    if not introduced or introduced[0].lower() in _DEFAULT_ACCOUNTS:
        return None
    return Byline(introduced, "", introduced=True)


MAX_INTRODUCED_SYLLABLES = 12


# "Biên dịch: X", "Người dịch: X", "X lược dịch": the credit of a translator
_TRANSLATOR_RE = re.compile(
    r"^(?:Người dịch|Dịch giả|Biên dịch|Lược dịch|Dịch)\s*:|\s(?:lược dịch|biên dịch|chuyển ngữ)\s*\.?$",
    re.IGNORECASE,
)
# "Hiệu đính: X", "Biên tập viên: Y": a reviser or an editor, who writes no part of the text
_REVISER_RE = re.compile(
    r"^(?:Hiệu đính|Hiệu chỉnh|Biên tập viên|Duyệt bài|Thiết kế|Ảnh|Đồ họa)\s*:", re.IGNORECASE
)
# the fields of a credit line: set off by a bar or a bullet, or by a dash before a labelled field
# ("Tác giả: X – Nguồn: Y"; a bare dash also joins two writers, "Lê An – Trần Bình")
_FIELD_SPLIT_RE = re.compile(
    r"\s+[|•·]\s+|\s+[-–—]\s+(?=(?:Nguồn|Theo|Người dịch|Dịch giả|Biên dịch|Lược dịch|Hiệu đính|Biên tập viên)\b)",
    re.IGNORECASE,
)
MAX_CREDIT_FIELDS_SYLLABLES = 24


def _translated(text: str) -> bool:
    return bool(_TRANSLATOR_RE.search(text.strip()))


def credit_fields(text: str) -> Byline | None:
    """A credit line of labelled fields: ``Tác giả: Daniel Hart | Pacific Policy Review``,
    ``Tác giả: X – Nguồn: Y``, ``Biên dịch: X | Hiệu đính: Y``. The writer's field gives the
    authors; a translator's gives them only when no writer's field does (the original's writer
    is the author of a translated text); a reviser's or an editor's names no writer; a credit
    (``Nguồn: Y``) or an outlet's name right after the writer's field is the source. None
    unless the line opens with a writer's or translator's field and every field is one of those."""
    text = text.strip()
    if syllable_count(text) > MAX_CREDIT_FIELDS_SYLLABLES or find_dates(text):
        return None
    fields = [field.strip() for field in _FIELD_SPLIT_RE.split(text) if field.strip()]
    if len(fields) < 2 or not has_author_prefix(fields[0]):
        return None
    writers: list[str] = []
    translators: list[str] = []
    source = None
    previous_writer = False
    for field in fields:
        names = parse_names(field) if has_author_prefix(field) else None
        if names:
            (translators if _translated(field) else writers).extend(names)
            previous_writer = not _translated(field)
            continue
        if _REVISER_RE.match(field):
            previous_writer = False
            continue
        credit = _credit_parts(field) if is_credit_line(field) else None
        if credit is not None and not credit[0] and credit[1] and source is None and not is_place(credit[1]):
            source, previous_writer = credit[1], False
            continue
        # "Daniel Hart | Pacific Policy Review": the outlet the writer wrote for, after the name
        if previous_writer and source is None and _field_outlet(field):
            source, previous_writer = field, False
            continue
        return None
    authors = writers or translators
    if not authors:
        return None
    return Byline(authors, "", source, introduced=True, translated=not writers)


def _field_outlet(field: str) -> bool:
    """A field naming an outlet: its shape (a press word, initials, a domain) or capitalised
    words that are no Vietnamese full name and no place."""
    if not _looks_like_source(field) or is_place(field) or has_author_prefix(field):
        return False
    if _is_outlet_name(field):
        return True
    words = field.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words) and not _is_full_name(field)


def _credit_after_stamp(after: str) -> str | None:
    """The origin an aggregator prints after the item's stamp: a credit (``- Nguồn: Báo X``) or
    the origin's domain alone (``Baoxyz.vn``)."""
    text = after.strip(" |-–—·•")
    if not text:
        return None
    if _DOMAIN_RE.match(text) and _WEB_DOMAIN_RE.search(text):
        return text
    if _STAMP_INITIALS_RE.match(text) and not _is_stamp_word(text) and not is_place(text):
        return text  # "2026-05-01 13:35:25(GMT+08:00) CMG": the outlet's initials printed after its stamp
    parts = _credit_parts(text) if is_credit_line(text) else None
    return parts[1] if parts is not None and not parts[0] else None


_STAMP_INITIALS_RE = re.compile(r"^[A-ZĐ]{2,8}$")
# the clock's and the time zone's words a stamp may end with: no outlet
_TIME_WORDS = frozenset(
    ["AM", "PM", "SA", "CH", "GMT", "UTC", "ICT", "ET", "EST", "EDT", "PST", "PDT", "CET"]
)


# a story's format as sites label it after the stamp ("... 09:05 VIDEO"): no outlet
_FORMAT_WORDS = frozenset(
    [
        "VIDEO",
        "CLIP",
        "LIVE",
        "PHOTO",
        "AUDIO",
        "PODCAST",
        "NEW",
        "HOT",
        "INFOGRAPHIC",
        "EMAGAZINE",
        "LONGFORM",
    ]
)


def _is_stamp_word(text: str) -> bool:
    return text in _TIME_WORDS or text in _FORMAT_WORDS or text.lower() in _INTERFACE_WORDS


# a domain's last label as sites print it ("Vietnamplus.vn", "Baoxyz.com.vn"), never "Tp.HCM"
_WEB_DOMAIN_RE = re.compile(r"\.(?:vn|com|net|org|info)$", re.IGNORECASE)


def _default_accounts_only(names: list[str]) -> bool:
    return all(name.lower() in _ADMIN_ACCOUNTS for name in names)


# the account a CMS creates at install ("19/09/2026 by admin"), which names no one
_ADMIN_ACCOUNTS = frozenset(["admin", "administrator"])


# Invision Community's thread line "Bởi Rin86, 24 Tháng 7, 2026 trong Tin trong nước" ("By X, <date>
# in <forum>"): the login of the thread's starter, who re-posts, not a writer
_THREAD_BY_RE = re.compile(r"^(?:Bởi|By|Started by)\s+\S{2,30}$")
# Forumotion's stamp over each post, in its Vietnamese locale: "Bài gửi by beleo Mon Jul 20, 2015"
_FORUM_POST_BY_RE = re.compile(r"^(?:Bài gửi|Gửi bài)\s+by\s+\S{2,30}$")
_THREAD_IN_RE = re.compile(r"^(?:trong|in)\s+[A-ZĐÀ-Ỹ][^\d|]{0,40}$")
# "Mây · 21:40 03/10/2026": one capitalised word set off from the stamp by a middle dot, the pen
# name entertainment sites print (a plain space or a dash does not set a name off)
_PEN_NAME_RE = re.compile(r"^\s*[A-ZĐÀ-Ỹ][a-zà-ỹđ]{1,9}\s+·\s*$")
_NOT_PEN_NAMES = _NOT_NAME_STARTS | {"video", "clip", "photo", "admin", "news", "live", "podcast", "audio"}
# Blogger's post footer: "Đăng bởi Nguyên Thảo vào lúc 10:15", "Posted by Minh Tâm at 8:40 PM",
# "Publié par Minh Tâm à 20:40" (French locale):
# the poster and the time of day of the post, whose day the date header above the post gives
_POSTED_AT_RE = re.compile(
    r"^(?:Đăng bởi|Được đăng bởi|Posted by|Publié par)\s+(?P<names>[^\d:]{2,40}?)\s+(?:vào lúc|lúc|at|à)\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?|SA|CH))?\s*\.?$",
    re.IGNORECASE,
)


def posted_at(text: str) -> tuple[list[str], tuple[int, int]] | None:
    """``Đăng bởi Nguyên Thảo vào lúc 10:15`` → ([Nguyên Thảo], (10, 15)); else None."""
    match = _POSTED_AT_RE.match(text.strip())
    if match is None:
        return None
    names = introduced_names(f"bởi {match.group('names')}")
    clock = day_clock(match.group("hour"), match.group("minute"), match.group("ampm"))
    if not names or names[0].lower() in _DEFAULT_ACCOUNTS or clock is None:
        return None
    return names, clock


# WordPress's footer under each post: its categories, maybe with the comment count ("Posted in
# Chính trị - Xã hội | 5 Comments »", "Filed under: Biển Đông", "Đăng trong Thời sự | Để lại bình
# luận"); it follows the writer's signature, so the signature sits above it
_POST_META_FOOTER_RE = re.compile(
    r"^(?:Posted in|Filed under|Đăng trong|Được đăng trong)\s*:?\s+(?P<category>[^\W\d_])[^.!?]{0,80}?"
    r"(?:\s*[|·•]\s*(?:\d{1,4}\s+(?:Comments?|bình luận|phản hồi)|No Comments|Leave a comment|"
    r"Để lại bình luận|Để lại phản hồi)\s*»?)?$",
    re.IGNORECASE,
)
MAX_POST_META_SYLLABLES = 20


def is_post_meta_footer(text: str) -> bool:
    """``Posted in X | 5 Comments »``: a blog engine's category footer under the post."""
    text = text.strip()
    match = _POST_META_FOOTER_RE.match(text) if syllable_count(text) <= MAX_POST_META_SYLLABLES else None
    return match is not None and match.group("category").isupper()  # a category's name, capitalised


def day_clock(hour_text: str, minute_text: str, ampm_text: str | None) -> tuple[int, int] | None:
    """A printed time as (hour, minute) on a 24-hour clock: ``7``, ``42``, ``PM`` → (19, 42);
    ``SA``/``CH`` are the Vietnamese AM/PM. None when it is no time of day."""
    hour, minute = int(hour_text), int(minute_text)
    ampm = (ampm_text or "").upper().replace(".", "")
    if ampm in ("PM", "CH") and hour < 12:
        hour += 12
    elif ampm in ("AM", "SA") and hour == 12:
        hour = 0
    return (hour, minute) if hour <= 23 and minute <= 59 else None


# "24 tháng 7 2015, BBC. http://www.bbc.com/...": a re-post opens with the origin's date, name and
# address on one line
_ORIGIN_LINK_RE = re.compile(r"^,\s*(?P<source>[^,.:/\s][^,.:/]{1,39}?)\s*\.?\s+(?:https?://|www\.)\S+$")
_DEFAULT_ACCOUNTS = frozenset(["admin", "administrator", "webmaster", "root", "editor", "user"])


# "Post by: webams", "Đăng bởi Lê Hằng", ". bởi Lê Hằng": names an author word introduces
_INTRODUCED_RE = re.compile(
    r"^[.|·•\-–—\s]*(?:(?:post(?:ed)?|written)\s+by|by|(?:đăng|viết|chia sẻ)\s+bởi|bởi|người đăng)\s*:?\s+"
    r"(?P<names>\S.*?)[\s|.]*$",
    re.IGNORECASE,
)
# "webams", "admin_2": the login a CMS prints as the poster, one word of plain letters and digits
_ACCOUNT_RE = re.compile(r"^[a-z][a-z0-9_.]{2,30}$")
# "| 356 reads", "(Xem: 2318)", "Lượt xem: 1.246": the page's view counter after its stamp
# (the count is bounded and starts where its digits start: an unbounded run tried from every
# digit of a long number made the search quadratic)
# (and a reading time, "· 6 phút đọc", "· 5 min read": how long the post takes to read)
_COUNTER_RE = re.compile(
    r"[|·•]?\s*\(?\s*(?:(?<![\d.,])\d[\d.,]{0,14}\s*(?:reads?|views?|lượt xem|lượt đọc)|"
    r"(?<![\d.,])\d{1,3}\s*(?:phút đọc|min(?:ute)?s?\s+read)|"
    r"(?:xem|lượt xem|lượt đọc|views?|reads?)\s*:?\s*\d[\d.,]{0,14})\s*\)?\s*$",
    re.IGNORECASE,
)


def introduced_names(text: str) -> list[str] | None:
    """The writers an author word introduces (``bởi Lê Hằng``, ``Post by: webams``): names,
    or after such a word the poster's login as printed; else None."""
    match = _INTRODUCED_RE.match(text.strip())
    if match is None:
        return None
    names = _COMMENT_STATUS_RE.sub("", match.group("names")).strip()
    if _ACCOUNT_RE.match(names):
        return [names]
    parsed = parse_names(names)
    if not parsed and _DISPLAY_NAME_RE.match(names) and not is_place(names):
        return [names]  # "Posted by Le ThanhPhong": a CMS display name, typed as its owner likes
    return parsed or None


# "Le ThanhPhong", "Tran Minh": the display name a CMS account prints after "Posted by"
_DISPLAY_NAME_RE = re.compile(r"^[A-ZĐ][^\W\d_]{0,20}(?:\s+[A-ZĐ][^\W\d_]{0,20}){1,3}$")
# ", Comments Off", "| 3 Comments", "Leave a comment": the post's comment status after its by-line
_COMMENT_STATUS_RE = re.compile(
    r"\s*[,|·•]?\s*(?:Comments Off|Leave a comment|No Comments|\d{1,4}\s+Comments?)\s*$", re.IGNORECASE
)


def _strip_counter(text: str) -> str:
    """The text without the view counter at its end (``... | 356 reads``)."""
    return _COUNTER_RE.sub("", text).strip()


# The commonest Vietnamese family names: a writer's name of three or more syllables opens
# with one ("Nguyễn Văn Hùng"); a pen name has two ("Minh Đức").
_FAMILY_NAME_WORDS = (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương "
    "trịnh trương lâm phùng mai tô hà tạ cao lương đinh lưu quách châu thái kiều lại triệu "
    "tăng hứa la mạc nghiêm âu thân khúc khổng lục từ chu giang doãn đàm chế nông ninh ông "
    "phó diệp hàn hầu lò mã tôn kim bế lã tống vi thạch quan đồng phương cù lữ viên kha ôn "
    "bạch phí trình cấn khuất hồng"
)
_FAMILY_NAMES = frozenset(_FAMILY_NAME_WORDS.split())
MIN_FULL_NAME_SYLLABLES = 3


def _barred_outlet(before: str, raw_before: str) -> bool:
    """``Một Thế Giới | 25/11/2014``: a name set off from the stamp by a bar (a dash, a bullet)
    that is the outlet's: a press organ's name, or capitalised words that cannot be a writer's
    full name (three or more syllables not opening with a family name)."""
    if (
        not raw_before.rstrip().endswith(("|", "-", "–", "—", "•", "·"))
        or not _looks_like_source(before)
        or is_place(before)
    ):
        return False
    if _is_outlet_name(before):
        return True
    words = before.split()
    return len(words) >= MIN_FULL_NAME_SYLLABLES and words[0].lower() not in _FAMILY_NAMES


def split_glued_headline(text: str) -> tuple[str, str] | None:
    """``13/03/2025 07:15Gia Lai và ...`` → (stamp, headline): a stamp typed against the
    headline after it (no space: the copy joined two page elements); a spaced line there is
    a sentence or a listing item, never split. Or the stamp printed after the headline on its
    line (:func:`_trailing_stamp`)."""
    hits = [hit for hit in find_dates(text) if hit.has_year]
    if hits and _strip_stamp_words(text[: hits[0].start]):
        return _trailing_stamp(text, hits)
    if not hits:
        return None
    rest = text[hits[0].end :]
    if not rest[:1].isalpha() or not rest[0].isupper():
        return None
    return hits[0].text, rest.strip()


def _trailing_stamp(text: str, hits: list[DateHit]) -> tuple[str, str] | None:
    """``<headline> 29/10/2026``: the page's date printed after the headline on its line. Only a lone full day date closing a headline-sized line that is no sentence and
    does not lead into the date ("... ngày", "... từ")."""
    last = hits[-1]
    head = text[: last.start].rstrip()
    if len(hits) > 1 or text[last.end :].strip() or last.day is None or last.start == len(head):
        return None
    if not head or head[-1] in ".:;,-–—(|•·" or _DATE_LEAD_IN_RE.search(head) or not is_headline_like(head):
        return None
    if not MIN_GLUED_TITLE_SYLLABLES <= syllable_count(head) <= MAX_GLUED_TITLE_SYLLABLES:
        return None
    return last.text, head


MIN_GLUED_TITLE_SYLLABLES = 5
MAX_GLUED_TITLE_SYLLABLES = 40
_DATE_LEAD_IN_RE = re.compile(r"\b(?:ngày|hôm|tháng|năm|từ|đến|tới|lúc|vào|sáng|chiều|tối|trưa|đêm)$", re.I)


def _is_outlet_name(text: str) -> bool:
    """Initials (``QPTD``), a domain (``VTV.vn``) or a press organ's name (``Báo Nghệ An``)."""
    text = text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    initials = 2 <= len(letters) <= 10 and " " not in text and all(ch.isupper() for ch in letters)
    return initials or bool(_DOMAIN_RE.match(text)) or bool(_OUTLET_WORDS_RE.match(text))


_STAMP_WORDS_RE = re.compile(
    r"^(?:(?:cập nhật|đăng|ngày đăng|xuất bản|thời gian|đăng lúc|lúc|ngày|đã gửi|posted)\s*:?\s*|"
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)+",
    re.IGNORECASE,
)
_STAMP_REST_RE = re.compile(
    r"^(?:\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?|\(?\s*UTC\s*[+-]?\s*\d{0,2}\s*\)?)?$", re.I
)
# "... 11:05 AM | Thời sự": a stamp followed by its section label.
_STAMP_LABEL_RE = re.compile(r"^[|•·]\s*(?P<label>[^\d|]{1,40})$")
MAX_STAMP_LABEL_SYLLABLES = 5


# a weekday or a stamp word closing the part before the date ("Minh Đức | Thứ Hai,", "... Cập
# nhật:"); the dash is escaped in the separators (unescaped it made a range that took letters)
_TRAILING_STAMP_WORD_RE = re.compile(
    r"(?P<sep>\s*[|,\-–—·•]?\s*)(?<!\w)(?P<word>thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cập nhật|"
    r"đăng|lúc|ngày)(?P<colon>\s*:?)$",
    re.IGNORECASE,
)


def _strip_stamp_words(text: str) -> str:
    """Remove weekday / "Cập nhật" words around a stamp, and a trailing separator."""
    text = text.strip(" |,-–—·•")
    while (match := _TRAILING_STAMP_WORD_RE.search(text)) is not None:
        word = match.group("word")
        # "Nguyễn Hải Đăng | 28/11/2026": a capitalised "Đăng" right after a name, neither set off
        # nor labelling ("Đăng:"), is the name's last syllable, not "posted"
        if word == "Đăng" and not match.group("sep").strip() and not match.group("colon").strip():
            break
        text = text[: match.start()].strip(" |,-–—·•")
    return _STAMP_WORDS_RE.sub("", text).strip(" |,-–—·•")


def _is_stamp_rest(text: str) -> bool:
    text = _strip_counter(text)
    label = _STAMP_LABEL_RE.match(text.strip())
    if label and syllable_count(label.group("label")) <= MAX_STAMP_LABEL_SYLLABLES:
        return True
    return bool(_STAMP_REST_RE.match(text.strip(" |,-–—·•")))


def signature_parts(text: str, bare_names: bool = False) -> tuple[list[str], str | None] | None:
    """``(authors, source)`` of a closing signature line, or None.

    Names in mixed case (``Minh Anh``) are accepted only with ``bare_names``:
    the caller knows the line closes the article, where a short capitalised
    line is a signature rather than a heading.
    """
    text = _NOTE_RE.sub("", text).strip() or text.strip()  # "(Theo TTXVN)" alone is the credit
    if not text:
        return None
    link = _ORIGINAL_LINK_RE.search(text)
    if link is not None and link.start() > 0:  # "Nguồn tin: X. Link xem bài viết gốc tại đây: <url>"
        text = text[: link.start()].rstrip(" .,;")
    chain = agency_credit(text, bare=bare_names)
    if chain is not None:
        return [], chain  # "TTXVN/VNP": the agency and its unit, the source as printed
    linked = _SOURCE_LINK_RE.match(text)
    if linked and _looks_like_source(linked.group("source")):
        return [], linked.group("source").strip()
    if syllable_count(text) > 12:
        return None
    slug = _SLUG_CREDIT_RE.match(text)
    if slug and bare_names and slug.group("name") not in _NOT_SLUG_CREDITS:
        return [], slug.group("name")  # "(laodong)": the origin paper's short name, closing the text
    credit = _credit_parts(text)
    if credit is not None:
        return credit
    paren = _paren_credit(text)
    if paren is not None:
        return paren
    if "/" in text:
        names_text, _, outlet = text.partition("/")
        outlet = _FILED_FROM_RE.sub("", outlet).strip()
        names = parse_names(names_text)
        if names and _looks_like_source(outlet):
            return names, outlet
    if bare_names:
        pair = name_outlet(text)
        if pair is not None:
            return pair
    return _signed_names(text, bare_names)


# "Quang Minh-Tuổi Trẻ", "An Phước-VnExpress", "Đức Hiếu - VOV": the writer, then the paper a
# copy was taken from, joined by a hyphen (two writers joined so stay two writers)
_NAME_OUTLET_RE = re.compile(r"^(?P<names>[^-–—()/]{2,40}?)\s*[-–—]\s*(?P<outlet>[^-–—()/]{2,40})$")
# National papers whose names are ordinary words, so that no shape tells them from a person's
# name (initials, domains, "Báo X" and camel-case brands are recognised by their shape)
_WORD_OUTLETS = frozenset(
    [
        "tuổi trẻ",
        "thanh niên",
        "nhân dân",
        "tiền phong",
        "lao động",
        "người lao động",
        "dân trí",
        "tin tức",
        "biên phòng",
        "quân đội nhân dân",
        "công an nhân dân",
        "đại đoàn kết",
        "hà nội mới",
        "sài gòn giải phóng",
        "pháp luật",
        "dân việt",
        "kinh tế đô thị",
        "tuổi trẻ online",
        "thanh niên online",
    ]
)


def name_outlet(text: str) -> tuple[list[str], str] | None:
    """``Quang Minh-Tuổi Trẻ`` → ([Quang Minh], Tuổi Trẻ): one writer and an outlet after a
    hyphen; None when the part after the hyphen is no outlet (``Hoài Nam-Minh Khoa``)."""
    match = _NAME_OUTLET_RE.match(text.strip())
    if match is None:
        return None
    outlet = match.group("outlet").strip()
    known = " ".join(outlet.lower().split()) in _WORD_OUTLETS
    if not (known or _is_outlet_name(outlet) or _CAMEL_BRAND_RE.match(outlet)):
        return None
    names = parse_names(match.group("names"))
    return (names, outlet) if names is not None and len(names) == 1 else None


# "(laodong)", "(vnexpress)": an aggregator's credit of the origin paper, its short name in
# plain lower-case letters in parentheses (never an end marker such as "(hết)").
_SLUG_CREDIT_RE = re.compile(r"^\(\s*(?P<name>[a-z]{4,20}(?:\.(?:vn|com|net))?)\s*\)$")
_NOT_SLUG_CREDITS = frozenset(["video", "clip", "audio", "photo", "photos", "end", "more", "infographic"])
# "TTXVN/VNP", "TTXVN/Vietnam+", "TTXVN/Báo Tin tức": an agency signature with the unit
# that republished it (initials, a brand, or a press organ in words)
_AGENCY_CHAIN_RE = re.compile(
    r"^[A-ZĐ]{2,10}(?:/(?:[A-ZĐ]{2,10}|[A-Z][A-Za-z]{2,15}\+?|"
    r"(?:Báo|Tạp chí|Đài|Truyền hình)(?:\s+[A-ZĐ\w][\w+]*){1,4}))+$"
)
# "TTXVN" alone closing the text: the agency's initials (no vowel-free word is a heading)
_AGENCY_INITIALS_RE = re.compile(r"^[B-DF-HJ-NP-TV-XZĐ]{3,8}$")
# A table's column heads in initials ("STT" số thứ tự, "ĐVT" đơn vị tính): every Vietnamese
# table prints them, alone on a line when the copy loses the grid; no agency signs so
_COLUMN_HEAD_INITIALS = frozenset(["STT", "ĐVT"])


def agency_credit(text: str, bare: bool = False) -> str | None:
    """The credit as printed when ``text`` is an agency signature, bare or in parentheses:
    ``TTXVN/Báo Tin tức``, ``(TTXVN/Vietnam+)``; the initials alone (``TTXVN``) only with
    ``bare`` (the caller knows the line closes the article); else None."""
    text = text.strip()
    inner = text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text
    if inner in _COLUMN_HEAD_INITIALS:
        return None
    if _AGENCY_CHAIN_RE.match(inner) or bare and (_AGENCY_INITIALS_RE.match(inner) or inner in _BROADCASTERS):
        return inner
    return None


# Agencies and broadcasters with a Vietnamese service, whose initials hold a vowel: by shape they
# are a short English word of a page's interface ("SHARE", "MORE", "TOP"), so they are named here
_BROADCASTERS = frozenset(
    ["RFA", "RFI", "VOA", "BBC", "AFP", "AP", "DW", "NHK", "KBS", "CRI", "CMG", "VOV", "VTV"]
)


def is_credit_line(text: str) -> bool:
    """``Theo Dantri``, ``(Theo TTXVN)``, ``Nguồn: VOV``: the origin a republished item credits."""
    text = text.strip()
    return (
        syllable_count(text) <= MAX_CREDIT_LINE_SYLLABLES
        and _credit_parts(text) is not None
        and (text.lstrip("( ").lower().startswith(("theo", "nguồn")))
    )


MAX_CREDIT_LINE_SYLLABLES = 12


# "Theo báo QĐND", "Nguồn: trang Vietnamplus": the press word in lower case is a common noun before
# the outlet's name ("Báo Nhân Dân" capitalised is the name itself)
_LOWER_PRESS_WORD_RE = re.compile(r"^(?:báo|tạp chí|trang|đài|kênh)\s+(?=[A-ZĐ])")


def _credit_parts(text: str) -> tuple[list[str], str | None] | None:
    """``Theo TTXVN`` → ([], TTXVN); ``Theo Thu Hằng (Báo Tin tức)`` → ([Thu Hằng], Báo Tin tức)."""
    writer = _THEO_WRITER_RE.match(text)
    if writer and _looks_like_source(writer.group("source")):
        names = parse_names(writer.group("names"))
        if names:
            return names, writer.group("source").strip()
    trailing = _TRAILING_SOURCE_RE.match(text)
    if trailing:
        source = _without_issue(_LOWER_PRESS_WORD_RE.sub("", trailing.group("source")))
        if _looks_like_source(source):
            return [], source
    return None


# "Tạp chí Nghiên cứu X, số 4/2026", "Tạp chí Y, kỳ 2": a journal credited with the issue
# the text appeared in; the issue is no part of the journal's name
_ISSUE_RE = re.compile(r"\s*,?\s+(?:số|kỳ|tập)\s+\d{1,4}(?:\s*[-/(]\s*\d{1,4}\)?)*\.?\s*$", re.IGNORECASE)


def _without_issue(source: str) -> str:
    source = source.strip()
    if not _OUTLET_WORDS_RE.match(source):
        return source  # "Nguồn: Nghị định số 15/2026": a document's number, no journal's issue
    return _ISSUE_RE.sub("", source).strip()


# "(Hoài Vy, Sở Ngoại vụ X)": the whole signature in parentheses, the writer then the office or
# paper the item comes from (like "(TTXVN)"), which is the source; a place there is a dateline
_PAREN_CREDIT_RE = re.compile(r"^\(\s*(?P<names>[^(),]{2,40}?)\s*,\s*(?P<origin>[^(),]{2,60}?)\s*\)$")


def _paren_credit(text: str) -> tuple[list[str], str | None] | None:
    match = _PAREN_CREDIT_RE.match(text.strip())
    if match is None:
        return None
    names = parse_names(match.group("names"))
    origin = match.group("origin").strip()
    if not names or not _looks_like_source(origin) or is_place(origin) or parse_names(origin):
        return None
    return names, origin


# "PV", "P.V", "CTV" alone: the paper's "reporter" or "contributor", a signature naming nobody
_ANONYMOUS_SIGNATURE_RE = re.compile(r"^(?:PV|P\.\s?V|CTV|Phóng viên|PHÓNG VIÊN)\.?$")


def _signed_names(text: str, bare_names: bool) -> tuple[list[str], str | None] | None:
    """Names in capitals, after an author prefix, or bare at the end; a press unit in
    parentheses is the source (``Minh Anh (Báo Nghệ An)``), any other unit is dropped."""
    names_text, unit = split_affiliation(text)
    if unit is None and _ANONYMOUS_SIGNATURE_RE.match(names_text.strip()):
        return [], None
    letters = [ch for ch in names_text if ch.isalpha()]
    capitals = bool(letters) and all(ch.isupper() for ch in letters)
    if not (capitals or bare_names or has_author_prefix(names_text)):
        return None
    names = parse_names(names_text)
    if not names:
        return None
    outlet = (
        unit
        if unit and (_DOMAIN_RE.match(unit) or _OUTLET_WORDS_RE.match(unit) or _is_agency(unit))
        else None
    )
    return names, outlet


# "Kon Tum", "tỉnh Cà Mau": the place closing a branch's name; the level word is no part of it
_PLACE_LEVEL_WORDS = frozenset(["tinh", "thanh", "pho", "tp", "huyen", "quan", "thi", "xa"])  # folded
_WORD_RE = re.compile(r"[^\W\d_]+")
_UNIT_INITIALS_RE = re.compile(r"^[A-ZĐ]{2,8}$")
MAX_PLACE_WORDS = 4
MAX_BRANCH_ORG_WORDS = 8


def branch_credit(text: str, site_names: Sequence[str]) -> str | None:
    """The unit of a signature ``Y Nhung (LĐLĐ Kon Tum)`` when it is a local branch of the
    organisation whose name the site prints above the headline (``Tổng Liên đoàn Lao động Việt
    Nam``, ``HỘI NÔNG DÂN VIỆT NAM``): the branch sent the item, as an agency's correspondent
    does, so it is the source as printed. The branch is that organisation's name (its words, or
    their initials ``LĐLĐ``) then a place the site's name does not hold; a department without a
    place (``Sở Ngoại vụ``, ``Ban Truyền thông``) or another body is where the writer works."""
    names_text, unit = split_affiliation(text.strip())
    if unit is None or not parse_names(names_text):
        return None
    words = _WORD_RE.findall(unit)
    split = _place_start(words)
    if split is None:
        return None
    organisation, place = words[:split], [fold(word) for word in words[split:]]
    while organisation and fold(organisation[-1]) in _PLACE_LEVEL_WORDS:
        organisation = organisation[:-1]  # "Hội Nông dân tỉnh Cà Mau": the level word
    if not organisation or len(organisation) > MAX_BRANCH_ORG_WORDS or not organisation[0][0].isupper():
        return None
    sites = [_WORD_RE.findall(fold(name)) for name in site_names]
    place_key = " ".join(place)
    if any(place_key in " ".join(site) for site in sites):
        return None  # the site's own office ("Sở Ngoại vụ Lạng Sơn" on the Lạng Sơn portal)
    pattern = [(fold(word), bool(_UNIT_INITIALS_RE.match(word))) for word in organisation]
    return unit.strip() if any(_runs_in(pattern, site) for site in sites) else None


def _place_start(words: Sequence[str]) -> int | None:
    """Where the place closing ``words`` starts (``Kon Tum`` in ``LĐLĐ Kon Tum``), or None."""
    for size in range(min(MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        if is_place(" ".join(words[-size:])):
            return len(words) - size
    return None


def _runs_in(pattern: Sequence[tuple[str, bool]], site: Sequence[str]) -> bool:
    """The folded words of ``pattern`` (an initials word stands for as many words, each opening
    with its letter) run contiguously somewhere in ``site``."""
    for start in range(len(site)):
        at = start
        for word, initials in pattern:
            if initials:
                run = site[at : at + len(word)]
                if len(run) < len(word) or any(
                    part[0] != letter for part, letter in zip(run, word, strict=True)
                ):
                    break
                at += len(word)
            elif at < len(site) and site[at] == word:
                at += 1
            else:
                break
        else:
            return True
    return False


# "Ngọc Lan (TTXVN)", "Minh Hà (VOV)": the correspondent's agency or station in initials is the
# item's origin; initials that name the writer's role ("(CTV)" contributor, "(PV)", "(BTV)",
# "(TH)" compiled) or a place ("(TPHCM)") are no outlet.
_AGENCY_UNIT_RE = re.compile(r"^[A-ZĐ]{3,8}$")
_ROLE_INITIALS = frozenset(["CTV", "PV", "BTV", "TH", "TTV", "TTS", "NCS", "SV", "HV", "ĐT"])


def _is_agency(unit: str) -> bool:
    unit = unit.strip()
    return bool(_AGENCY_UNIT_RE.match(unit)) and unit not in _ROLE_INITIALS and not is_place(unit)


def _looks_like_source(text: str) -> bool:
    """An outlet name: a domain, an acronym, or at most 6 capitalised words."""
    text = text.strip()
    if not text or len(text) > 60 or any(ch in text for ch in ".!?") and not _DOMAIN_RE.match(text):
        return False
    if _PLACEHOLDER_RE.match(text) or has_author_prefix(text):
        return False  # "Tác giả: Lê An": a writer's credit label never names an outlet
    if _DOMAIN_RE.match(text):
        return True
    words = tokens(text)
    # "Cổng Thông tin điện tử Bộ Công Thương": a press organ's full name may be longer
    most = MAX_PRESS_NAME_WORDS if _OUTLET_WORDS_RE.match(text) else MAX_SOURCE_WORDS
    if not words or len(words) > most or words[0].lower() in _PLURAL_WORDS:
        return False  # "Các Website khác": a label of where items come from, not an outlet
    return words[0][0].isupper() and not find_dates(text)


_PLURAL_WORDS = frozenset(["các", "những", "mọi", "nhiều"])
MAX_SOURCE_WORDS = 6
MAX_PRESS_NAME_WORDS = 10


# "... Tin do Truyền hình Thông tấn – VNews thực hiện.": the outlet that made the item, credited
# in the last sentence of the text
_MADE_BY_RE = re.compile(
    r"(?:^|[.!?…]\s+)(?:Tin|Bài|Tin bài|Video|Clip|Phóng sự)\s+do\s+(?P<source>[^.!?]{2,60}?)\s+"
    r"(?:thực hiện|sản xuất)\s*\.?$"
)


def made_by_credit(text: str) -> str | None:
    """The outlet a closing ``Tin do X thực hiện.`` names when X is a press organ or an
    agency's initials (a writer's name is no source)."""
    match = _MADE_BY_RE.search(text.strip())
    if match is None:
        return None
    source = match.group("source").strip()
    if _AGENCY_INITIALS_RE.match(source):
        return source
    press = press_name(source)
    if press is None or not source.startswith(press):
        return None
    # "Truyền hình Thông tấn – VNews": the press name and its brand, capitalised words only
    rest = source[len(press) :].split()
    return source if all(word in "-–" or word[0].isupper() for word in rest) else None


def lead_marker(text: str) -> tuple[str, str] | None:
    """``(source, text without the marker)`` when ``text`` opens with a publisher marker."""
    match = _PAREN_MARKER_RE.match(text)
    if match:
        source = match.group("source").strip()
        place = (match.group("place") or "").strip()
        if _looks_like_source(source) and (not place or syllable_count(place) <= 4):
            return source, text[match.end() :].strip()
    match = _PAREN_INITIALS_RE.match(text)
    if match and starts_upper(text[match.end() :]) and is_prose(text[match.end() :]):
        return match.group("source"), text[match.end() :].strip()  # "(NCTG) Hai ngày sau ..."
    match = _BARE_MARKER_RE.match(text)
    if match:
        source = match.group("source")
        base = source.split(".")[0]
        if (base.isupper() and len(base) >= 2) or _DOMAIN_RE.match(source):
            return source, text[match.end() :].strip()
    return _word_opener(text)


def _word_opener(text: str) -> tuple[str, str] | None:
    """``Kinhtedothi - ...``, ``Biên phòng - ...``: an outlet in words, told from a place.

    By shape ``Singapore - ...`` is the same, so the opener must name no known
    place and must read as an outlet: a press word (``Báo``, ``Tạp chí`` ...),
    one capitalised brand word in plain letters (``Kinhtedothi``), or two or
    three words in sentence case (``Biên phòng``): Vietnamese place names
    capitalise every syllable. The rest must be a sentence, not a label
    (``Quốc phòng - An ninh``).
    """
    parts = word_opener_parts(text)
    if parts is None:
        return None
    source, rest = parts
    chained = _WORD_OPENER_RE.match(rest)
    if chained and not is_place(chained.group("source")):
        return None  # "Kinh tế - Xã hội - ...": a chain of section labels ("Việt Nam - Lào" is not)
    words = source.split()
    brand = len(words) == 1 and source.isascii() and len(source) >= MIN_BRAND_LETTERS
    # "Kinhtedothi", or a brand in camel case: "GiadinhNet", "VietNamNet"
    brand = brand and (source[0].isupper() and source[1:].islower() or bool(_CAMEL_BRAND_RE.match(source)))
    sentence_case = 2 <= len(words) <= MAX_SENTENCE_CASE_OUTLET_WORDS and words[0][0].isupper()
    sentence_case = sentence_case and all(word.islower() for word in words[1:])
    if brand or sentence_case or _OUTLET_WORDS_RE.match(source) or _INITIALS_BRAND_RE.match(source):
        return source, rest
    return None


def word_opener_parts(text: str) -> tuple[str, str] | None:
    """``(opener, rest)`` of a lead opened by capitalised words and a dash (``Tre Việt - Ngày
    16/2, ...``), the rest a sentence; a known place opens no outlet. The caller decides
    whether the words name the outlet."""
    match = _WORD_OPENER_RE.match(text)
    if match is None:
        return None
    source, rest = match.group("source"), match.group("rest")
    if is_place(source) or not starts_upper(rest) or not is_prose(rest):
        return None
    return source, rest.strip()


_CAMEL_BRAND_RE = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")
# "HQ Online", "PLO News": an outlet's initials and an English brand word.
_INITIALS_BRAND_RE = re.compile(r"^[A-Z]{2,6}(?:\s+(?:Online|News|Plus|Media|TV|Radio|Net|Digital)){1,2}$")
# An outlet marker alone on its line, its text on the next: "HQ Online -", "(Canhsatbien.vn) -".
_MARKER_ALONE_RE = re.compile(
    rf"^(?:\(\s*(?P<paren>[^()]{{2,40}}?)\s*\)|(?P<bare>[^()\-–—]{{2,40}}?))\s*{_DASH}$"
)


def marker_alone(text: str) -> str | None:
    """The outlet of a lead marker printed alone on its line (``HQ Online -``,
    ``(Canhsatbien.vn) -``), the lead following on the next line; else None."""
    match = _MARKER_ALONE_RE.match(text.strip())
    if match is None:
        return None
    if match.group("paren"):
        source = match.group("paren").strip()
        return source if _looks_like_source(source) and not is_place(source) else None
    found = lead_marker(f"{match.group('bare').strip()} - Nội dung bài viết được giữ nguyên ở đây.")
    return found[0] if found is not None else None


def press_name(text: str) -> str | None:
    """A publisher named in a site label or footer (``... Tạp chí Thông tin & Truyền thông``)."""
    match = _PRESS_RE.search(text)
    if not match:
        return None
    name = match.group("name").strip(" .,-–")
    return name if syllable_count(name) <= 10 else None


# "Hà Nội Mới2 giờ trước": an aggregator prints the origin paper glued to the item's age.
_GLUED_AGE_RE = re.compile(
    r"^(?P<source>\D{2,60}?[^\W\d_])\d{1,3}\s*(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước$"
)


def header_outlet(texts: Iterable[str]) -> str | None:
    """The outlet a header line names: glued to the item's age (``Biên phòng5 giờ trước``),
    opening a sapo copied with its HTML (``<p>(NLĐO) - Chiều 10-3, ...``), or labelling a
    reposted item's card (:func:`_card_outlet`)."""
    texts = [text.strip() for text in texts]
    for text in texts:
        outlet = _glued_age_outlet(text) or _html_sapo_marker(text)
        if outlet:
            return outlet
    return _card_outlet(texts)


MAX_CARD_OUTLET_WORDS = 5


def _card_outlet(texts: Sequence[str]) -> str | None:
    """``Lao động Thủ đô`` / <headline> / ``một giờ trước``: a repost on a user page or feed
    prints the origin's name over the headline and the item's age under it. The name must
    read as an outlet's (a press word, a domain, initials, or a proper name: a capital after
    the first word), not a section label (``Thời sự``) or a place."""
    for index in range(len(texts) - 1):
        label, headline = texts[index : index + 2]
        age = texts[index + 2] if index + 2 < len(texts) else ""
        trailing_age = split_trailing_post_age(headline)  # the age read into the headline's line
        if trailing_age is not None:
            headline, age = trailing_age
        if not is_post_age(age) or not is_headline_like(headline) or is_prose(label):
            continue
        words = label.split()
        proper = len(words) >= 2 and any(word[:1].isupper() for word in words[1:])
        if (
            len(words) <= MAX_CARD_OUTLET_WORDS
            and _looks_like_source(label)
            and (proper or _is_outlet_name(label))
            and not is_place(label)
            and (not parse_names(label) or _has_initials_word(words))  # "BBC News Tiếng Việt", no writer
        ):
            return label
    return None


def _has_initials_word(words: Sequence[str]) -> bool:
    """Initials among capitalised words (``BBC News``): a brand's shape, never a person's name."""
    capitals = [word for word in words if len(word) >= 2 and word.isupper()]
    return 0 < len(capitals) < len(words)


def _glued_age_outlet(text: str) -> str | None:
    match = _GLUED_AGE_RE.match(text)
    if match and _looks_like_source(match.group("source")) and not is_place(match.group("source")):
        return match.group("source").strip()
    return None


_HTML_TAG_RE = re.compile(r"</?[A-Za-z][^<>]{0,60}>|&nbsp;")


def _html_sapo_marker(text: str) -> str | None:
    if not text.startswith("<"):
        return None
    marker = lead_marker(_HTML_TAG_RE.sub(" ", text).strip())
    return marker[0] if marker is not None and is_prose(marker[1]) else None


# A research paper's first page as a document site extracts it: the title, then the authors,
# each name closed by its footnote digit ("Đỗ Minh Quân1 Lê Thị Hạnh2"), then "Tóm tắt"
_ABSTRACT_RE = re.compile(r"(?<!\w)(?:Tóm tắt|TÓM TẮT|Abstract|ABSTRACT)(?!\w)")
_FOOTNOTE_MARK_RE = re.compile(r"^(?P<word>[^\W\d_]+)(?:\d{1,2}|\*{1,3})(?:,\d{1,2})*,?$")
MAX_PAPER_AUTHORS = 8
MAX_NAME_WORDS = 5


# "GVHD: ThS. X SVTH: Lê A, Trần B Tóm tắt: ...": a student paper's front page credits its
# supervisor ("giảng viên hướng dẫn", no writer) and its writers ("sinh viên thực hiện")
_STUDENT_WRITERS_RE = re.compile(
    r"(?:^|\s)(?:SVTH|Sinh viên thực hiện|Nhóm sinh viên thực hiện)\s*:\s*(?P<names>[^:]{3,120}?)\s*"
    r"(?=(?:Tóm tắt|TÓM TẮT|Abstract|GVHD|Giảng viên hướng dẫn|Lớp|MSSV|Mã số sinh viên)\s*:|$)"
)


def student_writers(text: str) -> list[str]:
    """The writers a student paper's front page credits after ``SVTH:``; [] when none."""
    match = _STUDENT_WRITERS_RE.search(text)
    names = parse_names(match.group("names")) if match is not None else None
    return names or []


def paper_authors(text: str) -> list[str]:
    """The authors a paper prints between its title and ``Tóm tắt``, each name closed by a
    footnote digit, or after its student writers' label (``SVTH: X, Y``); [] when the line
    holds no such run."""
    students = student_writers(text)
    if students:
        return students
    match = _ABSTRACT_RE.search(text)
    if match is None:
        return []
    words = text[: match.start()].split()[-MAX_PAPER_AUTHORS * MAX_NAME_WORDS :]
    names: list[list[str]] = []
    current: list[str] | None = None
    for word in reversed(words):
        marked = _FOOTNOTE_MARK_RE.match(word)
        core = marked.group("word") if marked else word
        if not (core[:1].isupper() and (len(core) == 1 or core[1:].islower())):
            break  # an upper-case title word or a lower-case word: the run of names ends
        if marked:
            if current is not None:
                names.append(current)
            current = [core]
        elif current is not None and len(current) < MAX_NAME_WORDS:
            current.insert(0, core)
        else:
            break
    if current is not None:
        names.append(current)
    found = [" ".join(name) for name in reversed(names) if len(name) >= 2]
    return found if len(found) == len(names) else []


def writers_over_logins(names: Sequence[str]) -> list[str]:
    """The writers without the poster's login (``vulep``, ``admin_2``: one word of plain
    lower-case letters, the shape no printed name has) when the page names a writer; a login
    alone stays, the only credit the page gives (``Post by: webams``)."""
    logins = [name for name in names if _ACCOUNT_RE.match(name)]
    return list(names) if len(logins) == len(names) else [name for name in names if name not in logins]


def credit_source(text: str) -> str | None:
    """The origin a credit line alone on its line names (``Theo TTXVN``, ``Nguồn: Báo X``), with
    no writer: such a line is a credit wherever the copy left it (above the text on a forum, above
    a widget the page kept), never a sentence of the text."""
    if not is_credit_line(text):
        return None
    parts = _credit_parts(text.strip())
    if parts is None or parts[0] or parts[1] is None or is_place(parts[1]):
        return None  # "Theo Hà Nội": a place is no outlet
    return parts[1]


def first_credit(texts: Sequence[str]) -> tuple[int, str] | None:
    """``(index, source)`` of the first line of ``texts`` that is a credit (:func:`credit_source`)."""
    for index, text in enumerate(texts):
        source = credit_source(text)
        if source is not None:
            return index, source
    return None


# "Theo Vietnam+, hơn 60 doanh nghiệp ...": the lead names the outlet it reports after. Only an
# outlet's shape counts ("Theo Bộ Y tế, ...", "Theo kế hoạch, ..." cite a body or a document):
# a press word ("Báo X", "Tạp chí X"), a domain, a brand with "+" or in camel case, or a national
# paper whose name is plain words.
_LEAD_ATTRIBUTION_RE = re.compile(r"^Theo\s+(?P<outlet>[^,;:()]{2,40}?)\s*,\s+\S")
_PRESS_WORD_RE = re.compile(r"^(?:Báo|Tạp chí)\s+[A-ZĐ0-9]")
_PLUS_BRAND_RE = re.compile(r"^[A-Z][A-Za-z]{2,15}\+$")


def lead_attribution(text: str) -> str | None:
    """The outlet a lead opens with ``Theo <outlet>, ...``; None for any other opener."""
    match = _LEAD_ATTRIBUTION_RE.match(text.strip())
    if match is None:
        return None
    outlet = match.group("outlet").strip()
    shaped = (
        _PRESS_WORD_RE.match(outlet)
        or _DOMAIN_RE.match(outlet)
        and _WEB_DOMAIN_RE.search(outlet)
        or _PLUS_BRAND_RE.match(outlet)
        or _CAMEL_BRAND_RE.match(outlet)
        or " ".join(outlet.lower().split()) in _WORD_OUTLETS
    )
    return outlet if shaped and not is_place(outlet) else None


MIN_SAPO_BYLINE_NAMES = 2


def sapo_byline(text: str) -> list[str] | None:
    """The writers a paper prints under its sapo: a degree and one name (``TS. Lê Thu Trang``),
    one name marked for a footnote (``Lê Văn Sáng(*)``), names after an author word, or two or
    more full names (``Nguyễn Thu Trang - Lê Minh Đức``: each of three or more syllables opening
    with a family name, the shape of a co-authored paper's byline and of no sentence or heading)."""
    single = degree_byline(text)
    if single is not None:
        return [single]
    names = parse_names(text)
    if names is not None and has_author_prefix(text.strip()):
        return names  # "Sinh viên thực hiện: Lê Thu Trang": an author word introduces them
    if names is None or len(names) < MIN_SAPO_BYLINE_NAMES or not all(map(_is_full_name, names)):
        return None
    return names


def is_full_name(name: str) -> bool:
    """``Phạm Gia Bảo``: three or more syllables opening with a family name (a pen name has two)."""
    return _is_full_name(name)


def _is_full_name(name: str) -> bool:
    words = name.split()
    return len(words) >= MIN_FULL_NAME_SYLLABLES and words[0].lower() in _FAMILY_NAMES


# A legal document's signing block under its text: "Nơi nhận:" with its list, "TM. ỦY BAN NHÂN
# DÂN", "KT. CHỦ TỊCH", the signer's office ("PHÓ CHỦ TỊCH") and name. The signer issues the
# document; no one writes it, so the name is no author.
_SIGNING_ROW_RE = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s*[A-ZĐÀ-Ỹ]")


def is_signing_row(text: str) -> bool:
    """``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``: a row of a signing block; or
    an office signing an item in a writer's place (``Tin, ảnh: Sở VHTTDL X``): no writer."""
    text = text.strip()
    return bool(_SIGNING_ROW_RE.match(text) or _ROLE_RE.match(text) or _SIGNED_MARK_RE.match(text)) or (
        _office_credit(text)
    )


MAX_OFFICE_CREDIT_SYLLABLES = 14


def _office_credit(text: str) -> bool:
    """``Tin, ảnh: Sở VHTTDL Hà Giang``, ``Bài: Trung tâm Văn hóa tỉnh``: an author word, then
    only offices (the unit that sent the item; it is no writer and no press organ)."""
    match = _AUTHOR_PREFIX_RE.match(text)
    if match is None or syllable_count(text) > MAX_OFFICE_CREDIT_SYLLABLES:
        return False
    parts = [part for part in _NAME_SPLIT_RE.split(text[match.end() :].strip(" .")) if part]
    return bool(parts) and all(is_office_name(part) for part in parts)


MAX_STRANDED_CREDIT_LINES = 8


class StrandedCredit(NamedTuple):
    """A writer's credit the closing-signature scan did not reach (lines the copy kept under it)."""

    indices: list[int]  # the credit's lines among the texts searched
    authors: list[str]
    source: str | None


def stranded_credit(texts: Sequence[str]) -> StrandedCredit | None:
    """The writer credited among the last lines of ``texts`` (the body, in order) when lines the
    page kept after it (a blogger's comment, reader comments, a publisher's footer) hid it from
    the closing signature: a credit introduced by an author word (``Nội dung: X`` over an
    e-magazine's other credits, ``Người dịch: X`` on a translated post), or a bare name right
    above the origin's credit (``Minh Châu`` / ``Nguồn: Báo X``) under a paragraph."""
    start = max(0, len(texts) - MAX_STRANDED_CREDIT_LINES)
    for index in range(len(texts) - 1, start - 1, -1):
        text = texts[index].strip()
        if syllable_count(text) > MAX_INTRODUCED_SYLLABLES or find_dates(text):
            continue
        names = parse_names(text)
        if names and has_author_prefix(text):
            return StrandedCredit([index], names, None)
        source = credit_source(text)
        if source is None or index < 2 or not is_prose(texts[index - 2]):
            continue
        signed = signature_parts(texts[index - 1], bare_names=True)
        if signed is not None and signed[0] and signed[1] is None:
            return StrandedCredit([index - 1, index], signed[0], source)
    return None


# "Theo phóng viên TTXVN tại Jakarta, ...", "Theo phóng viên thường trú Thông tấn xã Việt Nam (TTXVN)
# tại Viêng Chăn, ...": the news agency's own formula opening a wire item, which names the agency
_WIRE_REPORTER_RE = re.compile(
    r"^Theo\s+(?:phóng viên|PV)(?:\s+thường trú)?\s+(?P<agency>[^,;:]{2,60}?)\s+(?:tại|ở)\s+[A-ZĐÀ-Ỹ][^,;:]{0,40},"
)
_ABBREVIATED_RE = re.compile(r"\(\s*(?P<initials>[A-ZĐ][A-ZĐ0-9+&]{1,9})\s*\)$")


def wire_attribution(text: str) -> str | None:
    """The agency a paragraph opening with its reporter's formula names (``Theo phóng viên TTXVN
    tại Jakarta, ...`` → TTXVN; a name followed by its initials gives the initials)."""
    match = _WIRE_REPORTER_RE.match(text.strip())
    if match is None:
        return None
    agency = match.group("agency").strip()
    initials = _ABBREVIATED_RE.search(agency)
    if initials is not None:
        return initials.group("initials")
    if _AGENCY_INITIALS_RE.match(agency) or _OUTLET_WORDS_RE.match(agency) or _is_outlet_name(agency):
        return agency
    return None


# "Tạp chí Khoa học Xã hội Miền Tây ______________ 57": the running head a journal prints over each
# page, its name and the page number set off by a rule, as a document site extracts the PDF
_RUNNING_HEAD_RE = re.compile(r"^(?P<journal>[^_.…]{4,80}?)\s*[_.…]{5,}\s*\d{1,4}$")
MAX_FRONT_MATTER_LINES = 4


class FrontMatter(NamedTuple):
    """A paper's first page under the page's sapo: running head, title again, writer, institution."""

    authors: list[str]
    meta: list[int]  # the indices of the writer's line, its institution and the running head
    source: str | None  # the journal the running head names


def front_matter(texts: Sequence[str], headline: str = "") -> FrontMatter | None:
    """The writer a paper prints under the sapo (:func:`sapo_byline`), maybe under the journal's
    running head (the source) and the title printed again in capitals; the institution under
    the writer's line is metadata too. None when no writer's line comes before the text."""
    meta: list[int] = []
    source = None
    title_words = set(tokens(headline.lower()))
    for index, text in enumerate(texts[:MAX_FRONT_MATTER_LINES]):
        head = _RUNNING_HEAD_RE.match(text.strip())
        if head is not None and _OUTLET_WORDS_RE.match(head.group("journal")) and source is None:
            source = head.group("journal").strip()
            meta.append(index)
            continue
        if _is_title_copy(text, title_words):
            continue  # the paper's title in capitals, under the page's own headline
        names = sapo_byline(text) or _bare_byline(texts, index)
        if names is None:
            return None
        meta.append(index)
        if index + 1 < len(texts) and is_institution(texts[index + 1]):
            meta.append(index + 1)
        return FrontMatter(names, meta, source)
    return None


def _bare_byline(texts: Sequence[str], index: int) -> list[str] | None:
    """``Quang Vinh`` alone between the sapo (or the top photo's caption) and the text: the
    byline a site prints there; only one name, with a paragraph right under it."""
    names = parse_names(texts[index])
    following = texts[index + 1] if index + 1 < len(texts) else ""
    if names is None or len(names) != 1 or not is_prose(following):
        return None
    return names


def _is_title_copy(text: str, title_words: set[str]) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    words = tokens(text.lower())
    return bool(letters) and all(ch.isupper() for ch in letters) and bool(words) and set(words) <= title_words


# A thesis's cover page, as a document site extracts it: the school ("TRƯỜNG ĐẠI HỌC X", its
# faculty), the writer's name, the title, the kind of work ("KHÓA LUẬN TỐT NGHIỆP", "LUẬN VĂN THẠC
# SĨ"), the field, the supervisor (labelled) and "HÀ NỘI - 2025". Every Vietnamese school prints it
# so; on it the writer stands alone or after a label ("Sinh viên thực hiện: X").
_COVER_KIND_RE = re.compile(
    r"^(?:khóa luận|khoá luận|luận văn|luận án|đồ án|tiểu luận|báo cáo|chuyên đề)\s+"
    r"(?:tốt nghiệp|thạc sĩ|tiến sĩ|cử nhân|thực tập)(?:\s+[^\W\d_]+){0,3}$",
    re.IGNORECASE,
)
_COVER_SCHOOL_RE = re.compile(r"^(?:trường|học viện|đại học|viện|bộ giáo dục|khoa)\s", re.IGNORECASE)
_COVER_WRITER_RE = re.compile(
    r"^(?:Sinh viên(?: thực hiện)?|SVTH|Người thực hiện|Học viên(?: thực hiện)?|Họ và tên(?: sinh viên)?|"
    r"Họ tên|Nghiên cứu sinh|Tác giả(?: luận văn| luận án| khóa luận)?)\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)
# "Giảng viên hướng dẫn: TS. X", "Người hướng dẫn khoa học:": the supervisor, who is no writer
_COVER_SUPERVISOR_RE = re.compile(r"^(?:Giảng viên hướng dẫn|Người hướng dẫn|GVHD|Cán bộ hướng dẫn)\b", re.I)
MAX_COVER_LINES_ABOVE_KIND = 8
MAX_COVER_LINES_BELOW_KIND = 6


def cover_writer(texts: Sequence[str]) -> tuple[int, list[str]] | None:
    """``(index, writers)`` of the writer a thesis's cover page names among ``texts``: the line
    after a writer's label (``Sinh viên thực hiện: X``), or one full name alone on its line
    (``Lê Thị Thanh Tâm``), between the school's line and a few lines under the kind of work.
    None without both the school's line and the kind's (no cover: a name there is anyone's)."""
    kind = next((index for index, text in enumerate(texts) if _COVER_KIND_RE.match(text.strip())), None)
    if kind is None:
        return None
    top = max(0, kind - MAX_COVER_LINES_ABOVE_KIND)
    school = next((index for index in range(top, kind) if _COVER_SCHOOL_RE.match(texts[index].strip())), None)
    if school is None:
        return None
    window = range(school + 1, min(len(texts), kind + 1 + MAX_COVER_LINES_BELOW_KIND))
    for index in window:
        labelled = _COVER_WRITER_RE.match(texts[index].strip())
        names = parse_names(labelled.group("names")) if labelled is not None else None
        if names:
            return index, names
    for index in window:
        text = texts[index].strip()
        names = parse_names(text)
        if not names or len(names) != 1 or not _is_full_name(names[0]) or has_author_prefix(text):
            continue
        if index > 0 and _COVER_SUPERVISOR_RE.match(texts[index - 1].strip()):
            continue  # the supervisor's name under its label
        return index, names
    return None
