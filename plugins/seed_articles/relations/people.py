"""People named with a military rank or an office ("Thượng tướng Hoàng Xuân Chiến").

A mention is a title from the vocabulary (``data/people.yml``) followed by a
capitalised Vietnamese personal name: 2-4 capitalised syllables, the first
a family name, ending before a comma, a lower-case word or punctuation.
Titles joined by commas right before the name belong to it too ("Tổng Bí
thư, Chủ tịch nước Nguyễn Phú Trọng"). The family-name check is what keeps
"Bộ trưởng Bộ Quốc phòng" or "Bộ trưởng Quốc phòng các nước ASEAN" from
becoming people.

:func:`build_people_index` merges mentions across articles: one entry per
person (name compared tone-insensitively to placement, case-insensitively),
with every title seen, the most recent first.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..text.slugs import unique_slugs
from ..text.vietnamese import normalize_text, sort_key, tone_key
from .model import RelationDoc

DEFAULT_VOCABULARY = Path(__file__).resolve().parent.parent / "data" / "people.yml"
MIN_NAME_SYLLABLES = 2
MAX_NAME_SYLLABLES = 4

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class TitleVocabulary:
    ranks: tuple[str, ...]
    offices: tuple[str, ...]
    surnames: frozenset[str]  # tone keys
    not_names: tuple[tuple[str, ...], ...]  # tone-key syllables of place names

    def kind(self, title: str) -> str:
        key = _phrase_key(title)
        return "rank" if key in {_phrase_key(r) for r in self.ranks} else "office"


@dataclass(frozen=True)
class PersonMention:
    """One person named with a title in one text."""

    name: str  # as written, whitespace-normalised ("Hoàng Xuân Chiến")
    rank_or_office: str  # the title(s) right before the name ("Tổng Bí thư, Chủ tịch nước")
    titles: tuple[str, ...]  # each title on its own
    kind: str  # "rank" or "office" (of the title next to the name)
    start: int  # offset of the first title in the normalised text
    end: int  # offset just after the name

    @property
    def key(self) -> str:
        return person_key(self.name)


@dataclass
class Person:
    """One person across the corpus."""

    id: str  # stable ASCII slug of the name
    name: str
    titles: list[str]  # every rank/office seen, most recent article first
    articles: list[str] = field(default_factory=list)  # article keys, newest first


def person_key(name: str) -> str:
    """Identity of a name: case and tone-mark placement do not matter."""
    return _phrase_key(name)


@lru_cache(maxsize=1 << 16)
def _phrase_key(text: str) -> str:
    # A pure function of a short text (a name or a title), asked again for every mention of
    # it in every build: the people index of 10,000 articles spent most of its time here.
    return " ".join(tone_key(word) for word in _WORD.findall(normalize_text(text)))


@lru_cache(maxsize=8)
def load_title_vocabulary(path: Path | str = DEFAULT_VOCABULARY) -> TitleVocabulary:
    """Read the rank/office vocabulary (YAML with ranks, offices, surnames, not_names)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    surnames = data.get("surnames") or ""
    if isinstance(surnames, str):
        surnames = surnames.split()
    return TitleVocabulary(
        ranks=tuple(normalize_text(t) for t in data.get("ranks") or ()),
        offices=tuple(normalize_text(t) for t in data.get("offices") or ()),
        surnames=frozenset(tone_key(s) for s in surnames),
        not_names=tuple(tuple(_phrase_key(n).split()) for n in data.get("not_names") or ()),
    )


@lru_cache(maxsize=8)
def vocabulary_digest(vocabulary: TitleVocabulary) -> bytes:
    """A digest of the vocabulary, the same in every process (names found with another differ)."""
    parts = (vocabulary.ranks, vocabulary.offices, sorted(vocabulary.surnames), vocabulary.not_names)
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).digest()


