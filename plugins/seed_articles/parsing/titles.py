"""A short title for an article whose text has no headline.

Taken from the lead's first sentence: the whole sentence when short, else
the part before the first word that opens a purpose/time/place clause
(``nhằm``, ``để``, ``khi``, ``tại`` ...), else the first clause, else the
first words with an ellipsis.
"""

from __future__ import annotations

import re

from ..text.vietnamese import fold
from .lines import first_sentence, is_headline_like, is_prose, syllable_count

MAX_DERIVED_WORDS = 14
MIN_DERIVED_WORDS = 5
# Words that open a subordinate clause; the main clause before them is a headline.
_CLAUSE_OPENERS = frozenset(
    fold(word)
    for word in ("nhằm", "để", "khi", "nhưng", "vì", "bởi", "tại", "vào", "song", "đồng thời", "sau khi")
)
_CLAUSE_BREAK_RE = re.compile(r"[,;:]\s")


# "1. ", "II. ", "a) ": the number of a list item or a section opening the lead; a derived title
# is prose, never the bare number ("1") that the first "sentence" would be
_ITEM_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]\s+(?=\S)")


def derive_title(lead: str) -> str:
    lead = _ITEM_NUMBER_RE.sub("", lead, count=1)
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


# "...vùng biên Quảng TrịNhằm nâng cao ...": a lower-case letter typed against the capital
# that opens the next sentence, inside one whitespace-free run (the word bounded: an unbounded
# look-ahead from every letter of a long run without spaces is quadratic)
_GLUED_SAPO_RE = re.compile(r"(?<=[^\W\d_])(?=[^\W\d_]{1,20}\s)")
MIN_GLUED_HEADLINE_SYLLABLES = 8
MIN_GLUED_SAPO_SYLLABLES = 15


def glued_headline(lead: str) -> str | None:
    """The headline a copy typed against the sapo (``<headline>Nhằm nâng cao ...``): the page's
    headline and sapo joined without a space, so the lead line opens with the real headline.

    Only a headline-shaped opening of 8+ syllables, then a sentence of 15+; the glued word must
    hold a Vietnamese letter beyond ASCII (``VnExpress``, ``GiadinhNet`` are brands)."""
    for match in _GLUED_SAPO_RE.finditer(lead):
        if not lead[match.start()].isupper() or not lead[match.start() - 1].islower():
            continue
        start = lead.rfind(" ", 0, match.start()) + 1
        end = lead.find(" ", match.start())
        if lead[start:end].isascii() or not lead[start].isupper():
            continue
        head, rest = lead[: match.start()], lead[match.start() :]
        headline = is_headline_like(head) and syllable_count(head) >= MIN_GLUED_HEADLINE_SYLLABLES
        sapo = is_prose(rest) and syllable_count(rest) >= MIN_GLUED_SAPO_SYLLABLES
        return head if headline and sapo else None  # only the first glued word can close it
    return None
