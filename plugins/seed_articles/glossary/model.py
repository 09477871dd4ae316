"""Glossary data: entries, the glossary lookup table and entry anchors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from ..text.slugs import short_hash, slug
from ..text.vietnamese import sorted_vietnamese
from .tokens import is_word_spelling, phrase_token
from .units import is_unit_key

# "wording": lower-case words an article writes before an abbreviation in parentheses
# (``discovery.text_wordings``), held in ``alternatives`` with an empty ``vi``; never an
# entry of the glossary, only another wording of a known one (``merge``).
# "undefined": an abbreviation articles use that neither the curated file nor any article
# defines (``vi`` empty); listed so the page shows where it is used (see ``undefined``).
EntrySource = Literal["curated", "discovered", "wording", "undefined"]

# Anchors of the letter sections on the glossary page ("chu-a", "chu-dd");
# an entry anchor never takes one of these.
LETTER_ANCHOR_PREFIX = "chu-"


class GlossaryError(Exception):
    """A glossary file that cannot be used; ``path`` and 1-based ``line`` when known."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        where = path or "<glossary>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class GlossaryEntry:
    """One abbreviation.  ``key`` is the canonical spelling (NFC), e.g. ``ĐNQP``."""

    key: str
    vi: str
    en: str = ""
    description: str = ""
    variants: tuple[str, ...] = ()
    # Other wordings of the long form ("còn viết là"): curated, or the wording an
    # article defines the abbreviation with when it names the same thing.
    alternatives: tuple[str, ...] = ()
    source: EntrySource = "curated"
    found_in: tuple[str, ...] = ()  # seeds whose text defines it (discovered entries)
    line: int | None = None  # line in the YAML file (curated entries)
    anchor: str = ""  # set by Glossary so colliding anchors are told apart

    def spellings(self) -> tuple[str, ...]:
        return (self.key, *self.variants)

    def expansion(self) -> str:
        """Text for a tooltip: the Vietnamese expansion, then the English one."""
        if self.en and self.en != self.vi:
            return f"{self.vi} ({self.en})"
        return self.vi

    def expansions(self) -> list[str]:
        """Every long form of the entry: Vietnamese, English, then the other wordings."""
        return list(dict.fromkeys(text for text in (self.vi, self.en, *self.alternatives) if text))


def base_anchor(key: str) -> str:
    """ASCII anchor of an abbreviation: ``ĐNQP``→``dnqp``, ``ADMM+``→``admm-plus``, ``TT&TT``→``tt-tt``."""
    spelled = key.replace("+", " plus ").replace("&", " ")
    return slug(spelled, max_length=0) or f"abbr-{short_hash(key)}"


def entry_anchor(entry: GlossaryEntry) -> str:
    """Anchor (without ``#``) of ``entry`` on the glossary page."""
    return entry.anchor or base_anchor(entry.key)


def _assign_anchors(entries: Iterable[GlossaryEntry]) -> list[GlossaryEntry]:
    """Give every entry a unique anchor.

    Keys that fold alike (``ĐC`` and ``DC``) would share one; the key without
    ``Đ`` (then the first in Vietnamese order) keeps the plain anchor and the
    others add a hash of their own key, so an anchor only changes when a
    colliding entry appears.
    """
    by_base: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        by_base.setdefault(base_anchor(entry.key), []).append(entry)
    result: list[GlossaryEntry] = []
    for base, group in by_base.items():
        group = sorted_vietnamese(group, key=lambda e: e.key)
        group.sort(key=lambda e: "Đ" in e.key)
        for index, entry in enumerate(group):
            plain_ok = index == 0 and not base.startswith(LETTER_ANCHOR_PREFIX)
            anchor = base if plain_ok else f"{base}-{short_hash(entry.key)}"
            result.append(replace(entry, anchor=anchor))
    return result


@dataclass
class MergeReport:
    """What merging discovered definitions changed."""

    added: list[GlossaryEntry] = field(default_factory=list)
    # (discovered definition, curated entry that won)
    kept_curated: list[tuple[GlossaryEntry, GlossaryEntry]] = field(default_factory=list)
    # key → other wordings of its long form taken from the articles
    alternatives: dict[str, list[str]] = field(default_factory=dict)


class Glossary:
    """Entries by key plus a spelling → key table used by the recognizer."""

    def __init__(self, entries: Iterable[GlossaryEntry] = (), path: str | None = None) -> None:
        self.path = path
        self.entries: dict[str, GlossaryEntry] = {}
        self.spellings: dict[str, str] = {}
        # Two-word spellings by the token the recognizer finds in them:
        # "UN" → [("", "Women", "UN Women")], "CHQS" → [("Bộ", "", "Bộ CHQS")].
        self.phrases: dict[str, list[tuple[str, str, str]]] = {}
        # Spellings written as a capitalised word ("Interpol"): found as that exact word.
        self.words: dict[str, str] = {}
        # Lower-case unit spellings a text defined ("ppt"): found right after a number.
        self.units: dict[str, str] = {}
        for entry in _assign_anchors(entries):
            if entry.key in self.entries:
                raise GlossaryError(f"duplicate abbreviation {entry.key!r}", path, entry.line)
            self.entries[entry.key] = entry
            for spelling in entry.spellings():
                owner = self.spellings.setdefault(spelling, entry.key)
                if owner != entry.key:
                    raise GlossaryError(
                        f"{spelling!r} of {entry.key!r} is already a spelling of {owner!r}",
                        path,
                        entry.line,
                    )
                if is_word_spelling(spelling):
                    self.words[spelling] = entry.key
                    continue
                if is_unit_key(spelling):  # lower case: found only after a number
                    self.units[spelling] = entry.key
                    continue
                before, token, after = phrase_token(spelling)
                if before or after:
                    self.phrases.setdefault(token, []).append((before, after, entry.key))
        for options in self.phrases.values():
            options.sort(key=lambda option: (-len(option[0]) - len(option[1]), option))  # longest first
        # Characters in the longest spelling: a longer piece of a token is no spelling, so the
        # recognizer never tries one (a long chain "HA-DR-HA-DR-…" stays linear).
        self.longest_spelling = max((len(spelling) for spelling in self.spellings), default=0)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __iter__(self) -> Iterator[GlossaryEntry]:
        """Entries in Vietnamese alphabetical order of their keys."""
        return iter(sorted_vietnamese(self.entries.values(), key=lambda e: e.key))

    def __getitem__(self, key: str) -> GlossaryEntry:
        return self.entries[key]

    def get(self, key: str) -> GlossaryEntry | None:
        return self.entries.get(key)

    def resolve(self, spelling: str) -> GlossaryEntry | None:
        """Entry written as ``spelling`` (its key or one of its variants)."""
        key = self.spellings.get(spelling)
        return self.entries[key] if key is not None else None
