"""Search tokens: words, the punctuation that ends a phrase, abbreviation keys.

A *term* is a folded syllable (``Đối`` → ``doi``); a *variant* is the
syllable's :func:`tone_key` (``hoà`` and ``hòa`` share one, ``hóa`` differs),
used to rank exact-accent matches first. Punctuation ends a phrase, so a
bigram (two adjacent syllables) never spans a comma or a full stop; spaces
and hyphens do not end one. The worker's ``fold.js`` tokenises the same way.
"""

from __future__ import annotations

import re

from ..text.vietnamese import fold, normalize_text, syllables

# A word (as text.vietnamese.syllables() finds them) or a run of punctuation.
TOKEN = re.compile(r"[^\W_]+|[^\w\s-]+|_+")
# Characters an abbreviation key keeps besides letters and digits (ADMM+, TT&TT, JWG-DOC).
_ABBR_DROP = re.compile(r"[^\w+&-]|_")


def phrases(text: str) -> list[list[str]]:
    """Folded terms of ``text`` in runs that punctuation does not break."""
    result: list[list[str]] = [[]]
    for token in TOKEN.findall(normalize_text(text)):
        if token[0].isalnum():
            result[-1].append(fold(token))
        elif result[-1]:
            result.append([])
    return [run for run in result if run]


def phrase_terms(text: str) -> list[str]:
    """Folded syllables of ``text`` in order (punctuation ignored)."""
    return [fold(word) for word in syllables(text)]


def abbreviation_key(abbreviation: str) -> str:
    """Key under which the worker looks an abbreviation up: ``ĐNQP`` → ``dnqp``, ``ADMM+`` → ``admm+``."""
    return _ABBR_DROP.sub("", fold(abbreviation))
