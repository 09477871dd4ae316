"""Listing pages: a tag, section or search page copied instead of an article.

Such a page has no headline and no lead of its own: a heading names the tag
or section, and the stories listed under it (headlines, leads, dates) are the
page's text. Recognised by what the heading *is*, on any site:

* a tag label: ``Từ khóa: X``, ``Hiển thị các mục theo thẻ: X``, or ``Từ khóa`` alone with ``X`` on the next line
  (the title is ``X``; the label is not part of it);
* a search-results label (``Kết quả tìm kiếm cho từ khóa: X``): chrome, the
  title is derived;
* a tag name in lower case standing alone (``đối ngoại quốc phòng``): a
  Vietnamese headline never starts in lower case, a tag often does;
* a section heading that repeats the last crumb of the breadcrumb above it
  and is followed by a list of stories (bullets), not by a headline;
* a search-results count (``4 kết quả phù hợp``) near the top: chrome, the
  title is derived (a site may print the first result above the count too);
* stories one after another, each a headline and a lead opening with the same
  publisher marker (``(GLO)- ...``) from the first prose line on: the line
  above the first story's headline, when title-shaped, is the tag heading;
  so with plain headline + lead cards closed by a row of page numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .bylines import lead_marker, read_byline
from .chrome import breadcrumb_parts, is_breadcrumb, is_pagination, is_widget
from .dates import find_dates
from .figures import is_caption_like
from .lines import (
    SourceLine,
    ends_sentence,
    is_bullet,
    is_headline_like,
    is_prose,
    starts_lower,
    starts_upper,
    syllable_count,
)
from .stamp_age import is_post_age

SEARCH_LABEL = "search-label"
READ_MORE = "read-more"
AFTER_PAGING = "after-article"  # a listing's footer, under its page navigation row
MAX_TAG_SYLLABLES = 12
MAX_LOWER_TAG_SYLLABLES = 8
_TAG_LABEL_RE = re.compile(
    r"^(?:Từ khóa|Từ khoá|Tag|Tags|Thẻ"
    # Joomla K2 "Hiển thị các mục theo thẻ: X", "Các bài viết gắn thẻ: X"
    r"|(?:Hiển thị\s+)?(?:các\s+)?(?:mục|bài viết|bài|tin)\s+(?:theo|gắn|có)\s+(?:thẻ|từ khóa|từ khoá))\s*(?::\s*(?P<name>\S.*)|\s(?P<hashtag>#\S.*))?$",
    re.IGNORECASE,
)
_SEARCH_RE = re.compile(
    r"^(?:Kết quả tìm kiếm|Tìm kiếm theo từ khóa|Tìm kiếm theo từ khoá|Search results?)\b"
    # Blogger's label and search pages: "Hiển thị các bài đăng có nhãn X. Hiển thị tất cả bài đăng",
    # "Showing posts with label X. Show all posts", "... cho truy vấn X" / "... for query X"
    r"|^(?:Hiển thị (?:các )?bài đăng (?:có nhãn|được sắp xếp theo)|Showing posts (?:with label|sorted by))\s",
    re.IGNORECASE,
)
# Blogger closes its label/search line with fixed links, however long the query before them:
# "... Sắp xếp theo mức độ liên quan Hiển thị tất cả bài đăng", "... Show all posts"
_SHOW_ALL_RE = re.compile(r"(?:Hiển thị tất cả (?:các )?bài đăng|Show all posts)\.?\s*$", re.IGNORECASE)
# "4 kết quả phù hợp", "Tìm thấy 1.204 kết quả cho từ khóa ...": the count of a search page;
# "2. Kết quả" (a number closed by its period) is a numbered section heading, no count
_COUNT_RE = re.compile(
    # "Khoảng 1.240 kết quả (0,42 giây)": a search engine's estimate and the time it took
    r"^(?:(?:Tìm thấy|Có|Khoảng)\s+)?\d+(?:[.,]\d+)*\s+kết quả\b(?:\s+(?:phù hợp|tìm kiếm|được tìm thấy))?"
    r"(?:\s+(?:cho|với|theo)\b.*)?(?:\s*\(\s*\d+(?:[.,]\d+)?\s*giây\s*\))?$",
    re.IGNORECASE,
)
COUNT_WINDOW = 12  # the count sits under the search box, among the first lines
MIN_MARKED_STORIES = 3


@dataclass
class Listing:
    heading: int  # index in the header region of the heading line (or of the search label)
    title: SourceLine | None  # the heading, its text the tag name; None: derive one
    labels: dict[int, str] = field(default_factory=dict)  # label line → role ("category")
    chrome: dict[int, str] = field(default_factory=dict)


def find_listing(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine] = ()
) -> Listing | None:
    """The listing heading among the header lines, else None (an article). ``dropped``: lines
    the furniture rules removed (a section heading recurs in the menu of the site's pages)."""
    found = _find_listing(region, lines, dropped)
    if found is not None and found.title is not None:
        name = archive_name(found.title.text)
        if name != found.title.text:
            found.title = found.title._replace(text=name)
    return found


# The words a CMS prints around a section's name on its archive page: WordPress's
# "Category: X" / "Chuyên mục: X" and its translated "X Archives" → "X Lưu trữ"; WordPress.com
# themes print a tag's page as "Tag Archive: X" ("Category Archive: X", "Lưu trữ thẻ: X").
_ARCHIVE_LABEL_RE = re.compile(
    r"^(?:(?:Tag|Category)\s+Archives?|Category|Categories|Archives?|Chuyên mục|Danh mục|"
    r"Lưu trữ(?: chuyên mục| danh mục| thẻ)?)\s*:\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)
_ARCHIVE_SUFFIX_RE = re.compile(r"^(?P<name>\S.*?)\s+(?:Lưu trữ|Archives)$")


def archive_name(text: str) -> str:
    """A listing heading without the archive label around the section's name."""
    for pattern in (_ARCHIVE_LABEL_RE, _ARCHIVE_SUFFIX_RE):
        match = pattern.match(text.strip())
        if match is not None and _tag_name(name := match.group("name").strip()):
            return name
    return text


def _find_listing(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine] = ()
) -> Listing | None:
    # a search engine's page ("Khoảng 1.240 kết quả") repeats the query in lower case at the top:
    # the query is no tag name, the page has no heading of its own
    searched = any(is_search_count(line.text) for line in lines[:COUNT_WINDOW])
    for index, line in enumerate(region):
        found = (
            _tag_heading(region, index) or _search_heading(line, index) or _topic_heading(line, index, lines)
        )
        lower_tag = not searched and _lone_lower_tag(region, index)
        if found is None and not searched and _lone_lower_tag(region, index, unmarked=True):
            found = Listing(index, line._replace(text=markdown_heading_text(line.text)))
        if found is None and (lower_tag or _section_heading(region, index, lines)):
            found = Listing(index, line)
        if found is not None:
            return found
    found = (
        _search_count(region, lines)
        or _marked_stories(region, lines, dropped)
        or _stamped_stories(region, lines, dropped)
        or _glued_cards(region, lines)
    )
    return (
        found
        or _linked_stories(region, lines, dropped)
        or _paged_stories(region, lines, dropped)
        or _dated_cards(region, lines, dropped)
        or _cut_teasers(region, lines, dropped)
        or _labelled_cards(region, lines, dropped)
    )


def is_search_count(text: str) -> bool:
    return syllable_count(text) <= MAX_TAG_SYLLABLES and bool(_COUNT_RE.match(text.strip()))


def _search_count(region: Sequence[SourceLine], lines: Sequence[SourceLine]) -> Listing | None:
    """``4 kết quả phù hợp`` among the first lines: a search page, even when the first
    result was printed above the count (the count is not then in the header region)."""
    count = next((line for line in lines[:COUNT_WINDOW] if is_search_count(line.text)), None)
    if count is None:
        return None
    before = [line for line in region if line.no < count.no]
    again = {line.text for line in lines if line.no > count.no}
    # a result printed above the count too: from there on the lines are results, not chrome
    heading = next((index for index, line in enumerate(before) if line.text in again), len(before))
    return Listing(heading, None, chrome={count.no: SEARCH_LABEL})


def _marked_stories(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine] = ()
) -> Listing | None:
    """A tag page: from the first prose line on, stories each made of a headline and a lead
    with the same publisher marker, no other paragraph between them (an article's own
    paragraphs never repeat its marker)."""
    first = next((index for index, line in enumerate(lines) if is_prose(line.text)), None)
    if first is None or first == 0 or (marker := lead_marker(lines[first].text)) is None:
        return None
    stories = 0
    for index in range(first, len(lines)):
        found = lead_marker(lines[index].text)
        if found is not None and found[0] == marker[0]:
            if not is_headline_like(lines[index - 1].text) or is_prose(lines[index - 1].text):
                return None  # a marked paragraph without its own headline: an article
            stories += 1
        elif is_prose(lines[index].text):
            return None
    if stories < MIN_MARKED_STORIES:
        return None
    return _heading_above(region, lines[first - 1], dropped)


