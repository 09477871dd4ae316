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
occasion come first; distance in time never hides a pair on its own: a
2019 review and a 2024 review of one policy are still related.
"""

from __future__ import annotations

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
    strengths: np.ndarray,
    evidence: np.ndarray,
    features_a: np.ndarray,
    features_b: np.ndarray,
    min_similarity: float,
) -> np.ndarray:
    """Which pairs may be shown as related: above their length floor, with enough evidence."""
    return (strengths >= length_floor(features_a, features_b, min_similarity)) & (evidence >= MIN_EVIDENCE)
