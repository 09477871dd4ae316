"""What the relation stage keeps from one computation to update the next.

A rebuild after a few seeds changed computes the relations again, and its
result must equal a computation from scratch byte for byte. TF-IDF weights
depend on every document (each one's frequency, and the corpus size), so
any change of the corpus moves almost every normalised vector a little (a
seed edited by one sentence changes the vectors of 85-100 % of the articles
of a 2,000-article archive). But an edit that keeps the corpus size changes
the weights of few *features* (those whose document frequency changed), and
integer sums of integer weights can be updated exactly. What is kept,
checked or updated exactly:

* the candidate search (:mod:`.partners`): each article's best partners and
  a bound on every partner it did not list; a row whose best partners are
  still clear of that bound after the vectors moved keeps them, the others
  are searched again;
* the exact score of a pair of unchanged texts (:mod:`.pair_scores`): its
  integer dot product moves only by the features whose document frequency
  changed;
* the explanation of a pair (:mod:`.explanations`): its ranked shared
  features with their integer products; the ranking is updated from the
  moved features when that provably gives the full ranking (else the pair is
  ranked again), and when it and both texts are unchanged the phrases grown
  from it are reused;
* the retelling test of a pair (:func:`.candidates._retold`): the overlap of
  the two texts' runs of wording depends on the two texts alone;
* the token table and the feature counts (:mod:`.token_table`): the rows of
  unchanged texts are copied, only changed texts are counted;
* the search among articles dated close in time (:mod:`.windows`): as the
  candidate search, each row's best partners in its window and a bound, kept
  when still clear of it;
* the people each text names (:func:`.stories.same_story_pairs`), by the
  text's digest.

Everything here is plain data (lists, dicts, NumPy and SciPy arrays), so a
:class:`RelationMemory` can be pickled and restored in another process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from .features import TokenizedText


@dataclass
class PartnerMemory:
    """The candidate search of the last computation (see :mod:`.partners`)."""

    keys: list[str]  # document key of each row
    digests: list[bytes]  # digest of each row's tokens (:func:`token_digests`)
    syllables: list[str]  # the corpus's syllable keys, which feature numbers are made of
    numbers: np.ndarray  # feature number of each column of ``pruned``
    pruned: sparse.csr_matrix  # the pruned TF-IDF rows that were searched
    lists: sparse.csr_matrix  # each row's best partners (columns are rows), with their products
    bounds: np.ndarray  # no partner outside a row's list has a larger product than this
    settings: tuple  # what the search was asked for (partners per row, list length)
    # The window search made with these rows (:mod:`.windows`): its products are of ``pruned``.
    window: WindowMemory | None = None


@dataclass
class WindowMemory:
    """The search among articles dated close in time of the last computation (see :mod:`.windows`).

    Rows are those of the :class:`PartnerMemory` it belongs to.
    """

    ordinals: np.ndarray  # day of each row, -1 when the row is in no window (not dated to the day)
    lists: sparse.csr_matrix  # each row's best partners in its window (columns are rows), with products
    bounds: np.ndarray  # no partner of its window outside a row's list has a larger product than this
    settings: tuple  # (days, partners per row, list length)


@dataclass
class ScoreMemory:
    """The exact scores of the last computation's candidate pairs (see :mod:`.pair_scores`)."""

    keys: list[str]  # document key of each row
    digests: list[bytes]  # digest of each row's tokens (:func:`token_digests`)
    syllables: list[str]  # the corpus's syllable keys, which feature numbers are made of
    numbers: np.ndarray  # feature number of each column
    df: np.ndarray  # document frequency of each column
    n: int  # documents
    first: np.ndarray  # the pairs (rows, first < second)
    second: np.ndarray
    dots: np.ndarray  # their integer dot products
    units: np.ndarray  # their evidence in half features
    stamp: bytes  # tells this computation from any other


