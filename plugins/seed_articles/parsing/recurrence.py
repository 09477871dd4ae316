"""When a line that recurs across seeds is chrome (the rule; the counting is in :mod:`.evidence`).

Precision first: losing article text is worse than keeping a menu item.

* in 3 or more seeds: chrome, unless it is prose and the seed shares more
  than :data:`MAX_SHARED_PROSE` prose lines with other seeds (the same
  story syndicated on several sites, whose text is the article);
* in 2 seeds: chrome only when short (a button, a menu item, a label);
  a longer line is kept and reported as suspected, and so is a short
  sentence (``Quang cảnh buổi hội đàm.``: a stock caption two outlets print,
  where buttons and labels end in no period);
* lines that carry metadata (a date stamp, names, a source marker) are left
  to the header and signature rules, which read them first;
* the seed's headline candidate (the headline-shaped line right above the
  lead, stamps and bylines aside) is kept unless it is in 3 or more seeds:
  two outlets often print the same short headline (with the page's own stamp
  right under it, it is kept however many listings of the folder print it
  too); the name after a bare
  ``Từ khóa`` label (a tag page's heading) is always kept.

* a heading-shaped line inside the seed's own text run is kept: with the seed's own paragraph
  right above it (or two lines above, an ad's label or a caption between), a numbered heading
  in sequence with the text's outline (``2. Kết luận`` under ``1. ...``), or, seen in only two
  seeds, printed once among the seed's own lines with its own sentence under it;
* labels between bars (``Trang chủ | Giới thiệu | Liên hệ | ...``) in two seeds: a menu.

Rule ids: ``recurring`` (dropped), ``recurring-weak`` (kept, suspected).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from .boilerplate import is_related_label
from .bylines import agency_credit, is_institution, lead_marker, parse_names, read_byline, signature_parts
from .chrome import is_breadcrumb, is_widget
from .chrome_widgets import menu_words
from .dates import find_dates
from .lines import SourceLine, ends_sentence, is_headline_like, is_prose, starts_upper, syllable_count
from .listings import is_bare_tag_label, is_lower_tag

RECURRING = "recurring"
RECURRING_WEAK = "recurring-weak"
MIN_SEEDS = 3
MIN_SEEDS_SHORT = 2
MAX_SHORT_SYLLABLES = 6
MIN_WRAPPED_PARAGRAPH_SYLLABLES = 15  # a hard-wrapped paragraph's first line (no sentence end)
MIN_RECURRING_MENU_ITEMS = 6  # section names typed on one line, each capitalised
MIN_RECURRING_MENU_SHARE = 0.4
MAX_SHARED_PROSE = 2  # more long paragraphs shared with other seeds: a syndicated story


def is_meta_shaped(text: str) -> bool:
    """A line the header or signature rules may read: a dated stamp, names, a source line."""
    if any(hit.has_year for hit in find_dates(text)):
        return True
    # "SGGP" alone: an agency's or paper's initials, which close a republished item
    return bool(
        parse_names(text) or signature_parts(text) or lead_marker(text) or agency_credit(text, bare=True)
    )


def recurring_verdicts(content: Sequence[SourceLine], counts: Mapping[int, int]) -> dict[int, str]:
    """For each line seen in another seed: ``recurring`` (chrome) or ``recurring-weak`` (kept)."""
    shared_prose = sum(
        1 for line in content if counts.get(line.no, 1) >= MIN_SEEDS_SHORT and is_prose(line.text)
    )
    syndicated = shared_prose > MAX_SHARED_PROSE
    headline, tag_name = headline_candidate(content, counts), tag_name_line(content)
    own_lists = {line.no for index, line in enumerate(content) if opens_own_list(content, index, counts)}
    copies = Counter(line.text for line in content)  # how often the page prints each line
    own_end = own_text_end(content, counts)
    verdicts: dict[int, str] = {}
    for index, line in enumerate(content):
        seen = counts.get(line.no, 1)
        if seen < MIN_SEEDS_SHORT:
            continue
        if (seen < MIN_SEEDS or _lists_from_zero(content, index, own_lists)) and (
            line.no in own_lists or introduces_own_list(content, index, counts, own_lists)
        ):
            verdicts[line.no] = RECURRING_WEAK  # "00:00 Giới thiệu" over "03:15 ...": the text's own list
        elif is_lone_section_heading(content, index, counts):
            verdicts[line.no] = RECURRING_WEAK  # "Giới thiệu" opening a section: a word menus share
        elif seen < MIN_SEEDS and heads_own_text(content, index, counts, copies):
            verdicts[line.no] = RECURRING_WEAK  # one other page prints it: too little to drop a heading
        elif opens_numbered_section(content, index, counts):
            verdicts[line.no] = RECURRING_WEAK  # "I. MỤC ĐÍCH, YÊU CẦU": a heading documents share
        elif heads_dated_story(content, index, counts):
            verdicts[line.no] = RECURRING_WEAK  # a story's headline over its own stamp and text
        elif (
            line.no == headline
            and (seen < MIN_SEEDS or _stamped_below(content, index))
            or line.no == tag_name
        ):
            # the same headline on two sites; a tag named by its label: kept, reported
            verdicts[line.no] = RECURRING_WEAK
        elif echoes_headline(content, index, counts):
            verdicts[line.no] = RECURRING_WEAK  # the headline's own words over its section: the text's
        elif index > own_end and not syndicated and _in_shared_run(content, index, counts):
            verdicts[line.no] = RECURRING  # after the seed's own text: the site's foot, whatever its shape
        elif seen < MIN_SEEDS and is_short_sentence(line.text):
            verdicts[line.no] = RECURRING_WEAK
        elif menu_words(line.text, MIN_RECURRING_MENU_ITEMS, MIN_RECURRING_MENU_SHARE) or is_barred_list(
            line.text
        ):
            verdicts[line.no] = RECURRING  # a menu typed on one line, printed on every page
        elif syllable_count(line.text) <= MAX_SHORT_SYLLABLES or (
            seen >= MIN_SEEDS and not (syndicated and is_prose(line.text))
        ):
            verdicts[line.no] = RECURRING
        else:
            verdicts[line.no] = RECURRING_WEAK
    return verdicts


def own_text_end(content: Sequence[SourceLine], counts: Mapping[int, int]) -> int:
    """Index of the seed's last own paragraph (prose seen in no other seed); past the end when
    the seed has none (nothing is then known to follow its text)."""
    for index in range(len(content) - 1, -1, -1):
        line = content[index]
        if counts.get(line.no, 1) < MIN_SEEDS_SHORT and is_prose(line.text):
            return index
    return len(content)


def _in_shared_run(content: Sequence[SourceLine], index: int, counts: Mapping[int, int]) -> bool:
    """A line of a block the site prints after the text (``Về X`` over its company profile, a
    sign-up box over the footer): a recurring neighbour; a sentence only under a recurring label
    (the text's closing sentence, shared by two stories, follows the text's own lines). A lone
    shared line (a stock caption) is not enough, and a stamp (``Đăng bởi X lúc 10:15``, folded
    digits alike on every post) is left to the signature rules."""
    text = content[index].text
    if _CLOCK_RE.search(text) or find_dates(text):
        return False
    if ends_sentence(text):
        above = content[index - 1] if index > 0 else None
        return above is not None and counts.get(above.no, 1) >= MIN_SEEDS_SHORT and not is_prose(above.text)
    return any(
        0 <= other < len(content) and counts.get(content[other].no, 1) >= MIN_SEEDS_SHORT
        for other in (index - 1, index + 1)
    )


_CLOCK_RE = re.compile(r"\b\d{1,2}[:h]\d{2}\b")


MIN_ECHO_SYLLABLES = 4
ECHO_REACH = 3  # the headline, then a picture and its caption, then the section heading


def echoes_headline(content: Sequence[SourceLine], index: int, counts: Mapping[int, int]) -> bool:
    """A heading-shaped line that repeats a run of the seed's own headline a few lines above
    (``Hội nhập kinh tế quốc tế`` under ``Hội nhập kinh tế quốc tế (...) là gì?``): the text's
    first section heading, however many other pages use those words. A site's menu item under
    a headline sharing its words is one or two syllables (``Kinh tế``), below the minimum."""
    line = content[index]
    if syllable_count(line.text) < MIN_ECHO_SYLLABLES or not _heading_shaped(line.text):
        return False
    words = line.text.lower().split()
    for above in content[max(0, index - ECHO_REACH) : index]:
        if counts.get(above.no, 1) >= MIN_SEEDS_SHORT or not is_headline_like(above.text):
            continue
        others = above.text.lower().split()
        if len(others) > len(words) and any(
            others[start : start + len(words)] == words for start in range(len(others) - len(words) + 1)
        ):
            return True
    return False


MIN_BARRED_ITEMS = 4
MAX_BARRED_ITEM_WORDS = 7


def is_barred_list(text: str) -> bool:
    """Labels set between bars (``Trang chủ | Giới thiệu | Lãnh sự | Liên hệ``), no sentence among
    them: what a site prints on every page as its menu or its links. A table's row, which two
    documents may share, opens and closes with a bar (``| STT | Nội dung |``); a stamp's parts
    hold figures."""
    stripped = text.strip()
    if stripped.startswith("|") or stripped.endswith("|") or ends_sentence(stripped):
        return False
    if any(ch.isdigit() for ch in stripped):
        return False  # "Thứ Năm | 12/11/2026 | 10:30": a stamp, whose digits every page folds alike
    items = [item.strip() for item in stripped.split("|")]
    return len(items) >= MIN_BARRED_ITEMS and all(
        item and len(item.split()) <= MAX_BARRED_ITEM_WORDS and not ends_sentence(item) for item in items
    )


MIN_SENTENCE_WORDS = 3
# a list item's marker: a chapter's clock ("03:15 ", "1:02:40 ") or a number ("2. ", "3) ")
_ITEM_MARK_RE = re.compile(r"^(?:(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)|(?P<number>\d{1,2}[.)]))\s+\S")


def _item_mark(text: str) -> str | None:
    match = _ITEM_MARK_RE.match(text.strip())
    return match.lastgroup if match else None


def opens_own_list(content: Sequence[SourceLine], index: int, counts: Mapping[int, int]) -> bool:
    """A list's first item worded alike on another page (``00:00 Giới thiệu``) with the seed's
    own items after it under the same marker (``03:15 ...``), below the text's own prose (or a
    label right under it): the list is the text's. Teasers and menus recur item after item."""
    if not 0 < index < len(content) - 1:
        return False
    mark, after = _item_mark(content[index].text), content[index + 1]
    if mark is None or _item_mark(after.text) != mark or counts.get(after.no, 1) >= MIN_SEEDS_SHORT:
        return False
    before = index - 1
    if _is_label(content[before].text) and before > 0:
        before -= 1  # "Nội dung chính:" between the prose and its list
    return counts.get(content[before].no, 1) < MIN_SEEDS_SHORT and is_prose(content[before].text)


