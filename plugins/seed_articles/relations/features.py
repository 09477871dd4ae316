"""Text → similarity features: syllables and syllable pairs.

Vietnamese words are often two syllables ("quốc phòng", "đối ngoại"), so a
document is represented by its content syllables plus the pairs of adjacent
syllables inside one clause. Pairs never cross punctuation, a number or a
function word, so "quốc tế và đối ngoại" yields "quốc tế" and "đối ngoại"
but not "tế đối".

Features are keyed by :func:`~seed_articles.text.vietnamese.tone_key`, so
``hoà`` and ``hòa`` (or ``HÒA``) are the same feature. The surface forms
seen for each feature are counted so readers can be shown the words as the
articles write them.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass

import numpy as np

from ..text.vietnamese import normalize_text, tone_key

# Function words that carry no topic: they are dropped and also break pairs.
_STOP_WORDS_TEXT = """
và của các những được là có trong với cho để đã này đó đây kia ấy khi thì mà
nhưng hay hoặc từ theo về tại trên dưới đến ra vào lên xuống cũng đều rất còn
sẽ đang vẫn như một bị do nên nếu vì qua sau trước giữa không chưa nào gì ai
nữa lại thêm bằng sự việc cùng nhất hơn chỉ mỗi mọi cả nhằm ở nhiều ngày
năm tháng giờ phút ông bà anh chị họ chúng ta tôi mình người cái chiếc điều
vừa mới đi làm nói rằng nay
"""
STOP_WORDS = frozenset(tone_key(word) for word in _STOP_WORDS_TEXT.split())

# A syllable (letters/digits), or a run of punctuation (which ends a clause).
_TOKEN_OR_BREAK = re.compile(r"[^\W_]+|[^\w\s]+|_+")
_TOKEN = re.compile(r"[^\W_]+")
_UPPER = "".join(ch for ch in map(chr, range(0x2C00)) if ch.isupper())
# Runs of two or more capitalised words ("Biển Đông", "Bộ Quốc"). No word
# boundary checks: they triple the scan time, and a capital inside a word
# ("iPhone") is rare enough not to change which form is most frequent.
_CAPITALISED_RUN = re.compile(rf"[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*)+")
# Characters normalize_text rewrites; most texts have none, so the costly
# str.translate runs only when one is present.
_CAP_MARK = "\x00"  # marks capitalised pairs inside the surface counter


class _KeyCache(dict):
    """surface token → feature key, "" when it is no feature (stop word, number, punctuation).

    Vietnamese has only a few thousand distinct syllables, so caching every
    surface form seen keeps tokenising at dictionary-lookup speed.
    """

    def __missing__(self, surface: str) -> str:
        if not surface[0].isalnum() or any(ch.isdigit() for ch in surface):
            key = ""
        else:
            key = tone_key(surface)
            if key in STOP_WORDS:
                key = ""
        if len(self) < 1_000_000:
            self[surface] = key
        return key


class _FullKeyCache(dict):
    """surface token → tone key, keeping function words and numbers ("" for punctuation)."""

    def __missing__(self, surface: str) -> str:
        key = tone_key(surface) if surface[0].isalnum() else ""
        if len(self) < 1_000_000:
            self[surface] = key
        return key


class _TokenIds(dict):
    """surface token → 32-bit id of its tone key (0 for punctuation), for shingles.

    A CRC of the key, not a counter, so ids agree between worker processes
    and between runs.
    """

    def __missing__(self, surface: str) -> int:
        key = _FULL_KEYS[surface]
        token_id = zlib.crc32(key.encode("utf-8")) | 1 if key else 0
        if len(self) < 1_000_000:
            self[surface] = token_id
        return token_id


_KEYS = _KeyCache()
_FULL_KEYS = _FullKeyCache()
_TOKEN_IDS = _TokenIds()


def syllable_key(surface: str) -> str:
    """Feature key of one syllable, or ``""`` when it is not a feature."""
    return _KEYS[surface]


def tokens(text: str) -> list[str]:
    """Syllables and punctuation runs of ``text`` (NFC), in order."""
    return _TOKEN_OR_BREAK.findall(normalize_text(text))


def token_ids(text: str) -> np.ndarray:
    """Ids of the tone keys of every token (0 for punctuation), for shingles."""
    found = tokens(text)
    return np.fromiter(map(_TOKEN_IDS.__getitem__, found), np.uint32, count=len(found))


@dataclass
class DocFeatures:
    """Features of one document, in text order."""

    features: list[str]  # unigram keys and "key key" pairs, with repetition
    key_text: str  # " k1 k2 | k3 ..." keys, "|" at every break, for phrase checks
    token_ids: np.ndarray  # uint32 id of every token, for :func:`shingle_hashes`


def analyze(text: str, surfaces: Counter | None = None) -> DocFeatures:
    """Syllable and syllable-pair features of ``text``.

    When ``surfaces`` is given, it counts each token as written and each
    pair of capitalised words; one counter serves a whole corpus (updating a
    Counter from an iterable runs in C), see :func:`surface_forms`.
    """
    text = normalize_text(text)
    found = _TOKEN_OR_BREAK.findall(text)
    keys = list(map(_KEYS.__getitem__, found))
    features = [k for k in keys if k]
    features += [a + " " + b for a, b in zip(keys, keys[1:], strict=False) if a and b]
    if surfaces is not None:
        surfaces.update(found)
        surfaces.update(_capitalised_pairs(text))
    key_text = " " + " ".join([k or "|" for k in keys]) + " "
    ids = np.fromiter(map(_TOKEN_IDS.__getitem__, found), np.uint32, count=len(found))
    return DocFeatures(features=features, key_text=key_text, token_ids=ids)


SHINGLE_SIZE = 5  # tokens; shorter runs are stock phrases ("bảo vệ Tổ quốc")


def shingle_hashes(token_ids: np.ndarray, size: int = SHINGLE_SIZE) -> np.ndarray:
    """Hashes of the runs of ``size`` tokens, sorted and unique.

    Used to tell retellings of one text from articles that merely share a
    subject. Punctuation counts as a token, so runs keep the clause
    structure. A polynomial hash over token ids (uint64, wrapping) keeps it
    vectorised and memory at 8 bytes a run.
    """
    token_ids = token_ids.astype(np.uint64)
    count = len(token_ids) - size + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    hashes = token_ids[:count].copy()
    with np.errstate(over="ignore"):
        for offset in range(1, size):
            hashes = hashes * np.uint64(1_000_003) + token_ids[offset : offset + count]
    return np.unique(hashes)


def _capitalised_pairs(text: str) -> list[str]:
    pairs = []
    for run in _CAPITALISED_RUN.findall(text):
        words = run.split(" ")
        pairs += [_CAP_MARK + a + " " + b for a, b in zip(words, words[1:], strict=False)]
    return pairs


def phrase_key(phrase: str) -> str:
    """Key form of a phrase, comparable with :attr:`DocFeatures.key_text`."""
    return " ".join(_KEYS[token] or "|" for token in _TOKEN.findall(normalize_text(phrase)))


def surface_forms(surfaces: Counter, pair_totals: dict[str, int], wanted: set[str]) -> dict[str, str]:
    """How to display each wanted feature key, as the articles mostly write it.

    A single syllable takes its most frequent written form ("ASEAN",
    "hợp"). In a phrase each syllable is written in lower case (its most
    frequent lower-case tone-mark placement), except that a pair of words
    capitalised together in at least half of its occurrences stays
    capitalised ("Biển Đông", "Bộ Quốc phòng", "quốc phòng Việt Nam").
    ``pair_totals`` counts every occurrence of each pair key.
    """
    phrases = {key: key.split(" ") for key in wanted}
    pairs = {f"{a} {b}" for parts in phrases.values() for a, b in zip(parts, parts[1:], strict=False)}
    syllables = {part for parts in phrases.values() for part in parts}
    best: dict[str, tuple[int, str]] = {}
    best_lower: dict[str, tuple[int, str]] = {}
    capitalised: dict[str, Counter] = {}
    for surface, count in surfaces.items():
        if surface.startswith(_CAP_MARK):
            first, second = surface[1:].split(" ")
            key = _KEYS[first] + " " + _KEYS[second]
            if key in pairs:
                capitalised.setdefault(key, Counter())[surface[1:]] += count
            continue
        key = _KEYS[surface]
        if key in syllables:
            _keep_most_frequent(best, key, count, surface)
            if surface[0].islower():
                _keep_most_frequent(best_lower, key, count, surface)
    result = {}
    for key, parts in phrases.items():
        if len(parts) == 1:
            result[key] = best.get(key, (0, key))[1]
            continue
        words = [best_lower.get(part, best.get(part, (0, part)))[1] for part in parts]
        for n in range(len(parts) - 1):
            forms = capitalised.get(parts[n] + " " + parts[n + 1])
            if forms and 2 * sum(forms.values()) >= pair_totals.get(parts[n] + " " + parts[n + 1], 0):
                form = min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
                words[n : n + 2] = form.split(" ")
        result[key] = " ".join(words)
    return result


def _keep_most_frequent(best: dict, key: str, count: int, surface: str) -> None:
    current = best.get(key)
    if current is None or (-count, surface) < (-current[0], current[1]):
        best[key] = (count, surface)
