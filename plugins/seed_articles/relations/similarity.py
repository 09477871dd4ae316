"""Related articles: TF-IDF cosine similarity with top-k selection per article.

Pipeline:

1. :func:`~.features.analyze` turns each text into syllable and pair features.
2. ``TfidfVectorizer`` (sublinear tf, l2 norm) weighs them.
3. Candidates: a pruned copy of the matrix (only features shared by two or
   more articles, and only each article's strongest features) is multiplied
   with its transpose in row chunks; each chunk keeps its best candidates
   with ``argpartition``. No N×N matrix ever exists.
4. Candidates are re-scored exactly with the full vectors, filtered by
   ``min_similarity``, grouped into stories (:mod:`.stories`) and explained
   by their strongest shared terms.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer

from .features import analyze, surface_forms
from .model import Relation, RelationDoc
from .stories import StorySettings, group_stories

# Cosine similarity below which two articles are not shown as related. Two
# articles on different subjects still share generic news vocabulary
# ("phát triển", "Việt Nam"): measured on the seeds plus economy and
# education articles, unrelated pairs score 0.08-0.14 and the defence
# articles 0.37-0.61 with each other.
DEFAULT_MIN_SIMILARITY = 0.2

# Features kept per article for the candidate search; the exact score is
# computed afterwards on the full vectors.
CANDIDATE_FEATURES = 40
# Cells of the dense similarity block computed at once (rows × articles).
CHUNK_CELLS = 4_000_000

# Shared terms shown per relation; pairs (multi-syllable words) are listed
# before single syllables because they explain a relation better.
MAX_TERMS = 5


@dataclass
class RelationIndex:
    """Everything the relation stage computed, for callers that need more than links."""

    related: dict[str, list[Relation]]
    groups: list[list[str]]  # same-story groups, 2+ articles each


class _Vocabulary(dict):
    """feature → column, assigning the next column to a new feature."""

    def __missing__(self, feature: str) -> int:
        column = self[feature] = len(self)
        return column


@dataclass
class _Corpus:
    matrix: sparse.csr_matrix  # TF-IDF, rows l2-normalised, columns in feature order
    names: np.ndarray  # feature key of each column, sorted
    is_pair: np.ndarray  # column is a syllable pair
    parts: list[tuple[str, ...]]  # syllable keys of each column
    totals: np.ndarray  # occurrences of each feature in the corpus
    analyses: list
    surfaces: Counter


def _vectorize(docs: Sequence[RelationDoc]) -> _Corpus | None:
    """TF-IDF matrix of the documents.

    Counting is done here rather than by ``TfidfVectorizer``, whose per-token
    Python loop took most of the time on large corpora; the weighting is
    scikit-learn's ``TfidfTransformer`` with the same settings, so the result
    equals ``TfidfVectorizer(analyzer=..., sublinear_tf=True, norm="l2")``.
    """
    # The loop creates millions of small objects and no cycles; the cyclic
    # collector would rescan all live objects again and again (quadratic).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _vectorize_uncollected(docs)
    finally:
        if gc_was_enabled:
            gc.enable()


def _vectorize_uncollected(docs: Sequence[RelationDoc]) -> _Corpus | None:
    surfaces: Counter = Counter()
    vocabulary = _Vocabulary()
    columns: list[np.ndarray] = []
    analyses = []
    for doc in docs:
        analysis = analyze(f"{doc.title}\n{doc.text}", surfaces)
        columns.append(np.fromiter(map(vocabulary.__getitem__, analysis.features), np.int32))
        analysis.features = []  # free the token list, the counts hold it now
        analyses.append(analysis)
    if not len(vocabulary):
        return None
    names = np.array(list(vocabulary), dtype=object)
    order = np.argsort(names.astype(str), kind="stable")  # columns sorted by feature key
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    indptr = np.zeros(len(docs) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(c) for c in columns])
    indices = rank[np.concatenate(columns)] if columns and indptr[-1] else np.zeros(0, np.int32)
    counts = sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.float32), indices, indptr),
        shape=(len(docs), len(names)),
    )
    counts.sum_duplicates()
    totals = np.asarray(counts.sum(axis=0)).ravel()
    transformer = TfidfTransformer(sublinear_tf=True, norm="l2")
    matrix = transformer.fit_transform(counts).astype(np.float32).tocsr()
    matrix.sort_indices()
    names = names[order]
    parts = [tuple(name.split(" ")) for name in names]
    is_pair = np.array([len(p) == 2 for p in parts], dtype=bool)
    return _Corpus(matrix, names, is_pair, parts, totals, analyses, surfaces)


def _candidate_matrix(matrix: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Each row's ``keep`` strongest features among those shared by 2+ rows."""
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    shared = df[matrix.indices] >= 2
    data = np.where(shared, matrix.data, 0).astype(np.float32)
    indptr = matrix.indptr
    for row in range(matrix.shape[0]):
        start, end = indptr[row], indptr[row + 1]
        if end - start > keep:
            segment = data[start:end]
            cut = np.partition(segment, end - start - keep)[end - start - keep]
            segment[segment < cut] = 0
    pruned = sparse.csr_matrix((data, matrix.indices.copy(), indptr.copy()), shape=matrix.shape)
    pruned.eliminate_zeros()
    return pruned


