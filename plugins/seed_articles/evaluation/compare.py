"""How gold values and parser values are compared, one function per rule.

Kept apart so the scoring reads as "equal under rule X" and every rule is
written down once.
"""

from __future__ import annotations

import re
import unicodedata

from ..parsing.lines import split_lines

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


def same_definition(gold: str, expansion: str) -> bool:
    """Folded equality or containment either way ("đối ngoại quốc phòng" in a longer expansion)."""
    a, b = folded(gold), folded(expansion)
    return bool(a and b) and (a in b or b in a)