# a chapter list's first clock: time zero ("00:00", "0:00", "00:00:00")
_ZERO_CLOCK_RE = re.compile(r"^0{1,2}:00(?::00)?\s+\S")


def _lists_from_zero(content: Sequence[SourceLine], index: int, own_lists: set[int]) -> bool:
    """A chapter list of the text's own starting at time zero (``00:00 Giới thiệu`` over
    ``03:15 ...``), or its label right above: kept however many pages print the same opening.
    Every episode's chapter list opens alike on a podcast host; a news ticker's clocks never
    start at midnight, and its items recur item after item (then it is no own list)."""
    own = content[index] if content[index].no in own_lists else None
    if own is None and index + 1 < len(content) and content[index + 1].no in own_lists:
        own = content[index + 1]
    return own is not None and bool(_ZERO_CLOCK_RE.match(own.text.strip()))


def introduces_own_list(
    content: Sequence[SourceLine], index: int, counts: Mapping[int, int], own_lists: set[int]
) -> bool:
    """``Nội dung chính:`` between the text's own prose and a list of its own: the text's label."""
    if not 0 < index < len(content) - 1 or not _is_label(content[index].text):
        return False
    before, after = content[index - 1], content[index + 1]
    own_after = after.no in own_lists or (
        counts.get(after.no, 1) < MIN_SEEDS_SHORT and _item_mark(after.text) is not None
    )
    return own_after and counts.get(before.no, 1) < MIN_SEEDS_SHORT and is_prose(before.text)


