"""``python -m seed_articles export DIR``."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import copy_project, run_export
from seed_articles.build.types import TIMELINE_PAGE
from seed_articles.publish.zensical import ARCHIVE_LINK_TITLE, ARTICLES_SECTION_TITLE, export_nav


def test_export_writes_every_page_with_front_matter(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    out = tmp_path / "export"
    result = run_export(project, out)
    assert result.returncode == 0, result.stderr + result.stdout
    articles = sorted((out / "bai-viet").glob("*.md"))
    assert len(articles) == 5
    seeds_seen = set()
    for page in articles:
        text = page.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        meta = yaml.safe_load(text.split("---\n", 2)[1])
        assert meta["title"] and meta["seed"].startswith("seeds/")
        seeds_seen.add(meta["seed"])
        assert "# " in text.split("---\n", 2)[2]
    assert len(seeds_seen) == 5
    home = (out / "index.md").read_text(encoding="utf-8")
    assert "seed-articles:latest" not in home and "bai-viet/" in home
    assert "5 seeds read, 5 pages made" in result.stdout.replace("\n", " ")
    # The export did not touch the project.
    assert not list((project / "docs").glob("bai-viet*"))


def test_export_refuses_docs_dir(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    result = run_export(project, project / "docs")
    assert result.returncode != 0
    assert "refusing" in result.stderr + result.stdout


def test_exported_config_caps_the_sidebar_like_the_plugin(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    out = tmp_path / "export"
    result = run_export(project, out, "--with-config")
    assert result.returncode == 0, result.stderr + result.stdout
    nav = yaml.safe_load((out / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    assert nav[0] == "index.md"
    (section,) = [item for item in nav if isinstance(item, dict)]
    articles = section[ARTICLES_SECTION_TITLE]
    assert len([item for item in articles if isinstance(item, str)]) == 5
    assert articles[-1] == {ARCHIVE_LINK_TITLE: TIMELINE_PAGE}
    for page in [item for item in nav if isinstance(item, str)] + articles[:-1]:
        assert (out / "docs" / page).is_file(), page


def test_export_nav_lists_only_the_newest_articles_and_present_pages() -> None:
    newest = [f"bai-viet/{number}.md" for number in range(3)]
    nav = export_nav(
        newest, ["index.md", TIMELINE_PAGE, *newest, *(f"bai-viet/{n}.md" for n in range(3, 900))]
    )
    assert nav == [
        "index.md",
        {ARTICLES_SECTION_TITLE: [*newest, {ARCHIVE_LINK_TITLE: TIMELINE_PAGE}]},
        TIMELINE_PAGE,
    ]


def test_export_builds_with_no_other_thread(tmp_path, monkeypatch):
    """The progress bar starts no thread, so the pipeline forks its workers (no forkserver re-imports)."""
    import threading

    from seed_articles import cli, pipeline

    seen: list[int] = []
    real_build = pipeline.Pipeline.build

    def build(self, *args, **kwargs):
        seen.append(threading.active_count())
        return real_build(self, *args, **kwargs)

    monkeypatch.setattr(pipeline.Pipeline, "build", build)
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)
    argv = ["-f", str(project / "mkdocs.yml"), "export", str(tmp_path / "out"), "--with-config"]
    assert cli.main(argv) == 0
    assert seen == [1]
