"""Abbreviations of common nouns: "hợp tác xã (HTX)" names a kind of thing, not one thing.

A word in capitals counts as a name when relations weigh shared names (:mod:`.linking`) and
when one abbreviation tells two reports of one meeting (:mod:`.stories`): "ADMM", "KOTRA" name
one meeting, one agency. But Vietnamese texts also shorten common nouns ("hợp tác xã (HTX)",
"công nhân, viên chức, lao động (CNVCLĐ)", "khu công nghiệp (KCN)"): every text of one field
writes them, whatever its story, so two texts sharing one share a field's vocabulary, not a
subject. A text that defines the abbreviation by words all written in lower case, whose
initials spell it, says it is such a noun (a proper name is capitalised: "Cơ quan Xúc tiến
Thương mại và Đầu tư Hàn Quốc (KOTRA)", "Ủy ban nhân dân (UBND)"). One such definition anywhere
in the corpus is enough: the other texts of the field use the short form without defining it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# "(HTX)": an abbreviation in brackets, letters only, in capitals (checked after the match).
_BRACKETED = re.compile(r"\(([^\W\d_]{2,10})\)")
# The words before it: at most this many characters back are read.
_LOOK_BACK = 160
_WORD = re.compile(r"[^\W\d_]+")


def _initial(word: str) -> str:
    """The base letter a word starts with ("ủy" → "u", "đối" → "đ")."""
    return unicodedata.normalize("NFD", word[0])[0].casefold()


def defined_as_common_noun(text: str) -> set[str]:
    """The abbreviations ``text`` defines by lower-case words spelling their initials, casefolded."""
    found: set[str] = set()
    for match in _BRACKETED.finditer(text):
        short = match.group(1)
        if not short.isupper():
            continue
        words = _WORD.findall(text[max(0, match.start() - _LOOK_BACK) : match.start()])[-len(short) :]
        if len(words) != len(short) or not all(word[0].islower() for word in words):
            continue
        if "".join(_initial(word) for word in words) == "".join(_initial(letter) for letter in short):
            found.add(short.casefold())
    return found


def common_noun_abbreviations(texts: Iterable[str]) -> frozenset[str]:
    """The abbreviations any of ``texts`` defines as a common noun (casefolded)."""
    found: set[str] = set()
    for text in texts:
        if "(" in text:
            found |= defined_as_common_noun(text)
    return frozenset(found)
