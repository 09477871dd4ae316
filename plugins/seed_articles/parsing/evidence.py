"""Chrome by evidence: lines that recur across the seeds of a folder.

A site prints the same menus, widgets and footers around every article,
while an article's own sentences appear once. So, as web-scale text
cleaners do, a line found in several seeds is page chrome. Lines are
compared after light normalisation (lower case, digits as ``0``) so
``Bình luận (3)`` and ``Bình luận (12)``, or two date widgets, are one line.

The pass is linear: each seed contributes the set of its line keys (a
stable 64-bit hash, the same in every worker process) and a dict counts in
how many seeds each key occurs. A seed's parse then only needs the counts
of its own keys (:class:`SeedEvidence`), which also go into its cache key.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .decode import decode_seed
from .errors import SeedError
from .lines import split_lines

_DIGITS_RE = re.compile(r"\d+(?:[.,:/-]\d+)*")  # "1.204", "09/12/2024", "14:27" are one number
# Counts above this change no decision, so they are capped (and cache keys stay stable
# when a fourth or fifth seed with the same footer arrives).
MAX_COUNT = 3


def line_key(text: str) -> int:
    """Stable hash of a normalised line (``split_lines`` text): lower case, digits as 0."""
    key = _DIGITS_RE.sub("0", text.lower())
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


def text_keys(text: str) -> frozenset[int]:
    """The distinct line keys of a decoded seed."""
    return frozenset(line_key(line.text) for line in split_lines(text) if line.text)


def data_keys(data: bytes, encoding: str | None = None) -> frozenset[int]:
    """Line keys of a seed's bytes; an undecodable seed contributes none (it is reported later)."""
    try:
        text, _ = decode_seed(data, encoding)
    except SeedError:
        return frozenset()
    return text_keys(text)


@dataclass(frozen=True)
class SeedEvidence:
    """For one seed: how many seeds of its folder hold each of its recurring lines."""

    counts: Mapping[int, int]  # line key → seeds holding it (≥ 2, capped at MAX_COUNT)

    def seeds_with(self, text: str) -> int:
        """In how many seeds (this one included) the line occurs: 1 when only here."""
        return self.counts.get(line_key(text), 1) if self.counts else 1

    def digest(self) -> bytes:
        """What the parse depends on, for the parse cache key."""
        items = sorted(self.counts.items())
        return hashlib.blake2b(repr(items).encode(), digest_size=16).digest()


NO_EVIDENCE = SeedEvidence({})


class CorpusEvidence:
    """Seed counts of every line key of a folder."""

    def __init__(self, seeds: Iterable[frozenset[int]] = ()) -> None:
        self.counts: Counter[int] = Counter()
        for keys in seeds:
            self.counts.update(keys)

    def for_seed(self, keys: frozenset[int]) -> SeedEvidence:
        counts = self.counts
        recurring = {key: min(counts[key], MAX_COUNT) for key in keys if counts[key] > 1}
        return SeedEvidence(recurring) if recurring else NO_EVIDENCE


# Evidence of a folder for parses outside a build (``inspect``, evaluation): keyed by the
# folder's listing (names, sizes, mtimes), so editing a seed refreshes it.
_FOLDER_CACHE: dict[Path, tuple[tuple, CorpusEvidence]] = {}


def folder_evidence(folder: Path, encoding: str | None = None) -> CorpusEvidence:
    """Evidence over the ``.txt`` seeds directly in ``folder`` (what a build of it would count)."""
    try:
        paths = sorted(path for path in folder.iterdir() if path.suffix.lower() == ".txt" and path.is_file())
        stamp = tuple((path.name, path.stat().st_size, path.stat().st_mtime_ns) for path in paths)
    except OSError:
        return CorpusEvidence()
    cached = _FOLDER_CACHE.get(folder)
    if cached is not None and cached[0] == (stamp, encoding):
        return cached[1]
    seeds = []
    for path in paths:
        try:
            seeds.append(data_keys(path.read_bytes(), encoding))
        except OSError:
            continue
    evidence = CorpusEvidence(seeds)
    _FOLDER_CACHE.clear()  # one folder at a time: memory stays bounded
    _FOLDER_CACHE[folder] = ((stamp, encoding), evidence)
    return evidence
