"""The real site: one page per seed, home page, no third-party requests, determinism."""

from __future__ import annotations

import filecmp
import re
from pathlib import Path

import yaml
from conftest import REPO, article_pages, copy_project, run_build
from html_utils import load, text_of
from seed_articles.build.parse_stage import list_seeds
from seed_articles.parsing import parse_seed


def real_titles() -> dict[str, str]:
    return {path.name: parse_seed(path, f"seeds/{path.name}").title for path in list_seeds(REPO / "seeds")}


def test_one_page_per_seed_with_its_title_as_heading(real_site: Path) -> None:
    pages = article_pages(real_site)
    titles = real_titles()
    assert len(pages) == len(titles) == 5
    headings = sorted(text_of(load(page).cssselect("article h1")[0]).rstrip("¶").strip() for page in pages)
    assert headings == sorted(titles.values())


def test_home_lists_every_article_newest_first(real_site: Path) -> None:
    home = load(real_site / "index.html")
    links = home.cssselect(".seed-latest h3 a:not(.headerlink)")
    listed = [text_of(link) for link in links]
    assert sorted(listed) == sorted(real_titles().values())
    # Dates shown with each entry are in descending order (undated ones last).
    entries = home.cssselect(".seed-latest h3")
    dates = []
    for heading in entries:
        meta = heading.getnext()
        text = text_of(meta) if meta is not None and "seed-latest__meta" in (meta.get("class") or "") else ""
        match = re.search(r"(\d{2})/(\d{2})/(\d{4})|tháng (\d{1,2})/(\d{4})", text)
        if match and match.group(1):
            dates.append((int(match.group(3)), int(match.group(2)), int(match.group(1))))
        elif match:
            dates.append((int(match.group(5)), int(match.group(4)), 0))  # unknown day sorts as earliest
        else:
            dates.append(None)
    known = [d for d in dates if d is not None]
    assert known == sorted(known, reverse=True)
    assert dates[: len(known)] == known, "undated articles must come after dated ones"


def test_articles_section_is_ordered_by_date(real_site: Path) -> None:
    home = load(real_site / "index.html")
    nav_titles = [
        text_of(a) for a in home.cssselect(".md-nav--primary a") if "bai-viet/" in (a.get("href") or "")
    ]
    latest = [text_of(a) for a in home.cssselect(".seed-latest h3 a:not(.headerlink)")]
    ordered = [title for title in dict.fromkeys(nav_titles) if title in latest]
    assert ordered == latest


THIRD_PARTY = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//(?!127\.0\.0\.1|localhost)""", re.I)


def test_pages_request_nothing_from_third_party_hosts(real_site: Path) -> None:
    for page in real_site.rglob("*.html"):
        tree = load(page)
        for element in tree.iter("script", "link", "img", "iframe", "source", "video", "audio"):
            for attribute in ("src", "href"):
                url = element.get(attribute) or ""
                if element.tag == "link" and element.get("rel") in {"canonical", "alternate"}:
                    continue
                assert not re.match(r"(?:https?:)?//", url), f"{page}: <{element.tag} {attribute}={url}>"
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
        assert 'data-md-component="source"' not in html, "Material would fetch repository facts from GitHub"
    for stylesheet in real_site.rglob("*.css"):
        css = stylesheet.read_text(encoding="utf-8")
        assert not re.search(r"@import\s+url\((?:https?:)?//", css)


def test_front_matter_is_page_meta(real_site: Path) -> None:
    # The seed link and view-source button come from page.meta["seed"].
    for page in article_pages(real_site):
        html = page.read_text(encoding="utf-8")
        assert re.search(r'href="[^"]*/raw/main/seeds/[^"]+\.txt"', html), page


def test_build_writes_nothing_outside_its_output(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    before = {p.relative_to(project): p.read_bytes() for p in project.rglob("*") if p.is_file()}
    run_build(project, tmp_path / "site")
    after = {p.relative_to(project): p.read_bytes() for p in project.rglob("*") if p.is_file()}
    # Only the build's cache is new (tests/test_build_cache.py checks what it holds).
    new = {path for path in after if path not in before}
    assert Path(".cache/seed-articles/state.pickle") in new
    assert all(path.is_relative_to(".cache/seed-articles") for path in new), new
    assert {path: after[path] for path in before} == before


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    run_build(project, tmp_path / "one")
    run_build(project, tmp_path / "two")
    comparison = filecmp.dircmp(tmp_path / "one", tmp_path / "two")

    def differences(cmp: filecmp.dircmp) -> list[str]:
        found = [*cmp.left_only, *cmp.right_only]
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found += mismatch + errors
        for sub in cmp.subdirs.values():
            found += differences(sub)
        return found

    assert differences(comparison) == []


def test_non_txt_files_in_seeds_are_not_articles(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "notes.md").write_text("# Không phải bài báo\n", encoding="utf-8")
    (project / "seeds" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    run_build(project, tmp_path / "site")
    assert len(article_pages(tmp_path / "site")) == 5


def test_generated_markdown_has_front_matter_keys(real_build) -> None:
    from seed_articles.build.types import Settings
    from seed_articles.pipeline import Pipeline

    build = Pipeline().build(Settings(repo_root=real_build.project, seeds_dir=real_build.project / "seeds"))
    for record in build.articles:
        assert record.markdown.startswith("---\n")
        meta = yaml.safe_load(record.markdown.split("---\n", 2)[1])
        for key in (
            "title",
            "authors",
            "summary",
            "tags",
            "abbreviations",
            "related",
            "seed",
            "words",
            "reading_time",
        ):
            assert key in meta, (record.parsed.seed, key)
        assert meta["seed"].startswith("seeds/") and meta["seed"].endswith(".txt")
        assert isinstance(meta["authors"], list) and meta["words"] > 50 and meta["reading_time"] >= 1
