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

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

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
