"""A short title for an article whose text has no headline.

Taken from the lead's first sentence: the whole sentence when short, else
the part before the first word that opens a purpose/time/place clause
(``nhằm``, ``để``, ``khi``, ``tại`` ...), else the first clause, else the
first words with an ellipsis.
"""

from __future__ import annotations

import re

from ..text.vietnamese import fold
from .lines import first_sentence, syllable_count

MAX_DERIVED_WORDS = 14
MIN_DERIVED_WORDS = 5
# Words that open a subordinate clause; the main clause before them is a headline.
_CLAUSE_OPENERS = frozenset(
    fold(word)
    for word in ("nhằm", "để", "khi", "nhưng", "vì", "bởi", "tại", "vào", "song", "đồng thời", "sau khi")
)
_CLAUSE_BREAK_RE = re.compile(r"[,;:]\s")


def derive_title(lead: str) -> str:
    sentence = first_sentence(lead).strip().rstrip(" .…;:,")
    words = sentence.split()
    if not words:
        return ""
    if len(words) <= MAX_DERIVED_WORDS - 2:
        return _capitalise(sentence)
    for index in range(MIN_DERIVED_WORDS, min(len(words), MAX_DERIVED_WORDS + 1)):
        if fold(words[index]) in _CLAUSE_OPENERS:
            return _capitalise(" ".join(words[:index]).rstrip(" ,;:"))
    clause = _CLAUSE_BREAK_RE.split(sentence, maxsplit=1)[0]
    if MIN_DERIVED_WORDS <= syllable_count(clause) <= MAX_DERIVED_WORDS:
        return _capitalise(clause)
    return _capitalise(" ".join(words[: MAX_DERIVED_WORDS - 2]).rstrip(" ,;:")) + "…"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
