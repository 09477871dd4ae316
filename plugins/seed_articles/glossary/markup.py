"""Inline markup for an abbreviation in an article page."""

from __future__ import annotations

from urllib.parse import quote

from ..text.escape import escape_attribute, escape_inline
from .model import GlossaryEntry, entry_anchor


def entry_url(entry: GlossaryEntry, glossary_url: str) -> str:
    """URL of ``entry`` on the glossary page, ``glossary_url`` relative to the caller."""
    return f"{glossary_url.split('#', 1)[0]}#{entry_anchor(entry)}"


def abbr_html(surface: str, entry: GlossaryEntry) -> str:
    """``<abbr title="Đối ngoại quốc phòng">ĐNQP</abbr>``: Material shows the title as a tooltip."""
    return f'<abbr title="{escape_attribute(entry.expansion())}">{escape_inline(surface)}</abbr>'


def abbr_markup(surface: str, entry: GlossaryEntry, glossary_url: str, link: bool = True) -> str:
    """The abbreviation with its tooltip, linked to its glossary entry when ``link``.

    The link is Markdown (``[…](../thuat-ngu.md#dnqp)``) rather than raw HTML, so
    MkDocs (or another generator reading the exported Markdown) resolves and
    checks it like any other link between pages.
    """
    html = abbr_html(surface, entry)
    if not link:
        return html
    # Percent-encode anything that could end the link destination early.
    href = quote(entry_url(entry, glossary_url), safe="/#.-_~:%")
    return f"[{html}]({href}){{ .glossary-link }}"
