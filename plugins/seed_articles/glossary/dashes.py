"""Definitions written with a dash: ``long form - ABBR`` and ``ABBR - long form``, and the
outlet prefix (``TPO - …``) that defines nothing (see :mod:`.discovery`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.vietnamese import tone_key
from .heads import _head_noun_at, _head_noun_phrase, _heads_agree, _phrase_keys
from .initials import _match_back, _search, _units
from .phrases import (
    _ABBR_RE,
    _ITEM_END_RE,
    _ORDINAL_WORDS,
    _PREDICATE_WORDS,
    MIN_ACRONYM_LETTERS,
    Definition,
    _has_function_edge,
    _is_abbreviation,
    _is_gloss,
    _is_name_part,
    _is_number_word,
    base_form,
)
from .tokens import UPPER, letters_of
from .words import (
    _NAME_COMMA_RE,
    MAX_LONG_FORM_WORDS,
    _clause_start,
    _has_lowercase_word,
    _is_ascii,
    _span,
    _Word,
    _words,
)

# Where the long form after "ABBR - " ends: a clause delimiter or another spaced dash.
_GLOSS_END_RE = re.compile(r"[,;:()“”\"!?\n]|\.(?=\s|$)|[^\S\n][-–—][^\S\n]")
_LINE_OR_CLAUSE_START_RE = re.compile(r"(?:^|[.,:;!?][^\S\n]+|\n[^\S\n]*)$")
_LINE_START_RE = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*+•][^\S\n]+)?$")
MAX_ITEM_WORDS = 8  # an unchecked item of a list ("Liên hợp quốc - UN")


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
    listed = _english_list_in_parentheses(text, dash_at, match.end())
    if listed is not None:
        clause_start, words = listed
    start = _match_back(abbr, words)
    if listed is not None and start != 0:
        return None  # part of an English name spells nothing
    if start is not None:
        named = _name_before_english(text, abbr, clause_start, words[start:], match.end())
        if named is not None:
            return named
        return Definition(abbr, _span(text, words[start:]), "dash", words[start].start)
    english = _english_in_parentheses(text, abbr, clause_start, words, match.end())
    if english is not None:
        return english
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
            words, stop = _without_time_adverb(words[: verbs[0]]), None
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


# "NSW - Cổng thông tin một cửa quốc gia hiện đã kết nối …": a time adverb stands between
# the subject and its verb; it belongs to the clause, never to the name.
_TIME_ADVERBS = frozenset(["hiện", "nay", "hiện nay", "hiện tại", "đến nay", "từ lâu"])


def _without_time_adverb(words: list[_Word]) -> list[_Word]:
    """``words`` without a lower-case time adverb (``hiện``, ``hiện nay``) at their end."""
    for size in (2, 1):
        if len(words) > size and " ".join(w.text for w in words[-size:]) in _TIME_ADVERBS:
            return words[:-size]
    return words


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
    texts = [w.text for w in words]
    for index in range(1, len(words) - 1):
        following = words[index + 1].text
        if (
            words[index].text in {"và", "cùng"}
            and following[0].isupper()
            and _head_noun_at(keys, index + 1, texts)
        ):
            return index
    return None


def _english_list_in_parentheses(text: str, dash_at: int, end: int) -> tuple[int, list[_Word]] | None:
    """``(Intelligence, Surveillance & Reconnaissance - ISR)``: an English name whose items
    the commas separate fills the parentheses before the dash, so it starts at ``(``.

    Only when every word in it is ASCII and capitalised (``&``/``and`` may join the last
    item) and a comma is there to split it; the initials must then spell all of it.
    """
    start = _clause_start(text, dash_at, commas=False)
    if start == 0 or text[start - 1] != "(" or not text.startswith(")", end):
        return None
    if "," not in text[start:dash_at]:
        return None
    words = _words(text, start, dash_at)
    if not 2 <= len(words) <= MAX_ITEM_WORDS or not _is_ascii(words):
        return None
    if not all(w.text[0].isupper() or w.text in ("&", "and", "of", "the") for w in words):
        return None
    return start, words


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


# Word initials an English long form must give its acronym when other letters come from
# inside words ("sanitary and phytosanitary - SPS": S, P initials, the last S inside).
MIN_ENGLISH_INITIALS = 2


def _english_in_parentheses(
    text: str, abbr: str, clause_start: int, words: list[_Word], end: int
) -> Definition | None:
    """``(sanitary and phytosanitary - SPS)``: an English long form and its acronym fill the
    parentheses, the acronym taking letters from inside a compound word (phyto-sanitary).

    Initials alone cannot spell it, so: only ASCII words, two to :data:`MAX_ITEM_WORDS`; the
    acronym's letters in order in them, the first opening the long form, and at least
    :data:`MIN_ENGLISH_INITIALS` of them word initials.  A Vietnamese name before ``(`` that
    translates it is the long form (:func:`_name_before_english`); else the English one is.
    """
    letters = letters_of(abbr).lower()
    open_at = clause_start - 1
    if (
        len(letters) < MIN_ACRONYM_LETTERS
        or not letters.isascii()
        or open_at < 0
        or text[open_at] != "("
        or not text.startswith(")", end)
        or not 2 <= len(words) <= MAX_ITEM_WORDS
        or not all(w.text.isascii() and w.text.isalpha() for w in words)
    ):
        return None
    if not _letters_in_order(letters, [w.text.lower() for w in words]):
        return None
    named = _name_before_english(text, abbr, clause_start, words, end)
    if named is not None:
        return named
    return Definition(abbr, _span(text, words), "dash-english", words[0].start)


def _letters_in_order(letters: str, words: list[str]) -> bool:
    """True if ``letters`` occur in order in ``words``, the first opening the first word, and
    at least :data:`MIN_ENGLISH_INITIALS` of them opening a word."""
    if not words[0].startswith(letters[0]):
        return False
    initials, word, at = 0, 0, 0
    for letter in letters:
        while word < len(words) and words[word].find(letter, at) < 0:
            word, at = word + 1, 0
        if word == len(words):
            return False
        found = words[word].find(letter, at)
        initials += found == 0
        at = found + 1
    return initials >= MIN_ENGLISH_INITIALS


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
