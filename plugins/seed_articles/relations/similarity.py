"""Related articles: TF-IDF cosine similarity with top-k selection per article.

Pipeline:

1. :func:`~.features.tokenize` and :class:`~.features.CorpusTokens` count
   each text's syllable and pair features.
2. ``TfidfTransformer`` (sublinear tf, l2 norm) weighs them for the
   search; :mod:`.pair_scores` keeps the same weights as integers.
3. :mod:`.candidates` finds each article's best partners with sparse top-k
   search and scores them exactly (integer dot products over the integer
   norms); no N×N matrix ever exists.
4. Pairs are grouped into stories (:mod:`.stories`), weighed for their
   distance in time and kept above a floor that adapts to the texts' length,
   with enough shared evidence, by more when they share no name or a date is
   unknown (:mod:`.linking`); a story's report links
   outside its story only to articles related to the whole story
   (:func:`.linking.story_related`). An undated preview is placed in time by the
   full dates its text writes when one falls within a story's span of its partner's date
   (:mod:`.anchors`), and once placed ranks its far partners lower. A price report
   and a story of another kind are held apart (:data:`.linking.PRICE_CLEARANCE`). The window
   search is completed on full vectors for short texts and yearless dates
   (:func:`.windows.fill_windows`). Each kept pair is explained by its
   strongest shared terms (:mod:`.explanations`).

A :class:`~.memory.RelationMemory` kept between builds makes a rebuild after
a few documents changed cheaper (the candidate search updated, not redone;
scores, rankings of shared terms, phrases and retellings of unchanged pairs
updated or reused) with a result equal to a computation from scratch
(:mod:`.memory`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..collector import collection_paused
from ..text.vietnamese import tone_key
from .anchors import anchored_gaps
from .arrays import place_in_run
from .candidates import find_candidates
from .common_nouns import common_noun_abbreviations
from .corpus import tokenize_docs
from .corpus import vectorize as _vectorize  # the name tests and benchmarks import
from .explanations import shared_term_keys
from .features import TokenizedText, surface_forms
from .linking import (
    UNDATED_NAMES,
    evidence_weights,
    linkable,
    particular_names,
    price_headlines,
    shared_names,
    story_related,
    time_factor,
)
from .memory import RelationMemory, token_digests
from .model import Relation, RelationDoc
from .partners import RowIdentity
from .sites import SiteWords
from .stories import StorySettings, date_range, group_stories, groups_from_related, same_story_pairs

# Cosine similarity below which two long articles are not shown as related
# (shorter ones have a lower floor, see linking.length_floor). Two articles on
# different subjects still share generic news vocabulary ("phát triển", "Việt
# Nam"): measured on the seeds plus economy and education articles, unrelated
# pairs score 0.08-0.14 and the defence articles 0.37-0.61 with each other.
# Raised from 0.2 to 0.25 with 219 corpus fixtures from 125 sites: three off-topic pairs of
# short texts (same-city or same-university vocabulary) cleared their length floor by up
# to 1.19x. With 243 fixtures the off-topic pairs were texts of one field (trade, fairs) sharing
# its vocabulary and no name: a pair that shares no name, or has a date unknown, must now clear
# its floor by more (linking.UNNAMED_CLEARANCE, UNDATED_CLEARANCE). On the corpus, 0.25-0.30
# then gives no off-topic link at the same recall (0.24: a far-apart pair of one field that
# names one ministry; 0.32: recall drops); at 0.26 two short reports of one event stop
# linking (tests/test_relations_short.py).
DEFAULT_MIN_SIMILARITY = 0.25

# Other reports of one event listed per article ("Cùng sự kiện"), before and besides the
# ``top_n`` related articles: a reader expects every report of the event, but a story that
# dozens of sites reported needs no dozens of links.
MAX_SAME_STORY = 12
# Candidate partners looked at per article, at least. 15 missed ten same-event pairs of the
# corpus (recall 283/296); 20 finds six of them (289/296) for 18 % more pairs scored; 25 finds
# 293/296 but holds a third more relation memory (568 vs 430 MB at 3,000 articles).
MIN_CANDIDATES = 20


@dataclass
class RelationIndex:
    """Everything the relation stage computed, for callers that need more than links."""

    related: dict[str, list[Relation]]
    groups: list[list[str]]  # same-story groups, 2+ articles each


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
    related articles: reports of one event never crowd out the related ones
    (reports of another story written within a story's span of the article
    take one of the ``top_n`` places together, see :func:`_story_slots`).
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
    corpus = _vectorize(docs, tokenized, memory)
    if corpus is None:  # no article has a single word feature (only numbers or punctuation)
        return RelationIndex(related={key: [] for key in keys}, groups=[])
    dates = [date_range(doc.date_sort) for doc in docs]
    # Each article's best partners: enough for a full list of other reports and of related articles.
    per_row = max(3 * top_n, story_limit + top_n, MIN_CANDIDATES)
    digests = token_digests(tokenized)
    rows = RowIdentity(keys, digests, corpus.tokens.keys, corpus.numbers)
    found = find_candidates(corpus.matrix, corpus.weights, corpus.tokens, dates, story, per_row, rows, memory)
    first, second, scores = found.first, found.second, found.scores
    features = np.diff(corpus.matrix.indptr)
    # A listing page (tags, a section) is no article: it neither links nor is linked.
    listing = np.array([doc.listing for doc in docs], dtype=bool)
    articles = ~(listing[first] | listing[second])
    # A price report and a story of another kind are alike by their field's words, never one
    # event's reports: no same story, and a link only when clearly alike (linking.PRICE_CLEARANCE).
    prices = price_headlines([doc.title for doc in docs])
    apart = prices[first] != prices[second]
    same = same_story_pairs(
        docs,
        dates,
        first,
        second,
        scores,
        found.gaps,
        found.retold,
        features,
        story,
        memory.people if memory is not None else None,
        memory.last if memory is not None else None,
    )
    same &= articles & ~apart
    groups = group_stories(docs, first[same], second[same], scores[same])
    # Whether a pair may link is the texts' similarity; the order of links also weighs
    # their distance in time, so one occasion's articles come first.
    # An undated preview or copy placed by the day its text writes ranks as close (:mod:`.anchors`).
    placed_gaps = anchored_gaps(docs, dates, first, second, found.gaps, story.max_days)
    factors = time_factor(placed_gaps, story.max_days)
    # Ranking only: a preview placed next to a report of its occasion ranks its other dated
    # partners by their distance from the days it writes (whether a pair may link is unchanged).
    ranked_gaps = anchored_gaps(docs, dates, first, second, found.gaps, story.max_days, placed_far=True)
    strengths = scores * time_factor(ranked_gaps, story.max_days)
    name_matrix = _without_common_nouns(corpus.tokens.name_matrix(corpus.numbers), corpus, docs)
    names = shared_names(name_matrix, first, second)
    shown = linkable(
        scores,
        found.evidence,
        features[first],
        features[second],
        min_similarity,
        factors,
        names,
        found.gaps,
        apart,
    )
    shown &= articles
    ranked = _ranked(keys, first, second, strengths, groups, shown)
    # A pair whose dates are known and within a story's span: an article there related to several
    # reports of a story is about that event too, so those reports share one slot (_story_slots).
    # A date unknown is taken as close when the pair names enough same things, as linkable does.
    close = (placed_gaps <= story.max_days) & ((placed_gaps >= 0) | (names >= UNDATED_NAMES))
    chosen = _choose(keys, first, second, strengths, groups, top_n, story_limit, shown, ranked, close)
    # A pair that links only by its site's own words does not link, and a report of a story
    # links outside it only to articles the rest of its story vouches for. Both only remove
    # pairs, so only the pairs chosen are judged; a pair that fails makes room for the next best.
    judged = np.zeros(len(first), dtype=bool)
    site_words: list[SiteWords] = []  # made by the first pass that needs it, kept for the next
    while True:
        unjudged = np.zeros(len(first), dtype=bool)
        unjudged[chosen.pairs[~chosen.same]] = True
        unjudged &= ~judged
        if not unjudged.any():
            break
        judged |= unjudged
        by_content = _without_site_words(
            docs,
            corpus,
            name_matrix,
            first,
            second,
            found,
            names,
            factors,
            unjudged,
            min_similarity,
            site_words,
            apart,
        )
        # A pair that is itself a same-story pair (one event by its own evidence) needs no vouching.
        vouched = story_related(
            corpus.matrix,
            first,
            second,
            scores,
            groups,
            unjudged & ~same,
            min_similarity,
            corpus.weights.cosine,
        )
        vouched &= by_content | ~unjudged
        if vouched.all():
            break
        shown &= vouched
        chosen = _choose(keys, first, second, strengths, groups, top_n, story_limit, shown, ranked, close)
    chosen = chosen.by_article(len(keys))
    # Terms of a pair are the same both ways: compute each unordered pair once.
    needed = sorted({(min(i, j), max(i, j)) for i, items in chosen.items() for _, _, j in items})
    shared = shared_term_keys(corpus, needed, digests, memory, found.moved)
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


def _without_common_nouns(name_matrix, corpus, docs: Sequence[RelationDoc]):
    """``name_matrix`` less the columns of abbreviations the corpus defines as common nouns
    ("hợp tác xã (HTX)"): texts of one field share them whatever their story (:mod:`.common_nouns`)."""
    columns = []
    for short in common_noun_abbreviations(doc.text for doc in docs):
        number = corpus.tokens.feature_number(tone_key(short))
        column = int(np.searchsorted(corpus.numbers, number)) if number is not None else len(corpus.numbers)
        if column < len(corpus.numbers) and corpus.numbers[column] == number:
            columns.append(column)
    if not columns:
        return name_matrix
    keep = np.ones(name_matrix.shape[1], dtype=np.int8)
    keep[columns] = 0
    pruned = name_matrix.multiply(keep[None, :]).tocsr()
    pruned.eliminate_zeros()
    return pruned


def _without_site_words(
    docs,
    corpus,
    name_matrix,
    first,
    second,
    found,
    names,
    factors,
    shown,
    min_similarity,
    site_words=None,
    apart=None,
):
    """``shown`` less the pairs that may link only by the words their site prints on every page.

    Each pair that may link and whose documents print chrome lines alike (:mod:`.sites`) is
    judged again by :func:`.linking.linkable` with its score, evidence and shared names less
    what the features of those lines gave. ``site_words`` (a list, empty at first) keeps the
    :class:`.sites.SiteWords` of the computation between calls judging other pairs of it.
    """
    which = np.flatnonzero(shown)
    if not len(which) or not any(doc.chrome for doc in docs):
        return shown
    if site_words is None:
        site_words = []
    if not site_words:
        site_words.append(_site_words(docs, corpus, name_matrix))
    site_score, site_evidence, site_names = site_words[0].shares(first, second, which)
    touched = site_score > 0
    if not touched.any():
        return shown
    pairs = which[touched]
    features = np.diff(corpus.matrix.indptr)
    again = linkable(
        found.scores[pairs] - site_score[touched],
        found.evidence[pairs] - site_evidence[touched],
        features[first[pairs]],
        features[second[pairs]],
        min_similarity,
        factors[pairs],
        names[pairs] - site_names[touched],
        found.gaps[pairs],
        apart[pairs] if apart is not None else None,
    )
    shown = shown.copy()
    shown[pairs] = again
    return shown


def _site_words(docs, corpus, name_matrix) -> SiteWords:
    """The :class:`.sites.SiteWords` of a computation: the corpus's columns, names and evidence weights."""

    def column_of(feature: str) -> int:
        number = corpus.tokens.feature_number(feature)
        if number is None:
            return -1
        column = int(np.searchsorted(corpus.numbers, number))
        return column if column < len(corpus.numbers) and corpus.numbers[column] == number else -1

    units = evidence_weights(corpus.matrix, corpus.is_pair)
    return SiteWords(docs, corpus.matrix, particular_names(name_matrix), units, column_of)


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


