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
from collections.abc import Iterator
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
    values = values.astype(np.int64, copy=False)
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


#: Rows turned into postings text at a time (whole runs of a key): the varint temporaries of
#: every row of the site at once were the build's memory peak (about 50 KB per article).
POSTINGS_ROWS = 1 << 18


def _postings_text(groups: np.ndarray, pages: np.ndarray, weights: np.ndarray) -> list[str]:
    """For each run of equal ``groups`` (pages increasing within): base64 of varint ``gap, weight, ...``.

    Runs are encoded a block of about :data:`POSTINGS_ROWS` rows at a time (a run is never
    split), so the temporaries stay small; each run's text depends on its rows only.
    """
    if not len(groups):
        return []
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    texts: list[str] = []
    first = 0
    while first < len(starts):
        row = int(starts[first])
        end = max(first + 1, int(np.searchsorted(starts, row + POSTINGS_ROWS, side="left")))
        stop = int(starts[end]) if end < len(starts) else len(groups)
        texts.extend(_block_postings_text(starts[first:end] - row, pages[row:stop], weights[row:stop]))
        first = end
    return texts


def _block_postings_text(starts: np.ndarray, pages: np.ndarray, weights: np.ndarray) -> list[str]:
    """:func:`_postings_text` of whole runs, ``starts`` being where each run begins."""
    gaps = np.diff(pages, prepend=0)
    gaps[starts] = pages[starts]
    pairs = np.empty(2 * len(pages), dtype=np.int64)
    pairs[0::2] = gaps
    del gaps
    pairs[1::2] = np.minimum(weights, MAX_WEIGHT)
    data, offsets = varint_bytes(pairs)
    del pairs
    bounds = np.r_[offsets[starts * 2], len(data)].tolist()
    del offsets
    raw = data.tobytes()
    del data
    return ['"' + b64encode(raw[bounds[i] : bounds[i + 1]]).decode("ascii") + '"' for i in range(len(starts))]


#: Pages tokenised and counted at a time: the token stream of the whole site in int64 arrays,
#: sorted with their copies, was the build's memory peak (about 100 MB per 1,000 articles).
CHUNK_PAGES = 500


def build_inverted_index(
    pages: list[SearchPage],
    chunk_pages: int = CHUNK_PAGES,
    tokens: list[PageTokens] | None = None,
    release: bool = False,
) -> InvertedIndex:
    """Postings of every term and bigram. Pages are counted a chunk at a time (no bigram spans
    two pages), then the chunks' (key, page, weight) rows are merged in key order.

    ``tokens`` are the pages' :func:`page_tokens`, when the caller kept them (a page whose
    text did not change is not tokenised again; ``pages`` are then not read); the index is
    the same either way. With ``release``, each chunk's entries of ``tokens`` are set to
    None once counted.
    """
    count = len(tokens) if tokens is not None else len(pages)
    vocabulary = _Vocabulary()
    forms = _WordForms()
    counts = np.zeros(0, dtype=np.int64)
    unigrams: list[tuple[np.ndarray, np.ndarray]] = []
    bigrams: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    span = max(count, 1)
    words = word_numbers() if tokens is None else None
    for first in range(0, count, chunk_pages):
        end = min(first + chunk_pages, count)
        if tokens is None:
            chunk = [page_tokens(page, words) for page in pages[first:end]]
        else:
            chunk = tokens[first:end]
            if release:
                tokens[first:end] = [None] * (end - first)  # type: ignore[list-item]
        tokens_of_chunk = _tokenize_pages(chunk, vocabulary, first)
        del chunk
        forms.learn(vocabulary.words)
        chunk_counts = np.bincount(tokens_of_chunk.token_ids, minlength=len(vocabulary.words))
        counts = np.concatenate([counts, np.zeros(len(chunk_counts) - len(counts), dtype=np.int64)])
        counts += chunk_counts
        unigrams.append(_unigram_rows(tokens_of_chunk, forms, span))
        bigrams.append(_bigram_rows(tokens_of_chunk, forms))
    entries = _unigram_entries(unigrams, forms, vocabulary.words, counts, span)
    entries.update(_bigram_entries(bigrams, forms))
    return InvertedIndex(count, entries)


