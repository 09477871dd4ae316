"""Headline shapes and the fallback finders for a page's headline: title candidates, section
labels, and a headline under the sapo, over a stamp, over credits, over teasers or a crumb."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence, Set

from .boilerplate import is_related_label
from .bylines import Byline, read_byline
from .chrome import breadcrumb_parts, is_breadcrumb
from .dates import find_dates
from .figures import is_caption_like, is_image_reference
from .header_names import _is_furniture_name
from .header_stamps import (
    _is_stamp_line,
    _labelled_post_stamp,
    is_counter_or_stamp,
    is_foreign_line,
    is_teaser_item,
)
from .lines import (
    SourceLine,
    ends_sentence,
    is_headline_like,
    is_prose,
    lower_tokens,
    starts_lower,
    starts_upper,
    syllable_count,
)
from .stamp_age import is_post_age
from .teasers import MIN_TEASER_HEADLINE_SYLLABLES, MIN_TEASER_RUN, teaser_run

MAX_CATEGORY_SYLLABLES = 5


MAX_TITLE_SYLLABLES = 40


def _headline_under_sapo(lines: Sequence[SourceLine], lead_index: int | None) -> list[SourceLine] | None:
    """Some CMSs print the sapo above the headline: sapo, headline (maybe printed twice), then the
    page's stamp, then the text. With no headline above the lead, a headline-shaped line right
    under it that has the page's stamp under it (or under its copy) is the headline. Returns the
    headline, its copies and the stamp line; the sapo stays the lead."""
    if lead_index is None:
        return None
    following = list(lines[lead_index + 1 : lead_index + 1 + MAX_HEADLINE_COPIES + 2])
    if not following or not _title_candidate(following[0].text) or is_prose(following[0].text):
        return None
    headline = following[0]
    copies = list(itertools.takewhile(lambda line: line.text == headline.text, following[1:]))
    rest = following[1 + len(copies) :]
    if not rest:
        return None
    stamp = read_byline(rest[0].text)
    if stamp is None or not stamp.stamp or not _stamp_only_line(rest[0].text):
        return None
    return [headline, *copies, rest[0]]


MAX_HEADLINE_COPIES = 2


def _stamp_only_line(text: str) -> bool:
    """``22/10/2026 - 10:35``: a full date (with its year) and nothing but separators around it."""
    hits = find_dates(text)
    if len(hits) != 1 or not hits[0].has_year:
        return False
    return not (text[: hits[0].start] + text[hits[0].end :]).strip(" |-–·•,")


MIN_LOWER_HEADLINE_SYLLABLES = 5


def _lower_headline_over_stamp(region: Sequence[SourceLine]) -> SourceLine | None:
    """``đại học hàng hải tuyển sinh 2026`` right above ``Đăng ngày 15/03/2026 bởi admin``: a
    search-bait blog prints its headlines in lower case like the search phrase they target; the
    post's own labelled stamp under the line makes it the headline all the same."""
    for line, below in zip(region, region[1:], strict=False):
        text = line.text.strip()
        if not text or not starts_lower(text) or not _labelled_post_stamp(below.text):
            continue
        capitalised = text[0].upper() + text[1:]
        if (
            syllable_count(text) >= MIN_LOWER_HEADLINE_SYLLABLES
            and _title_candidate(capitalised)
            and not is_prose(text)
            and not is_post_age(text)
        ):
            return line
    return None


MIN_CREDITED_HEADLINE_SYLLABLES = 6
MAX_CREDIT_SYLLABLES = 12
MAX_STAMP_LABEL_SYLLABLES = 4


def _timed_stamp(text: str) -> bool:
    """``Đã hỏi: 27/11/2026 20:14``: one full date with its time, a short label at most."""
    hits = find_dates(text)
    if len(hits) != 1 or not hits[0].has_year or hits[0].hour is None:
        return False
    return syllable_count(text[: hits[0].start] + text[hits[0].end :]) <= MAX_STAMP_LABEL_SYLLABLES


def _headline_over_credits(
    region: Sequence[SourceLine], bylines: dict[int, Byline | None]
) -> SourceLine | None:
    """With no sapo (a Q&A or forum page whose text is lists), the first headline-shaped line
    with the page's credits right under it: a writer's name, then a stamp (``Đã hỏi: <date>``).
    Credits and a stamp stand under the page's headline, never under a button or a label."""
    for index, line in enumerate(region[:-2]):
        credit, stamp = region[index + 1 : index + 3]
        if (
            not _timed_stamp(stamp.text)
            or is_prose(credit.text)
            or syllable_count(credit.text) > MAX_CREDIT_SYLLABLES
        ):
            continue
        text = line.text
        if (
            _title_candidate(text)
            and not _is_furniture_name(text)
            and not is_label_shaped(text)
            and not is_prose(text)
            and syllable_count(text) >= MIN_CREDITED_HEADLINE_SYLLABLES
            and bylines.get(line.no) is None
        ):
            return line
    return None


