"""The home page's counts and entry points (publish.home_stats)."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from conftest import copy_project
from publish_helpers import front_matter
from seed_articles.build.types import GLOSSARY_PAGE, TAGS_PAGE, Settings, SiteBuild
from seed_articles.pipeline import Pipeline
from seed_articles.publish.home_stats import ENTRY_POINTS, render_home_stats


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    project = copy_project(tmp_path_factory.mktemp("home") / "project")
    return Pipeline().build(Settings(repo_root=project, seeds_dir=project / "seeds"))


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=["md_in_html", "attr_list", "pymdownx.escapeall"])


def _count(html: str, label: str) -> int:
    match = re.search(rf"<strong>(\d+)</strong> {label}", html)
    assert match, f"no count for {label!r} in {html}"
    return int(match.group(1))


def test_counts_match_the_articles(build: SiteBuild) -> None:
    html = _html(render_home_stats(build, "index.md"))
    metas = [front_matter(record.markdown) for record in build.articles]
    assert _count(html, "bài viết") == len(build.articles) > 0
    assert _count(html, "nguồn báo") == len({meta["source"] for meta in metas if meta.get("source")})
    abbreviations = {a for meta in metas for a in meta.get("abbreviations") or []}
    assert _count(html, "chữ viết tắt") == len(abbreviations)


def test_date_range_runs_from_oldest_to_newest(build: SiteBuild) -> None:
    html = _html(render_home_stats(build, "index.md"))
    dates = sorted(r.parsed.date.sort_tuple() for r in build.articles if r.parsed.date)
    oldest, newest = dates[0], dates[-1]
    line = re.search(r"Thời gian đăng: ([^<]+)", html).group(1)
    assert str(oldest[0]) in line and str(newest[0]) in line
    assert line.index(str(oldest[0])) < line.rindex(str(newest[0]))


def test_links_only_to_index_pages_that_exist(build: SiteBuild) -> None:
    pages = {GLOSSARY_PAGE, TAGS_PAGE}
    text = render_home_stats(build, "index.md", existing=pages)
    links = re.findall(r"\]\(([^)]+)\)", text)
    assert sorted(links) == sorted(pages)
    nested = render_home_stats(build, "gioi-thieu/index.md", existing=pages)
    assert sorted(re.findall(r"\]\(([^)]+)\)", nested)) == sorted(f"../{page}" for page in pages)
    everything = render_home_stats(build, "index.md", existing=[page for page, _, _ in ENTRY_POINTS])
    assert len(re.findall(r"\]\(([^)]+)\)", everything)) == len(ENTRY_POINTS)


def test_default_links_follow_the_generated_pages(build: SiteBuild) -> None:
    links = set(re.findall(r"\]\(([^)]+)\)", render_home_stats(build, "index.md")))
    expected = {page for page, _, _ in ENTRY_POINTS if page in build.pages or page == TAGS_PAGE}
    assert links == expected


def test_an_empty_archive_says_so_with_zero_counts(tmp_path: Path) -> None:
    empty = SiteBuild(articles=[], pages={}, problems=[])
    html = _html(render_home_stats(empty, "index.md"))
    assert _count(html, "bài viết") == 0
    assert "Thời gian đăng" not in html


def test_glossary_lists_exactly_the_abbreviations_the_home_page_counts(build: SiteBuild) -> None:
    """The glossary shows the entries articles use, and the home page counts the same ones."""
    html = _html(render_home_stats(build, "index.md"))
    glossary = _html(build.pages["thuat-ngu.md"])
    entries = re.findall(r"<h3[^>]*>", glossary)
    assert len(entries) == _count(html, "chữ viết tắt") > 0
    assert "Chưa có bài viết nào dùng chữ viết tắt này" not in glossary