@dataclass(frozen=True)
class PageTokens:
    """One page's fields as word numbers local to the page, each field ended by ``_BREAK``.

    A pure function of the page's title, tags, section titles and paragraphs
    (:func:`page_tokens`), so it can be kept for a page whose text did not change.
    Local numbers follow the order of first use, so mapping them to the site's
    vocabulary page by page numbers words exactly as tokenising the site's text would.
    """

    words: tuple[str, ...]  # word number n is words[n - 1]
    ids: bytes  # int32 word numbers (array "i")
    lengths: tuple[int, ...]  # tokens of each field of _page_fields, its break included


def word_numbers() -> _Vocabulary:
    """A vocabulary to share between :func:`page_tokens` calls (only its lookups get quicker)."""
    return _Vocabulary()


def page_tokens(page: SearchPage, vocabulary: _Vocabulary | None = None) -> PageTokens:
    """The page's :class:`PageTokens`; ``vocabulary`` (:func:`word_numbers`) may be shared by many pages."""
    vocabulary = vocabulary if vocabulary is not None else _Vocabulary()
    lookup = vocabulary.__getitem__
    ids = array("q")
    lengths: list[int] = []
    for _weight, text in _page_fields(page):
        before = len(ids)
        ids.extend(map(lookup, TOKEN.findall(text)))
        ids.append(_BREAK)  # no bigram across fields
        lengths.append(len(ids) - before)
    # Renumber the page's words 1, 2, ... in order of first use (punctuation stays _BREAK).
    used = dict.fromkeys(ids)
    used.pop(_BREAK, None)
    local = {number: position for position, number in enumerate(used, start=1)}
    local[_BREAK] = _BREAK
    words = vocabulary.words
    return PageTokens(
        tuple([words[number] for number in used]),
        array("i", map(local.__getitem__, ids)).tobytes(),
        tuple(lengths),
    )


_FIELD_WEIGHTS = (TITLE_WEIGHT, HEADING_WEIGHT, TEXT_WEIGHT)  # the order of _page_fields


@dataclass
class _PageTokens:
    """Every field of some pages as one run of word ids, fields separated by ``_BREAK``."""

    token_ids: np.ndarray
    page_of: np.ndarray  # per token: its page number (in the whole site)
    weight_of: np.ndarray  # per token: its field's weight


def _tokenize_pages(pages: list[PageTokens], vocabulary: _Vocabulary, first_page: int) -> _PageTokens:
    lookup = vocabulary.__getitem__
    parts: list[np.ndarray] = []
    field_lengths: list[int] = []
    for page in pages:
        # The page's words in order of first use: the site's vocabulary learns them in the
        # order a tokeniser reading the whole site would.
        numbers = np.fromiter(map(lookup, page.words), dtype=np.int64, count=len(page.words))
        parts.append(np.r_[np.int64(_BREAK), numbers][np.frombuffer(page.ids, dtype=np.int32)])
        field_lengths.extend(page.lengths)
    token_ids = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    field_weights = np.resize(np.asarray(_FIELD_WEIGHTS, dtype=np.int64), len(field_lengths))
    field_pages = np.repeat(
        np.arange(first_page, first_page + len(pages), dtype=np.int64), len(_FIELD_WEIGHTS)
    )
    return _PageTokens(
        token_ids,
        np.repeat(field_pages, field_lengths),
        np.repeat(field_weights, field_lengths),
    )


class _WordForms:
    """Each distinct written word → its variant (tone key) and its term (folded), learnt as words come."""

    def __init__(self) -> None:
        self._variant_ids: dict[str, int] = {}
        self._term_ids: dict[str, int] = {}
        self.word_variant = np.zeros(1, dtype=np.int64)
        self.word_term = np.zeros(1, dtype=np.int64)
        self.variant_term: list[int] = []

    def learn(self, words: list[str]) -> None:
        """Add the words past those already known (ids are positions in ``words``)."""
        known = len(self.word_variant)
        variants = np.zeros(len(words) - known, dtype=np.int64)
        terms = np.zeros(len(words) - known, dtype=np.int64)
        for offset, word in enumerate(words[known:]):
            variant = tone_key(word)
            term = fold(word)
            if variant not in self._variant_ids:
                self._variant_ids[variant] = len(self._variant_ids)
                self.variant_term.append(self._term_ids.setdefault(term, len(self._term_ids)))
            variants[offset] = self._variant_ids[variant]
            terms[offset] = self._term_ids.setdefault(term, len(self._term_ids))
        self.word_variant = np.concatenate([self.word_variant, variants])
        self.word_term = np.concatenate([self.word_term, terms])

    @property
    def variant_names(self) -> list[str]:
        return list(self._variant_ids)

    @property
    def term_names(self) -> list[str]:
        return list(self._term_ids)