def _title_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``titles`` as whole words, the longest first, any case, any spacing."""
    titles = sorted(titles, key=lambda t: (-len(t), t))
    alternatives = "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _title_patterns(vocabulary: TitleVocabulary) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """A pattern for the words a title can start with, and per such word (lower case) its titles."""
    by_first: dict[str, set[str]] = {}
    for title in {*vocabulary.ranks, *vocabulary.offices}:
        by_first.setdefault(title.split()[0].lower(), set()).add(title)
    starts = "|".join(map(re.escape, sorted(by_first, key=lambda w: (-len(w), w))))
    return (
        re.compile(rf"(?<![^\W_])(?:{starts})(?![^\W_])", re.IGNORECASE),
        {word: _title_pattern(tuple(titles)) for word, titles in by_first.items()},
    )


def _titles_in(text: str, vocabulary: TitleVocabulary) -> list[re.Match[str]]:
    """Non-overlapping rank and office mentions, left to right.

    Where a word that can start a title begins, only the titles starting
    with it are tried, longest first; trying the alternation of every title
    at every position took most of the time.
    """
    starts, titles_for = _title_patterns(vocabulary)
    found: list[re.Match[str]] = []
    end = 0
    for start in starts.finditer(text):
        if start.start() < end:
            continue
        match = titles_for[start.group().lower()].match(text, start.start())
        if match:
            found.append(match)
            end = match.end()
    return found


_NAME_GAP = re.compile(r"[ \t]+")
_TITLE_JOIN = re.compile(r"\s*,\s*$|\s+kiêm\s+$", re.IGNORECASE)


def _is_name_word(word: str) -> bool:
    """Capitalised ("Chiến") or, as some sites write surnames, all capitals ("HOÀNG")."""
    return word[0].isupper() and (len(word) == 1 or word[1:].islower() or word.isupper())


def _name_after(text: str, pos: int, vocabulary: TitleVocabulary) -> tuple[str, int] | None:
    """The personal name starting right after ``pos`` (one gap of spaces), if any."""
    words: list[str] = []
    end = pos
    while len(words) <= MAX_NAME_SYLLABLES:
        gap = _NAME_GAP.match(text, end)
        if gap is None:
            break
        word = _WORD.match(text, gap.end())
        if word is None or not _is_name_word(word.group()):
            break
        words.append(word.group())
        end = word.end()
    if not MIN_NAME_SYLLABLES <= len(words) <= MAX_NAME_SYLLABLES:
        return None
    if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        return None  # "Mát-xcơ-va", digits glued on: not a plain name
    keys = tuple(tone_key(w) for w in words)
    if keys[0] not in vocabulary.surnames:
        return None
    if any(keys[: len(place)] == place for place in vocabulary.not_names):
        return None
    return " ".join(words), end


def _display_title(title: str) -> str:
    title = " ".join(title.split())
    return title[0].upper() + title[1:]


def find_people(text: str, vocabulary: TitleVocabulary | None = None) -> list[PersonMention]:
    """People named with a rank or office in ``text``, in text order."""
    vocabulary = vocabulary or load_title_vocabulary()
    text = normalize_text(text)
    matches = _titles_in(text, vocabulary)
    mentions: list[PersonMention] = []
    for index, match in enumerate(matches):
        found = _name_after(text, match.end(), vocabulary)
        if found is None:
            continue
        name, end = found
        titles = [_display_title(match.group())]
        start = match.start()
        # Walk back over titles joined by commas: "Tổng Bí thư, Chủ tịch nước X".
        back = index - 1
        while back >= 0:
            between = text[matches[back].end() : start]
            if not _TITLE_JOIN.fullmatch(between):
                break
            titles.insert(0, _display_title(matches[back].group()))
            start = matches[back].start()
            back -= 1
        mentions.append(
            PersonMention(
                name=name,
                rank_or_office=", ".join(titles),
                titles=tuple(titles),
                kind=vocabulary.kind(titles[-1]),
                start=start,
                end=end,
            )
        )
    return mentions


def _date_key(doc: RelationDoc) -> tuple:
    return tuple(doc.date_sort) if doc.date_sort else ()


def doc_people(doc: RelationDoc, vocabulary: TitleVocabulary | None = None) -> list[PersonMention]:
    """People named in one document (title and text)."""
    return find_people(f"{doc.title}\n{doc.text}", vocabulary)


def build_people_index(
    docs: Sequence[RelationDoc],
    vocabulary: TitleVocabulary | None = None,
    mentions_of: Callable[[RelationDoc], list[PersonMention]] | None = None,
) -> list[Person]:
    """One :class:`Person` per name across ``docs``, in Vietnamese alphabetical order.

    Titles are ordered by the date of the newest article that uses them (undated
    articles count as oldest), then by first appearance. ``mentions_of`` lets a
    caller supply cached per-document mentions.
    """
    names: dict[str, dict[str, int]] = {}
    titles: dict[str, dict[str, tuple]] = {}  # person → title key → (date, order, display)
    articles: dict[str, dict[str, tuple]] = {}
    order = 0
    for doc in docs:
        when = _date_key(doc)
        found = mentions_of(doc) if mentions_of else doc_people(doc, vocabulary)
        for mention in found:
            key = mention.key
            counts = names.setdefault(key, {})
            counts[mention.name] = counts.get(mention.name, 0) + 1
            seen = titles.setdefault(key, {})
            for title in mention.titles:
                title_key = _phrase_key(title)
                order += 1
                previous = seen.get(title_key)
                if previous is None or when > previous[0]:
                    seen[title_key] = (when, previous[1] if previous else order, title)
            articles.setdefault(key, {})[doc.key] = when
    display = {
        key: min(counts.items(), key=lambda item: (-item[1], item[0]))[0] for key, counts in names.items()
    }
    ids = unique_slugs(sorted(display.items()), fallback="nguoi")
    people = [
        Person(
            id=ids[key],
            name=display[key],
            titles=[t for _, _, t in sorted(titles[key].values(), key=_newest_first)],
            articles=[k for k, _ in sorted(articles[key].items(), key=lambda kv: (_neg(kv[1]), kv[0]))],
        )
        for key in display
    ]
    return sorted(people, key=lambda p: (sort_key(p.name), p.id))


def _neg(when: tuple) -> tuple:
    return tuple(-part for part in when) if when else (1,)


def _newest_first(item: tuple) -> tuple:
    when, order, _ = item
    return (_neg(when), order)
