"""Definitions written with parentheses: ``long form (ABBR)``, ``ABBR (long form)``,
several abbreviations in one pair, lists, code names and slash forms (see :mod:`.discovery`)."""

from __future__ import annotations

import re

from ..text.vietnamese import fold
from .heads import _head_noun_phrase
from .initials import (
    _CONJUNCTIONS,
    FUNCTION_WORDS,
    MIN_SYLLABIC_LETTERS,
    _initial_matches,
    _match_back,
    _matches_all,
    spells_by_syllables,
)
from .phrases import (
    _ABBR,
    _ABBR_RE,
    _CAMEL_RE,
    _FORM_RE,
    _GROUP_WORD_RE,
    _ITEM_END_RE,
    _PLURAL_MARKERS,
    _PREDICATE_WORDS,
    _SECOND_WORD_RE,
    MAX_GLOSS_WORDS,
    MIN_ACRONYM_LETTERS,
    Definition,
    _has_clause_word,
    _has_function_edge,
    _is_abbreviation,
    _is_form,
    _is_gloss,
    _is_name_part,
    _number_tail_start,
    base_form,
)
from .tokens import UPPER, is_syllable_like, letters_of
from .words import MAX_LONG_FORM_WORDS, _clause_start, _has_lowercase_word, _is_ascii, _span, _Word, _words

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
# The last two words right before "(" in "ABBR (long form)".
_WORDS_BEFORE_RE = re.compile(r"(?<![\w&+.\-])(?:(\S+)[^\S\n]+)?(\S+)[^\S\n]*$")


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
    abbrs = _ABBR_SPLIT_RE.split(inner) if _ABBR_LIST_RE.fullmatch(inner) else []
    if "/" in inner and len(abbrs) > 1 and all(_is_abbreviation(a) for a in abbrs):
        # "(ASEAN/EU)": each part its own long form first; else one slash form (HA/DR).
        listed = _words(text, _clause_start(text, open_at, commas=False), open_at)
        found = _compound(text, abbrs, listed)
        if found or " " in inner or not _is_abbreviation(inner):
            return found
        return _slash_form_before(text, inner, _words(text, _clause_start(text, open_at), open_at), listed)
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


# "(Japanese-Language Proficiency Test, JLPT)", "(ASEAN Young Officers Exchange - AVSE)",
# "(SEA: Southeast Asia)": an English name and its acronym side by side in one pair.
_PAIRED_RE = re.compile(
    rf"[^\S\n]*(?P<long>[A-Z][^,;:()\n]*?)[^\S\n]*(?P<sep>,|[-–—])[^\S\n]*(?P<abbr>{_ABBR})[^\S\n]*"
    rf"|[^\S\n]*(?P<abbr2>{_ABBR})[^\S\n]*:[^\S\n]*(?P<long2>[A-Z][^,;:()\n]*?)[^\S\n]*"
)
# Lower-case words a Title Case English name may keep ("Rule of Law", "Peace and Security").
_ENGLISH_SMALL_WORDS = frozenset(["of", "and", "the", "for", "on", "in", "to", "at", "by", "&"])


def paired_english_name(text: str, start: int, end: int) -> Definition | None:
    """``(English Name, ABBR)``, ``(English Name - ABBR)``, ``(ABBR: English Name)``: a definition.

    Both halves stand in one pair of parentheses, so the pair itself says the name is what the
    acronym abbreviates, whatever Vietnamese words come before it.  The name must be ASCII
    Title Case of two words or more, opening with the acronym's first letter; with a comma or
    colon (which also separate list items) its letters must also occur in order
    (``JLPT`` in Japanese-Language Proficiency Test).  A dash joins only a name and its
    acronym, so that check is waived there (``AVSE`` for ASEAN Young Officers Exchange).
    The caller uses it only where no other rule defines the acronym: a Vietnamese name before
    the pair ("Tổ chức Y tế Thế giới (World Health Organization - WHO)") is the long form.
    """
    found = _PAIRED_RE.fullmatch(text, start, end)
    if found is None:
        return None
    abbr = found.group("abbr") or found.group("abbr2")
    long_at = found.start("long") if found.group("long") else found.start("long2")
    long_form = " ".join((found.group("long") or found.group("long2")).split())
    words = long_form.split()
    if not (2 <= len(words) <= MAX_LONG_FORM_WORDS and long_form.isascii() and _is_abbreviation(abbr)):
        return None
    if not all(w[0].isupper() or w in _ENGLISH_SMALL_WORDS for w in words):
        return None
    letters = letters_of(abbr)
    if not letters.isascii() or letters[0].lower() != long_form[0].lower():
        return None
    if (found.group("sep") or ":") not in "-–—" and not _letters_in_order(letters, long_form):
        return None
    return Definition(abbr, long_form, "english-pair", long_at)


