"""What the search index keeps of each page between builds, in memory and on disk.

Reading an article page's sections from its HTML (:mod:`.article_sections`),
tokenising a page's text (:func:`.postings.page_tokens`) and writing its store
record (:func:`.store.page_record`) are pure functions of their inputs, so each
result is kept under a digest of exactly those inputs:

- an article's sections under its location, title, tags and HTML;
- a page's tokens and store record under its location, title, tags and sections;
- the plain title and paragraphs of Material's entries (other pages) under their HTML.

A page whose inputs changed gets a new digest, so a kept result is never used
for it. ``mkdocs serve`` keeps the results in memory between rebuilds; a new
process reads them from ``search.pickle`` in the plugin's cache folder (the
format, checksums and atomic writes of :mod:`..build.disk_cache`, keyed the
same way by the plugin's code and settings). Each build keeps only what it
used, so the file does not grow with deleted pages.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..build.background import run_in_background
from ..build.disk_cache import CacheProblem, DiskCache, dump
from ..logs import get_logger
from .material_index import SearchPage, section_text
from .postings import InvertedIndex, PageTokens, PostingsMemory, page_tokens, word_numbers
from .store import page_record

if TYPE_CHECKING:
    from ..build.types import Settings

log = get_logger(__name__)

CACHE_FOLDER = "search"  # under Settings.cache_dir: the build's own state file is beside it
ARTICLES = "articles"
PAGES = "pages"
SECTIONS = "sections"


def _digest(value: object) -> bytes:
    return hashlib.blake2b(_fast_pickle(value), digest_size=20).digest()


def _fast_pickle(value: object) -> bytes:
    """Pickle without its memo: equal values give equal bytes, whatever objects they share."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: the bytes depend on the values only
    pickler.dump(value)
    return out.getvalue()


def article_key(location: str, title: str, tags: list[str], html: str) -> bytes:
    """Digest of everything :func:`.article_sections.article_search_page` reads."""
    return _digest((location, title, list(tags), html))


def page_key(page: SearchPage) -> bytes:
    """Digest of everything a page's tokens and store record are made from."""
    return _digest(
        (
            page.location,
            page.title,
            list(page.tags),
            [(section.anchor, section.title, list(section.paragraphs)) for section in page.sections],
        )
    )


class SearchCache:
    """Article sections, page tokens and store records of the last builds, by digest."""

    def __init__(self) -> None:
        self.articles: dict[bytes, SearchPage] = {}
        self.pages: dict[bytes, tuple[PageTokens, str]] = {}
        self.sections: dict[bytes, tuple[str, list[str]]] = {}
        self._used_articles: set[bytes] = set()
        self._used_pages: set[bytes] = set()
        self._used_sections: set[bytes] = set()
        self._changed = False
        self._loaded_from: Path | None = None
        self._words = word_numbers()  # shared by the pages tokenised here (quicker lookups)
        self.computed = 0  # pages tokenised by the last index build (for logs and tests)
        # Counted rows of each page for the postings (memory only: `serve` rebuilds reuse them).
        self.postings = PostingsMemory()

    # --- article sections (on_page_context) ---

    def article(self, key: bytes, compute: Callable[[], SearchPage]) -> SearchPage:
        self._used_articles.add(key)
        found = self.articles.get(key)
        if found is None:
            found = self.articles[key] = compute()
            self._changed = True
        return found

    # --- Material's entries of the other pages (the index) ---

    def section(self, title: str, text: str) -> tuple[str, list[str]]:
        """:func:`.material_index.section_text`, kept by a digest of the entry's title and text."""
        key = _digest((title, text))
        self._used_sections.add(key)
        found = self.sections.get(key)
        if found is None:
            found = self.sections[key] = section_text(title, text)
            self._changed = True
        return found[0], list(found[1])

    # --- tokens and store records (the index) ---

    def page_parts(self, page: SearchPage) -> tuple[PageTokens, str]:
        return self.keyed_page_parts(page)[1:]

    def keyed_page_parts(self, page: SearchPage) -> tuple[bytes, PageTokens, str]:
        """The page's key (:func:`page_key`), tokens and store record."""
        key = page_key(page)
        self._used_pages.add(key)
        found = self.pages.get(key)
        if found is None:
            found = self.pages[key] = (page_tokens(page, self._words), page_record(page))
            self._changed = True
            self.computed += 1
        return key, *found

    def inverted_index(self, keys: list[bytes], tokens: list[PageTokens]) -> InvertedIndex:
        """The postings of the pages, counting again only the pages not counted by a former build."""
        return self.postings.build(keys, tokens)

    def start_index(self) -> None:
        self.computed = 0

    # --- between builds ---

    def end_build(self, live_articles: Iterable[SearchPage] = ()) -> None:
        """Forget what this build did not use (deleted or changed pages).

        ``live_articles``: the article sections the site still holds besides those this build
        read (a `--dirty` build reads only the changed articles; every build of a
        `serve --dirty` session is one, the first too).
        """
        live = {id(page) for page in live_articles}
        kept = {
            key: page for key, page in self.articles.items() if key in self._used_articles or id(page) in live
        }
        if len(kept) != len(self.articles):
            self.articles = kept
            self._changed = True
        if len(self._used_pages) != len(self.pages):
            self.pages = {key: self.pages[key] for key in self._used_pages if key in self.pages}
            self._changed = True
        if len(self._used_sections) != len(self.sections):
            self.sections = {key: self.sections[key] for key in self._used_sections if key in self.sections}
            self._changed = True
        self._used_articles = set()
        self._used_pages = set()
        self._used_sections = set()

    def release(self) -> None:
        self.articles = {}
        self.pages = {}
        self.sections = {}
        self._words = word_numbers()
        self.postings = PostingsMemory()

    def load(self, settings: Settings | None) -> None:
        """Read what a former process kept (once per process; nothing if there is no cache folder)."""
        folder = _folder(settings)
        if folder is None or folder == self._loaded_from:
            return
        self._loaded_from = folder
        assert settings is not None
        state = DiskCache(folder, settings).open()
        if state is None:
            return
        try:
            articles = state.load(ARTICLES)
            pages = state.load(PAGES)
            sections = state.load(SECTIONS)
        except CacheProblem as error:
            log.info("ignoring the search cache %s: %s", state.path, error)
            return
        finally:
            state.close()
        if isinstance(articles, dict) and isinstance(pages, dict) and isinstance(sections, dict):
            articles.update(self.articles)
            pages.update(self.pages)
            sections.update(self.sections)
            self.articles, self.pages, self.sections = articles, pages, sections

    def save(self, settings: Settings | None) -> None:
        """Write what this build used, if it changed, while the build goes on (or after it)."""
        folder = _folder(settings)
        if folder is None or not self._changed:
            return
        assert settings is not None
        self._changed = False
        # Copies: the next build may add to the dicts while a thread writes them.
        articles, pages, sections = dict(self.articles), dict(self.pages), dict(self.sections)
        disk = DiskCache(folder, settings)
        run_in_background(
            lambda: disk.save({ARTICLES: dump(articles), PAGES: dump(pages), SECTIONS: dump(sections)})
        )


def _folder(settings: Settings | None) -> Path | None:
    if settings is None or settings.cache_dir is None:
        return None
    return settings.cache_dir / CACHE_FOLDER
