"""The top of an article: category label, headline, byline/date lines, lead.

Scraped pages put, each optional: the site's name, slogan, menus and a
"today" widget, a short section label (``Truyền thông``), the headline, a
byline and/or date stamp, buttons, then the lead (sapo). The lead is the
first prose line; above it the headline is the last title-shaped line that
is not site furniture. Other short lines there are page chrome; longer
ones stay for the body rules, so no text is lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field

from .boilerplate import is_related_label
from .bylines import Byline, marker_alone, read_byline, split_glued_headline
from .chrome import SCRAPER, is_scraper_line, is_widget
from .date_features import GLUED as GLUED_DATE
from .date_features import HEADER as HEADER_DATE
from .date_features import DateLine
from .dates import catalogue_year, find_dates
from .figures import is_caption_like, is_image_reference
from .furniture_tail import is_post_footer
from .header_credits import _header_credit_source, _introduced_credit, _stamp_under_credit, card_credits
from .header_documents import (
    _document_header_cells,
    _document_name,
    _document_own_lines,
    _document_text_start,
)
from .header_headlines import (
    _ILLUSTRATION_RE,
    _MARKDOWN_MARKS_RE,
    _NUMBERED_HEADING_RE,
    MAX_CATEGORY_SYLLABLES,
    SAPO_COPY,
    SHARED_SLOGAN,
    _crumb_heading,
    _headline_over_credits,
    _headline_over_teasers,
    _headline_under_sapo,
    _lower_headline_over_stamp,
    _recurring_headline_over_stamp,
    _shared_above_own_headline,
    _shared_headline,
    _title_candidate,
    is_label_shaped,
    is_numbered_heading,
)
from .header_markers import (
    _CLOSING_HASHES_RE,
    _FORUM_RANK_RE,
    FORUM_RANK,
    SEARCH_BOX,
    is_opening_section_heading,
    is_search_box,
    split_outlet_marker,
)
from .header_names import (
    _GREETING_RE,
    MAX_MENU_LABEL_SYLLABLES,
    _is_furniture_name,
    _made_of_labels,
    _menu_copies,
)
from .header_names import is_masthead as is_masthead
from .header_sapo import _description_snippet, _sapo_cut_short, _sapo_printed_again
from .header_stamps import (
    _is_stamp_line,
    is_teaser_item,
)
from .header_stamps import _labelled_post_stamp as _labelled_post_stamp
from .header_stamps import is_counter_or_stamp as is_counter_or_stamp
from .header_stamps import is_foreign_line as is_foreign_line
from .lines import (
    SourceLine,
    ends_sentence,
    is_bullet,
    is_headline_like,
    is_prose,
    starts_lower,
    starts_upper,
    strip_bullet,
    syllable_count,
)
from .listings import find_listing, is_search_label
from .stamp_age import is_post_age
from .title_features import TitleContext, choose_title

MAX_CATEGORY_CHARS = 40
_BREADCRUMB_RE = re.compile(r"\s*(?:>|»|›|/|\||(?<=\s)::(?=\s))\s*")


@dataclass
class Header:
    category: str | None = None
    category_line: int | None = None
    title: SourceLine | None = None
    meta_lines: dict[int, str] = field(default_factory=dict)  # line → role (byline, date, author)
    authors: list[str] = field(default_factory=list)
    date_texts: list[tuple[int, str]] = field(default_factory=list)  # (line, stamp text), best first
    lead: SourceLine | None = None
    source: str | None = None  # an outlet glued to the date stamp
    chrome: dict[int, str] = field(default_factory=dict)  # page furniture around the headline
    suspects: dict[int, str] = field(default_factory=dict)  # kept, though placed like furniture
    listing: bool = False  # a tag, section or search page: several stories, no lead of its own
    date_lines: list[DateLine] = field(default_factory=list)  # lines with a full date, best placed first


HEADER_CHROME = "header-chrome"
# Above the headline sit only the site's name, slogan, menus and date widget;
# below it, before the lead, only bylines and buttons. Longer lines are kept.
MAX_ABOVE_TITLE_CHROME_SYLLABLES = 16
MAX_BELOW_TITLE_CHROME_SYLLABLES = 10


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


# "bắt đầu bởi minhtuan_hp, 17/11/2026.", "Đăng bởi X, 12/03/2026": a credit word before a name
_CREDIT_WORD_RE = re.compile(r"(?:^|\s)(?:bởi|Tác giả|tác giả|Người đăng|người đăng|by)(?:\s|:)")
MAX_DATED_CREDIT_SYLLABLES = 20


def is_dated_credit(text: str) -> bool:
    """A short line crediting the post to someone (a credit word) and giving its full date: the
    page's credit and stamp, whatever its punctuation (never a paragraph of the text)."""
    return (
        syllable_count(text) <= MAX_DATED_CREDIT_SYLLABLES
        and _CREDIT_WORD_RE.search(text) is not None
        and any(hit.has_year for hit in find_dates(text))
    )


def _is_lead(text: str) -> bool:
    return (
        not is_dated_credit(text)
        and is_prose(text)
        and not is_caption_like(text)
        and not is_bullet(text)
        and not _is_kicker(text)
        and not _comma_fragment(text)
        and not _introduced_credit(text)
    )


MAX_WRAPPED_FRAGMENT_SYLLABLES = 8
MIN_WRAPPED_FRAGMENTS = 2


