"""Hostile and broken seeds: clear messages, nothing lost, nothing executed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import copy_project, run_build
from hostile_corpus import HOSTILE_SEEDS, SIZE_LIMIT, write_hostile_seeds
from html_utils import article_body, load, text_of
from test_config_and_slugs import set_plugin_options


@dataclass(frozen=True)
class HostileBuild:
    project: Path
    site: Path
    log: str


def hostile_project(root: Path) -> Path:
    project = copy_project(root / "project", with_seeds=False)
    write_hostile_seeds(project / "seeds")
    set_plugin_options(project, max_seed_bytes=SIZE_LIMIT)
    return project


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> HostileBuild:
    root = tmp_path_factory.mktemp("hostile")
    project = hostile_project(root)
    result = run_build(project, root / "site", strict=False)
    return HostileBuild(project, root / "site", result.stdout + result.stderr)


def pages_by_seed(site: Path) -> dict[str, Path]:
    """Map seed file name → built article page, via the page's link to its raw seed."""
    found: dict[str, Path] = {}
    for page in (site / "bai-viet").glob("*/index.html"):
        match = re.search(r"/seeds/([^\"/]+\.txt)\"", page.read_text(encoding="utf-8"))
        assert match, f"{page} has no link to its seed"
        found[match.group(1)] = page
    return found


def test_every_seed_is_a_page_or_reported(hostile_build: HostileBuild) -> None:
    pages = pages_by_seed(hostile_build.site)
    for seed in HOSTILE_SEEDS:
        if seed.outcome == "page":
            assert seed.name in pages, f"{seed.name} should be a page"
        else:
            assert seed.name not in pages, f"{seed.name} should not be a page"
            warning = [line for line in hostile_build.log.splitlines() if f"seeds/{seed.name}" in line]
            assert warning, f"{seed.name} is not reported:\n{hostile_build.log}"
            assert any(word.lower() in " ".join(warning).lower() for word in seed.message), warning


def test_problems_are_warnings_with_file_names(hostile_build: HostileBuild) -> None:
    warnings = [line for line in hostile_build.log.splitlines() if line.startswith("WARNING")]
    problems = [seed for seed in HOSTILE_SEEDS if seed.outcome == "problem"]
    for seed in problems:
        assert any(f"seeds/{seed.name}" in line for line in warnings), seed.name


def test_log_ends_with_summary_line(hostile_build: HostileBuild) -> None:
    info = [
        line for line in hostile_build.log.splitlines() if "seed-articles:" in line and "seeds read" in line
    ]
    assert info, hostile_build.log
    summary = info[-1]
    pages = sum(seed.outcome == "page" for seed in HOSTILE_SEEDS)
    problems = sum(seed.outcome == "problem" for seed in HOSTILE_SEEDS)
    assert f"{len(HOSTILE_SEEDS)} seeds read" in summary
    assert f"{pages} pages made" in summary
    assert f"{problems} seeds skipped" in summary
    assert "lines dropped" in summary
    # Nothing of seed-articles is logged after the summary.
    tail = hostile_build.log.split(summary, 1)[1]
    assert "seed-articles" not in tail and "WARNING" not in tail


@pytest.mark.parametrize("seed", [s for s in HOSTILE_SEEDS if s.outcome == "page"], ids=lambda s: s.name)
def test_seed_text_is_shown_literally(hostile_build: HostileBuild, seed) -> None:
    page = pages_by_seed(hostile_build.site)[seed.name]
    body = article_body(page)
    shown = text_of(body)
    for literal in seed.literal:
        assert " ".join(literal.split()) in shown, f"{seed.name}: {literal!r} not shown literally"
    # Nothing was interpreted: no elements that seed text could have produced.
    for tag in ("script", "iframe", "img", "svg", "table", "blockquote", "object", "embed"):
        assert not body.cssselect(tag), f"{seed.name}: <{tag}> in article body"
    assert not body.cssselect(".admonition, .footnote, .footnote-ref, strong, em, code")
    for element in body.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{seed.name}: event handler {name}"
            assert not value.strip().lower().startswith("javascript:"), f"{seed.name}: {name}={value}"
    headings = [text_of(h) for h in body.cssselect("h1")]
    assert len(headings) == 1


def test_snippet_line_includes_no_file(hostile_build: HostileBuild) -> None:
    page = pages_by_seed(hostile_build.site)["pymdown.txt"]
    html = page.read_text(encoding="utf-8")
    assert "root:x:0:0" not in html


def test_colliding_titles_both_get_pages_with_distinct_urls(hostile_build: HostileBuild) -> None:
    pages = pages_by_seed(hostile_build.site)
    first, second = pages["collision-a.txt"], pages["collision-b.txt"]
    assert first != second
    assert first.parent.name == "hoi-nghi-trung-ten"
    assert second.parent.name.startswith("hoi-nghi-trung-ten-")
    assert "Bài thứ hai" in text_of(load(second))


def test_strict_build_fails_on_skipped_seeds(tmp_path: Path) -> None:
    project = hostile_project(tmp_path)
    result = run_build(project, tmp_path / "site", strict=True, check=False)
    assert result.returncode != 0
    assert "Seed skipped" in result.stdout + result.stderr


def test_symlink_outside_the_seeds_folder_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", with_seeds=False)
    secret = tmp_path / "secret.txt"
    secret.write_text("Bí mật\n\nNội dung không được đọc SECRET-CONTENT.\n", encoding="utf-8")
    (project / "seeds" / "link.txt").symlink_to(secret)
    (project / "seeds" / "ok.txt").write_text("Bài bình thường\n\nNội dung bài.\n", encoding="utf-8")
    result = run_build(project, tmp_path / "site", strict=False)
    assert "outside the seeds folder" in result.stdout + result.stderr
    for page in (tmp_path / "site").rglob("*.html"):
        assert "SECRET-CONTENT" not in page.read_text(encoding="utf-8")


def test_broken_glossary_file_is_a_clear_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "glossary.yml").write_text("entries:\n  - abbr: ĐNQP\n    vi: [unclosed\n", encoding="utf-8")
    set_plugin_options(project, glossary_file="glossary.yml")
    result = run_build(project, tmp_path / "site", strict=False, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "glossary.yml" in output and re.search(r"glossary\.yml:\d+", output), output[-2000:]


def test_glossary_text_is_escaped_in_tooltips(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    hostile = "<img src=x onerror=alert('xss-glossary')> \"quoted\" *đậm*"
    (project / "glossary.yml").write_text(
        yaml.safe_dump(
            {"entries": [{"abbr": "BVDC", "vi": hostile, "description": hostile}]}, allow_unicode=True
        ),
        encoding="utf-8",
    )
    set_plugin_options(project, glossary_file="glossary.yml")
    run_build(project, tmp_path / "site")
    tooltips = [
        abbr.get("title")
        for page in (tmp_path / "site" / "bai-viet").glob("*/index.html")
        for abbr in article_body(page).cssselect("abbr")
        if abbr.text == "BVDC"
    ]
    assert tooltips and all(title == hostile for title in tooltips)
    glossary = article_body(tmp_path / "site" / "thuat-ngu" / "index.html")
    assert not glossary.cssselect("img")
    assert not [el for el in glossary.cssselect("strong, em") if text_of(el) == "đậm"]  # *đậm* stays text
    assert hostile in text_of(glossary)
