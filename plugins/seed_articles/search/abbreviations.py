"""The abbreviation table the worker uses to expand queries both ways.

``BVDC`` in a query also looks for the phrase "bệnh viện dã chiến", and that
phrase in a query also looks for ``BVDC``. Keys and phrases are folded so the
worker can match what readers type without tone marks.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..logs import get_logger
from .tokens import abbreviation_key, phrase_terms

log = get_logger(__name__)


def abbreviation_table(expansions: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """``{folded abbreviation: [folded expansion phrase, ...]}``, sorted, without duplicates.

    Expansions of one syllable are left out: a query word would then stand for
    a single different word, which finds more noise than articles.
    """
    table: dict[str, set[str]] = {}
    for abbreviation, phrases in expansions.items():
        key = abbreviation_key(abbreviation)
        if not key:
            continue
        for phrase in phrases:
            terms = phrase_terms(phrase)
            if len(terms) >= 2 and " ".join(terms) != key:
                table.setdefault(key, set()).add(" ".join(terms))
    return {key: sorted(table[key]) for key in sorted(table)}


def shipped_glossary_expansions() -> dict[str, list[str]]:
    """Expansions from the glossary shipped with the package (empty if it cannot be read)."""
    try:
        from ..glossary.loader import load_glossary

        glossary = load_glossary()
    except Exception as error:  # noqa: BLE001 - search must still work without a glossary
        log.debug("search: no shipped glossary (%s)", error)
        return {}
    expansions: dict[str, list[str]] = {}
    for entry in glossary:
        for spelling in entry.spellings():
            expansions.setdefault(spelling, []).append(entry.vi)
    return expansions