def _is_label(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith(":") and starts_upper(stripped) and not is_widget(stripped.rstrip(": "))


def is_short_sentence(text: str) -> bool:
    """``Toàn cảnh buổi lễ.``: capitalised words closed by a full stop, as a caption is written."""
    stripped = text.rstrip("”\"’') ")
    return (
        stripped.endswith(".")
        and not stripped.endswith(("..", "./."))
        and starts_upper(text)
        and sum(1 for word in text.split() if any(ch.isalpha() for ch in word)) >= MIN_SENTENCE_WORDS
    )


def is_lone_section_heading(content: Sequence[SourceLine], index: int, counts: Mapping[int, int]) -> bool:
    """A recurring heading-shaped line alone between the text's own lines, a paragraph under it:
    a section heading ("Giới thiệu") that a portal's menu also prints. Menu items stand among
    other recurring items; buttons (``Quảng cáo``, ``Chia sẻ``) are widgets, never kept here."""
    if not 0 < index < len(content) - 1:
        return False
    line, before, after = content[index], content[index - 1], content[index + 1]
    return (
        counts.get(before.no, 1) < MIN_SEEDS_SHORT
        and counts.get(after.no, 1) < MIN_SEEDS_SHORT
        and (is_prose(after.text) or syllable_count(after.text) >= MIN_WRAPPED_PARAGRAPH_SYLLABLES)
        # under the text, or under the writer's byline ("TS. Lê Thu Trang" / "Trường Đại học X"):
        # a paper's "Tóm tắt" opens its text there
        and (
            _own_text_above(content, index, counts)
            or bool(parse_names(before.text))
            or is_institution(before.text)
        )
        and _heading_shaped(line.text)  # a button, a widget's or a teaser list's label is no section
    )


def heads_own_text(
    content: Sequence[SourceLine],
    index: int,
    counts: Mapping[int, int],
    copies: Mapping[str, int] | None = None,
) -> bool:
    """A heading-shaped line that one other seed prints, set among this seed's own lines, printed
    once in the page and with the seed's own sentence at most :data:`RUN_REACH` lines under it:
    a heading of the text (``Hội nhập kinh tế quốc tế`` over ``Khái niệm`` and its paragraph),
    whose words another page may share. Chrome recurs in a cluster of recurring lines (a menu,
    a footer), or at every card of the page (``Chi tiết``); buttons and widget labels are kept
    out by shape, and a field whose figures differ from page to page (``Mã tin 1.204``) too.
    The caller asks only for lines seen in fewer than :data:`MIN_SEEDS` seeds."""
    if not 0 < index < len(content) - 1:
        return False
    line, before = content[index], content[index - 1]
    if counts.get(before.no, 1) >= MIN_SEEDS_SHORT or not _heading_shaped(line.text):
        return False
    if any(ch.isdigit() for ch in line.text):
        return False  # "Mã tin 1.204": a template's field, matched with other figures in, no heading
    copies = copies if copies is not None else Counter(other.text for other in content)
    if copies.get(line.text, 0) > 1:
        return False  # a button at each card, a slogan between the items
    for other in content[index + 1 : index + 1 + RUN_REACH]:
        if counts.get(other.no, 1) >= MIN_SEEDS_SHORT:
            return False
        if ends_sentence(other.text):
            return True
    return False


def _heading_shaped(text: str) -> bool:
    return is_headline_like(text) and not is_widget(text) and not is_related_label(text)


RUN_REACH = 2  # the text's own paragraph may sit one line off (an ad's label, a caption between)


def _own_text_above(content: Sequence[SourceLine], index: int, counts: Mapping[int, int]) -> bool:
    """The seed's own paragraph at most :data:`RUN_REACH` lines above, nothing recurring between:
    the heading sits inside the article's text run, which a line of the page's own (an ad's
    label, a caption) may break without ending it. A menu's words stand among other recurring
    items."""
    for reach, line in enumerate(reversed(content[max(index - RUN_REACH, 0) : index])):
        if counts.get(line.no, 1) >= MIN_SEEDS_SHORT:
            return False
        # past the line next to it, only a sentence: a menu typed on one line is long, never closed
        if is_prose(line.text) if reach == 0 else ends_sentence(line.text):
            return True
    return False


# "I. MỤC ĐÍCH, YÊU CẦU", "CHƯƠNG 1. CƠ SỞ LÝ LUẬN", "Phần II - ...", "1.2. Các cơ chế": a document's
# numbered section heading (a Roman numeral, a chapter/part word with its number, a decimal number)
_SECTION_NUMBER_RE = re.compile(
    r"^(?:[IVXLC]{1,6}\s*[.)/-]|(?:CHƯƠNG|Chương|PHẦN|Phần|MỤC|Mục|ĐIỀU|Điều)\s+(?:[IVXLC]{1,6}|\d{1,3})\b\s*[.:)/-]?"
    r"|\d{1,2}(?:\.\d{1,2})+\.?)\s*\S"
)
# "1. ĐẶT VẤN ĐỀ": one number, then a heading in capitals (a list's item is a sentence in lower case)
_NUMBERED_CAPITALS_RE = re.compile(r"^\d{1,2}\.\s+(?P<heading>\S.*)$")
MIN_CAPITAL_HEADING_WORDS = 2
# what may open a section's text under its heading: prose, a numbered item or a sub-heading
_SECTION_ITEM_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVXLC]{1,6})\s*[.)]\s*\S")


