"""Abbreviation glossary: curated YAML, definitions found in articles,
recognition in text (the page is rendered by ``pages.glossary``).  No MkDocs imports here.
"""

from __future__ import annotations

from .discovery import Definition, discover_entries, find_definitions
from .loader import default_glossary_path, load_glossary, parse_glossary
from .markup import abbr_markup, entry_url
from .merge import merge_discovered
from .model import Glossary, GlossaryEntry, GlossaryError, MergeReport, base_anchor, entry_anchor
from .recognizer import Candidate, Mention, find_mentions, find_undefined, scan

__all__ = [
    "Candidate",
    "Definition",
    "Glossary",
    "GlossaryEntry",
    "GlossaryError",
    "Mention",
    "MergeReport",
    "abbr_markup",
    "base_anchor",
    "default_glossary_path",
    "discover_entries",
    "entry_anchor",
    "entry_url",
    "find_definitions",
    "find_mentions",
    "find_undefined",
    "load_glossary",
    "merge_discovered",
    "parse_glossary",
    "scan",
]
