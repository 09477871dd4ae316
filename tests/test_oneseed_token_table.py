"""The token table and feature counts updated from the last computation equal those made from scratch.

:mod:`seed_articles.relations.token_table` copies the rows of unchanged texts and
counts the changed ones only. After random edits (a sentence changed, a new word
that adds a syllable key, the only text writing a word deleted, texts added,
duplicated, emptied) everything read from the updated table must equal a table
made from scratch: keys, feature numbers, the counts matrix byte for byte, and
what the relation stage reads of the written forms (names, shingles, surface
counts, texts as key characters), and the TF-IDF matrix built on them.
"""

from __future__ import annotations

import pickle
import random
import sys
from pathlib import Path

import numpy as np
import pytest
from seed_articles.relations import RelationMemory
from seed_articles.relations.corpus import vectorize
from seed_articles.relations.features import CorpusTokens, tokenize
from seed_articles.relations.memory import token_digests
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.token_table import remember, updated_corpus

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import real_paragraphs  # noqa: E402

NEW_WORDS = ["Zyxwvu", "ÔNGKHÔNGTỒNTẠI", "quạxyz Trúcmới", "Kuala Lumpur", "Pặc Pó"]


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return real_paragraphs()


def _texts(count: int, paragraphs: list[str], rng: random.Random) -> list[str]:
    return ["\n".join(rng.sample(paragraphs, rng.randint(1, 4))) for _ in range(count)]


def _edit(texts: list[str], rng: random.Random, paragraphs: list[str]) -> list[str]:
    texts = list(texts)
    kind = rng.choice(["sentence", "word", "add", "delete", "duplicate", "empty", "move", "blank"])
    at = rng.randrange(len(texts)) if texts else 0
    if kind == "sentence" and texts:
        texts[at] += " " + rng.choice(paragraphs).split(". ")[0] + "."
    elif kind == "word" and texts:
        texts[at] += f" {rng.choice(NEW_WORDS)} {rng.randrange(100)}, {rng.choice(NEW_WORDS)}."
    elif kind == "add":
        texts.insert(at, rng.choice(paragraphs) + f" {rng.choice(NEW_WORDS)}")
    elif kind == "delete" and texts:
        texts.pop(at)
    elif kind == "duplicate" and texts:
        texts.append(texts[at])
    elif kind == "empty" and texts:
        texts[at] = rng.choice(["", "12, 13.", "và của"])
    elif kind == "blank":
        texts = [""] * rng.randint(0, 3) + texts
    elif kind == "move" and len(texts) > 1:
        texts.insert(rng.randrange(len(texts)), texts.pop(at))
    return texts


def _view(table: CorpusTokens, found) -> tuple:
    """Everything the relation stage reads of a table and its counts (not the table's own numbering)."""
    n = len(table)
    rows = np.arange(n)
    counts = found.counts if found is not None else None
    return (
        n,
        table.keys,
        table.starts.tobytes(),
        table.doc_of_token.tobytes(),
        [table.feature_text(i) for i in rows],
        table.key_chars,
        sorted(table.surface_counts().items()),
        sorted(table.capitalised_pairs().items()),
        table.shingle_hash_bits(),
        None
        if found is None
        else (found.numbers.tobytes(), found.numbers.dtype.str, found.is_pair.tobytes()),
        None
        if counts is None
        else tuple((a.tobytes(), a.dtype.str) for a in (counts.data, counts.indices, counts.indptr)),
        None if counts is None else counts.shape,
        None if found is None else pickle.dumps(table.name_matrix(found.numbers)),
        pickle.dumps(table.shingle_sets(rows)) if n else None,
        [table.feature_name(int(x)) for x in found.numbers[:: max(1, len(found.numbers) // 200)]]
        if found is not None
        else None,
    )


def test_updated_table_equals_table_from_scratch(paragraphs):
    rng = random.Random(11)
    texts = _texts(120, paragraphs, rng)
    tokenized = [tokenize(text) for text in texts]
    table = CorpusTokens(tokenized)
    memory = remember(table, table.feature_counts(), token_digests(tokenized))
    updated_rounds = 0
    for round_number in range(40):
        for _ in range(rng.randint(1, 3)):
            texts = _edit(texts, rng, paragraphs)
        tokenized = [tokenize(text) for text in texts]
        digests = token_digests(tokenized)
        cold = CorpusTokens(tokenized)
        cold_found = cold.feature_counts()
        made = updated_corpus(memory, tokenized, digests)
        if made is None:
            continue
        updated_rounds += 1
        warm, warm_found = made
        assert _view(warm, warm_found) == _view(cold, cold_found), round_number
        # The next round updates the updated table (a memory pickled as the cache keeps it).
        memory = pickle.loads(pickle.dumps(remember(warm, warm_found, digests)))
    assert updated_rounds > 30


def test_many_changes_are_counted_from_scratch(paragraphs):
    rng = random.Random(3)
    tokenized = [tokenize(text) for text in _texts(40, paragraphs, rng)]
    table = CorpusTokens(tokenized)
    memory = remember(table, table.feature_counts(), token_digests(tokenized))
    other = [tokenize(text) for text in _texts(40, paragraphs, rng)]
    assert updated_corpus(memory, other, token_digests(other)) is None


def test_vectorize_with_memory_equals_cold(paragraphs):
    """The TF-IDF matrix and integer weights of an updated table, byte for byte, through edits."""
    rng = random.Random(5)
    texts = _texts(150, paragraphs, rng)
    memory = RelationMemory()
    for round_number in range(12):
        docs = [RelationDoc(key=f"{n}", title=text[:30], text=text) for n, text in enumerate(texts)]
        tokenized = [tokenize(f"{doc.title}\n{doc.text}") for doc in docs]
        warm = vectorize(docs, tokenized, memory)
        cold = vectorize(docs, tokenized)
        assert pickle.dumps((warm.matrix, warm.numbers, warm.is_pair, warm.totals)) == pickle.dumps(
            (cold.matrix, cold.numbers, cold.is_pair, cold.totals)
        ), round_number
        assert pickle.dumps(warm.weights) == pickle.dumps(cold.weights)
        assert round_number == 0 or memory.last["tokens_counted"] <= 4
        memory.last = {}
        memory = pickle.loads(pickle.dumps(memory))
        for _ in range(rng.randint(1, 2)):
            texts = _edit(texts, rng, paragraphs)


def test_texts_without_words(paragraphs):
    """Updates to and from corpora of empty texts, punctuation and numbers only."""
    series = [
        ["", ""],
        ["", "12, 13.", ""],
        [paragraphs[0], ""],
        ["", ""],
        [paragraphs[1], paragraphs[0], "."],
    ]
    tokenized = [tokenize(text) for text in series[0]]
    table = CorpusTokens(tokenized)
    found = table.feature_counts()
    memory = remember(table, found, token_digests(tokenized)) if found is not None else None
    for texts in series[1:]:
        tokenized = [tokenize(text) for text in texts]
        digests = token_digests(tokenized)
        cold = CorpusTokens(tokenized)
        cold_found = cold.feature_counts()
        if memory is not None:
            made = updated_corpus(memory, tokenized, digests)
            if made is not None:
                assert _view(*made) == _view(cold, cold_found)
        memory = remember(cold, cold_found, digests) if cold_found is not None else None
