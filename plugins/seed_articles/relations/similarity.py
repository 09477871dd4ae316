"""Related articles: TF-IDF cosine similarity with top-k selection per article.

Pipeline:

1. :func:`~.features.tokenize` and :class:`~.features.CorpusTokens` count
   each text's syllable and pair features.
2. ``TfidfTransformer`` (sublinear tf, l2 norm) weighs them.
3. :mod:`.candidates` finds each article's best partners with sparse top-k
   search and scores them exactly; no N×N matrix ever exists.
4. Pairs are grouped into stories (:mod:`.stories`), weighed for their
   distance in time and kept above a floor that adapts to the texts' length,
   with enough shared evidence (:mod:`.linking`); a story's report links
   outside its story only to articles related to the whole story
   (:func:`.linking.story_related`). Each kept pair is explained by its
   strongest shared terms.

A :class:`~.memory.RelationMemory` kept between builds makes a rebuild after
a few documents changed cheaper (the candidate search updated, not redone;
phrases and retellings of unchanged pairs reused) with a result equal to a
computation from scratch (:mod:`.memory`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer

from ..collector import collection_paused
from ..parallel import parallel_map, parallel_map_shared
from .arrays import place_in_run
from .candidates import find_candidates
from .features import CorpusTokens, TokenizedText, surface_forms, tokenize
from .linking import linkable, story_related, time_factor
from .memory import RelationMemory, pair_key, renumber, token_digests
from .model import Relation, RelationDoc
from .partners import RowIdentity
from .stories import StorySettings, date_range, group_stories, groups_from_related, same_story_pairs

# Cosine similarity below which two long articles are not shown as related
# (shorter ones have a lower floor, see linking.length_floor). Two articles on
# different subjects still share generic news vocabulary ("phát triển", "Việt
# Nam"): measured on the seeds plus economy and education articles, unrelated
# pairs score 0.08-0.14 and the defence articles 0.37-0.61 with each other.
DEFAULT_MIN_SIMILARITY = 0.2

# Other reports of one event listed per article ("Cùng sự kiện"), before and besides the
# ``top_n`` related articles: a reader expects every report of the event, but a story that
# dozens of sites reported needs no dozens of links.
MAX_SAME_STORY = 12
# Candidate partners looked at per article, at least.
MIN_CANDIDATES = 15

# Shared terms shown per relation; pairs (multi-syllable words) are listed
# before single syllables because they explain a relation better.
MAX_TERMS = 5


@dataclass
class RelationIndex:
    """Everything the relation stage computed, for callers that need more than links."""

    related: dict[str, list[Relation]]
    groups: list[list[str]]  # same-story groups, 2+ articles each


@dataclass
class _Corpus:
    matrix: sparse.csr_matrix  # TF-IDF, rows l2-normalised, columns in feature-string order
    numbers: np.ndarray  # feature number of each column (CorpusTokens.feature_name)
    is_pair: np.ndarray  # column is a syllable pair
    totals: np.ndarray  # occurrences of each feature in the corpus
    tokens: CorpusTokens

    @property
    def names(self) -> list[str]:
        """Feature string of every column, in column order."""
        return [self.tokens.feature_name(number) for number in self.numbers.tolist()]

    def __post_init__(self) -> None:
        # Key numbers of each column's syllables (second -1 for a single syllable): looked up
        # for every explained pair.
        first, second = np.divmod(self.numbers, len(self.tokens.keys) + 1)
        self.first_key, self.second_key = first, second - 1

    def total(self, feature: str) -> int:
        """Occurrences of a feature string in the corpus (0 if it never occurs)."""
        number = self.tokens.feature_number(feature)
        column = int(np.searchsorted(self.numbers, number)) if number is not None else len(self.numbers)
        return (
            int(self.totals[column]) if column < len(self.numbers) and self.numbers[column] == number else 0
        )


def tokenize_docs(docs: Sequence[RelationDoc]) -> list[TokenizedText]:
    """Tokens of each document's title and text, on every core for large corpora."""
    return parallel_map(tokenize, [f"{doc.title}\n{doc.text}" for doc in docs])


