"""What the definition rules share: the shapes of an abbreviation as written, of a gloss,
a list, a name part or a number's wording, and the found definition itself."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.vietnamese import tone_key
from .heads import _head_noun_at, _phrase_keys
from .initials import FUNCTION_WORDS
from .tokens import ALNUM, JOINED, UPPER, is_all_caps, is_roman_numeral, letters_of
from .words import _has_lowercase_word, _Word

_ABBR = rf"{UPPER}{ALNUM}*{JOINED}\+*"
_ABBR_RE = re.compile(_ABBR)
# One abbreviation as written: a token, then a number (ADMM 17, CMCN 4.0)
# or a second token or capitalised English word (ADMM+ EWG, UN Women).
# Up to five digits: a hull or unit number (CSB 8001, BCĐ 389) as the recognizer reads it.
_NUMBER = r"\d{1,5}(?:\.\d+)*"
# A year written after an exercise's or event's abbreviation is part of its name (VINBAX 2026).
_YEAR = r"(?:19|20)\d\d"
_FORM_RE = re.compile(rf"{_ABBR}(?:[^\S\n]+(?:{_NUMBER}|{_YEAR}|{_ABBR}|[A-Z][a-z]+))?")
_SECOND_WORD_RE = re.compile(rf"{_NUMBER}|{_YEAR}|[A-Z][a-z]+")
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)*")
_GROUP_WORD_RE = re.compile(r"[A-Z]\d{1,2}")  # G7, G20: one letter and a number
_CAMEL_RE = re.compile(r"[A-Z][a-z]{1,4}[A-Z][A-Za-z]*")  # EuroCham, MoU: capitals inside
_NUMBER_SUFFIX_RE = re.compile(r"(?:[-.\s]?\d+(?:\.\d+)*)$")
# What may follow "long form - ABBR" when the long form is not checked by initials.
_ITEM_END_RE = re.compile(r"[^\S\n]*(?:[,;)]|\.(?!\w)|$)", re.MULTILINE)
# Words that spell a number at the end of a long form ("lần thứ tư", "khóa XV").
_NUMBER_WORDS = frozenset(
    [
        "một",
        "nhất",
        "hai",
        "nhì",
        "ba",
        "bốn",
        "tư",
        "năm",
        "lăm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "mười",
        "mươi",
        "trăm",
    ]
)
_ORDINAL_WORDS = frozenset(["lần", "thứ", "khóa", "khoá", "số", "đợt", "kỳ", "cấp", "phiên"])
MAX_GLOSS_WORDS = 10  # a lower-case gloss in parentheses ("SAR (tìm kiếm cứu nạn)")
MIN_ACRONYM_LETTERS = 3  # an English acronym whose lower-case long form is anchored on its first letter
# Tense, modal and linking words: they make a clause, never a name or a gloss
# ("ASEAN - Liên minh châu Âu ngày càng phát triển" defines nothing).
_PREDICATE_WORDS = frozenset(
    [
        "đã",
        "đang",
        "sẽ",
        "được",
        "bị",
        "cần",
        "phải",
        "nên",
        "vừa",
        "mới",
        "cũng",
        "đều",
        "vẫn",
        "còn",
        "không",
        "chưa",
        "rất",
        "là",
        "nhằm",
        "để",
        "khi",
        "nếu",
        "thì",
        "mà",
        "nhưng",
    ]
)
# Nouns whose second syllable is a clause word on its own: "trang bị" (equipment),
# "thiết bị" (device), "dự bị" (reserve): in them "bị" marks no passive.
_COMPOUND_NOUNS = _phrase_keys(("thiết bị", "binh bị"))
# Those that are verbs as well ("Nhật Bản trang bị máy bay"): nouns only opening the words
# or after a plural marker ("các trang bị").
_NOUN_OR_VERB = _phrase_keys(("trang bị", "dự bị", "phòng bị"))
_PLURAL_MARKERS = frozenset(["các", "những", "mọi"])


@dataclass(frozen=True)
class Definition:
    """One definition found in text; ``pattern`` names the rule that found it."""

    abbr: str  # as written: "ĐNQP", "ADMM-17", "CMCN 4.0", "UN Women"
    long_form: str
    # "long-paren", "abbr-paren", "abbr-gloss", "dash", "dash-after", "dash-gloss",
    # "compound", "head-noun", "lower-paren", "dash-list", "dash-line", "foreign-paren",
    # "dash-lower", "list-paren", "unit-paren", "unit-name", "name-list", "name-comma",
    # "dash-named", "dash-object", "list-initials", "code-name", "slash-items", "english-pair",
    # "translated-name"
    pattern: str
    start: int  # offset of the long form in the text
    base: str = ""  # the glossary entry it defines: "ADMM" for "ADMM-17" (set by find_definitions)
    base_long_form: str = ""  # the long form without the number's wording
    # The English long form when the text gives both ("WPS (Women, Peace and Security –
    # Phụ nữ, Hòa bình và An ninh)"); ``long_form`` is then the Vietnamese one.
    english: str = ""


def base_form(form: str) -> str:
    """The glossary entry a written form belongs to: ``ADMM-17``→``ADMM``, ``CMCN 4.0``→``CMCN``.

    Two-token names (``UN Women``) and group names (``G20``) are their own base.
    """
    stripped = _NUMBER_SUFFIX_RE.sub("", form)
    if stripped != form and len(letters_of(stripped)) >= 2 and " " not in stripped:
        return stripped
    return form


def _is_abbreviation(token: str) -> bool:
    return is_all_caps(token) and not is_roman_numeral(token)


def _is_form(form: str) -> bool:
    """An abbreviation as written: ``ĐNQP``, ``ADMM-17``, ``CMCN 4.0``, ``UN Women``, ``G20``, ``Bộ CHQS``."""
    parts = form.split()
    if len(parts) == 2 and not (_is_abbreviation(parts[1]) or _SECOND_WORD_RE.fullmatch(parts[1])):
        # "tỉnh Salavan (CHDCND Lào)": an abbreviation and a place name, not a two-word form
        return False
    if _is_abbreviation(parts[0]) or _GROUP_WORD_RE.fullmatch(parts[0]) or _CAMEL_RE.fullmatch(form):
        return True
    return len(parts) == 2 and _is_abbreviation(parts[1])


# Longest part of a name after a comma inside it ("Chính sách Công Thương").
MAX_NAME_PART_WORDS = 6


def _is_name_part(words: list[_Word], head: _Word | None = None) -> bool:
    """Capitalised words of a name, each lower-case one right after a capitalised one."""
    if not words or len(words) > MAX_NAME_PART_WORDS or not (head or words[0].text[0].isupper()):
        return False
    keys = [tone_key(w.text) for w in words]
    texts = [w.text for w in words]
    previous = head
    for index, word in enumerate(words):
        if (
            not word.text.isalpha()
            or word.text.lower() in FUNCTION_WORDS
            or word.text.lower() in _PREDICATE_WORDS
        ):
            return False
        if word.text[0].islower() and not (previous and previous.text[0].isupper()):
            return False
        if head is None and index and word.text[0].isupper() and _head_noun_at(keys, index, texts):
            return False  # a second name starts
        previous = word
    if head is None and any(tuple(keys[:size]) in _PERSON_TITLES for size in (1, 2, 3)):
        return False  # "Tại Hội nghị, Tổng thống Mỹ Joe Biden (POTUS), …": a person, a new subject
    if head is None and not _has_lowercase_word(words):
        # The part after a comma inside a name is a field ("Tài chính Quốc tế"), not a
        # proper name alone: "Tại Hội nghị Cấp cao, Đông Nam Á (ASEAN), …" names a region.
        return False
    return head is not None or not _head_noun_at(keys, 0, texts)


# Titles and forms of address that open a person's mention, never a part of a body's name.
_PERSON_TITLES = _phrase_keys(
    (
        "ông",
        "bà",
        "ngài",
        "tổng thống",
        "phó tổng thống",
        "thủ tướng",
        "phó thủ tướng",
        "bộ trưởng",
        "thứ trưởng",
        "chủ tịch",
        "phó chủ tịch",
        "giám đốc",
        "tổng giám đốc",
        "phó giám đốc",
        "đại sứ",
        "tư lệnh",
        "tổng thư ký",
        "tổng bí thư",
        "bí thư",
        "người phát ngôn",
        "đại tướng",
        "thượng tướng",
        "trung tướng",
        "thiếu tướng",
        "đại tá",
        "thượng tá",
        "trung tá",
        "thiếu tá",
        "giáo sư",
        "tiến sĩ",
        "thạc sĩ",
    )
)


def _is_gloss(form: str, words: list[_Word]) -> bool:
    """Words that can translate ``form``: at least a syllable per letter (about), no clause words.

    A Vietnamese translation of an English acronym takes one or more
    syllables per word, so ``ADMM+ (mở rộng)`` or ``ASEAN (năm nay)`` are not glosses.
    """
    letters = len(letters_of(base_form(form).split()[0]))
    return len(words) >= max(2, letters - 1) and not _has_clause_word(words)


def _has_clause_word(words: list[_Word]) -> bool:
    """A tense, modal or linking word among ``words``, not the second syllable of a
    noun (``trang bị``: equipment, no passive) nor an adjective (``nhỏ và vừa``)."""
    return any(
        w.text.lower() in _PREDICATE_WORDS
        and not _ends_compound_noun(words, i)
        and not _is_adjective_use(words, i)
        for i, w in enumerate(words)
    )


# "mới" (new) and "vừa" (medium) are adjectives in set phrases of names and glosses, not the
# tense words "just" / "recently": "đổi mới", "nông thôn mới" (last word, after a noun),
# "mới nổi" (emerging), "mới công nghiệp hóa" (newly industrialised), "nhỏ và vừa", "vừa và nhỏ".
_MOI_BEFORE = frozenset(["đổi", "làm"])
_MOI_AFTER = frozenset(["nổi", "công"])


def _is_adjective_use(words: list[_Word], index: int) -> bool:
    word = words[index].text.lower()
    before = words[index - 1].text.lower() if index else ""
    after = words[index + 1].text.lower() if index + 1 < len(words) else ""
    if word == "mới":
        return before in _MOI_BEFORE or after in _MOI_AFTER or (bool(before) and not after)
    if word == "vừa":
        pair_before = index >= 2 and before == "và" and words[index - 2].text.lower() == "nhỏ"
        pair_after = after == "và" and index + 2 < len(words) and words[index + 2].text.lower() == "nhỏ"
        return pair_before or pair_after
    return False


def _ends_compound_noun(words: list[_Word], index: int) -> bool:
    if not index:
        return False
    pair = (tone_key(words[index - 1].text), tone_key(words[index].text))
    if pair in _COMPOUND_NOUNS:
        return True
    return pair in _NOUN_OR_VERB and (index == 1 or words[index - 2].text.lower() in _PLURAL_MARKERS)


def _number_tail_start(words: list[_Word]) -> int:
    """Index where the words that spell a number start (``lần thứ 17``, ``4 0``), or len(words)."""
    end = len(words)
    while True:  # "cấp 2 số 8": several groups
        stop = end
        while stop > 0 and _is_number_word(words[stop - 1].text):
            stop -= 1
        if stop == end:
            return end
        while stop > 0 and words[stop - 1].text.lower() in _ORDINAL_WORDS:
            stop -= 1
        end = stop


def _is_number_word(word: str) -> bool:
    return bool(_DIGITS_RE.fullmatch(word)) or word.lower() in _NUMBER_WORDS or is_roman_numeral(word)


def _has_function_edge(words: list[_Word]) -> bool:
    """A preposition first or last (``đối`` only as ``đối với``: ``đối tác`` is a noun)."""
    first = words[0].text
    opens = first in FUNCTION_WORDS and (first != "đối" or (len(words) > 1 and words[1].text == "với"))
    return opens or words[-1].text in FUNCTION_WORDS
