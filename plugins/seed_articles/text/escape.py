"""Turn untrusted plain text into Markdown that renders as that same text.

Seeds come from scraping the web: they may contain HTML, Markdown, template
or pymdown syntax. Everything we place in a generated page goes through
these functions so it is shown literally and never interpreted. The site
enables ``pymdownx.escapeall`` so any backslash escape is valid.
"""

from __future__ import annotations

import html
import os
import re
from urllib.parse import quote

# Characters with inline meaning for Python-Markdown and the enabled pymdown
# extensions (emphasis, links, code, attr_list, tables, tilde, caret), plus
# `#` so heading text never loses a trailing hash.
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]{}#|~^])")
# `:name:` emoji shortcodes and `:::` blocks.
_COLON_SYNTAX = re.compile(r":(?=[A-Za-z0-9_:+-])")
# Block syntax that only matters at the start of a line.
# Lists, quotes, admonitions (!!! ???), tabs (===), blocks (///), snippets (--8<--).
_LEADING_BLOCK = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([-+>!?=/%])")


def escape_inline(text: str) -> str:
    """Escape ``text`` for use inside a Markdown paragraph, heading or link label."""
    text = html.escape(text, quote=False)  # & < > become entities: raw HTML is impossible
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    text = _COLON_SYNTAX.sub(r"\\:", text)
    return text


def escape_block(text: str) -> str:
    """Escape one block of text that must stay a single paragraph.

    Line breaks inside the text are folded to spaces (a paragraph is one line
    in our output), and list/quote/heading markers at its start are escaped.
    """
    return escape_leading(escape_inline(" ".join(text.split())))


def escape_leading(markdown: str) -> str:
    """Escape a list, quote or block marker at the start of an inline Markdown line."""
    return _LEADING_BLOCK.sub(_escape_leading, markdown, count=1)


def _escape_leading(match: re.Match[str]) -> str:
    if match.group(2) is not None:  # "1. " or "1) " would start an ordered list
        return f"{match.group(1)}{match.group(2)}\\{match.group(3)}{match.group(4)}"
    return f"{match.group(5)}\\{match.group(6)}"


def escape_attribute(text: str) -> str:
    """Escape text for a double-quoted HTML attribute (tooltips, titles)."""
    return html.escape(" ".join(text.split()), quote=True)


def escape_html_text(text: str) -> str:
    """Escape text placed inside raw HTML elements."""
    return html.escape(text, quote=False)


def link_label(text: str) -> str:
    """Escape text used as the label of a Markdown link."""
    return escape_block(text)


def file_url(base: str, path: str) -> str:
    """URL of a repository file: ``base`` plus ``path`` percent-encoded segment by segment.

    File names are untrusted: quotes, ``<>``, ``#?%``, spaces, newlines and bytes
    that are not UTF-8 (kept by Python as surrogate escapes) must all end up as
    inert ``%XX`` escapes, so the result is safe in a Markdown link destination
    and in a double-quoted HTML attribute alike.
    """
    encoded = "/".join(quote(_name_bytes(segment), safe="") for segment in path.split("/"))
    return base + encoded


# Seed names keep the bytes of a name that is not UTF-8 as "\xNN" (see pipeline.seed_name).
_ESCAPED_BYTE = re.compile(rb"\\x([0-9a-f]{2})")


def _name_bytes(name: str) -> bytes:
    """The file name's bytes on disk, undoing the ``\\xNN`` escapes of a non-UTF-8 name."""
    return _ESCAPED_BYTE.sub(lambda match: bytes([int(match.group(1), 16)]), os.fsencode(name))
