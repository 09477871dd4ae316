"""Integer scores (relations.pair_scores) and the explanations they let a rebuild keep."""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from seed_articles.relations.explanations import shared_term_keys
from seed_articles.relations.memory import RelationMemory, token_digests
from seed_articles.relations.pair_scores import score_pairs
from seed_articles.relations.similarity import _vectorize, tokenize_docs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_relations_incremental import corpus, edit  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import real_paragraphs  # noqa: E402


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return real_paragraphs()


def _all_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    first, second = np.triu_indices(n, k=1)
    return first.astype(np.int64), second.astype(np.int64)


def _scores(docs, memory=None):
    tokenized = tokenize_docs(docs)
    found = _vectorize(docs, tokenized)
    first, second = _all_pairs(len(docs))
    rows = ([d.key for d in docs], token_digests(tokenized), found.tokens.keys, found.numbers)
    scored, kept, stats = score_pairs(found.weights, first, second, *rows, memory)
    return found, first, second, scored, kept, stats


def test_integer_scores_are_the_tfidf_cosine(paragraphs):
    found, first, second, scored, _, _ = _scores(corpus(60, paragraphs))
    dense = found.matrix.toarray().astype(np.float64)
    cosine = np.einsum("ij,ij->i", dense[first], dense[second])
    assert np.allclose(scored.scores, cosine, atol=2e-5)
    # The evidence: shared distinctive features, pairs counting double.
    assert (scored.evidence >= 0).all() and scored.evidence.max() > 3
    assert np.array_equal(found.weights.cosine(first, second), scored.scores)


@pytest.mark.parametrize("kind", ["sentence", "date", "retell"])
def test_updated_scores_equal_fresh_ones(paragraphs, kind):
    docs = corpus(120, paragraphs)
    _, _, _, _, kept, _ = _scores(docs)
    edited = edit(docs, kind, random.Random(3), paragraphs)
    fresh = _scores(edited)
    updated = _scores(edited, kept)
    assert np.array_equal(updated[3].scores, fresh[3].scores)
    assert np.array_equal(updated[3].evidence, fresh[3].evidence)
    if kind != "retell":  # one more article: every weight moves, nothing is updated
        assert updated[5]["updated"] > 0.9 * len(updated[1])


def test_explanations_kept_equal_fresh_ones(paragraphs):
    docs = corpus(120, paragraphs)
    memory = RelationMemory()
    found, first, second, _, memory.scores, _ = _scores(docs)
    pairs = list(zip(first.tolist()[::7], second.tolist()[::7], strict=True))
    shared_term_keys(found, pairs, token_digests(tokenize_docs(docs)), memory)
    rng = random.Random(5)
    edited = list(docs)
    for _ in range(3):
        at = rng.randrange(len(edited))
        edited[at] = replace(edited[at], text=edited[at].text + " " + rng.choice(paragraphs))
    tokenized = tokenize_docs(edited)
    again = _vectorize(edited, tokenized)
    rows = ([d.key for d in edited], token_digests(tokenized), again.tokens.keys, again.numbers)
    scored, memory.scores, _ = score_pairs(again.weights, first, second, *rows, memory.scores)
    assert scored.moved is not None and len(scored.moved)
    updated = shared_term_keys(again, pairs, rows[1], memory, scored.moved)
    assert memory.last["explanations_settled"] > len(pairs) // 2
    assert updated == shared_term_keys(again, pairs, rows[1])