MIN_CARD_ECHO_WORDS = 4
MIN_GLUED_CARDS = 2


def is_glued_card(text: str) -> bool:
    """``Headline Lead ... Headline``: a story card copied as one line, its headline printed
    before and after the lead (an article's paragraph never ends with its own opening)."""
    words = text.split()
    for size in range(min(len(words) // 3, 30), MIN_CARD_ECHO_WORDS - 1, -1):
        if words[:size] == words[-size:]:
            return True
    return False


def _glued_cards(region: Sequence[SourceLine], lines: Sequence[SourceLine]) -> Listing | None:
    """A tag page whose stories are each one glued line (headline, lead, headline again),
    from the first prose line on: the title-shaped line above the first is the heading."""
    first = next((index for index, line in enumerate(lines) if is_prose(line.text)), None)
    if first is None or not region or region[-1].no != lines[first - 1].no:
        return None
    cards = 0
    for line in lines[first:]:
        if is_glued_card(line.text):
            cards += 1
        elif is_prose(line.text):
            return None
    if cards < MIN_GLUED_CARDS:
        return None
    above = region[-1]
    if 1 <= syllable_count(above.text) <= MAX_TAG_SYLLABLES and not ends_sentence(above.text):
        return Listing(len(region) - 1, above)  # a tag name may be one word ("Philippines")
    return Listing(len(region), None)


def _heading_above(
    region: Sequence[SourceLine], headline: SourceLine, dropped: Sequence[SourceLine] = ()
) -> Listing | None:
    """The listing whose first story's headline is ``headline``: the title-shaped line above
    it is the heading (a headline printed twice counts once; the card's photo caption above
    it is the card's), else no heading. A heading that recurrence removed (a tag name other
    seeds print as a menu item) is read back when it sits right above the first card."""
    item = next((index for index, line in enumerate(region) if line.no == headline.no), None)
    if item is None:
        return None
    while item > 0 and is_printed_again(region[item - 1].text, region[item].text):
        item -= 1  # the story's headline printed twice: its first copy opens the story
    while item > 0 and is_caption_like(region[item - 1].text):
        item -= 1  # the card's photo caption above its headline ("... (Ảnh: Trọng Đức)")
    if item > 0 and _is_date_alone(region[item - 1].text):
        item -= 1  # the card's date printed above its headline ("13/11/2026")
    # a heading the furniture rules removed right above the first card is nearer than any
    # kept line above it (a "Trang chủ" link above the menu is no heading)
    removed = _removed_heading(region[item], region[item - 1] if item > 0 else None, dropped)
    while removed is None and item > 1 and is_widget(region[item - 1].text):
        item -= 1  # "Theo dõi chủ đề": the heading's button, between it and the first card
    above = region[item - 1] if item > 0 else None
    removed = removed or _removed_heading(region[item], above, dropped)
    if removed is not None:
        return Listing(item, removed)  # nearer the cards than the site's name above it
    if (
        above is not None
        and (is_headline_like(above.text) or _tag_name(above.text))
        and not is_prose(above.text)
    ):
        return Listing(item - 1, above)  # a tag's name may be one word in lower case ("dioxin")
    return Listing(item, None)


def _removed_heading(
    first: SourceLine, above: SourceLine | None, dropped: Sequence[SourceLine]
) -> SourceLine | None:
    """The line the furniture rules removed right above the first card, when it reads as a
    heading (a tag name, not a button); else None."""
    removed = [line for line in dropped if line.no < first.no and (above is None or line.no > above.no)]
    if not removed:
        return None
    line = removed[-1]
    # a tag's name may be printed in lower case ("hiệp định thương mại tự do")
    heading = (
        _tag_name(line.text)
        and (is_headline_like(line.text) or is_lower_tag(line.text))
        and line.columns == 1
    )
    return line if heading and not is_widget(line.text) and not is_breadcrumb(line.text) else None


MAX_GLUED_LABEL_SYLLABLES = 2


def is_printed_again(first: str, second: str) -> bool:
    """``second`` is ``first`` printed again, maybe with a short label glued after it
    (``<headline> Analysis``: a card's headline and its image alt or section tag)."""
    if second == first:
        return True
    rest = second[len(first) :] if second.startswith(first + " ") else ""
    return bool(rest) and syllable_count(rest) <= MAX_GLUED_LABEL_SYLLABLES and starts_upper(rest)


STAMP_OPENING_WINDOW = 3


def _opens_with_stamp(text: str) -> bool:
    """``21:05, 12/02/2026 Những ngày ...``: a story card's lead opening with its own time stamp."""
    hits = find_dates(text[:60])
    return (
        bool(hits) and hits[0].start <= STAMP_OPENING_WINDOW and hits[0].has_year and hits[0].hour is not None
    )


def _stamped_stories(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine] = ()
) -> Listing | None:
    """A section page of story cards whose leads each open with a time stamp: an article's
    paragraphs never do. The first card's headline is the nearest title-shaped line above the
    first lead (its label and author lines, ending in `` -``, between them)."""
    first = next((index for index, line in enumerate(lines) if is_prose(line.text)), None)
    if first is None or first == 0 or not _opens_with_stamp(lines[first].text):
        return None
    stamped = sum(1 for line in lines[first:] if is_prose(line.text) and _opens_with_stamp(line.text))
    if stamped < MIN_MARKED_STORIES:
        return None
    index = first - 1
    while index > 0 and lines[index].text.rstrip().endswith((" -", " –")):
        index -= 1
    headline = lines[index]
    if not is_headline_like(headline.text) or is_prose(headline.text):
        return None
    return _heading_above(region, headline, dropped)


# "Chi tiết", "Xem chi tiết", "Đọc tiếp": the link under each story card of a section page.
# Not "Xem thêm"/"Đọc thêm": those label an article's related-stories widget.
_READ_MORE_RE = re.compile(
    r"^(?:Xem chi tiết|Chi tiết|Đọc tiếp|Xem tiếp|Read more|Continue reading)(?:\s*(?:»|>>|→|\.{3}|…))?",
    re.IGNORECASE,
)
MIN_LINKED_STORIES = 3


def read_more_rest(text: str) -> str | None:
    """The text after a story card's read-more link (``""`` for the link alone), else None.

    A copy often glues the link to the next card's headline (``Chi tiếtHội nghị ...``);
    a sentence that merely starts with the words (``Chi tiết hơn về ...``) is no link.
    """
    match = _READ_MORE_RE.match(text.strip())
    if match is None:
        return None
    rest = text.strip()[match.end() :]
    if not rest.strip():
        return ""
    glued = rest[0].isupper() and match.group(0)[-1].isalpha()
    spaced_headline = rest[0].isspace() and rest.lstrip()[0].isupper()
    return rest.strip() if glued or spaced_headline else None


def _linked_stories(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine]
) -> Listing | None:
    """A section page of story cards, each a headline and a lead closed by a read-more link:
    an article has one such link at most. The line above the first card's headline, when
    title-shaped, is the section heading (no heading: the title is derived)."""
    first = next((index for index, line in enumerate(lines) if is_prose(line.text)), None)
    if first is None or first == 0 or not is_headline_like(lines[first - 1].text):
        return None
    links = [line for line in lines[first:] if read_more_rest(line.text) is not None]
    if len(links) < MIN_LINKED_STORIES or not (
        any(read_more_rest(line.text) for line in links) or _links_close_cards(lines, links)
    ):
        return None  # bare links only: buttons of one article's widgets, not proven cards
    item = next((index for index, line in enumerate(region) if line.no == lines[first - 1].no), None)
    if item is None:
        return None
    # a bare link on its own line is the card's button (chrome); one glued to a headline is not
    buttons = {line.no: READ_MORE for line in links if read_more_rest(line.text) == ""}
    above = region[item - 1] if item > 0 else None
    # the heading repeats a menu label: recurrence may have removed it, the page still names it
    removed = _removed_heading(region[item], above, dropped)
    if removed is not None:
        return Listing(item, removed, chrome=buttons)
    if above is not None and is_headline_like(above.text) and not is_prose(above.text):
        return Listing(item - 1, above, chrome=buttons)
    return Listing(item, None, chrome=buttons)


