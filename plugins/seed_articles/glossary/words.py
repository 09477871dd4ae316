"""Words and clauses of a text, as the definition rules read them: where a clause starts
(a comma inside a name or a full stop after a name's initial starts none), the words in a span."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tokens import UPPER

_WORD_RE = re.compile(r"[^\W_]+")
# Clause delimiters: the long form never crosses one.
# (A spaced dash is not one: names hold it, "ASEAN - Trung Quốc".)
_CLAUSE_END_RE = re.compile(r"[,;:()“”\"!?\n]|\.(?=\s)")
# A comma inside a name: "phòng, chống …", or between capitalised words of
# a list that "và" closes ("Văn hóa, Thể thao và Du lịch").
_NAME_COMMA_RE = re.compile(
    rf"(?<=phòng),[^\S\n]+chống\b|,[^\S\n]+{UPPER}\w*(?:[^\S\n]+\w+)?[^\S\n]+và[^\S\n]+{UPPER}"
)
# For "A, B và C (X, Y và Z)" the long forms span commas.
_SENTENCE_PART_END_RE = re.compile(r"[;:()“”\"!?\n]|\.(?=\s)")
MAX_LONG_FORM_WORDS = 20  # names run long (CPTPP: 13 words, JWG-DOC: 20)


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text, start, end)]


def _clause_start(text: str, end: int, commas: bool = True) -> int:
    """Offset after the last clause delimiter before ``end`` (commas count unless told).

    Commas inside a name do not count: "phòng, chống tội phạm", "Bộ Văn hóa,
    Thể thao và Du lịch"; nor does the line end of a hard-wrapped sentence (:func:`_wraps`).
    """
    start = max(0, end - 400)
    pattern = _CLAUSE_END_RE if commas else _SENTENCE_PART_END_RE
    for match in pattern.finditer(text, start, end):
        if match.group() == "," and _NAME_COMMA_RE.match(text, match.start()):
            continue
        if match.group() == "." and _ends_initial(text, match.start()):
            continue
        if match.group() == "\n" and _wraps(text, match.start()):
            continue
        start = match.end()
    return start


def _wraps(text: str, newline: int) -> bool:
    """True if the line end at ``newline`` wraps a sentence (``Học viện Chính trị quốc\nphòng``):
    a letter right before it, a lower-case letter first on the next line."""
    if newline == 0 or not text[newline - 1].isalpha():
        return False
    after = text[newline + 1 : newline + 2]
    return after.isalpha() and after.islower()


def _ends_initial(text: str, dot: int) -> bool:
    """True if the full stop at ``dot`` closes a name's initial (``Đô đốc G.I. Nevelskoy``):
    a single capital letter that starts a word or follows another initial's full stop, or a
    place prefix (``TP. Hồ Chí Minh``)."""
    if dot >= 2 and text[dot - 2 : dot] in _PLACE_PREFIXES and (dot < 3 or not text[dot - 3].isalnum()):
        return True  # "Đại học Kinh tế TP. Hồ Chí Minh": the prefix's dot, inside the name
    return dot >= 1 and text[dot - 1].isupper() and (dot < 2 or not text[dot - 2].isalnum())


# Place prefixes written with a full stop before a place name: thành phố, thị xã.
_PLACE_PREFIXES = frozenset(["TP", "TX"])


def _is_ascii(words: list[_Word]) -> bool:
    return all(w.text.isascii() for w in words)


def _has_lowercase_word(words: list[_Word]) -> bool:
    """Organisation names keep lower-case syllables; place names (Việt Nam) do not."""
    return any(w.text[0].islower() for w in words)


def _span(text: str, words: list[_Word]) -> str:
    return " ".join(text[words[0].start : words[-1].end].split())
