"""Discovered entries merged into the curated glossary."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .alternatives import AlternativeCollector, wording_from
from .model import Glossary, GlossaryEntry, MergeReport
from .ships import is_shape_only


def merge_discovered(curated: Glossary, found: Iterable[GlossaryEntry]) -> tuple[Glossary, MergeReport]:
    """A new glossary with discovered entries added; curated entries win.

    When several articles define the same abbreviation, the definition
    from the first seed (in path order) is kept and ``found_in`` lists
    every seed that defines it; a long form written out beats a ship prefix
    known only by its shape, a Vietnamese long form beats an English one (which
    becomes ``en``), and a later English long form fills a missing one.  A definition that loses to another entry
    but words the same thing differently (see :mod:`.alternatives`) becomes
    one of that entry's ``alternatives``; one that names something else is
    only reported.  Lower-case words an article writes before an abbreviation
    (``source="wording"``, :func:`.discovery.text_wordings`) only ever become an
    alternative of an entry the glossary has, from that entry's first word on.
    """
    report = MergeReport()
    merged: dict[str, GlossaryEntry] = {}
    losers: list[tuple[GlossaryEntry, str]] = []  # (discovered entry, key of the entry that won)
    found = list(found)
    own_words = [entry for entry in found if entry.source == "wording"]
    for entry in sorted((e for e in found if e.source != "wording"), key=lambda e: (e.found_in, e.key)):
        winner = curated.resolve(entry.key)
        if winner is not None:
            report.kept_curated.append((entry, winner))
            losers.append((entry, winner.key))
            continue
        earlier = merged.get(entry.key)
        if earlier is None:
            merged[entry.key] = entry
            continue
        seeds = tuple(dict.fromkeys(earlier.found_in + entry.found_in))
        if is_shape_only(earlier) and not is_shape_only(entry):
            # A long form a text writes beats one guessed from the shape ("tàu KD Lekiu").
            earlier, entry = entry, earlier
        elif _is_english(earlier.vi) and not _is_english(entry.vi) and not earlier.en:
            # A Vietnamese long form beats an English one, which becomes the English long
            # form ("Viet Nam - Singapore Industrial Park (VSIP)" in an English text, "Khu
            # công nghiệp Việt Nam - Singapore (VSIP)" in a Vietnamese one).
            earlier, entry = replace(entry, en=entry.en or earlier.vi), earlier
        # An English long form another text gives ("WPS (Women, Peace and Security – …)"),
        # or an English text's own long form.
        english = entry.en or (entry.vi if _is_english(entry.vi) and not _is_english(earlier.vi) else "")
        merged[entry.key] = replace(earlier, found_in=seeds, en=earlier.en or english)
        losers.append((entry, entry.key))
    entries = {e.key: replace(e, anchor="") for e in curated.entries.values()}
    entries.update(merged)
    collector = AlternativeCollector(entries, curated.resolve)
    for entry, key in losers:
        collector.offer(key, entry.vi, entry.found_in)
    for entry in sorted(own_words, key=lambda e: (e.found_in, e.key)):
        # A text's own lower-case wording of an entry the glossary has: never an entry itself.
        known = curated.resolve(entry.key) or entries.get(entry.key)
        if known is None or not entry.alternatives:
            continue
        for wording in wording_from(entries[known.key], entry.alternatives[0]):
            if collector.offer(known.key, wording, entry.found_in):
                break
    report.alternatives = collector.chosen()
    for key, wordings in report.alternatives.items():
        entry = entries[key]
        entries[key] = replace(entry, alternatives=tuple(dict.fromkeys((*entry.alternatives, *wordings))))
    report.added = [entries[key] for key in merged]
    return Glossary(entries.values(), curated.path), report


def _is_english(long_form: str) -> bool:
    """A long form in plain ASCII of two words or more: English (Vietnamese carries marks)."""
    return long_form.isascii() and len(long_form.split()) >= 2