def _links_close_cards(lines: Sequence[SourceLine], links: Sequence[SourceLine]) -> bool:
    """Each bare read-more link right under a lead that sits right under its headline: the
    cards of a section page (a widget's button follows no headline + lead pair)."""
    position = {line.no: index for index, line in enumerate(lines)}
    for link in links:
        index = position[link.no]
        if index < 2:
            return False
        headline, lead = lines[index - 2], lines[index - 1]
        if not (_story_headline(headline.text) and is_prose(lead.text)):
            return False
        if not headline.no + 1 == lead.no == link.no - 1:
            return False
    return True


def _paged_stories(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine]
) -> Listing | None:
    """A section page: from the first prose line on, nothing but story cards (a headline with
    its lead on the very next line, maybe the card's date alone under the lead), closed by a
    row of page numbers. An article's subheadings come with several paragraphs and never with
    pagination under the text."""
    first = next((index for index, line in enumerate(lines) if is_prose(line.text)), None)
    if first is None or first == 0:
        return None
    stories = 0
    index = first - 1
    while index + 1 < len(lines):
        headline, lead = lines[index], lines[index + 1]
        if not _story_headline(headline.text) or lead.no != headline.no + 1 or not is_prose(lead.text):
            return None
        stories += 1
        index += 2
        if index < len(lines) and lines[index].no == lead.no + 1 and _is_date_alone(lines[index].text):
            index += 1  # "12/03/2026" under the lead: the card's own date
    if index < len(lines) or stories < MIN_MARKED_STORIES:
        return None
    last = lines[-1].no
    if not any(line.no > last and is_pagination(line.text) for line in dropped):
        return None
    return _heading_above(region, lines[first - 1], dropped)