def is_section_heading(text: str) -> bool:
    """A numbered heading of a document's outline (no sentence: a heading, not an item's text)."""
    numbered = bool(_SECTION_NUMBER_RE.match(text.strip())) or _numbered_capitals(text)
    return numbered and is_headline_like(text) and not ends_sentence(text)


def _numbered_capitals(text: str) -> bool:
    match = _NUMBERED_CAPITALS_RE.match(text.strip())
    heading = match.group("heading") if match else ""
    return heading.isupper() and len(heading.split()) >= MIN_CAPITAL_HEADING_WORDS


def opens_numbered_section(content: Sequence[SourceLine], index: int, counts: Mapping[int, int]) -> bool:
    """A numbered section heading that other documents of the folder also print (plans and
    essays share "I. MỤC ĐÍCH, YÊU CẦU", "CHƯƠNG 1. CƠ SỞ LÝ LUẬN"), with this seed's own text
    under it: the document's heading. A menu's items carry no outline numbers, and the
    section's text under it is seen in no other seed."""
    if index + 1 >= len(content):
        return False
    if not is_section_heading(content[index].text) and not _heads_own_outline(content, index):
        return False
    after = content[index + 1]
    return counts.get(after.no, 1) < MIN_SEEDS_SHORT and (
        is_prose(after.text) or bool(_SECTION_ITEM_RE.match(after.text.strip()))
    )


