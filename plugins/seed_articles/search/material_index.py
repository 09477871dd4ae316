"""Read Material's ``search/search_index.json`` into pages with plain-text sections.

Material writes one entry per page (location without ``#``) followed by one
entry per section (``page/#anchor``); ``title`` and ``text`` hold HTML. This
module turns that into :class:`SearchPage` objects whose text is plain,
unescaped and split into paragraphs, ready for indexing and previews.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from ..text.vietnamese import normalize_text

MATERIAL_INDEX = Path("search") / "search_index.json"

# Closing block tags and line breaks end a paragraph; every other tag is dropped.
_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|pre|div|tr|dd|dt|blockquote|figcaption)\s*>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


@dataclass
class SearchSection:
    """A page's own text (``anchor == ""``) or one of its sections."""

    anchor: str
    title: str
    paragraphs: list[str]


@dataclass
class SearchPage:
    location: str  # as Material writes it, e.g. "bai-viet/slug/"
    title: str
    tags: list[str] = field(default_factory=list)
    sections: list[SearchSection] = field(default_factory=list)


def plain_text(fragment: str) -> str:
    """Text of an HTML fragment on one line, entities decoded, NFC."""
    return normalize_text(_SPACES.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip())


def paragraphs_of(fragment: str) -> list[str]:
    """Plain-text paragraphs of an HTML fragment (empty ones left out)."""
    parts = (plain_text(part) for part in _BLOCK_END.split(fragment))
    return [part for part in parts if part]


def read_material_index(site_dir: Path, skip: Collection[str] = ()) -> tuple[dict, list[SearchPage]]:
    """Return Material's search ``config`` and the pages of its index, in index order.

    Pages whose location is in ``skip`` are left empty (the caller has its own).
    """
    data = json.loads((site_dir / MATERIAL_INDEX).read_text(encoding="utf-8"))
    return data.get("config", {}), pages_from_docs(data.get("docs", []), skip)


def section_text(title: str, text: str) -> tuple[str, list[str]]:
    """Plain title and paragraphs of one of Material's entries."""
    return plain_text(title), paragraphs_of(text)


def pages_from_docs(
    docs: list[dict],
    skip: Collection[str] = (),
    sections: Callable[[str, str], tuple[str, list[str]]] = section_text,
) -> list[SearchPage]:
    """Group Material's docs into pages the way its worker does (first entry of a path is the page).

    A page's entries are contiguous. After a dirty rebuild (``mkdocs serve
    --dirty``) Material appends the rebuilt pages' entries after the old
    ones, so a path that comes back after other pages starts over: its
    newest entries win. Pages whose path is in ``skip`` keep their place
    but are left empty, their text not read (the caller has its own).
    ``sections`` reads an entry's title and text (:func:`section_text`, or a
    cache of it).
    """
    pages: dict[str, SearchPage] = {}
    previous_path = None
    for doc in docs:
        location = str(doc.get("location", ""))
        path, _, anchor = location.partition("#")
        page = pages.get(path)
        if page is not None and path != previous_path:
            del pages[path]  # rebuilt in a dirty build: the old entries are stale
            page = None
        previous_path = path
        if path in skip:
            if page is None:
                pages[path] = SearchPage(path, "")
            continue
        title, paragraphs = sections(str(doc.get("title", "")), str(doc.get("text", "")))
        section = SearchSection(anchor, title, paragraphs)
        if page is None:
            tags = [plain_text(str(tag)) for tag in doc.get("tags") or []]
            page = pages[path] = SearchPage(path, section.title, tags)
            section.anchor = ""  # the page's own entry, even if Material gave it an anchor
        elif not anchor:
            continue  # a second entry for the same page: Material's worker ignores it too
        page.sections.append(section)
    return list(pages.values())
