"""How gold values and parser values are compared, one function per rule.

Kept apart so the scoring reads as "equal under rule X" and every rule is
written down once.
"""

from __future__ import annotations

import re
import unicodedata

from ..parsing.lines import split_lines
from ..text.vietnamese import syllables, tone_key

_WORD_CHARS_RE = re.compile(r"[^\W_]+")


def collapse(text: str) -> str:
    """NFC with runs of whitespace made one space (titles as the reader sees them)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def folded(text: str) -> str:
    """NFC, casefolded, whitespace collapsed (names, definitions)."""
    return collapse(unicodedata.normalize("NFC", text).casefold())


def squeezed(text: str) -> str:
    """Casefolded letters and digits only: "(QĐND) -" and "qđnd" are the same source."""
    return "".join(_WORD_CHARS_RE.findall(unicodedata.normalize("NFC", text).casefold()))


def as_line(text: str) -> str:
    """``text`` normalised exactly as the parser normalises a seed line.

    Gold line texts are matched against the parser's lines, so both must go
    through the same NFC, look-alike and whitespace rules.
    """
    lines = [line.text for line in split_lines(text) if line.text]
    return " ".join(lines)


# Share of the text's words an expansion must contain to say the same thing in other
# words ("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng" in "... các nước ASEAN mở rộng").
SAME_WORDS_SHARE = 0.85


def same_definition(gold: str, expansion: str) -> bool:
    """The same long form: folded containment either way, or the expansion holds
    almost every word of the gold (tone-mark placement ignored), in any order."""
    a, b = folded(gold), folded(expansion)
    if not (a and b):
        return False
    if a in b or b in a:
        return True
    gold_words = [tone_key(word) for word in syllables(a)]
    expansion_words = {tone_key(word) for word in syllables(b)}
    shared = sum(1 for word in gold_words if word in expansion_words)
    return bool(gold_words) and shared >= SAME_WORDS_SHARE * len(gold_words)