def _dated_cards(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine]
) -> Listing | None:
    """A topic or section page of dated story cards, each a headline, its date alone on the
    next line and a lead under it, from the first prose line on: an article prints its own
    stamp once, never one under each of several headlines. The cards open at the lead (the
    first prose line under the header region; a long menu row above is no lead)."""
    end = region[-1].no if region else 0
    first = next((index for index, line in enumerate(lines) if line.no > end and is_prose(line.text)), None)
    if first is None or first < 2:
        return None
    cards, index = 0, first - 2
    while index + 2 < len(lines):
        headline, stamp, lead = lines[index], lines[index + 1], lines[index + 2]
        # a card's headline may ask a question ("... cho nông sản Việt?"); a full stop ends prose
        titled = is_headline_like(headline.text) and not headline.text.rstrip().endswith(".")
        if not (titled and _is_card_stamp(stamp.text) and is_prose(lead.text)):
            break
        cards += 1
        index += 3
    if cards < MIN_MARKED_STORIES:
        return None
    found = _heading_above(region, lines[first - 2], dropped)
    heading = found.title if found is not None else None
    if heading is None or not (is_headline_like(heading.text) and starts_upper(heading.text)):
        return None  # no capitalised heading right above: the other listing rules judge the page
    between = {
        line.no: line.text for line in (*region, *dropped) if heading.no < line.no < lines[first - 2].no
    }
    if len(between) != lines[first - 2].no - heading.no - 1 or not all(map(is_widget, between.values())):
        return None  # only the heading's buttons ("Theo dõi chủ đề") between it and the cards
    return found


