"""Review of the search cache (search/page_cache.py): kept entries must be dropped once unused.

Under ``mkdocs serve`` one plugin instance lives for the whole session. Every rebuild after an
article was edited adds the article's new sections under a new digest; the old digest's entry
must go, or the memory (and ``search/state.pickle``) grows with every edit.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SEEDS
from mkdocs.commands.build import build
from mkdocs.config import load_config

CONFIG = """\
site_name: Tin quốc phòng
theme: {{name: {theme}, language: vi}}
plugins:
  - search
  - seed-articles:
      cache: false
"""
EDITS = 3
ORIGINAL = "ngày càng thể hiện rõ"
WORDS = ("hơn nữa", "mạnh mẽ", "sâu sắc")


def _project(root: Path, theme: str) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Tin quốc phòng\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(CONFIG.format(theme=theme), encoding="utf-8")
    (root / "seeds").mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copyfile(seed, root / "seeds" / seed.name)
    return root


def _serve_session(project: Path, site: Path, dirty: bool):
    """A first build and EDITS rebuilds, each after one more sentence joins the same seed."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=dirty)
    plugin = config.plugins["seed-articles"]
    build(config, dirty=dirty)
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    original = seed.read_text(encoding="utf-8")
    assert ORIGINAL in original
    for number in range(EDITS):
        # A word of the article's lead paragraph changes (text after the footer is dropped).
        seed.write_text(original.replace(ORIGINAL, f"{ORIGINAL} {WORDS[number]}", 1), encoding="utf-8")
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)), dirty=dirty)
    return plugin


@pytest.fixture
def no_site_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("REPO_URL", raising=False)


def test_clean_serve_rebuilds_keep_one_entry_per_article(tmp_path: Path, no_site_env: None) -> None:
    """Guarantee (passes): a plain `serve` drops the edited article's old sections and tokens."""
    plugin = _serve_session(_project(tmp_path / "p", "material"), tmp_path / "site", dirty=False)
    cache = plugin.search_cache
    texts = [p for page in plugin.article_search.values() for s in page.sections for p in s.paragraphs]
    assert any(WORDS[-1] in text for text in texts), "the last edit is indexed"
    assert len(cache.articles) == len(plugin.article_search)
    assert set(map(id, cache.articles.values())) == set(map(id, plugin.article_search.values()))


def test_dirty_serve_rebuilds_drop_the_old_sections_of_an_edited_article(
    tmp_path: Path, no_site_env: None
) -> None:
    """BUG: under `serve --dirty` every build is dirty, so end_build(every_article=False) never prunes
    ``articles``: each edit of an article leaves its old SearchPage (its whole text) in memory and in
    search/state.pickle for the rest of the session."""
    plugin = _serve_session(_project(tmp_path / "p", "material"), tmp_path / "site", dirty=True)
    cache = plugin.search_cache
    live = set(map(id, plugin.article_search.values()))
    stale = [page.location for page in cache.articles.values() if id(page) not in live]
    assert not stale, f"{len(stale)} superseded article entries kept: {stale}"


def test_serve_on_another_theme_does_not_keep_every_version_of_an_article(
    tmp_path: Path, no_site_env: None
) -> None:
    """BUG: on a theme other than Material (with MkDocs' search plugin) on_page_context still fills
    the cache, but end_build only runs from the Material-only index writer: nothing is ever dropped."""
    plugin = _serve_session(_project(tmp_path / "p", "mkdocs"), tmp_path / "site", dirty=False)
    cache = plugin.search_cache
    assert len(cache.articles) <= len(plugin.article_search), (
        f"{len(cache.articles)} article entries kept for {len(plugin.article_search)} articles"
    )
