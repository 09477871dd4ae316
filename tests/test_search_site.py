"""What a real build of the project writes for the Vietnamese search."""

from __future__ import annotations

import json
import re
from pathlib import Path

from seed_articles.text.vietnamese import fold


def test_search_box_talks_to_our_worker(real_site: Path) -> None:
    page = (real_site / "index.html").read_text("utf-8")
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page, re.S)
    assert config is not None  # Material's own config block, untouched
    # The plugin's script points config.search at our worker before Material's bundle reads it.
    wiring = re.search(r'c\.search="([^"]+)"', page)
    assert wiring is not None and wiring.group(1).endswith("assets/seed-search/worker.js")
    assert config.start() < wiring.start() < page.index("assets/javascripts/bundle.")
    for name in ("worker", "fold", "query", "index", "rank", "preview"):
        assert (real_site / "assets/seed-search" / f"{name}.js").is_file()


def test_material_index_stays_complete(real_site: Path) -> None:
    data = json.loads((real_site / "search/search_index.json").read_text("utf-8"))
    assert data["config"]["separator"]
    locations = {doc["location"].split("#", 1)[0] for doc in data["docs"]}
    articles = {
        p.parent.relative_to(real_site).as_posix() + "/"
        for p in (real_site / "bai-viet").glob("*/index.html")
    }
    assert articles and articles <= locations and "" in locations


def test_every_built_page_has_a_record_and_every_article_is_indexed(real_site: Path) -> None:
    manifest = json.loads((real_site / "search/seed/manifest.json").read_text("utf-8"))
    records = [
        json.loads((real_site / f"search/seed/p/{n}.json").read_text("utf-8"))
        for n in range(manifest["pages"])
    ]
    locations = {record["l"] for record in records}
    articles = {
        p.parent.relative_to(real_site).as_posix() + "/"
        for p in (real_site / "bai-viet").glob("*/index.html")
    }
    assert articles and articles <= locations
    for record in records:
        assert (real_site / record["l"] / "index.html").is_file() or record["l"] == ""
    assert manifest["shards"] == sorted(manifest["shards"], key=lambda key: key.encode("utf-16-be"))
    assert "doi ngoai quoc phong" in manifest["abbreviations"]["dnqp"]


def test_shards_hold_folded_terms_and_bigrams_of_the_articles(real_site: Path) -> None:
    keys: set[str] = set()
    for shard in sorted((real_site / "search/seed/i").glob("*.json")):
        keys.update(json.loads(shard.read_text("utf-8")))
    assert {"doi", "ngoai", "doi ngoai", fold("Hoàng Xuân"), fold("Xuân Chiến")} <= keys
    assert all(key == fold(key) for key in keys)