# Lower-case syllables a word of a Vietnamese name may carry after its capital ("Môi trường").
MAX_NAME_LOWER_RUN = 2
# After the name's last capital, one syllable at most ("Kinh doanh"): more is a clause going on.
MAX_NAME_TAIL = 1
_SENTENCE_OPENERS = frozenset(".!?:;\"“'(")


def _translated_name_before(text: str, form: str, words: list[_Word]) -> list[Definition]:
    """``Chỉ số Môi trường Kinh doanh (BCI)``, ``Vương quốc Anh (UK)``: an English acronym after
    the Vietnamese name that translates it.

    The letters do not spell the translation, but a name keeps one capitalised word per
    part, as the acronym keeps one letter per part: the name is the run of capitalised
    words (each with up to two lower-case syllables) right before ``(`` that has exactly as
    many capitals as the acronym has letters.  One more capital is allowed only when it
    opens the sentence right before the run ("Việc Vương quốc Anh (UK)"); more, or an
    abbreviation or function word inside, define nothing.  A person's name (no lower-case
    word) never qualifies, so "(CEO)" after a name stays undefined.
    """
    letters = letters_of(form)
    if form != letters or len(letters) < 2 or not letters.isascii() or not letters.isupper():
        return []
    capitals: list[int] = []
    lower_run = 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index].text
        if not word.isalpha() or (word.isupper() and len(word) > 1):
            break
        if word[0].isupper():
            capitals.append(index)
            lower_run = 0
        elif word in FUNCTION_WORDS or lower_run == MAX_NAME_LOWER_RUN:
            break
        else:
            lower_run += 1
        if index > 0 and text[words[index - 1].end : words[index].start] != " ":
            break
    need = len(letters)
    if len(capitals) < need:
        return []
    start = capitals[need - 1]
    if len(capitals) > need:
        extra = capitals[need]
        before = text[: words[extra].start].rstrip()
        if len(capitals) > need + 1 or extra != start - 1 or extra != 0:
            return []
        if before and before[-1] not in _SENTENCE_OPENERS:
            return []
    name = words[start:]
    if len(name) > MAX_LONG_FORM_WORDS or all(w.text[0].isupper() for w in name):
        return []
    if len(words) - 1 - capitals[0] > MAX_NAME_TAIL:
        return []  # "Ấn Độ tham dự (AD)": a name, then a verb; a name ends with its last part
    return [Definition(form, _span(text, name), "translated-name", name[0].start)]


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
    if spells_by_syllables(form, [w.text for w in words]):  # "PASSEX (Passage Exercise)"
        return [Definition(form, _span(text, words), "abbr-syllables", words[0].start)]
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
    long_words = _syllables_before(form, words[:tail])
    if long_words:
        return [Definition(form, _span(text, long_words), "syllables-paren", long_words[0].start)]
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
    found = _spelled_across(text, form, words[:tail], listed)
    if not found and _GROUP_WORD_RE.fullmatch(form):
        found = _code_name_before(text, form, listed)
    if not found:
        found = _translated_name_before(text, form, words)
    return found


