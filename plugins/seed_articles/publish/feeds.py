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
from .jsonfeed import (
    EXTENSION_KEY,
    JSON_FEED_FILE,
    dump_json_feed,
    dump_json_feed_items,
    json_feed,
    json_feed_item_text,
)
from .rss import RSS_FILES, rss_feed, rss_item_text
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
        # seed → (its entry, the entry's JSON Feed item text, its RSS item text) of the last build
        self._items: dict[str, tuple[CatalogueEntry, str, str]] = {}
        self.items_made = 0  # items serialised by the last write (for logs and tests)

    def item_texts(self, entries: list[CatalogueEntry]) -> tuple[list[str], list[str]]:
        """Each entry's JSON Feed and RSS item texts, serialised again only for changed entries."""
        kept = self._items
        items: dict[str, tuple[CatalogueEntry, str, str]] = {}
        self.items_made = 0
        for entry in entries:
            found = kept.get(entry.seed)
            if found is None or found[0] != entry:
                found = (entry, json_feed_item_text(entry), rss_item_text(entry))
                self.items_made += 1
            items[entry.seed] = found
        if len(items) != len(entries):  # two entries of one seed: nothing to key them by
            self._items = {}
            self.items_made = len(entries)
            return [json_feed_item_text(e) for e in entries], [rss_item_text(e) for e in entries]
        self._items = items
        return [texts[1] for texts in items.values()], [texts[2] for texts in items.values()]

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
        _write_feed_files(
            site_dir, site_url, entries, site_name, site_description, build.glossary_expansions, memory
        )
    _write_if_changed(site_dir / ".nojekyll", "")
    normalise_sitemap_gzip(site_dir, newest_date(entries))


def _write_feed_files(
    site_dir: Path,
    site_url: str,
    entries: list[CatalogueEntry],
    site_name: str,
    site_description: str,
    glossary: Mapping[str, list[str]],
    memory: FeedMemory | None = None,
) -> None:
    # Items kept from the last build are reused as text: only changed entries are serialised.
    json_items, rss_items = memory.item_texts(entries) if memory is not None else (None, None)
    feed = json_feed(
        [] if json_items is not None else entries,
        site_url=site_url,
        site_name=site_name,
        site_description=site_description,
        glossary=glossary,
    )
    if json_items is not None:
        feed[EXTENSION_KEY]["articles"] = len(entries)
        text = dump_json_feed_items(feed, json_items)
    else:
        text = dump_json_feed(feed)
    _write_if_changed(site_dir / JSON_FEED_FILE, text)
    del feed, text, json_items
    for file_name in RSS_FILES:
        text = rss_feed(
            entries,
            site_url=site_url,
            site_name=site_name,
            site_description=site_description,
            file_name=file_name,
            item_texts=rss_items,
        )
        _write_if_changed(site_dir / file_name, text)
