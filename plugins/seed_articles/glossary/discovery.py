"""Find abbreviations that an article defines in its own text.

Patterns (``ABBR`` is an abbreviation-shaped token, see :mod:`.tokens`):

1. ``long form (ABBR)`` — the long form is found by matching ABBR's letters
   to syllable initials, anchored at the word before ``(``, so the start of
   the long form needs no guessing.
2. ``ABBR (long form)`` — the whole parenthesised text must match by initials
   (otherwise ``USAID (Mỹ)`` or ``UNMISS (Nam Sudan)`` would be "defined"),
   or, for an English acronym with a Vietnamese gloss (``UNCLOS (Công ước
   Liên hợp quốc về Luật Biển năm 1982)``), start with a capitalised head
   noun (see below).  ``WPS (Women, Peace and Security – Phụ nữ, Hòa bình và
   An ninh)``: one side of the dash spells ABBR, the other translates it
   (the Vietnamese side is the long form, the English one ``english``).
3. ``long form - ABBR`` and ``ABBR - long form`` (any dash) — by initials, or
   (for an English acronym such as ``Liên hợp quốc - UN``) when the item is a
   capitalised phrase inside a parenthesised list, or a head-noun phrase
   that fills its line with the abbreviation, ends before a second name
   (``KOICA – Cơ quan … Hàn Quốc và Chương trình …``) or ends the sentence
   after a preposition (``theo IMAS – Tiêu chuẩn quốc tế …``), or a short
   lower-case concept (``PPP – đối tác công tư,``).
4. ``A và B (X và Y)`` — several abbreviations in one pair of parentheses
   are matched right to left, each against the words before the previous one
   and the conjunction between them.
5. ``Phụ nữ, Hòa bình và An ninh (WPS)`` (either order) — an English acronym
   of a list, translated item by item: one capitalised item per letter.
6. ``1.000 ppt (phần nghìn tỷ)`` — a lower-case unit after a number, or
   ``62.000 héc-ta (ha)`` — a unit's name after a number and its symbol (:mod:`.units`).
7. ``Campuchia, Lào, Myanmar và Việt Nam (CLMV)`` — a proper name per letter,
   each starting with its letter (checked before the head-noun rule).
8. ``Viện Nghiên cứu Chiến lược, Chính sách Công Thương (VIOIT)`` and
   ``VIOIT – Viện …, Chính sách Công Thương,`` — a comma inside a name: a
   head-noun name, then capitalised name parts after the comma.
9. ``Hải quân Hoàng gia Australia (Royal Australian Navy - RAN)`` — the
   Vietnamese name is the long form, the English one spelled by initials
   ``english``.

:func:`discover_entries` also adds ship-name prefixes known only from their
shape (``tàu hộ vệ KD Lekiu``, :mod:`.ships`).

Numbered and two-token forms are defined too: ``(ADMM-17)``, ``(CMCN 4.0)``,
``(ADMM+ EWG)``, ``(UN Women)``.  A number's wording at the end of the long
form (``lần thứ 17``, ``4.0``) is not matched by initials; the entry goes to
the base abbreviation (``ADMM``, ``CMCN``) without it.  A noun the text
spells out in both forms goes too: ``Ban Quản lý dự án (Ban QLDA)`` defines
``QLDA``.

Initials: each letter of ABBR matches the first letter of one syllable after
folding diacritics (``Ủy`` → U); ``Đ`` matches only ``đ`` while ``D`` matches
``d`` or ``đ`` (Đ is often typed as D); ``W`` also matches ``ư`` (Telex
spelling, ``QUTW`` = Quân ủy Trung ương); ``&`` matches ``và``/``and``; digraph
initials (``Th``, ``Ng``…) may take two letters; function words (các, và,
của, về, of, the …) may be skipped inside the long form but never at its
ends.  The shortest long form that matches wins.

English acronyms with a Vietnamese long form (``Hội nghị Bộ trưởng Quốc phòng
các nước ASEAN (ADMM)``) cannot match by initials.  They are accepted only
when the words before ``(`` — after the last clause delimiter — contain a
capitalised *head noun* that names an organisation, meeting, agreement or
programme (Hội nghị, Tổ chức, Liên minh, Ủy ban, Bộ, Quỹ …); the long form
runs from the first such head noun to ``(`` and has 2 to 15 words.  Without
a head noun (``chiến tranh Việt Nam (MIA)``, ``trí tuệ nhân tạo (AI)``)
the start of the long form would be a guess, with one exception: a run of
lower-case words whose first syllable starts with the acronym's first letter
(``nhu cầu hỗ trợ nhân đạo và cứu trợ thảm họa (HADR)`` → from ``hỗ``), with
one to two syllables per letter; otherwise nothing is discovered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..text.vietnamese import fold, tone_key
from .model import GlossaryEntry
from .ships import ship_prefix_entry, ship_prefixes
from .tokens import ALNUM, UPPER, fix_d_lookalikes, is_all_caps, is_roman_numeral, letters_of
from .units import unit_definitions, unit_names

_ABBR = rf"{UPPER}{ALNUM}*(?:[&.+\-]{ALNUM}+)*\+*"
_ABBR_RE = re.compile(_ABBR)
_WORD_RE = re.compile(r"[^\W_]+")
_PARENS_RE = re.compile(r"\(([^()\n]{1,300})\)")
# Words that introduce the abbreviation inside the parentheses.
_INTRO_RE = re.compile(
    r"^(?:(?:gọi|viết)\s+tắt(?:\s+là)?|tên\s+viết\s+tắt(?:\s+là)?|viết\s+tắt|tiếng\s+Anh)\s*:?\s*",
    re.IGNORECASE,
)
# "(tiếng Anh là Passing Exercise - PASSEX)", "(tiếng Indonesia là X, viết tắt là Bakamla)".
_FOREIGN_RE = re.compile(
    rf"[^\S\n]*tiếng[^\S\n]+{UPPER}\w*(?:[^\S\n]+{UPPER}\w*)?[^\S\n]*(?:là|:)[^\S\n]+"
    rf"(?P<long>[^,;()\n]+?)[^\S\n]*"
    rf"(?:[-–—]|,[^\S\n]*(?:(?:gọi|viết)[^\S\n]+tắt|tên[^\S\n]+viết[^\S\n]+tắt)(?:[^\S\n]+là)?[^\S\n]*:?)"
    rf"[^\S\n]*(?P<abbr>{_ABBR})[^\S\n]*$",
    re.IGNORECASE,
)
# An acronym written as a capitalised word (Bakamla, Interpol).
_WORD_ABBR_RE = re.compile(r"[A-Z][a-z]{3,}")
_ABBR_LIST_RE = re.compile(rf"{_ABBR}(?:\s*(?:,|và|and|/)\s*{_ABBR})*")
_ABBR_SPLIT_RE = re.compile(r"\s*(?:,|\bvà\b|\band\b|/)\s*")
# One abbreviation as written: a token, then a number (ADMM 17, CMCN 4.0)
# or a second token or capitalised English word (ADMM+ EWG, UN Women).
# Up to five digits: a hull or unit number (CSB 8001, BCĐ 389) as the recognizer reads it.
_NUMBER = r"\d{1,5}(?:\.\d+)*"
# A year written after an exercise's or event's abbreviation is part of its name (VINBAX 2026).
_YEAR = r"(?:19|20)\d\d"
_FORM_RE = re.compile(rf"{_ABBR}(?:[^\S\n]+(?:{_NUMBER}|{_YEAR}|{_ABBR}|[A-Z][a-z]+))?")
# The last two words right before "(" in "ABBR (long form)".
_WORDS_BEFORE_RE = re.compile(r"(?<![\w&+.\-])(?:(\S+)[^\S\n]+)?(\S+)[^\S\n]*$")
_SECOND_WORD_RE = re.compile(rf"{_NUMBER}|{_YEAR}|[A-Z][a-z]+")
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)*")
_GROUP_WORD_RE = re.compile(r"[A-Z]\d{1,2}")  # G7, G20: one letter and a number
_CAMEL_RE = re.compile(r"[A-Z][a-z]{1,4}[A-Z][A-Za-z]*")  # EuroCham, MoU: capitals inside
_NUMBER_SUFFIX_RE = re.compile(r"(?:[-.\s]?\d+(?:\.\d+)*)$")
# Starts at the dash itself so the regex engine can skip ahead to dashes.
_DASH_RE = re.compile(rf"[-–—](?<=\s.)[^\S\n]+({_ABBR})(?![\w&+])")
# What may follow "long form - ABBR" when the long form is not checked by initials.
_ITEM_END_RE = re.compile(r"[^\S\n]*(?:[,;)]|\.(?!\w)|$)", re.MULTILINE)
# Where the long form after "ABBR - " ends: a clause delimiter or another spaced dash.
_GLOSS_END_RE = re.compile(r"[,;:()“”\"!?\n]|\.(?=\s|$)|[^\S\n][-–—][^\S\n]")
# "ABBR - long form": the abbreviation, then a spaced dash.
_ABBR_DASH_RE = re.compile(rf"(?<![\w&+.\-])({_ABBR}(?:[^\S\n]+{_YEAR})?)[^\S\n]+[-–—][^\S\n]+(?=\w)")
_LINE_OR_CLAUSE_START_RE = re.compile(r"(?:^|[.,:;!?][^\S\n]+|\n[^\S\n]*)$")
_LINE_START_RE = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*+•][^\S\n]+)?$")
# Clause delimiters: the long form never crosses one.
# (A spaced dash is not one: names hold it, "ASEAN - Trung Quốc".)
_CLAUSE_END_RE = re.compile(r"[,;:()“”\"!?\n]|\.(?=\s)")
# A comma inside a name: "phòng, chống …", or between capitalised words of
# a list that "và" closes ("Văn hóa, Thể thao và Du lịch").
_NAME_COMMA_RE = re.compile(
    rf"(?<=phòng),[^\S\n]+chống\b|,[^\S\n]+{UPPER}\w*(?:[^\S\n]+\w+)?[^\S\n]+và[^\S\n]+{UPPER}"
)
# For "A, B và C (X, Y và Z)" the long forms span commas.
_SENTENCE_PART_END_RE = re.compile(r"[;:()“”\"!?\n]|\.(?=\s)")

MAX_LONG_FORM_WORDS = 20  # names run long (CPTPP: 13 words, JWG-DOC: 20)
FUNCTION_WORDS = frozenset(
    [
        "các",
        "và",
        "của",
        "về",
        "cho",
        "với",
        "trong",
        "tại",
        "những",
        "là",
        "ở",
        "trên",
        "đối",
        "of",
        "and",
        "the",
        "for",
        "on",
        "in",
        "to",
        "at",
    ]
)
_CONJUNCTIONS = frozenset({"và", "and"})
_DIGRAPHS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr")
_SUBJECT_HEADS_TEXT = ("diễn tập", "quân đội", "lục quân", "hải quân", "không quân", "quân khu", "hạm đội")


def _phrase_keys(phrases: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Each phrase as its syllables' tone keys, so "thoả thuận" and "thỏa thuận" match alike."""
    return frozenset(tuple(tone_key(s) for s in phrase.split()) for phrase in phrases)