# "1. Bối cảnh": one number, then a short heading in ordinary case
_NUMBERED_HEADING_RE = re.compile(r"^(?P<number>\d{1,2})\.\s+\S")


def _heads_own_outline(content: Sequence[SourceLine], index: int) -> bool:
    """``1. Bối cảnh`` printed by another essay too, when this seed's text goes on to a ``2. ...``
    heading, or ``2. Kết luận`` when a ``1. ...`` heading stands above it (essays share their
    outline's words): a heading in the sequence of the text's outline, a menu's items carry no
    outline numbers. The caller wants the seed's own prose under it."""
    text = content[index].text.strip()
    match = _NUMBERED_HEADING_RE.match(text)
    if match is None or not is_headline_like(text) or ends_sentence(text):
        return False
    number = int(match.group("number"))
    following, preceding = f"{number + 1}. ", f"{number - 1}. "
    above = content[max(index - MAX_OUTLINE_SECTION_LINES, 0) : max(index - 1, 0)] if number > 1 else []
    return any(
        _is_outline_heading(line.text, following)
        for line in content[index + 2 : index + 2 + MAX_OUTLINE_SECTION_LINES]
    ) or any(_is_outline_heading(line.text, preceding) for line in above)


def _is_outline_heading(text: str, prefix: str) -> bool:
    return text.strip().startswith(prefix) and is_headline_like(text) and not ends_sentence(text)