def _wrapped_lead_start(
    lines: Sequence[SourceLine], lead_index: int | None, recurring: Set[int]
) -> int | None:
    """The first line of a hard-wrapped first paragraph whose lead was found at its last line.

    A personal blog may break its paragraphs at a narrow width, so that a sentence's fragments
    are too short (or hold too many names) for the wrap joiner: ``Tôi có dịp lên cửa khẩu`` /
    ``Nậm Cắn đúng hôm ...`` / ``tổ chức giao lưu (18/11).``. The lead then starts in lower
    case, mid-sentence. The short fragments above it, up to the headline right under the
    post's date (or the masthead), are the paragraph's start, not header chrome: at least
    :data:`MIN_WRAPPED_FRAGMENTS` of them under the headline, none ending a sentence, none
    dated, none a credit. Without the date or masthead above, nothing tells the headline from
    the first fragment: the lead stays where it was.
    """
    if lead_index is None or not starts_lower(lines[lead_index].text):
        return lead_index
    top = lead_index
    while top > 0 and _wrapped_fragment(lines[top - 1]) and lines[top - 1].no not in recurring:
        top -= 1
    fragments = lead_index - top  # the headline among them is the topmost
    if fragments < MIN_WRAPPED_FRAGMENTS + 1 or top == 0:
        return lead_index
    above = lines[top - 1]
    dated = any(hit.has_year for hit in find_dates(above.text)) and syllable_count(above.text) <= (
        MAX_WRAPPED_FRAGMENT_SYLLABLES
    )
    if not (dated or above.no in recurring):
        return lead_index
    return top + 1


def _wrapped_fragment(line: SourceLine) -> bool:
    text = line.text
    return (
        syllable_count(text) <= MAX_WRAPPED_FRAGMENT_SYLLABLES
        and not ends_sentence(text)
        and not find_dates(text)
        and read_byline(text) is None
        and not is_bullet(text)
        and not is_widget(text)
    )


MAX_COMMA_FRAGMENT_SYLLABLES = 6


def _comma_fragment(text: str) -> bool:
    """``Chụp lại hình ảnh,``: a few words broken off at a comma (a photo's label, as a
    broadcaster prints "Image caption,", or a clause cut by the copy) are no paragraph."""
    stripped = text.rstrip()
    return stripped.endswith(",") and syllable_count(stripped) <= MAX_COMMA_FRAGMENT_SYLLABLES


MAX_QUESTION_HEADLINE_SYLLABLES = 20
MIN_HEADLINE_SIZED_SYLLABLES = 6


def _question_headline(lines: Sequence[SourceLine], index: int) -> bool:
    """``New Zealand muốn gì khi ...?``: a headline asking a question, not the lead. A short
    question over a longer paragraph, when no headline-sized line stands above it (a sapo
    asking a question sits under its headline)."""
    text = lines[index].text.rstrip("”\"’' ")
    if not text.endswith("?") or syllable_count(text) > MAX_QUESTION_HEADLINE_SYLLABLES:
        return False
    if index + 1 < len(lines) and is_dated_credit(lines[index + 1].text):
        # "... bắt đầu bởi <account>, 17/11/2026." right under it: the thread's or post's credit
        # and date stand under a headline, never under a sapo
        return not any(is_prose(line.text) for line in lines[:index])
    stamp_index = _stamp_under_credit(lines, index)
    if stamp_index is not None and _is_stamp_line(lines[stamp_index].text):
        # the page's own stamp right under it (or under its writer's name and handle): the
        # headline, whatever it asks
        return not any(is_prose(line.text) for line in lines[:index])
    following = _next_paragraph(lines, index)
    if following is None or syllable_count(following.text) <= syllable_count(text):
        return False
    # the site's masthead, menus and date widget above it are no headline: only a line that
    # could be this page's own headline (or prose) makes the question its sapo
    return not any(
        (
            is_headline_like(line.text)
            and syllable_count(line.text) >= MIN_HEADLINE_SIZED_SYLLABLES
            and not _page_furniture(line.text)
            or is_prose(line.text)
        )
        and not _GREETING_RE.match(line.text)  # the site's greeting is prose of its frame
        for line in lines[:index]
    )


def _page_furniture(text: str) -> bool:
    """A line of the page's frame above any headline: a site name or masthead, a breadcrumb or
    widget, a date line (a widget or stamp)."""
    return _is_furniture_name(text) or _is_stamp_line(text) or any(hit.has_year for hit in find_dates(text))