# First syllables (or two) of nouns that head the name of an organisation,
# meeting, agreement or programme.
_HEAD_NOUNS = _phrase_keys(
    (
        "hội nghị",
        "hội đồng",
        "hội thảo",
        "hiệp hội",
        "hiệp định",
        "hiệp ước",
        "công ước",
        "tổ chức",
        "liên minh",
        "liên đoàn",
        "liên hợp quốc",
        "diễn đàn",
        "đối thoại",
        "ủy ban",
        "uỷ ban",
        "bộ",
        "cục",
        "tổng cục",
        "quỹ",
        "chương trình",
        "ngân hàng",
        "cơ quan",
        "phái bộ",
        "trung tâm",
        "viện",
        "học viện",
        "đại học",
        "tuyên bố",
        "nhóm",
        "cộng đồng",
        "mặt trận",
        "tập đoàn",
        "công ty",
        "văn phòng",
        "tòa án",
        "toà án",
        "lực lượng",
        "mạng lưới",
        "sáng kiến",
        "thỏa thuận",
        "thoả thuận",
        "hệ thống",
        "cơ chế",
        "dự án",
        "khu vực",
        "thông tấn xã",
        "phòng thương mại",
        "hội",  # Hội Nạn nhân chất độc da cam, Hội Chữ thập đỏ: an association
        "ủy hội",  # tone_key reads "uỷ hội" the same
        "tiểu vùng",
        "tiêu chuẩn",
        "quy chuẩn",
        "đại hội",
        "đại hội đồng",
        "liên hiệp",  # Liên hiệp các tổ chức hữu nghị, Liên hiệp các Hội Khoa học: a federation
        "khảo sát",  # Khảo sát … (a named survey programme)
        *_SUBJECT_HEADS_TEXT,
    )
)
# Common nouns that often open a sentence as its subject ("Hải quân hai nước diễn tập …"):
# they head a name only when a capitalised word follows in it ("Lục quân Hoàng gia Thái
# Lan", "Diễn tập song phương Lục quân Việt Nam - Ấn Độ").
_SUBJECT_HEADS = _phrase_keys(_SUBJECT_HEADS_TEXT)
# Words after which a capitalised head noun starts a new name, not part of the one before.
# ("trong khuôn khổ Hội nghị …": "khổ" ends "within the framework of"; "… và Chương
# trình …": "và" joins two names.)
# Verbs that take an event or body as object end in "mạc" (khai mạc, bế mạc), "dự" (tham
# dự), "trì" (chủ trì): "… khai mạc Diễn tập …" starts a name at "Diễn tập".
_NAME_INTRODUCERS = frozenset(
    ["do", "tại", "bởi", "thuộc", "với", "cho", "như", "là", "gồm", "giữa", "từ", "khổ", "và", "cùng"]
    + ["mạc", "dự", "trì"]
    # "Viện cho biết Ngân hàng Thế giới (WB) …": what a body said names something else.
    + ["biết", "thấy"]
)
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
MAX_ITEM_WORDS = 8  # an unchecked item of a list ("Liên hợp quốc - UN")
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
_MAX_HEAD_LEN = max(len(h) for h in _HEAD_NOUNS)
# Words that start with a head noun's syllable but name no body: "hội" heads "Hội Nhà
# văn", not "Hội nhập quốc tế" (integration) or "Hội An" (a town).
_NOT_HEAD_NOUNS = _phrase_keys(
    ("hội nhập", "hội tụ", "hội chứng", "hội viên", "hội họp", "hội sở", "hội trường", "hội an")
)
# Lower-case head nouns that are never verbs: "hiệp định thương mại tự do (FTA)".
_LOWER_HEAD_NOUNS = _phrase_keys(
    ("hiệp định", "hiệp ước", "công ước", "bộ quy tắc", "thỏa thuận", "thoả thuận", "diễn đàn")
)


@dataclass(frozen=True)
class Definition:
    """One definition found in text; ``pattern`` names the rule that found it."""

    abbr: str  # as written: "ĐNQP", "ADMM-17", "CMCN 4.0", "UN Women"
    long_form: str
    # "long-paren", "abbr-paren", "abbr-gloss", "dash", "dash-after", "dash-gloss",
    # "compound", "head-noun", "lower-paren", "dash-list", "dash-line", "foreign-paren",
    # "dash-lower", "list-paren", "unit-paren", "unit-name", "name-list", "name-comma",
    # "dash-named", "dash-object"
    pattern: str
    start: int  # offset of the long form in the text
    base: str = ""  # the glossary entry it defines: "ADMM" for "ADMM-17" (set by find_definitions)
    base_long_form: str = ""  # the long form without the number's wording
    # The English long form when the text gives both ("WPS (Women, Peace and Security –
    # Phụ nữ, Hòa bình và An ninh)"); ``long_form`` is then the Vietnamese one.
    english: str = ""


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


def find_definitions(text: str) -> list[Definition]:
    """Every definition of an abbreviation written in ``text`` (NFC, as the parser gives it).

    Offsets in the result refer to ``text``.
    """
    text = fix_d_lookalikes(text)
    found: list[Definition] = []
    if "(" in text:
        for match in _PARENS_RE.finditer(text):
            found.extend(_from_parentheses(text, match))
        for unit, gloss, start in unit_definitions(text):
            found.append(Definition(unit, gloss, "unit-paren", start))
        for unit, name, start in unit_names(text):
            found.append(Definition(unit, name, "unit-name", start))
    for match in _DASH_RE.finditer(text):
        definition = _from_dash(text, match)
        if definition is not None:
            found.append(definition)
    for match in _ABBR_DASH_RE.finditer(text):
        definition = _from_dash_after(text, match)
        if definition is not None:
            found.append(definition)
    unique: dict[tuple[str, str], Definition] = {}
    for definition in sorted(found, key=lambda d: d.start):
        unique.setdefault((definition.abbr, fold(definition.long_form)), _with_base(definition))
    return list(unique.values())


