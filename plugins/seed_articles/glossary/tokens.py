"""What an abbreviation token looks like, shared by loader, discovery and recognizer.

An abbreviation starts with a capital letter followed by a second capital,
a digit, a connector and a capital, or one to four ASCII lower-case letters
and a capital (``UN``, ``ĐNQP``, ``G7``, ``T.Ư``, ``MoU``, ``PhD``, ``EuroCham``).  Letters and digits
may be joined by ``& + - .`` (``TT&TT``, ``JWG-DOC``, ``T.Ư``), two abbreviations by
``/`` (``HA/DR``: a slash before two capitals), two single capitals by ``/`` (``C/O``,
``L/C``, not ``A/B/C``), and it may end in ``+`` (``ADMM+``).  Vietnamese capitals (``Đ``, ``Ư`` …) count as capitals.
"""

from __future__ import annotations

import re
import unicodedata

from ..text.vietnamese import fold


def _upper_letters() -> str:
    """Every upper-case Latin letter Vietnamese or borrowed words may use."""
    ranges = ((0x41, 0x5A), (0xC0, 0x24F), (0x1E00, 0x1EFF))
    return "".join(chr(code) for low, high in ranges for code in range(low, high + 1) if chr(code).isupper())


UPPER = f"[{_upper_letters()}]"
ALNUM = r"[^\W_]"
# What joins the parts of one token: a connector and a letter or digit, and up to two
# slashes before two capitals (``HA/DR``, ``HA/DR/SAR``; ``TP.HCM/Hà Nội`` and ``3/4`` join
# nothing; a longer chain is cut into tokens of three parts, so a token stays short).
_CONNECTED = rf"(?:[&.+\-]{ALNUM}+)*"
JOINED = rf"{_CONNECTED}(?:/(?={UPPER}{UPPER}){ALNUM}+{_CONNECTED}){{0,2}}"
# One abbreviation-shaped token.  The look-behinds keep it out of words
# (``iPhone``), e-mail addresses, numbers (``34-CT``) and file names
# (``photo.JPG``); the look-ahead fails on the second letter of ordinary
# capitalised words (``Việt``), so they cost almost nothing.
# The pattern starts with the capital itself (look-behinds come after it)
# so the regex engine can skip ahead to capitals instead of trying every
# position.
# Two single capitals joined by a slash (``C/O``, ``L/C``: trade terms written so); a
# third part (``A/B/C``) makes it a list or a code, not one term.
LETTER_PAIR = rf"(?<!/.)/{UPPER}(?![\w/])"
TOKEN_PATTERN = (
    rf"{UPPER}(?<![\w@&+\\].)(?<!\d[-.].)(?<!{ALNUM}\..)"
    rf"(?:(?={UPPER}|\d|[&.+\-]{UPPER}|[a-z]{{1,4}}{UPPER})"
    rf"{ALNUM}*{JOINED}\+*|{LETTER_PAIR})"
    rf"(?![\w@])"
)
TOKEN_RE = re.compile(TOKEN_PATTERN)
# A whole string that is one abbreviation token (for validating keys).
_KEY_RE = re.compile(rf"{UPPER}(?:{ALNUM}*{JOINED}\+*|{LETTER_PAIR})")

# Second word of a two-token name that is not itself an abbreviation (UN Women).
_PHRASE_WORD_RE = re.compile(r"[A-Z][a-z]+")
# First word of a phrase whose second word is the abbreviation (Bộ CHQS).
_WORD_BEFORE_RE = re.compile(rf"{UPPER}[^\W\d_]*")

# Roman numerals written in Vietnamese text (khóa XIII, thế kỷ XXI) use I V X L.
_ROMAN_RE = re.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")

# Loose Vietnamese syllable shape on folded text: optional initial consonant,
# vowel nucleus, optional final.  Used to spot all-caps names (MINH ANH).
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:[aeiouy]{1,3})"
    r"(?:ng|nh|ch|[cmnptiouy])?"
)


# 1:1 replacements (offsets stay valid) for look-alikes some sites type for Đ/đ.
_LOOKALIKE_D = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})


def fix_d_lookalikes(text: str) -> str:
    """Replace Ð/ð/Ɖ typed for Đ/đ, keeping every offset; cheap when there are none."""
    if "\u00d0" in text or "\u00f0" in text or "\u0189" in text:
        return text.translate(_LOOKALIKE_D)
    return text


# An acronym written as an ordinary capitalised word (Interpol, Europol): plain
# ASCII, four letters or more.  The recognizer finds it only as this exact word.
_WORD_SPELLING_RE = re.compile(r"[A-Z][a-z]{3,}")


def is_word_spelling(text: str) -> bool:
    """True for a glossary spelling written as a capitalised word (``Interpol``)."""
    return bool(_WORD_SPELLING_RE.fullmatch(text))


def is_key_shaped(text: str) -> bool:
    """True if ``text`` is one token, or a two-word phrase, the recognizer can find.

    A phrase is a token, one space, then another token or a capitalised
    English word (``ADMM+ EWG``, ``UN Women``), or a capitalised word then a
    token (``Bộ CHQS``).  A capitalised word alone (``Interpol``) is found as
    that exact word.
    """
    if is_word_spelling(text):
        return True
    first, _, second = text.partition(" ")
    if not second:
        return _is_one_token(first)
    if _is_one_token(first):
        return _is_one_token(second) or bool(_PHRASE_WORD_RE.fullmatch(second))
    return bool(_WORD_BEFORE_RE.fullmatch(first)) and _is_one_token(second)


def phrase_token(spelling: str) -> tuple[str, str, str]:
    """(text before, token, text after) of a glossary spelling; the token is what the regex finds.

    ``UN Women`` → ("", "UN", "Women"); ``Bộ CHQS`` → ("Bộ", "CHQS", "");
    ``ĐNQP`` → ("", "ĐNQP", "").
    """
    first, _, second = spelling.partition(" ")
    if second and not _is_one_token(first):
        return first, second, ""
    return "", first, second


def _is_one_token(text: str) -> bool:
    return bool(_KEY_RE.fullmatch(text)) and bool(TOKEN_RE.fullmatch(text))


def letters_of(token: str) -> str:
    return "".join(ch for ch in token if ch.isalpha())


def is_all_caps(token: str) -> bool:
    """Abbreviation-shaped in the strict sense: 2+ letters, all upper case."""
    letters = letters_of(token)
    return len(letters) >= 2 and letters.isupper()


def is_roman_numeral(token: str) -> bool:
    return len(token) >= 2 and bool(_ROMAN_RE.fullmatch(token))


def has_vowel_marks(token: str) -> bool:
    """True if a letter other than Đ carries a Vietnamese mark (THÙY, LÊ, NGUYỄN).

    Abbreviations drop vowel marks (``UBND`` for Ủy ban nhân dân), so a token
    that keeps one is almost always a word written in capitals.
    """
    plain = token.replace("Đ", "D").replace("đ", "d")
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", plain))


def is_syllable_like(token: str) -> bool:
    """True if the token could be one Vietnamese syllable (``LINH``, ``ANH``)."""
    return bool(_SYLLABLE_RE.fullmatch(fold(token)))