MAX_CARD_LEADS = 3
MAX_CARD_LABEL_SYLLABLES = 3
MAX_CARD_DETAIL_SYLLABLES = 12
# "Giảng viên: Nguyễn Hoài Nam": a card's detail behind a short label
_CARD_DETAIL_RE = re.compile(r"^(?P<label>[^\d:|]{2,20}?)\s*:\s*\S")


def _card_detail_label(text: str) -> str | None:
    """The label of a card's one-line detail ("Giảng viên: X", "Địa điểm: Y"), else None."""
    match = _CARD_DETAIL_RE.match(text.strip())
    if match is None or ends_sentence(text) or syllable_count(text) > MAX_CARD_DETAIL_SYLLABLES:
        return None
    label = match.group("label").strip()
    return label if syllable_count(label) <= MAX_CARD_LABEL_SYLLABLES else None


def _labelled_cards(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine]
) -> Listing | None:
    """A catalogue page (courses, projects, events): from the first prose line on, cards of a
    headline, one to three paragraphs and one detail under the same short label each time
    ("Giảng viên: X"). An article does not close every few paragraphs with the same labelled
    line under a new headline. The heading is the title-shaped line above the first card."""
    end = region[-1].no if region else 0
    first = next((index for index, line in enumerate(lines) if line.no > end and is_prose(line.text)), None)
    if first is None or first < 1:
        return None
    cards, labels, index = 0, set(), first - 1
    while index < len(lines) and _story_headline(lines[index].text):
        leads = 0
        while index + 1 + leads < len(lines) and is_prose(lines[index + 1 + leads].text):
            leads += 1
        detail = index + 1 + leads
        label = _card_detail_label(lines[detail].text) if detail < len(lines) else None
        if not 1 <= leads <= MAX_CARD_LEADS or label is None:
            break
        cards, index = cards + 1, detail + 1
        labels.add(label.lower())
    if cards < MIN_MARKED_STORIES or len(labels) != 1:
        return None
    found = _heading_above(region, lines[first - 1], dropped)
    return found if found is not None and found.title is not None else None


