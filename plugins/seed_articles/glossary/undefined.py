"""Abbreviations an article uses that nobody defines: listed in the glossary all the same.

An acronym an article writes once without its long form (``vàng miếng SJC``, ``cam kết
trong AANZFTA``) is still an abbreviation the article uses: the glossary lists it with
no long form (``source="undefined"``) and the articles using it, so readers and curators
see it.  Only shapes that are abbreviations with little doubt: all capitals, three letters
or more (two capitals are too often a person's initials, "(HN)", unless written between the
words of a sentence: :func:`is_pair_in_prose`), no group name of a
letter and a number (``A1``: a licence class, a paper size); mixed case only with a capital
first and two or more (``SNgV``, when the recognizer reports one).  What the recognizer never
reports (units, Roman numerals, shouted words, credits, outlet markers) stays out too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import GlossaryEntry
from .tokens import is_all_caps, letters_of

MIN_UNDEFINED_LETTERS = 3


MIN_MIXED_CASE_CAPITALS = 2
# "B2B", "B2C", "G2G", "P2P", "B2B2C": parties joined by "2" (English "to"), a business or
# service model.  Two letters only, but the "2" between single capitals says what it is: a
# party's initial (Business, Consumer, Government, Peer, Machine, Online/Offline, Employee,
# Direct/Device, Agent).  Other letters stay out: H2O, H2S, N2O are formulas; A5X, T9S
# model codes (no "2"); "4G", "5G" open with a digit and are no token at all.
_PARTY = "[ABCDEGMOP]"
_TO_FORM_RE = re.compile(rf"{_PARTY}(?:2{_PARTY}){{1,2}}")


def is_listed_undefined(base: str) -> bool:
    """True if an undefined abbreviation of this base form goes into the glossary.

    Mixed case only with a capital first and two or more capitals (``SNgV``); two
    letters only in a party-to-party form (``B2B``, ``G2G``).
    """
    if _TO_FORM_RE.fullmatch(base):
        return True
    letters = letters_of(base)
    if len(letters) < MIN_UNDEFINED_LETTERS or " " in base:
        return False
    capitals = sum(ch.isupper() for ch in letters)
    return is_all_caps(base) or (letters[0].isupper() and capitals >= MIN_MIXED_CASE_CAPITALS)


def undefined_entries(bases: Iterable[str]) -> list[GlossaryEntry]:
    """Glossary entries without a long form for the undefined abbreviations listed."""
    return [GlossaryEntry(key=base, vi="", source="undefined") for base in sorted(set(bases))]


# "PV: Thưa ông, …?": a short capital label, a colon, then what that speaker says.
_LABEL_RE = re.compile(r"[^\S\n]*(?:\*\*)?([A-ZĐ]{2,3})(?:\*\*)?[^\S\n]*:(?:\*\*)?[^\S\n]+\S")
MIN_LABELLED_TURNS = 2


def interview_labels(paragraphs: Iterable[str]) -> set[str]:
    """Capital labels that open the turns of an interview (``PV:`` for phóng viên).

    An interview gives each turn its speaker's label; the interviewer's asks questions.  A
    label of two or three capitals that opens :data:`MIN_LABELLED_TURNS` paragraphs or more,
    one of them a question, is an abbreviation the article uses though it has two letters
    only (initials in a credit, "(HN)", never open turns so, nor ask).  Without a question
    ("Lưu: VT", "Ảnh: TTXVN") it is no interview.
    """
    turns: dict[str, int] = {}
    asks: set[str] = set()
    for paragraph in paragraphs:
        match = _LABEL_RE.match(paragraph)
        if match is None:
            continue
        label = match.group(1)
        turns[label] = turns.get(label, 0) + 1
        if "?" in paragraph:
            asks.add(label)
    return {label for label, count in turns.items() if count >= MIN_LABELLED_TURNS and label in asks}


# Two capitals inside a sentence ("bộ phận HR gặp khó", "các ngành chế tạo, IT và logistics",
# "mã nước MX và …"): a lower-case word before, a lower-case word or a sentence mark after.
# Initials stand elsewhere: in parentheses or after a credit ("(HN)", "Ảnh: HV"), capitalised
# with a name ("Khánh Hòa TV"), or at a line's end as a signature.
_PAIR_RE = re.compile(r"[A-Z]{2}")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+),?[^\S\n]$")
_AFTER_RE = re.compile(r"[^\S\n]+([^\W\d_]+)|[.,;:!?](?:\s|$)")
# Words after which two capitals are a person's initials ("anh NT", "bị cáo LV") or a class,
# form or place code ("hạng A1", "mẫu AK", "phòng HC"), not an abbreviation to gloss.
_NOT_BEFORE_PAIR = frozenset(
    ["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "bạn", "thầy", "cậu", "con"]
    + ["bé", "mẹ", "bố", "cha", "vợ", "chồng", "chí", "phạm", "tượng", "cáo", "nhân", "tên", "gọi"]
    + ["mẫu", "hạng", "loại", "số", "lớp", "khu", "tầng", "phòng", "cấp", "dãy", "lô", "tòa", "toà"]
    + ["nhà", "bảng", "mục", "lục", "điểm", "khoản", "hình", "biểu", "trang", "tờ", "ký", "kí", "hiệu"]
)
PAIR_WINDOW = 30


def is_pair_in_prose(text: str, start: int, end: int) -> bool:
    """True if the two capitals at ``text[start:end]`` stand inside a sentence, as a word does.

    Two capitals alone are too often initials to be listed (see :func:`is_listed_undefined`);
    written between lower-case words of a sentence they are a noun the sentence uses, as
    readers see it: an abbreviation even when nobody defines it.
    """
    if not _PAIR_RE.fullmatch(text, start, end):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - PAIR_WINDOW), start)
    if before is None or not before.group(1).islower() or before.group(1) in _NOT_BEFORE_PAIR:
        return False
    if end == len(text):
        return False  # a signature or label closing the text
    after = _AFTER_RE.match(text, end)
    return after is not None and (after.group(1) is None or after.group(1).islower())
