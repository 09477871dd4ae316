"""Inverted index of pages: syllable variants and syllable bigrams → pages.

Postings are per page (Material's sections are matched again in the
browser, on the page's stored text). A posting's weight counts occurrences,
title and heading occurrences counted several times. The counting runs in
numpy over one token stream for the whole site, so 10,000 articles index in
seconds; Python only touches each *distinct* word once.
"""

from __future__ import annotations

import json
from array import array
from base64 import b64encode
from dataclasses import dataclass

import numpy as np

from ..text.vietnamese import fold, tone_key
from .material_index import SearchPage
from .tokens import TOKEN

TITLE_WEIGHT = 10
HEADING_WEIGHT = 3
TEXT_WEIGHT = 1
MAX_WEIGHT = 999

_BREAK = 0  # token id of punctuation and of field boundaries
_JOIN = " . "  # joins paragraphs so no bigram spans two of them


class _Vocabulary(dict):
    """Word as written → id (1, 2, ...; punctuation → 0), learning new words on lookup."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = [""]

    def __missing__(self, word: str) -> int:
        number = len(self.words) if word[0].isalnum() else _BREAK
        if number:
            self.words.append(word)
        self[word] = number
        return number


@dataclass
class InvertedIndex:
    """``entries``: key → JSON value. A term (``doi``) maps to ``[[tone key,
    written form, postings], ...]``, a bigram (``doi ngoai``) to its postings;
    postings are base64 of varints ``page gap, weight, page gap, weight, ...``."""

    page_count: int
    entries: dict[str, str]


def _page_fields(page: SearchPage) -> list[tuple[int, str]]:
    headings = [tag for tag in page.tags] + [s.title for s in page.sections if s.anchor]
    body = [paragraph for section in page.sections for paragraph in section.paragraphs]
    return [
        (TITLE_WEIGHT, page.title),
        (HEADING_WEIGHT, _JOIN.join(headings)),
        (TEXT_WEIGHT, _JOIN.join(body)),
    ]


def varint_bytes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """LEB128 bytes of non-negative ints (7 bits a byte, high bit = more follows).

    Returns the bytes and, for every value, the offset where its bytes start.
    """
    values = values.astype(np.int64)
    lengths = np.ones(len(values), dtype=np.int64)
    for bits in (7, 14, 21, 28, 35):
        lengths += values >= (1 << bits)
    offsets = np.cumsum(lengths) - lengths
    out = np.zeros(int(lengths.sum()), dtype=np.uint8)
    for byte in range(int(lengths.max(initial=1))):
        has = lengths > byte
        more = (lengths[has] > byte + 1).astype(np.int64) << 7
        out[offsets[has] + byte] = ((values[has] >> (7 * byte)) & 127) | more
    return out, offsets


def _postings_text(groups: np.ndarray, pages: np.ndarray, weights: np.ndarray) -> list[str]:
    """For each run of equal ``groups`` (pages increasing within): base64 of varint ``gap, weight, ...``."""
    if not len(groups):
        return []
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    gaps = np.diff(pages, prepend=0)
    gaps[starts] = pages[starts]
    pairs = np.empty(2 * len(pages), dtype=np.int64)
    pairs[0::2] = gaps
    pairs[1::2] = np.minimum(weights, MAX_WEIGHT)
    data, offsets = varint_bytes(pairs)
    bounds = np.r_[offsets[starts * 2], len(data)].tolist()
    raw = data.tobytes()
    return ['"' + b64encode(raw[bounds[i] : bounds[i + 1]]).decode("ascii") + '"' for i in range(len(starts))]


def build_inverted_index(pages: list[SearchPage]) -> InvertedIndex:
    tokens = _tokenize_pages(pages)
    forms = _WordForms(tokens.words)
    entries = _unigram_entries(tokens, forms, len(pages))
    entries.update(_bigram_entries(tokens, forms, len(pages)))
    return InvertedIndex(len(pages), entries)


@dataclass
class _PageTokens:
    """Every field of every page as one run of word ids, fields separated by ``_BREAK``."""

    words: list[str]  # word id → written word (id 0 is the break)
    token_ids: np.ndarray
    page_of: np.ndarray  # per token: its page number
    weight_of: np.ndarray  # per token: its field's weight


def _tokenize_pages(pages: list[SearchPage]) -> _PageTokens:
    vocabulary = _Vocabulary()
    lookup = vocabulary.__getitem__
    ids = array("q")
    field_lengths: list[int] = []
    field_weights: list[int] = []
    field_pages: list[int] = []
    for number, page in enumerate(pages):
        for weight, text in _page_fields(page):
            before = len(ids)
            ids.extend(map(lookup, TOKEN.findall(text)))
            ids.append(_BREAK)  # no bigram across fields
            field_lengths.append(len(ids) - before)
            field_weights.append(weight)
            field_pages.append(number)
    token_ids = np.frombuffer(ids, dtype=np.int64) if len(ids) else np.zeros(0, dtype=np.int64)
    return _PageTokens(
        vocabulary.words,
        token_ids,
        np.repeat(np.asarray(field_pages, dtype=np.int64), field_lengths),
        np.repeat(np.asarray(field_weights, dtype=np.int64), field_lengths),
    )


class _WordForms:
    """Each distinct written word → its variant (tone key) and its term (folded)."""

    def __init__(self, words: list[str]) -> None:
        variant_ids: dict[str, int] = {}
        term_ids: dict[str, int] = {}
        self.word_variant = np.zeros(len(words), dtype=np.int64)
        self.word_term = np.zeros(len(words), dtype=np.int64)
        self.variant_term: list[int] = []
        for number, word in enumerate(words[1:], start=1):
            variant = tone_key(word)
            term = fold(word)
            if variant not in variant_ids:
                variant_ids[variant] = len(variant_ids)
                self.variant_term.append(term_ids.setdefault(term, len(term_ids)))
            self.word_variant[number] = variant_ids[variant]
            self.word_term[number] = term_ids.setdefault(term, len(term_ids))
        self.variant_names = list(variant_ids)
        self.term_names = list(term_ids)


def _unigram_entries(tokens: _PageTokens, forms: _WordForms, page_count: int) -> dict[str, str]:
    """Term → its variants, each with its display form and (page, summed weight) postings."""
    pages_span = max(page_count, 1)
    token_ids = tokens.token_ids
    is_word = token_ids != _BREAK
    keys = forms.word_variant[token_ids[is_word]] * pages_span + tokens.page_of[is_word]
    unique, inverse = np.unique(keys, return_inverse=True)
    summed = np.bincount(inverse, weights=tokens.weight_of[is_word]).astype(np.int64)
    variants, variant_pages = np.divmod(unique, pages_span)
    postings = _postings_text(variants, variant_pages, summed)
    starts = np.flatnonzero(np.r_[True, variants[1:] != variants[:-1]]) if len(variants) else []
    counts = np.bincount(token_ids, minlength=len(tokens.words))
    display = _display_forms(tokens.words, forms.word_variant, counts, forms.variant_names)
    by_term: dict[str, list[str]] = {}
    for start, text in zip(starts, postings, strict=True):
        variant = int(variants[start])
        name = forms.variant_names[variant]
        by_term.setdefault(forms.term_names[forms.variant_term[variant]], []).append(
            "["
            + json.dumps(name, ensure_ascii=False)
            + ","
            + json.dumps(display[variant], ensure_ascii=False)
            + ","
            + text
            + "]"
        )
    return {term: "[" + ",".join(sorted(parts)) + "]" for term, parts in by_term.items()}


def _bigram_entries(tokens: _PageTokens, forms: _WordForms, page_count: int) -> dict[str, str]:
    """Adjacent words (no break between) → ``"term term"`` → (page, summed weight) postings."""
    pages_span = max(page_count, 1)
    first, second = tokens.token_ids[:-1], tokens.token_ids[1:]
    adjacent = (first != _BREAK) & (second != _BREAK)
    term_count = max(len(forms.term_names), 1)
    pair_codes = forms.word_term[first[adjacent]] * term_count + forms.word_term[second[adjacent]]
    keys = pair_codes * pages_span + tokens.page_of[:-1][adjacent]
    unique, inverse = np.unique(keys, return_inverse=True)
    summed = np.bincount(inverse, weights=np.maximum(tokens.weight_of[:-1][adjacent], 1)).astype(np.int64)
    pairs, pair_pages = np.divmod(unique, pages_span)
    postings = _postings_text(pairs, pair_pages, summed)
    starts = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]]) if len(pairs) else []
    entries: dict[str, str] = {}
    for start, text in zip(starts, postings, strict=True):
        left, right = divmod(int(pairs[start]), term_count)
        entries[f"{forms.term_names[left]} {forms.term_names[right]}"] = text
    return entries


def _display_forms(
    words: list[str], word_variant: np.ndarray, counts: np.ndarray, names: list[str]
) -> list[str]:
    """Most frequent lower-case written form of every variant (ties: the smaller string)."""
    totals: dict[tuple[int, str], int] = {}
    for number, word in enumerate(words[1:], start=1):
        key = (int(word_variant[number]), word.lower())
        totals[key] = totals.get(key, 0) + int(counts[number])
    best: dict[int, tuple[int, str]] = {}
    for (variant, surface), count in totals.items():
        current = best.get(variant)
        if current is None or (-count, surface) < (-current[0], current[1]):
            best[variant] = (count, surface)
    return [best[number][1] if number in best else names[number] for number in range(len(names))]