MAX_STAMP_LABEL_SYLLABLES = 4
# "Tin đăng lúc : 21-08-2025", "Ngày đăng: 12/03/2026": a card's date behind a short label
_STAMP_LABEL_RE = re.compile(r"^(?P<label>[^\d:]{2,30}?)\s*:\s*(?P<date>\S.*)$")


def _is_card_stamp(text: str) -> bool:
    """A story card's date line: the date alone, or behind a short label ending in a colon."""
    if _is_date_alone(text):
        return True
    match = _STAMP_LABEL_RE.match(text.strip())
    return (
        match is not None
        and syllable_count(match.group("label")) <= MAX_STAMP_LABEL_SYLLABLES
        and _is_date_alone(match.group("date"))
    )


MIN_CUT_TEASERS = 3
_ELLIPSIS_END_RE = re.compile(r"(?:\.{3}|…)\s*$")
# One control of a page navigation row, which some sites print one per line:
# "Trang đầu", "<<", "165", ">>", "Trang cuối", "Older posts", "« Older Entries", "Tiếp »",
# "Trang 1 / 37" (the page's number among the section's pages)
_PAGE_CONTROL_RE = re.compile(
    r"^(?:[«‹<]{1,2}\s*)?(?:\d{1,4}|Trang \d{1,4}\s*/\s*\d{1,5}|Trang (?:đầu|cuối|sau|trước|tiếp)|(?:Older|Newer) (?:posts|entries)"
    r"|Bài (?:cũ|mới) hơn|Tiếp|Sau|Trước|Next|Previous)?(?:\s*[»›>]{1,2})?$",
    re.IGNORECASE,
)


def is_page_control(text: str) -> bool:
    """A page navigation row or one of its controls on a line of its own."""
    text = text.strip()
    return bool(text) and (is_pagination(text) or bool(_PAGE_CONTROL_RE.match(text)))


