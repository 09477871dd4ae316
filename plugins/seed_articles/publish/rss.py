"""RSS 2.0 feed of every article, newest first.

Written with ElementTree so every value is escaped; characters XML 1.0 does
not allow (control characters a scraped seed may carry) are removed, so the
feed always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import format_datetime

from .catalogue import CatalogueEntry, absolute_url, newest_date

RSS_FILES = ("feed.xml", "rss.xml")
ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"
ET.register_namespace("atom", ATOM_NS)
ET.register_namespace("dc", DC_NS)

_NOT_XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML_CHARS.sub("", text)


def rfc822(moment: datetime) -> str:
    """``Mon, 09 Dec 2024 14:27:00 +0700`` (RFC 822 with a four-digit year, as RSS 2.0 uses)."""
    return format_datetime(moment)


def _add(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = xml_text(text)
    return element


def rss_item(channel: ET.Element, entry: CatalogueEntry) -> None:
    item = ET.SubElement(channel, "item")
    _add(item, "title", entry.title)
    _add(item, "link", entry.url)
    # The page URL is stable, so it is the item's permanent id (when the site has a URL).
    _add(item, "guid", entry.url, isPermaLink="true" if entry.url.startswith("http") else "false")
    if entry.summary:
        _add(item, "description", entry.summary)
    if entry.exact_published is not None:
        _add(item, "pubDate", rfc822(entry.exact_published))
    # RSS's <author> must be an e-mail address; Dublin Core's creator takes a name.
    for name in entry.authors:
        _add(item, f"{{{DC_NS}}}creator", name)
    for tag in entry.tags:
        _add(item, "category", tag)


def rss_feed(
    entries: list[CatalogueEntry],
    *,
    site_url: str,
    site_name: str,
    site_description: str,
    file_name: str,
    item_texts: list[str] | None = None,
) -> str:
    """The feed; ``item_texts`` are the entries' :func:`rss_item_text` when the caller kept them."""
    if item_texts is not None and entries:
        return _rss_feed_with_items(entries, item_texts, site_url, site_name, site_description, file_name)
    rss = _rss_channel(entries, site_url, site_name, site_description, file_name)
    for entry in entries:
        rss_item(rss[0], entry)
    ET.indent(rss, space=" ")
    return _document(rss)


def _document(rss: ET.Element) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"


_DC_DECLARATION = f' xmlns:dc="{DC_NS}"'
_PLACEHOLDER = "seed-articles: the items go here"


def rss_item_text(entry: CatalogueEntry) -> str:
    """One ``<item>`` as :func:`rss_feed` writes it (indented for its depth, no tail)."""
    holder = ET.Element("channel")
    rss_item(holder, entry)
    item = holder[0]
    ET.indent(item, space=" ", level=2)
    text = ET.tostring(item, encoding="unicode")
    # The feed declares Dublin Core's namespace on its root, not on each item.
    if text.startswith("<item" + _DC_DECLARATION):
        text = "<item" + text[len("<item" + _DC_DECLARATION) :]
    return text


def _rss_feed_with_items(
    entries: list[CatalogueEntry],
    item_texts: list[str],
    site_url: str,
    site_name: str,
    site_description: str,
    file_name: str,
) -> str:
    rss = _rss_channel(entries, site_url, site_name, site_description, file_name)
    # One stand-in item, with a creator when any item has one (the root then declares dc:).
    placeholder = ET.SubElement(rss[0], "item")
    if any(entry.authors for entry in entries):
        _add(placeholder, f"{{{DC_NS}}}creator", _PLACEHOLDER)
    else:
        _add(placeholder, "title", _PLACEHOLDER)
    ET.indent(rss, space=" ")
    text = _document(rss)
    start = text.rindex("<item>")
    end = text.index("</item>", start) + len("</item>")
    return text[:start] + "\n  ".join(item_texts) + text[end:]


def _rss_channel(
    entries: list[CatalogueEntry], site_url: str, site_name: str, site_description: str, file_name: str
) -> ET.Element:
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    _add(channel, "title", site_name)
    _add(channel, "link", absolute_url(site_url, "") if site_url else "./")
    _add(channel, "description", site_description or site_name)
    _add(channel, "language", "vi")
    if site_url:
        ET.SubElement(
            channel,
            f"{{{ATOM_NS}}}link",
            {"href": absolute_url(site_url, file_name), "rel": "self", "type": "application/rss+xml"},
        )
    newest = newest_date(entries)
    if newest is not None:
        # The feed changes only when articles do: no build time in it.
        _add(channel, "lastBuildDate", rfc822(newest))
        _add(channel, "pubDate", rfc822(newest))
    return rss
