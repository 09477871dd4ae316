"""Initials matching: which words spell an abbreviation (``Liên Hiệp Quốc`` → LHQ).

Each letter matches the first letter of one syllable after folding diacritics; ``Đ`` only
``đ``, ``W`` also ``ư``, ``&`` a conjunction; digraph initials may take two letters;
function words may be skipped inside the long form but never at its ends.  The shortest
long form that matches wins."""

from __future__ import annotations

from functools import cache, lru_cache

from ..text.vietnamese import fold
from .tokens import is_all_caps, is_syllable_like
from .words import _Word

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


def _is_acronym_word(word: str) -> bool:
    """An acronym written inside a long form: capital letters only (``ASEAN``, ``UN``)."""
    return word.isalpha() and word.isupper()


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
        # "ASEAN Parties Against Corruption (ASEAN-PAC)": an acronym written in the long
        # form gives all its letters, never all of the form's ("khối ASEAN (ASEAN)").
        size = len(word)
        if (
            2 <= size < len(units)
            and size <= u
            and _is_acronym_word(word)
            and units[u - size : u] == tuple(word)
        ):
            options.append(back(u - size, w - 1))
        # Skip a function word inside the long form, never at its end.
        if u < len(units) and word.lower() in FUNCTION_WORDS:
            options.append(back(u, w - 1))
        for option in options:
            if option is not None and (best is None or option > best):
                best = option
        return best

    return back(len(units), len(words))


# Fewest letters of a syllabic acronym (PASSEX, RIMPAC): shorter ones are initials.
MIN_SYLLABIC_LETTERS = 4


def spells_by_syllables(abbr: str, words: list[str]) -> bool:
    """True if ``words`` (an English name) spell ``abbr`` by the first letters of each word:
    ``Passage Exercise`` → PASS + EX = PASSEX, ``Rim of the Pacific`` → RIM + PAC.

    Every capitalised word gives one letter or more, at least one gives two (or it is
    initials), the first and the last give letters; lower-case function words inside may
    give none (``of the``).  Only ASCII words, not all of them shaped like Vietnamese
    syllables (``HANOI (Ha Noi)``), and acronyms of :data:`MIN_SYLLABIC_LETTERS` capitals or more.
    """
    letters = abbr.lower()
    if (
        len(letters) < MIN_SYLLABIC_LETTERS
        or not (abbr.isascii() and abbr.isalpha() and abbr.isupper())
        or len(words) < 2
        or len(words) >= len(letters)
        or not all(word.isascii() and word.isalpha() for word in words)
        or not (words[0][0].isupper() and words[-1][0].isupper())
        # "HANOI (Ha Noi)": Vietnamese syllables written without marks are a name, no acronym.
        or all(is_syllable_like(word) for word in words)
    ):
        return False
    texts = tuple(word.lower() for word in words)
    optional = tuple(word in FUNCTION_WORDS and 0 < i < len(words) - 1 for i, word in enumerate(words))

    @cache
    def fits(w: int, at: int) -> bool:
        # Words from w spell letters from at.
        if w == len(texts):
            return at == len(letters)
        if optional[w] and fits(w + 1, at):
            return True
        word = texts[w]
        size = 1
        while size <= len(word) and at + size <= len(letters) and word[size - 1] == letters[at + size - 1]:
            if fits(w + 1, at + size):
                return True
            size += 1
        return False

    return fits(0, 0)
