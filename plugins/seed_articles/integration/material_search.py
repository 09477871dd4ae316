"""Keep Material's ``search/search_index.json`` whole across `mkdocs serve --dirty` rebuilds.

In a dirty rebuild Material's search plugin sees only the rendered pages
and merges them into the previous index by dropping the entries whose
location starts with the *first* rendered page's URL: when that page is the
home page (URL ``""``) every other page's entries are dropped, and when
several pages are rendered (an article, the home page, the timeline, the
tags) the others' entries are duplicated. This keeper remembers every
page's entries, replaces those of the pages rendered in this build, and
hands Material the whole index in the order of a clean build, so a dirty
rebuild writes the same ``search_index.json`` as a clean one.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page


def material_search_plugin(config: MkDocsConfig):
    """Material's search plugin instance, or ``None`` (another theme, search off)."""
    for plugin in config.plugins.values():
        if hasattr(plugin, "search_index") and hasattr(plugin, "search_index_prev"):
            return plugin
    return None


def _page_url(url: str) -> str:
    """A file's URL as its page reports it (and Material's index locates it): the home page is ``""``."""
    return "" if url in (".", "./") else url


class MaterialSearchKeeper:
    def __init__(self) -> None:
        self._entries: dict[str, list[dict]] = {}  # page URL → its entries in Material's index
        self._order: list[str] = []  # page URLs in the order a clean build indexes them
        self._rendered: set[str] = set()

    def start(self, files: Files) -> None:
        """Called once the build's files are final (``on_env``)."""
        self._order = [_page_url(file.url) for file in files.documentation_pages()]
        self._rendered = set()

    def rendered(self, page: Page) -> None:
        """Called for every page the build renders (``on_page_context``)."""
        self._rendered.add(page.url)

    def complete(self, config: MkDocsConfig) -> None:
        """Before Material writes its index: give it every page's entries, fresh ones for rendered pages."""
        plugin = material_search_plugin(config)
        index = getattr(plugin, "search_index", None)
        if index is None or not isinstance(getattr(index, "entries", None), list):
            return
        fresh: dict[str, list[dict]] = {}
        for entry in index.entries:
            fresh.setdefault(str(entry.get("location", "")).partition("#")[0], []).append(entry)
        for url in self._rendered:
            self._entries[url] = fresh.pop(url, [])  # a page may have left the index (search: exclude)
        self._entries.update(fresh)
        wanted = set(self._order)
        self._entries = {url: entries for url, entries in self._entries.items() if url in wanted}
        index.entries = [entry for url in self._order for entry in self._entries.get(url, [])]
        plugin.search_index_prev = None  # its merge would undo ours


def material_entries(config: MkDocsConfig) -> list[dict] | None:
    """The entries Material's search plugin just wrote, in memory (read instead of its JSON file)."""
    entries = getattr(getattr(material_search_plugin(config), "search_index", None), "entries", None)
    return entries if isinstance(entries, list) else None


def release_material_entries(config: MkDocsConfig) -> None:
    """After a one-off build's index is written, Material's copy of every page's text is garbage."""
    index = getattr(material_search_plugin(config), "search_index", None)
    if index is not None and isinstance(getattr(index, "entries", None), list):
        index.entries = []
