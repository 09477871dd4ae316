"""Topic tags from a configurable vocabulary of trigger phrases.

A topic applies to an article when its trigger phrases occur at least
``min_count`` times. Phrases are compared syllable by syllable with
:func:`~seed_articles.text.vietnamese.tone_key` (letter case and tone-mark
placement do not matter, tones do: "Biển Đông" is not "biến động"), always
whole syllables, never across punctuation — except punctuation written in
the phrase itself ("từ sớm, từ xa").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..text.vietnamese import normalize_text
from .features import clause_keys, split_tokens

DEFAULT_TOPICS = Path(__file__).resolve().parent.parent / "data" / "topics.yml"


@dataclass(frozen=True)
class Topic:
    label: str  # as displayed, Vietnamese
    phrases: tuple[str, ...]
    min_count: int = 1


def _keyed(text: str) -> str:
    """' k1 k2 | k3 ' — syllable keys, '|' where punctuation separates clauses."""
    return clause_keys(split_tokens(text))


def parse_topics(data: Mapping) -> list[Topic]:
    """Topics from the YAML structure (label → phrases, or label → {phrases, min_count})."""
    topics = []
    for label, entry in (data or {}).items():
        if isinstance(entry, Mapping):
            phrases, min_count = entry.get("phrases") or [], entry.get("min_count", 1)
            if not isinstance(min_count, int) or isinstance(min_count, bool):
                raise ValueError(f"topic {label!r}: min_count must be a whole number, not {min_count!r}")
        else:
            phrases, min_count = entry or [], 1
        if isinstance(phrases, str):
            phrases = [phrases]
        cleaned = tuple(normalize_text(str(p)).strip() for p in phrases if str(p).strip())
        if not cleaned:
            raise ValueError(f"topic {label!r} has no trigger phrases")
        topics.append(Topic(normalize_text(str(label)), cleaned, max(1, min_count)))
    return topics


class TopicsError(Exception):
    """A topic vocabulary file that cannot be used; the message names the file."""


def load_topics(path: Path | str = DEFAULT_TOPICS) -> tuple[Topic, ...]:
    """Read a topic vocabulary file (read again on every call, so `serve` sees edits)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TopicsError(f"{path}: cannot read the topics file: {error}") from error
    return _parse_topics_text(text, str(path))


@lru_cache(maxsize=8)  # keyed by content: an edited file is parsed again
def _parse_topics_text(text: str, name: str) -> tuple[Topic, ...]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise TopicsError(
            f"{name}: broken YAML{where}: {getattr(error, 'problem', None) or error}"
        ) from error
    except (ValueError, TypeError, RecursionError) as error:
        raise TopicsError(f"{name}: a value cannot be read: {error}") from error
    if data is not None and not isinstance(data, Mapping):
        raise TopicsError(f"{name}: expected a mapping of topic labels to trigger phrases")
    try:
        return tuple(parse_topics(data or {}))
    except (ValueError, TypeError) as error:
        raise TopicsError(f"{name}: {error}") from error


@lru_cache(maxsize=4096)
def _phrase_needle(phrase: str) -> str:
    return _keyed(phrase)


def topic_counts(
    doc_text: str, vocabulary: Sequence[Topic] | Mapping | None = None, keyed: str | None = None
) -> dict[str, int]:
    """Number of trigger-phrase matches per topic label (topics with no match omitted).

    ``keyed`` is the text's :func:`~.features.clause_keys`, when the caller has it.
    """
    topics = _as_topics(vocabulary)
    keyed = keyed if keyed is not None else _keyed(doc_text)
    counts = {}
    for topic in topics:
        # Longer phrases first, and each match consumes its words, so
        # "hậu quả chiến tranh" inside "khắc phục hậu quả chiến tranh" counts once.
        remaining = keyed
        total = 0
        for phrase in sorted(topic.phrases, key=lambda p: (-len(_phrase_needle(p)), p)):
            needle = _phrase_needle(phrase)
            if needle.strip():
                found = remaining.count(needle.rstrip() + " ")
                if found:
                    total += found
                    remaining = remaining.replace(needle.rstrip() + " ", " # ")
        if total:
            counts[topic.label] = total
    return counts


def assign_topics(
    doc_text: str,
    vocabulary: Sequence[Topic] | Mapping | None = None,
    limit: int | None = None,
    keyed: str | None = None,
) -> list[str]:
    """Topic labels of ``doc_text``: most matches first, then vocabulary order.

    The first label is the article's main topic; ``limit`` keeps only the
    strongest ones.
    """
    topics = _as_topics(vocabulary)
    counts = topic_counts(doc_text, topics, keyed)
    order = {topic.label: n for n, topic in enumerate(topics)}
    chosen = [t.label for t in topics if counts.get(t.label, 0) >= t.min_count]
    chosen.sort(key=lambda label: (-counts[label], order[label]))
    return chosen[:limit] if limit is not None else chosen


def _as_topics(vocabulary: Sequence[Topic] | Mapping | None) -> Sequence[Topic]:
    if vocabulary is None:
        return load_topics()
    if isinstance(vocabulary, Mapping):
        return parse_topics(vocabulary)
    return vocabulary
