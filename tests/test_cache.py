"""Parse results are cached by content: a rebuild after one seed changed parses one seed."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import copy_project
from mkdocs.commands.build import build
from mkdocs.config import load_config


def load(project: Path, site: Path):
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    return config


def start_serving(tmp_path: Path, monkeypatch, dirty: bool):
    """A project copy and its first build, the way `mkdocs serve [--dirty]` starts."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)
    site = tmp_path / "site"
    config = load(project, site)
    config.plugins.on_startup(command="serve", dirty=dirty)
    build(config, dirty=dirty)
    return project, site, config.plugins["seed-articles"]


def test_second_build_parses_only_the_changed_seed(tmp_path: Path, monkeypatch) -> None:
    # The same sequence as `mkdocs serve`: startup once, then a fresh config per rebuild.
    project, site, plugin = start_serving(tmp_path, monkeypatch, dirty=False)
    assert plugin.pipeline.parse_count == 5
    assert plugin.build.parsed_now == 5

    seed = project / "seeds" / "002_e15f26f2c3d01ef0.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("THÙY LINH", "Câu mới.\n\nTHÙY LINH"), "utf-8")
    again = load(project, site)
    assert again.plugins["seed-articles"] is plugin, "MkDocs must keep the plugin instance between rebuilds"
    build(again)
    assert plugin.pipeline.parse_count == 6
    assert plugin.build.parsed_now == 1
    assert any(
        "Câu mới." in page.read_text(encoding="utf-8") for page in (site / "bai-viet").glob("*/index.html")
    )

    # An unchanged rebuild parses nothing.
    build(load(project, site))
    assert plugin.pipeline.parse_count == 6


def test_rebuild_repeats_per_article_work_only_for_the_changed_seed(tmp_path: Path, monkeypatch) -> None:
    """Analysis, glossary scan and page rendering are reused for unchanged articles."""
    import seed_articles.assemble as assemble
    import seed_articles.build.glossary_stage as glossary_stage
    import seed_articles.build.relations_stage as relations_stage
    from seed_articles.build.types import Settings
    from seed_articles.pipeline import Pipeline

    calls: dict[str, list[str]] = {"analyse": [], "scan": [], "render": []}

    def counted(module, name: str, label: str, seed_of) -> None:
        original = getattr(module, name)

        def wrapper(*args, **kwargs):
            calls[label].append(seed_of(*args))
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counted(relations_stage, "analyse_doc", "analyse", lambda doc, **_: doc.key)
    counted(glossary_stage, "scan", "scan", lambda text, glossary: text)
    counted(assemble, "render_article", "render", lambda article, *rest: article.seed)

    project = copy_project(tmp_path / "project")
    settings = Settings(repo_root=project, seeds_dir=project / "seeds")
    pipeline = Pipeline()
    first = pipeline.build(settings)
    assert len(set(calls["analyse"])) == len(set(calls["render"])) == 5 and calls["scan"]

    for found in calls.values():
        found.clear()
    assert pipeline.build(settings).pages == first.pages
    assert calls == {"analyse": [], "scan": [], "render": []}, (
        "an unchanged rebuild repeats no per-article work"
    )

    seed = project / "seeds" / "002_e15f26f2c3d01ef0.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("THÙY LINH", "Câu mới.\n\nTHÙY LINH"), "utf-8")
    changed = pipeline.build(settings)
    assert calls["analyse"] == ["seeds/002_e15f26f2c3d01ef0.txt"]
    assert calls["scan"] and all(text in _texts_of(changed, "002") for text in calls["scan"])
    assert "seeds/002_e15f26f2c3d01ef0.txt" in calls["render"]
    # Other pages are rendered again only when what they show of the changed article changed.
    assert len(calls["render"]) < 5


def _texts_of(build, prefix: str) -> str:
    record = next(r for r in build.articles if r.parsed.seed.startswith(f"seeds/{prefix}"))
    return "\n".join(
        [
            record.parsed.title,  # the headline is scanned too: its abbreviations count as used
            record.parsed.lead,
            *(block.text for block in record.parsed.blocks),
            *(item for block in record.parsed.blocks for item in block.items),
        ]
    )


def test_dirty_serve_rebuild_renders_only_changed_pages(tmp_path: Path, monkeypatch) -> None:
    """`mkdocs serve --dirty`: a one-seed change rewrites that article's page, not the others."""
    project, site, plugin = start_serving(tmp_path, monkeypatch, dirty=True)
    assert len(plugin.article_search) == 5, "the plugin indexes article pages itself, not Material"
    pages = {page: page.stat().st_mtime_ns for page in (site / "bai-viet").glob("*/index.html")}
    assert len(pages) == 5
    home = site / "index.html"
    home_written = home.stat().st_mtime_ns

    seed = project / "seeds" / "002_e15f26f2c3d01ef0.txt"
    new_text = "Câu mới zyxwvq."
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("THÙY LINH", f"{new_text}\n\nTHÙY LINH"), "utf-8"
    )
    build(load(project, site), dirty=True)
    rewritten = [page for page, mtime in pages.items() if page.stat().st_mtime_ns != mtime]
    assert len(rewritten) >= 1
    assert any(new_text in page.read_text(encoding="utf-8") for page in rewritten)
    # The home page lists the latest articles: it is rendered again though its file did not change.
    assert home.stat().st_mtime_ns != home_written
    untouched = [page for page in pages if page not in rewritten]
    assert untouched, "unchanged articles are not rendered again"
    assert all(new_text not in page.read_text(encoding="utf-8") for page in untouched)
    # The search index still holds every article, and finds the new word.
    records = [
        json.loads(path.read_text("utf-8")) for path in (site / "search" / "seed" / "p").glob("*.json")
    ]
    assert len([record for record in records if record["l"].startswith("bai-viet/")]) == 5
    shards = [path.read_text("utf-8") for path in (site / "search" / "seed" / "i").glob("*.json")]
    assert any('"zyxwvq"' in shard for shard in shards)