@dataclass
class TokensMemory:
    """The corpus's token table and feature counts of the last computation (see :mod:`.token_table`).

    The table's numbering of written tokens is its own (a table updated from this one
    numbers them in another order than one made from scratch); nothing computed from
    the table depends on it. Feature numbers are those of a table made from scratch.
    """

    digests: list[bytes]  # digest of each row's tokens (:func:`token_digests`)
    surfaces: list[str]  # every token written in the corpus, by table number
    key_of: np.ndarray  # the number in ``keys`` of each one's tone key, -1 for punctuation (int32)
    is_feature: np.ndarray  # each one is a feature, a capitalised word, a word in capitals (bool)
    is_capitalised: np.ndarray
    is_acronym: np.ndarray
    distinct_numbers: np.ndarray  # table numbers of each row's distinct tokens, rows end to end (int32)
    distinct_starts: np.ndarray  # where each row's start in ``distinct_numbers`` (rows + 1)
    keys: list[str]  # the corpus's syllable keys, sorted (CorpusTokens.keys)
    numbers: np.ndarray  # feature number of each column of the counts
    indptr: np.ndarray  # the counts (documents × features, CSR)
    indices: np.ndarray
    data: np.ndarray


# Changes whenever what is kept, or how it is computed, changes: a memory of another
# format (a cache written by another version of the plugin) is dropped, never trusted.
FORMAT = 4


@dataclass
class RelationMemory:
    """Everything :func:`.similarity.related_index` keeps between computations (picklable)."""

    format: int = FORMAT
    partners: PartnerMemory | None = None
    scores: ScoreMemory | None = None
    # (digest, digest) of a pair, smaller first → (its ranked shared features as feature
    # numbers (int64 bytes, numbered with ``term_syllables``), the term keys chosen from them,
    # the integer product of its last ranked feature).
    terms: dict[tuple[bytes, bytes], tuple[bytes, list[str], int]] = field(default_factory=dict)
    term_syllables: list[str] = field(default_factory=list)
    terms_stamp: bytes = b""  # ScoreMemory.stamp of the computation that made ``terms``
    # (digest, digest, hash bits) of a pair → share of the runs of wording of the shorter text
    # found in the other (:func:`.candidates._retold`).
    overlaps: dict[tuple[bytes, bytes, int], float] = field(default_factory=dict)
    # The token table and feature counts, updated for the changed rows only (:mod:`.token_table`).
    tokens: TokensMemory | None = None
    # Digest of a text → the keys of the people it names (:func:`.stories.same_story_pairs`).
    people: dict[bytes, frozenset[str]] = field(default_factory=dict)
    # What the last computation reused and redid (for logs, tests and benchmarks).
    last: dict[str, int] = field(default_factory=dict)

    def check_format(self) -> None:
        """Forget everything kept if it was kept in another format."""
        if getattr(self, "format", None) != FORMAT:
            fresh = RelationMemory()
            self.__dict__.clear()
            self.__dict__.update(fresh.__dict__)


def token_digests(tokenized: Sequence[TokenizedText]) -> list[bytes]:
    """A digest of each document's tokens: equal digests, equal texts for the relation stage."""
    return [doc.digest for doc in tokenized]


def pair_key(a: bytes, b: bytes) -> tuple[bytes, bytes]:
    return (a, b) if a <= b else (b, a)


def renumber(numbers: np.ndarray, old: list[str], new: list[str]) -> np.ndarray:
    """Feature numbers made with syllable keys ``old``, numbered with ``new`` (-1: a key is gone).

    Syllable ``a`` is ``a * (K + 1)``, pair ``(a, b)`` ``a * (K + 1) + b + 1``
    (:meth:`.features.CorpusTokens.feature_counts`).
    """
    numbers = np.asarray(numbers, dtype=np.int64)
    if old == new:
        return numbers
    position = {key: n for n, key in enumerate(new)}
    mapping = np.array([position.get(key, -1) for key in old] + [-1], dtype=np.int64)
    first, second = np.divmod(numbers, len(old) + 1)
    a = mapping[first]
    b = mapping[np.where(second > 0, second - 1, len(old))]
    found = (a >= 0) & ((second == 0) | (b >= 0))
    return np.where(found, a * (len(new) + 1) + np.where(second > 0, b + 1, 0), -1)
