"""The exported topics page is written out, so the exported config needs no tags plugin."""

from __future__ import annotations

import importlib.util
import json
import posixpath
import re
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
import yaml
from conftest import copy_project, mkdocs_env, run_export
from seed_articles.build.types import TAGS_PAGE
from seed_articles.integration.tags import tag_slug
from seed_articles.publish.topics import exclude_from_search, page_meta, render_topics, write_static_topics
from seed_articles.publish.zensical import (
    ZENSICAL_SECTION_TOKENS,
    exclude_oversized_from_search,
    export_config,
    largest_section_tokens,
)
from seed_articles.text.vietnamese import sort_key

HEADING = re.compile(r"^## (.+) \{ #(tag:[^ ]+) \}$")
LINK = re.compile(r"^- \[(.+)\]\(([^)]+)\)$")


def _front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n", 2)[1]) if text.startswith("---\n") else {}


def _listing(markdown: str) -> dict[str, list[str]]:
    """Tag → linked pages (in page order) of a written-out topics page."""
    listing: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in markdown.splitlines():
        if match := HEADING.match(line):
            current = listing.setdefault(match.group(1), [])
        elif (match := LINK.match(line)) and current is not None:
            current.append(match.group(2))
    return listing


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("topics")
    project = copy_project(root / "project")
    out = root / "export"
    result = run_export(project, out, "--with-config")
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_exported_config_has_no_tags_plugin(exported: Path) -> None:
    config = yaml.safe_load((exported / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["plugins"] == ["search"]
    assert "tags" not in export_config({"site_name": "x"})["plugins"]


def test_exported_topics_page_lists_every_tag_with_every_article(exported: Path) -> None:
    docs = exported / "docs"
    expected: dict[str, set[str]] = {}
    for page in sorted((docs / "bai-viet").glob("*.md")):
        for tag in _front_matter(page.read_text(encoding="utf-8")).get("tags") or []:
            expected.setdefault(tag, set()).add(page.relative_to(docs).as_posix())
    assert expected, "the real seeds have topics"
    markdown = (docs / TAGS_PAGE).read_text(encoding="utf-8")
    assert "material/tags" not in markdown
    assert "\n# Chủ đề\n" in markdown  # the hand-written part stays
    assert _front_matter(markdown) == {"search": {"exclude": True}}  # a listing of titles only
    listing = _listing(markdown)
    assert {tag: set(links) for tag, links in listing.items()} == expected
    # Vietnamese order: tags, and titles within a tag; every link resolves.
    assert list(listing) == sorted(listing, key=lambda tag: (sort_key(tag), tag))
    for tag, links in listing.items():
        titles = [_front_matter((docs / link).read_text(encoding="utf-8"))["title"] for link in links]
        assert titles == sorted(titles, key=sort_key), tag
    assert f"## ADMM+ {{ #tag:{tag_slug('ADMM+')} }}" in markdown or "ADMM+" not in listing


def test_render_topics_orders_escapes_and_links_relative_to_the_page() -> None:
    topics = {
        "Đối ngoại": [("Ước mơ", "bai-viet/b.md"), ("An ninh", "bai-viet/a.md")],
        "ADMM+": [("X", "bai-viet/x.md")],
        "ADMM": [("[Y]*", "bai-viet/y.md")],
        "Biên giới": [("An ninh", "bai-viet/a.md")],
    }
    markdown = render_topics(topics, "muc/chu-de.md")
    headings = [HEADING.match(line).groups() for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == [
        ("ADMM", "tag:admm"),
        ("ADMM+", "tag:admm-plus"),
        ("Biên giới", "tag:biên-giới"),
        ("Đối ngoại", "tag:đối-ngoại"),
    ]
    assert "- [\\[Y\\]\\*](../bai-viet/y.md)" in markdown
    doi_ngoai = markdown.split("Đối ngoại", 1)[1]
    assert doi_ngoai.index("An ninh") < doi_ngoai.index("Ước mơ")
    assert render_topics(topics, "muc/chu-de.md") == markdown  # deterministic
    assert render_topics({}, "chu-de.md").strip() == "Chưa có chủ đề nào."


@pytest.mark.parametrize(
    "front",
    [
        "title: Hội nhập quốc tế\nsummary: x\ntags:\n- ASEAN\n- ADMM+\n- Biển Đông\nrelated: []\n",
        "title: 'yes'\ntags:\n- '2019'\n- 'no'\n- a:b\n",
        "title: 'A: b'\ntags: []\n",
        'title: "x\\ny"\ntags:\n- a # comment\n',
        "title: a\n  continued\ntags:\n  - indented\n",
        "title: 2019 là năm\ntags: [C#, -x]\n",
        "title: ~\ntags:\n- null\n- 1.5\n- Yes\n",
    ],
)
def test_page_meta_reads_title_and_tags_as_yaml_does(front: str) -> None:
    full = yaml.safe_load(front)
    assert page_meta(f"---\n{front}---\n\n# Body\n") == {
        key: full[key] for key in ("title", "tags") if key in full
    }


def test_write_static_topics_replaces_the_marker_in_any_page(tmp_path: Path) -> None:
    (tmp_path / "bai-viet").mkdir()
    (tmp_path / "bai-viet" / "a.md").write_text("---\ntitle: Á\ntags:\n- ASEAN\n---\n# Á\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntags: [ASEAN, EU]\n---\n# Bê\n", encoding="utf-8")
    (tmp_path / "chu-de.md").write_text("# Chủ đề\n\n<!-- material/tags -->\n", encoding="utf-8")
    (tmp_path / "khac.md").write_text("# Khác\n", encoding="utf-8")
    assert write_static_topics(tmp_path) == ["chu-de.md"]
    listing = _listing((tmp_path / "chu-de.md").read_text(encoding="utf-8"))
    assert listing == {"ASEAN": ["bai-viet/a.md", "b.md"], "EU": ["b.md"]}
    assert (tmp_path / "khac.md").read_text(encoding="utf-8") == "# Khác\n"
    assert write_static_topics(tmp_path) == []  # nothing left to fill


def test_the_listing_is_kept_out_of_search_once() -> None:
    assert exclude_from_search("# T\n") == "---\nsearch:\n  exclude: true\n---\n\n# T\n"
    assert (
        exclude_from_search("---\ntitle: T\n---\n# T\n")
        == "---\nsearch:\n  exclude: true\ntitle: T\n---\n# T\n"
    )
    kept = "---\nsearch:\n  boost: 2\n---\n# T\n"
    assert exclude_from_search(kept) == kept


@pytest.mark.skipif(importlib.util.find_spec("zensical") is None, reason="zensical is not installed")
def test_zensical_builds_the_topics_page_without_a_tags_plugin(exported: Path) -> None:
    zensical = Path(sys.executable).with_name("zensical")
    result = subprocess.run(
        [str(zensical), "build", "-f", str(exported / "mkdocs.yml")],
        cwd=exported,
        env=mkdocs_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    docs, site = exported / "docs", exported / "site"
    listing = _listing((docs / TAGS_PAGE).read_text(encoding="utf-8"))
    tree = lxml.html.fromstring((site / "chu-de" / "index.html").read_bytes())
    headings = {
        h.get("id"): " ".join(h.text_content().split()).rstrip("¶ ") for h in tree.xpath("//article//h2")
    }
    assert set(headings.values()) == set(listing)
    assert all(anchor.startswith("tag:") for anchor in headings)
    hrefs = {
        posixpath.normpath(posixpath.join("chu-de", href)).strip("/")
        for href in tree.xpath("//article//li/a/@href")
    }
    for links in listing.values():
        for link in links:
            assert link.removesuffix(".md") in hrefs, link
    # Out of Zensical's search index; every article is still in it.
    locations = {item["location"] for item in json.loads((site / "search.json").read_text())["items"]}
    assert not any(location.startswith("chu-de/") for location in locations)
    assert all(f"{link.removesuffix('.md')}/" in locations for links in listing.values() for link in links)


def test_index_pages_too_large_for_zensicals_search_are_kept_out_of_it(tmp_path: Path) -> None:
    links = "\n".join(f"- [Bài số {n} về hợp tác quốc phòng](bai-viet/bai-{n}.md)" for n in range(9000))
    (tmp_path / "thuat-ngu.md").write_text(
        f"# Thuật ngữ\n\n## ASEAN {{ #asean }}\n\n{links}\n", encoding="utf-8"
    )
    (tmp_path / "nhan-vat.md").write_text("# Nhân vật\n\n## A\n\n- [X](bai-viet/x.md)\n", encoding="utf-8")
    assert (
        largest_section_tokens((tmp_path / "thuat-ngu.md").read_text(encoding="utf-8"))
        > ZENSICAL_SECTION_TOKENS
    )
    assert exclude_oversized_from_search(tmp_path) == ["thuat-ngu.md"]
    assert _front_matter((tmp_path / "thuat-ngu.md").read_text(encoding="utf-8")) == {
        "search": {"exclude": True}
    }
    assert (tmp_path / "nhan-vat.md").read_text(encoding="utf-8").startswith("# Nhân vật")
    assert exclude_oversized_from_search(tmp_path) == []
