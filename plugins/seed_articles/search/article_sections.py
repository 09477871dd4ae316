"""Search sections of an article page, read from its HTML without Material's parser.

Material's search plugin parses every page with ``html.parser`` to split it
into sections; for thousands of articles that is a tenth of the build, and
our index then reads it all back from JSON. Article pages are HTML we
generate (every heading has an ``id``, no raw HTML from seeds), so a few
regular expressions split them the same way: a section per heading, the
first one being the page itself, headings marked ``data-search-exclude``
left out with their text.
"""

from __future__ import annotations

import re

from .material_index import SearchPage, SearchSection, paragraphs_of, plain_text

_HEADING = re.compile(r"<h([1-6])(\s[^>]*)?>(.*?)</h\1\s*>", re.S | re.I)
_ID = re.compile(r'\sid="([^"]*)"')
_PERMALINK = re.compile(r'<a\s[^>]*class="headerlink"[^>]*>.*?</a>', re.S)
# Text Material's parser never indexes.
_SKIPPED = re.compile(r"<(script|style|object)\b.*?</\1\s*>", re.S | re.I)
# Inline tags vanish without a space ("<abbr>UN</abbr>," reads "UN,"), as in Material's text.
_INLINE_TAG = re.compile(
    r"</?(?!(?:p|li|ul|ol|h[1-6]|pre|div|tr|td|th|table|dd|dt|dl|blockquote|figure|figcaption|br|hr)\b)"
    r"[a-z][^>]*>",
    re.I,
)


def article_search_page(location: str, title: str, tags: list[str], html: str) -> SearchPage:
    """The page and its sections, as Material's search plugin would index them."""
    html = _INLINE_TAG.sub("", _PERMALINK.sub("", _SKIPPED.sub(" ", html)))
    page = SearchPage(location, title, list(tags))
    headings = list(_HEADING.finditer(html))
    preface = html[: headings[0].start()] if headings else html
    if paragraphs_of(preface) or not headings:
        page.sections.append(SearchSection("", title, paragraphs_of(preface)))
    for number, heading in enumerate(headings):
        end = headings[number + 1].start() if number + 1 < len(headings) else len(html)
        attributes = heading.group(2) or ""
        if "data-search-exclude" in attributes:
            continue
        found = _ID.search(attributes)
        heading_title = plain_text(heading.group(3))
        body = paragraphs_of(html[heading.end() : end])
        if not page.sections:  # the first section is the page itself
            page.sections.append(SearchSection("", heading_title or title, body))
            page.title = heading_title or title
        elif found:
            page.sections.append(SearchSection(found.group(1), heading_title, body))
        else:  # a heading without id does not start a section in Material's index
            page.sections[-1].paragraphs.extend([heading_title, *body] if heading_title else body)
    return page
