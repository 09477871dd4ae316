"""The corpus's token table and feature counts, updated for the texts that changed.

Making :class:`~.features.CorpusTokens` and its feature counts from scratch
numbers every distinct token of every text (a dictionary look-up per token,
in Python) and sorts every (document, feature) code of the corpus. After a
few seeds changed, almost every row is the row of a text already counted:
:func:`updated_corpus` copies those rows from the :class:`~.memory.TokensMemory`
of the last computation, numbers and counts the new texts only, and drops the
tokens no text writes any more.

What is exact: the syllable keys (sorted, as from scratch: a key that
appears or disappears renumbers the features, :func:`~.memory.renumber`),
the feature numbers, and the counts matrix (the same arrays a computation
from scratch makes). The numbering of written tokens is the table's own
(kept tokens keep their order, new ones come last); nothing computed from
the table depends on it: it reads keys, kinds and counts of written forms.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from .arrays import distinct
from .features import _FULL_KEYS, CorpusTokens, FeatureCounts, TokenizedText, token_kinds
from .memory import TokensMemory, renumber

_SEPARATOR = np.array([-1], dtype=np.int32).tobytes()
# Above this share of new texts a table made from scratch costs about as much.
MOST_NEW_SHARE = 0.25


def _segment_index(starts: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where ``values[starts[r]:starts[r + 1]]`` of every row ``r`` of ``rows``, end to end, are
    in ``values``, and their lengths."""
    begins = starts[rows]
    lengths = starts[rows + 1] - begins
    offsets = np.cumsum(lengths) - lengths
    index = np.arange(int(lengths.sum()), dtype=np.int64)
    index += np.repeat(begins - offsets, lengths)
    return index, lengths


