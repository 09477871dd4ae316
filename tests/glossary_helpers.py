"""Short views of the glossary's answers, shared by the glossary rule tests."""

from __future__ import annotations

from seed_articles.glossary import Glossary, GlossaryEntry, discover_entries, find_definitions, find_mentions


def defs(text: str) -> list[tuple[str, str]]:
    """Each definition the text writes out, as (abbreviation, long form)."""
    return [(d.abbr, d.long_form) for d in find_definitions(text)]


def entries(text: str, seed: str = "seeds/a.txt") -> dict[str, GlossaryEntry]:
    """The entries one seed's text defines, by key."""
    return {entry.key: entry for entry in discover_entries(text, seed)}


def keys(text: str, glossary: Glossary) -> list[str]:
    """The entry keys of every abbreviation the text mentions."""
    return [mention.key for mention in find_mentions(text, glossary)]
