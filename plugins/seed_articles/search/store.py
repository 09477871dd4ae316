"""Per-page document store: what the result list shows for a page.

One small JSON file per page (title, location, tags and each section's
paragraphs, trimmed), fetched only for the pages a query ranks highest.
"""

from __future__ import annotations

import json

from .material_index import SearchPage

SECTION_TEXT_LIMIT = 3_000  # characters kept per section for previews and highlights
PAGE_TEXT_LIMIT = 12_000  # characters kept per page: pages with many sections keep less of each
SECTION_TEXT_FLOOR = 300


def trimmed(paragraphs: list[str], limit: int = SECTION_TEXT_LIMIT) -> list[str]:
    """The first paragraphs up to ``limit`` characters, the last one cut at a word."""
    kept: list[str] = []
    left = limit
    for paragraph in paragraphs:
        if left <= 0:
            break
        if len(paragraph) > left:
            cut = paragraph[:left].rsplit(" ", 1)[0]
            kept.append(cut + " …")
            break
        kept.append(paragraph)
        left -= len(paragraph)
    return kept


def page_record(page: SearchPage) -> str:
    """JSON of one page: ``{"l": location, "t": title, "g": tags, "s": [[anchor, title, paragraphs]]}``."""
    record: dict = {"l": page.location, "t": page.title}
    if page.tags:
        record["g"] = page.tags
    # Long listings (tags, glossary) would make every query that lists them heavy.
    per_section = max(
        SECTION_TEXT_FLOOR, min(SECTION_TEXT_LIMIT, PAGE_TEXT_LIMIT // max(1, len(page.sections)))
    )
    record["s"] = [
        [section.anchor, section.title, trimmed(section.paragraphs, per_section)] for section in page.sections
    ]
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