def _cased_headline_above(view: Sequence[SourceLine], title_index: int | None) -> int | None:
    """The index of a line above the chosen headline that prints it in ordinary case, when the
    chosen one is in capitals: a document page prints its title, then the document's own cover
    repeats it in capitals (``NGOẠI GIAO ...`` under ``Ngoại giao ...``); the page's is the headline."""
    if title_index is None:
        return None
    title = view[title_index].text.strip()
    letters = [ch for ch in title if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return None
    folded = " ".join(title.casefold().split())
    for index in range(title_index - 1, -1, -1):
        text = view[index].text.strip()
        if text != title and " ".join(text.casefold().split()) == folded:
            return index
    return None


def _headline_over_caps_heading(
    view: Sequence[SourceLine], bylines: dict[int, Byline | None], title_index: int | None
) -> int | None:
    """``<Headline>`` / stamp or byline / ``<HEADING IN CAPITALS>`` / lead: when the choice fell on
    a line in capitals right above the lead, a long headline in ordinary case above it, printed
    twice or with the writer's or the stamp's line between them, is the page's headline; the
    capitals open the text (its first section heading)."""
    if title_index is None or title_index != len(view) - 1:
        return None
    letters = [ch for ch in view[title_index].text if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return None
    texts = [line.text for line in view]
    for index in range(title_index - 1, -1, -1):
        text = texts[index]
        cased = any(ch.islower() for ch in text)
        if not cased or syllable_count(text) < MIN_CASED_HEADLINE_SYLLABLES or is_prose(text):
            continue
        if not _title_candidate(text) or _is_furniture_name(text):
            continue
        credited = any(
            (byline := bylines.get(line.no)) is not None and (byline.authors or byline.stamp)
            for line in view[index + 1 : title_index]
        )
        if texts.count(text) > 1 or credited:
            return texts.index(text)  # its first copy
        return None  # the nearest cased headline only
    return None


MIN_CASED_HEADLINE_SYLLABLES = 8
MAX_LINES_TO_PARAGRAPH = 3


def _next_paragraph(lines: Sequence[SourceLine], index: int) -> SourceLine | None:
    """The paragraph under a question headline: the next line, or the first one after an
    illustration's caption and the article's first headings ("Khái niệm"), none of them prose."""
    for line in lines[index + 1 : index + 2 + MAX_LINES_TO_PARAGRAPH]:
        if _is_lead(line.text):
            return line
        if is_prose(line.text) or not (is_headline_like(line.text) or _ILLUSTRATION_RE.match(line.text)):
            return None
    return None


def _is_lead_at(lines: Sequence[SourceLine], index: int) -> bool:
    """The lead, or a sapo opened by a bare dash whose outlet name the copy lost
    (`` - An Giang có ...``): one dash-led paragraph alone, not an item of a list."""
    text = lines[index].text
    if _is_lead(text):
        return not _question_headline(lines, index)
    if not _BARE_DASH_RE.match(text):
        return False
    rest = strip_bare_dash(text)
    neighbours = [lines[other].text for other in (index - 1, index + 1) if 0 <= other < len(lines)]
    return (
        _is_lead(rest)
        and syllable_count(rest) >= MIN_DASH_SAPO_SYLLABLES
        and not any(is_bullet(other) for other in neighbours)
    )


_BARE_DASH_RE = re.compile(r"^[-–—]\s+\S")
MIN_DASH_SAPO_SYLLABLES = 15


def strip_bare_dash(text: str) -> str:
    """The sapo without the bare dash its lost outlet name left (``- Ngày 13/3, ...``)."""
    return text[1:].strip() if _BARE_DASH_RE.match(text) else text


MAX_KICKER_SYLLABLES = 12


def _is_kicker(text: str) -> bool:
    """``Gìn giữ hòa bình Liên hợp quốc:`` above a headline: a short label ending in a colon."""
    return text.rstrip().endswith(":") and syllable_count(text) <= MAX_KICKER_SYLLABLES and starts_upper(text)


def read_header(
    lines: Sequence[SourceLine],
    recurring: Set[int] = frozenset(),
    dropped: Sequence[SourceLine] = (),
    joined: Set[int] = frozenset(),
    shared: Set[int] = frozenset(),
) -> Header:
    """Classify the kept lines above the lead (``recurring``: line numbers seen in other seeds;
    ``dropped``: lines the furniture rules removed, whose short ones are menu labels;
    ``joined``: hard-wrapped paragraphs read as one line, never the headline; ``shared``: lines
    the folder's other seeds also hold, chrome or not)."""
    header = Header()
    lead_index = None
    for index in range(len(lines)):
        if not _is_lead_at(lines, index) or is_search_label(lines[index].text):
            continue  # a search page's label repeats the query: never the lead
        if _GREETING_RE.match(lines[index].text):
            header.chrome[lines[index].no] = HEADER_CHROME  # the site greets its visitor: no sapo
            continue
        if is_search_box(lines[index].text):
            header.chrome[lines[index].no] = SEARCH_BOX  # its placeholder ends in "...": no sapo
            continue
        if any(line.text == lines[index].text for line in lines[:index]):
            continue  # a question headline printed again under its stamp: not the lead
        if _shared_above_own_headline(lines, index, shared):
            header.chrome[lines[index].no] = SHARED_SLOGAN  # a slogan marquee, not the lead
            continue
        lead_index = index
        break
    if header.chrome:
        lead_no = lines[lead_index].no if lead_index is not None else None
        lines = [line for line in lines if line.no not in header.chrome]
        lead_index = next((i for i, line in enumerate(lines) if line.no == lead_no), None)
    wrapped_start = _wrapped_lead_start(lines, lead_index, recurring)
    wrapped = {line.no for line in lines[wrapped_start:lead_index]} if lead_index is not None else set()
    copy_index = _sapo_printed_again(lines, lead_index)
    if copy_index is None:
        copy_index = _sapo_cut_short(lines, lead_index)
    if copy_index is None:
        copy_index = _description_snippet(lines, lead_index)
    if copy_index is not None:  # the page's teaser copy of the sapo: the lead is the later one
        header.chrome[lines[lead_index].no] = SAPO_COPY
        lines = [line for index, line in enumerate(lines) if index != lead_index]
        lead_index = copy_index - 1
    region = list(lines[:lead_index] if lead_index is not None else lines)
    region = [line for line in region if line.no not in wrapped]  # the first paragraph's start: text
    # a legal document's own header rows end the page's header: its heading under them is text
    region = region[: _document_text_start(region, dropped)]
    # a paper's own opening section heading ("MỞ ĐẦU") right above its first paragraph is text
    while region and is_opening_section_heading(region[-1].text):
        region.pop()
    # a scraping tool's lines ("Thời gian lấy tin: <date>") are neither stamp nor headline
    header.chrome.update({line.no: SCRAPER for line in region if is_scraper_line(line.text)})
    region = [line for line in region if line.no not in header.chrome]
    if read_listing(header, region, lines, dropped):
        return header
    if lead_index is not None:
        header.lead = lines[lead_index]
    region = _read_section_labels(header, region)
    bylines = {line.no: read_byline(line.text) for line in region}
    end = lines[lead_index].no if lead_index is not None else float("inf")
    labels = {line.text for line in [*region, *dropped] if line.no < end and _label_sized(line.text)}
    glued = {line.no: split for line in region if (split := split_glued_headline(line.text)) is not None}
    # a headline glued to its stamp competes as the headline alone
    view = [line._replace(text=glued[line.no][1]) if line.no in glued else line for line in region]
    bulleted = _bulleted_headline(region)
    if bulleted is not None:  # "  • <headline>" right above the lead: the headline as a list item
        view[bulleted] = view[bulleted]._replace(text=strip_bullet(view[bulleted].text))
    after = [line.text for line in lines[lead_index:]] if lead_index is not None else []
    menu_tail = _menu_run_tails(region, dropped)
    title_index = _pick_title(
        view, bylines, recurring, labels, set(glued), header.lead, after, joined | menu_tail
    )
    for line in _contents_entries(region, lines[lead_index:] if lead_index is not None else []):
        header.chrome[line.no] = TABLE_OF_CONTENTS  # the entry's heading is printed again below
    # a blog post's title sits under its date header, with the text under it: no teaser list
    blog_post = any(is_post_footer(text) for text in after)
    headline = None if blog_post else _headline_over_teasers(view, bylines, title_index)
    if headline is not None:
        title_index = headline
    crumb = _crumb_heading(view)
    if crumb is not None and (title_index is None or title_index < crumb - 1):
        title_index = crumb  # the page's heading under its breadcrumb, not a line above them
    named = _document_name(view, dropped)
    if named is not None:  # a legal document's page: the site's headline names the document
        title_index = named
        for line in _document_header_cells(region, region[named].no, dropped):
            header.chrome[line.no] = HEADER_CHROME  # the document's header cells: no writer, no date
            bylines[line.no] = None
        for line in _document_own_lines(region, dropped):
            bylines[line.no] = None  # "QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN TỈNH": the document's headings
    over_caps = _headline_over_caps_heading(view, bylines, title_index)
    if over_caps is not None:
        title_index = over_caps
    cased = _cased_headline_above(view, title_index)
    if cased is not None:  # the headline in capitals repeats the page's own headline above it
        header.chrome[region[title_index].no] = HEADER_CHROME
        title_index = cased
    credited = _headline_over_credits(region, bylines) if header.lead is None else None
    if credited is not None and (title_index is None or region[title_index].no > credited.no):
        # no sapo, and the choice fell below the line the page's credits stand under (a section
        # heading of an answer): the credited line is the headline
        title_index = region.index(credited)
    title_no = region[title_index].no if title_index is not None else None
    if title_index is None and (restored := _recurring_headline_over_stamp(region, dropped, recurring)):
        header.title, title_no = restored, restored.no
    if title_no is None and (shared := _shared_headline(region, dropped, recurring, header.lead)) is not None:
        header.title, title_no = shared, shared.no
        if header.lead is not None and header.lead.text.startswith(shared.text):
            # the headline typed against the sapo: the sapo's own words start after it
            rest = header.lead.text[len(shared.text) :].strip()
            if rest:
                header.lead = header.lead._replace(text=rest)
    if title_no is None and (lower := _lower_headline_over_stamp(region)) is not None:
        header.title, title_no = lower, lower.no
    under = _headline_under_sapo(lines, lead_index) if title_no is None else None
    if under is not None:
        header.title, title_no = under[0], under[0].no
        for copy in under[1:-1]:
            header.chrome[copy.no] = HEADER_CHROME  # the headline printed again
        region = [*region, *under]
        bylines.update({line.no: read_byline(line.text) for line in under})
    if title_index is not None:
        header.title = view[title_index]
        unglued = glued_label(header.title.text)
        if unglued is not None:  # "Hoạt động đối ngoạiThanh niên ...": the label is not the headline's
            header.title = header.title._replace(text=unglued)
        closed = _CLOSING_HASHES_RE.sub("", header.title.text)
        if closed and closed != header.title.text:  # "<headline> ##": a Markdown heading's closing marks
            header.title = header.title._replace(text=closed)
        marked = split_outlet_marker(header.title.text)
        if marked is not None:  # "(TTV) <headline>": the outlet's marker, as leads print "(QĐND) -"
            header.source = header.source or marked[0]
            header.title = header.title._replace(text=marked[1])
        _read_category(header, region, title_index)
    for line in region:
        if _FORUM_RANK_RE.match(line.text):  # "Senior Member" under a poster's name: no writer
            header.chrome[line.no] = FORUM_RANK
            bylines[line.no] = None
    if header.title is not None:
        for line in region:  # "<headline> - 1": the photo's alt text repeating the headline
            if line.no != title_no and photo_alt_base(line.text) == header.title.text.strip():
                header.chrome[line.no] = HEADER_CHROME
    _read_bylines(header, region, bylines, title_no)
    if title_no in glued:
        header.date_texts.insert(0, (title_no, glued[title_no][0]))
    header.date_lines = _date_lines(header, region, title_no, glued, dropped)
    if blog_post:
        header.date_lines = _blog_date_lines(header.date_lines, title_no)
    for date_line in header.date_lines:
        if date_line.no not in header.meta_lines and is_yearless_stamp(date_line.text):
            header.meta_lines[date_line.no] = "date"  # the post's own stamp: meta, not furniture
    _mark_chrome(header, region, title_no, {line.no for line in dropped})
    _keep_under_question(header, region, title_no)
    if header.lead is not None:
        _release_item_stamp(header, lines[lead_index:])
    return header


_DIGITS_RE = re.compile(r"\d+")


MIN_ITEM_STAMP_REPEATS = 2
MIN_PARAGRAPH_WORDS = 12


def _is_paragraph(text: str) -> bool:
    return len(text.split()) >= MIN_PARAGRAPH_WORDS


def _release_item_stamp(header: Header, below: Sequence[SourceLine]) -> None:
    """``Cập nhật ngày 20 tháng 11, 2026`` right above the lead and again, in the same words with
    other numbers, above later paragraphs: the stamps of a list of dated items, the first one
    included; a page's own stamp is printed once. The line stays in the text, no date."""
    lead_no = below[0].no if below else None
    stamp_no = next(
        (no for no, role in header.meta_lines.items() if role == "date" and no < (lead_no or 0)), None
    )
    if stamp_no is None or lead_no is None or header.title is not None and stamp_no < header.title.no:
        return
    stamp = next((text for no, text in header.date_texts if no == stamp_no), None)
    line_text = next((line.text for line in header.date_lines if line.no == stamp_no), None)
    if stamp is None or line_text is None or lead_no - stamp_no > 1:
        return
    shape = _DIGITS_RE.sub("0", line_text.strip())
    # Items without headlines: each repeat stands between two paragraphs (the item before and its
    # own). A related-stories box prints its stamps under short headlines: the page's own stamp
    # keeps its date.
    repeats = sum(
        1
        for index in range(1, len(below) - 1)
        if below[index].text != line_text
        and _DIGITS_RE.sub("0", below[index].text.strip()) == shape
        and _is_paragraph(below[index - 1].text)
        and _is_paragraph(below[index + 1].text)
    )
    if repeats < MIN_ITEM_STAMP_REPEATS:
        return
    del header.meta_lines[stamp_no]
    header.date_texts = [(no, text) for no, text in header.date_texts if no != stamp_no]
    header.date_lines = [line for line in header.date_lines if line.no != stamp_no]


def _keep_under_question(header: Header, region: Sequence[SourceLine], title_no: int | None) -> None:
    """A question headline over a caption and the article's first headings ("Khái niệm"), then the
    first paragraph: those lines are the text's own, kept (only suspected) as the body's start."""
    if title_no is None or header.title is None or not header.title.text.rstrip("”\"’' ").endswith("?"):
        return
    between = [line for line in region if line.no > title_no]
    if not between or len(between) > MAX_LINES_TO_PARAGRAPH:
        return
    if any(is_widget(line.text) or is_related_label(line.text) for line in between):
        return  # a button or a widget's label under the headline: the header's chrome
    for line in between:
        if header.chrome.get(line.no) == HEADER_CHROME and (
            is_headline_like(line.text) or _ILLUSTRATION_RE.match(line.text)
        ):
            del header.chrome[line.no]
            header.suspects[line.no] = HEADER_CHROME


# "Hoạt động đối ngoạiThanh niên Hà Nội ...": a lower-case letter typed against a capital (the
# section label and the headline joined by the copy); the glued word must hold a Vietnamese
# letter beyond ASCII ("VnExpress", "iPhone" are brands, not joins)
_GLUED_LABEL_RE = re.compile(r"(?<=[^\W\d_A-ZĐ])(?=[A-ZĐ][^\W\d_])")
MAX_GLUED_LABEL_SYLLABLES = 6
MIN_UNGLUED_TITLE_SYLLABLES = 6


def glued_label(text: str) -> str | None:
    """The headline without the section label glued in front of it, else None."""
    for match in _GLUED_LABEL_RE.finditer(text):
        cut = match.start()
        if not text[cut - 1].islower() or not text[cut].isupper():
            continue
        start, end = text.rfind(" ", 0, cut) + 1, text.find(" ", cut)
        word = text[start : end if end >= 0 else len(text)]
        label, rest = text[:cut], text[cut:]
        if (
            not word.isascii()
            and 1 <= syllable_count(label) <= MAX_GLUED_LABEL_SYLLABLES
            and syllable_count(rest) >= MIN_UNGLUED_TITLE_SYLLABLES
            and is_headline_like(rest)
        ):
            return rest
        return None  # only the first join can be the label's
    return None


# "Chuyên mục: QUỐC PHÒNG - AN NINH | Lượt xem : 2,917": a labelled section name, maybe with
# the page's counters after a bar
_SECTION_LABEL_RE = re.compile(r"^(?:Chuyên mục|Danh mục|Chuyên trang)\s*:\s*(?P<name>[^|]+?)\s*(?:\|.*)?$")


def _read_section_labels(header: Header, region: Sequence[SourceLine]) -> list[SourceLine]:
    """Labelled section lines are the category (meta), never a headline; the rest of the region."""
    rest: list[SourceLine] = []
    for line in region:
        match = _SECTION_LABEL_RE.match(line.text)
        name = match.group("name") if match else ""
        if not name or syllable_count(name) > MAX_TAG_LABEL_SYLLABLES or ends_sentence(name):
            rest.append(line)
            continue
        header.meta_lines[line.no] = "category"
        if header.category is None:
            header.category = name
    return rest


MAX_TAG_LABEL_SYLLABLES = 12


def read_listing(
    header: Header,
    region: Sequence[SourceLine],
    lines: Sequence[SourceLine],
    dropped: Sequence[SourceLine] = (),
) -> bool:
    """A listing page: its heading is the title, the stories under it are the body (no lead)."""
    listing = find_listing(region, lines, dropped)
    if listing is None:
        return False
    header.listing = True
    header.title = listing.title
    header.meta_lines.update(listing.labels)
    header.chrome.update(listing.chrome)
    # the search label printed again (Blogger prints its label line twice): chrome too
    labels = {line.text: listing.chrome[line.no] for line in lines if line.no in listing.chrome}
    header.chrome.update({line.no: labels[line.text] for line in lines if line.text in labels})
    # above the heading: site name, menus, the "today" widget; short ones are chrome
    above = [line for line in region[: listing.heading] if line.no not in header.meta_lines]
    for line in above:
        if line.no in header.chrome:
            continue
        if syllable_count(line.text) <= MAX_ABOVE_TITLE_CHROME_SYLLABLES and not is_prose(line.text):
            header.chrome[line.no] = HEADER_CHROME
        else:
            header.suspects[line.no] = HEADER_CHROME
    return True


MAX_MENU_ITEM_SYLLABLES = 4
MIN_MENU_RUN = 2


def _menu_run_tails(region: Sequence[SourceLine], dropped: Sequence[SourceLine]) -> set[int]:
    """``Nhà cái uy tín`` right under ``Kèo bóng đá`` / ``Soi kèo`` that the furniture rules removed:
    the last item of the site's menu (it recurs in fewer seeds), never the headline."""
    removed = {line.no: line.text for line in dropped}
    tails = set()
    for line in region:
        if syllable_count(line.text) > MAX_MENU_ITEM_SYLLABLES:
            continue
        run = 0
        while line.no - run - 1 in removed and _label_sized(removed[line.no - run - 1]):
            run += 1
        if run >= MIN_MENU_RUN:
            tails.add(line.no)
    return tails


def _label_sized(text: str) -> bool:
    return 1 <= syllable_count(text) <= MAX_MENU_LABEL_SYLLABLES


# "<headline> - 1", "<headline> - Ảnh 1.", "<headline> ảnh 2": a photo's alt text that a CMS
# builds from the headline and the photo's number
_PHOTO_ALT_RE = re.compile(
    r"^(?P<base>.+?)\s+(?:[-–]\s*(?:(?:ảnh|hình|photo)\s*)?|(?:ảnh|hình)\s*)\d{1,2}\.?$", re.IGNORECASE
)


def photo_alt_base(text: str) -> str | None:
    """The headline an image alt line repeats with the photo's number, else None."""
    match = _PHOTO_ALT_RE.match(text.strip())
    return match.group("base").rstrip() if match is not None else None


def _pick_title(
    region: Sequence[SourceLine],
    bylines: dict[int, Byline | None],
    recurring: Set[int],
    labels: Set[str],
    glued: Set[int] = frozenset(),
    lead: SourceLine | None = None,
    after: Sequence[str] = (),
    joined: Set[int] = frozenset(),
) -> int | None:
    """The headline: a scored choice among the title-shaped lines above the lead.

    Candidates are the title-shaped lines without a stamp of their own (a
    headline glued to its stamp competes as the headline alone); a line printed
    twice competes once, as its first copy. :mod:`.title_features` describes
    them and the fitted model of :mod:`.choice` picks one, or none.
    """
    seen: set[str] = set()
    candidates = []
    for index, line in enumerate(region):
        byline = bylines.get(line.no)
        # hard rule: a site or agency name, a motto, a truncated teaser is never the headline
        if line.text in seen or not _title_candidate(line.text) or _is_furniture_name(line.text):
            continue
        if photo_alt_base(line.text) in seen:
            continue  # "<headline> - 1", "<headline> - Ảnh 1.": the photo's alt text repeating it
        if line.no in joined:
            continue  # a hard-wrapped paragraph: its first line starts a sentence, not a headline
        if index and _comma_fragment(region[index - 1].text):
            continue  # "Chụp lại hình ảnh," above it: the line goes on the label's clause (a caption)
        if is_table_cell(line.text):
            continue  # "| A B |": a table cell of the layout (related links), never the headline
        if byline is not None and byline.stamp and line.no not in glued:
            continue
        if byline is not None and byline.introduced and byline.authors:
            continue  # "Tác giả: X", "bởi X": a credit its label introduces, never the headline
        seen.add(line.text)
        candidates.append(index)
    # "1. Bối cảnh ..." right above the lead, under a headline: the body's first section heading
    if len(candidates) > 1 and is_numbered_heading(region[candidates[-1]].text):
        candidates.pop()
    # a blog post (its footer "Đăng bởi X lúc 21:15" below the text): the date header prints the
    # day above the post's title, so the lines above that header are the blog's name and motto
    if any(is_post_footer(text) for text in after):
        header_no = max(
            (
                index
                for index, line in enumerate(region)
                if (byline := bylines.get(line.no)) is not None and byline.stamp and not byline.authors
            ),
            default=None,
        )
        if header_no is not None and any(index > header_no for index in candidates):
            candidates = [index for index in candidates if index > header_no]
    # "Mục lục" and the entries under it: the table of contents of the text, under its headline
    contents = next((index for index, line in enumerate(region) if _CONTENTS_LABEL_RE.match(line.text)), None)
    if contents is not None and any(index < contents for index in candidates):
        candidates = [index for index in candidates if index < contents]
    # "một giờ trước" under a line: the post's age, a stamp for the headline above it (its date is
    # no publication date: the stamp is seen by the title features only)
    aged = {
        line.no: Byline([], line.text)
        for line in region
        if bylines.get(line.no) is None and is_post_age(line.text)
    }
    context = TitleContext(
        bylines={**bylines, **aged},
        recurring=recurring,
        glued=glued,
        lead=lead.text if lead is not None else "",
        after=after,
        menu_copies=_menu_copies(region),
        label_runs={line.no for line in region if _made_of_labels(line.text, labels - {line.text})},
        furniture={line.no for line in region if _is_furniture_name(line.text)},
        label_shaped={line.no for line in region if is_label_shaped(line.text)},
    )
    chosen = choose_title(region, candidates, context)
    return chosen if chosen is not None else _printed_twice(region, candidates)


MIN_TWICE_SYLLABLES = 6


def _printed_twice(region: Sequence[SourceLine], candidates: Sequence[int]) -> int | None:
    """With no headline chosen, the one long candidate the header prints twice (a product's or
    document's name as its heading and again over its picture): the page's headline, its first
    copy. A search-bait shop or blog may print it in lower case, as the phrase it targets."""
    texts = [line.text for line in region]
    lower = [
        index
        for index, text in enumerate(texts)
        if starts_lower(text) and not is_prose(text) and _title_candidate(text[:1].upper() + text[1:])
    ]
    first: dict[str, int] = {}
    for index in sorted({*candidates, *lower}):
        first.setdefault(texts[index], index)
    twice = [
        index
        for text, index in first.items()
        if texts.count(text) > 1 and syllable_count(text) >= MIN_TWICE_SYLLABLES and not is_label_shaped(text)
    ]
    return twice[0] if len(twice) == 1 else None


def is_table_cell(text: str) -> bool:
    """``| Tin A Tin B |``, ``Tin A Tin B |``: a row of the page's layout table, not a headline."""
    text = text.strip()
    return len(text) > 2 and (text.startswith("| ") or text.endswith(" |"))


_CONTENTS_LABEL_RE = re.compile(
    r"^\s*(?:Mục lục|Nội dung chính|Nội dung bài viết|Các nội dung chính|Table of contents|Contents)\s*:?\s*$",
    re.IGNORECASE,
)


TABLE_OF_CONTENTS = "table-of-contents"


def _contents_entries(region: Sequence[SourceLine], after: Sequence[SourceLine]) -> list[SourceLine]:
    """The entries of a table of contents under its label ("Mục lục") above the lead: each
    heading it lists is printed again in the text below, where it is the heading (body)."""
    contents = next((index for index, line in enumerate(region) if _CONTENTS_LABEL_RE.match(line.text)), None)
    if contents is None:
        return []
    below = {line.text for line in after}
    entries = [line for line in region[contents + 1 :] if line.text in below]
    return entries if len(entries) == len(region) - contents - 1 else []


def _read_category(header: Header, region: Sequence[SourceLine], title_index: int) -> None:
    if title_index == 0 or header.category is not None:
        return  # a labelled section line ("Chuyên mục: X") already named it
    above = region[title_index - 1]
    label = category_label(above.text)
    if label:
        header.category = label
        header.category_line = above.no


def _read_bylines(
    header: Header, region: Sequence[SourceLine], bylines: dict[int, Byline | None], title_no: int | None
) -> None:
    """Stamps anywhere above the lead; names only below the headline (above it: site names).

    The stamp under the headline is the article's; one above it may be the
    page's "today" widget, so stamps below the headline come first, then the
    nearest one above it.
    """
    below: list[tuple[int, str]] = []
    above: list[tuple[int, str]] = []
    translators: list[str] = []
    marker_no = None
    if region and header.lead is not None and (outlet := marker_alone(region[-1].text)) is not None:
        # "HQ Online -" alone above the lead: the lead's outlet marker on its own line (meta)
        marker_no = region[-1].no
        header.meta_lines[marker_no] = "byline"
        header.source = header.source or outlet
    # "Khánh Hòa TV: <headline>": a video mirror's or aggregator's title names the channel first
    channels = {prefix.strip() for line in region if (prefix := line.text.partition(": ")[0]) != line.text}
    carded = card_credits(region, bylines, title_no)  # "Phạm Gia Bảo" over "<stamp>" over the headline
    for line in region:
        byline = bylines[line.no]
        if line.no == marker_no:
            continue
        below_title = title_no is not None and line.no > title_no
        credited = _header_credit_source(line.text) if byline is None and below_title else None
        if credited is not None:
            # "Nguồn thông tin: Báo X" under the headline, with the writer's and the date's
            # lines: a research blog's or aggregator's header names the report it retells
            header.source = header.source or credited
            header.meta_lines[line.no] = "byline"
            continue
        if byline is None or line.no == title_no or line.no == header.category_line:
            continue
        after_title = title_no is not None and line.no > title_no
        if byline.stamp:
            (below if after_title else above).append((line.no, byline.stamp))
            header.meta_lines[line.no] = "date"
            if byline.source and header.source is None:
                header.source = byline.source
        # above the headline a name is the site's, unless an author word introduces it ("bởi X")
        if byline.authors and (
            after_title or title_no is None and byline.stamp or byline.introduced or line.no in carded
        ):
            if not byline.introduced and all(name in channels for name in byline.authors):
                continue  # "Khánh Hòa TV" under "Khánh Hòa TV: <headline>": the channel, not a writer
            header.meta_lines[line.no] = "byline"
            if byline.source and not byline.stamp:
                header.source = header.source or byline.source  # "Tác giả: X | <outlet>"
            if byline.translated:
                translators.extend(byline.authors)  # the writer only when no original writer is named
                continue
            header.authors.extend(name for name in byline.authors if name not in header.authors)
    if not header.authors:
        header.authors.extend(dict.fromkeys(translators))
    header.date_texts = below + above[::-1]


def _date_lines(
    header: Header,
    region: Sequence[SourceLine],
    title_no: int | None,
    glued: dict[int, tuple[str, str]],
    removed: Sequence[SourceLine] = (),
) -> list[DateLine]:
    """Header lines holding a full date, whatever else they hold (a counter, a print button,
    a metadata dump): below the headline first, then above it from the nearest."""
    below: list[DateLine] = []
    above: list[DateLine] = []
    for line in region:
        if line.no in (title_no, header.category_line) or not (
            any(hit.has_year for hit in find_dates(line.text)) or catalogue_year(line.text) is not None
        ):
            continue
        after_title = title_no is not None and line.no > title_no
        (below if after_title else above).append(DateLine(line.no, line.text, HEADER_DATE))
    found = below + above[::-1]
    if title_no in glued:
        found.insert(0, DateLine(title_no, glued[title_no][0], GLUED_DATE))
    # "27 tháng 11 lúc 16:05 ·" right above or under the headline: a post's own stamp without its
    # year (a social page prints the year only for older posts); last, for a day and month only
    # (every post of a site prints one, so recurrence may have removed it: the lines the
    # furniture rules removed count too)
    ordered = sorted(
        [*region, *(line for line in removed if line.no not in header.chrome)], key=lambda line: line.no
    )
    numbers = [line.no for line in ordered]
    if title_no in numbers:
        at = numbers.index(title_no)
        for line in ordered[max(at - 1, 0) : at + 2]:
            if line.no != title_no and is_yearless_stamp(line.text):
                found.append(DateLine(line.no, line.text, HEADER_DATE))
    return found


_WEEKDAY_RE = re.compile(r"\b(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật)\b", re.IGNORECASE)


def _blog_date_lines(date_lines: list[DateLine], title_no: int | None) -> list[DateLine]:
    """A blog post (its footer "Đăng bởi X lúc 21:05" under the text) is dated by its date
    header above the title (``Thứ Năm, 19 tháng 11, 2026``); a date inside the credit lines
    under the title ("Dự án X - November 12, 2026") is the origin's, not the post's. Without
    such a header the lines stay as they are."""
    if title_no is None:
        return date_lines
    headers = [line for line in date_lines if line.no < title_no and _is_date_header(line.text)]
    if not headers:
        return date_lines
    return [line for line in date_lines if not (line.no > title_no and not _is_date_header(line.text))]


def _is_date_header(text: str) -> bool:
    """A full date alone on its line, maybe with its weekday: a blog's date header."""
    hits = find_dates(text)
    if len(hits) != 1 or not hits[0].has_year:
        return False
    rest = _WEEKDAY_RE.sub("", text[: hits[0].start] + text[hits[0].end :])
    return not rest.strip(" ,|-–·•")


def is_yearless_stamp(text: str) -> bool:
    """A line that is a day, a month and a time and nothing else (``27 tháng 11 lúc 16:05 ·``):
    a stamp of the page's own, whose year the page leaves out."""
    hits = find_dates(text)
    if len(hits) != 1 or hits[0].has_year or hits[0].day is None or hits[0].hour is None:
        return False
    return not (text[: hits[0].start] + text[hits[0].end :]).strip(" |-–·•,")


MIN_MENU_LINES_BELOW = 3


def _mark_chrome(
    header: Header, region: Sequence[SourceLine], title_no: int | None, dropped: Set[int] = frozenset()
) -> None:
    """Short lines of the header that are none of title, category, byline or stamp; and any
    line above the site's menu (:data:`MIN_MENU_LINES_BELOW` removed lines between it and the
    headline): the masthead's slogan, however long, is not the article's."""
    for line in region:
        no, text = line.no, line.text
        if no in (title_no, header.category_line) or no in header.meta_lines:
            continue
        if is_prose(text) or is_caption_like(text) or is_image_reference(text) or is_bullet(text):
            continue
        if _sentence_before_bar(text):
            continue  # "<caption>. |": a sentence with the bar of the photo's table cell after it
        if _NUMBERED_HEADING_RE.match(_MARKDOWN_MARKS_RE.sub("", text)):
            # "I. THÔNG BÁO", "### 1. **Vai trò ...**": the article's own numbered section
            # heading (Markdown marks or not), not furniture
            continue
        limit = (
            MAX_BELOW_TITLE_CHROME_SYLLABLES
            if title_no is not None and no > title_no
            else MAX_ABOVE_TITLE_CHROME_SYLLABLES
        )
        if title_no is None and header.lead is None:
            continue  # no article shape at all: keep everything
        if title_no is not None and no == title_no + 1 and is_table_cell(text):
            # "| A B |" right under the headline: related headlines (a caption follows its image)
            header.chrome[no] = HEADER_CHROME
            continue
        if line is region[-1] and title_no is not None and no > title_no and _subheading_above_lead(text):
            header.suspects[no] = HEADER_CHROME  # the article's first subheading: kept
            continue
        if line is region[-1] and _under_author_byline(header, region) and _subheading_above_lead(text, 2):
            header.suspects[no] = HEADER_CHROME  # headline, author, "Giới thiệu", text: a paper's section
            continue
        above_menu = title_no is not None and sum(1 for other in dropped if no < other < title_no) >= (
            MIN_MENU_LINES_BELOW
        )
        if syllable_count(text) <= limit or above_menu and no < title_no:
            header.chrome[no] = HEADER_CHROME
        else:
            header.suspects[no] = HEADER_CHROME


MIN_BARRED_SENTENCE_SYLLABLES = 6


def _sentence_before_bar(text: str) -> bool:
    """``Bộ đội giúp dân gặt lúa. |``: a full sentence, then the bar of the table cell the copy
    kept (a caption under its photo); "Chia sẻ: |" or "Trang chủ |" are no sentences."""
    if not text.rstrip().endswith("|"):
        return False
    core = text.rstrip(" |").rstrip("”\"’')]» ")
    return core.endswith((".", "!", "?", "…")) and syllable_count(core) >= MIN_BARRED_SENTENCE_SYLLABLES


def _bulleted_headline(region: Sequence[SourceLine]) -> int | None:
    """The index of the one bullet line of the header when it sits right above the lead and
    reads as a headline (a page that prints its headline as a list item); else None."""
    bullets = [index for index, line in enumerate(region) if is_bullet(line.text)]
    if bullets != [len(region) - 1]:
        return None
    text = strip_bullet(region[-1].text)
    return bullets[0] if is_headline_like(text) and syllable_count(text) >= MIN_SUBHEADING_SYLLABLES else None


MIN_SUBHEADING_SYLLABLES = 4


def _under_author_byline(header: Header, region: Sequence[SourceLine]) -> bool:
    """The region's last line sits right under the author's byline, below the headline."""
    if len(region) < 2 or header.title is None:
        return False
    above = region[-2].no
    return header.meta_lines.get(above) == "byline" and above > header.title.no


def _subheading_above_lead(text: str, min_syllables: int = 0) -> bool:
    """``Cùng chia sẻ thông tin`` right above the first paragraph, under the headline: a
    subheading of the article (headline-shaped words, no digits, no separator, no button)."""
    return (
        is_headline_like(text)
        and syllable_count(text) >= (min_syllables or MIN_SUBHEADING_SYLLABLES)
        and not any(ch.isdigit() for ch in text)
        and not any(mark in text for mark in "|:>»›•@/")
        and not is_widget(text)
        and not is_related_label(text)
        and not is_teaser_item(text)
    )
