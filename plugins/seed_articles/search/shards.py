"""Split the inverted index into small JSON shards by ranges of sorted keys.

Keys are folded syllables (``quoc``, value ``[[tone key, written form,
postings], ...]``) and bigrams (``quoc phong``, value: postings). Sorted the
way JavaScript compares strings (UTF-16 code units), consecutive keys are
packed into shards of at most ``limit`` bytes; the manifest lists the first key
of every shard, so the worker finds a key's shard by binary search, and all
keys starting with a prefix (for the word being typed) in consecutive shards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

SHARD_LIMIT = 16_000  # bytes of JSON per shard (a single bigger key gets a shard alone)


def js_order(key: str) -> bytes:
    """Sort key matching JavaScript's ``<`` on strings."""
    return key.encode("utf-16-be")


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Shard:
    first_key: str
    text: str  # the shard's JSON object


def split_into_shards(entries: dict[str, str], limit: int = SHARD_LIMIT) -> list[Shard]:
    shards: list[Shard] = []
    parts: list[str] = []
    first = ""
    size = 0
    for key in sorted(entries, key=js_order):
        part = f"{_json(key)}:{entries[key]}"
        part_size = len(part.encode("utf-8")) + 1
        if parts and size + part_size > limit:
            shards.append(Shard(first, "{" + ",".join(parts) + "}"))
            parts, size = [], 0
        if not parts:
            first = key
        parts.append(part)
        size += part_size
    if parts:
        shards.append(Shard(first, "{" + ",".join(parts) + "}"))
    return shards