MAX_OUTLINE_SECTION_LINES = 40


def heads_dated_story(content: Sequence[SourceLine], index: int, counts: Mapping[int, int]) -> bool:
    """A headline over its own date line, with a paragraph seen in no other seed under the date
    (``Tên bài`` / ``14-11-2026`` / ``Sáng 12/11, ...``): a story's headline, printed on a list
    page or the story's page, which other seeds of the folder also print. Menus and widgets
    carry no stamp and text of their own under each item."""
    if index + 2 >= len(content):
        return False
    line, stamp, text = content[index], content[index + 1], content[index + 2]
    return (
        is_headline_like(line.text)
        and not is_prose(line.text)
        and stamp.no == line.no + 1
        and _is_date_line(stamp.text)
        and counts.get(text.no, 1) < MIN_SEEDS_SHORT
        and is_prose(text.text)
    )


def _is_date_line(text: str) -> bool:
    """A line that is a full date (maybe with its time) and nothing else."""
    hits = find_dates(text)
    return len(hits) == 1 and hits[0].has_year and not text.replace(hits[0].text, "").strip(" -–|,.·()[]")


def headline_candidate(content: Sequence[SourceLine], counts: Mapping[int, int]) -> int | None:
    """The recurring line that is this seed's only headline candidate, else None.

    Walking up from the lead (the first prose line), stamp and byline lines
    aside: the nearest headline-shaped line is the candidate, unless a
    headline-shaped line seen in no other seed lies above it (then that one is
    the headline, and the recurring line a widget such as ``Lượt xem 1.204``). A breadcrumb
    ends the walk: above it is the site's masthead, never the headline.
    """
    lead = next((index for index, line in enumerate(content) if is_prose(line.text)), None)
    if lead is None:
        return None
    candidate = None
    for line in reversed(content[:lead]):
        if is_meta_shaped(line.text) and (not is_headline_like(line.text) or _is_stamp(line.text)):
            continue  # "Minh Châu", "09/12/2024 14:27", "Ngày đăng: 06/04/2026 | Lượt xem: 412"
        if is_breadcrumb(line.text):  # "Tin tức > Tin Học viện": above it the site's masthead
            return candidate
        if not is_headline_like(line.text):
            if candidate is None:
                return None
            continue
        if counts.get(line.no, 1) < MIN_SEEDS_SHORT:
            return None  # an own headline: nothing recurring needs keeping
        candidate = line.no if candidate is None else candidate
    return candidate


def _stamped_below(content: Sequence[SourceLine], index: int) -> bool:
    """The headline candidate with the page's own stamp right under it (``Ngày đăng: 06/04/2026
    | Lượt xem: 412``): the story's headline, even when the folder's listings print it too
    (furniture repeated on every page carries no stamp of its page under it)."""
    return index + 1 < len(content) and _is_stamp(content[index + 1].text)


def _is_stamp(text: str) -> bool:
    byline = read_byline(text)
    return byline is not None and bool(byline.stamp)


def tag_name_line(content: Sequence[SourceLine]) -> int | None:
    """A tag page's heading (its title) at the top: the line after a bare ``Từ khóa``
    label, or a lower-case tag name standing alone (a blank line after it, no lower-case
    label before it: not a menu)."""
    for position, line in enumerate(content[:-1]):
        if is_prose(line.text):
            return None  # past the header
        if is_bare_tag_label(line.text):
            return content[position + 1].no
        before = content[position - 1].text if position else ""
        if is_lower_tag(line.text) and not is_lower_tag(before) and content[position + 1].no > line.no + 1:
            return line.no
    return None