def _syllables_before(form: str, words: list[_Word]) -> list[_Word]:
    """``tập trận Rim of the Pacific (RIMPAC)``: the shortest run of English words before
    ``(`` whose first letters spell the acronym syllable by syllable (:func:`spells_by_syllables`)."""
    if len(form) < MIN_SYLLABIC_LETTERS:
        return []
    for start in range(len(words) - 2, max(-1, len(words) - len(form)), -1):
        if not words[start].text.isascii():
            return []
        if spells_by_syllables(form, [w.text for w in words[start:]]):
            return words[start:]
    return []


def _slash_form_before(text: str, form: str, words: list[_Word], listed: list[_Word]) -> list[Definition]:
    """``Humanitarian Assistance/Disaster Relief (HA/DR)``: one entry for a slash form whose
    parts no long form of their own defines: spelled by initials (the slash is no letter),
    or translated item by item (:func:`_slash_items_before`).  Nothing unchecked: a name
    with a head noun before ``(ASEAN/EU)`` may name either part."""
    start = _match_back(form, words)
    if start is not None:
        return [Definition(form, _span(text, words[start:]), "long-paren", words[start].start)]
    return _spelled_across(text, form, words, listed) or _slash_items_before(text, form, listed)


def _slash_items_before(text: str, form: str, words: list[_Word]) -> list[Definition]:
    """``hỗ trợ nhân đạo, cứu trợ thảm họa (HA/DR)``: one translated item per part of a slash form.

    The last items are the runs of ``words`` between commas (or ``và``) before ``(``, one
    per part, each lower-case, one to two syllables per letter of its part, no clause
    word and no preposition at its edges.  The first item starts on a syllable with the
    form's first letter (H → hỗ), as :func:`_lower_case_gloss_before` anchors a
    translated acronym; only English parts (ASCII letters).
    """
    parts = form.split("/")
    if not all(len(letters_of(p)) >= 2 and letters_of(p).isascii() for p in parts):
        return []
    segments = _list_segments(text, words)
    if len(segments) < len(parts):
        return []
    items = segments[-len(parts) :]
    if any(separator not in {",", *_CONJUNCTIONS} for separator, _, _ in items[1:]):
        return []
    for part, (_, start, end) in zip(parts[1:], items[1:], strict=True):
        if not _is_item_gloss(words[start:end], part):
            return []
    _, start, end = items[0]
    letters = len(letters_of(parts[0]))
    for first in range(max(start, end - 2 * letters), end - letters + 1):
        if _initial_matches(parts[0][0], words[first].text) and _is_item_gloss(words[first:end], parts[0]):
            long_words = words[first:]
            return [Definition(form, _span(text, long_words), "slash-items", long_words[0].start)]
    return []


def _is_item_gloss(words: list[_Word], part: str) -> bool:
    """Lower-case words that can translate one part of a slash form (``cứu trợ thảm họa`` for DR)."""
    letters = len(letters_of(part))
    return (
        letters <= len(words) <= 2 * letters
        and all(_is_gloss_word(w.text) and w.text not in _CONJUNCTIONS for w in words)
        and not _has_function_edge(words)
    )


def _spelled_across(text: str, form: str, words: list[_Word], listed: list[_Word]) -> list[Definition]:
    """Initials that the clause alone cannot hold (tried when every other rule failed).

    ``văn hóa, thể thao và du lịch (VHTT&DL)``: a lower-case enumeration, its items
    spelled by initials across the commas between them (a comma with a lower-case word
    on both sides); ``Viet Nam - Singapore Industrial Park (VSIP)``: an English long form
    in which a Vietnamese name written syllable by syllable (``Viet Nam``, ``Ha Noi``)
    gives one letter, as it does when written as one word (``Vietnam``).
    """
    if listed and len(listed) > len(words):
        start = _match_back(form, listed)
        if start is not None and _commas_join_items(text, listed[start:]):
            return [Definition(form, _span(text, listed[start:]), "list-initials", listed[start].start)]
    joined = _joined_names(words)
    if len(joined) < len(words):
        start = _match_back(form, joined)
        # An English name around the syllables ("Thanh Nga (TH)" is a person's name).
        if (
            start is not None
            and _is_ascii(joined[start:])
            and any(not _is_name_syllable(w.text) for w in joined[start:])
        ):
            return [Definition(form, _span(text, joined[start:]), "long-paren", joined[start].start)]
    return []