def _vectorize(
    docs: Sequence[RelationDoc], tokenized: Sequence[TokenizedText] | None = None
) -> _Corpus | None:
    """TF-IDF matrix of the documents.

    Counting is vectorised over the whole corpus (:class:`CorpusTokens`);
    the weighting is scikit-learn's ``TfidfTransformer``, so the result
    equals ``TfidfVectorizer(analyzer=features_of, sublinear_tf=True, norm="l2")``.
    """
    tokens = CorpusTokens(tokenized if tokenized is not None else tokenize_docs(docs))
    found = tokens.feature_counts()
    if found is None:
        return None
    totals = np.asarray(found.counts.sum(axis=0)).ravel()
    transformer = TfidfTransformer(sublinear_tf=True, norm="l2")
    matrix = transformer.fit_transform(found.counts).astype(np.float32).tocsr()
    matrix.sort_indices()
    return _Corpus(matrix, found.numbers, found.is_pair, totals, tokens)


# From this many pairs to explain, worker processes share the work (in 16 batches or more).
EXPLAIN_PARALLEL_PAIRS = 2_000
EXPLAIN_MIN_BATCH = 200


@dataclass
class _Explaining:
    """What every explanation batch reads (reaches worker processes once)."""

    corpus: _Corpus
    digests: list[bytes]
    known: dict[tuple[bytes, bytes], tuple[bytes, list[str]]]  # RelationMemory.terms
    known_syllables: list[str]  # the syllable keys the feature numbers in ``known`` are made of


