"""Outliving the toolchain: the site builds with ProperDocs, the export builds with Zensical."""

from __future__ import annotations

import html as html_lib
import importlib.util
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
import yaml
from conftest import article_pages, copy_project, mkdocs_env, run_build, run_export

GENERATOR_META = re.compile(rb'<meta name="generator" content="[^"]*">')
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+\.md)(#[^)\s]*)?\)")
ABBR = re.compile(r'<abbr title="([^"]*)">')


def _normalised(page: Path) -> bytes:
    """A built page without the generator tag, the one line that names the generator."""
    return GENERATOR_META.sub(b"", page.read_bytes())


@pytest.mark.skipif(importlib.util.find_spec("properdocs") is None, reason="properdocs is not installed")
def test_properdocs_builds_the_same_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    mkdocs_site = tmp_path / "mkdocs-site"
    run_build(project, mkdocs_site)
    properdocs_site = tmp_path / "properdocs-site"
    command = [sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    command += ["-d", str(properdocs_site)]
    result = subprocess.run(command, cwd=project, env=mkdocs_env(), capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # ProperDocs ran our plugin (found through the mkdocs.plugins entry point).
    assert "seed-articles:" in result.stderr + result.stdout
    ours = article_pages(mkdocs_site)
    theirs = article_pages(properdocs_site)
    assert [p.relative_to(mkdocs_site) for p in ours] == [p.relative_to(properdocs_site) for p in theirs]
    assert ours
    for mine, other in zip(ours, theirs, strict=True):
        assert _normalised(mine) == _normalised(other), mine
    for name in ("feed.json", "feed.xml", "sitemap.xml", "404.html"):
        assert _normalised(mkdocs_site / name) == _normalised(properdocs_site / name), name


# -- Zensical on the exported Markdown --------------------------------------------------


def _zensical() -> str | None:
    if importlib.util.find_spec("zensical") is None:
        return None
    return shutil.which("zensical") or str(Path(sys.executable).with_name("zensical"))


@pytest.fixture(scope="module")
def zensical_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The real project exported to Markdown and built by Zensical (no seed-articles plugin)."""
    zensical = _zensical()
    if zensical is None or not Path(zensical).exists():
        pytest.skip("zensical is not installed (pip install zensical)")
    root = tmp_path_factory.mktemp("zensical")
    project = copy_project(root / "project")
    out = root / "export"
    docs = out / "docs"
    # As a user of the export would: pages into out/docs and a plugin-free out/mkdocs.yml.
    result = run_export(project, out, "--with-config")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "mkdocs.yml").is_file()
    result = subprocess.run(
        [zensical, "build", "-f", str(out / "mkdocs.yml")],
        cwd=out,
        env=mkdocs_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = out / "site"
    assert (site / "index.html").is_file()
    return docs, site


def _page_for(site: Path, src: str) -> Path:
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site / (stem.removesuffix("index")) / "index.html"
    return site / stem / "index.html"


def _front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n", 2)[1]) if text.startswith("---\n") else {}


def test_every_exported_page_becomes_a_zensical_page(zensical_export) -> None:
    docs, site = zensical_export
    sources = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    articles = [src for src in sources if src.startswith("bai-viet/")]
    assert len(articles) == len(list((docs.parent.parent / "project" / "seeds").glob("*.txt")))
    for src in sources:
        page = _page_for(site, src)
        assert page.is_file(), src
        meta = _front_matter((docs / src).read_text(encoding="utf-8"))
        if src in articles:
            heading = lxml.html.fromstring(page.read_bytes()).cssselect("article h1")[0]
            assert " ".join(heading.text_content().split()).rstrip("¶ ") == meta["title"]


def test_tooltips_and_glossary_survive_without_the_plugin(zensical_export) -> None:
    docs, site = zensical_export
    glossary = docs / "thuat-ngu.md"
    if glossary.is_file():
        assert _page_for(site, "thuat-ngu.md").is_file()
    found = 0
    for source in sorted((docs / "bai-viet").glob("*.md")):
        markdown = source.read_text(encoding="utf-8")
        wanted = {html_lib.unescape(title) for title in ABBR.findall(markdown)}
        page = _page_for(site, source.relative_to(docs).as_posix())
        built = {element.get("title") for element in lxml.html.fromstring(page.read_bytes()).iter("abbr")}
        assert wanted <= built, source.name
        found += len(wanted)
    if glossary.is_file():
        assert found, "the glossary page exists, so some article must mark an abbreviation"


def test_links_between_pages_survive_without_the_plugin(zensical_export) -> None:
    docs, site = zensical_export
    checked = 0
    for source in sorted(docs.rglob("*.md")):
        src = source.relative_to(docs).as_posix()
        markdown = source.read_text(encoding="utf-8")
        meta = _front_matter(markdown)
        page = _page_for(site, src)
        tree = lxml.html.fromstring(page.read_bytes())
        page_url = posixpath.dirname(page.relative_to(site).as_posix())
        hrefs = set()
        for href in tree.xpath("//article//a/@href"):
            path = href.split("#", 1)[0]
            if path and "://" not in path:
                hrefs.add(posixpath.normpath(posixpath.join(page_url, path)).strip("/"))
        targets = {
            posixpath.normpath(posixpath.join(posixpath.dirname(src), link))
            for link, _ in MARKDOWN_LINK.findall(markdown)
        }
        for target in targets:
            assert (docs / target).is_file(), f"{src} links to a page the export lacks: {target}"
            expected = target.removesuffix(".md").removesuffix("index").strip("/")
            assert expected in hrefs, f"{src}: link to {target} lost"
            checked += 1
        # Related articles named in the front matter are linked from the page.
        for url in meta.get("related") or []:
            assert url.strip("/") in hrefs, f"{src}: related article {url} not linked"
    assert checked, "the export has links between pages (home page list, timeline navigation)"
