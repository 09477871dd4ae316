"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of every article: the site's catalogue.

Each item carries the extension object ``_seed_articles`` (source, seed path,
abbreviations, people, related article URLs), so programs can read the whole
archive from one file without scraping pages.
"""

from __future__ import annotations

import json
from datetime import datetime

from .catalogue import CatalogueEntry, absolute_url

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
JSON_FEED_FILE = "feed.json"
EXTENSION_KEY = "_seed_articles"


def rfc3339(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def json_feed_item(entry: CatalogueEntry) -> dict:
    item: dict = {
        "id": entry.url,
        "url": entry.url,
        "title": entry.title,
        # JSON Feed requires content; the summary is the article's lead paragraph.
        "content_text": entry.summary or entry.title,
    }
    if entry.summary:
        item["summary"] = entry.summary
    if entry.exact_published is not None:
        item["date_published"] = rfc3339(entry.exact_published)
    if entry.authors:
        item["authors"] = [{"name": name} for name in entry.authors]
    if entry.tags:
        item["tags"] = list(entry.tags)
    extension: dict = {
        "seed": entry.seed,
        "source": entry.source,
        "category": entry.category,
        # date_published needs a full timestamp: this keeps a month or a year as it is.
        "date": entry.date_text,
        "date_precision": entry.date_precision,
        "abbreviations": list(entry.abbreviations),
        "people": list(entry.people),
        "related": list(entry.related),
    }
    item[EXTENSION_KEY] = extension
    return item


def json_feed(
    entries: list[CatalogueEntry],
    *,
    site_url: str,
    site_name: str,
    site_description: str,
    glossary: dict[str, list[str]] | None = None,
) -> dict:
    feed: dict = {
        "version": JSON_FEED_VERSION,
        "title": site_name,
        "language": "vi",
    }
    if site_url:
        feed["home_page_url"] = absolute_url(site_url, "")
        feed["feed_url"] = absolute_url(site_url, JSON_FEED_FILE)
    if site_description:
        feed["description"] = site_description
    feed[EXTENSION_KEY] = {
        "articles": len(entries),
        "abbreviations": {key: list(values) for key, values in sorted((glossary or {}).items())},
    }
    feed["items"] = [json_feed_item(entry) for entry in entries]
    return feed


def dump_json_feed(feed: dict) -> str:
    # Deterministic: insertion order is fixed by the code above, no timestamps.
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def json_feed_item_text(entry: CatalogueEntry) -> str:
    """One item as :func:`dump_json_feed` writes it inside the feed (indented for its depth)."""
    # JSON strings hold no raw line break, so every line break is the indentation's.
    return "  " + json.dumps(json_feed_item(entry), ensure_ascii=False, indent=1).replace("\n", "\n  ")


def dump_json_feed_items(feed: dict, item_texts: list[str]) -> str:
    """:func:`dump_json_feed` of ``feed`` (whose items are left empty) with these items' texts."""
    if not item_texts:
        return dump_json_feed(feed)
    head = json.dumps({**feed, "items": None}, ensure_ascii=False, indent=1)
    closing = '\n "items": null\n}'
    assert head.endswith(closing)
    return head[: -len(closing)] + '\n "items": [\n' + ",\n".join(item_texts) + "\n ]\n}\n"
