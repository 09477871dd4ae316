"""Related articles updated from the last computation equal a computation from scratch, exactly.

A synthetic archive of 2,000 articles (the benchmark's generator: paragraphs of
the real seeds, every 25th article a retelling of the one before) goes
through rounds of random edits: a sentence changed, an article added, one
deleted, several at once. After every round the result computed with the
kept :class:`RelationMemory` must equal a cold computation: every related
list, score, shared term and story group.
"""

from __future__ import annotations

import pickle
import random
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from seed_articles.relations import RelationMemory
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import related_index, tokenize_docs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import real_paragraphs, synthetic_seed  # noqa: E402

ARTICLES = 2_000
_ABBREVIATION = re.compile(r"\b[A-ZĐ]{2,}\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return real_paragraphs()


def _doc(key: str, text: str, rng: random.Random) -> RelationDoc:
    title, _, body = text.split("\n\n", 2)
    roll = rng.random()
    if roll < 0.8:
        date = (rng.randint(2020, 2024), rng.randint(1, 12), rng.randint(1, 28), 0, 0, 0)
    elif roll < 0.85:
        date = (0, rng.randint(1, 12), rng.randint(1, 28), 0, 0, 0)  # day and month, no year
    else:
        date = None
    return RelationDoc(
        key=key,
        title=title,
        text=body,
        date_sort=date,
        abbreviations=sorted(set(_ABBREVIATION.findall(body))),
    )


def corpus(count: int, paragraphs: list[str], seed: int = 16) -> list[RelationDoc]:
    """``count`` articles as the benchmark's synthetic seeds, retellings included."""
    rng = random.Random(seed)
    docs, previous = [], None
    for index in range(count):
        retelling = previous is not None and index % 25 == 1
        text = synthetic_seed(rng, index, paragraphs, previous if retelling else None)
        previous = text.split("\n\n", 2)[2] if not retelling else None
        docs.append(_doc(f"{index:05d}", text, rng))
    return docs


def edit(docs: list[RelationDoc], kind: str, rng: random.Random, paragraphs: list[str]) -> list[RelationDoc]:
    """One random edit of the archive: a sentence changed, an article added or deleted."""
    docs = list(docs)
    if kind == "sentence":
        at = rng.randrange(len(docs))
        sentences = _SENTENCE_END.split(docs[at].text)
        replacement = rng.choice(_SENTENCE_END.split(rng.choice(paragraphs)))
        sentences[rng.randrange(len(sentences))] = replacement
        docs[at] = replace(docs[at], text=" ".join(sentences))
    elif kind == "add":
        key = f"new-{rng.randrange(10**9):09d}"
        text = synthetic_seed(rng, rng.randrange(10**6), paragraphs)
        docs.insert(rng.randrange(len(docs) + 1), _doc(key, text, rng))
    elif kind == "delete":
        docs.pop(rng.randrange(len(docs)))
    elif kind == "retell":  # a new report of an existing story: same text, another title
        source = docs[rng.randrange(len(docs))]
        docs.append(
            replace(source, key=f"retold-{rng.randrange(10**9):09d}", title=source.title + " (tin mới)")
        )
    elif kind == "date":
        at = rng.randrange(len(docs))
        docs[at] = replace(docs[at], date_sort=(2024, 5, rng.randint(1, 28), 0, 0, 0))
    return docs


def assert_same(updated, cold) -> None:
    assert updated.groups == cold.groups
    assert updated.related.keys() == cold.related.keys()
    for key, relations in cold.related.items():
        assert updated.related[key] == relations, key
    # Byte for byte, as the pages would print them.
    assert pickle.dumps(updated) == pickle.dumps(cold)


@pytest.fixture(scope="module")
def start(paragraphs):
    docs = corpus(ARTICLES, paragraphs)
    memory = RelationMemory()
    first = related_index(docs, memory=memory)
    return docs, memory, first


def test_first_computation_with_memory_equals_plain(start):
    docs, _, first = start
    assert_same(first, related_index(docs))
    assert first.groups, "the corpus has same-story groups"


ROUNDS = [
    ["sentence"],
    ["add"],
    ["delete"],
    ["sentence", "sentence", "add", "delete", "delete"],
    ["retell", "date"],
    ["sentence", "add", "add", "delete", "sentence"],
]


def test_random_edits_equal_cold_computation(start, paragraphs):
    docs, memory, _ = start
    memory = pickle.loads(pickle.dumps(memory))  # the module's memory stays as the other tests expect
    rng = random.Random(2024)
    reused_search = reused_terms = 0
    for kinds in ROUNDS:
        for kind in kinds:
            docs = edit(docs, kind, rng, paragraphs)
        tokenized = tokenize_docs(docs)
        updated = related_index(docs, tokenized=tokenized, memory=memory)
        stats = dict(memory.last)
        assert_same(updated, related_index(docs, tokenized=tokenized))
        reused_search += stats["search_rows"] - stats["search_searched"]
        reused_terms += stats["explanations_reused"]
    # The rounds took the incremental path (not a full computation every time).
    assert reused_search > len(ROUNDS) * ARTICLES // 2
    assert reused_terms > 0


def test_pickled_memory_gives_the_same_update(start, paragraphs):
    docs, memory, _ = start
    restored = pickle.loads(pickle.dumps(memory))
    kept = pickle.loads(pickle.dumps(memory))
    rng = random.Random(7)
    for kind in ("sentence", "add", "delete"):
        docs = edit(docs, kind, rng, paragraphs)
    in_process = related_index(docs, memory=kept)
    from_disk = related_index(docs, memory=restored)
    assert_same(from_disk, in_process)
    assert_same(from_disk, related_index(docs))
    assert restored.last == kept.last
    assert restored.last["search_searched"] < len(docs)


def test_relations_cache_pickles(start):
    from seed_articles.build.relations_stage import RelationsCache

    _, memory, _ = start
    cache = RelationsCache(related=memory)
    again = pickle.loads(pickle.dumps(cache))
    assert again.related.partners.keys == memory.partners.keys
    assert again.related.terms == memory.terms


def test_changed_settings_and_tiny_corpora(paragraphs):
    """Other related counts, and archives shrinking to nothing and growing back."""
    docs = corpus(300, paragraphs, seed=3)
    memory = RelationMemory()
    for top_n in (5, 8, 5):
        assert_same(related_index(docs, top_n=top_n, memory=memory), related_index(docs, top_n=top_n))
    for size in (40, 3, 2, 1, 0, 2, 25, 300):
        part = docs[:size]
        assert_same(related_index(part, memory=memory), related_index(part))


def test_memory_is_plain_data(start):
    """No functions, open files or generators hide in the memory (it is pickled between processes)."""
    _, memory, _ = start
    seen: list = []

    def walk(value, depth=0):
        assert depth < 8
        assert not callable(value) or isinstance(value, type), type(value)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(key, depth + 1)
                walk(item, depth + 1)
        elif isinstance(value, (list, tuple)):
            for item in value[:50]:
                walk(item, depth + 1)
        elif hasattr(value, "__dataclass_fields__"):
            seen.append(type(value).__name__)
            for name in value.__dataclass_fields__:
                walk(getattr(value, name), depth + 1)

    walk(memory)
    assert "PartnerMemory" in seen


def test_stage_drops_a_memory_it_cannot_use(paragraphs):
    """A cache pickled by another version: no memory, a memory of another format, a broken one."""
    from seed_articles.build.relations_stage import RelationsCache, _related_index

    docs = corpus(80, paragraphs, seed=5)
    tokenized = tokenize_docs(docs)
    cold = related_index(docs, tokenized=tokenized)
    cache = RelationsCache()
    del cache.related  # pickled before the memory existed
    assert_same(_related_index(docs, 5, tokenized, cache), cold)
    assert isinstance(cache.related, RelationMemory)
    cache.related.format = -1
    cache.related.overlaps = {key: 1.0 for key in cache.related.overlaps}  # would make every pair retold
    assert_same(_related_index(docs, 5, tokenized, cache), cold)
    cache.related.partners = "not a search"
    assert_same(_related_index(docs, 5, tokenized, cache), cold)
    assert cache.related.partners is not None and cache.related.partners != "not a search"
