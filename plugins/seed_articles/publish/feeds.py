"""Publishing step run after MkDocs wrote the site: feeds and deterministic extras.

Writes RSS 2.0 (``feed.xml``, ``rss.xml``), JSON Feed 1.1 (``feed.json``),
``.nojekyll`` (so a branch deploy serves folders starting with ``_``), and
rewrites ``sitemap.xml.gz`` without a build timestamp, so two builds of the
same articles are byte-identical.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .catalogue import CatalogueEntry, catalogue, newest_date
from .jsonfeed import JSON_FEED_FILE, dump_json_feed, json_feed
from .rss import RSS_FILES, rss_feed
from .sitemap import normalise_sitemap_gzip

if TYPE_CHECKING:
    from ..build.types import SiteBuild


def _write_if_changed(path: Path, text: str) -> None:
    data = text.encode("utf-8")
    if path.is_file() and path.read_bytes() == data:
        return
    path.write_bytes(data)


class FeedMemory:
    """What the last build's feeds were made from: a rebuild with the same inputs skips them.

    A `mkdocs serve --dirty` rebuild after one seed was edited often leaves
    every article's title, date, summary, tags and related links as they
    were; serialising thousands of feed items again would only confirm it.
    """

    def __init__(self) -> None:
        self._inputs: tuple | None = None

    def unchanged(self, inputs: tuple, site_dir: Path) -> bool:
        written = all((site_dir / name).is_file() for name in (JSON_FEED_FILE, *RSS_FILES))
        same = written and inputs == self._inputs
        self._inputs = inputs
        return same


def write_feeds(
    site_dir: Path,
    site_url: str,
    build: SiteBuild,
    site_name: str,
    site_description: str,
    memory: FeedMemory | None = None,
) -> None:
    """Write the feeds, ``.nojekyll`` and a reproducible ``sitemap.xml.gz`` into ``site_dir``."""
    entries = catalogue(build, site_url)
    inputs = (site_url, site_name, site_description, entries, dict(build.glossary_expansions))
    if memory is None or not memory.unchanged(inputs, site_dir):
        _write_feed_files(site_dir, site_url, entries, site_name, site_description, build.glossary_expansions)
    _write_if_changed(site_dir / ".nojekyll", "")
    normalise_sitemap_gzip(site_dir, newest_date(entries))


def _write_feed_files(
    site_dir: Path,
    site_url: str,
    entries: list[CatalogueEntry],
    site_name: str,
    site_description: str,
    glossary: Mapping[str, list[str]],
) -> None:
    feed = json_feed(
        entries,
        site_url=site_url,
        site_name=site_name,
        site_description=site_description,
        glossary=glossary,
    )
    _write_if_changed(site_dir / JSON_FEED_FILE, dump_json_feed(feed))
    for file_name in RSS_FILES:
        text = rss_feed(
            entries,
            site_url=site_url,
            site_name=site_name,
            site_description=site_description,
            file_name=file_name,
        )
        _write_if_changed(site_dir / file_name, text)