def _candidates(matrix: sparse.csr_matrix, per_row: int) -> tuple[np.ndarray, np.ndarray]:
    """Row and column indices of each row's best ``per_row`` candidate partners."""
    n = matrix.shape[0]
    per_row = min(per_row, n - 1)
    if per_row <= 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    pruned = _candidate_matrix(matrix, CANDIDATE_FEATURES)
    transposed = pruned.T.tocsr()
    chunk = max(1, CHUNK_CELLS // n)
    rows_out, cols_out = [], []
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        block = (pruned[start:stop] @ transposed).toarray()
        block[np.arange(stop - start), np.arange(start, stop)] = -1.0  # never yourself
        if per_row < n - 1:
            top = np.argpartition(-block, per_row - 1, axis=1)[:, :per_row]
        else:
            top = np.argsort(-block, axis=1, kind="stable")[:, :per_row]
        scores = np.take_along_axis(block, top, axis=1)
        keep = scores > 0
        rows_out.append(np.repeat(np.arange(start, stop), per_row)[keep.ravel()])
        cols_out.append(top.ravel()[keep.ravel()])
    return np.concatenate(rows_out), np.concatenate(cols_out)


def _exact_scores(matrix: sparse.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Cosine similarity of each (row, col) pair, in pair chunks."""
    out = np.empty(len(rows), dtype=np.float64)
    step = 20_000
    for start in range(0, len(rows), step):
        r, c = rows[start : start + step], cols[start : start + step]
        out[start : start + step] = np.asarray(matrix[r].multiply(matrix[c]).sum(axis=1)).ravel()
    return out


def _shared_term_keys(corpus: _Corpus, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], list[str]]:
    """Shared-term keys for each (i, j) pair; the products are computed for all pairs at once."""
    result: dict[tuple[int, int], list[str]] = {}
    step = 20_000
    for start in range(0, len(pairs), step):
        batch = pairs[start : start + step]
        rows = np.array([i for i, _ in batch])
        cols = np.array([j for _, j in batch])
        products = corpus.matrix[rows].multiply(corpus.matrix[cols]).tocsr()
        products.sort_indices()
        for n, (i, j) in enumerate(batch):
            lo, hi = products.indptr[n], products.indptr[n + 1]
            result[(i, j)] = _pick_terms(corpus, products.indices[lo:hi], products.data[lo:hi], i, j)
    return result


def _pick_terms(corpus: _Corpus, columns: np.ndarray, weights: np.ndarray, i: int, j: int) -> list[str]:
    """The strongest shared features, pairs first, grown into phrases, no repeated syllables."""
    if len(columns) == 0:
        return []
    # Pairs before syllables, then weight, then feature key (columns are sorted by key).
    is_pair = corpus.is_pair[columns]
    limit = MAX_TERMS * 4
    if len(columns) > limit:
        boosted = weights + is_pair * 10.0
        keep = np.argpartition(-boosted, limit - 1)[:limit]
        columns, weights, is_pair = columns[keep], weights[keep], is_pair[keep]
    order = np.lexsort((columns, -weights, ~is_pair))
    ranked = [corpus.parts[c] for c in columns[order].tolist()]
    pairs = [key for key in ranked if len(key) == 2]
    # Only pairs that could extend another pair are worth trying.
    firsts, seconds = {a for a, _ in pairs}, {b for _, b in pairs}
    linkable = [(a, b) for a, b in pairs if a in seconds or b in firsts]
    key_texts = (corpus.analyses[i].key_text, corpus.analyses[j].key_text)
    chosen: list[list[str]] = []
    covered: set[str] = set()
    for syllables in ranked:
        if len(chosen) >= MAX_TERMS:
            break
        if all(s in covered for s in syllables):
            continue
        phrase = _grow_phrase(syllables, linkable, key_texts) if linkable else syllables
        chosen.append(phrase)
        covered.update(phrase)
    return [" ".join(phrase) for phrase in chosen]


def _grow_phrase(syllables: list[str], pairs: list[tuple[str, str]], key_texts: tuple[str, str]) -> list[str]:
    """Extend a pair with overlapping shared pairs while both texts contain the result.

    "đối ngoại" + "ngoại quốc" + "quốc phòng" → "đối ngoại quốc phòng" when
    both articles write that phrase; at most four syllables.
    """
    phrase = list(syllables)
    if len(phrase) < 2:
        return phrase
    while len(phrase) < 4:
        for first, second in pairs:
            if first == phrase[-1] and second not in phrase:
                candidate = [*phrase, second]
            elif second == phrase[0] and first not in phrase:
                candidate = [first, *phrase]
            else:
                continue
            needle = " " + " ".join(candidate) + " "
            if needle in key_texts[0] and needle in key_texts[1]:
                phrase = candidate
                break
        else:
            break
    return phrase


def related_index(
    docs: Sequence[RelationDoc],
    top_n: int = 5,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    story: StorySettings | None = None,
) -> RelationIndex:
    """Related articles and same-story groups of ``docs``."""
    story = story or StorySettings()
    keys = [doc.key for doc in docs]
    if len(set(keys)) != len(keys):
        raise ValueError("document keys must be unique")
    if len(docs) < 2:
        return RelationIndex(related={key: [] for key in keys}, groups=[])
    corpus = _vectorize(docs)
    if corpus is None:  # no article has a single word feature (only numbers or punctuation)
        return RelationIndex(related={key: [] for key in keys}, groups=[])
    rows, cols = _candidates(corpus.matrix, max(3 * top_n, 15))
    scores = _exact_scores(corpus.matrix, rows, cols)

    pair_scores: dict[tuple[int, int], float] = {}
    for i, j, score in zip(rows.tolist(), cols.tolist(), scores.tolist(), strict=True):
        pair_scores[(min(i, j), max(i, j))] = score
    groups = group_stories(docs, pair_scores, story, [a.token_ids for a in corpus.analyses])
    group_of = {member: n for n, group in enumerate(groups) for member in group}

    chosen: dict[int, list[tuple[bool, float, int]]] = {i: [] for i in range(len(docs))}
    for (i, j), score in pair_scores.items():
        same = i in group_of and group_of.get(i) == group_of.get(j)
        if same or score >= min_similarity:
            chosen[i].append((same, score, j))
            chosen[j].append((same, score, i))

    for items in chosen.values():
        items.sort(key=lambda item: (not item[0], -round(item[1], 9), keys[item[2]]))
        del items[top_n:]
    # Terms of a pair are the same both ways: compute each unordered pair once.
    needed = sorted({(min(i, j), max(i, j)) for i, items in chosen.items() for _, _, j in items})
    shared = _shared_term_keys(corpus, needed)
    term_keys = {(i, j): shared[(min(i, j), max(i, j))] for i, items in chosen.items() for _, _, j in items}

    wanted = {term for terms in term_keys.values() for term in terms}
    wanted_pairs = sorted(_pairs_of(wanted))
    columns = np.searchsorted(corpus.names, wanted_pairs) if wanted_pairs else []
    pair_totals = {
        pair: int(corpus.totals[column]) for pair, column in zip(wanted_pairs, columns, strict=True)
    }
    surfaces = surface_forms(corpus.surfaces, pair_totals, wanted)
    related = {
        keys[i]: [
            Relation(
                target=keys[j],
                score=round(score, 4),
                shared_terms=[surfaces[term] for term in term_keys[(i, j)]],
                same_story=same,
            )
            for same, score, j in items
        ]
        for i, items in chosen.items()
    }
    story_keys = [sorted((keys[m] for m in group), key=str) for group in groups]
    return RelationIndex(related=related, groups=sorted(story_keys))


def _pairs_of(terms: set[str]) -> set[str]:
    pairs = set()
    for term in terms:
        parts = term.split(" ")
        pairs.update(f"{a} {b}" for a, b in zip(parts, parts[1:], strict=False))
    return pairs


def compute_related(
    docs: Sequence[RelationDoc],
    top_n: int = 5,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    story: StorySettings | None = None,
) -> dict[str, list[Relation]]:
    """For each article key, up to ``top_n`` related articles, best first.

    Same-story articles come first, then by score (descending), then by key.
    """
    return related_index(docs, top_n, min_similarity, story).related
