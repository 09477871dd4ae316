"""When a candidate pair is shown as related: a floor that adapts to length, time and evidence.

Cosine similarity of TF-IDF vectors grows with the texts' length: two
reports of one subject share a larger part of the subject's vocabulary the
more of it each one writes, and two unrelated texts share more generic
words too. Measured on this project's articles, both grow about as the
square root of the texts' feature counts (unrelated pairs: about 0.06 at
150-200 features, 0.08-0.14 at 300-1,000; one subject: 0.2-0.5 at 150-250,
0.4-0.6 at 500-1,000). A fixed floor calibrated on long articles therefore
drops short articles on one subject; the floor here scales the same way.

A lower floor alone would let two short texts link on a few shared words,
so a pair also needs evidence: shared features that are not common to most
of the corpus, multi-syllable words counting double.

News on one subject clusters in time: match reports, weather bulletins or
yearly conferences reuse one vocabulary on different occasions. Among the
pairs that may link, two dated articles further apart than a story lasts
rank lower the further apart they are (down to half), so the articles of one
occasion come first. Distance hides only a weak pair: months apart, a pair
must clear its floor by 60 % (two texts sharing general words of trade
or prices, a year apart, are a coincidence more often than a subject), while
a 2019 review and a 2024 review of one policy are still related.

A report of a story (:mod:`.stories`) is judged with its story: an article
outside the story links to it only if the story's other reports are related
to that article too (:func:`story_related`), so one report's side angle (a
friendly match during a visit) does not send its readers to another subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse

# Feature count (distinct syllables and pairs) at and above which the fixed floor
# applies: the long articles it was measured on (5-13 KB) have 475-1,100.
REFERENCE_FEATURES = 600

# Shared evidence a related pair needs: e.g. three two-syllable words, or two and two syllables.
MIN_EVIDENCE = 3.0
PAIR_WEIGHT = 1.0  # a multi-syllable word ("biên giới") names a subject better...
SYLLABLE_WEIGHT = 0.5  # ...than one syllable
# Features in more than this share of the articles are the corpus's common vocabulary.
GENERIC_SHARE = 0.5

# Past the story window, a pair's rank weight halves with every this many days apart...
HALF_LIFE_DAYS = 30.0
# ...down to this: similarity still decides between articles of other occasions.
MIN_TIME_FACTOR = 0.5
# Unknown distance in time: maybe close, maybe far, so less certain than a pair known to be close.
UNDATED_FACTOR = 0.8
# Share of its floor a pair's time-weighted score must reach: at the largest distance
# (factor 0.5) the similarity must be 1.6 times the floor; close pairs and undated ones just
# the floor. 0.75 (1.5 times) let two short texts of one field four months apart link on its
# vocabulary and one shared name (a coffee export rule and an FTA forum, 1.51 times); the
# weakest far pair of one subject in the corpus weighs 0.98 of its floor.
FAR_FLOOR_SHARE = 0.8
# A pair with a date unknown may be months apart: unless it names this many same things, it
# must clear its floor by this much.
UNDATED_CLEARANCE = 1.25
UNDATED_NAMES = 2
# A pair that shares no name (no place, person, organisation or meeting both write) must clear
# its floor by this much: subject vocabulary alone ("doanh nghiệp", "xuất khẩu", "gian hàng")
# relates two texts of one field, not two reports of one subject.
UNNAMED_CLEARANCE = 1.5
# Names in more than this share of the articles ("Việt Nam"), and in more than a few of
# them, name nothing in particular (in an archive of five, three reports may name one unit).
COMMON_NAME_SHARE = GENERIC_SHARE
COMMON_NAME_MIN_DOCS = 5
# A price or market report (its headline names a price) and a story whose headline does not:
# the pair must clear its floor by this much. Both write the goods, the province and the
# market ("cà phê", "Đắk Lắk", "xuất khẩu"), so they are alike by the words of a field; the
# report is about what a price did today, the story about something that happened (a trade
# fair, a new rule). Two price reports, or two stories, are judged as before. On the corpus
# every headline naming a price is a price bulletin, and such a pair linked at up to 1.62 times
# its floor.
PRICE_CLEARANCE = 2.0
# "giá" as price, not as value ("giá trị", "trị giá"), cost ("giá thành") or assessment ("đánh giá").
_PRICE_HEADLINE = re.compile(r"(?<![\w])(?<!đánh )(?<!trị )(?<!định )giá(?![\w])(?! trị)(?! thành)")


def price_headlines(titles: Sequence[str]) -> np.ndarray:
    """Whether each headline names a price ("Giá cà phê hôm nay …", "… được giá"), bool per title."""
    return np.array([bool(_PRICE_HEADLINE.search(title.casefold())) for title in titles], dtype=bool)


def evidence_weights(matrix: sparse.csr_matrix, is_pair: np.ndarray) -> np.ndarray:
    """Weight of each column as evidence: 0 for common vocabulary, more for pairs than syllables."""
    documents = np.bincount(matrix.indices, minlength=matrix.shape[1])
    generic = documents > GENERIC_SHARE * matrix.shape[0]
    return np.where(generic, 0.0, np.where(is_pair, PAIR_WEIGHT, SYLLABLE_WEIGHT))


def length_scale(features_a: np.ndarray, features_b: np.ndarray) -> np.ndarray:
    """How far each pair's scores reach compared with long texts: 1 for long texts, less for short.

    The square root of the pair's geometric-mean feature count over
    :data:`REFERENCE_FEATURES` (capped at 1), the way scores grow. Every
    threshold on cosine similarity that was measured on long articles (this
    module's floor, the same-story thresholds of :mod:`.stories`) is
    multiplied by it.
    """
    mean_features = np.sqrt(np.asarray(features_a, dtype=np.float64) * np.asarray(features_b))
    return np.sqrt(np.minimum(mean_features / REFERENCE_FEATURES, 1.0))


def length_floor(features_a: np.ndarray, features_b: np.ndarray, min_similarity: float) -> np.ndarray:
    """The similarity floor of each pair: ``min_similarity`` for long texts, lower for short ones."""
    return min_similarity * length_scale(features_a, features_b)


def time_factor(gaps: np.ndarray, story_days: int) -> np.ndarray:
    """Weight of each pair for its distance in days (``-1``: a date unknown).

    1 within ``story_days``, then halving every :data:`HALF_LIFE_DAYS`, never
    below :data:`MIN_TIME_FACTOR`.
    """
    beyond = np.maximum(gaps - story_days, 0).astype(np.float64)
    decayed = np.maximum(np.exp2(-beyond / HALF_LIFE_DAYS), MIN_TIME_FACTOR)
    return np.where(gaps < 0, UNDATED_FACTOR, decayed)


def linkable(
    scores: np.ndarray,
    evidence: np.ndarray,
    features_a: np.ndarray,
    features_b: np.ndarray,
    min_similarity: float,
    time_factors: np.ndarray | None = None,
    names: np.ndarray | None = None,
    gaps: np.ndarray | None = None,
    apart: np.ndarray | None = None,
) -> np.ndarray:
    """Which pairs may be shown as related: above their length floor, with enough evidence.

    With ``time_factors`` (:func:`time_factor`), a pair far apart in time also needs its
    weighted score to reach :data:`FAR_FLOOR_SHARE` of the floor: two texts that share only
    some general vocabulary (trade, prices, meetings) and were written months apart are a
    coincidence more often than a subject; a strong similarity still links at any distance.
    With ``gaps`` (days apart, -1 unknown), a pair with a date unknown must clear its floor
    by :data:`UNDATED_CLEARANCE`, as it may be months apart, unless it shares
    :data:`UNDATED_NAMES` names or more.

    With ``names`` (shared names of each pair, :func:`shared_names`), a pair that shares
    none must clear its floor by :data:`UNNAMED_CLEARANCE`. Two reports of one subject name
    the same place, unit, meeting or person; two texts of one field (an export forum and a
    trade agreement seminar, a food festival and a trade fair) share its vocabulary, and in
    an archive about another subject that vocabulary is rare, so TF-IDF weighs it as if it
    were specific. Short texts, whose floor is low, are where this tells.

    With ``apart`` (bool per pair: one end is a price report, the other not,
    :func:`price_headlines`), such a pair must clear its floor by :data:`PRICE_CLEARANCE`.
    """
    floor = length_floor(features_a, features_b, min_similarity)
    required = floor
    if names is not None:
        required = np.where(names > 0, required, UNNAMED_CLEARANCE * floor)
    if gaps is not None:
        uncertain = gaps < 0
        if names is not None:
            uncertain &= names < UNDATED_NAMES
        required = np.where(uncertain, np.maximum(required, UNDATED_CLEARANCE * floor), required)
    if apart is not None:
        required = np.where(apart, np.maximum(required, PRICE_CLEARANCE * floor), required)
    shown = (scores >= required) & (evidence >= MIN_EVIDENCE)
    if time_factors is not None:
        shown &= scores * time_factors >= FAR_FLOOR_SHARE * floor
    return shown


# Candidate pairs whose shared names are counted at once.
_NAMES_BLOCK = 20_000


def shared_names(names: sparse.csr_matrix, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """How many names rows ``first[k]`` and ``second[k]`` of ``names`` both write (int64).

    ``names`` is a binary documents × features matrix of the features each document writes
    as a name (:meth:`.features.CorpusTokens.name_matrix`). Names in more than
    :data:`COMMON_NAME_SHARE` of the documents (and more than :data:`COMMON_NAME_MIN_DOCS`)
    do not count.
    """
    particular = particular_names(names)
    counts = [
        np.diff(
            particular[first[start : start + _NAMES_BLOCK]]
            .multiply(particular[second[start : start + _NAMES_BLOCK]])
            .tocsr()
            .indptr
        )
        for start in range(0, len(first), _NAMES_BLOCK)
    ]
    return np.concatenate(counts).astype(np.int64) if counts else np.zeros(0, dtype=np.int64)


def particular_names(names: sparse.csr_matrix) -> sparse.csr_matrix:
    """``names`` without the columns of names too common to tell anything (see :func:`shared_names`)."""
    n = names.shape[0]
    documents = np.bincount(names.indices, minlength=names.shape[1])
    common = (documents > COMMON_NAME_SHARE * n) & (documents > COMMON_NAME_MIN_DOCS)
    particular = names.multiply((~common).astype(np.int8)[None, :]).tocsr()
    particular.eliminate_zeros()
    return particular


# Article-report pairs scored at once when their similarity is not known yet.
_STORY_BLOCK = 2_000


def story_related(
    matrix: sparse.csr_matrix,
    first: np.ndarray,
    second: np.ndarray,
    scores: np.ndarray,
    groups: list[list[int]],
    check: np.ndarray,
    min_similarity: float,
    cosine: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> np.ndarray:
    """Which pairs are related at the level of their stories (bool per pair).

    A report of a story often has an angle of its own (a side event of a
    visit, a match between two delegations) that the story is not about: by
    its own text it resembles articles on that angle's subject. So when an
    article belongs to a story group, an article outside the group is related
    to it only if the rest of the story vouches for it too: its mean
    similarity to the story's *other* reports is at least the mean of their
    length floors (:func:`length_floor`). That is the story's mean with the
    report's own similarity counted only up to its floor, so however close
    the report is to the article, its angle alone never carries the link;
    an article on the story's subject resembles every report and passes. A report more alike
    to the article than to every other report of its story is no side angle of it: the story
    is bound more loosely than the pair (two seminars of one day grouped by a shared treaty
    name), and the pair is left alone. (The caller does not ask about a pair that is itself
    a same-story pair.)

    ``first``/``second`` are the candidate pairs (``first < second``) and
    ``scores`` their cosine similarity (``matrix`` holds l2-normalised
    rows); ``groups`` the story groups (2+ articles each). Checked from both
    ends of a pair, each end that is in a story. Pairs of one story, pairs
    whose ends are in no story, and pairs where ``check`` is False are left
    alone (True). Similarities to the other reports are the candidates'
    scores where the search found the pair, computed otherwise.
    """
    n = matrix.shape[0]
    result = np.ones(len(first), dtype=bool)
    if not groups:
        return result
    members = np.concatenate([np.asarray(group, dtype=np.int64) for group in groups])
    sizes = np.array([len(group) for group in groups], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])  # where each story's reports begin in ``members``
    group_of = np.full(n, -1, dtype=np.int64)
    group_of[members] = np.repeat(np.arange(len(groups)), sizes)
    judged, articles, reports = [], [], []
    for member, other in ((first, second), (second, first)):
        found = np.flatnonzero(check & (group_of[member] >= 0) & (group_of[member] != group_of[other]))
        judged.append(found)
        articles.append(other[found])
        reports.append(member[found])
    pairs, article, own = np.concatenate(judged), np.concatenate(articles), np.concatenate(reports)
    if not len(pairs):
        return result
    # One entry per (judged pair, report of the story other than its own).
    story = group_of[own]
    counts = sizes[story]
    entry_start = np.concatenate([[0], np.cumsum(counts)[:-1]])
    every = members[np.repeat(starts[story] - entry_start, counts) + np.arange(int(counts.sum()))]
    owner = np.repeat(np.arange(len(pairs)), counts)
    rest = every != own[owner]
    owner, report, reader = owner[rest], every[rest], article[owner[rest]]
    similarity = _pair_scores(matrix, first, second, scores, reader, report, cosine)
    margin = similarity - length_floor(
        np.diff(matrix.indptr)[reader], np.diff(matrix.indptr)[report], min_similarity
    )
    # Each judged pair's entries are one run (its story has 2+ reports, so never empty).
    vouched = np.add.reduceat(margin, np.concatenate([[0], np.cumsum(counts - 1)[:-1]])) >= 0
    # A report more alike to the article than to any other report of its story is no side angle
    # of that story: the story is bound more loosely than the pair (a weak group of two events).
    vouched |= scores[pairs] > _story_bond(matrix, first, second, scores, groups, own, cosine)
    np.logical_and.at(result, pairs, vouched)
    return result


def _story_bond(
    matrix: sparse.csr_matrix,
    first: np.ndarray,
    second: np.ndarray,
    scores: np.ndarray,
    groups: list[list[int]],
    reports: np.ndarray,
    cosine: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> np.ndarray:
    """Each of ``reports``' best similarity to another report of its own story."""
    wanted = np.unique(reports)
    a, b = [], []
    for group in groups:
        members = np.asarray(group, dtype=np.int64)
        inside = members[np.isin(members, wanted)]
        if len(inside):
            a.append(np.repeat(inside, len(members)))
            b.append(np.tile(members, len(inside)))
    a_all, b_all = np.concatenate(a), np.concatenate(b)
    other = a_all != b_all
    a_all, b_all = a_all[other], b_all[other]
    similarity = _pair_scores(matrix, first, second, scores, a_all, b_all, cosine)
    bond = np.zeros(matrix.shape[0])
    np.maximum.at(bond, a_all, similarity)
    return bond[reports]


def _pair_scores(
    matrix: sparse.csr_matrix,
    first: np.ndarray,
    second: np.ndarray,
    scores: np.ndarray,
    a: np.ndarray,
    b: np.ndarray,
    cosine: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> np.ndarray:
    """Cosine similarity of rows ``a[k]``, ``b[k]``: the candidates' score where known, else computed."""
    n = matrix.shape[0]
    known = first * n + second
    order = np.argsort(known, kind="stable")
    known = known[order]
    wanted = np.minimum(a, b) * n + np.maximum(a, b)
    at = np.minimum(np.searchsorted(known, wanted), max(len(known) - 1, 0))
    found = known[at] == wanted if len(known) else np.zeros(len(wanted), dtype=bool)
    result = np.where(found, scores[order[at]] if len(known) else 0.0, 0.0).astype(np.float64)
    missing = np.flatnonzero(~found)
    if cosine is not None:
        result[missing] = cosine(a[missing], b[missing])
        return result
    for lo in range(0, len(missing), _STORY_BLOCK):
        block = missing[lo : lo + _STORY_BLOCK]
        products = matrix[a[block]].multiply(matrix[b[block]])
        result[block] = np.asarray(products.sum(axis=1), dtype=np.float64).ravel()
    return result
