"""Find abbreviations in article text.

One compiled regex finds abbreviation-shaped tokens (see :mod:`.tokens`);
each token is split into glossary spellings with dict lookups, longest
first, so ``ADMM+`` is one entry and ``ADMM-17`` / ``BVDC2.4`` are an entry
with a number.  Offsets refer to the text passed in, which must be NFC (the
parser's output is).

A glossary spelling of two tokens (``UN Women``, ``ADMM+ EWG``) is matched
as one mention before its first token is split; when a common noun comes first
(``Bộ CHQS``) the abbreviation after it is a mention of its own entry too (``CHQS``),
inside the phrase's span.  A number may close with one capital (``QL1A``: the
highway ``QL``, number ``1A``).  A spelling written as a
capitalised word (``Interpol``) is matched only as that exact whole word.  Tokens the glossary does not
know become :class:`Candidate` s with their base form (``RCEP2`` → ``RCEP``,
``ÐNQP`` → ``ĐNQP``), so an undefined ``ADMM-17`` is reported as ``ADMM``.

Never recognised: anything inside URLs, domain names, e-mail addresses,
inline or fenced code, document codes (``34-CT/TW``, ``13/2023/NĐ-CP``),
parts of other words, Roman numerals made of I V X L (unless the glossary
defines that exact spelling), and text written all in capitals ("shouted"
headlines and bylines such as ``THÙY LINH`` or ``POWERED BY ONECMS``).
Never undefined candidates: unit codes after a number (``10 MW``, ``5 GB``),
single capitalised syllables (``LINH`` in a signature), file formats (``PDF``),
initials with full stops (``H.N``) and names after a credit or filing label
(``Ảnh: HV``, ``(Clip: H.A)``, ``Lưu: VT, NV``).  Never a mention:
an outlet's short name opening a paragraph as its source (``TP - Các bộ
trưởng …``).  Lower-case units a text defined (``ppt``) are found only right
after a number (:mod:`.units`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..text.places import is_place
from .heads import starts_with_head_noun
from .model import Glossary
from .tokens import (
    TOKEN_PATTERN,
    TOKEN_RE,
    UPPER,
    fix_d_lookalikes,
    has_vowel_marks,
    is_all_caps,
    is_roman_numeral,
    is_syllable_like,
    letters_of,
)
from .units import UNIT_AFTER_NUMBER_RE

_TLDS = "vn|com|net|org|gov|edu|int|info|io|asia|biz|uk|us|cn|jp|kr|fr|de|ru|la|kh|sg|th|au|tv|me"
# Masks checked on the whitespace-free chunk around a token, each with a
# substring that must be present for the regex to be worth running.
_CHUNK_MASKS: tuple[tuple[str, re.Pattern], ...] = (
    ("@", re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")),  # e-mail
    ("://", re.compile(r"(?:https?|ftp)://\S+", re.IGNORECASE)),  # URL
    ("www.", re.compile(r"www\.\S+", re.IGNORECASE)),
    (".", re.compile(rf"(?:[\w\-]+\.)+(?:{_TLDS})\b(?:/\S*)?", re.IGNORECASE)),  # admm.vn
    # Document codes: 34-CT/TW, 13/2023/NĐ-CP.
    ("", re.compile(rf"\d(?<!\w.)[\d.]*(?:/\d+)*[-/]{UPPER}\w*(?:[-/&]\w+)*")),
)
_CODE_RE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)

# Text allowed between two words of one all-caps run: spaces, light
# punctuation and single capital letters ("ONECMS - A PRODUCT").
_RUN_GAP_RE = re.compile(rf"[^\S\n]*(?:[-–—,;:/&][^\S\n]*)?(?:{UPPER}[^\S\n]+(?:[-–—,;:/&][^\S\n]*)?)*")
_PIECE_RE = re.compile(r"[^\W_]+\+*|[&.+\-]")
# A number written with the abbreviation may end in one capital that closes the token: a
# road's branch or a model's version (QL1A, QL14C: national highway 1A, 14C).
_TRAILING_NUMBER_RE = re.compile(r"^(.*?\D)(\d+[A-Z]?)$")
_NUMBER_AFTER_RE = re.compile(r"[-.]?(\d+(?:\.\d+)*(?:[A-Z](?![^\W_]))?)")
_TRAILING_NUMBER_PART_RE = re.compile(r"(?:[-.&+]*\d)+$")
_GROUP_NAME_RE = re.compile(rf"{UPPER}\d{{1,2}}")
# A number written after the abbreviation and a space: a version (BVDC 2.4,
# CMCN 4.0), a hull or unit number of 3-5 digits (CSB 8001) or any number
# closing a parenthesis (SOMTC 25), never a year
# (ASEAN 2020) or a quantity (ASEAN 680 triệu dân).
_SPACED_NUMBER_RE = re.compile(r" (\d+(?:\.\d+)+|\d{3,5}|\d{1,2}(?=\)))(?![\w.,]\w)")  # (SOMTC 25)
_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
_WORD_AFTER_RE = re.compile(r"[^\S\n]*([^\W\d_]+|%)")
QUANTITY_WORDS = frozenset(
    ["triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "người", "năm", "tháng", "ngày", "giờ", "phút", "lượt"]
    + ["km", "m", "ha", "tấn", "kg", "đồng", "usd", "%"]
)
_PHRASE_GAP_RE = re.compile(r"[^\S\n]+")
# A token right after a number is a unit when it is this short ("10 MW", "3 GB").
_AFTER_NUMBER_RE = re.compile(r"\d[^\S\n]?$")
MAX_UNIT_LETTERS = 3
# Unit codes (and time zones) that also appear without a number before them.
UNIT_CODES = frozenset(
    ["KM", "KG", "MW", "GW", "KW", "KWH", "MWH", "GWH", "TWH", "GB", "MB", "KB", "TB", "HP", "HZ"]
    + ["MHZ", "GHZ", "KHZ", "KV", "CM", "MM", "ML", "HA", "TEU", "DWT", "PPM", "GMT", "UTC"]
)
# Not "ICT" (Indochina Time): in Vietnamese text it is information and communication
# technology ("ngành ICT"); a clock time before it ("10:00 ICT") still makes it a unit.
# Undefined single syllables this long are words in capitals (LINH, TUAN), not abbreviations.
MIN_SYLLABLE_WORD_LETTERS = 4
# File formats ("Loại file: PDF", "tải bản DOCX"): named like abbreviations, never glossed.
FILE_FORMATS = frozenset(
    ["PDF", "DOC", "DOCX", "XLS", "XLSX", "PPT", "PPTX", "JPG", "JPEG", "PNG", "GIF", "SVG", "WEBP"]
    + ["MP3", "MP4", "AVI", "MOV", "ZIP", "RAR", "TXT", "CSV", "HTML", "XML", "JSON", "EPUB"]
)
# Person's initials written with full stops (H.N, N.G. Kuznetsov): single letters and dots.
_DOTTED_INITIALS_RE = re.compile(rf"{UPPER}(?:\.{UPPER})+\.?")
# A credit label, then only names, initials and separators up to the token: the token is a
# photographer's initials or a filing code ("Ảnh: HV", "(Clip: H.A)", "Lưu: VT, NV"), never
# an abbreviation the article uses.  Read in a short window before the token.
_CREDIT_BEFORE_RE = re.compile(
    r"(?:^|[\s(\[|])(?i:ảnh|clip|video|đồ họa|đồ hoạ|thiết kế|lưu)[^\S\n]*:[^\S\n]*"
    rf"(?:{UPPER}[^\W\d_]*(?![^\W\d_])\.?[^\S\n]*(?:[,;&-][^\S\n]*)?)*$"
)
CREDIT_WINDOW = 40


@dataclass(frozen=True)
class Mention:
    """An abbreviation found in text: ``text[start:end] == surface``.

    ``number`` is the number written with it (``17`` in ``ADMM-17``, ``2.4``
    in ``BVDC 2.4``); the span includes it.
    """

    start: int
    end: int
    key: str
    surface: str
    number: str = ""


@dataclass(frozen=True)
class Candidate:
    """An abbreviation-shaped token the glossary does not define.

    ``surface`` is the text as written (``RCEP2``, ``CMCN 4.0``, ``ÐNQP``);
    ``base`` the abbreviation without its number or trailing ``+`` and with
    Đ look-alikes fixed (``RCEP``, ``CMCN``, ``ĐNQP``).
    """

    start: int
    end: int
    surface: str
    base: str = ""
    number: str = ""


def find_mentions(text: str, glossary: Glossary) -> list[Mention]:
    """Every glossary abbreviation in ``text``, in order of position."""
    mentions, _ = scan(text, glossary)
    return mentions


def find_undefined(text: str, glossary: Glossary) -> list[Candidate]:
    """Abbreviation-shaped tokens in ``text`` that have no glossary entry."""
    _, undefined = scan(text, glossary)
    return undefined


def scan(text: str, glossary: Glossary) -> tuple[list[Mention], list[Candidate]]:
    """Known abbreviations and unknown abbreviation-shaped tokens of ``text``, in one pass."""
    code_spans = [m.span() for m in _CODE_RE.finditer(text)] if "`" in text else []
    masks = _Masks(text, code_spans)
    mentions: list[Mention] = []
    undefined: list[Candidate] = []
    run: list[tuple[re.Match, list[Mention], list[Candidate]]] = []
    previous_end = -1
    skip_until = -1  # end of a two-token mention: its second token is taken
    for match in TOKEN_RE.finditer(text):
        start, end = match.span()
        if start < skip_until:
            continue
        if masks.covers(start, end):
            _flush(run, mentions, undefined)
            run, previous_end = [], -1
            continue
        phrase = _phrase_at(match, text, glossary) if glossary.phrases else None
        if phrase is not None:
            found, unknown = [phrase, *_abbreviation_in_phrase(match, phrase, glossary)], []
            start, end = phrase.start, phrase.end
            skip_until = end
        else:
            found, unknown = _split_token(match, text, glossary)
        if not is_all_caps(match.group()) and not _GROUP_NAME_RE.fullmatch(match.group()):
            # Mixed case (MoU, TikTok): only an exact spelling counts, never a run.
            _flush(run, mentions, undefined)
            run, previous_end = [], -1
            mentions.extend(found)
            continue
        if run and not _RUN_GAP_RE.fullmatch(text, previous_end, start):
            _flush(run, mentions, undefined)
            run = []
        run.append((match, found, unknown))
        previous_end = end
    _flush(run, mentions, undefined)
    marker = _source_marker(text)
    if marker is not None:
        mentions = [m for m in mentions if m.start != marker]
        undefined = [c for c in undefined if c.start != marker]
    extra = _word_mentions(text, glossary, masks) if glossary.words else []
    if glossary.units:
        extra += _unit_mentions(text, glossary, masks)
    if extra:
        mentions = sorted(mentions + extra, key=lambda mention: mention.start)
    return mentions, undefined


# The capital first so the engine skips ahead to capitals; never part of a longer
# token (Interpol-X, x.Interpol, Interpol.int).
_WORD_RE = re.compile(r"[A-Z](?<![\w@&+.\-].)[a-z]{3,}(?![\w@&+]|[-.]\w)")


def _word_mentions(text: str, glossary: Glossary, masks: _Masks) -> list[Mention]:
    """Glossary spellings written as a capitalised word (``Interpol``), exactly so.

    The token regex never matches such words, so they cannot overlap other mentions.
    """
    found = []
    for match in _WORD_RE.finditer(text):
        key = glossary.words.get(match.group())
        if key is not None and not masks.covers(match.start(), match.end()):
            found.append(Mention(match.start(), match.end(), key, match.group()))
    return found


# "TP - Các bộ trưởng …", "(QĐND) - Sáng 12/3, …": an outlet's short name opening a
# paragraph, then a dash and the first words of a sentence.
# Markup a copy kept ("<p>(NLĐO) - …") may come first.
_SOURCE_MARKER_RE = re.compile(
    rf"(?:<[a-z][^<>\n]{{0,80}}>)*[^\S\n]*(\()?({TOKEN_PATTERN})\)?[^\S\n]*[-–—][^\S\n]+"
    rf"({UPPER}[^\W_]*(?:[^\S\n]+[^\W_]+)?)"
)


def source_marker_form(text: str) -> str | None:
    """The outlet's short name that opens ``text`` as its source (``TPO`` in "TPO - Chiều …"),
    Đ look-alikes fixed; None when the text opens otherwise."""
    start = _source_marker(text)
    if start is None:
        return None
    token = TOKEN_RE.match(text, start)
    return fix_d_lookalikes(token.group()).rstrip("+") if token else None


def _source_marker(text: str) -> int | None:
    """Offset of an outlet's short name that opens ``text`` as its source ("TP - Các bộ trưởng …").

    A sentence follows the dash: its first word is capitalised and the next one is
    lower case or a number.  A name in parentheses (``(BKTO) - Tại Đối thoại …``,
    ``(GLO)- BĐBP tỉnh …``) is a marker before any words but a head noun's.  A name after the dash is a definition or a relation
    and keeps the mention: a head noun ("ADMM+ - Hội nghị …"), an abbreviation
    ("ASEAN - EU"), a proper name of capitalised words ("ASEAN - Trung Quốc …")
    or a place written as one word ("ASEAN - Úc nhất trí …", "EU - Mỹ …").
    """
    match = _SOURCE_MARKER_RE.match(text)
    if match is None:
        return None
    words = match.group(3).split()
    if starts_with_head_noun(words):
        return None
    if match.group(1) and text[match.end(2)] == ")":
        # "(GLO)- BĐBP tỉnh …", "(BKTO) - Tại Đối thoại …": a short name in parentheses
        # opening a paragraph before a dash is the outlet's marker whatever follows.
        return match.start(2)
    sentence = len(words) == 1 or not words[1][0].isupper()
    if not sentence or is_all_caps(words[0]) or is_place(words[0]):
        return None
    return match.start(2)


def _unit_mentions(text: str, glossary: Glossary, masks: _Masks) -> list[Mention]:
    """Lower-case units a text defined (``ppt``), found only right after a number (``20 ppt``)."""
    found = []
    for match in UNIT_AFTER_NUMBER_RE.finditer(text):
        key = glossary.units.get(match.group(1))
        start, end = match.span(1)
        if key is not None and not masks.covers(start, end):
            found.append(Mention(start, end, key, match.group(1)))
    return found


def _phrase_at(match: re.Match, text: str, glossary: Glossary) -> Mention | None:
    """A two-word glossary spelling around this token (``UN Women``, ``Bộ CHQS``), longest first."""
    options = glossary.phrases.get(fix_d_lookalikes(match.group()))
    if not options:
        return None
    start, end = match.span()
    for before, after, key in options:
        if after:
            gap = _PHRASE_GAP_RE.match(text, end)
            stop = gap.end() + len(after) if gap else -1
            if gap and fix_d_lookalikes(text[gap.end() : stop]) == after and not _continues_word(text, stop):
                return _mention(text, start, stop, key, "")
        else:
            begin = start - 1 - len(before)
            joined = begin >= 0 and text[start - 1] == " " and text[begin : start - 1] == before
            if joined and not _continues_word(text, begin - 1):
                return _mention(text, begin, end, key, "")
    return None


def _abbreviation_in_phrase(match: re.Match, phrase: Mention, glossary: Glossary) -> list[Mention]:
    """``Bộ CHQS``: the abbreviation after a common noun is an entry of its own, used too.

    The noun (Bộ, Ban, Sở …) heads the name and the abbreviation is the rest of it, the
    same ``CHQS`` other texts write after other nouns (``Ban CHQS``), so the text uses
    both entries.  ``UN Women``: the token opens a proper name and stays part of it.
    """
    if phrase.start == match.start():
        return []
    key = glossary.spellings.get(fix_d_lookalikes(match.group()))
    return [Mention(match.start(), match.end(), key, match.group())] if key is not None else []


def _continues_word(text: str, offset: int) -> bool:
    """True if the character at ``offset`` would join a word (or abbreviation) there."""
    return 0 <= offset < len(text) and (text[offset].isalnum() or text[offset] in "+&@_")


def _spaced_number(text: str, offset: int) -> re.Match | None:
    """The number written after a space at ``offset`` when it belongs to the abbreviation."""
    number = _SPACED_NUMBER_RE.match(text, offset)
    if number is None or _YEAR_RE.fullmatch(number.group(1)):
        return None
    word = _WORD_AFTER_RE.match(text, number.end())
    if word and word.group(1).lower() in QUANTITY_WORDS:
        return None
    return number


def _inside(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """True if ``start:end`` lies in one of the spans (``starts`` ascending, the spans apart)."""
    at = bisect_right(starts, start) - 1
    return at >= 0 and end <= ends[at]


class _Masks:
    """Whether a token lies in code, a URL, a domain, an e-mail or a document code, for the
    passes over one text, in linear time.

    Each whitespace-free chunk is read once, by the pass's first token in it: a text
    without spaces is one chunk, and reading it again for each of its tokens (a long
    ``HA-DR-HA-DR-…``) would take time quadratic in its length.  Spans are looked up by
    bisection, so many code spans or document codes cost no more.
    """

    def __init__(self, text: str, code_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.code = ([s for s, _ in code_spans], [e for _, e in code_spans])  # in order, apart
        self.left, self.right = -1, -1
        self.spans: list[tuple[list[int], list[int]]] = []  # (starts, ends) per mask pattern

    def covers(self, start: int, end: int) -> bool:
        """True if ``text[start:end]`` (no whitespace in it) lies in code or in a masked span."""
        if _inside(*self.code, start, end):
            return True
        if not self.left <= start < self.right:
            self._read_chunk(start)
        return any(_inside(starts, ends, start, end) for starts, ends in self.spans)

    def _read_chunk(self, offset: int) -> None:
        text, left, right, size = self.text, offset, offset, len(self.text)
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        while right < size and not text[right].isspace():
            right += 1
        self.left, self.right, self.spans = left, right, []
        chunk = text[left:right]
        for trigger, pattern in _CHUNK_MASKS:
            if trigger in chunk:
                found = [(m.start() + left, m.end() + left) for m in pattern.finditer(chunk)]
                if found:
                    self.spans.append(([s for s, _ in found], [e for _, e in found]))


def _flush(run, mentions: list[Mention], undefined: list[Candidate]) -> None:
    """Keep the findings of one all-caps run unless the run is shouted text."""
    if not run or _is_shouted(run):
        return
    for _, found, unknown in run:
        mentions.extend(found)
        undefined.extend(unknown)


def _is_shouted(run) -> bool:
    """True for words written in capitals rather than abbreviations.

    Shouted when a token nobody defined keeps a Vietnamese vowel mark
    (``THÙY``), when two or more undefined tokens all read as Vietnamese
    syllables (``MINH ANH``), or when three or more tokens are mostly undefined
    (``POWERED BY ONECMS``).
    """
    unknown = [match.group() for match, found, _ in run if not found]
    if any(has_vowel_marks(token) for token in unknown):
        return True
    if len(unknown) >= 2 and len(unknown) == len(run) and all(is_syllable_like(t) for t in unknown):
        return True
    return len(run) >= 3 and len(unknown) * 2 > len(run)


def _split_token(match: re.Match, original: str, glossary: Glossary) -> tuple[list[Mention], list[Candidate]]:
    """Cut one token into glossary spellings, longest first, and leftovers."""
    token = fix_d_lookalikes(match.group())
    base = match.start()
    key = glossary.spellings.get(token)
    if key is not None and not (
        original.startswith(" ", match.end()) and _spaced_number(original, match.end())
    ):
        return [Mention(base, match.end(), key, match.group())], []  # the common case
    pieces = [(m.start(), m.end()) for m in _PIECE_RE.finditer(token)]
    words = [i for i, (s, e) in enumerate(pieces) if token[s].isalnum()]
    found: list[Mention] = []
    unknown_spans: list[tuple[int, int]] = []
    w = 0
    while w < len(words):
        start = pieces[words[w]][0]
        hit = _longest_spelling(token, pieces, words, w, glossary)
        if hit is not None:
            key, end, next_w = hit
            number = ""
            rest = _NUMBER_AFTER_RE.match(token, end)
            if rest and (rest.end() == len(token) or not token[rest.end()].isalnum()):
                number, end = rest.group(1), rest.end()
                while next_w < len(words) and pieces[words[next_w]][0] < end:
                    next_w += 1
            found.append(_mention(original, base + start, base + end, key, number))
            w = next_w
            continue
        unknown_spans.append((start, pieces[words[w]][1]))
        w += 1
    if found and found[-1].end == match.end():
        version = _spaced_number(original, match.end())
        if version and not found[-1].number:
            last = found[-1]
            found[-1] = _mention(original, last.start, version.end(), last.key, version.group(1))
    candidates = _candidates(token, base, unknown_spans, original, glossary)
    if not unknown_spans and len(found) == 2 and _DASH_PAIR_RE.fullmatch(token):
        # "cổng thông tin VN-EU": two known abbreviations joined by a dash name a pair (a
        # relation, a joint body) the text uses as written, besides each of its parts.
        candidates.append(Candidate(base, match.end(), match.group(), token))
    return found, candidates


# Two abbreviations of letters only joined by one dash, no number (VN-EU, not ADMM-17).
_DASH_PAIR_RE = re.compile(rf"{UPPER}{{2,}}-{UPPER}{{2,}}")


def _longest_spelling(token, pieces, words, w, glossary) -> tuple[str, int, int] | None:
    """(key, end offset in token, index of the next word piece) of the longest spelling at word ``w``."""
    start = pieces[words[w]][0]
    # Only word pieces that start within the longest spelling's reach can end one: at most a
    # spelling's length of them, however long the token ("HA-DR-HA-DR-…").
    reach = start + glossary.longest_spelling
    stop_at = w
    while stop_at + 1 < len(words) and pieces[words[stop_at + 1]][0] < reach:
        stop_at += 1
    for last in range(stop_at, w - 1, -1):
        end = pieces[words[last]][1]
        for stop in (end, start + len(token[start:end].rstrip("+"))):  # ADSOM+ → ADSOM
            key = glossary.spellings.get(token[start:stop])
            if key is not None:
                return key, end, last + 1  # the span keeps the "+" (ADSOM+ → ADSOM)
    # BVDC2 → BVDC with the number 2 (the number is picked up by the caller).
    word = token[start : pieces[words[w]][1]].rstrip("+")
    split = _TRAILING_NUMBER_RE.match(word)
    if split:
        key = glossary.spellings.get(split.group(1))
        if key is not None:
            return key, start + len(split.group(1)), w
    return None


def _mention(original: str, start: int, end: int, key: str, number: str) -> Mention:
    return Mention(start, end, key, original[start:end], number)


def _candidates(token, offset, spans, original, glossary) -> list[Candidate]:
    """Join adjacent unknown pieces (``NĐ-CP``, ``ADMM-17``) and drop numbers, numerals and units."""
    joined: list[list[int]] = []
    for start, end in spans:
        if joined and token[joined[-1][1] : start] in {"&", "-", ".", "+"}:
            joined[-1][1] = end
        else:
            joined.append([start, end])
    result = []
    for start, end in joined:
        written = token[start:end]
        base = _TRAILING_NUMBER_PART_RE.sub("", written.rstrip("+")).rstrip("+")  # COVID-19 → COVID
        if len(letters_of(base)) < 2:  # G20: the number is part of the name
            base = written.rstrip("+")
        if not _is_candidate(base, original, offset + start, glossary):
            continue
        number = written[len(base) :].lstrip("+-.")
        stop = offset + end
        version = _spaced_number(original, stop) if end == len(token) else None
        if version and not number:  # CMCN 4.0
            number, stop = version.group(1), version.end()
        result.append(Candidate(offset + start, stop, original[offset + start : stop], base, number))
    return result


def _is_candidate(base: str, original: str, start: int, glossary: Glossary) -> bool:
    """False for numbers, Roman numerals, unit codes and capitalised words."""
    if base in glossary.spellings or is_roman_numeral(base) or base in FILE_FORMATS:
        return False
    if _DOTTED_INITIALS_RE.fullmatch(base) or _after_credit_label(original, start):
        return False
    if not is_all_caps(base):
        return bool(_GROUP_NAME_RE.fullmatch(base))  # G20, U23: a letter and a number
    letters = len(letters_of(base))
    if base in UNIT_CODES or (
        letters <= MAX_UNIT_LETTERS and _AFTER_NUMBER_RE.search(original, max(0, start - 2), start)
    ):
        return False
    return not (letters >= MIN_SYLLABLE_WORD_LETTERS and is_syllable_like(base))


def _after_credit_label(text: str, start: int) -> bool:
    """True if a credit or filing label ("Ảnh:", "Clip:", "Lưu:") comes before ``start`` with
    only names and separators between (``(Ảnh: HV)``, ``Lưu: VT, NV``)."""
    line_start = text.rfind("\n", max(0, start - CREDIT_WINDOW), start) + 1
    window_start = max(line_start, start - CREDIT_WINDOW)
    before = text[window_start:start]
    return ":" in before and _CREDIT_BEFORE_RE.search(before) is not None