@dataclass
class _Ranked:
    """Every candidate pair both ways, in the order :func:`_choose` keeps them."""

    source: np.ndarray
    target: np.ndarray
    score: np.ndarray
    same: np.ndarray
    pairs: np.ndarray
    same_pair: np.ndarray  # per candidate pair: both in one story group


def _ranked(
    keys: list[str],
    first: np.ndarray,
    second: np.ndarray,
    scores: np.ndarray,
    groups: list[list[int]],
    linked: np.ndarray,
) -> _Ranked:
    """Each article's partners among the pairs of one story group or ``linked`` (or fewer pairs
    later), in order: same story first, by score (rounded so float noise never decides), then
    the partner's key; one vectorised sort for the whole corpus."""
    group_of = np.arange(-1, -len(keys) - 1, -1)  # alone: a group of its own
    for number, group in enumerate(groups):
        group_of[group] = number
    same_pair = group_of[first] == group_of[second]
    every = np.flatnonzero(same_pair | linked)
    pairs = np.concatenate([every, every])
    source = np.concatenate([first[every], second[every]])
    target = np.concatenate([second[every], first[every]])
    score = scores[pairs]
    same = same_pair[pairs]
    key_rank = np.empty(len(keys), dtype=np.int64)
    key_rank[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    order = np.lexsort((key_rank[target], -np.round(score, 9), ~same, source))
    return _Ranked(source[order], target[order], score[order], same[order], pairs[order], same_pair)


def _choose(
    keys: list[str],
    first: np.ndarray,
    second: np.ndarray,
    scores: np.ndarray,
    groups: list[list[int]],
    top_n: int,
    story_limit: int,
    linked: np.ndarray,
    ranked: _Ranked | None = None,
    close: np.ndarray | None = None,
) -> _Chosen:
    """Each article's partners.

    Up to ``story_limit`` partners of its story group, then up to ``top_n``
    of the pairs ``linked`` (bool per pair). Each part by score (rounded so
    float noise never decides), then the partner's key (:func:`_ranked`, which
    a caller choosing several times with the same pairs and groups, and fewer
    pairs ``linked`` each time, passes once). With ``close`` (bool per pair: within a
    story's span, or undated and naming the same things), reports of one story close to the article share one of the
    ``top_n`` places (:func:`_story_slots`); without it, every partner takes a place.
    Reports of a story far from the article (or undated) each take a place, but only the
    story's best report ranks by its score: its second and later reports follow every partner
    close to the article. Last year's ceremony, reported five times, must not push this week's
    report of the same kind of ceremony (a blog's account, weaker by its own wording) off the list.
    """
    if ranked is None:
        ranked = _ranked(keys, first, second, scores, groups, linked)
    shown = (ranked.same_pair | linked)[ranked.pairs]
    source, target, score, same, pairs = (
        ranked.source[shown],
        ranked.target[shown],
        ranked.score[shown],
        ranked.same[shown],
        ranked.pairs[shown],
    )
    # Rank within its article's same-story part or other part: same story sorts first.
    runs = 2 * source + ~same
    place = place_in_run(runs)
    group_of = _group_numbers(len(keys), groups)
    partner_story = group_of[target]
    if close is None:
        close = np.zeros(len(first), dtype=bool)
    near = close[pairs] & ~same
    far_story = ~close[pairs] & ~same & (partner_story >= 0)
    partner_story = np.where(close[pairs], partner_story, -1 - target)  # far or undated: a place each
    demoted = _later_reports(runs, group_of[target], far_story)
    if demoted.any() and near.any():
        # A far story's second and later reports follow every partner of the article's own time.
        position = np.arange(len(runs), dtype=np.float64)
        last_near = np.full(int(runs.max()) + 1, -1.0)
        np.maximum.at(last_near, runs[near], position[near])
        position[demoted] = np.maximum(position[demoted], last_near[runs[demoted]] + 0.5)
        order = np.lexsort((position, runs))
        source, target, score, same, pairs = (
            source[order],
            target[order],
            score[order],
            same[order],
            pairs[order],
        )
        runs, place, partner_story = runs[order], place[order], partner_story[order]
    slot, member = _story_slots(runs, source, partner_story, len(keys))
    keep = np.where(same, place < story_limit, (slot < top_n) & (member < story_limit))
    return _Chosen(source[keep], target[keep], score[keep], same[keep], pairs[keep])


def _later_reports(runs: np.ndarray, story: np.ndarray, far: np.ndarray) -> np.ndarray:
    """Rows (sorted by ``runs``, best first) that are a far story's second or later report in their run."""
    key = runs * (story.max(initial=0) + 2) + story + 1
    rows = np.flatnonzero(far)
    later = np.zeros(len(runs), dtype=bool)
    if len(rows):
        keys_far = key[rows]
        order = np.argsort(keys_far, kind="stable")
        repeat = np.zeros(len(rows), dtype=bool)
        repeat[order[1:]] = keys_far[order[1:]] == keys_far[order[:-1]]
        later[rows] = repeat
    return later


def _group_numbers(count: int, groups: list[list[int]]) -> np.ndarray:
    """Each article's story group number; an article in no story a negative number of its own."""
    group_of = np.arange(-1, -count - 1, -1)
    for number, group in enumerate(groups):
        group_of[group] = number
    return group_of


def _story_slots(
    runs: np.ndarray, source: np.ndarray, partner_story: np.ndarray, count: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's slot among its run's partners, and its place among the partners of its slot.

    ``runs`` (sorted; an article's same-story part, then its other part, best first),
    ``source`` and ``partner_story`` (the partner's story group, or a negative number of its
    own, ``-count`` to ``-1``) are the rows. Several reports of one event, written when the
    article was and related to it, take one of its ``top_n`` slots together: the article is
    about that event too (dated a day apart, or worded apart, it missed the story's group), so
    its reader wants every report of it, and five reports of one event must not crowd out a
    sixth report or another related subject. Reports of another occasion each take a slot.
    """
    n = count
    slot_key = source * (2 * n + 1) + partner_story + n  # the article and the partner's story
    order = np.lexsort((np.arange(len(runs)), slot_key, runs))
    changed = np.ones(len(runs), dtype=bool)
    changed[1:] = (np.diff(runs[order]) != 0) | (np.diff(slot_key[order]) != 0)
    positions = np.arange(len(runs))
    opened_at = np.maximum.accumulate(np.where(changed, positions, 0))  # in ``order``
    member = np.empty(len(runs), dtype=np.int64)
    member[order] = positions - opened_at
    first_row = np.empty(len(runs), dtype=np.int64)
    first_row[order] = order[opened_at]  # each row's slot opens at its slot's best row
    opens = (member == 0).astype(np.int64)
    before = np.cumsum(opens) - opens  # slots opened before each row, corpus-wide
    slot = before - before[np.searchsorted(runs, runs)]
    return slot[first_row], member


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
