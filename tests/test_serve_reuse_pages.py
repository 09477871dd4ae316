"""`mkdocs serve --dirty` keeps the File and Page objects of generated pages whose Markdown did not
change (integration/markdown_pages.GeneratedPages): what each rebuild writes is what a cold build of
the same seeds writes, the navigation shows the titles of the pages it did not read again, and an
edited, a removed and a renamed seed are followed.

The builds run in-process the way ``mkdocs serve --dirty`` runs them: one plugin instance
(``on_startup(command="serve", dirty=True)``), a new config per rebuild, every build dirty.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import run_build
from mkdocs.commands.build import build
from mkdocs.config import load_config

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import make_project  # noqa: E402

ARTICLES = 36  # more than the sidebar lists (nav_articles = 30): the archive link is there too


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("REPO_URL", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")  # one build date (sitemap, gzip header)
    return make_project(tmp_path / "project", ARTICLES)


def _files(site: Path) -> dict[str, tuple[int, bytes]]:
    return {
        path.relative_to(site).as_posix(): (path.stat().st_mtime_ns, path.read_bytes())
        for path in site.rglob("*")
        if path.is_file()
    }


def _cold(project: Path, site: Path) -> dict[str, bytes]:
    # Another process: in this one MkDocs would hand the serving plugin instance to the build.
    run_build(project, site, strict=False)
    return {name: data for name, (_, data) in _files(site).items()}


# Material's tags plugin links a page's tags to the tags page only in a build that renders the
# tags page (its own `--dirty` limitation, with or without kept pages): the tags are compared
# without their links.
TAG_LINK = re.compile(rb'<a href="[^"]*#tag:[^"]*" class="md-tag">(.*?)</a>')


# Material's tags plugin lists only the pages a build renders (the same `--dirty` limitation).
MATERIAL_TAGS_LISTING = {"tags.json"}


def _without_tags_page(index: bytes) -> dict:
    """Material's search index but the tags page's entries (a dirty build does not render it)."""
    data = json.loads(index)
    data["docs"] = [doc for doc in data["docs"] if doc["location"].partition("#")[0] != "chu-de/"]
    return data


def _same_page(served: bytes, cold: bytes) -> bool:
    if served.startswith(b'{"config"'):
        return _without_tags_page(served) == _without_tags_page(cold)
    return TAG_LINK.sub(rb'<span class="md-tag">\1</span>', cold) == served or served == cold


def _nav_titles(html: str) -> list[str]:
    """The titles of the sidebar's links (Material's ``md-ellipsis`` spans)."""
    return [" ".join(t.split()) for t in re.findall(r'<span class="md-ellipsis">(.*?)</span>', html, re.S)]


class Serve:
    def __init__(self, project: Path, site: Path) -> None:
        self.project, self.site = project, site
        config = self._config()
        config.plugins.on_startup(command="serve", dirty=True)
        self.plugin = config.plugins["seed-articles"]
        build(config, dirty=True)
        self.before = _files(site)

    def _config(self):
        return load_config(str(self.project / "mkdocs.yml"), site_dir=str(self.site))

    def rebuild(self) -> set[str]:
        """A dirty rebuild; returns the files it wrote."""
        build(self._config(), dirty=True)
        after = _files(self.site)
        written = {name for name, (mtime, _) in after.items() if self.before.get(name, (None,))[0] != mtime}
        self.before = after
        return written


def _check(serve: Serve, written: set[str], tmp_path: Path, name: str, search: bool = True) -> None:
    """``search=False``: leave out the plugin's search index, which reads the tags page's entries
    (stale when a seed goes: tests/test_serve_dirty_outputs.py)."""
    cold = _cold(serve.project, tmp_path / name)
    served = {file: data for file, (_, data) in serve.before.items()}
    # Every page of the cold build is there, and none more (removed and renamed seeds' pages go).
    assert set(served) == set(cold)
    assert written, "the rebuild wrote nothing"
    for file in sorted(written - MATERIAL_TAGS_LISTING):
        if not search and file.startswith("search/seed/"):
            continue
        assert _same_page(served[file], cold[file]), file


def test_dirty_rebuilds_reuse_unchanged_pages_and_write_what_a_cold_build_writes(
    project: Path, tmp_path: Path
) -> None:
    seeds = sorted((project / "seeds").glob("*.txt"))
    serve = Serve(project, tmp_path / "served")
    first = dict(serve.plugin.generated_pages.files())
    assert first and not serve.plugin.generated_pages.reused

    # An edited seed: its page (and those that show it) are new, the others the first build's objects.
    seeds[3].write_text(
        seeds[3].read_text(encoding="utf-8") + "\nMột đoạn mới về hợp tác quốc phòng được thêm vào.\n",
        encoding="utf-8",
    )
    written = serve.rebuild()
    reused = serve.plugin.generated_pages.reused
    assert len(reused) > ARTICLES // 2
    for src_uri in reused:
        assert serve.plugin.generated_pages.files()[src_uri] is first[src_uri]
        assert serve.plugin.generated_pages.files()[src_uri].page is first[src_uri].page
    edited = [html for file, html in serve.before.items() if file in written and file.startswith("bai-viet/")]
    assert edited
    _check(serve, written, tmp_path, "cold-edit")

    # The sidebar of a page rendered again shows the titles of the pages that were not read again.
    page = next(name for name in written if name.startswith("bai-viet/") and name.endswith("index.html"))
    titles = _nav_titles(serve.before[page][1].decode("utf-8"))
    assert sum(1 for title in titles if title) > 30, titles

    # A removed seed, then a renamed one: same files as a cold build, the old page gone.
    # (In so small a corpus one article less changes every page's relations: none is kept.)
    seeds[5].unlink()
    written = serve.rebuild()
    _check(serve, written, tmp_path, "cold-remove", search=False)

    seeds[7].rename(seeds[7].with_name("doi-ten.txt"))
    written = serve.rebuild()
    _check(serve, written, tmp_path, "cold-rename", search=False)


def test_a_page_whose_output_is_missing_is_rendered_again_from_its_kept_objects(
    project: Path, tmp_path: Path
) -> None:
    serve = Serve(project, tmp_path / "served")
    src_uri, file = next(
        (uri, f) for uri, f in serve.plugin.generated_pages.files().items() if uri.startswith("bai-viet/")
    )
    Path(file.abs_dest_path).unlink()
    serve.rebuild()
    assert serve.plugin.generated_pages.files()[src_uri] is file  # kept, and written again
    cold = _cold(project, tmp_path / "cold")
    served = {name: data for name, (_, data) in serve.before.items()}
    assert _same_page(served[file.dest_uri], cold[file.dest_uri])


def test_a_changed_site_setting_makes_new_objects(project: Path, tmp_path: Path) -> None:
    serve = Serve(project, tmp_path / "served")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            'site_url: !ENV [SITE_URL, "https://example.github.io/hoi-nhap-quoc-phong/"]',
            'site_url: "https://example.org/khac/"',
        ),
        encoding="utf-8",
    )
    written = serve.rebuild()
    assert not serve.plugin.generated_pages.reused
    page = next(iter(serve.plugin.generated_pages.files().values())).page
    assert page.canonical_url.startswith("https://example.org/khac/")
    assert written
