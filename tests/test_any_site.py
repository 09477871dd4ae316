"""The plugin in a site that is not this repository: a new user's minimal config and its variants.

Each site is built from scratch in a temporary folder with only the plugin
package (no docs/overrides/, no markdown_extensions), then read back:
Material's own search index, no raw attribute-list text, every anchor found.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import lxml.html
import pytest
from any_site import MINIMAL_CONFIG, make_project
from conftest import run_build

#: name → (mkdocs.yml, docs folder). The minimal site has no tags plugin and no Material features.
CONFIGS: dict[str, tuple[str, str]] = {
    "minimal": (MINIMAL_CONFIG, "docs"),
    "no-directory-urls": (MINIMAL_CONFIG + "use_directory_urls: false\n", "docs"),
    "sub-path": (MINIMAL_CONFIG + "site_url: https://example.org/tin/quoc-phong/\n", "docs"),
    "docs-elsewhere": (MINIMAL_CONFIG + "docs_dir: noi-dung/trang\n", "noi-dung/trang"),
    "mkdocs-theme": (MINIMAL_CONFIG.replace("{name: material, language: vi}", "mkdocs"), "docs"),
}
RAW_MARKUP = ("{#", "{:", 'markdown="1"', "markdown>")


@dataclass(frozen=True)
class Site:
    name: str
    project: Path
    site: Path
    log: str
    directory_urls: bool


@pytest.fixture(scope="module", params=sorted(CONFIGS))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Site:
    config, docs = CONFIGS[request.param]
    root = tmp_path_factory.mktemp(request.param)
    project = make_project(root / "project", config, docs)
    result = run_build(project, root / "site")  # --strict
    return Site(
        request.param,
        project,
        root / "site",
        result.stdout + result.stderr,
        "use_directory_urls" not in config,
    )


def html_pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if path.name != "404.html")


def page_url(site: Path, path: Path, directory_urls: bool) -> str:
    """The page's URL as MkDocs writes it in search indexes (``a/b/`` or ``a/b.html``)."""
    relative = path.relative_to(site).as_posix()
    if directory_urls:
        return relative.removesuffix("index.html")
    return relative


def ids_of(path: Path, cache: dict[Path, set[str]]) -> set[str]:
    if path not in cache:
        tree = lxml.html.fromstring(path.read_bytes())
        cache[path] = {str(element.get("id")) for element in tree.iter() if element.get("id")}
    return cache[path]


def visible_text(tree: lxml.html.HtmlElement) -> str:
    for element in tree.xpath("//script | //style"):
        element.drop_tree()
    return tree.text_content()


def test_standard_search_index_lists_every_page_articles_included(built: Site) -> None:
    data = json.loads((built.site / "search/search_index.json").read_text("utf-8"))
    indexed = {str(doc["location"]).split("#", 1)[0] for doc in data["docs"]}
    pages = {page_url(built.site, path, built.directory_urls) for path in html_pages(built.site)}
    articles = {url for url in pages if url.startswith("bai-viet/")}
    assert len(articles) == len(list((built.project / "seeds").glob("*.txt")))
    if not built.directory_urls:
        indexed = {location or "index.html" for location in indexed}
    assert pages <= indexed


def test_no_page_shows_raw_markup(built: Site) -> None:
    for path in html_pages(built.site):
        source = path.read_text("utf-8")
        text = visible_text(lxml.html.fromstring(source))
        shown = [marker for marker in ("{#", "{:") if marker in text]
        left = [marker for marker in RAW_MARKUP[2:] if marker in source]
        assert not shown and not left, f"{path.relative_to(built.site)}: {shown + left}"


def test_every_anchor_link_finds_its_id(built: Site) -> None:
    cache: dict[Path, set[str]] = {}
    missing = []
    checked = 0
    for path in html_pages(built.site):
        tree = lxml.html.fromstring(path.read_bytes())
        base = path.relative_to(built.site).as_posix()
        for link in tree.xpath("//a[@href]"):
            href = str(link.get("href"))
            target, _, anchor = href.partition("#")
            if not anchor or urlparse(href).scheme:
                continue
            resolved = urlparse(urljoin(f"http://site/{base}", target)).path.lstrip("/")
            file = built.site / unquote(resolved)
            if file.is_dir() or not resolved or resolved.endswith("/"):
                file = file / "index.html"
            checked += 1
            if not file.is_file() or unquote(anchor) not in ids_of(file, cache):
                missing.append(f"{base}: {href}")
    assert checked and not missing, missing[:20]


def test_material_sites_wire_the_vietnamese_worker_and_the_other_theme_says_what_is_off(
    built: Site,
) -> None:
    home = (built.site / "index.html").read_text("utf-8")
    notices = [line for line in built.log.splitlines() if "is not Material" in line]
    if built.name == "mkdocs-theme":
        assert len(notices) == 1 and "'mkdocs'" in notices[0] and "search" in notices[0]
        assert "seed-search/worker.js" not in home
        return
    assert not notices
    assert "seed-search/worker.js" in home and (built.site / "assets/seed-search/worker.js").is_file()
    assert (built.site / "search/seed/manifest.json").is_file()
    assert (built.site / "assets/seed-articles/seed-articles.css").is_file()
    assert "assets/seed-articles/seed-articles.css" in home


HOSTILE_TITLE = '<img src=x onerror=alert(1)> & "Tiêu đề" thử'


def test_scraped_titles_stay_text_without_the_repository_overrides(tmp_path: Path) -> None:
    """Material prints page.meta.title unescaped in <title> and the header: the plugin escapes it."""
    project = make_project(tmp_path / "project")
    # A sidecar title reaches the page untouched (a seed line of HTML would be dropped as residue).
    (project / "seeds" / "hostile.txt").write_text(
        "Tiêu đề tạm\n\nĐoạn dẫn của bài thử nghiệm về hợp tác đào tạo giữa hai nhà trường.\n",
        encoding="utf-8",
    )
    (project / "seeds" / "hostile.yml").write_text(f"title: {json.dumps(HOSTILE_TITLE)}\n", encoding="utf-8")
    run_build(project, tmp_path / "site")
    pages = [page for page in html_pages(tmp_path / "site") if "&lt;img src=x" in page.read_text("utf-8")]
    assert pages, "the hostile title appears nowhere"
    for page in html_pages(tmp_path / "site"):
        tree = lxml.html.fromstring(page.read_bytes())
        assert not tree.xpath("//img[@onerror]"), page
        assert not [element for element in tree.iter() if "onerror" in getattr(element, "attrib", {})], page
    trees = [lxml.html.fromstring(page.read_bytes()) for page in pages]
    article = next(tree for tree in trees if "".join(tree.xpath("//h1//text()")).startswith(HOSTILE_TITLE))
    assert article.findtext(".//title").startswith(HOSTILE_TITLE)  # shown as text, escaped once
