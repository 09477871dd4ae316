"""Definitions that name the abbreviation after a comma: ``long form, viết tắt là ABBR``.

Besides parentheses, Vietnamese text introduces an abbreviation in running prose:
``Hiệp định …, viết tắt là ReCAAP, có hiệu lực …``, ``Trường …, tên tiếng Anh là
Vietnam Maritime University, viết tắt VMU, …``.  The words ``viết tắt`` / ``gọi tắt`` /
``tên viết tắt`` say outright that the abbreviation names what the text just wrote, as
``(ABBR)`` does; the long form is then read as it is before ``(``:

* a foreign name after ``tiếng Anh là`` (``tiếng Indonesia là``) right before the comma,
  accepted when the abbreviation's letters appear in it in order (as in parentheses,
  :func:`.parentheses._foreign_long_form`);
* otherwise the clause before the comma, by the rules of ``long form (ABBR)``
  (initials, a head noun, a lower-case gloss …).
"""

from __future__ import annotations

import re

from .parentheses import _WORD_ABBR_RE, _letters_in_order, _long_form_before
from .phrases import _ABBR, Definition, _is_form
from .tokens import UPPER, letters_of
from .words import MAX_LONG_FORM_WORDS, _clause_start, _words

# ", viết tắt là ABBR", ", gọi tắt: ABBR", ", tên viết tắt là ABBR" (no parentheses).
_NAMED_AFTER_COMMA_RE = re.compile(
    r",[^\S\n]*(?:(?:gọi|viết)[^\S\n]+tắt|tên[^\S\n]+viết[^\S\n]+tắt)(?:[^\S\n]+là)?[^\S\n]*:?[^\S\n]*"
    rf"({_ABBR})(?![\w&+\-])",
    re.IGNORECASE,
)
# "tiếng Anh là Vietnam Maritime University" ending right before the comma.
_FOREIGN_NAME_RE = re.compile(
    rf"tiếng[^\S\n]+{UPPER}\w*(?:[^\S\n]+{UPPER}\w*)?[^\S\n]*(?:là|:)[^\S\n]+(?P<long>[^,;()\n]+?)[^\S\n]*$",
    re.IGNORECASE,
)


def comma_definitions(text: str) -> list[Definition]:
    """Every ``long form, viết tắt (là) ABBR`` definition in ``text`` (offsets into ``text``)."""
    if "tắt" not in text:
        return []
    found: list[Definition] = []
    for match in _NAMED_AFTER_COMMA_RE.finditer(text):
        abbr, comma = match.group(1), match.start()
        if not (_is_form(abbr) or _WORD_ABBR_RE.fullmatch(abbr)):
            continue
        foreign = _foreign_name(text, abbr, comma)
        if foreign is not None:
            found.append(foreign)
            continue
        before = _words(text, _clause_start(text, comma), comma)
        if before:
            found.extend(_long_form_before(text, abbr, before))
    return found


def _foreign_name(text: str, abbr: str, comma: int) -> Definition | None:
    """``tên tiếng Anh là Vietnam Maritime University, viết tắt VMU``: the foreign name."""
    line_start = text.rfind("\n", 0, comma) + 1
    named = _FOREIGN_NAME_RE.search(text, line_start, comma)
    if named is None:
        return None
    long_form = " ".join(named.group("long").split())
    if not 2 <= len(long_form.split()) <= MAX_LONG_FORM_WORDS or not _letters_in_order(
        letters_of(abbr), long_form
    ):
        return None
    return Definition(abbr, long_form, "foreign-comma", named.start("long"))