def base_form(form: str) -> str:
    """The glossary entry a written form belongs to: ``ADMM-17``→``ADMM``, ``CMCN 4.0``→``CMCN``.

    Two-token names (``UN Women``) and group names (``G20``) are their own base.
    """
    stripped = _NUMBER_SUFFIX_RE.sub("", form)
    if stripped != form and len(letters_of(stripped)) >= 2 and " " not in stripped:
        return stripped
    return form


def _with_base(definition: Definition) -> Definition:
    base = base_form(definition.abbr)
    long_form = definition.long_form
    if base != definition.abbr:
        long_form = _strip_number_words(long_form) or long_form
    else:
        base, long_form = _without_head_word(definition.abbr, long_form)
    return replace(definition, base=base, base_long_form=long_form)


def _without_head_word(form: str, long_form: str) -> tuple[str, str]:
    """``Ban Quản lý dự án (Ban QLDA)`` defines QLDA = ``Quản lý dự án``.

    The word written before the abbreviation is a noun the text spells out in
    both forms (Ban, Sở, Trường); the abbreviation is the rest, and it is what
    other texts write after other nouns (``Ban QLDA``, ``dự án QLDA``).
    """
    word, _, token = form.partition(" ")
    if not token or _is_abbreviation(word) or not _is_abbreviation(token):
        return form, long_form
    first, _, rest = long_form.partition(" ")
    if first != word or not spells(token, rest.split()):
        return form, long_form
    return token, rest


def _strip_number_words(long_form: str) -> str:
    """``Hội nghị … lần thứ 17`` → ``Hội nghị …``: the number belongs to the numbered form."""
    words = long_form.split()
    return " ".join(words[: _number_tail_start([_Word(w, 0, 0) for w in words])])


def discover_entries(text: str, seed: str) -> list[GlossaryEntry]:
    """Definitions in one article as glossary entries marked with their seed.

    The first definition of each abbreviation in the article is kept.  Last come
    the lower-case words written before an abbreviation no rule defines
    (:func:`text_wordings`), as ``source="wording"`` entries with no long form:
    the merge only lets them word an entry the glossary already has.
    """
    entries: dict[str, GlossaryEntry] = {}
    for definition in find_definitions(text):
        entries.setdefault(
            definition.base,
            GlossaryEntry(
                key=definition.base,
                vi=_sentence_case(definition.base_long_form),
                en=definition.english,
                source="discovered",
                found_in=(seed,),
            ),
        )
    for prefix in ship_prefixes(text):
        entries.setdefault(prefix, ship_prefix_entry(prefix, seed))
    wordings = [
        # No long form of its own: the words are only ever another wording of a known entry.
        GlossaryEntry(key=key, vi="", alternatives=(wording,), source="wording", found_in=(seed,))
        for key, wording in text_wordings(text, set(entries))
    ]
    return [*entries.values(), *wordings]


def text_wordings(text: str, defined: set[str] | None = None) -> list[tuple[str, str]]:
    """``diễn tập thông qua (PASSEX)``: the lower-case words right before an abbreviation in
    parentheses that no rule reads as its definition, as (entry key, words), for the merge.

    The start of such a long form is unknown (``theo hình thức diễn tập thông qua``), so
    it never makes an entry of its own: :func:`.merge.merge_discovered` lets it word
    an entry the glossary already has, from that entry's own first word on
    (:func:`.alternatives.wording_from`).  Up to :data:`MAX_GLOSS_WORDS` words, within the clause.
    ``defined``: the entries the text defines (found here when not given).
    """
    if "(" not in text:
        return []
    text = fix_d_lookalikes(text)
    if defined is None:
        defined = {definition.base for definition in find_definitions(text)}
    found: dict[str, str] = {}
    for match in _PARENS_RE.finditer(text):
        inner = " ".join(match.group(1).split())
        if not (_FORM_RE.fullmatch(inner) and _is_form(inner)) or " " in inner:
            continue
        key = base_form(inner)
        if key in defined or key in found:
            continue
        open_at = match.start()
        words = _words(text, max(_clause_start(text, open_at), open_at - 200), open_at)
        if not words or text[words[-1].end : open_at].strip():
            continue
        run = len(words)
        while run > 0 and len(words) - run < MAX_GLOSS_WORDS and words[run - 1].text.isalpha():
            if not words[run - 1].text.islower():
                break
            run -= 1
        if len(words) - run >= 2:
            found[key] = _span(text, words[run:])
    return list(found.items())


def _sentence_case(long_form: str) -> str:
    """Capitalise the first letter only (``hội nhập quốc tế`` → ``Hội nhập quốc tế``)."""
    return long_form[:1].upper() + long_form[1:]


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


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text, start, end)]


def _clause_start(text: str, end: int, commas: bool = True) -> int:
    """Offset after the last clause delimiter before ``end`` (commas count unless told).

    Commas inside a name do not count: "phòng, chống tội phạm", "Bộ Văn hóa,
    Thể thao và Du lịch".
    """
    start = max(0, end - 400)
    pattern = _CLAUSE_END_RE if commas else _SENTENCE_PART_END_RE
    for match in pattern.finditer(text, start, end):
        if match.group() == "," and _NAME_COMMA_RE.match(text, match.start()):
            continue
        start = match.end()
    return start


def _from_parentheses(text: str, match: re.Match) -> list[Definition]:
    raw = match.group(1)
    stripped = raw.strip()
    intro = _INTRO_RE.match(stripped)
    inner_at = match.start(1) + raw.find(stripped) + (intro.end() if intro else 0)
    inner = " ".join(text[inner_at : match.end(1)].split())
    open_at = match.start()
    foreign = _foreign_long_form(text, match)
    if foreign is not None:
        return [foreign]
    if _FORM_RE.fullmatch(inner) and _is_form(inner):
        before = _words(text, _clause_start(text, open_at), open_at)
        parts = inner.split()
        # "gìn giữ hòa bình Liên hợp quốc (GGHB LHQ)": two abbreviations, each by initials.
        if len(parts) == 2 and all(_is_abbreviation(p) for p in parts):
            found = _compound(text, parts, before, adjacent=True)
            if found:
                return found
        found = _long_form_before(text, inner, before)
        if not found and before and _ITEM_END_RE.match(text, match.end()):
            found = _name_across_commas(text, inner, _clause_start(text, open_at), before)
        return found
    abbrs = _ABBR_SPLIT_RE.split(inner) if _ABBR_LIST_RE.fullmatch(inner) else []
    if len(abbrs) > 1 and all(_is_abbreviation(a) for a in abbrs):
        before = _words(text, _clause_start(text, open_at, commas=False), open_at)
        return _compound(text, abbrs, before)
    # ABBR (long form): the form right before "(".
    form = _form_before(text, open_at)
    if form:
        return _gloss_after(text, form, _words(text, inner_at, match.end(1)))
    return []


def _foreign_long_form(text: str, match: re.Match) -> Definition | None:
    """``(tiếng Anh là Passing Exercise - PASSEX)``, ``(tiếng Indonesia là Badan Keamanan Laut,
    viết tắt là Bakamla)``: the foreign name the letters of the abbreviation come from.

    Accepted when the abbreviation's letters appear, in order, in the long form, the first
    one opening it (``PASSEX`` in ``Passing Exercise``), as a syllabic acronym does.
    """
    found = _FOREIGN_RE.match(text, match.start(1), match.end(1))
    if found is None:
        return None
    long_form, abbr = " ".join(found.group("long").split()), found.group("abbr")
    words = long_form.split()
    if not 2 <= len(words) <= MAX_LONG_FORM_WORDS or not (_is_form(abbr) or _WORD_ABBR_RE.fullmatch(abbr)):
        return None
    if not _letters_in_order(letters_of(abbr), long_form):
        return None
    return Definition(abbr, long_form, "foreign-paren", found.start("long"))


