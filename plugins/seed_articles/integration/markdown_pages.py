"""Render the plugin's pages with the Markdown extensions they need, whatever the site enables.

The generated Markdown uses explicit heading ids (``attr_list``), Markdown inside
raw HTML (``md_in_html``) and backslash escapes of any punctuation
(``pymdownx.escapeall``). Instead of asking every site to enable these, the
plugin's pages are :class:`SeedPage` objects (MkDocs lets a plugin set
``File.page`` to a ``Page`` subclass, as Material's blog does) that add the
missing extensions for their own render only: the site's hand-written pages
keep exactly the site's Markdown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import PurePath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

#: Extensions the generated Markdown relies on, beyond MkDocs' defaults.
REQUIRED_EXTENSIONS: tuple[str, ...] = ("attr_list", "md_in_html", "pymdownx.escapeall")


def _extension_name(entry: object) -> str:
    return entry if isinstance(entry, str) else f"{type(entry).__module__}.{type(entry).__name__}"


def missing_extensions(config: MkDocsConfig) -> list[str]:
    """The required extensions the site does not enable itself."""
    enabled = {_extension_name(entry) for entry in config.markdown_extensions}
    return [name for name in REQUIRED_EXTENSIONS if name not in enabled]


@contextlib.contextmanager
def _with_extensions(config: MkDocsConfig, extra: list[str]) -> Iterator[None]:
    """Add ``extra`` to the config's extensions for the duration of one page's render."""
    saved = config["markdown_extensions"]
    config["markdown_extensions"] = [*saved, *extra]
    try:
        yield
    finally:
        config["markdown_extensions"] = saved


class SeedPage(Page):
    """A page whose Markdown the plugin wrote (or filled in): rendered with :data:`REQUIRED_EXTENSIONS`."""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        extra = missing_extensions(config)
        if not extra:
            super().render(config, files)
            return
        with _with_extensions(config, extra):
            super().render(config, files)


def adopt(file: File, config: MkDocsConfig) -> None:
    """Make ``file``'s page a :class:`SeedPage` (the constructor sets ``file.page``)."""
    if not isinstance(file.page, SeedPage):
        SeedPage(None, file, config)


def _config_key(config: MkDocsConfig) -> tuple:
    """Every setting a generated File or its Page is made from (``File.generated``, ``Page.__init__``)."""
    return (
        config.docs_dir,
        config.site_dir,
        config.use_directory_urls,
        config.site_url,
        config.repo_url,
        config.edit_uri,
        config.edit_uri_template,
        config.plugins._current_plugin,
    )


class GeneratedPages:
    """The File and Page objects of the generated pages, kept between `mkdocs serve --dirty` rebuilds.

    Making a File and a Page for each of thousands of generated pages (their URLs,
    canonical URLs, exclusion patterns) is a good part of a rebuild's time. A page
    whose Markdown is what the last build gave MkDocs keeps both objects: the file
    is what a new one would be (same settings, same content), and the page keeps what
    its last render found (title, meta, anchors), so the navigation of a dirty
    rebuild shows its title, as in a clean build, although it is not read again.
    Only pages a finished build handed to MkDocs are kept (:meth:`keep`), with their
    rendered HTML and Markdown dropped; a page is rendered again from scratch
    whenever MkDocs reads it (``read_source`` and ``render`` set everything anew).
    """

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._kept: dict[str, tuple[str, File]] = {}  # src_uri → (Markdown, its file with its page)
        self._stale: dict[str, tuple[str, File]] = {}  # the kept ones of other settings
        self._date = ""  # the build's date (Page.update_date)
        self.reused: set[str] = set()  # pages of this build that are kept ones
        self._posix: dict[str, str] = {}

    def file(self, config: MkDocsConfig, src_uri: str, markdown: str) -> File:
        """The File of a generated page (kept, or a new one), its page a :class:`SeedPage`."""
        kept = self._kept.pop(src_uri, None)
        if kept is not None and kept[0] == markdown and isinstance(kept[1].page, SeedPage):
            file = kept[1]
            _reset(file, file.page, self._date)
            self.reused.add(src_uri)
            return file
        file = File.generated(config, src_uri, content=markdown)
        adopt(file, config)
        stale = self._stale.pop(src_uri, None)
        if stale is not None and stale[0] == markdown and stale[1].page is not None:
            _carry(stale[1].page, file.page)
        return file

    def start(self, config: MkDocsConfig) -> None:
        """Before the build's first :meth:`file`."""
        self.reused = set()
        self._date = get_build_date()
        key = _config_key(config)
        if key != self._key:  # other settings: new objects, which keep what the pages' render found
            self._stale, self._kept = self._kept, {}
            self._key = key

    def posix(self, src_uri: str) -> str:
        """``src_uri`` as ``Files.get_file_from_path`` looks it up (normalised once per page)."""
        found = self._posix.get(src_uri)
        if found is None:
            found = self._posix[src_uri] = PurePath(src_uri).as_posix()
        return found

    def keep(self, files: dict[str, File], pages: dict[str, str]) -> None:
        """After a build: keep ``files`` (src_uri → File given to MkDocs) whose page MkDocs has read.

        ``pages``: src_uri → the Markdown of the build.
        """
        self._kept, self._stale = {}, {}
        for src_uri, markdown in pages.items():
            file = files.get(src_uri)
            page = file.page if file is not None else None
            if not isinstance(page, SeedPage) or file.generated_by is None:
                continue
            if page.markdown is None and "title" not in page.__dict__:
                continue  # never read (a build that stopped half way)
            page.title = page.title  # what the render found, kept without the Markdown it came from
            page.markdown = page.content = None  # what MkDocs reads again before any render
            self._kept[src_uri] = (markdown, file)
        self._posix = {src_uri: self._posix[src_uri] for src_uri in pages if src_uri in self._posix}

    def files(self) -> dict[str, File]:
        """src_uri → the kept File (its ``page`` the kept Page)."""
        return {src_uri: file for src_uri, (_, file) in self._kept.items()}

    def clear(self) -> None:
        self._kept, self._stale = {}, {}
        self._key = None
        self._posix = {}


def _carry(old: Page, new: Page) -> None:
    """What the render of the same Markdown found, for a page MkDocs may not read again."""
    if "title" in old.__dict__:
        new.title = old.title
        new.meta = old.meta
        new.toc = old.toc
        new.present_anchor_ids = old.present_anchor_ids


def _reset(file: File, page: Page, date: str) -> None:
    """What a new File and Page would hold before MkDocs builds the navigation."""
    # Patterns may have changed (exclude_docs, not_in_nav...): MkDocs computes it again.
    file.inclusion = InclusionLevel.UNDEFINED
    file.__dict__.pop("is_modified", None)  # the plugin sets it for each build
    page.parent = None
    page.previous_page = page.next_page = None
    page.active = False
    page.update_date = date
    page.links_to_anchors = None  # keyed by the last build's File objects