def _cut_teasers(
    region: Sequence[SourceLine], lines: Sequence[SourceLine], dropped: Sequence[SourceLine]
) -> Listing | None:
    """A section page whose story cards each end in a lead cut short ("... "), maybe under
    a headline and a date, from the first prose line on down to a page navigation row: an
    article's paragraphs run to their full stop, and no article is paged under its text."""
    end = region[-1].no if region else 0
    first = next((index for index, line in enumerate(lines) if line.no > end and is_prose(line.text)), None)
    if first is None:
        return None
    cut, last = 0, lines[first]
    # the page navigation row ends the cards, whether kept or removed as furniture
    paging = min(
        (line.no for line in dropped if line.no > lines[first].no and is_page_control(line.text)),
        default=None,
    )
    for line in lines[first:]:
        if is_page_control(line.text) or paging is not None and line.no > paging:
            break
        if read_more_rest(line.text) == "":
            continue  # "Chi tiết": the card's button closing its cut lead
        if _question_headline(line.text):
            pass  # a card's headline asking a question (a prose-shaped line, no cut lead)
        elif is_prose(line.text):
            if not _ELLIPSIS_END_RE.search(line.text):
                return None
            cut += 1
        elif not (_story_headline(line.text) or _is_card_stamp(line.text)):
            return None
        last = line
    if cut < MIN_CUT_TEASERS or not _paged_after(last, lines, dropped):
        return None
    # under the page navigation row only the site's footer follows (its name, its address)
    footer = {
        line.no: AFTER_PAGING
        for line in lines
        if paging is not None and line.no > paging and not is_prose(line.text)
    }
    headline = _card_headline(lines, first)
    found = _heading_above(region, headline, dropped) if headline is not None else None
    if found is None:
        removed = _removed_heading(lines[first], region[-1] if region else None, dropped)
        found = Listing(len(region), removed)
    found.chrome.update(footer)
    return found


MAX_QUESTION_HEADLINE_SYLLABLES = 20
_QUESTION_END_RE = re.compile(r"\?[”\"’']?\s*$")


def _question_headline(text: str) -> bool:
    """``Làm việc từ xa: tự do hay cô đơn?``: a card's headline asking a question (no cut lead)."""
    return (
        bool(_QUESTION_END_RE.search(text))
        and not _ELLIPSIS_END_RE.search(text)
        and syllable_count(text) <= MAX_QUESTION_HEADLINE_SYLLABLES
        and starts_upper(text.lstrip("\"“‘'"))
    )


def _card_headline(lines: Sequence[SourceLine], first: int) -> SourceLine | None:
    """The headline right above the first card's lead (its date line between them), else None."""
    index = first - 1
    if index > 0 and _is_card_stamp(lines[index].text) and lines[index].no + 1 == lines[first].no:
        index -= 1
    if index < 0 or lines[index].no + (first - index) != lines[first].no:
        return None  # not printed right above the lead
    line = lines[index]
    return line if _story_headline(line.text) and not is_breadcrumb(line.text) else None


# "Đọc thêm", "Xem thêm »": a bare button; under a lead cut short it is the card's own link
_MORE_BUTTON_RE = re.compile(r"^\s*(?:Đọc thêm|Xem thêm)\s*(?:»|>>|→|\.{3}|…)?\s*$", re.IGNORECASE)


def _paged_after(last: SourceLine, lines: Sequence[SourceLine], dropped: Sequence[SourceLine]) -> bool:
    """A page navigation control is the next line after ``last``, kept or removed."""
    # the last card's read-more button ("Chi tiết") may sit between its lead and the page row
    following = [
        line
        for line in (*lines, *dropped)
        if line.no > last.no and read_more_rest(line.text) != "" and not _MORE_BUTTON_RE.match(line.text)
    ]
    return bool(following) and is_page_control(min(following, key=lambda line: line.no).text)


def _is_date_alone(text: str) -> bool:
    """A line that is one full date and nothing else (``12/03/2026``, ``09:15 - 12/03/2026``,
    ``(12/03/2026)``: a card's date in brackets)."""
    hits = find_dates(text)
    return len(hits) == 1 and hits[0].has_year and not text.replace(hits[0].text, "").strip(" -–|,.()[]")


def _story_headline(text: str) -> bool:
    return is_headline_like(text) and not is_prose(text)


def _tag_heading(region: Sequence[SourceLine], index: int) -> Listing | None:
    line = region[index]
    match = _TAG_LABEL_RE.match(line.text)
    if not match:
        return None
    name = match.group("name") or match.group("hashtag")  # "Từ khóa #X": the mark sets it off
    if name:
        name = tag_name_text(name)
        return Listing(index, line._replace(text=name)) if _tag_name(name) else None
    following = region[index + 1] if index + 1 < len(region) else None
    if following is None or not _tag_name(tag_name_text(following.text)):
        return None
    heading = following._replace(text=tag_name_text(following.text))
    return Listing(index + 1, heading, labels={line.no: "category"})


