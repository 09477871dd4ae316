"""Abbreviations an article uses that nobody defines: listed in the glossary all the same.

An acronym an article writes once without its long form (``vàng miếng SJC``, ``cam kết
trong AANZFTA``) is still an abbreviation the article uses: the glossary lists it with
no long form (``source="undefined"``) and the articles using it, so readers and curators
see it.  Only shapes that are abbreviations with little doubt: all capitals, three letters
or more (two capitals are too often a person's initials, "(HN)"), no group name of a
letter and a number (``A1``: a licence class, a paper size); mixed case only with a capital
first and two or more (``SNgV``, when the recognizer reports one).  What the recognizer never
reports (units, Roman numerals, shouted words, credits, outlet markers) stays out too.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import GlossaryEntry
from .tokens import is_all_caps, letters_of

MIN_UNDEFINED_LETTERS = 3


MIN_MIXED_CASE_CAPITALS = 2


def is_listed_undefined(base: str) -> bool:
    """True if an undefined abbreviation of this base form goes into the glossary.

    Mixed case only with a capital first and two or more capitals (``SNgV``).
    """
    letters = letters_of(base)
    if len(letters) < MIN_UNDEFINED_LETTERS or " " in base:
        return False
    capitals = sum(ch.isupper() for ch in letters)
    return is_all_caps(base) or (letters[0].isupper() and capitals >= MIN_MIXED_CASE_CAPITALS)


def undefined_entries(bases: Iterable[str]) -> list[GlossaryEntry]:
    """Glossary entries without a long form for the undefined abbreviations listed."""
    return [GlossaryEntry(key=base, vi="", source="undefined") for base in sorted(set(bases))]
