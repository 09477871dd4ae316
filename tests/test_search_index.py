"""The search index builder: Material's index in, shards and page records out."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import numpy as np
import pytest
from seed_articles.search.abbreviations import abbreviation_table
from seed_articles.search.index import copy_worker, write_index_files
from seed_articles.search.material_index import pages_from_docs, paragraphs_of
from seed_articles.search.postings import build_inverted_index, varint_bytes
from seed_articles.search.shards import js_order, split_into_shards
from seed_articles.search.store import trimmed
from seed_articles.search.tokens import abbreviation_key, phrases
from seed_articles.text.vietnamese import fold, tone_key

GLOSSARY = Path(__file__).resolve().parent.parent / "plugins/seed_articles/data/glossary.yml"

DOCS = [
    {"location": "", "title": "Trang chủ", "text": "<p>Chào mừng</p>"},
    {"location": "#moi", "title": "Bài mới", "text": ""},
    {
        "location": "bai/a/",
        "title": "Đối ngoại quốc phòng",
        "text": "<p>Ông Hoàng Xuân Chiến &amp; BVDC.</p><p>Hoà bình</p>",
        "tags": ["Quốc phòng"],
    },
    {"location": "bai/a/#phan", "title": "Phần <em>hai</em>", "text": "<ul><li>Một</li><li>Hai</li></ul>"},
    {"location": "bai/b/", "title": "Hòa bình", "text": "<p>Hoàng, Xuân và Chiến.</p>"},
]


def test_material_docs_become_pages_with_plain_paragraphs() -> None:
    pages = pages_from_docs(DOCS)
    assert [page.location for page in pages] == ["", "bai/a/", "bai/b/"]
    article = pages[1]
    assert article.tags == ["Quốc phòng"]
    assert [s.anchor for s in article.sections] == ["", "phan"]
    assert article.sections[0].paragraphs == ["Ông Hoàng Xuân Chiến & BVDC.", "Hoà bình"]
    assert article.sections[1].title == "Phần hai"
    assert article.sections[1].paragraphs == ["Một", "Hai"]
    assert paragraphs_of("<p>a<br>b</p>") == ["a", "b"]


def test_pages_rebuilt_by_a_dirty_build_replace_their_old_entries() -> None:
    # Material appends the entries of pages rebuilt by `mkdocs serve --dirty` after the old ones.
    rebuilt = {"location": "bai/a/", "title": "Đối ngoại quốc phòng", "text": "<p>Bản mới</p>"}
    pages = pages_from_docs([*DOCS, rebuilt])
    assert [page.location for page in pages] == ["", "bai/b/", "bai/a/"]
    assert [section.paragraphs for section in pages[2].sections] == [["Bản mới"]]


def test_punctuation_ends_a_phrase() -> None:
    assert phrases("Hoàng, Xuân và Chiến. Hà Nội - Việt Nam") == [
        ["hoang"],
        ["xuan", "va", "chien"],
        ["ha", "noi", "viet", "nam"],
    ]
    assert phrases("ĐNQP_(2024)") == [["dnqp"], ["2024"]]


def decoded(encoded: str) -> dict[int, int]:
    """Postings as the worker reads them: base64 of varints gap, weight, gap, weight, ..."""
    values, value, shift = [], 0, 0
    for byte in base64.b64decode(encoded):
        value |= (byte & 127) << shift
        shift += 7
        if not byte & 128:
            values.append(value)
            value, shift = 0, 0
    pages, page = {}, 0
    for gap, weight in zip(values[0::2], values[1::2], strict=True):
        page += gap
        pages[page] = weight
    return pages


def test_varints_round_trip() -> None:
    numbers = np.array([0, 1, 127, 128, 300, 16_383, 16_384, 2**21 + 5])
    data, offsets = varint_bytes(numbers)
    assert list(offsets) == [0, 1, 2, 3, 5, 7, 9, 12] and len(data) == 16
    # Read as (gap, weight) pairs: (0, 1) (127, 128) (300, 16383) (16384, 2**21 + 5).
    assert decoded(base64.b64encode(data.tobytes()).decode()) == {
        0: 1,
        127: 128,
        427: 16_383,
        16_811: 2**21 + 5,
    }


def test_postings_keep_bigrams_within_phrases_only() -> None:
    entries = {
        key: json.loads(value) for key, value in build_inverted_index(pages_from_docs(DOCS)).entries.items()
    }
    assert decoded(entries["hoang xuan"]) == {1: 1}  # page 2 writes "Hoàng, Xuân"
    assert decoded(entries["xuan chien"]) == {1: 1}
    assert "va chien" in entries and "hoang xuan" in entries
    # Tone variants of one folded term: hoà (page 1) and Hòa (page 2) share a variant.
    hoa = entries["hoa"]
    assert len(hoa) == 1 and hoa[0][0] == tone_key("hòa") and hoa[0][1] in {"hoà", "hòa"}
    assert set(decoded(hoa[0][2])) == {1, 2}
    # Title words weigh more than body words.
    doi = entries["doi"]
    assert [variant for variant, _, _ in doi] == [tone_key("đối")]
    assert decoded(doi[0][2])[1] >= 10
    assert decoded(entries["hoa binh"]) == {1: 1, 2: 10}


def test_abbreviation_keys_and_table() -> None:
    assert abbreviation_key("ĐNQP") == "dnqp"
    assert abbreviation_key("ADMM+") == "admm+"
    assert abbreviation_key("TT&TT") == "tt&tt"
    table = abbreviation_table(
        {"ĐNQP": ["Đối ngoại quốc phòng"], "DNQP": ["đối ngoại quốc phòng"], "X": ["một"]}
    )
    assert table == {"dnqp": ["doi ngoai quoc phong"]}


@pytest.mark.skipif(not GLOSSARY.is_file(), reason="the shipped glossary is not written yet")
def test_shipped_glossary_expands_the_articles_abbreviations() -> None:
    from seed_articles.search.abbreviations import shipped_glossary_expansions

    table = abbreviation_table(shipped_glossary_expansions())
    assert table["bvdc"] == ["benh vien da chien"]
    assert table["dnqp"] == ["doi ngoai quoc phong"]


def test_shards_partition_the_keys_in_javascript_order() -> None:
    rng = random.Random(7)
    words = ["quoc", "phong", "doi", "ngoai", "hoa", "binh", "漢字", "😀", "z", "2024"]
    entries = {
        " ".join(rng.sample(words, rng.randint(1, 2))) + str(i % 13): json.dumps([i] * rng.randint(1, 400))
        for i in range(600)
    }
    shards = split_into_shards(entries, limit=2_000)
    firsts = [shard.first_key for shard in shards]
    assert firsts == sorted(firsts, key=js_order) and len(set(firsts)) == len(firsts)
    seen: dict[str, int] = {}
    for number, shard in enumerate(shards):
        data = json.loads(shard.text)
        assert len(shard.text.encode()) <= 2_000 or len(data) == 1
        for key in data:
            # The worker finds a key in the last shard whose first key is <= it.
            owner = max(i for i, first in enumerate(firsts) if js_order(first) <= js_order(key))
            assert owner == number
            seen[key] = number
    assert set(seen) == set(entries)


def test_store_trims_long_sections_at_a_word() -> None:
    kept = trimmed(["một hai ba", "bốn năm sáu bảy tám chín mười"], limit=20)
    assert kept[0] == "một hai ba" and kept[1].endswith(" …") and len("".join(kept)) <= 24


def test_written_index_is_deterministic_and_small(tmp_path: Path) -> None:
    outputs = []
    for name in ("one", "two"):
        site = tmp_path / name
        (site / "search").mkdir(parents=True)
        (site / "search/search_index.json").write_text(
            json.dumps({"config": {"lang": ["vi"]}, "docs": DOCS}), "utf-8"
        )
        manifest = write_index_files(site, {"BVDC": ["Bệnh viện dã chiến"]})
        copy_worker(site)
        files = {
            p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()
        }
        outputs.append(files)
    assert outputs[0] == outputs[1]
    files = outputs[0]
    # Material's index is left as Material wrote it.
    assert json.loads(files["search/search_index.json"]) == {"config": {"lang": ["vi"]}, "docs": DOCS}
    assert manifest["pages"] == 3 and manifest["abbreviations"] == {"bvdc": ["benh vien da chien"]}
    assert "assets/seed-search/worker.js" in files
    record = json.loads(files["search/seed/p/1.json"])
    assert record["l"] == "bai/a/" and record["t"] == "Đối ngoại quốc phòng" and record["g"] == ["Quốc phòng"]
    assert record["s"][1][:2] == ["phan", "Phần hai"]
    shard_keys = {
        key for name, data in files.items() if name.startswith("search/seed/i/") for key in json.loads(data)
    }
    assert {"doi", "doi ngoai", "bvdc", fold("Chiến")} <= shard_keys
