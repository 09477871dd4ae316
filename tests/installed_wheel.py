"""The plugin's wheel installed in a fresh virtual environment, made once per test session.

Shared by ``tests/test_packaging.py``, ``tests/test_installed_wheel.py`` and
``tests/browser/test_installed_wheel_browser.py``: the source copy, the wheel and sdist
(``python -m build``), the fresh venv and the sites built with its ``mkdocs`` are each made once,
by whichever xdist worker asks first, under a file lock (:func:`once`).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

import lxml.html
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "minimal"
BIN = Path(sys.executable).parent  # the project's .venv/bin
#: The other plugin that generates files, installed into the fresh venv beside the wheel
#: (the same requirement as in the test extra of pyproject.toml).
GEN_FILES = "mkdocs-gen-files>=0.5"


def clean_env() -> dict[str, str]:
    """The environment of a user's shell: nothing that points Python at this repository."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.pop("SITE_URL", None)
    env.pop("REPO_URL", None)
    return env


def run(command: list[str | Path], cwd: Path | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, cwd=cwd, env=clean_env()
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, command))} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return result


def once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """``make(folder)`` once per test session, whichever xdist worker asks first.

    Workers share the parent of their base temporary directories; a lock file serialises them
    and a marker file records that ``make`` finished.
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    folder = shared / f"packaging-{name}"
    with open(shared / f"packaging-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".done").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (folder / ".done").touch()
    return folder


def the_one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in {folder}, found {found}"
    return found[0]


def copy_source(folder: Path) -> None:
    """What the build reads, so the build writes nothing into the working tree (egg-info,
    build/) and the checks compare against exactly what was built."""
    for name in ("pyproject.toml", "README.md", "MANIFEST.in"):
        shutil.copy2(REPO / name, folder / name)
    shutil.copytree(
        REPO / "plugins",
        folder / "plugins",
        ignore=shutil.ignore_patterns("__pycache__", "*.py[cod]", "*.egg-info"),
    )


def source_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of what the package is built from (made once per session)."""
    return once(tmp_path_factory, "source", copy_source)


def built_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python -m build``: the sdist, then the wheel built from the sdist (once per session)."""
    source = source_copy(tmp_path_factory)
    return once(
        tmp_path_factory, "dist", lambda out: run([sys.executable, "-m", "build", "--outdir", out, source])
    )


def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the built wheel (and what it requires), then
    mkdocs-gen-files, installed by pip from the same package sources as everything else here.

    The wheel is installed alone first, so its own requirements are resolved without help from
    mkdocs-gen-files (which requires nothing but MkDocs).
    """
    wheel = the_one(built_dist(tmp_path_factory), "*.whl")

    def make(venv: Path) -> None:
        run([sys.executable, "-m", "venv", venv])
        pip = [venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-compile"]
        # --no-compile: skip byte-compiling scipy, scikit-learn … (CPU time the test does not need).
        run([*pip, wheel])
        run([*pip, GEN_FILES])

    return once(tmp_path_factory, "venv", make)


def mkdocs_build(venv: Path, project: Path) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of ``project`` (into ``project/site``) with the venv's own mkdocs."""
    return run([venv / "bin" / "mkdocs", "build", "--strict"], cwd=project)


def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of examples/minimal/ built by the fresh venv's mkdocs; the site is in ``site/``."""
    venv = fresh_venv(tmp_path_factory)

    def make(project: Path) -> None:
        shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("site", ".cache"), dirs_exist_ok=True)
        mkdocs_build(venv, project)

    return once(tmp_path_factory, "example", make)


# --- Sites of other shapes, built from examples/minimal/ with the fresh venv's mkdocs ----------

SUB_PATH_URL = "https://example.org/tin/du-an/"

GEN_PAGES_SCRIPT = '''\
"""Writes a page at build time (mkdocs-gen-files), linking to the plugin's glossary."""

import mkdocs_gen_files

with mkdocs_gen_files.open("bao-cao/tong-hop.md", "w", encoding="utf-8") as page:
    page.write(
        "# Báo cáo tổng hợp của phường\\n\\n"
        "Trang này do mkdocs-gen-files sinh ra khi dựng site.\\n\\n"
        "## Thuật ngữ\\n\\n"
        "Xem [Ủy ban nhân dân](../thuat-ngu.md#ubnd) và [hợp tác xã](../thuat-ngu.md#htx) "
        "trong bảng thuật ngữ, hoặc [mục thuật ngữ](#thuat-ngu) của trang này.\\n"
    )
'''

BLOG_INDEX = "# Nhật ký phường\n"
BLOG_POST = """\
---
date: 2025-03-02
slug: hop-to-dan-pho
categories:
  - Sinh hoạt
---

# Họp tổ dân phố tháng ba

Tổ dân phố số 4 họp bàn về thư viện cộng đồng và chợ phiên nông sản.

<!-- more -->

## Nội dung chính {#noi-dung}

Bà con góp ý về [giờ mở cửa](#noi-dung) của thư viện.
"""


@dataclass(frozen=True)
class Shape:
    """How a site differs from examples/minimal/."""

    #: Top-level keys of mkdocs.yml to set (replacing examples/minimal's value).
    config: dict = field(default_factory=dict)
    #: Where the docs folder is, relative to the folder of mkdocs.yml.
    docs_dir: str = "docs"
    #: Files to add, relative to the folder of mkdocs.yml.
    files: dict[str, str] = field(default_factory=dict)
    #: Pages besides examples/minimal's and the plugin's, as docs-relative source paths.
    pages: tuple[str, ...] = ()


def _plugins(*extra: object) -> list[object]:
    """examples/minimal's plugins with ``extra`` inserted before seed-articles."""
    return ["search", *extra, "seed-articles"]


