"""The corpus as the relation stage weighs it: TF-IDF rows, integer weights, tokens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer

from ..parallel import parallel_map
from .features import CorpusTokens, TokenizedText, tokenize
from .memory import RelationMemory, TokensMemory, token_digests
from .model import RelationDoc
from .pair_scores import IntegerWeights, integer_weights
from .token_table import remember, updated_corpus


@dataclass
class Corpus:
    matrix: sparse.csr_matrix  # TF-IDF, rows l2-normalised, columns in feature-string order
    numbers: np.ndarray  # feature number of each column (CorpusTokens.feature_name)
    is_pair: np.ndarray  # column is a syllable pair
    totals: np.ndarray  # occurrences of each feature in the corpus
    tokens: CorpusTokens
    weights: IntegerWeights  # the weights as integers, for exact scores (:mod:`.pair_scores`)

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


def vectorize(
    docs: Sequence[RelationDoc],
    tokenized: Sequence[TokenizedText] | None = None,
    memory: RelationMemory | None = None,
) -> Corpus | None:
    """TF-IDF matrix of the documents.

    Counting is vectorised over the whole corpus (:class:`CorpusTokens`);
    the weighting is scikit-learn's ``TfidfTransformer``, so the result
    equals ``TfidfVectorizer(analyzer=features_of, sublinear_tf=True, norm="l2")``.
    With ``memory``, the token table and counts are updated from the last
    computation's for the texts that changed (:mod:`.token_table`), and kept for the next.
    """
    texts = tokenized if tokenized is not None else tokenize_docs(docs)
    digests = token_digests(texts)
    kept = getattr(memory, "tokens", None) if memory is not None else None
    made = updated_corpus(kept, texts, digests) if isinstance(kept, TokensMemory) else None
    if made is None:
        tokens = CorpusTokens(texts)
        found = tokens.feature_counts()
    else:
        tokens, found = made
    if memory is not None:
        known = set(kept.digests) if made is not None and kept is not None else set()
        memory.last["tokens_counted"] = sum(digest not in known for digest in digests)
        memory.tokens = remember(tokens, found, digests) if found is not None else None
    if found is None:
        return None
    totals = np.asarray(found.counts.sum(axis=0)).ravel()
    transformer = TfidfTransformer(sublinear_tf=True, norm="l2")
    matrix = transformer.fit_transform(found.counts).astype(np.float32).tocsr()
    matrix.sort_indices()
    weights = integer_weights(found.counts, found.is_pair)
    return Corpus(matrix, found.numbers, found.is_pair, totals, tokens, weights)