def _letters_in_order(letters: str, long_form: str) -> bool:
    """True if ``letters`` occur in ``long_form`` in order, the first one opening it (folded)."""
    plain = fold(long_form).lower()
    letters = fold(letters).lower()
    if not letters or not plain.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = plain.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def _form_before(text: str, offset: int) -> str | None:
    """The abbreviation written right before ``offset``: ``UNCLOS``, ``CMCN 4.0``, ``UN Women``."""
    words = _WORDS_BEFORE_RE.search(text, max(0, offset - 60), offset)
    if words is None:
        return None
    previous, last = words.groups()
    if _ABBR_RE.fullmatch(last) and (_is_abbreviation(last) or _CAMEL_RE.fullmatch(last)):
        return last
    if (
        previous
        and _ABBR_RE.fullmatch(previous)
        and _is_abbreviation(previous)
        and _SECOND_WORD_RE.fullmatch(last)
    ):
        return f"{previous} {last}"
    return None


def _gloss_after(text: str, form: str, words: list[_Word]) -> list[Definition]:
    """``ABBR (long form)``: all the words by initials, or a Vietnamese gloss of an English acronym."""
    if not words:
        return []
    if _spells_all(form, words):
        return [Definition(form, _span(text, words), "abbr-paren", words[0].start)]
    pair = _translated_pair(text, form, words)
    if pair is not None:
        return [pair]
    # "UNCLOS (Công ước Liên hợp quốc về Luật Biển năm 1982)": the gloss is a
    # name; "SAR (tìm kiếm cứu nạn)": a lower-case noun phrase; "ESG (Môi trường,
    # Xã hội và Quản trị)": a capitalised item per letter.
    if _is_gloss(form, words) and (
        _head_noun_phrase(words, form, True) == words
        or _is_plain_gloss(words)
        or _enumeration_start(text, words, form, whole=True) == 0
    ):
        return [Definition(form, _span(text, words), "abbr-gloss", words[0].start)]
    return []


def _spells_all(form: str, words: list[_Word]) -> bool:
    """All of ``words`` spell ``form`` by initials, a number's wording at the end aside."""
    return _matches_all(form, words[: _number_tail_start(words) if _has_number(form) else len(words)])


_SPACED_DASH_RE = re.compile(r"[^\S\n][-–—][^\S\n]")


def _translated_pair(text: str, form: str, words: list[_Word]) -> Definition | None:
    """``WPS (Women, Peace and Security – Phụ nữ, Hòa bình và An ninh)``: a long form and its translation.

    One side of a spaced dash spells the abbreviation by initials; the other side
    translates it.  The Vietnamese side is the long form, the English one ``english``.
    """
    cut = next(
        (i for i in range(1, len(words)) if _SPACED_DASH_RE.search(text, words[i - 1].end, words[i].start)),
        None,
    )
    if cut is None:
        return None
    left, right = words[:cut], words[cut:]
    spelled, other = (left, right) if _spells_all(form, left) else (right, left)
    if not _spells_all(form, spelled) or _has_clause_word(other):
        return None
    if _is_ascii(spelled) and not _is_ascii(other):
        # English spells the acronym and Vietnamese translates it (WPS above).
        return Definition(
            form, _span(text, other), "abbr-paren", other[0].start, english=_span(text, spelled)
        )
    # The long form spells it; an English phrase after it translates it ("Bộ Quốc phòng –
    # Ministry of National Defence"), one word is a name or a place ("Ủy ban nhân dân – Hanoi").
    english = _span(text, other) if _is_ascii(other) and len(other) > 1 else ""
    return Definition(form, _span(text, spelled), "abbr-paren", spelled[0].start, english=english)


def _is_ascii(words: list[_Word]) -> bool:
    return all(w.text.isascii() for w in words)


# Longest item of "A, B và C" that stands for one letter ("Phát triển bền vững").
MAX_ITEM_SYLLABLES = 3


def _enumeration_start(text: str, words: list[_Word], form: str, whole: bool = False) -> int | None:
    """Start of ``Phụ nữ, Hòa bình và An ninh`` (WPS) at the end of ``words``: one item per letter.

    An English acronym of a list (Women, Peace and Security) is translated item by
    item: as many capitalised items as the acronym has letters, commas between
    them and ``và`` before the last.  The first item may end a longer phrase
    ("Hội thảo quốc tế Phụ nữ, …"); with ``whole`` the items must be all the words.
    """
    letters = letters_of(base_form(form).split()[0])
    if len(letters) < 2 or not letters.isascii():
        return None
    segments = _list_segments(text, words)
    if len(segments) < len(letters) or (whole and len(segments) != len(letters)):
        return None
    items = segments[-len(letters) :]
    if items[-1][0] not in _CONJUNCTIONS or any(sep != "," for sep, _, _ in items[1:-1]):
        return None
    if not all(_is_item(words[start:end]) for _, start, end in items[1:]):
        return None
    separator, start, end = items[0]
    first = next((i for i in range(end - 1, start - 1, -1) if words[i].text[0].isupper()), start)
    if first == start and separator == ",":
        return None  # "A, B, C và D (XYZ)": more items than letters
    if first > start and words[first - 1].text[0].isupper():
        return None  # "Việt Nam, Lào và Campuchia": a proper name, not an item
    return first if _is_item(words[first:end]) else None


def _list_segments(text: str, words: list[_Word]) -> list[tuple[str, int, int]]:
    """(separator before, start, end) of the runs of ``words`` between commas and ``và``/``and``."""
    segments: list[tuple[str, int, int]] = []
    separator, start = "", 0
    for index, word in enumerate(words):
        if word.text in _CONJUNCTIONS:
            segments.append((separator, start, index))
            separator, start = word.text, index + 1
        elif index > start and "," in text[words[index - 1].end : word.start]:
            segments.append((separator, start, index))
            separator, start = ",", index
    segments.append((separator, start, len(words)))
    return [segment for segment in segments if segment[1] < segment[2]]


def _is_item(words: list[_Word]) -> bool:
    """One list item: a capitalised word, then up to two lower-case ones (``Hòa bình``)."""
    return (
        1 <= len(words) <= MAX_ITEM_SYLLABLES
        and all(w.text.isalpha() for w in words)
        and words[0].text[0].isupper()
        and all(w.text.islower() for w in words[1:])
    )


def _name_list_start(text: str, words: list[_Word], form: str) -> int | None:
    """Start of ``Campuchia, Lào, Myanmar và Việt Nam`` (CLMV) at the end of ``words``.

    A group named by its members' initials: as many proper names as the
    abbreviation has letters (every word capitalised, up to three), commas
    between them and ``và`` before the last, each name starting with its
    letter.  The first name is the capitalised run that ends the first item
    (``các nước Campuchia``); more items than letters define nothing.
    """
    letters = letters_of(form)
    if len(letters) < MIN_ACRONYM_LETTERS or len(letters) != len(form):
        return None
    segments = _list_segments(text, words)
    if len(segments) < len(letters):
        return None
    items = segments[-len(letters) :]
    if items[-1][0] not in _CONJUNCTIONS or any(sep != "," for sep, _, _ in items[1:-1]):
        return None
    separator, start, end = items[0]
    first = end
    while first > start and words[first - 1].text[0].isupper():
        first -= 1
    if separator == "," and first == start:
        return None  # "A, B, C và D (XYZ)": more names than letters
    names = [(first, end)] + [(s, e) for _, s, e in items[1:]]
    for letter, (s, e) in zip(letters, names, strict=True):
        name = words[s:e]
        if not (1 <= len(name) <= MAX_ITEM_SYLLABLES and all(_is_proper_word(w.text) for w in name)):
            return None
        if not _initial_matches(letter, name[0].text):
            return None
    return first


