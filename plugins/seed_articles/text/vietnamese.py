"""Vietnamese text primitives shared by every part of the core.

Everything that compares, folds, sorts or tokenises Vietnamese text goes
through this module so the rules live in one place:

* ``normalize_text`` — NFC plus look-alike fixes (Eth for Đ, NBSP, zero-width).
* ``fold`` — lower-case ASCII folding (diacritics removed, ``đ`` → ``d``).
* ``tone_key`` — a syllable key that ignores where the tone mark sits
  (``hoà`` and ``hòa`` give the same key) but keeps which tone it is.
* ``sort_key`` — Vietnamese alphabetical order, then tones.
* ``syllables`` — word tokens (letters and digits).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters some sites type instead of the Vietnamese letter, and spacing
# characters that should behave like a plain space or vanish.
_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð (Eth) typed for Đ
        "\u00f0": "\u0111",  # ð (eth) typed for đ
        "\u0189": "\u0110",  # Ɖ (African D) typed for Đ
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": "",  # zero-width space
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",  # stray BOM inside the text
        # Bidirectional controls: invisible, and they can make a title or a file name
        # read differently from what it is (U+202E turns the text around).
        **dict.fromkeys(["\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F))], ""),
        **dict.fromkeys(map(chr, range(0x2066, 0x206A)), ""),
    }
)

# Combining marks that carry Vietnamese tones (NFD form).
_TONE_MARKS = {
    "\u0300": 1,  # huyền (grave)
    "\u0309": 2,  # hỏi (hook above)
    "\u0303": 3,  # ngã (tilde)
    "\u0301": 4,  # sắc (acute)
    "\u0323": 5,  # nặng (dot below)
}
# Combining marks that are part of the letter itself (ă â ê ô ơ ư).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}

# Vietnamese alphabet, with the foreign letters f j w z placed beside their Latin
# neighbours so loanwords and English abbreviations sort where readers look.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}

_SYLLABLE_RE = re.compile(r"[^\W_]+", re.UNICODE)


# Characters normalize_text would replace; most text has none, and then only NFC matters.
_LOOKALIKE_RE = re.compile("[" + "".join(map(chr, _LOOKALIKES)) + "]")


def normalize_text(text: str) -> str:
    """Return ``text`` in NFC with look-alike characters replaced."""
    # Fast path: normalising a long article costs more than parsing it, and
    # scraped text is usually clean NFC already.
    if text.isascii() or (not _LOOKALIKE_RE.search(text) and unicodedata.is_normalized("NFC", text)):
        return text
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).translate(_LOOKALIKES))


@lru_cache(maxsize=200_000)
def _split_tone(syllable: str) -> tuple[str, int]:
    """Split one syllable into (letters without tone, tone number 0-5)."""
    tone = 0
    kept: list[str] = []
    for ch in unicodedata.normalize("NFD", syllable):
        mark = _TONE_MARKS.get(ch)
        if mark is not None:
            tone = mark
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def without_tone(syllable: str) -> str:
    """``nghiêng`` of ``nghiếng``: the letters of a syllable without its tone mark (NFC)."""
    return _split_tone(syllable)[0]


@lru_cache(maxsize=200_000)
def tone_key(syllable: str) -> str:
    """Lower-case key of a syllable that ignores tone-mark placement.

    ``hoà``, ``hòa`` and ``HÒA`` give ``hoa\u0300``-like identical keys; ``hóa``
    differs because its tone differs.
    """
    letters, tone = _split_tone(normalize_text(syllable).lower())
    return f"{letters}{tone}" if tone else letters


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, remove every diacritic and map ``đ`` to ``d``."""
    text = normalize_text(text).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def syllables(text: str) -> list[str]:
    """Word tokens (runs of letters/digits) of NFC text, original case."""
    return _SYLLABLE_RE.findall(normalize_text(text))


@lru_cache(maxsize=4096)
def _letter_key(ch: str) -> tuple[int, int]:
    """Rank of one lower-case letter without tone in the Vietnamese alphabet."""
    rank = _LETTER_RANK.get(ch)
    if rank is not None:
        return (1, rank)
    if ch.isdigit():
        return (0, ord(ch))
    base = fold(ch)
    if len(base) == 1 and base in _LETTER_RANK:
        # Other accented Latin letters (é in loanwords ...) sort with their base letter.
        return (1, _LETTER_RANK[base])
    return (2, ord(ch))


@lru_cache(maxsize=65536)  # titles and names are sorted again for every index page
def sort_key(text: str) -> tuple:
    """Key for Vietnamese alphabetical order: letters first, then tones, then case.

    ``a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y``; within the
    same letters, tones order as ngang, huyền, hỏi, ngã, sắc, nặng.
    """
    normalized = normalize_text(text)
    words = syllables(normalized.lower()) or [normalized.lower()]
    letters: list[tuple[int, int]] = []
    tones: list[int] = []
    for word in words:
        base, tone = _split_tone(word)
        letters.extend(_letter_key(ch) for ch in base)
        letters.append((-1, 0))  # word boundary sorts before any letter
        tones.append(tone)
    return (tuple(letters), tuple(tones), normalized)


def sorted_vietnamese(items, key=lambda item: item):
    """Sort ``items`` in Vietnamese alphabetical order of ``key(item)``."""
    return sorted(items, key=lambda item: sort_key(key(item)))


def first_letter(text: str) -> str:
    """Index letter of a term for a glossary's letter index (``Đ`` stays ``Đ``)."""
    for ch in normalize_text(text):
        if ch.isalnum():
            base, _ = _split_tone(ch.lower())
            if base in _LETTER_RANK:
                return base.upper()
            return fold(ch).upper() if ch.isalpha() else "#"
    return "#"