def _segments(values: np.ndarray, starts: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``values[starts[r]:starts[r + 1]]`` of every row ``r`` of ``rows``, end to end, and their lengths."""
    index, lengths = _segment_index(starts, rows)
    return values[index], lengths


def remember(tokens: CorpusTokens, found: FeatureCounts, digests: list[bytes]) -> TokensMemory:
    """What :func:`updated_corpus` needs of this table to update it."""
    counts = found.counts
    return TokensMemory(
        digests=list(digests),
        surfaces=tokens.surfaces,
        key_of=tokens.key_of[:-1],
        is_feature=tokens.is_feature[:-1],
        is_capitalised=tokens.is_capitalised[:-1],
        is_acronym=tokens.is_acronym[:-1],
        distinct_numbers=tokens.distinct_numbers,
        distinct_starts=tokens.distinct_starts,
        keys=tokens.keys,
        numbers=found.numbers,
        indptr=counts.indptr,
        indices=counts.indices,
        data=counts.data,
    )


def updated_corpus(
    memory: TokensMemory, docs: Sequence[TokenizedText], digests: list[bytes]
) -> tuple[CorpusTokens, FeatureCounts | None] | None:
    """The table and feature counts of ``docs``, updated from ``memory``; None when not worth it."""
    old_row: dict[bytes, int] = {}
    for n, digest in enumerate(memory.digests):
        old_row.setdefault(digest, n)
    source = np.array([old_row.get(digest, -1) for digest in digests], dtype=np.int64)
    fresh = np.flatnonzero(source < 0).tolist()
    if len(fresh) > MOST_NEW_SHARE * len(docs):
        return None
    old_count = len(memory.digests)

    # Each new text's distinct tokens numbered in the table (new written forms appended).
    surfaces, new_keys = list(memory.surfaces), []
    number_of = {surface: n for n, surface in enumerate(surfaces)} if fresh else {}
    fresh_numbers = []
    for k, row in enumerate(fresh):
        doc = docs[row]
        numbers = []
        for surface in doc.surfaces.split(" ") if doc.surfaces else []:
            number = number_of.get(surface)
            if number is None:
                number = number_of[surface] = len(surfaces)
                surfaces.append(surface)
                new_keys.append(_FULL_KEYS[surface])
            numbers.append(number)
        fresh_numbers.append(np.array(numbers, dtype=np.int32))
        source[row] = old_count + k
    all_numbers = np.concatenate([memory.distinct_numbers.astype(np.int32), *fresh_numbers])
    all_starts = np.concatenate(
        [memory.distinct_starts, memory.distinct_starts[-1] + np.cumsum([len(a) for a in fresh_numbers])]
    ).astype(np.int64)
    distinct_numbers, distinct_counts = _segments(all_numbers, all_starts, source)

    # The tokens of every document end to end, a separator after each (-1 in ``local``).
    # Arrays here are as long as the corpus: int32, and as few as possible.
    lengths = np.array([len(doc.sequence) // 4 for doc in docs], dtype=np.int64)
    local = np.frombuffer(b"".join(doc.sequence + _SEPARATOR for doc in docs), dtype=np.int32)
    starts = np.zeros(len(docs) + 1, dtype=np.int64)
    starts[1:] = np.cumsum(lengths + 1)
    doc_of_token = np.repeat(np.arange(len(docs), dtype=np.int32), lengths + 1)
    first_distinct = (np.cumsum(distinct_counts) - distinct_counts).astype(np.int32)
    readable = distinct_numbers if len(distinct_numbers) else np.zeros(1, dtype=np.int32)
    written = readable[first_distinct[doc_of_token] + local]  # a separator (-1) reads any number
    is_separator = local < 0
    del local

    # Only the written forms some text still writes stay in the table.
    used = np.zeros(len(surfaces), dtype=bool)
    used[distinct_numbers] = True
    old_key_of = memory.key_of.astype(np.int32)
    kinds = [memory.is_feature, memory.is_capitalised, memory.is_acronym]
    if new_keys:
        added = [
            token_kinds(surface) if key else (False, False, False)
            for surface, key in zip(surfaces[len(memory.surfaces) :], new_keys, strict=True)
        ]
        kinds = [
            np.concatenate([kind, np.array([a[k] for a in added], dtype=bool)])
            for k, kind in enumerate(kinds)
        ]
    if not used.all():
        new_number = (np.cumsum(used) - 1).astype(np.int32)
        written, distinct_numbers = new_number[written], new_number[distinct_numbers]
        kept = np.flatnonzero(used)
        surfaces = [surfaces[n] for n in kept.tolist()]
        kinds = [kind[kept] for kind in kinds]
        old_used, new_used = used[: len(old_key_of)], used[len(old_key_of) :]
        old_key_of = old_key_of[old_used]
        new_keys = [key for key, keep in zip(new_keys, new_used.tolist(), strict=True) if keep]

    # Syllable keys as from scratch: those of the written forms in the table, sorted.
    alive = np.zeros(len(memory.keys) + 1, dtype=bool)
    alive[old_key_of] = True  # -1 (no key) marks the last place
    known = set(memory.keys)
    added_keys = {key for key in new_keys if key and key not in known}
    if alive[:-1].all() and not added_keys:
        keys, old_to_new = memory.keys, np.arange(len(memory.keys) + 1, dtype=np.int32)
        old_to_new[-1] = -1
    else:
        keys = sorted({memory.keys[n] for n in np.flatnonzero(alive[:-1]).tolist()} | added_keys)
        position = {key: n for n, key in enumerate(keys)}
        old_to_new = np.array([position.get(key, -1) for key in memory.keys] + [-1], dtype=np.int32)
    key_number = {key: n for n, key in enumerate(keys)}
    key_of = np.concatenate(
        [
            old_to_new[old_key_of],
            np.array([key_number[key] if key else -1 for key in new_keys], dtype=np.int32),
            np.array([-1], dtype=np.int32),
        ]
    ).astype(np.int32)

    table = CorpusTokens.__new__(CorpusTokens)
    separator = len(surfaces)
    table.surfaces = surfaces
    table.distinct_numbers, table.distinct_starts = (
        distinct_numbers,
        np.concatenate([[0], np.cumsum(distinct_counts)]).astype(np.int64),
    )
    table.starts = starts
    written[is_separator] = separator
    table.tokens = written
    table.doc_of_token = doc_of_token
    table.keys, table.key_number, table.key_of = keys, key_number, key_of
    table.is_feature, table.is_capitalised, table.is_acronym = (np.append(kind, False) for kind in kinds)

    # Feature counts: the rows of known texts copied (renumbered if the keys changed), new ones counted.
    span = len(keys) + 1
    old_numbers = renumber(memory.numbers, memory.keys, keys)
    old_indices = memory.indices.astype(np.int64)
    old_indptr = memory.indptr.astype(np.int64)
    counted = [table._chunk_features(row, row + 1, span) for row in fresh]
    # Columns as "extended" columns: the old ones, then each new text's features (its own).
    new_features = [found for found, _, _ in counted]
    extended = np.concatenate([old_numbers, *new_features])
    columns = np.concatenate(
        [
            old_indices,
            *(
                len(old_numbers) + begin + np.arange(len(found), dtype=np.int64)
                for begin, found in zip(
                    np.cumsum([0, *(len(found) for found in new_features)]).tolist(),
                    new_features,
                    strict=False,
                )
            ),
        ]
    )
    values = np.concatenate([memory.data.astype(np.float32), *(c.astype(np.float32) for _, c, _ in counted)])
    value_starts = np.concatenate(
        [old_indptr, old_indptr[-1] + np.cumsum([len(found) for found in new_features], dtype=np.int64)]
    )
    index, row_lengths = _segment_index(value_starts, source)
    columns, values = columns[index], values[index]
    del index
    present = np.zeros(len(extended), dtype=bool)
    present[columns] = True
    if (extended[present] < 0).any():
        raise ValueError("a kept row has a feature of a syllable no longer in the corpus")
    numbers = distinct(extended[present]).astype(np.int64)
    if not len(numbers):
        return table, None
    columns = np.searchsorted(numbers, extended).astype(np.int32)[columns]
    indptr = np.concatenate([[0], np.cumsum(row_lengths)])
    counts = sparse.csr_matrix((values, columns, indptr), shape=(len(docs), len(numbers)))
    return table, FeatureCounts(counts, numbers, numbers % span != 0)