SHAPES: dict[str, Shape] = {
    "minimal": Shape(),
    "no-directory-urls": Shape(config={"use_directory_urls": False}),
    "sub-path": Shape(config={"site_url": SUB_PATH_URL}),
    # Material's features on, but none of navigation.*; no tags plugin; permalinks in the ToC.
    "no-tags-no-navigation": Shape(
        config={
            "theme": {
                "name": "material",
                "language": "vi",
                "features": ["search.suggest", "search.highlight", "toc.follow", "content.tooltips"],
            },
            "markdown_extensions": [{"toc": {"permalink": True}}],
        }
    ),
    "docs-elsewhere": Shape(config={"docs_dir": "../shared-docs"}, docs_dir="../shared-docs"),
    "gen-files": Shape(
        config={"plugins": _plugins({"gen-files": {"scripts": ["gen_pages.py"]}})},
        files={"gen_pages.py": GEN_PAGES_SCRIPT},
        pages=("bao-cao/tong-hop.md",),
    ),
    # The site enables attr_list for its own pages (the blog post uses {#id}).
    "blog": Shape(
        config={
            "plugins": _plugins("blog"),
            "markdown_extensions": ["attr_list", {"toc": {"permalink": True}}],
        },
        files={"docs/blog/index.md": BLOG_INDEX, "docs/blog/posts/hop-to-dan-pho.md": BLOG_POST},
        pages=("blog/index.md", "blog/posts/hop-to-dan-pho.md"),
    ),
}

#: Where Material's blog plugin puts a post (its default post_url_format, the post's slug).
BLOG_URLS = {"blog/posts/hop-to-dan-pho.md": "blog/2025/03/02/hop-to-dan-pho"}


@dataclass(frozen=True)
class WheelSite:
    """A site built by the fresh venv's ``mkdocs build --strict``."""

    name: str
    project: Path  # the folder of mkdocs.yml
    docs: Path
    site: Path
    config: dict
    shape: Shape

    @property
    def directory_urls(self) -> bool:
        return self.config.get("use_directory_urls", True)

    @property
    def base_path(self) -> str:
        """The URL path the site is published under ("/" without a site_url)."""
        return urlparse(self.config.get("site_url") or "/").path or "/"

    def url_of(self, source: str) -> str:
        """A page's site-relative URL, as MkDocs writes it in search indexes (``a/b/`` or ``a/b.html``)."""
        stem = BLOG_URLS.get(source) or source.removesuffix(".md")
        if not self.directory_urls:
            return f"{stem}.html"
        if stem == "index" or stem.endswith("/index"):
            return stem.removesuffix("index")
        return f"{stem}/"

    def file_of(self, url: str) -> Path:
        """The HTML file of a site-relative URL."""
        path = self.site / unquote(url)
        return path / "index.html" if url == "" or url.endswith("/") else path


def make_site(venv: Path, name: str, folder: Path) -> None:
    """A copy of examples/minimal/ reshaped as SHAPES[name] in ``folder/project``, then built."""
    shape = SHAPES[name]
    project = folder / "project"
    shutil.copytree(EXAMPLE / "seeds", project / "seeds")
    shutil.copytree(EXAMPLE / "docs", (project / shape.docs_dir).resolve())
    config = yaml.safe_load((EXAMPLE / "mkdocs.yml").read_text(encoding="utf-8"))
    config.update(shape.config)
    (project / "mkdocs.yml").write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    for relative, text in shape.files.items():
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / relative).write_text(text, encoding="utf-8")
    result = mkdocs_build(venv, project)
    (folder / "build.log").write_text(result.stdout + result.stderr, encoding="utf-8")


def wheel_site(tmp_path_factory: pytest.TempPathFactory, name: str) -> WheelSite:
    """The site of shape ``name`` built with the installed wheel (once per test session)."""
    venv = fresh_venv(tmp_path_factory)
    if name == "minimal":
        project = example_site(tmp_path_factory)  # the very site tests/test_packaging.py checks
    else:
        project = once(tmp_path_factory, f"site-{name}", lambda folder: make_site(venv, name, folder))
        project = project / "project"
    shape = SHAPES[name]
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    return WheelSite(name, project, (project / shape.docs_dir).resolve(), project / "site", config, shape)


def heading(tree: lxml.html.HtmlElement) -> str:
    """The text of the page's first ``<h1>`` in its content, without the permalink sign."""
    found = tree.xpath("(//div[contains(@class, 'md-content')]//h1)[1]")
    if not found:
        return ""
    copy = lxml.html.fromstring(lxml.html.tostring(found[0]))
    for link in copy.xpath(".//a[contains(@class, 'headerlink')]"):
        link.drop_tree()
    return " ".join(copy.text_content().split())


def articles(site: WheelSite) -> dict[str, tuple[str, str]]:
    """seed path (``seeds/NAME.txt``) → (site-relative URL, title) of its article page.

    feed.json tells each seed's title; the page is the one under ``bai-viet/`` with that heading
    (not the feed's URL: see test_feed_links_reach_the_articles).
    """
    feed = json.loads((site.site / "feed.json").read_text(encoding="utf-8"))
    titles = {item["_seed_articles"]["seed"]: item["title"] for item in feed["items"]}
    pages = {}
    for path in sorted((site.site / "bai-viet").rglob("*.html")):
        url = path.relative_to(site.site).as_posix()
        pages.setdefault(heading(lxml.html.fromstring(path.read_bytes())), []).append(
            url.removesuffix("index.html") if site.directory_urls else url
        )
    found = {}
    for seed, title in titles.items():
        assert len(pages.get(title, [])) == 1, f"{seed}: pages titled {title!r}: {pages.get(title)}"
        found[seed] = (pages[title][0], title)
    return found