def _shared_term_keys(
    corpus: _Corpus, pairs: list[tuple[int, int]], digests: list[bytes], memory: RelationMemory | None = None
) -> dict[tuple[int, int], list[str]]:
    """Shared-term keys for each (i, j) pair, batches on every core for large corpora.

    A pair's phrases depend on its ranked shared features and its two texts
    alone: with ``memory``, a pair whose texts and ranked features are those
    of last time reuses its phrases (the ranking is always computed again).
    """
    syllables = corpus.tokens.keys
    known, known_syllables = (memory.terms, memory.term_syllables) if memory is not None else ({}, syllables)
    size = max(EXPLAIN_MIN_BATCH, -(-len(pairs) // 16))
    batches = [pairs[start : start + size] for start in range(0, len(pairs), size)]
    threshold = 2 if len(pairs) >= EXPLAIN_PARALLEL_PAIRS else len(batches) + 1
    corpus.tokens.prepare_feature_texts()  # once here, not once in every worker
    shared = _Explaining(corpus, digests, known, known_syllables)
    explained = parallel_map_shared(_explain_batch, shared, batches, threshold=threshold)
    result: dict[tuple[int, int], list[str]] = {}
    kept: dict[tuple[bytes, bytes], tuple[bytes, list[str]]] = {}
    reused = 0
    for batch, found in zip(batches, explained, strict=True):
        for (i, j), (terms, ranked, was_known) in zip(batch, found, strict=True):
            result[(i, j)] = terms
            kept[pair_key(digests[i], digests[j])] = (ranked, terms)
            reused += was_known
    if memory is not None:
        memory.terms, memory.term_syllables = kept, list(syllables)
        memory.last.update({"pairs_explained": len(pairs), "explanations_reused": reused})
    return result


def _explain_batch(shared: _Explaining, batch: list[tuple[int, int]]) -> list[tuple[list[str], bytes, bool]]:
    """Shared-term keys of a batch of pairs, with their ranked features and whether they were known.

    The element-wise products and the ranking of every pair's shared
    features happen at once for the whole batch; only the choice among each
    pair's best few features is Python, and only for pairs not known.
    """
    corpus, digests, known = shared.corpus, shared.digests, shared.known
    rows = np.array([i for i, _ in batch])
    cols = np.array([j for _, j in batch])
    products = corpus.matrix[rows].multiply(corpus.matrix[cols]).tocsr()
    products.sort_indices()
    bounds, ranked = _ranked_shared(products, corpus.is_pair, RANKED_TERMS)
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
        before = known.get(pair_key(digests[i], digests[j]))
        if before is not None and before[0] == known_numbers[lo:hi].tobytes():
            found.append((before[1], numbers, True))
            continue
        parts = [(a,) if b < 0 else (a, b) for a, b in zip(firsts[lo:hi], seconds[lo:hi], strict=True)]
        phrases = _pick_phrases(parts, (feature_text(i), feature_text(j)), chars)
        found.append(([" ".join([keys[k] for k in phrase]) for phrase in phrases], numbers, False))
    return found


# Shared features considered per pair, best first: enough for MAX_TERMS distinct terms.
RANKED_TERMS = MAX_TERMS * 4
# Padded rows × width handled at once when finding each pair's cut-off weight.
_PARTITION_CELLS = 250_000


def _ranked_shared(
    products: sparse.csr_matrix, is_pair: np.ndarray, limit: int
) -> tuple[list[int], np.ndarray]:
    """Each row's ``limit`` best columns: pairs first, then weight, then column.

    Returns the row bounds and the ranked columns. A full sort of every
    shared feature would cost most of the explanation, so each long row's
    cut-off is found first with a partition (rows padded to one width, in
    chunks), and only the features at or above it are sorted. Ties at the
    cut-off are all kept, so the result equals a full sort.
    """
    counts = np.diff(products.indptr)
    owner = np.repeat(np.arange(len(counts)), counts)
    # Products of two l2-normalised vectors are at most 1: +2 puts every pair first.
    boosted = products.data.astype(np.float64) + 2.0 * is_pair[products.indices]
    cutoff = np.full(len(counts), -np.inf)
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
        padded = np.full((len(chunk), width), -np.inf)
        entries = np.concatenate([np.arange(products.indptr[r], products.indptr[r + 1]) for r in chunk])
        padded[np.repeat(np.arange(len(chunk)), counts[chunk]), position[entries]] = boosted[entries]
        cutoff[chunk] = np.partition(padded, width - limit, axis=1)[:, width - limit]
        start = stop
    keep = np.flatnonzero(boosted >= cutoff[owner])
    owner, columns = owner[keep], products.indices[keep]
    # One stable sort of (row, not a pair, -weight): columns are sorted within each row,
    # so equal weights stay in column order. Positive float32 bits sort as the values do.
    weight_bits = products.data[keep].astype(np.float32).view(np.int32).astype(np.int64)
    order = np.argsort(
        (owner << 32) | ((~is_pair[columns]).astype(np.int64) << 31) | (0x7FFFFFFF - weight_bits),
        kind="stable",
    )
    owner, columns = owner[order], columns[order]
    kept = place_in_run(owner) < limit
    owner, columns = owner[kept], columns[kept]
    return np.searchsorted(owner, np.arange(len(counts) + 1)).tolist(), columns


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


@collection_paused()
def related_index(
    docs: Sequence[RelationDoc],
    top_n: int = 5,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    story: StorySettings | None = None,
    tokenized: Sequence[TokenizedText] | None = None,
    story_limit: int = MAX_SAME_STORY,
    memory: RelationMemory | None = None,
) -> RelationIndex:
    """Related articles and same-story groups of ``docs``.

    Each article's relations are the other members of its story group (up
    to ``story_limit``, ``same_story=True``), then up to ``top_n`` other
    related articles: reports of one event never crowd out the related ones.
    ``tokenized`` (:func:`~.features.tokenize` of each title and text) saves
    tokenising again when the caller keeps it between builds.

    ``memory`` (kept by the caller between builds, updated here) lets a
    computation after a few documents changed reuse what the last one found
    wherever it provably still holds (:mod:`.memory`): the result always
    equals a computation without it.
    """
    story = story or StorySettings()
    keys = [doc.key for doc in docs]
    if len(set(keys)) != len(keys):
        raise ValueError("document keys must be unique")
    if len(docs) < 2:
        return RelationIndex(related={key: [] for key in keys}, groups=[])
    if memory is not None:
        memory.check_format()
        memory.last = {}
    if tokenized is None:
        tokenized = tokenize_docs(docs)
    corpus = _vectorize(docs, tokenized)
    if corpus is None:  # no article has a single word feature (only numbers or punctuation)
        return RelationIndex(related={key: [] for key in keys}, groups=[])
    dates = [date_range(doc.date_sort) for doc in docs]
    # Each article's best partners: enough for a full list of other reports and of related articles.
    per_row = max(3 * top_n, story_limit + top_n, MIN_CANDIDATES)
    digests = token_digests(tokenized)
    rows = RowIdentity(keys, digests, corpus.tokens.keys, corpus.numbers)
    found = find_candidates(corpus.matrix, corpus.is_pair, corpus.tokens, dates, story, per_row, rows, memory)
    first, second, scores = found.first, found.second, found.scores
    features = np.diff(corpus.matrix.indptr)
    same = same_story_pairs(docs, dates, first, second, scores, found.gaps, found.retold, features, story)
    groups = group_stories(docs, first[same], second[same], scores[same])
    # Whether a pair may link is the texts' similarity; the order of links also weighs
    # their distance in time, so one occasion's articles come first.
    factors = time_factor(found.gaps, story.max_days)
    strengths = scores * factors
    shown = linkable(scores, found.evidence, features[first], features[second], min_similarity, factors)
    chosen = _choose(keys, first, second, strengths, groups, top_n, story_limit, shown)
    # A report of a story links outside it only to articles the rest of its story vouches for.
    # Only the pairs chosen are judged; a pair that fails makes room for the next best.
    judged = np.zeros(len(first), dtype=bool)
    while True:
        unjudged = np.zeros(len(first), dtype=bool)
        unjudged[chosen.pairs[~chosen.same]] = True
        unjudged &= ~judged
        if not unjudged.any():
            break
        judged |= unjudged
        vouched = story_related(corpus.matrix, first, second, scores, groups, unjudged, min_similarity)
        if vouched.all():
            break
        shown &= vouched
        chosen = _choose(keys, first, second, strengths, groups, top_n, story_limit, shown)
    chosen = chosen.by_article(len(keys))
    # Terms of a pair are the same both ways: compute each unordered pair once.
    needed = sorted({(min(i, j), max(i, j)) for i, items in chosen.items() for _, _, j in items})
    shared = _shared_term_keys(corpus, needed, digests, memory)
    term_keys = {(i, j): shared[(min(i, j), max(i, j))] for i, items in chosen.items() for _, _, j in items}

    wanted = {term for terms in term_keys.values() for term in terms}
    pair_totals = {pair: corpus.total(pair) for pair in _pairs_of(wanted)}
    surfaces = surface_forms(
        corpus.tokens.surface_counts(), corpus.tokens.capitalised_pairs(), pair_totals, wanted
    )
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


@dataclass
class _Chosen:
    """Each article's partners, in order: ``source`` links to ``target`` (pair number ``pairs``)."""

    source: np.ndarray
    target: np.ndarray
    score: np.ndarray
    same: np.ndarray  # same story
    pairs: np.ndarray  # index of the candidate pair

    def by_article(self, count: int) -> dict[int, list[tuple[bool, float, int]]]:
        """Each article's partners as ``(same story, score, partner)``."""
        chosen: dict[int, list[tuple[bool, float, int]]] = {i: [] for i in range(count)}
        for i, j, value, together in zip(
            self.source.tolist(), self.target.tolist(), self.score.tolist(), self.same.tolist(), strict=True
        ):
            chosen[i].append((together, value, j))
        return chosen


def _choose(
    keys: list[str],
    first: np.ndarray,
    second: np.ndarray,
    scores: np.ndarray,
    groups: list[list[int]],
    top_n: int,
    story_limit: int,
    linked: np.ndarray,
) -> _Chosen:
    """Each article's partners.

    Up to ``story_limit`` partners of its story group, then up to ``top_n``
    of the pairs ``linked`` (bool per pair). Each part by score (rounded so
    float noise never decides), then the partner's key; one vectorised sort
    for the whole corpus.
    """
    group_of = np.arange(-1, -len(keys) - 1, -1)  # alone: a group of its own
    for number, group in enumerate(groups):
        group_of[group] = number
    same = group_of[first] == group_of[second]
    shown = np.flatnonzero(same | linked)
    pairs = np.concatenate([shown, shown])
    source = np.concatenate([first[shown], second[shown]])
    target = np.concatenate([second[shown], first[shown]])
    score = scores[pairs]
    same = same[pairs]
    key_rank = np.empty(len(keys), dtype=np.int64)
    key_rank[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    order = np.lexsort((key_rank[target], -np.round(score, 9), ~same, source))
    source, target, score, same, pairs = source[order], target[order], score[order], same[order], pairs[order]
    # Rank within its article's same-story part or other part: same story sorts first.
    place = place_in_run(2 * source + ~same)
    keep = place < np.where(same, story_limit, top_n)
    return _Chosen(source[keep], target[keep], score[keep], same[keep], pairs[keep])


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
    """For each article key, its other reports of one event, then up to ``top_n`` related articles.

    Same-story articles come first (up to :data:`MAX_SAME_STORY`), then the
    others; each part by score (descending), then by key.
    """
    return related_index(docs, top_n, min_similarity, story).related


def story_groups(
    docs: Sequence[RelationDoc],
    related: dict | None = None,
    settings: StorySettings | None = None,
) -> list[list[str]]:
    """Same-story groups of article keys (each sorted, 2+ articles), sorted.

    With ``related`` (the result of ``compute_related``) the groups are read
    from its ``same_story`` flags (:func:`.stories.groups_from_related`);
    otherwise they are computed.
    """
    if related is None:
        return related_index(docs, story=settings).groups
    return groups_from_related(related)
