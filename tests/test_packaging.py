"""The plugin as a package any MkDocs site can install.

Declared dependencies match the imports (deptry); ``python -m build`` makes a wheel and an sdist
that hold the data, assets and templates and pass ``twine check`` and ``check-wheel-contents``;
the wheel, installed into a fresh virtual environment, builds ``examples/minimal/`` with
``mkdocs build --strict``. Select with ``-m packaging``. The slow parts (the build, the venv, the
example site) are made once per test session, shared by the xdist workers under a file lock and
with ``tests/test_installed_wheel.py`` (see ``tests/installed_wheel.py``).
"""

from __future__ import annotations

import json
import re
import subprocess
import tarfile
import zipfile
from configparser import ConfigParser
from pathlib import Path

import installed_wheel
import pytest
from installed_wheel import BIN, EXAMPLE, REPO, clean_env, run, the_one

pytestmark = pytest.mark.packaging


def package_files(package: Path) -> set[str]:
    """Every file of the package in a source tree, as a path inside the wheel."""
    return {
        path.relative_to(package.parent).as_posix()
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo")
    }


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return installed_wheel.source_copy(tmp_path_factory)


@pytest.fixture(scope="module")
def built_files(source: Path) -> set[str]:
    return package_files(source / "plugins" / "seed_articles")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python -m build``: the sdist, then the wheel built from the sdist."""
    return installed_wheel.built_dist(tmp_path_factory)


def test_declared_dependencies_match_imports(tmp_path: Path) -> None:
    """deptry on the package: nothing imported but undeclared, declared but unused, or transitive."""
    report = tmp_path / "deptry.json"
    result = subprocess.run(
        [str(BIN / "deptry"), "plugins", "--json-output", str(report)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=clean_env(),
    )
    issues = json.loads(report.read_text(encoding="utf-8"))
    found = [
        f"{issue['error']['code']} {issue['module']}: {issue['error']['message']}"
        for issue in issues
        if issue["error"]["code"] in ("DEP001", "DEP002", "DEP003")
    ]
    assert not found, "dependency issues:\n" + "\n".join(found)
    assert result.returncode == 0, result.stdout + result.stderr


def test_wheel_contents(dist: Path, built_files: set[str]) -> None:
    wheel = the_one(dist, "*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = next(name.split("/")[0] for name in names if name.endswith(".dist-info/METADATA"))
        entry_points = ConfigParser()
        entry_points.read_string(archive.read(f"{dist_info}/entry_points.txt").decode())
        metadata = archive.read(f"{dist_info}/METADATA").decode()

    # Everything the package holds in the source tree is in the wheel: code, data, assets, templates.
    missing = sorted(built_files - names)
    assert not missing, f"files of the package missing from the wheel: {missing}"
    assert {f"seed_articles/data/{name}" for name in ("glossary.yml", "topics.yml", "people.yml")} <= names
    assert any(name.startswith("seed_articles/assets/") for name in names)
    if any(name.startswith("seed_articles/templates/") for name in built_files):
        templates = {name for name in names if name.startswith("seed_articles/templates/")}
        assert templates, "plugins/seed_articles/templates/ has files but the wheel has none of them"
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    assert not [name for name in names if name.split("/")[0] in ("tests", "docs", "seeds", "examples")]

    assert dict(entry_points["mkdocs.plugins"]) == {
        "seed-articles": "seed_articles.plugin:SeedArticlesPlugin"
    }
    assert dict(entry_points["console_scripts"]) == {"seed-articles": "seed_articles.cli:main"}
    # The dependencies nobody imports are gone.
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert not [line for line in requires if "justext" in line or "networkx" in line]


def test_sdist_contents(dist: Path, built_files: set[str]) -> None:
    sdist = the_one(dist, "*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    missing = sorted({f"plugins/{name}" for name in built_files} - names)
    assert not missing, f"files of the package missing from the sdist: {missing}"
    assert {"pyproject.toml", "README.md", "PKG-INFO"} <= names
    assert not [name for name in names if name.startswith("tests/") or "__pycache__" in name]


def test_twine_and_check_wheel_contents(dist: Path) -> None:
    run([BIN / "twine", "check", "--strict", the_one(dist, "*.whl"), the_one(dist, "*.tar.gz")])
    run([BIN / "check-wheel-contents", the_one(dist, "*.whl")])


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the built wheel (and what it requires); mkdocs-gen-files
    is installed after it, for tests/test_installed_wheel.py."""
    return installed_wheel.fresh_venv(tmp_path_factory)


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``mkdocs build --strict`` of a copy of examples/minimal/ with the fresh venv's mkdocs."""
    return installed_wheel.example_site(tmp_path_factory)


def test_fresh_venv_runs_the_installed_plugin(fresh_venv: Path) -> None:
    """The plugin comes from the installed wheel, not from this repository."""
    python = fresh_venv / "bin" / "python"
    where = run([python, "-c", "import seed_articles; print(seed_articles.__file__)"], cwd=fresh_venv).stdout
    assert Path(where.strip()).resolve().is_relative_to(fresh_venv.resolve())
    assert "site-packages" in where
    assert not Path(where.strip()).resolve().is_relative_to(REPO)


def test_minimal_example_is_minimal() -> None:
    config = (EXAMPLE / "mkdocs.yml").read_text(encoding="utf-8")
    assert len(config.splitlines()) <= 10
    assert "seed-articles" in config and "language: vi" in config
    seeds = sorted((EXAMPLE / "seeds").glob("*.txt"))
    assert 2 <= len(seeds) <= 3
    assert (EXAMPLE / "docs" / "index.md").is_file()


def test_example_has_a_page_for_every_seed(example_site: Path) -> None:
    site = example_site / "site"
    seeds = {f"seeds/{path.name}" for path in (example_site / "seeds").glob("*.txt")}
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    by_seed = {item["_seed_articles"]["seed"]: item for item in feed["items"]}
    assert set(by_seed) == seeds

    for seed, item in by_seed.items():
        url = item["url"].split("://", 1)[-1].split("/", 1)[-1] if "://" in item["url"] else item["url"]
        page = site / url / "index.html"
        assert page.is_file(), f"no page for {seed} at {url}"
        assert item["title"] in page.read_text(encoding="utf-8"), f"{url} does not show its title"
    articles = sorted((site / "bai-viet").glob("*/index.html"))
    assert len(articles) == len(seeds)
    for article in articles:
        # The page's Markdown was fully rendered without the site enabling any extension itself.
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", article.read_text(encoding="utf-8"), re.S)
        assert heading and "{" not in heading.group(1), f"{article}: raw Markdown in the title"

    # The home page's marker became the list of the latest articles.
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "seed-articles:latest" not in home
    for article in articles:
        assert f'href="{article.parent.relative_to(site).as_posix()}/"' in home


def test_example_search_index_lists_every_page(example_site: Path) -> None:
    """Material's own search/search_index.json covers every page, article pages included."""
    site = example_site / "site"
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = {doc["location"].split("#", 1)[0] for doc in index["docs"]}
    pages = {
        "" if path.parent == site else path.parent.relative_to(site).as_posix() + "/"
        for path in site.rglob("index.html")
    }
    articles = {page for page in pages if page.startswith("bai-viet/")}
    assert articles, "the example built no article pages"
    missing = sorted(pages - indexed)
    assert not missing, f"pages missing from search/search_index.json: {missing}"
