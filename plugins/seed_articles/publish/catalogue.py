"""What the feeds and the machine-readable catalogue say about each article.

Built from each article's front matter (which already carries sidecar
overrides), so the feeds describe exactly what the pages show. Dates are
turned into full timestamps here: a month-precision date becomes the first
of that month, a year-precision date the first of January, at midnight
Vietnam time (the articles' time zone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from ..build.types import ArticleRecord, SiteBuild

#: Vietnam has one time zone and no daylight saving time.
VIETNAM_TIME = timezone(timedelta(hours=7))

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class CatalogueEntry:
    """One article as the feeds describe it; URLs are absolute when the site has a site_url."""

    title: str
    url: str
    published: datetime | None
    date_precision: str | None
    date_text: str | None  # the ISO date at its real precision ("2024-12", "--12-27")
    summary: str
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    source: str | None
    category: str | None
    seed: str
    abbreviations: tuple[str, ...]
    people: tuple[str, ...]
    related: tuple[str, ...]
    extra: dict = field(default_factory=dict)

    @property
    def exact_published(self) -> datetime | None:
        """The publication time for formats that need a full timestamp (RSS, JSON Feed),
        only when the article gives its day: a month or a year would become an invented day."""
        return self.published if self.date_precision in (None, "minute", "day") else None


def front_matter_of(record: ArticleRecord) -> dict:
    """The article's front matter: ``record.meta`` when filled, else parsed from its Markdown."""
    if record.meta:
        return dict(record.meta)
    parts = record.markdown.split("---\n", 2)
    if len(parts) < 3 or parts[0]:
        return {}
    loaded = yaml.safe_load(parts[1])
    return loaded if isinstance(loaded, dict) else {}


def parse_front_matter_date(value: object) -> datetime | None:
    """A timezone-aware datetime from a front-matter date, or None when there is none.

    Accepts what YAML gives for the forms the renderer and sidecars write:
    ``2024-12-09T14:27:00+07:00`` (str or datetime), ``2024-12-09`` (str or
    date), ``2024-12`` and ``2024`` (str or int).
    """
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=VIETNAM_TIME)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=VIETNAM_TIME)
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _PARTIAL_DATE.match(text)
    try:
        if match:
            year, month, day = match.groups()
            return datetime(int(year), int(month or 1), int(day or 1), tzinfo=VIETNAM_TIME)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VIETNAM_TIME)


def absolute_url(site_url: str, path: str) -> str:
    """``path`` (site-relative) under ``site_url``; stays relative when the site has no URL."""
    if not site_url:
        return path
    return site_url.rstrip("/") + "/" + path.lstrip("/")


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(item) for item in value if item is not None and str(item).strip())
    return (str(value),) if str(value).strip() else ()


def catalogue_entry(record: ArticleRecord, site_url: str) -> CatalogueEntry:
    meta = front_matter_of(record)
    source = meta.get("source")
    category = meta.get("category")
    return CatalogueEntry(
        title=str(meta.get("title") or record.parsed.title),
        url=absolute_url(site_url, record.url),
        published=parse_front_matter_date(meta.get("date")),
        date_precision=str(meta["date_precision"]) if meta.get("date_precision") else None,
        date_text=str(meta["date"]) if meta.get("date") not in (None, "") else None,
        summary=record.parsed.summary,
        authors=_strings(meta.get("authors")),
        tags=_strings(meta.get("tags")),
        source=str(source) if source else None,
        category=str(category) if category else None,
        seed=str(meta.get("seed") or record.parsed.seed),
        abbreviations=_strings(meta.get("abbreviations")),
        people=_strings(meta.get("people")),
        related=tuple(absolute_url(site_url, url) for url in _strings(meta.get("related"))),
    )


def catalogue(build: SiteBuild, site_url: str) -> list[CatalogueEntry]:
    """Every article, newest first; undated articles last, in the build's order."""
    entries = [catalogue_entry(record, site_url) for record in build.articles]
    dated = [entry for entry in entries if entry.published is not None]
    undated = [entry for entry in entries if entry.published is None]
    # Stable sort: equal dates keep the build's order (title, then seed path).
    dated.sort(key=lambda entry: entry.published, reverse=True)
    return dated + undated


def newest_date(entries: list[CatalogueEntry]) -> datetime | None:
    dates = [entry.published for entry in entries if entry.published is not None]
    return max(dates) if dates else None