def _code_name_before(text: str, form: str, words: list[_Word]) -> list[Definition]:
    """``Lễ diễu binh, diễu hành kỷ niệm 80 năm Cách mạng tháng Tám (A80)``: a code name of a
    letter and a number, the number written in the name.

    The letter is a code, not an initial, so the number anchors the name: it stands as a
    word of its own (not in a date, ratio or decimal: ``2/9``, ``1,5``) and ends the name,
    comes before a capitalised word or counts the years of an anniversary (``80 năm``),
    not things (``gồm 80 cán bộ``).  The name runs from the nearest capitalised word
    before the number to ``(``, with no other number, no clause word, no preposition or
    plural marker before the number (``Các em học tại phòng 8``) and a lower-case word
    (a name, not a place); commas inside it join lower-case items (``diễu binh, diễu hành``).
    """
    number = form[1:]
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i].text == number), None)
    if at is None or not _stands_alone(text, words[at]):
        return []
    following = words[at + 1].text if at + 1 < len(words) else ""
    if following and not (following[0].isupper() or following == "năm"):
        return []
    start = next((i for i in range(at, -1, -1) if words[i].text[0].isupper()), None)
    if start is None:
        return []
    name = words[start:]
    lead = [w.text.lower() for w in words[start:at]]
    if (
        not 2 <= len(name) <= MAX_LONG_FORM_WORDS
        or any(w.text[0].isdigit() for w in name if w is not words[at])
        or any(word in FUNCTION_WORDS or word in _PLURAL_MARKERS for word in lead)
        or not _has_lowercase_word(name)
        or not _commas_join_items(text, name)
    ):
        return []
    return [Definition(form, _span(text, name), "code-name", name[0].start)]


def _stands_alone(text: str, word: _Word) -> bool:
    """True if no digit-joining mark (``/ . , : -``) touches ``word`` (``80``, not ``2/9`` or ``1,5``)."""
    before = text[word.start - 1] if word.start else " "
    after = text[word.end] if word.end < len(text) else " "
    joined_after = after in "/.,:-" and word.end + 1 < len(text) and text[word.end + 1].isdigit()
    return before not in "/.,:-" and not joined_after


def _commas_join_items(text: str, words: list[_Word]) -> bool:
    """Every comma between ``words`` joins two lower-case items of two words or more
    (``tìm kiếm, cứu nạn``; ``tăng, giá cả giảm`` joins clauses), and no clause word is among them."""
    if _has_clause_word(words):
        return False
    item = 1  # words of the current item
    for index in range(1, len(words)):
        before, after = words[index - 1], words[index]
        if "," not in text[before.end : after.start]:
            item += 1
            continue
        if item < 2 or not (before.text.isalpha() and before.text.islower() and after.text.islower()):
            return False
        item = 1
    return item >= 2 or "," not in text[words[0].start : words[-1].end]


def _joined_names(words: list[_Word]) -> list[_Word]:
    """``words`` with each run of capitalised ASCII syllables (``Viet Nam``) made one word."""
    joined: list[_Word] = []
    for word in words:
        previous = joined[-1] if joined else None
        if previous is not None and _is_name_syllable(word.text) and _is_name_syllable(previous.text):
            joined[-1] = _Word(previous.text, previous.start, word.end)
        else:
            joined.append(word)
    return joined


def _is_name_syllable(word: str) -> bool:
    """A capitalised ASCII word shaped like one Vietnamese syllable (``Viet``, ``Nam``, ``Noi``)."""
    return (
        word.isascii()
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and is_syllable_like(word)
    )


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
