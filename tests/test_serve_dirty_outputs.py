"""A `mkdocs serve --dirty` rebuild after one seed changed writes the same search and feed files as a clean build.

The builds run in-process the way ``mkdocs serve --dirty`` runs them: one
plugin instance (``on_startup(command="serve", dirty=True)``), a new config
per rebuild, every build dirty.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import copy_project
from mkdocs.commands.build import build
from mkdocs.config import load_config
from seed_articles.search.index import INDEX_DIR

FEEDS = ("feed.xml", "rss.xml", "feed.json")
TAGS_URL = "chu-de/"


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()
    }


def _material_docs(site: Path, but: str | None = None) -> list[dict]:
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    return [doc for doc in docs if but is None or doc["location"].partition("#")[0] != but]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("REPO_URL", raising=False)
    return copy_project(tmp_path / "project")


def _serve_builds(project: Path, site: Path, edit) -> object:
    """The first build of `serve --dirty`, ``edit()``, then its rebuild; returns the plugin."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    plugin = config.plugins["seed-articles"]
    build(config, dirty=True)
    edit()
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)), dirty=True)
    return plugin


def _clean_build(project: Path, site: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)


def test_dirty_rebuild_writes_the_search_index_and_feeds_of_a_clean_build(
    project: Path, tmp_path: Path
) -> None:
    seed = sorted((project / "seeds").glob("*.txt"))[1]

    def edit() -> None:
        text = seed.read_text(encoding="utf-8")
        seed.write_text(
            text + "\nMột đoạn mới về hợp tác quốc phòng song phương được thêm vào.\n", encoding="utf-8"
        )

    _serve_builds(project, tmp_path / "served", edit)
    _clean_build(project, tmp_path / "clean")
    served, clean = tmp_path / "served", tmp_path / "clean"

    docs = _material_docs(served)
    assert docs == _material_docs(clean)
    assert len({doc["location"] for doc in docs}) == len(docs), "no page indexed twice"
    assert any("hợp tác quốc phòng song phương được thêm" in doc["text"] for doc in docs)
    assert _tree(served / INDEX_DIR) == _tree(clean / INDEX_DIR)
    for name in FEEDS:
        assert (served / name).read_bytes() == (clean / name).read_bytes(), name


def test_dirty_rebuild_after_a_seed_is_removed_drops_it_from_both_indexes(
    project: Path, tmp_path: Path
) -> None:
    seed = sorted((project / "seeds").glob("*.txt"))[2]
    _serve_builds(project, tmp_path / "served", lambda: seed.unlink())
    _clean_build(project, tmp_path / "clean")
    served, clean = tmp_path / "served", tmp_path / "clean"
    # Material's tags page is not rendered again in a dirty build (its tags plugin would list only
    # the rendered pages): it keeps the first build's listing, in the HTML and in the index alike.
    assert _material_docs(served, but=TAGS_URL) == _material_docs(clean, but=TAGS_URL)
    manifest = json.loads((served / INDEX_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert (
        manifest["pages"]
        == json.loads((clean / INDEX_DIR / "manifest.json").read_text(encoding="utf-8"))["pages"]
    )
