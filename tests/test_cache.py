"""Parse results are cached by content: a rebuild after one seed changed parses one seed."""

from __future__ import annotations

from pathlib import Path

from conftest import copy_project
from mkdocs.commands.build import build
from mkdocs.config import load_config


def load(project: Path, site: Path):
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    return config


def test_second_build_parses_only_the_changed_seed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)
    site = tmp_path / "site"

    # The same sequence as `mkdocs serve`: startup once, then a fresh config per rebuild.
    config = load(project, site)
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins["seed-articles"]
    build(config)
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
