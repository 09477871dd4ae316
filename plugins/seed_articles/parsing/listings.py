"""Listing pages: a tag, section or search page copied instead of an article.

Such a page has no headline and no lead of its own: a heading names the tag
or section, and the stories listed under it (headlines, leads, dates) are the
page's text. Recognised by what the heading *is*, on any site:

* a tag label: ``Từ khóa: X``, or ``Từ khóa`` alone with ``X`` on the next line
  (the title is ``X``; the label is not part of it);
* a search-results label (``Kết quả tìm kiếm cho từ khóa: X``): chrome, the
  title is derived;
* a tag name in lower case standing alone (``đối ngoại quốc phòng``): a
  Vietnamese headline never starts in lower case, a tag often does;
* a section heading that repeats the last crumb of the breadcrumb above it
  and is followed by a list of stories (bullets), not by a headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .chrome import is_breadcrumb
from .lines import SourceLine, ends_sentence, is_bullet, is_headline_like, starts_lower, syllable_count

SEARCH_LABEL = "search-label"
MAX_TAG_SYLLABLES = 12
MAX_LOWER_TAG_SYLLABLES = 8
_TAG_LABEL_RE = re.compile(
    r"^(?:Từ khóa|Từ khoá|Tag|Tags|Thẻ)\s*(?::\s*(?P<name>\S.*))?$",
    re.IGNORECASE,
)
_SEARCH_RE = re.compile(
    r"^(?:Kết quả tìm kiếm|Tìm kiếm theo từ khóa|Tìm kiếm theo từ khoá|Search results?)\b", re.IGNORECASE
)
_CRUMB_SPLIT_RE = re.compile(r"\s*(?:>|»|›)\s*")


@dataclass
class Listing:
    heading: int  # index in the header region of the heading line (or of the search label)
    title: SourceLine | None  # the heading, its text the tag name; None: derive one
    labels: dict[int, str] = field(default_factory=dict)  # label line → role ("category")
    chrome: dict[int, str] = field(default_factory=dict)


def find_listing(region: Sequence[SourceLine], lines: Sequence[SourceLine]) -> Listing | None:
    """The listing heading among the header lines, else None (an article)."""
    for index, line in enumerate(region):
        found = _tag_heading(region, index) or _search_heading(line, index)
        if found is None and (_lone_lower_tag(region, index) or _section_heading(region, index, lines)):
            found = Listing(index, line)
        if found is not None:
            return found
    return None


def _tag_heading(region: Sequence[SourceLine], index: int) -> Listing | None:
    line = region[index]
    match = _TAG_LABEL_RE.match(line.text)
    if not match:
        return None
    name = match.group("name")
    if name:
        return Listing(index, line._replace(text=name.strip())) if _tag_name(name) else None
    following = region[index + 1] if index + 1 < len(region) else None
    if following is None or not _tag_name(following.text):
        return None
    return Listing(index + 1, following, labels={line.no: "category"})


def is_bare_tag_label(text: str) -> bool:
    """``Từ khóa`` alone: the tag's name is on the next line."""
    match = _TAG_LABEL_RE.match(text)
    return bool(match) and not match.group("name")


def _tag_name(text: str) -> bool:
    """A tag's name: a few words, not a sentence, not a comma-separated tag list."""
    return (
        1 <= syllable_count(text) <= MAX_TAG_SYLLABLES
        and not ends_sentence(text)
        and "," not in text
        and not is_bullet(text)
    )


def _search_heading(line: SourceLine, index: int) -> Listing | None:
    if _SEARCH_RE.match(line.text) and syllable_count(line.text) <= MAX_TAG_SYLLABLES * 2:
        return Listing(index, None, chrome={line.no: SEARCH_LABEL})
    return None


def _lone_lower_tag(region: Sequence[SourceLine], index: int) -> bool:
    """A lower-case tag name whose neighbours are not lower-case labels too (a menu)."""
    neighbours = region[max(index - 1, 0) : index] + region[index + 1 : index + 2]
    return is_lower_tag(region[index].text) and not any(is_lower_tag(line.text) for line in neighbours)


def is_lower_tag(text: str) -> bool:
    """``gìn giữ hòa bình Liên hợp quốc``: a tag name as sites print it, in lower case."""
    return (
        starts_lower(text)
        and not text.isascii()  # an ASCII line is a slug or alt text, handled elsewhere
        and 2 <= syllable_count(text) <= MAX_LOWER_TAG_SYLLABLES
        and not any(ch.isdigit() for ch in text)
        and not ends_sentence(text)
        and not any(mark in text for mark in ":|/>»›")
    )


def _section_heading(region: Sequence[SourceLine], index: int, lines: Sequence[SourceLine]) -> bool:
    """A heading equal to the breadcrumb's last crumb, followed by a bulleted list of stories."""
    text = region[index].text
    crumbs = [
        _CRUMB_SPLIT_RE.split(line.text)[-1].strip() for line in region[:index] if is_breadcrumb(line.text)
    ]
    if text not in crumbs or not is_headline_like(text):
        return False
    after = [line for line in lines if line.no > region[index].no][:1]
    return bool(after) and is_bullet(after[0].text)