# The decoration a site prints around a tag's name: "#Gìn giữ hòa bình", "\"Hải quân\"".
_TAG_QUOTES = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’"}


def tag_name_text(text: str) -> str:
    """The tag's name without its decoration: a leading ``#``, a pair of quotes around it."""
    text = text.strip()
    if text.startswith("#") and len(text) > 1 and not text[1].isspace():
        text = text[1:]
    close = _TAG_QUOTES.get(text[:1])
    if close and len(text) > 2 and text.endswith(close) and close not in text[1:-1]:
        text = text[1:-1].strip()
    return text


def is_bare_tag_label(text: str) -> bool:
    """``Từ khóa`` alone: the tag's name is on the next line."""
    match = _TAG_LABEL_RE.match(text)
    return bool(match) and not match.group("name") and not match.group("hashtag")


def _tag_name(text: str) -> bool:
    """A tag's name: a few words, not a sentence, not a comma-separated tag list."""
    return (
        1 <= syllable_count(text) <= MAX_TAG_SYLLABLES
        and not ends_sentence(text)
        and "," not in text
        and not is_bullet(text)
    )


# "Chủ đề: Đối ngoại quốc phòng": a topic page's heading, or a label over an article naming its
# topic; a topic page only when dated stories follow it
_TOPIC_LABEL_RE = re.compile(r"^(?:Chủ đề|Chuyên đề|Topic)\s*:\s*(?P<name>\S.*)$", re.IGNORECASE)
MIN_DATED_STORIES = 2


def _topic_heading(line: SourceLine, index: int, lines: Sequence[SourceLine]) -> Listing | None:
    match = _TOPIC_LABEL_RE.match(line.text.strip())
    if match is None or not _tag_name(name := tag_name_text(match.group("name"))):
        return None
    dated = sum(1 for other in lines if other.no > line.no and _is_date_alone(other.text))
    return Listing(index, line._replace(text=name)) if dated >= MIN_DATED_STORIES else None


def is_search_label(text: str) -> bool:
    """A search or label page's label line, however long the query it repeats when it ends with
    the engine's fixed links."""
    return bool(_SEARCH_RE.match(text)) and (
        syllable_count(text) <= MAX_TAG_SYLLABLES * 2 or bool(_SHOW_ALL_RE.search(text))
    )


def _search_heading(line: SourceLine, index: int) -> Listing | None:
    if is_search_label(line.text):
        return Listing(index, None, chrome={line.no: SEARCH_LABEL})
    return None


# "# quy tắc xuất xứ": a copy that kept the page's heading as Markdown marks its level with "#"s
_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s+(?=\S)")


def markdown_heading_text(text: str) -> str:
    """The heading without its Markdown level marks (``# tên thẻ`` → ``tên thẻ``)."""
    return _MARKDOWN_HEADING_RE.sub("", text.strip(), count=1)


def _lone_lower_tag(region: Sequence[SourceLine], index: int, unmarked: bool = False) -> bool:
    """A lower-case tag name whose neighbours are not lower-case labels too (a menu); with
    ``unmarked``, one printed as a Markdown heading (``# tên thẻ``), read without its marks."""
    neighbours = region[max(index - 1, 0) : index] + region[index + 1 : index + 2]
    text = region[index].text
    if unmarked:
        if not _MARKDOWN_HEADING_RE.match(text.strip()):
            return False
        text = markdown_heading_text(text)
    if _introduced_byline(text):
        return False  # "bởi Hà Thu": a blog post's byline in lower case, no tag
    if is_post_age(text):
        return False  # "một giờ trước": the age of the post under its headline, no tag
    return is_lower_tag(text) and not any(is_lower_tag(line.text) for line in neighbours)


def _introduced_byline(text: str) -> bool:
    byline = read_byline(text)
    return byline is not None and byline.introduced and bool(byline.authors)


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
    crumbs = [breadcrumb_parts(line.text)[-1].strip() for line in region[:index] if is_breadcrumb(line.text)]
    if text not in crumbs or not is_headline_like(text):
        return False
    after = [line for line in lines if line.no > region[index].no][:1]
    return bool(after) and is_bullet(after[0].text)
