"""Ship-name prefixes (``KD Lekiu``, ``HTMS Chakri``): abbreviations a text uses without spelling them out.

Navies write a ship's name after a prefix of capitals (INS, HMAS, KRI, KD).
News text shows the shape — ``tàu`` and the ship's type in lower case, the
prefix, then the ship's foreign name — even when it never expands the prefix,
so the glossary can still say what the prefix is.  Only a name written in
plain ASCII counts: ``tàu tuần tra BĐBP Quảng Ninh`` names an owner and a
place, not a ship.
"""

from __future__ import annotations

import re

from ..text.vietnamese import tone_key
from .model import GlossaryEntry
from .tokens import is_roman_numeral

# "tàu", up to four lower-case words of the ship's type, the prefix, the name.
_SHIP_RE = re.compile(
    r"(?<![^\W_])[Tt]àu((?:[^\S\n]+[^\W\d_]+){0,4}?)"
    r"[^\S\n]+([A-Z]{2,5})[^\S\n]+[A-Z][a-z]{2,}(?![\w@&+\-])"
)
# Words that end the ship's type: the prefix then belongs to an owner ("tàu của JCG …")
# or names a port the ship goes to ("tàu cập cảng PTSC Dinhvu").
_NOT_TYPE_WORDS = frozenset(
    ["của", "và", "với", "thuộc", "tại", "cho", "mang", "là", "đã", "đang", "sẽ", "được"]
    + ["cảng", "bến", "cập", "vào", "rời", "đến", "tới"]
)
# "tàu" is also a train, a tram and an aircraft ("tàu hỏa SE Express", "tàu bay VN Airbus")
# when the next word says so ("tàu hộ vệ tên lửa" is still a ship).  Keyed by tone_key,
# so "hoả" is "hỏa".
_NOT_SHIP_KINDS = frozenset(tone_key(word) for word in ("hỏa", "lửa", "điện", "bay", "vũ"))
SHIP_PREFIX_VI = "Tiền tố đứng trước tên tàu"


def ship_prefixes(text: str) -> list[str]:
    """Prefixes written before a ship's name in ``text`` (``tàu hộ vệ KD Lekiu`` → ``KD``)."""
    if "àu" not in text:
        return []
    found: dict[str, None] = {}
    for match in _SHIP_RE.finditer(text):
        prefix = match.group(2)
        if not is_roman_numeral(prefix) and _is_ship_type(match.group(1).split()):
            found.setdefault(prefix)
    return list(found)


def _is_ship_type(kind: list[str]) -> bool:
    """Lower-case words of a ship's type (``hộ vệ``, ``khu trục``): not an owner, a port or a train."""
    if kind and tone_key(kind[0]) in _NOT_SHIP_KINDS:
        return False
    return all(word.islower() and word not in _NOT_TYPE_WORDS for word in kind)


def ship_prefix_entry(prefix: str, seed: str) -> GlossaryEntry:
    """A discovered entry for a prefix whose long form the text does not give."""
    return GlossaryEntry(
        key=prefix,
        vi=SHIP_PREFIX_VI,
        description="Viết trước tên một con tàu (thường là tàu hải quân); bài viết không nêu dạng đầy đủ.",
        source="discovered",
        found_in=(seed,),
    )


def is_shape_only(entry: GlossaryEntry) -> bool:
    """True for an entry known only from the shape of the text, not from a long form it writes."""
    return entry.source == "discovered" and entry.vi == SHIP_PREFIX_VI