MIN_SHARED_HEADLINE_SYLLABLES = 8
MIN_SHARED_HEADLINE_OVERLAP = 0.5


def _shared_headline(
    region: Sequence[SourceLine],
    dropped: Sequence[SourceLine],
    recurring: Set[int],
    lead: SourceLine | None,
) -> SourceLine | None:
    """A story syndicated to several pages of the folder prints the same headline on each, so
    recurrence removes it as furniture. When no kept line is the headline, a recurring
    headline-shaped line above the lead is read back when the page itself ties it to the
    story: the sapo opens with it (typed against it), or it stands right above the page's own
    stamp and the sapo repeats most of its words (furniture is neither dated nor retold)."""
    if lead is None:
        return None
    kept = {line.no for line in region}
    ordered = sorted([*region, *(line for line in dropped if line.no < lead.no)], key=lambda line: line.no)
    if not ordered:
        return None
    lead_words = set(lower_tokens(lead.text))
    found = None
    for line, below in zip(ordered, [*ordered[1:], lead], strict=True):
        text = line.text
        if line.no in kept or line.no not in recurring or is_prose(text) or _is_furniture_name(text):
            continue
        if syllable_count(text) < MIN_SHARED_HEADLINE_SYLLABLES or not _title_candidate(text):
            continue
        if lead.text.startswith(text) and lead.text[len(text) : len(text) + 1].isupper():
            found = line  # "<headline>Chiều 12/11, ...": the headline glued to the sapo
            continue
        words = lower_tokens(text)
        overlap = sum(1 for word in words if word in lead_words) / len(words) if words else 0.0
        if below.no in kept and _stamp_only_line(below.text) and overlap >= MIN_SHARED_HEADLINE_OVERLAP:
            found = line
    return found


def _recurring_headline_over_stamp(
    region: Sequence[SourceLine], dropped: Sequence[SourceLine], recurring: Set[int]
) -> SourceLine | None:
    """A blog lists its recent posts in a sidebar and on its tag pages, so a post's own headline
    recurs in the folder's other seeds and was removed as furniture; when no kept line above the
    lead is a headline, the recurring headline-shaped line right above the post's own labelled
    stamp ("Đăng ngày ... bởi ...") is the headline (furniture carries no stamp of its page)."""
    ordered = sorted([*region, *dropped], key=lambda line: line.no)
    kept = {line.no for line in region}
    for line, below in zip(ordered, ordered[1:], strict=False):
        if (
            line.no in recurring
            and line.no not in kept
            and below.no in kept
            and _labelled_post_stamp(below.text)
            and is_headline_like(line.text, MAX_TITLE_SYLLABLES)
            and not is_prose(line.text)
        ):
            return line
    return None


SAPO_COPY = "sapo-copy"


def _headline_over_teasers(
    region: Sequence[SourceLine], bylines: dict[int, Byline | None], chosen: int | None
) -> int | None:
    """``<headline>`` / ``Cập nhật: 21/10/2025`` / two other stories' headlines / the lead: when
    the choice fell on one of the headline-shaped lines in a row between the page's stamp and
    the lead (a teaser list: an article's headline stands alone), the line over the stamp is
    the headline."""
    if chosen is None or chosen < 2:
        return None
    stamp = next(
        (
            index
            for index in range(chosen - 1, 0, -1)
            if (byline := bylines.get(region[index].no)) is not None and byline.stamp
        ),
        None,
    )
    if stamp is None or stamp < 1:
        return None
    below = list(region[stamp + 1 :])
    if len(below) < MIN_TEASER_RUN or len(teaser_run(below, need_prose_after=False)) != len(below):
        return None
    headline = region[stamp - 1]
    if not is_headline_like(headline.text) or is_prose(headline.text) or is_label_shaped(headline.text):
        return None  # a menu label over a blog's date header is no headline
    if _is_furniture_name(headline.text):
        return None  # the site's name over its "today" widget: the hard rule of every headline
    if syllable_count(headline.text) < MIN_TEASER_HEADLINE_SYLLABLES:
        return None
    return stamp - 1


