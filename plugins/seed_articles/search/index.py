"""Write the Vietnamese search index and worker next to Material's search.

Runs after Material's search plugin wrote ``search/search_index.json``:

1. read Material's index (every page and section of the site); article
   pages come from the sections the plugin read from their HTML itself;
2. build postings of folded syllables and syllable bigrams per page;
3. write them as small range shards plus one small store file per page,
   with a manifest, under ``search/seed/`` (only the files whose bytes
   changed, so a `--dirty` rebuild writes a few).

Material's own index is left complete: other tools and themes read it. The
worker scripts are site files the plugin adds (``integration.assets``).

Everything written is deterministic (sorted keys, no timestamps).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..logs import get_logger
from .abbreviations import abbreviation_table
from .material_index import MATERIAL_INDEX, SearchPage, pages_from_docs, read_material_index, section_text
from .page_cache import SearchCache
from .postings import build_inverted_index, page_tokens, word_numbers
from .shards import Shard, split_into_shards
from .store import page_record
from .sync import FolderWriter
from .tokens import phrase_terms

if TYPE_CHECKING:
    from ..build.types import SiteBuild

log = get_logger(__name__)

INDEX_DIR = Path("search") / "seed"
ASSETS_DIR = Path("assets") / "seed-search"
MAX_RESULTS = 20  # pages listed per query; the worker fetches one store file for each
FORMAT = 1


def write_search_index(
    site_dir: Path,
    build: SiteBuild,
    articles: list[SearchPage] | None = None,
    writer: FolderWriter | None = None,
    docs: list[dict] | None = None,
    cache: SearchCache | None = None,
    release: bool = False,
    on_read: Callable[[], None] | None = None,
) -> None:
    """Write the Vietnamese index into ``site_dir`` after Material's search plugin ran.

    ``articles`` are the article pages the plugin read itself; they replace
    Material's entries for the same pages. ``docs`` are Material's entries
    when the caller has them in memory (else its JSON file is read). ``cache``
    keeps each page's tokens and store record for the next build. See
    :func:`write_index_files` for ``release`` and ``on_read``.
    """
    if not (site_dir / MATERIAL_INDEX).is_file():
        return  # Material's search plugin is off: nothing to search
    start = time.perf_counter()
    writer = writer or FolderWriter()
    manifest = write_index_files(
        site_dir, build.glossary_expansions, articles, writer, docs, cache, release=release, on_read=on_read
    )
    log.info(
        "search: %d pages indexed in %d shards in %.2f s (%d files written, %s pages tokenised)",
        manifest["pages"],
        len(manifest["shards"]),
        time.perf_counter() - start,
        writer.writes,
        cache.computed if cache is not None else "all",
    )


def write_index_files(
    site_dir: Path,
    expansions: Mapping[str, list[str]],
    articles: list[SearchPage] | None = None,
    writer: FolderWriter | None = None,
    docs: list[dict] | None = None,
    cache: SearchCache | None = None,
    release: bool = False,
    on_read: Callable[[], None] | None = None,
) -> dict:
    """Build and write ``search/seed/``; returns the manifest.

    With a ``cache``, a page whose text did not change since it was kept is not
    tokenised again. ``on_read`` is called once every page's tokens and store
    record are made (the caller may then write and drop its cache). With
    ``release`` (a one-off build), the lists ``docs`` and ``articles`` are emptied
    once read, and each part is dropped once it is written out, so the pages'
    text is not held twice at the memory peak.
    """
    ours = {page.location: page for page in articles or []}
    article_locations = set(ours)
    # Our sections of an article page (its text without the link lists) win over Material's,
    # whose text for those pages is not even read.
    if docs is None:
        pages = read_material_index(site_dir, article_locations)[1]
    else:
        pages = pages_from_docs(docs, article_locations, cache.section if cache is not None else section_text)
        if release:
            docs.clear()  # Material's copy of every page's text
    if release and articles:
        articles.clear()
    pages = [ours.pop(page.location, page) for page in pages] + list(ours.values())
    del ours
    page_count = len(pages)
    listings = listing_pages(pages, article_locations) if article_locations else None
    keys: list[bytes] = []
    if cache is None:
        words = word_numbers()
        tokens = [page_tokens(page, words) for page in pages]
        records: list[str | bytes | None] = [page_record(page) for page in pages]
    else:
        cache.start_index()
        parts = [cache.keyed_page_parts(page) for page in pages]
        keys = [part[0] for part in parts]
        tokens = [part[1] for part in parts]
        records = [part[2] for part in parts]
        del parts
    del pages
    if on_read is not None:
        on_read()
    if release:
        # The cache dropped its copies (on_read): UTF-8 takes about two thirds of the memory of
        # Vietnamese text in a str, and these bytes wait until the index is written.
        for number in range(len(records)):
            records[number] = records[number].encode("utf-8")  # type: ignore[union-attr,call-overload]
    if cache is not None and not release:
        # A next build (`serve`) will reuse each unchanged page's counted rows.
        index = cache.inverted_index(keys, tokens)
    else:
        index = build_inverted_index([], tokens=tokens, release=release)
    del tokens
    shards = split_into_shards(index.entries)
    del index  # its entries are in the shards now

    abbreviations = abbreviation_table(expansions)
    manifest = {
        "format": FORMAT,
        "pages": page_count,
        "maxResults": MAX_RESULTS,
        "shards": [shard.first_key for shard in shards],
        "abbreviations": abbreviations,
    }
    if listings is not None:
        manifest["listings"] = listings
    # A rebuild after one edit changes a few shards and store files: only those are written.
    # The files are made as the writer takes them, so only one file's bytes exist at a time.
    (writer or FolderWriter()).sync(site_dir / INDEX_DIR, _index_files(shards, records, manifest, release))
    return manifest


def _index_files(
    shards: list[Shard], records: list[str | bytes | None], manifest: dict, release: bool
) -> Iterator[tuple[str, bytes]]:
    """The shards, the store files and the manifest (last: its version digests the others).

    With ``release``, each shard and record is dropped from its list once encoded.
    """
    digest = hashlib.sha256()
    for number in range(len(shards)):
        data = shards[number].text.encode("utf-8")
        if release:
            shards[number] = None  # type: ignore[call-overload]
        digest.update(data)
        yield f"i/{number}.json", data
    if release:
        shards.clear()
    for number in range(len(records)):
        record = records[number]
        data = record if isinstance(record, bytes) else record.encode("utf-8")  # type: ignore[union-attr]
        if release:
            records[number] = None
        digest.update(data)
        yield f"p/{number}.json", data
    if release:
        records.clear()
    digest.update(json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    manifest["version"] = digest.hexdigest()[:16]
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    yield "manifest.json", text.encode("utf-8")


def listing_pages(pages: list[SearchPage], article_locations: set[str]) -> list[list]:
    """``[[page number, folded title], ...]`` of the pages that are not articles.

    The worker ranks articles above these index pages (home, topics, glossary,
    people, timeline, map) unless the query names the index page's title.
    """
    return [
        [number, " ".join(phrase_terms(page.title))]
        for number, page in enumerate(pages)
        if page.location not in article_locations
    ]


def copy_worker(site_dir: Path) -> None:
    """Copy the worker and the scripts it loads to ``assets/seed-search/`` (outside a build)."""
    source = resources.files("seed_articles") / "assets" / "search"
    target = site_dir / ASSETS_DIR
    target.mkdir(parents=True, exist_ok=True)
    for item in sorted(source.iterdir(), key=lambda entry: entry.name):
        if item.name.endswith(".js"):
            (target / item.name).write_bytes(item.read_bytes())
