"""Source lines and the small text predicates every other rule builds on.

A seed is scraped text with one paragraph, heading, caption or widget per
line. :func:`split_lines` keeps the 1-based line numbers (so every decision
can be reported against the file) and normalises each line once: NFC,
look-alike letters, control characters and runs of spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ..text.vietnamese import fold, normalize_text, without_tone

_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
# C0/C1 control characters other than tab: scraped text sometimes carries them.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TOKEN_RE = re.compile(r"[^\W_]+")
_COLUMN_GAP_RE = re.compile(r"\s{2,}")
# Bullets as scraped pages write them. "*" and "+" are left out: they are
# Markdown rather than page text, and a seed's Markdown is shown as typed.
_BULLET_RE = re.compile(r"^(?:[•●◦▪▫■□○·‣∙⁃]|[-–—](?=\s))\s*")
_SENTENCE_END = tuple(".!?…;:,")
_HEADLINE_END_OK = tuple("?!")


class SourceLine(NamedTuple):
    """One line of the seed: its number, normalised text and indentation."""

    no: int  # 1-based
    text: str  # NFC, trimmed, single spaces; "" for a blank line
    indent: int  # leading spaces in the source (tabs count 4)
    # Parts the source separated by 2+ spaces or tabs: menus and tag lists are
    # typed as columns, prose never is. 1 for an ordinary line.
    columns: int = 1


def _normalize(text: str) -> str:
    """:func:`normalize_text`, with control characters turned into spaces."""
    return normalize_text(_CONTROL_RE.sub(" ", text))


def split_lines(text: str) -> list[SourceLine]:
    """Split on CRLF, CR or LF and normalise every line (the whole text in one pass)."""
    result: list[SourceLine] = []
    for index, raw in enumerate(_LINE_BREAK_RE.split(_normalize(text)), start=1):
        if "\t" in raw:
            raw = raw.replace("\t", "    ")
        stripped = raw.lstrip()
        clean = " ".join(stripped.split())
        columns = len(_COLUMN_GAP_RE.split(stripped.rstrip())) if "  " in stripped else 1
        result.append(SourceLine(index, clean, len(raw) - len(stripped) if clean else 0, columns))
    return result


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Word tokens (syllables, numbers) of already normalised text."""
    return tuple(_TOKEN_RE.findall(text))


@lru_cache(maxsize=8192)
def lower_tokens(text: str) -> tuple[str, ...]:
    """Lower-case tokens of NFC text: for comparing an article with itself, where
    folding diacritics away (slow on long lines) would add nothing."""
    return tuple(_TOKEN_RE.findall(text.lower()))


def folded_prefix(text: str, chars: int = 48) -> str:
    """Folded words of the start of ``text`` (labels and openings are short)."""
    return " ".join(_TOKEN_RE.findall(fold(text[:chars])))


def folded_tokens(text: str) -> list[str]:
    """Lower-case ASCII-folded tokens, for comparisons that ignore diacritics."""
    return _TOKEN_RE.findall(fold(text))


def syllable_count(text: str) -> int:
    return len(lower_tokens(text))


def ends_sentence(text: str) -> bool:
    """True when the line ends like prose (period, ellipsis, colon, closing quote after them)."""
    stripped = text.rstrip("”\"’')]» ")
    return stripped.endswith(_SENTENCE_END)


def is_bullet(text: str) -> bool:
    return bool(_BULLET_RE.match(text)) and len(_BULLET_RE.sub("", text, count=1)) > 0


def strip_bullet(text: str) -> str:
    return _BULLET_RE.sub("", text, count=1).strip()


def starts_upper(text: str) -> bool:
    """First letter or digit is upper case (or a digit, or an opening quote before one)."""
    for ch in text:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return True
    return False


def starts_lower(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit() or not ch.isspace() and ch not in "“\"'‘(«":
            return False
    return False


MAX_HEADLINE_SYLLABLES = 30


def is_headline_like(text: str, max_syllables: int = MAX_HEADLINE_SYLLABLES) -> bool:
    """Short standalone line without sentence-final punctuation (title, subheading, teaser title).

    ``?`` and ``!`` are allowed: headlines ask and exclaim.
    """
    if not text or is_bullet(text) or not starts_upper(text):
        return False
    count = syllable_count(text)
    if count < 2 or count > max_syllables or len(text) > 220:
        return False
    stripped = text.rstrip("”\"’' ")
    return not stripped.endswith(_SENTENCE_END) or stripped.endswith(_HEADLINE_END_OK)


def is_prose(text: str) -> bool:
    """A paragraph rather than a label: ends like a sentence or is long."""
    return ends_sentence(text) or syllable_count(text) > MAX_HEADLINE_SYLLABLES


def first_sentence(text: str) -> str:
    """Text up to the first sentence end that is followed by an upper-case start."""
    for match in _SENTENCE_SPLIT_RE.finditer(text):
        if starts_upper(text[match.end() :]):
            return text[: match.start() + 1]
    return text


_SENTENCE_SPLIT_RE = re.compile(r"[.!?…]\s+")


# a Vietnamese syllable without its tone: an onset, one to three vowels, a final consonant
_VI_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
MAX_FOREIGN_PER_ACCENTED = 4


@lru_cache(maxsize=8192)
@lru_cache(maxsize=1 << 16)  # a text repeats a few thousand syllables: every line asks again
def is_vietnamese_syllable(word: str) -> bool:
    """``nghiêng``, ``Đối``, ``khuya``: spelled as a Vietnamese syllable (``epizód``, ``Lépjen`` are not)."""
    return _VI_SYLLABLE_RE.fullmatch(without_tone(word.lower())) is not None


# Marks no other Latin alphabet uses: the horn (ơ, ư), the hook above (ả), the dot below (ạ)
_VIETNAMESE_MARKS_RE = re.compile("[\u031b\u0309\u0323]|[\u0306\u0302][\u0300\u0301\u0303]")


@lru_cache(maxsize=1 << 14)
def vietnamese_lettered(word: str) -> bool:
    """``Đắk``, ``Lắk``, ``M'Drắk``: a minority place name spelled outside the syllable pattern
    but with letters only Vietnamese writes (đ, a horn, a hook, a dot below, or a breve or
    circumflex under a tone mark); Hungarian or Polish words have none of them."""
    if "đ" in word or "Đ" in word:
        return True
    return _VIETNAMESE_MARKS_RE.search(unicodedata.normalize("NFD", word)) is not None


def is_foreign_ui_line(text: str) -> bool:
    """``Lépjen offline állapotba az alkalmazással!``, ``Minden epizód``: most words spelled as no
    Vietnamese syllable is, one of them with a diacritic: the interface of a foreign locale
    (Hungarian, French, German, Polish ...). Acronyms aside; an unaccented line proves nothing
    (Vietnamese typed without diacritics, English names)."""
    if text.isascii():
        return False  # no word with a diacritic: nothing below can count one
    words = [word for word in _WORD_RE.findall(text) if not word.isupper()]
    foreign = [word for word in words if not is_vietnamese_syllable(word) and not vietnamese_lettered(word)]
    accented = sum(1 for word in foreign if not word.isascii())
    # one accented loanword ("attaché") in an English paragraph is no locale's interface
    return (
        accented > 0 and accented * MAX_FOREIGN_PER_ACCENTED >= len(foreign) and len(foreign) * 2 > len(words)
    )