def _crumb_heading(region: Sequence[SourceLine]) -> int | None:
    """``Trang chủ > Giới thiệu > Lịch sử địa phương`` then ``Lịch sử địa phương`` right above
    the lead: the page's own heading repeating its last crumb (a section page of a school or
    office site). A category label repeating the crumb stands above a headline, not the lead."""
    if len(region) < 2:
        return None
    heading, above = region[-1], region[-2]
    parts = breadcrumb_parts(above.text)
    # "Home / Tin tức / <HEADLINE>": a trail from the home link that ends in the long headline
    # itself (the breadcrumb test wants short crumbs)
    trail = bool(parts) and _HOME_CRUMB_RE.match(parts[0].strip()) is not None
    if not (is_breadcrumb(above.text) or trail) or heading.no != above.no + 1:
        return None
    if len(parts) < MIN_CRUMB_HEADING_PARTS or parts[-1].strip() != heading.text:
        return None
    return len(region) - 1 if is_headline_like(heading.text) else None


MIN_CRUMB_HEADING_PARTS = 3
_HOME_CRUMB_RE = re.compile(r"^(?:Home|Trang chủ|Trang nhất|Trang Chủ)$", re.IGNORECASE)


SHARED_SLOGAN = "shared-slogan"
SLOGAN_WINDOW = 3  # a section label may stand between the slogan and the headline


def _shared_above_own_headline(lines: Sequence[SourceLine], index: int, shared: Set[int]) -> bool:
    """A paragraph the folder's other seeds also print, above a headline of this seed's own with
    its stamp under it: the site's slogan marquee ("Chào mừng kỷ niệm ..."), not the lead (a
    lead is this story's own and sits under its headline or stamp; a syndicated story shares its
    headline too)."""
    if lines[index].no not in shared:
        return False
    before = lines[index - 1] if index else None
    if before is not None and (
        _is_stamp_line(before.text)
        or before.no not in shared
        and is_headline_like(before.text, MAX_TITLE_SYLLABLES)
    ):
        return False  # under a headline or a stamp of its own: a lead (a listing's item too)
    for position in range(index + 1, min(index + 1 + SLOGAN_WINDOW, len(lines) - 1)):
        line = lines[position]
        if line.no in shared or not is_headline_like(line.text, MAX_TITLE_SYLLABLES):
            continue
        if _is_stamp_line(lines[position + 1].text) and not is_prose(line.text):
            return True
    return False


def is_numbered_heading(text: str) -> bool:
    """``1. Vai trò của ...``, ``II. Giải pháp``: a numbered section of the text, not its headline."""
    return bool(_NUMBERED_HEADING_RE.match(text))


def is_label_shaped(text: str) -> bool:
    """``Quốc phòng - An ninh``, ``Thời sự``: a section label, not a headline (a few
    capitalised words, optionally joined by dashes; no digits, no sentence)."""
    if any(ch.isdigit() for ch in text) or ends_sentence(text):
        return False
    parts = [part.strip() for part in re.split(r"\s[-–—&]\s|\s*[|/]\s*", text) if part.strip()]
    if len(parts) == 1:
        return starts_upper(text) and syllable_count(text) <= MAX_CATEGORY_SYLLABLES
    return all(starts_upper(part) and syllable_count(part) <= MAX_LABEL_PART_SYLLABLES for part in parts)


MAX_LABEL_PART_SYLLABLES = 4


# "### ", "**": a Markdown copy's heading level and bold marks around a heading's words
_MARKDOWN_MARKS_RE = re.compile(r"^\s*#{1,6}\s+|\*\*|__")
_NUMBERED_HEADING_RE = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}|[a-zđ])[.)]\s+\S")


def _title_candidate(text: str) -> bool:
    return (
        not is_teaser_item(text)
        and not is_counter_or_stamp(text)
        and not is_foreign_line(text)
        and not text.lstrip().startswith("©")  # a photo credit, glued to its caption
        and is_headline_like(text, MAX_TITLE_SYLLABLES)
        and not is_related_label(text)
        and not is_image_reference(text)
        and not is_caption_like(text)
        and not _is_stamp_line(text)
        and not is_post_age(text)
        and not _ILLUSTRATION_RE.match(text)
    )


# '"Hình Hình minh hoạ. Tàu ...', "Ảnh minh họa: ...": a line that opens by calling its picture an
# illustration is that picture's caption, never the headline
_ILLUSTRATION_RE = re.compile(
    r"^\W{0,3}(?:(?:hình|ảnh)\s+){1,2}minh\s+(?:họa|hoạ)(?:\s*[.:,(\-–]|\s*$)", re.IGNORECASE
)
