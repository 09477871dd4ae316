"""Why two articles are related: their strongest shared terms, grown into phrases.

A pair's shared features are ranked (syllable pairs first, then by the
product of the two integer weights of :mod:`.pair_scores`, then in feature
order) and the best few grown into phrases both texts write
(:func:`_pick_phrases`).

A rebuild reuses what it can prove unchanged. Integer products are exact,
so after a few documents changed a pair of unchanged texts keeps the
products of every feature whose weight did not move (:mod:`.pair_scores`
tells which moved). Its new ranking is then found from last time's ranked
features and the moved features it shares alone, without multiplying its
rows, whenever that provably gives the full ranking (:func:`_settled`);
any other pair is ranked again. When a ranking and both texts are those of
last time, the phrases are reused.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from ..parallel import parallel_map_shared
from .arrays import place_in_run
from .memory import RelationMemory, pair_key, renumber
from .pair_scores import moved_products

if TYPE_CHECKING:
    from .corpus import Corpus

# Shared terms shown per relation; pairs (multi-syllable words) are listed
# before single syllables because they explain a relation better.
MAX_TERMS = 5

# Added to a syllable pair's product when ranking, so every pair ranks first: a weight
# (1 + ln tf) · idf stays far below 512, so below 2**25 in units of 2**-16 (pair_scores.SCALE),
# and a product below 2**50.
_PAIR_FIRST = 1 << 50

# From this many pairs to explain, worker processes share the work (in 16 batches or more).
EXPLAIN_PARALLEL_PAIRS = 2_000
EXPLAIN_MIN_BATCH = 200


# A known explanation: its ranked features (int64 feature numbers, as bytes), its term keys,
# and their integer products (int64 bytes).
Known = tuple[bytes, list[str], bytes]


@dataclass
class _Explaining:
    """What every explanation batch reads (reaches worker processes once)."""

    corpus: Corpus
    digests: list[bytes]
    known: dict[tuple[bytes, bytes], Known]  # RelationMemory.terms
    known_syllables: list[str]  # the syllable keys the feature numbers in ``known`` are made of


def shared_term_keys(
    corpus: Corpus,
    pairs: list[tuple[int, int]],
    digests: list[bytes],
    memory: RelationMemory | None = None,
    moved: np.ndarray | None = None,
) -> dict[tuple[int, int], list[str]]:
    """Shared-term keys for each (i, j) pair, batches on every core for large corpora.

    A pair's phrases depend on its ranked shared features and its two texts
    alone. With ``memory``, a pair of texts explained last time keeps its
    phrases when its ranking provably stays (``moved``: the columns whose
    weights changed since, see the module's note); other pairs are ranked
    again, and reuse their phrases when the ranking is the same.
    """
    syllables = corpus.tokens.keys
    known, known_syllables = (memory.terms, memory.term_syllables) if memory is not None else ({}, syllables)
    settled, reused = (
        _settled(corpus, pairs, digests, known, known_syllables, moved)
        if known and moved is not None
        else ({}, 0)
    )
    todo = [pair for n, pair in enumerate(pairs) if n not in settled]
    size = max(EXPLAIN_MIN_BATCH, -(-len(todo) // 16))
    batches = [todo[start : start + size] for start in range(0, len(todo), size)]
    threshold = 2 if len(todo) >= EXPLAIN_PARALLEL_PAIRS else len(batches) + 1
    if len(batches) >= threshold:
        corpus.tokens.prepare_feature_texts()  # once here, not once in every worker
    shared = _Explaining(corpus, digests, known, known_syllables)
    explained = parallel_map_shared(_explain_batch, shared, batches, threshold=threshold)
    result: dict[tuple[int, int], list[str]] = {}
    kept: dict[tuple[bytes, bytes], Known] = {}
    for n, (ranked, terms, values) in settled.items():
        i, j = pairs[n]
        result[(i, j)] = terms
        kept[pair_key(digests[i], digests[j])] = (ranked, terms, values)
    for batch, found in zip(batches, explained, strict=True):
        for (i, j), (terms, ranked, values, was_known) in zip(batch, found, strict=True):
            result[(i, j)] = terms
            kept[pair_key(digests[i], digests[j])] = (ranked, terms, values)
            reused += was_known
    if memory is not None:
        memory.terms, memory.term_syllables = kept, list(syllables)
        memory.terms_stamp = memory.scores.stamp if memory.scores is not None else b""
        memory.last.update(
            {
                "pairs_explained": len(pairs),
                "explanations_reused": reused,
                "explanations_settled": len(settled),
            }
        )
    return result


def _settled(
    corpus: Corpus,
    pairs: list[tuple[int, int]],
    digests: list[bytes],
    known: dict[tuple[bytes, bytes], Known],
    known_syllables: list[str],
    moved: np.ndarray,
) -> tuple[dict[int, Known], int]:
    """The pairs (by position in ``pairs``) whose ranking is provably known without their rows,
    and how many of them kept last time's ranking, so phrases.

    Their integer products changed only in the ``moved`` columns. The features that can
    rank first now are the ranked ones of last time (products updated where they moved)
    and the moved ones they share; every other shared feature ranked after last time's
    last one and did not move. Ranking the known ones is exact when at least
    :data:`RANKED_TERMS` of them still rank at or before that last one (or the list was
    short: then it held every shared feature). A ranking equal to last time's keeps its
    phrases; a changed one is grown into phrases here.
    """
    found = [known.get(pair_key(digests[i], digests[j])) for i, j in pairs]
    index = np.array([n for n, entry in enumerate(found) if entry is not None], dtype=np.int64)
    if not len(index):
        return {}, 0
    entries = [found[n] for n in index.tolist()]
    lengths = np.array([len(entry[0]) // 8 for entry in entries], dtype=np.int64)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    numbers = renumber(
        np.frombuffer(b"".join(entry[0] for entry in entries), dtype=np.int64),
        known_syllables,
        corpus.tokens.keys,
    )
    products = np.frombuffer(b"".join(entry[2] for entry in entries), dtype=np.int64)
    owner = np.repeat(np.arange(len(index)), lengths)
    width = len(corpus.numbers)
    column = np.minimum(np.searchsorted(corpus.numbers, np.maximum(numbers, 0)), width - 1)
    bad = np.zeros(len(index), dtype=bool)
    bad[owner[corpus.numbers[column] != numbers]] = True  # a feature gone (never, for unchanged texts)
    full = lengths == RANKED_TERMS
    has_last = lengths > 0
    last = ends[has_last] - 1
    bound_key = np.full(len(index), -1, dtype=np.int64)
    bound_key[has_last] = products[last] + _PAIR_FIRST * corpus.is_pair[column[last]]
    bound_number = np.full(len(index), np.iinfo(np.int64).max)
    bound_number[has_last] = numbers[last]
    bound_key[~full] = -1  # a short list held every shared feature: nothing unknown to rank before

    a = np.array([pairs[n][0] for n in index.tolist()], dtype=np.int64)
    b = np.array([pairs[n][1] for n in index.tolist()], dtype=np.int64)
    sharing, moved_columns, moved_values = moved_products(corpus.weights, moved, a, b)
    moved_codes = sharing * width + moved_columns  # sorted: by pair, then column
    listed_codes = owner * width + column
    at = np.minimum(np.searchsorted(moved_codes, listed_codes), max(len(moved_codes) - 1, 0))
    hit = moved_codes[at] == listed_codes if len(moved_codes) else np.zeros(len(listed_codes), dtype=bool)
    now = products.copy()
    now[hit] = moved_values[at[hit]]
    is_moved = np.zeros(width, dtype=bool)
    is_moved[moved] = True
    bad[owner[is_moved[column] & ~hit]] = True  # a moved feature no longer shared (never, as above)
    outside = np.ones(len(moved_codes), dtype=bool)
    outside[at[hit]] = False

    k_owner = np.concatenate([owner, sharing[outside]])
    k_column = np.concatenate([column, moved_columns[outside]])
    k_number = corpus.numbers[k_column]
    k_key = np.concatenate([now, moved_values[outside]]) + _PAIR_FIRST * corpus.is_pair[k_column]
    before = (k_key > bound_key[k_owner]) | (
        (k_key == bound_key[k_owner]) & (k_number <= bound_number[k_owner])
    )
    k_owner, k_column, k_number, k_key = k_owner[before], k_column[before], k_number[before], k_key[before]
    order = np.lexsort((k_number, -k_key, k_owner))
    k_owner, k_column, k_number, k_key = k_owner[order], k_column[order], k_number[order], k_key[order]
    place = place_in_run(k_owner)
    take = place < RANKED_TERMS
    k_owner, k_column, k_number, k_key, place = (
        k_owner[take],
        k_column[take],
        k_number[take],
        k_key[take],
        place[take],
    )
    counts = np.bincount(k_owner, minlength=len(index))
    exact = ~bad & ((counts == RANKED_TERMS) | ~full)
    old_at = np.minimum(starts[k_owner] + place, max(len(numbers) - 1, 0))
    differs = (place >= lengths[k_owner]) | (numbers[old_at] != k_number)
    changed = counts != lengths
    changed[k_owner[differs]] = True
    k_value = k_key - _PAIR_FIRST * corpus.is_pair[k_column]
    bounds = np.searchsorted(k_owner, np.arange(len(index) + 1)).tolist()

    settled: dict[int, Known] = {}
    keys, chars = corpus.tokens.keys, corpus.tokens.key_chars
    firsts, seconds = corpus.first_key[k_column].tolist(), corpus.second_key[k_column].tolist()
    for k in np.flatnonzero(exact).tolist():
        lo, hi = bounds[k], bounds[k + 1]
        ranked, values = k_number[lo:hi].tobytes(), k_value[lo:hi].tobytes()
        if not changed[k]:
            settled[int(index[k])] = (ranked, entries[k][1], values)
            continue
        i, j = pairs[int(index[k])]
        parts = [(x,) if y < 0 else (x, y) for x, y in zip(firsts[lo:hi], seconds[lo:hi], strict=True)]
        phrases = _pick_phrases(parts, (corpus.tokens.feature_text(i), corpus.tokens.feature_text(j)), chars)
        settled[int(index[k])] = (ranked, [" ".join([keys[m] for m in phrase]) for phrase in phrases], values)
    return settled, int((exact & ~changed).sum())


def _explain_batch(
    shared: _Explaining, batch: list[tuple[int, int]]
) -> list[tuple[list[str], bytes, bytes, bool]]:
    """Shared-term keys of a batch of pairs, with their ranked features, their products and
    whether they were known.

    The element-wise products and the ranking of every pair's shared
    features happen at once for the whole batch; only the choice among each
    pair's best few features is Python, and only for pairs not known.
    """
    corpus, digests, known = shared.corpus, shared.digests, shared.known
    rows = np.array([i for i, _ in batch])
    cols = np.array([j for _, j in batch])
    weights = corpus.weights.weights
    products = weights[rows].multiply(weights[cols]).tocsr()
    products.sort_indices()
    bounds, ranked, values = _ranked_shared(products, corpus.is_pair, RANKED_TERMS)
    ranked_numbers = corpus.numbers[ranked].astype(np.int64)
    # The same features as numbered last time, to compare with what is known (-1: new).
    known_numbers = (
        renumber(ranked_numbers, corpus.tokens.keys, shared.known_syllables) if known else ranked_numbers
    )
    firsts, seconds = corpus.first_key[ranked].tolist(), corpus.second_key[ranked].tolist()
    keys, chars, feature_text = corpus.tokens.keys, corpus.tokens.key_chars, corpus.tokens.feature_text
    found = []
    for n, (i, j) in enumerate(batch):
        lo, hi = bounds[n], bounds[n + 1]
        numbers = ranked_numbers[lo:hi].tobytes()
        ranked_values = values[lo:hi].tobytes()
        before = known.get(pair_key(digests[i], digests[j]))
        if before is not None and before[0] == known_numbers[lo:hi].tobytes():
            found.append((before[1], numbers, ranked_values, True))
            continue
        parts = [(a,) if b < 0 else (a, b) for a, b in zip(firsts[lo:hi], seconds[lo:hi], strict=True)]
        phrases = _pick_phrases(parts, (feature_text(i), feature_text(j)), chars)
        found.append(
            ([" ".join([keys[k] for k in phrase]) for phrase in phrases], numbers, ranked_values, False)
        )
    return found


# Shared features considered per pair, best first: enough for MAX_TERMS distinct terms.
RANKED_TERMS = MAX_TERMS * 4
# Padded rows × width handled at once when finding each pair's cut-off weight.
_PARTITION_CELLS = 250_000


def _ranked_shared(
    products: sparse.csr_matrix, is_pair: np.ndarray, limit: int
) -> tuple[list[int], np.ndarray, np.ndarray]:
    """Each row's ``limit`` best columns: pairs first, then product, then column.

    Returns the row bounds, the ranked columns and their products. A full
    sort of every shared feature would cost most of the explanation, so each
    long row's cut-off is found first with a partition (rows padded to one
    width, in chunks), and only the features at or above it are sorted. Ties
    at the cut-off are all kept, so the result equals a full sort.
    """
    counts = np.diff(products.indptr)
    owner = np.repeat(np.arange(len(counts)), counts)
    boosted = products.data.astype(np.int64) + _PAIR_FIRST * is_pair[products.indices]
    cutoff = np.full(len(counts), -1, dtype=np.int64)
    long_rows = np.flatnonzero(counts > limit)
    position = np.arange(len(owner)) - products.indptr[owner]
    start = 0
    while start < len(long_rows):
        width = int(counts[long_rows[start]])
        stop = start + 1
        while (
            stop < len(long_rows)
            and (stop - start + 1) * max(width, counts[long_rows[stop]]) <= _PARTITION_CELLS
        ):
            width = max(width, int(counts[long_rows[stop]]))
            stop += 1
        chunk = long_rows[start:stop]
        padded = np.full((len(chunk), width), -1, dtype=np.int64)
        entries = np.concatenate([np.arange(products.indptr[r], products.indptr[r + 1]) for r in chunk])
        padded[np.repeat(np.arange(len(chunk)), counts[chunk]), position[entries]] = boosted[entries]
        cutoff[chunk] = np.partition(padded, width - limit, axis=1)[:, width - limit]
        start = stop
    keep = np.flatnonzero(boosted >= cutoff[owner])
    owner, columns, boosted = owner[keep], products.indices[keep], boosted[keep]
    # Stable: columns are sorted within each row, so equal products stay in column order.
    order = np.lexsort((-boosted, owner))
    owner, columns = owner[order], columns[order]
    values = products.data[keep][order].astype(np.int64)
    kept = place_in_run(owner) < limit
    owner, columns, values = owner[kept], columns[kept], values[kept]
    return np.searchsorted(owner, np.arange(len(counts) + 1)).tolist(), columns, values


def _pick_phrases(ranked: list[tuple[int, ...]], texts: tuple[str, str], chars: list[str]) -> list[list[int]]:
    """Up to MAX_TERMS of the strongest shared features, grown into phrases, no repeated syllables.

    ``ranked`` are features as key numbers, best first; ``texts`` are both
    articles' :meth:`~.features.CorpusTokens.feature_text`.
    """
    # The shared pairs that could extend a phrase, by the syllable they attach to.
    after: defaultdict[int, list[tuple[int, int, int]]] = defaultdict(list)
    before: defaultdict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for rank, key in enumerate(ranked):
        if len(key) == 2:
            after[key[0]].append((rank, 0, key[1]))
            before[key[1]].append((rank, 1, key[0]))
    chosen: list[list[int]] = []
    covered: set[int] = set()
    for syllables in ranked:
        if len(chosen) >= MAX_TERMS:
            break
        if covered.issuperset(syllables):
            continue
        phrase = _grow_phrase(syllables, after, before, texts, chars)
        chosen.append(phrase)
        covered.update(phrase)
    return chosen


def _grow_phrase(
    syllables: tuple[int, ...],
    after: defaultdict[int, list[tuple[int, int, int]]],
    before: defaultdict[int, list[tuple[int, int, int]]],
    texts: tuple[str, str],
    chars: list[str],
) -> list[int]:
    """Extend a pair with overlapping shared pairs while both texts contain the result.

    "đối ngoại" + "ngoại quốc" + "quốc phòng" → "đối ngoại quốc phòng" when
    both articles write that phrase; at most four syllables. Syllables are
    key numbers; ``after`` and ``before`` hold the shared pairs
    ``(rank, 0 or 1, syllable)`` that start or end with a syllable; the
    strongest pair that fits is tried first. Texts are
    :meth:`~.features.CorpusTokens.feature_text` and ``chars`` the character
    of each key in them.
    """
    phrase = list(syllables)
    if len(phrase) < 2:
        return phrase
    written = chars[phrase[0]] + chars[phrase[1]]  # the phrase as it appears in the texts
    text_a, text_b = texts
    while len(phrase) < 4:
        for _, at_start, syllable in sorted(after.get(phrase[-1], []) + before.get(phrase[0], [])):
            if syllable in phrase:
                continue
            candidate = chars[syllable] + written if at_start else written + chars[syllable]
            if candidate in text_a and candidate in text_b:
                if at_start:
                    phrase.insert(0, syllable)
                else:
                    phrase.append(syllable)
                written = candidate
                break
        else:
            break
    return phrase
