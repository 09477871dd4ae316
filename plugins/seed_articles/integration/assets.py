"""Static files the plugin ships and adds to every site: the search worker and the page CSS."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

PACKAGE_ASSETS = Path(__file__).resolve().parent.parent / "assets"
WORKER_DIR = "assets/seed-search"  # the worker finds the index at ../../search/seed/
STYLESHEET = "assets/seed-articles/seed-articles.css"


def asset_sources() -> dict[str, Path]:
    """Site path → file in the package, in a stable order."""
    sources = {f"{WORKER_DIR}/{path.name}": path for path in sorted((PACKAGE_ASSETS / "search").glob("*.js"))}
    sources[STYLESHEET] = PACKAGE_ASSETS / "seed-articles.css"
    return sources


def add_stylesheet(config: MkDocsConfig) -> None:
    """Every theme links ``extra_css``: the generated pages' classes get their style anywhere."""
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)


def add_asset_files(files: Files, config: MkDocsConfig) -> None:
    """Add the package's assets as site files; a file of the same path in docs/ wins."""
    for src_uri, source in asset_sources().items():
        if files.get_file_from_path(src_uri) is None:
            files.append(File.generated(config, src_uri, abs_src_path=str(source)))
