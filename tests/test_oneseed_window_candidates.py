"""The window search and the same-story people updated from the last computation equal a cold one.

After a few documents changed, :mod:`seed_articles.relations.windows` keeps each
steady row's best partners among the articles dated within a story's window (and
searches again only the rows that need it), and :func:`.stories.same_story_pairs`
reuses the people found in unchanged texts. After random edits (a sentence added,
dates moved into or out of other articles' windows, a date made partial or removed,
articles added and removed) the window pairs and the relations must equal a
computation from scratch exactly; and after a one-seed edit only a few rows are
searched again and few texts read for names (a silent fall back to a cold search
would fail here).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import numpy as np
import pytest
from seed_articles.relations import RelationMemory, related_index, similarity
from seed_articles.relations import candidates as candidates_module
from seed_articles.relations.model import RelationDoc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import real_paragraphs  # noqa: E402

PEOPLE = [
    "Đại tướng Phan Văn Giang",
    "Thượng tướng Hoàng Xuân Chiến",
    "Bộ trưởng Bùi Thanh Sơn",
    "Thiếu tướng Nguyễn Văn Minh",
]
START = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return real_paragraphs()


def _date(rng: random.Random) -> tuple | None:
    roll = rng.random()
    if roll < 0.08:
        return None
    if roll < 0.12:
        return (2025, rng.randint(3, 4), 0, 0, 0, 0)  # a month only: in no window
    day = START + dt.timedelta(days=rng.randint(0, 30))
    return (day.year, day.month, day.day, 0, 0, 0)


def _text(rng: random.Random, paragraphs: list[str]) -> str:
    parts = rng.sample(paragraphs, rng.randint(1, 3))
    if rng.random() < 0.5:
        parts.append(
            f"Phát biểu tại buổi làm việc, {rng.choice(PEOPLE)} đề nghị các đơn vị phối hợp chặt chẽ."
        )
    return "\n".join(parts)


def _doc(key: str, rng: random.Random, paragraphs: list[str]) -> RelationDoc:
    title = rng.choice(paragraphs).split(". ")[0][:90]
    return RelationDoc(key=key, title=title, text=_text(rng, paragraphs), date_sort=_date(rng))


def _corpus(count: int, rng: random.Random, paragraphs: list[str]) -> list[RelationDoc]:
    # Some texts told again with a line more, so that stories (and the people test) happen.
    docs = [_doc(f"a{n:04d}", rng, paragraphs) for n in range(count)]
    for n in range(0, count, 7):
        source = docs[rng.randrange(count)]
        docs[n] = RelationDoc(
            key=docs[n].key,
            title=source.title,
            text=source.text + "\n" + rng.choice(paragraphs).split(". ")[0] + ".",
            date_sort=_date(rng) if rng.random() < 0.5 else source.date_sort,
        )
    return docs


def _with(doc: RelationDoc, **changes) -> RelationDoc:
    fields = {
        "key": doc.key,
        "title": doc.title,
        "text": doc.text,
        "date_sort": doc.date_sort,
        "abbreviations": doc.abbreviations,
        "listing": doc.listing,
        "chrome": doc.chrome,
    }
    return RelationDoc(**{**fields, **changes})


def _edit(
    docs: list[RelationDoc], rng: random.Random, paragraphs: list[str], serial: int
) -> list[RelationDoc]:
    docs = list(docs)
    kind = rng.choice(["sentence", "sentence", "date", "date", "near", "undated", "partial", "add", "remove"])
    at = rng.randrange(len(docs))
    doc = docs[at]
    if kind == "sentence":
        docs[at] = _with(doc, text=doc.text + " " + rng.choice(paragraphs).split(". ")[0] + ".")
    elif kind == "date":  # anywhere in the month: in or out of other articles' windows
        day = START + dt.timedelta(days=rng.randint(-10, 40))
        docs[at] = _with(doc, date_sort=(day.year, day.month, day.day, 0, 0, 0))
    elif kind == "near":  # next to another article: into its window
        other = docs[rng.randrange(len(docs))].date_sort
        if other and other[2]:
            day = dt.date(other[0], other[1], other[2]) + dt.timedelta(days=rng.randint(-8, 8))
            docs[at] = _with(doc, date_sort=(day.year, day.month, day.day, 0, 0, 0))
    elif kind == "undated":
        docs[at] = _with(doc, date_sort=None)
    elif kind == "partial":
        docs[at] = _with(doc, date_sort=(2025, 3, 0, 0, 0, 0))
    elif kind == "add":
        docs.insert(at, _doc(f"new{serial:04d}", rng, paragraphs))
    elif kind == "remove" and len(docs) > 3:
        docs.pop(at)
    return docs


@pytest.fixture
def few_text_partners(monkeypatch):
    """Few partners by text, so the window search adds pairs of its own."""
    monkeypatch.setattr(similarity, "MIN_CANDIDATES", 1)


@pytest.fixture
def window_pairs(monkeypatch):
    """The pairs each window search returns, by call."""
    found: list[set[tuple[int, int]]] = []
    real = candidates_module.close_in_time

    def recording(*args, **kwargs):
        result = real(*args, **kwargs)
        found.append(set(zip(result[0].tolist(), result[1].tolist(), strict=True)))
        return result

    monkeypatch.setattr(candidates_module, "close_in_time", recording)
    return found


@pytest.mark.parametrize("random_seed", [3, 11, 29])
def test_window_search_and_stories_after_random_edits_equal_cold(
    random_seed, paragraphs, few_text_partners, window_pairs
):
    rng = random.Random(random_seed)
    docs = _corpus(160, rng, paragraphs)
    memory = RelationMemory()
    related_index(docs, top_n=2, story_limit=2, memory=memory)
    updated = 0
    for step in range(14):
        for _ in range(rng.choice([1, 1, 2, 4])):
            docs = _edit(docs, rng, paragraphs, serial=step * 10 + _)
        warm = related_index(docs, top_n=2, story_limit=2, memory=memory)
        warm_pairs = window_pairs[-1]
        if memory.last["window_searched"] < memory.last["window_rows"]:
            updated += 1
        cold = related_index(docs, top_n=2, story_limit=2)
        assert warm_pairs == window_pairs[-1], f"step {step}: window pairs differ"
        assert warm == cold, f"step {step}"
    assert updated > 0  # the update path ran, not only searches from scratch


def test_one_seed_edit_searches_few_windows_and_reads_few_texts(paragraphs, few_text_partners, window_pairs):
    rng = random.Random(5)
    docs = _corpus(300, rng, paragraphs)
    memory = RelationMemory()
    related_index(docs, top_n=2, story_limit=2, memory=memory)
    rows = memory.last["window_rows"]
    assert memory.last["window_searched"] == rows > 100
    texts = memory.last["people_texts"]
    assert memory.last["people_found"] == texts > 10

    edited = next(n for n, doc in enumerate(docs) if doc.date_sort and doc.date_sort[2])
    docs[edited] = _with(docs[edited], text=docs[edited].text + " Một câu mới được thêm vào bài.")
    warm = related_index(docs, top_n=2, story_limit=2, memory=memory)
    assert memory.last["window_searched"] < 0.1 * rows
    assert memory.last["people_found"] <= 2
    assert memory.last["people_texts"] > 10
    warm_pairs = window_pairs[-1]
    assert warm == related_index(docs, top_n=2, story_limit=2)
    assert warm_pairs == window_pairs[-1]

    # A date moved into other articles' windows: still few rows searched again, same result.
    moved = next(n for n, doc in enumerate(docs) if n != edited and doc.date_sort and doc.date_sort[2])
    docs[moved] = _with(docs[moved], date_sort=(2025, 3, 15, 0, 0, 0))
    warm = related_index(docs, top_n=2, story_limit=2, memory=memory)
    assert memory.last["window_searched"] < 0.2 * rows
    warm_pairs = window_pairs[-1]
    assert warm == related_index(docs, top_n=2, story_limit=2)
    assert warm_pairs == window_pairs[-1]


def test_memory_survives_pickling(paragraphs, few_text_partners):
    import pickle

    rng = random.Random(8)
    docs = _corpus(120, rng, paragraphs)
    memory = RelationMemory()
    related_index(docs, top_n=2, story_limit=2, memory=memory)
    memory = pickle.loads(pickle.dumps(memory))
    docs[4] = _with(docs[4], text=docs[4].text + " Thêm một câu.")
    warm = related_index(docs, top_n=2, story_limit=2, memory=memory)
    assert memory.last["window_searched"] < memory.last["window_rows"]
    assert warm == related_index(docs, top_n=2, story_limit=2)
    assert np.all(memory.partners.window.ordinals[memory.partners.window.ordinals >= 0] > 0)
