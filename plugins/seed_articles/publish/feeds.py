"""RSS and JSON feeds of all articles (placeholder)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import SiteBuild


def write_feeds(site_dir: Path, site_url: str, build: SiteBuild, site_name: str, site_description: str) -> None:
    """Write feed.xml and feed.json into ``site_dir``."""
