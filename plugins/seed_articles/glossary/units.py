"""Lower-case unit abbreviations a text defines after a number: ``1.000 ppt (phần nghìn tỷ)``.

Units are written in lower case (ppt, ppm, ppb, mg), so the capital-led
abbreviation token never finds them.  A text that writes one right after a
number and explains it in parentheses defines it; the recognizer then finds
that unit only right after a number, where a lower-case word is a unit and not
an English or Vietnamese word.  A unit that reads as a Vietnamese syllable
(``con``, ``ha``) is never taken so: after a number it is a counted noun.

The other order, ``62.000 héc-ta (ha)``, names the unit in full after the
number and gives its symbol in parentheses; the symbol's letters come, in
order, from the name (``ha`` from ``héc-ta``, ``km`` from ``ki-lô-mét``).  The
text itself says the symbol is a unit, so one that reads as a syllable is
taken too (:func:`is_unit_key`).
"""

from __future__ import annotations

import re

from ..text.vietnamese import fold
from .tokens import is_syllable_like

_UNIT = r"[a-z]{2,4}"
_UNIT_RE = re.compile(_UNIT)
# "1.000 ppt (phần nghìn tỷ)": a number, the unit, its gloss in parentheses.
_DEFINED_RE = re.compile(rf"\d[^\S\n]?({_UNIT})[^\S\n]*\(([^()\n]{{1,80}})\)")
# A unit right after a number ("20 ppt", "20ppt"), not the start of a longer word or code.
UNIT_AFTER_NUMBER_RE = re.compile(rf"(?<=\d)[^\S\n]?({_UNIT})(?![\w@&+]|[-./]\w)")
_GLOSS_WORD_RE = re.compile(r"[^\W\d_]+")
# "62.000 héc-ta (ha)": a number, a unit's name (one word, hyphens allowed), its symbol.
_NAMED_RE = re.compile(rf"\d[^\S\n]+([^\W\d_]+(?:-[^\W\d_]+){{0,3}})[^\S\n]*\(({_UNIT})\)")


def is_unit_spelling(spelling: str) -> bool:
    """True for a lower-case unit spelling (``ppt``): ASCII letters that are no Vietnamese syllable."""
    return bool(_UNIT_RE.fullmatch(spelling)) and not is_syllable_like(spelling)


def is_unit_key(spelling: str) -> bool:
    """True for any lower-case unit spelling, syllable-like or not (``ha`` a text defined)."""
    return bool(_UNIT_RE.fullmatch(spelling))


def unit_names(text: str) -> list[tuple[str, str, int]]:
    """(unit, name, offset of the name) for every ``<number> <unit name> (<unit>)`` in ``text``.

    The name is one lower-case word of more than one syllable (``héc-ta``,
    ``hécta``: a loanword); the unit's letters occur in it in order, the first
    letter opening it.
    """
    found = []
    for match in _NAMED_RE.finditer(text):
        name, unit = match.group(1), match.group(2)
        letters = fold(name).lower().replace("-", "")
        if not name.islower() or letters == unit or not letters.startswith(unit[0]):
            continue
        if is_syllable_like(name) or len(set(name.lower().split("-"))) == 1 < name.count("-") + 1:
            # "3 thôn (th)", "20 tấn (tn)": a counted noun, one syllable; "ha-ha": a laugh
            continue
        rest = iter(letters)
        if all(letter in rest for letter in unit):
            found.append((unit, name, match.start(1)))
    return found


def unit_definitions(text: str) -> list[tuple[str, str, int]]:
    """(unit, gloss, offset of the gloss) for every unit ``text`` defines after a number.

    The gloss is lower-case words, about a word per letter, that name a measure
    (see :func:`_reads_as_unit`).
    """
    found = []
    for match in _DEFINED_RE.finditer(text):
        unit, inner = match.group(1), match.group(2)
        words = inner.split()
        if not is_unit_spelling(unit) or not 1 <= len(words) <= 2 * len(unit):
            continue
        if not all(_GLOSS_WORD_RE.fullmatch(word) and word.islower() for word in words):
            continue
        if words[0] == unit or not _reads_as_unit(unit, words):
            continue
        found.append((unit, " ".join(words), match.start(2) + len(inner) - len(inner.lstrip())))
    return found


def _reads_as_unit(unit: str, words: list[str]) -> bool:
    """``phần triệu`` (ppm), ``miligam`` (mg): a ratio "parts per …" or the unit's name spelled out.

    Not any gloss that starts with the unit's letter: ``15 pro (phiên bản cao cấp)``
    and ``2 tab (thẻ trình duyệt)`` explain a word, not a unit.
    """
    if words[0] == "phần":
        return unit[0] == "p"
    letters = iter(fold(words[0]))
    return len(words) == 1 and words[0][0] == unit[0] and all(letter in letters for letter in unit)
