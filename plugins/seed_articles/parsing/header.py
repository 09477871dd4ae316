"""The top of an article: category label, headline, byline/date lines, lead.

Scraped pages put, in this order and each optional: a short section label
(``Truyền thông``), the headline, a byline and/or date stamp, then the lead
(sapo). The lead is the first prose line; everything above it that is not
recognised stays for the body rules, so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .boilerplate import is_related_label
from .bylines import split_byline
from .figures import is_image_reference, is_photo_caption
from .lines import (
    SourceLine,
    ends_sentence,
    is_bullet,
    is_headline_like,
    is_prose,
    starts_upper,
    syllable_count,
)

MAX_CATEGORY_SYLLABLES = 5
MAX_CATEGORY_CHARS = 40
MAX_TITLE_SYLLABLES = 40
_BREADCRUMB_RE = re.compile(r"\s*(?:>|»|›|/|\|)\s*")


@dataclass
class Header:
    category: str | None = None
    category_line: int | None = None
    title: SourceLine | None = None
    meta_lines: dict[int, str] = field(default_factory=dict)  # line → role (byline, date, author)
    authors: list[str] = field(default_factory=list)
    date_texts: list[tuple[int, str]] = field(default_factory=list)  # (line, stamp text)
    lead: SourceLine | None = None


def category_label(text: str) -> str | None:
    """The section name of a short label line (last part of a breadcrumb), else None."""
    if any(ch.isdigit() for ch in text) or len(text) > MAX_CATEGORY_CHARS * 2:
        return None
    parts = [part for part in _BREADCRUMB_RE.split(text) if part]
    if not parts or (len(parts) == 1 and len(text) > MAX_CATEGORY_CHARS):
        return None
    label = parts[-1].strip()
    if not 1 <= syllable_count(label) <= MAX_CATEGORY_SYLLABLES or not starts_upper(label):
        return None
    return None if ends_sentence(label) else label


def read_header(lines: Sequence[SourceLine]) -> Header:
    """Classify the kept lines above the lead."""
    header = Header()
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text
        if is_prose(text) and not is_photo_caption(text) and not is_bullet(text):
            break
        byline = split_byline(text)
        if byline is not None and (byline[1] or header.title is not None):
            authors, stamp = byline
            if authors:
                header.authors.extend(name for name in authors if name not in header.authors)
            if stamp:
                header.date_texts.append((line.no, stamp))
            header.meta_lines[line.no] = "byline" if authors else "date"
            index += 1
            continue
        if header.title is None and _title_candidate(text):
            label = category_label(text) if index == 0 and header.category is None else None
            following = _next_title_candidate(lines, index + 1)
            if label and following is not None and syllable_count(following.text) > syllable_count(text):
                header.category = label
                header.category_line = line.no
            else:
                header.title = line
            index += 1
            continue
        break
    for line in lines[index:]:
        text = line.text
        if is_prose(text) and not is_photo_caption(text) and not is_bullet(text):
            header.lead = line
            break
    return header


def _is_stamp_line(text: str) -> bool:
    byline = split_byline(text)
    return byline is not None and bool(byline[1])


def _title_candidate(text: str) -> bool:
    return (
        is_headline_like(text, MAX_TITLE_SYLLABLES)
        and not is_related_label(text)
        and not is_image_reference(text)
        and not is_photo_caption(text)
        and not _is_stamp_line(text)
    )


def _next_title_candidate(lines: Sequence[SourceLine], start: int) -> SourceLine | None:
    """The next line that could be the headline, skipping date/byline stamps."""
    for line in lines[start:]:
        if _is_stamp_line(line.text):
            continue
        return line if _title_candidate(line.text) else None
    return None
