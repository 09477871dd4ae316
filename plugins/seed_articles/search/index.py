"""Build the search index from Material's search_index.json (placeholder)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import SiteBuild


def write_search_index(site_dir: Path, build: SiteBuild) -> None:
    """Write the search assets into ``site_dir`` after Material's search plugin ran."""