def _is_proper_word(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and not word.isupper()


# Longest part of a name after a comma inside it ("Chính sách Công Thương").
MAX_NAME_PART_WORDS = 6


def _name_across_commas(text: str, form: str, clause_start: int, words: list[_Word]) -> list[Definition]:
    """``Viện Nghiên cứu Chiến lược, Chính sách Công Thương (VIOIT)``: a comma inside a name.

    The clause before ``(`` is a *name part*: capitalised words, each
    lower-case syllable right after a capitalised one (``Chính sách``), no
    head noun of its own.  The part before the comma is a capitalised head
    noun with a capitalised word after it (``Viện Nghiên cứu Chiến lược``),
    and a clause delimiter follows the parentheses (the name is an adverbial's
    object, "Theo …, doanh nghiệp …"): in ``Tại Hội nghị, Tổng thống Mỹ (POTUS)
    cho biết`` the second clause's subject names something else.  English
    acronyms only: a Vietnamese one is spelled by initials.
    """
    letters = letters_of(form)
    if len(letters) < MIN_ACRONYM_LETTERS or not letters.isascii():
        return []
    for _ in range(2):  # up to two commas inside one name
        if not _is_name_part(words) or not text[:clause_start].rstrip().endswith(","):
            return []
        comma = text.rindex(",", 0, clause_start)
        before = _words(text, _clause_start(text, comma), comma)
        phrase = _head_noun_phrase(before, form)
        if (
            phrase
            and any(w.text[0].isupper() for w in phrase[1:])
            and _is_name_part(phrase[1:], head=phrase[0])
        ):
            long_words = phrase + words
            if len(long_words) <= MAX_LONG_FORM_WORDS:
                return [Definition(form, _span(text, long_words), "name-comma", long_words[0].start)]
            return []
        clause_start, words = _clause_start(text, comma), before + words
    return []


def _name_comma_end(text: str, form: str, after: int, stop: re.Match | None) -> re.Match | None:
    """``VIOIT – Viện Nghiên cứu Chiến lược, Chính sách Công Thương, …``: the gloss goes on
    past a comma inside the name (see :func:`_name_across_commas`) to the next delimiter."""
    letters = letters_of(form)
    for _ in range(2):
        if stop is None or stop.group() != "," or len(letters) < MIN_ACRONYM_LETTERS or not letters.isascii():
            return stop
        phrase = _words(text, after, stop.start())
        if not (
            phrase
            and phrase[0].text[0].isupper()
            and _head_noun_phrase(phrase, form, True) == phrase
            and any(w.text[0].isupper() for w in phrase[1:])
            and _is_name_part(phrase[1:], head=phrase[0])
        ):
            return stop
        following = _gloss_end(text, stop.end())
        if not _is_name_part(_words(text, stop.end(), following.start() if following else len(text))):
            return stop
        stop = following
    return stop


def _is_name_part(words: list[_Word], head: _Word | None = None) -> bool:
    """Capitalised words of a name, each lower-case one right after a capitalised one."""
    if not words or len(words) > MAX_NAME_PART_WORDS or not (head or words[0].text[0].isupper()):
        return False
    keys = [tone_key(w.text) for w in words]
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
        if head is None and index and word.text[0].isupper() and _head_noun_at(keys, index):
            return False  # a second name starts
        previous = word
    if head is None and any(tuple(keys[:size]) in _PERSON_TITLES for size in (1, 2, 3)):
        return False  # "Tại Hội nghị, Tổng thống Mỹ Joe Biden (POTUS), …": a person, a new subject
    if head is None and not _has_lowercase_word(words):
        # The part after a comma inside a name is a field ("Tài chính Quốc tế"), not a
        # proper name alone: "Tại Hội nghị Cấp cao, Đông Nam Á (ASEAN), …" names a region.
        return False
    return head is not None or not _head_noun_at(keys, 0)


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
    noun (``trang bị``: equipment, no passive)."""
    return any(
        w.text.lower() in _PREDICATE_WORDS and not _ends_compound_noun(words, i) for i, w in enumerate(words)
    )


def _ends_compound_noun(words: list[_Word], index: int) -> bool:
    if not index:
        return False
    pair = (tone_key(words[index - 1].text), tone_key(words[index].text))
    if pair in _COMPOUND_NOUNS:
        return True
    return pair in _NOUN_OR_VERB and (index == 1 or words[index - 2].text.lower() in _PLURAL_MARKERS)


def _is_plain_gloss(words: list[_Word]) -> bool:
    """A short lower-case noun phrase without numbers ("hỗ trợ nhân đạo và cứu trợ thảm họa")."""
    return (
        len(words) <= MAX_GLOSS_WORDS
        and all(w.text[0].islower() for w in words)
        and words[0].text not in FUNCTION_WORDS
        and words[-1].text not in FUNCTION_WORDS
    )


def _long_form_before(text: str, form: str, words: list[_Word]) -> list[Definition]:
    # "Hội nghị … lần thứ 17 (ADMM-17)": the number's wording is not spelled by initials.
    tail = _number_tail_start(words) if _has_number(form) else len(words)
    start = _match_back(form, words[:tail]) if tail else None
    if start is not None:
        return [Definition(form, _span(text, words[start:]), "long-paren", words[start].start)]
    listed = _words(text, _clause_start(text, words[-1].end, commas=False), words[-1].end) if words else []
    # "Campuchia, Lào, Myanmar và Việt Nam (CLMV)": a name per letter, checked like initials.
    first = _name_list_start(text, listed, form)
    if first is not None:
        return [Definition(form, _span(text, listed[first:]), "name-list", listed[first].start)]
    long_words = _head_noun_phrase(words, form)
    if long_words:
        return [Definition(form, _span(text, long_words), "head-noun", long_words[0].start)]
    if words:
        # "Phụ nữ, Hòa bình và An ninh (WPS)": the list may span commas.
        first = _enumeration_start(text, listed, form)
        if first is not None:
            return [Definition(form, _span(text, listed[first:]), "list-paren", listed[first].start)]
    long_words = _lower_case_gloss_before(form, words[:tail])
    if long_words:
        return [Definition(form, _span(text, long_words), "lower-paren", long_words[0].start)]
    return []


def _lower_case_gloss_before(form: str, words: list[_Word]) -> list[_Word]:
    """``nhu cầu hỗ trợ nhân đạo và cứu trợ thảm họa (HADR)``: a translated English acronym.

    The Vietnamese words of an English acronym do not spell it, so the start of
    the long form is anchored on the one initial a translation usually keeps:
    the acronym's first letter on the long form's first syllable (H → hỗ).  The
    long form is the longest lower-case run before ``(`` that starts so, has
    no clause word, number or preposition (``và`` joins), neither starts nor
    ends with a function word, and has one to two syllables per letter (plus
    ``và``).  A guess still: only acronyms of three ASCII letters or more.
    """
    letters = letters_of(base_form(form).split()[0])
    if len(letters) < MIN_ACRONYM_LETTERS or not letters.isascii() or not words:
        return []  # "vấn đề dân tộc (ĐT)": a Vietnamese abbreviation is spelled by initials
    if words[-1].text in FUNCTION_WORDS:
        return []
    run = len(words)
    while run > 0 and _is_gloss_word(words[run - 1].text):
        run -= 1
    longest = min(MAX_GLOSS_WORDS, 2 * len(letters) + 1)
    for start in range(max(run, len(words) - longest), len(words) - len(letters) + 1):
        first = words[start].text
        if first not in FUNCTION_WORDS and _initial_matches(letters[0], first):
            return words[start:]
    return []


def _is_gloss_word(word: str) -> bool:
    """A word of a lower-case long form: no clause word, and no preposition but ``và``/``and``.

    ("giá tăng cao trong nhiều tháng (CPI)": the run stops at "trong".)
    """
    return (
        word.isalpha()
        and word.islower()
        and word not in _PREDICATE_WORDS
        and (word not in FUNCTION_WORDS or word in _CONJUNCTIONS)
    )


def _has_number(form: str) -> bool:
    return base_form(form) != form


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


def _compound(text: str, abbrs: list[str], words: list[_Word], adjacent: bool = False) -> list[Definition]:
    """``hội nhập quốc tế và đối ngoại quốc phòng (HNQT và ĐNQP)``: right to left."""
    found: list[Definition] = []
    end = len(words)
    for index in range(len(abbrs) - 1, -1, -1):
        start = _match_back(abbrs[index], words[:end])
        if start is None:
            return []
        found.append(Definition(abbrs[index], _span(text, words[start:end]), "compound", words[start].start))
        if index == 0:
            break
        # Between two long forms: a conjunction word, or a comma in the text.
        if start > 0 and words[start - 1].text.lower() in _CONJUNCTIONS:
            end = start - 1
        elif start > 0 and (adjacent or "," in text[words[start - 1].end : words[start].start]):
            end = start
        else:
            return []
    return found[::-1]


def _from_dash(text: str, match: re.Match) -> Definition | None:
    """``long form - ABBR``."""
    abbr = match.group(1)
    if not _is_abbreviation(abbr):
        return None
    dash_at = match.start()
    clause_start = _clause_start(text, dash_at)
    words = _words(text, clause_start, dash_at)
    if not words:
        return None
    start = _match_back(abbr, words)
    if start is not None:
        named = _name_before_english(text, abbr, clause_start, words[start:], match.end())
        if named is not None:
            return named
        return Definition(abbr, _span(text, words[start:]), "dash", words[start].start)
    named = _name_before_predicate(text, abbr, match, words)
    if named is not None:
        return named
    # English acronym after a Vietnamese name, unchecked: only as a whole item
    # ("(Liên hợp quốc - UN, Liên minh châu Âu - EU)") or a whole line.
    if not _ITEM_END_RE.match(text, match.end()):
        return None
    if _is_list_item(text, clause_start, dash_at, words):
        return Definition(abbr, _span(text, words), "dash-list", words[0].start)
    if _LINE_START_RE.search(text, max(0, clause_start - 8), words[0].start) and _line_ends(
        text, match.end()
    ):
        phrase = _head_noun_phrase(words, abbr)
        if phrase == words:
            return Definition(abbr, _span(text, words), "dash-line", words[0].start)
    return None


# Prepositions after which a name is the object of the clause's verb ("phối hợp với …").
# Not "của": the possessor or the possessed may be what the acronym names.
_OBJECT_NAME_INTRODUCERS = frozenset(["với", "do", "bởi", "cùng"])
_NEXT_WORD_RE = re.compile(r"[^\S\n]+([^\W\d_]+)")


def _name_before_predicate(text: str, abbr: str, dash: re.Match, words: list[_Word]) -> Definition | None:
    """``phối hợp với Tổ chức Tài chính Quốc tế - IFC tổ chức``: an English acronym after a name.

    Unchecked by initials, so the name must be set off on both sides: it is the
    whole object of a preposition (``với``, ``do``, ``bởi``, ``cùng``), opens with a
    capitalised head noun and ends with a lower-case syllable, and the sentence goes
    on with a lower-case word after the acronym.  A capitalised word before the dash
    pairs two parties (``Hiệp định … Việt Nam - EFTA``), not a name and its acronym.
    """
    if words[-1].text[0].isupper():
        return None
    following = _NEXT_WORD_RE.match(text, dash.end())
    if following is None or not following.group(1).islower():
        return None
    index = len(words) - 1
    while index >= 0 and words[index].text.lower() not in _OBJECT_NAME_INTRODUCERS:
        index -= 1
    name = words[index + 1 :]
    if index < 0 or not name or _head_noun_phrase(name, abbr) != name:
        return None
    return Definition(abbr, _span(text, name), "dash-object", name[0].start)


def _from_dash_after(text: str, match: re.Match) -> Definition | None:
    """``ABBR - long form``: the first words by initials, or a whole item or line."""
    abbr = match.group(1)
    if not _is_abbreviation(abbr):
        return None
    after = match.end()
    first_stop = _gloss_end(text, after)
    stop = _name_comma_end(text, abbr, after, first_stop)
    # A gloss that went on past a comma inside a name is a name (see _name_comma_end).
    across_comma = stop is not first_stop
    words = _words(text, after, stop.start() if stop else len(text))
    at_start = bool(_LINE_OR_CLAUSE_START_RE.search(text, max(0, match.start() - 3), match.start()))
    verb = ""
    if at_start:
        # "EWG - Nhóm chuyên gia là cơ chế …": the gloss ends before the verb.
        verbs = [i for i, w in enumerate(words) if w.text.lower() in _PREDICATE_WORDS]
        if verbs:
            verb = words[verbs[0]].text.lower()
            words, stop = words[: verbs[0]], None
    units = _units(abbr)
    for size in range(len(units) - 1, min(len(words), len(units) * 3 + 2) + 1):
        if size >= 1 and _search(units, tuple(w.text for w in words[:size])) == 0:
            return Definition(abbr, _span(text, words[:size]), "dash-after", words[0].start)
    if _is_outlet_prefix(text, match.start(), abbr, words, verb, stop):
        return None
    second = _second_name_at(words)
    if second is not None:
        # "KOICA – Cơ quan Hợp tác quốc tế Hàn Quốc và Chương trình …": one name each.
        words = words[:second]
    if not words or len(words) > MAX_LONG_FORM_WORDS:
        return None
    end_mark = "và" if second is not None else stop.group().strip() if stop else ""
    if end_mark in {",", ";", ")"} and _is_list_item(
        text, _clause_start(text, match.start()), match.start(), words
    ):
        return Definition(abbr, _span(text, words), "dash-list", words[0].start)
    if (end_mark in _SENTENCE_ENDS or stop is None) and _is_concept_gloss(abbr, words):
        return Definition(abbr, _span(text, words), "dash-lower", words[0].start)
    # "COC - Bộ quy tắc ứng xử ở Biển Đông, …", "ASEAN - Hiệp hội … Đông Nam Á - đang …":
    # a name set off up to the next comma, dash, full stop or line end.
    # An unchecked gloss starts a clause, ends with a proper name, ends at a
    # closing dash or parenthesis or before a second name, or ends the sentence
    # after a preposition ("theo IMAS – Tiêu chuẩn quốc tế …"); "ASEAN - Liên
    # minh châu Âu ngày càng phát triển." is a relation.
    firm_end = (
        at_start
        or across_comma
        or stop is None
        or end_mark in {"-", "–", "—", ")", "và"}
        or words[-1].text[0].isupper()
        or (end_mark in _SENTENCE_ENDS - {","} and _is_object(text, match.start()))
    )
    if (
        end_mark != "("
        and firm_end
        and _is_gloss(abbr, words)
        and _head_noun_phrase(words, abbr, True) == words
    ):
        return Definition(abbr, _span(text, words), "dash-gloss", words[0].start)
    return None


# What may end a gloss after "ABBR - ": a comma, a semicolon, a full stop or the line end ("").
_SENTENCE_ENDS = frozenset({",", ";", ".", ""})
# "theo IMAS – Tiêu chuẩn …", "theo CUES – Bộ quy tắc …": one follows a standard or a
# code, not two sides, so "ABBR – name" is the thing and its name.  Other prepositions
# take a pair as readily ("hợp tác với ASEAN - Liên minh …", "của APEC – Hội đồng …").
_OBJECT_WORDS = frozenset(["theo"])
_WORD_END_RE = re.compile(r"(?<![^\W_])([^\W\d_]+)[^\S\n]+$")
# Nouns that class an entity ("EVN – đơn vị chủ đầu tư"): a lower-case phrase they head
# describes the bearer of an abbreviation; translated names of entities are capitalised.
_DESCRIPTION_HEADS = _phrase_keys(
    (
        "nơi",
        "nhà",
        "người",
        "đơn vị",
        "doanh nghiệp",
        "tổ chức",
        "cơ quan",
        "công ty",
        "tập đoàn",
        "ngân hàng",
        "hãng",
        "khối",
        "nước",
        "quốc gia",
        "tỉnh",
        "thành phố",
        "địa phương",
        "trường",
        "đội",  # "HAGL – đội bóng phố núi": a team
        "câu lạc bộ",
        "báo",
        "đài",
    )
)


def _is_outlet_prefix(
    text: str, offset: int, abbr: str, words: list[_Word], verb: str, stop: re.Match | None
) -> bool:
    """``TPO - Hội nghị Bộ trưởng Quốc phòng ASEAN … đã diễn ra``: an outlet's short name
    opening a paragraph, then a sentence whose subject the words after the dash are.

    The words (not spelled by the abbreviation) go on into a predicate: a tense or
    modal word other than the copula (``EWG - Nhóm chuyên gia là cơ chế …`` says what
    EWG is), or lower-case words up to the full stop (``VOV - Hội nghị … hôm nay khai
    mạc.``).  An abbreviation the text writes again is one it defines, not its source.
    """
    if not words or not _LINE_START_RE.search(text, max(0, offset - 8), offset):
        return False
    if verb:
        sentence = verb != "là"
    else:
        sentence = bool(stop) and stop.group().strip() == "." and words[-1].text[0].islower()
    return sentence and not _written_again(text, abbr, offset)


def _written_again(text: str, abbr: str, offset: int) -> bool:
    """True if ``abbr`` stands as a token in ``text`` more than once (``ADMM-17`` is ``ADMM``
    numbered; ``TPOX`` is not ``TPO``)."""
    return _token_counts(text).get(abbr, 0) > 1


@lru_cache(maxsize=8)
def _token_counts(text: str) -> dict[str, int]:
    """Abbreviation-shaped tokens of ``text`` and their base forms, counted (one pass)."""
    counts: dict[str, int] = {}
    for found in _ABBR_RE.finditer(text):
        start = found.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "&.+-"):
            continue
        token = found.group()
        for form in {token, base_form(token)}:
            counts[form] = counts.get(form, 0) + 1
    return counts


def _is_object(text: str, offset: int) -> bool:
    """True if the word right before ``offset`` is a preposition that takes an object."""
    word = _WORD_END_RE.search(text, max(0, offset - 12), offset)
    return bool(word) and word.group(1).lower() in _OBJECT_WORDS


def _second_name_at(words: list[_Word]) -> int | None:
    """Index of ``và``/``cùng`` before a capitalised head noun: a second name starts there."""
    keys = [tone_key(w.text) for w in words]
    for index in range(1, len(words) - 1):
        following = words[index + 1].text
        if words[index].text in {"và", "cùng"} and following[0].isupper() and _head_noun_at(keys, index + 1):
            return index
    return None


def _name_before_english(
    text: str, abbr: str, clause_start: int, english: list[_Word], end: int
) -> Definition | None:
    """``Hải quân Hoàng gia Australia (Royal Australian Navy - RAN)``: the name, then its English
    long form and the abbreviation filling the parentheses.

    The English words spell the abbreviation; the Vietnamese name before ``(``
    (a head-noun phrase, see :func:`_head_noun_phrase`) is the long form and
    the English one ``english``.  Without such a name the English long form
    stays the definition.
    """
    open_at = clause_start - 1
    if (
        open_at < 0
        or text[open_at] != "("
        or english[0].start != _words(text, clause_start, english[-1].end)[0].start
        or not _is_ascii(english)
        or not text.startswith(")", end)
    ):
        return None
    phrase = _head_noun_phrase(_words(text, _clause_start(text, open_at), open_at), abbr)
    if not phrase or _is_ascii(phrase) or text[phrase[-1].end : open_at].strip():
        return None
    # A name (capitalised words after the head), whose head translates the English one:
    # "Bộ Quốc phòng (Royal Thai Navy - RTN)" is where something happened, not the navy.
    if not _is_name_part(phrase[1:], head=phrase[0]) or not _heads_agree(english, phrase):
        return None
    return Definition(abbr, _span(text, phrase), "dash-named", phrase[0].start, english=_span(text, english))


# English head nouns of names and the Vietnamese head nouns that translate them.
_ENGLISH_HEADS = {
    english: _phrase_keys(tuple(vietnamese.split("|")))
    for english, vietnamese in {
        "navy": "hải quân",
        "force": "lực lượng|quân|quân đội|không quân|lục quân|hải quân",
        "forces": "lực lượng|quân|quân đội|các lực lượng",
        "army": "lục quân|quân đội|quân",
        "guard": "cảnh sát|lực lượng|bảo vệ",
        "corps": "quân đoàn|lực lượng|binh chủng",
        "command": "bộ tư lệnh|bộ chỉ huy",
        "organization": "tổ chức",
        "organisation": "tổ chức",
        "agency": "cơ quan|tổng cục|cục",
        "authority": "cơ quan|cục|ủy ban|uỷ ban",
        "administration": "cơ quan|cục|tổng cục",
        "service": "cơ quan|cục|dịch vụ",
        "program": "chương trình",
        "programme": "chương trình",
        "fund": "quỹ",
        "ministry": "bộ",
        "department": "bộ|cục|sở|ban|vụ",
        "institute": "viện|học viện",
        "academy": "học viện|viện",
        "university": "đại học|trường",
        "council": "hội đồng",
        "committee": "ủy ban|uỷ ban|ban",
        "commission": "ủy ban|uỷ ban|ủy hội|uỷ hội",
        "association": "hiệp hội|hội",
        "society": "hội",
        "federation": "liên đoàn|liên hiệp",
        "union": "liên minh|liên hiệp|liên đoàn",
        "alliance": "liên minh",
        "bank": "ngân hàng",
        "centre": "trung tâm",
        "center": "trung tâm",
        "forum": "diễn đàn",
        "dialogue": "đối thoại",
        "conference": "hội nghị",
        "meeting": "hội nghị|cuộc họp",
        "summit": "hội nghị",
        "mission": "phái bộ",
        "group": "nhóm|tập đoàn",
        "office": "văn phòng",
        "initiative": "sáng kiến",
        "agreement": "hiệp định|thỏa thuận|thoả thuận",
        "treaty": "hiệp ước",
        "convention": "công ước",
        "code": "bộ quy tắc",
        "community": "cộng đồng",
        "network": "mạng lưới",
        "mechanism": "cơ chế",
        "system": "hệ thống",
        "project": "dự án",
        "court": "tòa án|toà án",
        "partnership": "đối tác|quan hệ đối tác",
        "region": "khu vực|tiểu vùng",
        "zone": "khu vực|vùng",
        "company": "công ty",
        "corporation": "tập đoàn|công ty|tổng công ty",
        "standard": "tiêu chuẩn",
        "survey": "khảo sát",
        "declaration": "tuyên bố",
        "front": "mặt trận",
    }.items()
}
# English words after which the head noun has been named: "Agency for International Development".
_ENGLISH_POSTMODIFIERS = frozenset(["of", "for", "on", "in", "to", "against"])


def _heads_agree(english: list[_Word], phrase: list[_Word]) -> bool:
    """The English name's head noun (last before ``of``/``for``, else last) translates the
    Vietnamese name's head; an English head this table does not know is let through."""
    names = [w.text for w in english]
    cut = next((i for i, w in enumerate(names) if i and w.lower() in _ENGLISH_POSTMODIFIERS), len(names))
    head = names[cut - 1].lower().strip("'’")
    translations = _ENGLISH_HEADS.get(head)
    if translations is None:
        return True
    keys = tuple(tone_key(w.text) for w in phrase)
    return any(keys[: len(t)] == t for t in translations)


def _has_function_edge(words: list[_Word]) -> bool:
    """A preposition first or last (``đối`` only as ``đối với``: ``đối tác`` is a noun)."""
    first = words[0].text
    opens = first in FUNCTION_WORDS and (first != "đối" or (len(words) > 1 and words[1].text == "với"))
    return opens or words[-1].text in FUNCTION_WORDS


def _spells_a_number(words: list[_Word]) -> bool:
    """``thứ tư``, ``lần thứ hai``: an ordinal word before a number word (``công tư`` is not one)."""
    return any(
        a.text in _ORDINAL_WORDS and (_is_number_word(b.text) or b.text in _ORDINAL_WORDS)
        for a, b in zip(words, words[1:], strict=False)
    )


def _is_concept_gloss(abbr: str, words: list[_Word]) -> bool:
    """``PPP – đối tác công tư``: the lower-case Vietnamese name of an English acronym's concept.

    Lower case, a syllable or two per letter, no clause word or spelled number
    (``GMT - thứ tư``), and not a phrase that describes an entity (``EVN - đơn
    vị chủ đầu tư``).
    """
    letters = letters_of(abbr)
    keys = [tone_key(w.text) for w in words]
    return (
        len(letters) >= MIN_ACRONYM_LETTERS
        and letters.isascii()
        and len(words) <= 2 * len(letters) + 1
        and _is_gloss(abbr, words)
        and all(w.text.isalpha() and w.text.islower() for w in words)
        and not _has_function_edge(words)
        and not _spells_a_number(words)
        and not any(tuple(keys[:size]) in _DESCRIPTION_HEADS for size in (1, 2, 3))
    )


def _gloss_end(text: str, offset: int) -> re.Match | None:
    """The delimiter that ends a gloss after ``offset``, skipping commas and dashes inside names.

    A spaced dash between two capitalised words joins two names ("Việt Nam - Ấn Độ")
    and stays in the gloss; before a lower-case word it closes the gloss.
    """
    for stop in _GLOSS_END_RE.finditer(text, offset):
        if stop.group() == "," and _NAME_COMMA_RE.match(text, stop.start()):
            continue
        if stop.group().strip() in _DASHES and _joins_names(text, stop):
            continue
        return stop
    return None


_DASHES = frozenset("-–—")
_CAPITALISED_AFTER_RE = re.compile(rf"[^\S\n]*{UPPER}")
_WORD_BEFORE_RE = re.compile(r"(?<![^\W_])[^\W\d_]+$")


def _joins_names(text: str, dash: re.Match) -> bool:
    """True if the spaced dash stands between two capitalised words."""
    before = _WORD_BEFORE_RE.search(text, max(0, dash.start() - 40), dash.start())
    return bool(before and before.group()[0].isupper() and _CAPITALISED_AFTER_RE.match(text, dash.end()))


def _is_list_item(text: str, clause_start: int, dash_at: int, words: list[_Word]) -> bool:
    """An item of a list in parentheses: "(Liên hợp quốc - UN, Liên minh châu Âu - EU)"."""
    item_open = text[clause_start - 1] if clause_start > 0 else ""
    in_parentheses = text.rfind("(", 0, dash_at) > text.rfind(")", 0, dash_at)
    return (
        item_open in {"(", ",", ";"}
        and in_parentheses
        and bool(words)
        and words[0].text[0].isupper()
        and 1 <= len(words) <= MAX_ITEM_WORDS
        and _has_lowercase_word(words)
    )


def _line_ends(text: str, offset: int) -> bool:
    """Only a full stop or semicolon (or nothing) between ``offset`` and the end of the line."""
    end = text.find("\n", offset)
    return text[offset : end if end >= 0 else len(text)].strip() in {"", ".", ";"}


def _has_lowercase_word(words: list[_Word]) -> bool:
    """Organisation names keep lower-case syllables; place names (Việt Nam) do not."""
    return any(w.text[0].islower() for w in words)


def _span(text: str, words: list[_Word]) -> str:
    return " ".join(text[words[0].start : words[-1].end].split())


def _head_noun_phrase(words: list[_Word], form: str = "", bounded: bool = False) -> list[_Word]:
    """Words from the first head noun that starts a usable name to the end (see module docs).

    A capitalised head noun is looked for first, then a lower-case one of the
    few that are never verbs (``hiệp định thương mại tự do (FTA)``).  With
    ``bounded`` the words are the whole gloss (``ABBR (gloss)``), so an
    abbreviation cannot name a possessor inside them.
    """
    keys = [tone_key(w.text) for w in words]
    heads = [
        i
        for i, w in enumerate(words)
        if w.text[0].isupper() and _head_noun_at(keys, i) and not _bare_subject_at(words, keys, i)
    ]
    if not heads:
        heads = [i for i in range(len(words)) if _lower_head_at(keys, i)]
    if not heads:
        return []
    start = heads[0]
    for index in heads[1:]:
        # "Dự án do Chương trình … (UNDP)": a preposition starts a new name.
        if words[index - 1].text.lower() in _NAME_INTRODUCERS:
            start = index
    phrase = words[start:]
    if (
        2 <= len(phrase) <= MAX_LONG_FORM_WORDS
        and phrase[-1].text.lower() not in FUNCTION_WORDS
        and not _reports(keys[start:])
        and _has_lowercase_word(phrase)
        and (bounded or not _names_a_possessor(phrase, keys[start:], form))
    ):
        return phrase
    return []


# "Khảo sát cho thấy Chỉ số … (PCI)": what a body says or shows, never inside a name.
_REPORTING_VERBS = _phrase_keys(("cho biết", "cho thấy"))


def _reports(keys: list[str]) -> bool:
    return any(tuple(keys[i : i + 2]) in _REPORTING_VERBS for i in range(len(keys) - 1))


def _bare_subject_at(words: list[_Word], keys: list[str], index: int) -> bool:
    """A subject-prone head (``Hải quân``) with no capitalised word after it: not a name."""
    for size in range(1, _MAX_HEAD_LEN + 1):
        if tuple(keys[index : index + size]) in _SUBJECT_HEADS:
            return not any(w.text[0].isupper() for w in words[index + size :])
    return False


def _head_noun_at(keys: list[str], index: int) -> bool:
    if tuple(keys[index : index + 2]) in _NOT_HEAD_NOUNS:
        return False
    return any(tuple(keys[index : index + size]) in _HEAD_NOUNS for size in range(1, _MAX_HEAD_LEN + 1))


def starts_with_head_noun(words: list[str]) -> bool:
    """True if ``words`` open with a noun that heads a name (``Hội nghị``, ``Bộ``, ``Tiêu chuẩn``)."""
    return _head_noun_at([tone_key(word) for word in words[:_MAX_HEAD_LEN]], 0)


def _lower_head_at(keys: list[str], index: int) -> bool:
    return any(tuple(keys[index : index + size]) in _LOWER_HEAD_NOUNS for size in (2, 3))


def _names_a_possessor(phrase: list[_Word], keys: list[str], form: str) -> bool:
    """``Tuyên bố chung của Bộ trưởng … (ADMM)``: the abbreviation may name either noun.

    A capitalised head noun after ``của`` makes the phrase ambiguous when the
    possessor's words alone are enough to spell the abbreviation's name (about
    one syllable per letter); ``Lực lượng An ninh lâm thời của Liên hợp quốc
    tại Abyei (UNISFA)`` is not ambiguous: five syllables cannot name six letters.
    """
    letters = len(_units(form)) if form else 0
    for index in range(1, len(phrase) - 1):
        if phrase[index].text.lower() == "của":
            following = phrase[index + 1]
            if following.text[0].isupper() and _head_noun_at(keys, index + 1):
                return len(phrase) - index - 1 >= letters
    return False


# --- initials matching -------------------------------------------------------

_CONJ = "&"


@lru_cache(maxsize=4096)
def _units(abbr: str) -> tuple[str, ...]:
    """Letters of ``abbr`` to match against syllables; ``&`` stands for 'và'.

    A word in a two-word form counts by its first letter (``Bộ CHQS`` → B C H Q S).
    """
    units: list[str] = []
    for part in abbr.split():
        if is_all_caps(part) or len(part) <= 1:
            units.extend(ch if ch.isalpha() else _CONJ for ch in part if ch.isalpha() or ch == "&")
        elif part[0].isalpha():
            units.append(part[0])
    return tuple(units)


def _initial_matches(letter: str, word: str) -> bool:
    first = word[0]
    if letter == "Đ":
        return first in "Đđ"
    if letter in "Ww" and first in "Ưư":  # Telex: TW = Trung ương
        return True
    return fold(first) == fold(letter)


def _digraph_matches(letters: str, word: str) -> bool:
    """Two abbreviation letters for one syllable starting with a digraph (``TH`` → Thành)."""
    start = fold(word[:3])
    low = fold(letters)
    return low in _DIGRAPHS and start.startswith(low)


def _match_back(abbr: str, words: list[_Word]) -> int | None:
    """Start index of the shortest suffix of ``words`` whose initials spell ``abbr``."""
    units = _units(abbr)
    if len(units) < 2 or not words:
        return None
    texts = tuple(w.text for w in words[-(len(units) * 3 + 2) :])
    offset = len(words) - len(texts)
    start = _search(units, texts)
    return None if start is None else start + offset


def spells(abbr: str, words: list[str]) -> bool:
    """True if the initials of all of ``words`` spell ``abbr`` (``Liên Hiệp Quốc`` → LHQ)."""
    units = _units(abbr)
    return len(units) >= 2 and _search(units, tuple(words)) == 0


def _matches_all(abbr: str, words: list[_Word]) -> bool:
    """True if all of ``words`` (and nothing less) spell ``abbr``."""
    units = _units(abbr)
    if len(units) < 2:
        return False
    return _search(units, tuple(w.text for w in words)) == 0


@lru_cache(maxsize=4096)
def _search(units: tuple[str, ...], words: tuple[str, ...]) -> int | None:
    """Largest start s such that words[s:] spells units, ending at the last word."""

    @cache
    def back(u: int, w: int) -> int | None:
        # Match units[:u] against words ending at index w (exclusive).
        if u == 0:
            return w
        if w == 0:
            return None
        best: int | None = None
        word = words[w - 1]
        unit = units[u - 1]
        options: list[int | None] = []
        if unit == _CONJ:
            if word.lower() in _CONJUNCTIONS or word == "&":
                options.append(back(u - 1, w - 1))
        elif _initial_matches(unit, word):
            options.append(back(u - 1, w - 1))
        if u >= 2 and units[u - 2] != _CONJ and _digraph_matches(units[u - 2] + unit, word):
            options.append(back(u - 2, w - 1))
        # Skip a function word inside the long form, never at its end.
        if u < len(units) and word.lower() in FUNCTION_WORDS:
            options.append(back(u, w - 1))
        for option in options:
            if option is not None and (best is None or option > best):
                best = option
        return best

    return back(len(units), len(words))