def _unigram_rows(tokens: _PageTokens, forms: _WordForms, span: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted ``variant * span + page`` keys of some pages, with their summed weights."""
    is_word = tokens.token_ids != _BREAK
    keys = forms.word_variant[tokens.token_ids[is_word]] * span + tokens.page_of[is_word]
    unique, inverse = np.unique(keys, return_inverse=True)
    return unique, np.bincount(inverse, weights=tokens.weight_of[is_word]).astype(np.int64)


_PAIR_SHIFT = 32  # a bigram's code: left term id << 32 | right term id


def _bigram_rows(tokens: _PageTokens, forms: _WordForms) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(term, term) pairs of adjacent words of some pages: pair codes, their pages, summed weights."""
    first, second = tokens.token_ids[:-1], tokens.token_ids[1:]
    adjacent = (first != _BREAK) & (second != _BREAK)
    pair_terms = np.stack([forms.word_term[first[adjacent]], forms.word_term[second[adjacent]]])
    pages = tokens.page_of[:-1][adjacent]
    weights = np.maximum(tokens.weight_of[:-1][adjacent], 1)
    # Group by (left term, right term, page); pages are already in order within a chunk.
    order = np.lexsort((pages, pair_terms[1], pair_terms[0]))
    left, right, pages, weights = pair_terms[0][order], pair_terms[1][order], pages[order], weights[order]
    starts = np.flatnonzero(
        np.r_[True, (left[1:] != left[:-1]) | (right[1:] != right[:-1]) | (pages[1:] != pages[:-1])]
    )
    summed = np.add.reduceat(weights, starts) if len(starts) else weights[:0]
    # One int64 per pair, in (left, right) order; pages and weights fit in 32 bits.
    codes = (left[starts] << _PAIR_SHIFT) | right[starts]
    return codes, pages[starts].astype(np.int32), summed.astype(np.int32)


def _merge(keys: list[np.ndarray], *columns: list[np.ndarray]) -> tuple[np.ndarray, ...]:
    """Concatenate the chunks' rows and order them by key (stable: pages stay increasing)."""
    if not keys:
        return tuple(np.zeros(0, dtype=np.int64) for _ in range(1 + len(columns)))
    # Each list is emptied once joined (the caller holds no other reference to the chunks),
    # so a chunk's rows are not kept beside their joined copy and its sorted copy.
    key = np.concatenate(keys)
    keys.clear()
    order = np.argsort(key, kind="stable")
    merged = [key[order]]
    del key
    for column in columns:
        joined = np.concatenate(column)
        column.clear()
        merged.append(joined[order])
        del joined
    return tuple(merged)


#: Rows merged at a time: the chunks' rows are merged a range of keys at a time, so the joined
#: and sorted copies of every row of the site (the build's memory peak) are never made at once.
MERGE_ROWS = 1 << 20
_SAMPLE_STEP = 64  # every so many rows of a chunk: where the ranges of keys are cut


def _merged_blocks(
    keys: list[np.ndarray], *columns: list[np.ndarray], align: int = 1
) -> Iterator[tuple[np.ndarray, ...]]:
    """:func:`_merge` of the chunks, as consecutive ranges of keys (together, the same rows
    in the same order). A range starts at a multiple of ``align``, so keys with the same
    ``key // align`` come in one range. Chunks whose keys are not increasing (the rows a
    :class:`PostingsMemory` keeps by page) are merged in one block."""
    total = sum(len(chunk) for chunk in keys)
    if total <= MERGE_ROWS or not all(bool(np.all(chunk[1:] >= chunk[:-1])) for chunk in keys):
        yield _merge(keys, *columns)
        return
    parts = -(-total // MERGE_ROWS)
    sample = np.sort(np.concatenate([chunk[::_SAMPLE_STEP] for chunk in keys]))
    cuts = sample[(np.arange(1, parts) * len(sample)) // parts] // align * align
    bounds = [None, *np.unique(cuts).tolist(), None]
    for low, high in zip(bounds[:-1], bounds[1:], strict=False):
        slices = [
            slice(
                0 if low is None else int(np.searchsorted(chunk, low, side="left")),
                len(chunk) if high is None else int(np.searchsorted(chunk, high, side="left")),
            )
            for chunk in keys
        ]
        yield _merge(
            [chunk[part] for chunk, part in zip(keys, slices, strict=True)],
            *([values[part] for values, part in zip(column, slices, strict=True)] for column in columns),
        )
    keys.clear()
    for column in columns:
        column.clear()


def _unigram_entries(
    chunks: list[tuple[np.ndarray, np.ndarray]],
    forms: _WordForms,
    words: list[str],
    counts: np.ndarray,
    span: int,
) -> dict[str, str]:
    """Term → its variants, each with its display form and (page, summed weight) postings."""
    keys, weights = [keys for keys, _ in chunks], [weights for _, weights in chunks]
    chunks.clear()  # the merge drops the chunks' rows once merged
    variant_names, term_names = forms.variant_names, forms.term_names
    display = _display_forms(words, forms.word_variant, counts, variant_names)
    by_term: dict[str, list[str]] = {}
    # A variant's rows (keys variant * span + page) all come in one block.
    for unique, summed in _merged_blocks(keys, weights, align=span):
        variants, variant_pages = np.divmod(unique, span)
        del unique
        postings = _postings_text(variants, variant_pages, summed)
        del variant_pages, summed
        starts = np.flatnonzero(np.r_[True, variants[1:] != variants[:-1]]) if len(variants) else []
        for start, text in zip(starts, postings, strict=True):
            variant = int(variants[start])
            name = variant_names[variant]
            by_term.setdefault(term_names[forms.variant_term[variant]], []).append(
                "["
                + json.dumps(name, ensure_ascii=False)
                + ","
                + json.dumps(display[variant], ensure_ascii=False)
                + ","
                + text
                + "]"
            )
    return {term: "[" + ",".join(sorted(parts)) + "]" for term, parts in by_term.items()}


def _bigram_entries(
    chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray]], forms: _WordForms
) -> dict[str, str]:
    """Adjacent words (no break between) → ``"term term"`` → (page, summed weight) postings."""
    codes, pages, weights = (
        [codes for codes, _, _ in chunks],
        [pages for _, pages, _ in chunks],
        [w for _, _, w in chunks],
    )
    chunks.clear()  # the merge drops the chunks' rows once merged
    term_names = forms.term_names
    entries: dict[str, str] = {}
    for pairs, pair_pages, summed in _merged_blocks(codes, pages, weights):
        postings = _postings_text(pairs, pair_pages, summed)
        del pair_pages, summed
        starts = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]]) if len(pairs) else []
        for start, text in zip(starts, postings, strict=True):
            left, right = divmod(int(pairs[start]), 1 << _PAIR_SHIFT)
            entries[f"{term_names[left]} {term_names[right]}"] = text
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


