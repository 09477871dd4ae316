"""Find abbreviations that an article defines in its own text.

Patterns (``ABBR`` is an abbreviation-shaped token, see :mod:`.tokens`):

1. ``long form (ABBR)`` — the long form is found by matching ABBR's letters
   to syllable initials, anchored at the word before ``(``, so the start of
   the long form needs no guessing.
2. ``ABBR (long form)`` — the whole parenthesised text must match by initials
   (otherwise ``USAID (Mỹ)`` or ``UNMISS (Nam Sudan)`` would be "defined").
3. ``long form - ABBR`` — by initials, or (for an English acronym such as
   ``Liên hợp quốc - UN``) when the item is a capitalised phrase inside a
   parenthesised or comma-separated list.
4. ``A và B (X và Y)`` — several abbreviations in one pair of parentheses
   are matched right to left, each against the words before the previous one
   and the conjunction between them.

Initials: each letter of ABBR matches the first letter of one syllable after
folding diacritics (``Ủy`` → U); ``Đ`` matches only ``đ`` while ``D`` matches
``d`` or ``đ`` (Đ is often typed as D); ``&`` matches ``và``/``and``; digraph
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
nothing is discovered: the start of the long form would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..text.vietnamese import fold, tone_key
from .model import GlossaryEntry
from .tokens import ALNUM, UPPER, fix_d_lookalikes, is_all_caps, is_roman_numeral

_ABBR = rf"{UPPER}{ALNUM}*(?:[&.+\-]{ALNUM}+)*\+*"
_WORD_RE = re.compile(r"[^\W_]+")
_PARENS_RE = re.compile(r"\(([^()\n]{1,300})\)")
# Words that introduce the abbreviation inside the parentheses.
_INTRO_RE = re.compile(
    r"^(?:(?:gọi|viết)\s+tắt(?:\s+là)?|tên\s+viết\s+tắt(?:\s+là)?|viết\s+tắt|tiếng\s+Anh)\s*:?\s*",
    re.IGNORECASE,
)
_ABBR_LIST_RE = re.compile(rf"{_ABBR}(?:\s*(?:,|và|and|/)\s*{_ABBR})*")
_ABBR_SPLIT_RE = re.compile(r"\s*(?:,|\bvà\b|\band\b|/)\s*")
# Starts at the dash itself so the regex engine can skip ahead to dashes.
_DASH_RE = re.compile(rf"[-–—](?<=\s.)[^\S\n]+({_ABBR})(?=[^\S\n]*(?:[,;)]|\.(?!\w)|$))", re.MULTILINE)
# Clause delimiters: the long form never crosses one.
# (A spaced dash is not one: names hold it, "ASEAN - Trung Quốc".)
_CLAUSE_END_RE = re.compile(r"[,;:()“”\"!?\n]|\.(?=\s)")
# For "A, B và C (X, Y và Z)" the long forms span commas.
_SENTENCE_PART_END_RE = re.compile(r"[;:()“”\"!?\n]|\.(?=\s)")

MAX_LONG_FORM_WORDS = 15  # treaty names run long (CPTPP: 13 words)
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
# First syllables (or two) of nouns that head the name of an organisation,
# meeting, agreement or programme.
_HEAD_NOUNS = frozenset(
    tuple(tone_key(s) for s in phrase.split())
    for phrase in (
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
        "dự án",
        "khu vực",
        "thông tấn xã",
    )
)
# Words after which a capitalised head noun starts a new name, not part of the one before.
_NAME_INTRODUCERS = frozenset(["do", "tại", "bởi", "thuộc", "với", "cho", "như", "là", "gồm", "giữa", "từ"])
_MAX_HEAD_LEN = max(len(h) for h in _HEAD_NOUNS)


@dataclass(frozen=True)
class Definition:
    """One definition found in text; ``pattern`` names the rule that found it."""

    abbr: str
    long_form: str
    pattern: str  # "long-paren", "abbr-paren", "dash", "compound", "head-noun", "dash-list"
    start: int  # offset of the long form in the text


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
    for match in _PARENS_RE.finditer(text):
        found.extend(_from_parentheses(text, match))
    for match in _DASH_RE.finditer(text):
        definition = _from_dash(text, match)
        if definition is not None:
            found.append(definition)
    unique: dict[tuple[str, str], Definition] = {}
    for definition in sorted(found, key=lambda d: d.start):
        unique.setdefault((definition.abbr, fold(definition.long_form)), definition)
    return list(unique.values())


def discover_entries(text: str, seed: str) -> list[GlossaryEntry]:
    """Definitions in one article as glossary entries marked with their seed.

    The first definition of each abbreviation in the article is kept.
    """
    entries: dict[str, GlossaryEntry] = {}
    for definition in find_definitions(text):
        entries.setdefault(
            definition.abbr,
            GlossaryEntry(
                key=definition.abbr,
                vi=_sentence_case(definition.long_form),
                source="discovered",
                found_in=(seed,),
            ),
        )
    return list(entries.values())


def discover_in_articles(texts: Iterable[tuple[str, str]]) -> list[GlossaryEntry]:
    """Discovered entries of many ``(seed, text)`` pairs (merge with Glossary.with_discovered)."""
    result: list[GlossaryEntry] = []
    for seed, text in texts:
        result.extend(discover_entries(text, seed))
    return result


def _sentence_case(long_form: str) -> str:
    """Capitalise the first letter only (``hội nhập quốc tế`` → ``Hội nhập quốc tế``)."""
    return long_form[:1].upper() + long_form[1:]


def _is_abbreviation(token: str) -> bool:
    return is_all_caps(token) and not is_roman_numeral(token)


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text, start, end)]


def _clause_start(text: str, end: int, commas: bool = True) -> int:
    """Offset after the last clause delimiter before ``end`` (commas count unless told)."""
    start = max(0, end - 400)
    pattern = _CLAUSE_END_RE if commas else _SENTENCE_PART_END_RE
    for match in pattern.finditer(text, start, end):
        start = match.end()
    return start


def _from_parentheses(text: str, match: re.Match) -> list[Definition]:
    inner = _INTRO_RE.sub("", match.group(1).strip())
    open_at = match.start()
    abbrs = _ABBR_SPLIT_RE.split(inner) if _ABBR_LIST_RE.fullmatch(inner) else []
    if abbrs and all(_is_abbreviation(a) for a in abbrs):
        if len(abbrs) > 1:
            before = _words(text, _clause_start(text, open_at, commas=False), open_at)
            return _compound(text, abbrs, before)
        before = _words(text, _clause_start(text, open_at), open_at)
        return _long_form_before(text, abbrs[0], before)
    # ABBR (long form): the token right before "(".
    head = re.search(rf"({_ABBR})[^\S\n]*$", text[max(0, open_at - 40) : open_at])
    if head and _is_abbreviation(head.group(1)):
        inner_start = match.start(1) + match.group(1).find(inner)
        words = _words(text, inner_start, inner_start + len(inner))
        if words and _matches_all(head.group(1), words):
            return [
                Definition(head.group(1), text[words[0].start : words[-1].end], "abbr-paren", words[0].start)
            ]
    return []


def _long_form_before(text: str, abbr: str, words: list[_Word]) -> list[Definition]:
    start = _match_back(abbr, words)
    if start is not None:
        return [Definition(abbr, _span(text, words[start:]), "long-paren", words[start].start)]
    long_words = _head_noun_phrase(words)
    if long_words:
        return [Definition(abbr, _span(text, long_words), "head-noun", long_words[0].start)]
    return []


def _compound(text: str, abbrs: list[str], words: list[_Word]) -> list[Definition]:
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
        elif start > 0 and "," in text[words[start - 1].end : words[start].start]:
            end = start
        else:
            return []
    return found[::-1]


def _from_dash(text: str, match: re.Match) -> Definition | None:
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
        return Definition(abbr, _span(text, words[start:]), "dash", words[start].start)
    # English acronym after a Vietnamese name: only as a whole item of a list
    # in parentheses, e.g. "(Liên hợp quốc - UN, Liên minh châu Âu - EU)".
    item_open = text[clause_start - 1] if clause_start > 0 else ""
    in_parentheses = text.rfind("(", 0, dash_at) > text.rfind(")", 0, dash_at)
    if (
        item_open in {"(", ",", ";"}
        and in_parentheses
        and words[0].text[0].isupper()
        and 1 <= len(words) <= 8
        and _has_lowercase_word(words)
    ):
        return Definition(abbr, _span(text, words), "dash-list", words[0].start)
    return None


def _has_lowercase_word(words: list[_Word]) -> bool:
    """Organisation names keep lower-case syllables; place names (Việt Nam) do not."""
    return any(w.text[0].islower() for w in words)


def _span(text: str, words: list[_Word]) -> str:
    return " ".join(text[words[0].start : words[-1].end].split())


def _head_noun_phrase(words: list[_Word]) -> list[_Word]:
    """Words from the first capitalised head noun to the end (see module docs)."""
    keys = [tone_key(w.text) for w in words]
    heads = [i for i, w in enumerate(words) if w.text[0].isupper() and _head_noun_at(keys, i)]
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
        and _has_lowercase_word(phrase)
        and not _names_a_possessor(phrase, keys[start:])
    ):
        return phrase
    return []


def _head_noun_at(keys: list[str], index: int) -> bool:
    return any(tuple(keys[index : index + size]) in _HEAD_NOUNS for size in range(1, _MAX_HEAD_LEN + 1))


def _names_a_possessor(phrase: list[_Word], keys: list[str]) -> bool:
    """``Tuyên bố chung của Bộ trưởng … (ADMM)``: the abbreviation may name either noun.

    A capitalised head noun after ``của`` makes the phrase ambiguous, so it is
    not used.
    """
    for index in range(1, len(phrase) - 1):
        if phrase[index].text.lower() == "của":
            following = phrase[index + 1]
            if following.text[0].isupper() and _head_noun_at(keys, index + 1):
                return True
    return False


# --- initials matching -------------------------------------------------------

_CONJ = "&"


def _units(abbr: str) -> tuple[str, ...]:
    """Letters of ``abbr`` to match against syllables; ``&`` stands for 'và'."""
    return tuple(ch if ch.isalpha() else _CONJ for ch in abbr if ch.isalpha() or ch == "&")


def _initial_matches(letter: str, word: str) -> bool:
    first = word[0]
    if letter == "Đ":
        return first in "Đđ"
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