@dataclass(frozen=True)
class _PageRows:
    """One page's counted rows, in the word, variant and term ids of a :class:`PostingsMemory`."""

    variants: np.ndarray  # int64: the page's distinct variants, increasing
    variant_weights: np.ndarray  # int64: their summed weights
    pairs: np.ndarray  # int64: the page's distinct bigram codes, increasing
    pair_weights: np.ndarray  # int32: their summed weights
    words: np.ndarray  # int64: the distinct written words the page uses
    word_counts: np.ndarray  # int64: how often it uses each


def _split(values: np.ndarray, bounds: np.ndarray) -> list[np.ndarray]:
    return [values[bounds[n] : bounds[n + 1]] for n in range(len(bounds) - 1)]


class PostingsMemory:
    """Counted rows of every page, kept under the page's key between `mkdocs serve` rebuilds.

    :func:`build_inverted_index` tokenises and counts every page of the site on each
    build. Counting a page (its variants, bigrams and written words with their weights)
    depends on its tokens only, so with word ids kept for the whole session a page
    whose key did not change is not counted again: a rebuild only merges the kept
    rows in page order. The merge and the postings text are those of
    :func:`build_inverted_index` (ids are only labels: the entries are keyed and
    ordered by the words themselves), so the index is the same.
    """

    def __init__(self) -> None:
        self._vocabulary = _Vocabulary()
        self._forms = _WordForms()
        self._rows: dict[bytes, _PageRows] = {}
        self.counted = 0  # pages counted by the last build (for logs and tests)

    def build(self, keys: list[bytes], tokens: list[PageTokens]) -> InvertedIndex:
        """The index of the pages ``tokens`` (in site order); ``keys[n]`` names ``tokens[n]``."""
        missing = list({key: number for number, key in enumerate(keys) if key not in self._rows}.items())
        self.counted = len(missing)
        for start in range(0, len(missing), CHUNK_PAGES):
            batch = missing[start : start + CHUNK_PAGES]
            counted = self._count([tokens[number] for _, number in batch])
            self._rows.update(zip([key for key, _ in batch], counted, strict=True))
        # Only the pages of this build are kept: a deleted or changed page's rows go.
        self._rows = {key: self._rows[key] for key in keys}
        rows = [self._rows[key] for key in keys]
        return self._merge_rows(rows)

    def _count(self, pages: list[PageTokens]) -> list[_PageRows]:
        """:func:`_unigram_rows` and :func:`_bigram_rows` of some pages, split by page."""
        count = len(pages)
        tokens = _tokenize_pages(pages, self._vocabulary, 0)
        forms = self._forms
        forms.learn(self._vocabulary.words)
        is_word = tokens.token_ids != _BREAK
        word_ids = tokens.token_ids[is_word]
        word_pages = tokens.page_of[is_word]
        # Variants: (page, variant) keys, so the rows come ordered by page, then variant.
        span = max(len(forms.variant_names), 1)
        keys, inverse = np.unique(word_pages * span + forms.word_variant[word_ids], return_inverse=True)
        weights = np.bincount(inverse, weights=tokens.weight_of[is_word]).astype(np.int64)
        variant_pages, variants = np.divmod(keys, span)
        variant_bounds = np.searchsorted(variant_pages, np.arange(count + 1))
        # Written words and how often each page uses them.
        words_span = max(len(self._vocabulary.words), 1)
        word_keys, word_counts = np.unique(word_pages * words_span + word_ids, return_counts=True)
        word_pages_of, words = np.divmod(word_keys, words_span)
        word_bounds = np.searchsorted(word_pages_of, np.arange(count + 1))
        # Bigrams come ordered by code, then page: a stable sort by page keeps codes increasing.
        codes, pair_pages, summed = _bigram_rows(tokens, forms)
        order = np.argsort(pair_pages, kind="stable")
        codes, pair_pages, summed = codes[order], pair_pages[order], summed[order]
        pair_bounds = np.searchsorted(pair_pages, np.arange(count + 1))
        return [
            _PageRows(*parts)
            for parts in zip(
                _split(variants, variant_bounds),
                _split(weights, variant_bounds),
                _split(codes, pair_bounds),
                _split(summed, pair_bounds),
                _split(words, word_bounds),
                _split(word_counts.astype(np.int64), word_bounds),
                strict=True,
            )
        ]

    def _merge_rows(self, rows: list[_PageRows]) -> InvertedIndex:
        count = len(rows)
        span = max(count, 1)
        numbers = np.arange(count, dtype=np.int64)

        def joined(name: str, dtype) -> np.ndarray:
            parts = [getattr(row, name) for row in rows]
            return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

        variants = joined("variants", np.int64)
        variant_pages = np.repeat(numbers, [len(row.variants) for row in rows])
        pairs = joined("pairs", np.int64)
        pair_pages = np.repeat(numbers, [len(row.pairs) for row in rows]).astype(np.int32)
        words = self._vocabulary.words
        counts = np.bincount(
            joined("words", np.int64), weights=joined("word_counts", np.int64), minlength=len(words)
        ).astype(np.int64)
        unigrams = [(variants * span + variant_pages, joined("variant_weights", np.int64))]
        bigrams = [(pairs, pair_pages, joined("pair_weights", np.int32))]
        entries = _unigram_entries(unigrams, self._forms, words, counts, span)
        entries.update(_bigram_entries(bigrams, self._forms))
        return InvertedIndex(count, entries)
