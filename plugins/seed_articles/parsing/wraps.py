"""Hard-wrapped paragraphs: one paragraph printed over several lines.

Some pages (old portals, print views, copies from PDF or e-mail) break every
paragraph at a fixed width, mid-sentence: ``... Bộ đội Biên phòng tỉnh và lực
lượng bảo vệ`` / ``biên giới tỉnh bạn phối hợp ...``. Read line by line, the
first fragment looks like a headline (no final period) and the others like
short labels, so a lead could be taken as the title or dropped as header
chrome. The rules therefore read such a paragraph as one line.

A line continues the one above it (no blank line between) when the line above
is running text that does not end a sentence, and the line

* starts mid-sentence with a lower-case Vietnamese word (``biên giới ...``), or
* starts with a number followed by a period, a comma or a spaced dash and more
  text (``286 - Lê Quý Đôn ...``), where the
  number cannot open a numbered list: a year or a figure of three digits or
  more (``2026. Dự hội nghị ...``), or any number after a word that asks for
  one (``... nhiệm vụ năm`` / ``2026. ...``).

Running text: at least :data:`MIN_WRAPPED_SYLLABLES` syllables, mostly lower
case (a menu or a run of labels capitalises its words), no address or file
name. A continuation must read as Vietnamese words, not a URL slug or an
ASCII file name (``tin nhap 2024...``, ``google news``, ``user image``), nor a
date stamp. A joined paragraph is never a headline candidate. Precision first: a line the
chrome rules know by its shape (a button, a footer, a related label, a dated
teaser item, a call for contributions, a scraping or clipping tool's note, a widget of
:mod:`.chrome_widgets`) is never joined, nor joined to; nor is a menu's row of items between bars.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .boilerplate import is_contribution_note, is_dated_teaser_item, is_footer, is_related_label
from .bylines import parse_names, read_byline
from .chrome import is_breadcrumb, is_relative_time, is_scraper_line, is_widget
from .chrome_widgets import widget_rule
from .lines import (
    SourceLine,
    ends_sentence,
    is_bullet,
    is_headline_like,
    lower_tokens,
    starts_lower,
    syllable_count,
)

MIN_WRAPPED_SYLLABLES = 8
MIN_MENU_BARS = 2
MAX_CAPITALISED_SHARE = 0.5
# "2026. Dự hội nghị", "1.200, trong đó": a number, then a period or comma, then text;
# "286 - Lê Quý Đôn lên đường": a hull or unit number, then a spaced dash and its name
_NUMBER_START_RE = re.compile(r"^(?P<number>\d[\d.]*?)(?:[.,]\s+\S|\s+[-–]\s+[^\W\d_])")
# words after which a number is a quantity or a date, not a list item
_NUMBER_WORDS = frozenset(
    [
        "năm",
        "ngày",
        "tháng",
        "số",
        "thứ",
        "khoảng",
        "hơn",
        "gần",
        "trên",
        "dưới",
        "đạt",
        "tổng",
        "cộng",
        "mức",
        "lần",
        "đợt",
        "khóa",
        "khoá",
    ]
)
_ADDRESS_RE = re.compile(r"https?://|www\.|\.(?:html?|php|aspx?|jpe?g|png)\b", re.IGNORECASE)


def is_running_text(text: str) -> bool:
    """A fragment of prose: long enough, mostly lower-case words, no address."""
    if syllable_count(text) < MIN_WRAPPED_SYLLABLES or _ADDRESS_RE.search(text):
        return False
    if text.count("|") >= MIN_MENU_BARS:
        return False  # "Trang chủ | Kinh tế | Thể thao": a menu's items between bars, no sentence
    words = [word for word in text.split() if any(ch.isalpha() for ch in word)]
    if not words:
        return False
    capitalised = sum(1 for word in words if _first_letter(word).isupper())
    return capitalised / len(words) <= MAX_CAPITALISED_SHARE


def _is_stamp(text: str) -> bool:
    byline = read_byline(text)
    return byline is not None and bool(byline.stamp)


def _first_letter(word: str) -> str:
    return next((ch for ch in word if ch.isalpha()), "")


def _vietnamese_opening(text: str) -> bool:
    """The first words read as Vietnamese (one of the first three has a letter beyond ASCII)."""
    words = text.split()[:3]
    return len(text.split()) >= 2 and any(not word.isascii() for word in words)


def continues_line(previous: str, line: str) -> bool:
    """``line`` is the hard-wrapped rest of ``previous`` (the two are adjacent in the copy)."""
    if _cut_after_first_word(previous, line):
        return True
    if ends_sentence(previous) or not is_running_text(previous) or is_bullet(line):
        return False
    if _ADDRESS_RE.search(line.split(" ", 1)[0]) or _is_stamp(line):
        return False  # an address; a date stamp under a headline ("ngày 27 tháng 12 năm 2024")
    if _chrome_shaped(line) or _chrome_shaped(previous):
        return False  # a button, a footer, a related label or a dated teaser item: never prose
    if starts_lower(line):
        return _vietnamese_opening(line)
    match = _NUMBER_START_RE.match(line)
    if match is None:
        return False
    digits = match.group("number").replace(".", "")
    previous_words = lower_tokens(previous)
    asks_number = bool(previous_words) and previous_words[-1] in _NUMBER_WORDS
    return len(digits) >= 3 or asks_number


MIN_OPENING_WORD_LETTERS = 2


def _cut_after_first_word(previous: str, line: str) -> bool:
    """``Sáng`` / ``ngày 12/11, đoàn công tác ...``: a paragraph's first word alone on its line
    (a page that breaks each paragraph after its first word), the rest running text opening in
    lower case. One capitalised word of letters only, no button or label, and a rest that is a
    sentence's words, not a tag or a menu."""
    word = previous.strip()
    return (
        word.isalpha()
        and len(word) >= MIN_OPENING_WORD_LETTERS
        and word[0].isupper()
        and not word.isupper()
        and starts_lower(line)
        and _vietnamese_opening(line)
        and is_running_text(line)
        and not _chrome_shaped(previous)
        and not _chrome_shaped(line)
        and not _is_stamp(line)
    )


def _chrome_shaped(text: str) -> bool:
    """A line whose shape the chrome rules know: it is never half of a wrapped paragraph."""
    return (
        is_widget(text)
        or is_footer(text)
        or is_related_label(text)
        or is_dated_teaser_item(text)
        or is_contribution_note(text)
        or is_scraper_line(text)
        or is_relative_time(text)  # "một giờ trước" under a card's headline: its age, no sentence's rest
        or widget_rule(text) is not None
    )


def join_hard_wraps(lines: Sequence[SourceLine]) -> tuple[list[SourceLine], dict[int, list[int]]]:
    """Non-blank ``lines`` with each hard-wrapped paragraph joined into its first line.

    Returns the joined lines (a paragraph keeps its first line's number) and,
    for each joined paragraph, the numbers of the lines folded into it.
    """
    joined: list[SourceLine] = []
    followers: dict[int, list[int]] = {}
    last: SourceLine | None = None  # the raw line the current paragraph ends with
    for line in lines:
        if joined and last is not None and line.no == last.no + 1 and continues_line(last.text, line.text):
            head = joined[-1]
            joined[-1] = head._replace(text=f"{head.text} {line.text}", columns=1)
            followers.setdefault(head.no, []).append(line.no)
        else:
            joined.append(line)
        last = line
    return joined, followers


# A headline line at least this share of the copy's wrap width was cut by the wrap too.
HEADLINE_WRAP_SHARE = 0.8
MIN_WRAPPED_PARAGRAPHS = 2  # one wrapped paragraph does not show that the copy has a width


def join_wrapped_headline(
    content: list[SourceLine], followers: dict[int, list[int]], raw: Sequence[SourceLine]
) -> int | None:
    """In a copy hard-wrapped at a fixed width, a headline as long as that width continued
    on the line under it (``... nhìn từ Hội thảo`` / ``Biển Đông lần thứ 18``): the two
    are joined in ``content`` and recorded in ``followers`` (a rest in lower case is joined
    already). Returns the headline's line, which stays a headline candidate.

    Only above the first paragraph, only a headline-shaped pair that stays one headline
    when joined, the second neither a stamp nor names (a byline under the headline)."""
    width = _wrap_width(raw, followers)
    if width is None:
        return None
    for index, line in enumerate(content[:-1]):
        if ends_sentence(line.text):
            return None  # the text has begun
        if line.no in followers:
            # joined already (the rest opened in lower case): a headline when it reads as one
            first = next(raw_line for raw_line in raw if raw_line.no == line.no)
            wide = len(first.text) >= HEADLINE_WRAP_SHARE * width
            return line.no if len(followers[line.no]) == 1 and wide and is_headline_like(line.text) else None
        below = content[index + 1]
        if below.no != line.no + 1 or len(line.text) < HEADLINE_WRAP_SHARE * width:
            continue
        text = f"{line.text} {below.text}"
        if (
            is_headline_like(line.text)
            and not _ADDRESS_RE.search(line.text)  # "Đã lưu từ: https://...": a tool's note, no headline
            and is_headline_like(below.text)
            and is_headline_like(text)
            and not _is_stamp(below.text)
            and not parse_names(below.text)
            and not _chrome_shaped(below.text)
            and not _chrome_shaped(line.text)  # "Trang chủ | Tin tức | ...": a menu, no headline
            and not is_breadcrumb(below.text)  # "Home » Tin tức » ...": the crumbs under a menu
            # "Tóm tắt" / "Nội dung" / "Tải về": the page's tabs under its headline, no continuation
            and not _tab_labels(content[index + 1 : index + 3])
        ):
            content[index : index + 2] = [line._replace(text=text)]
            followers[line.no] = [below.no]
            return line.no
    return None


MAX_TAB_SYLLABLES = 2


def _tab_labels(lines: Sequence[SourceLine]) -> bool:
    """Two short labels in a row (a row of tabs), never the rest of a wrapped headline."""
    return len(lines) == 2 and all(syllable_count(line.text) <= MAX_TAB_SYLLABLES for line in lines)


def _wrap_width(raw: Sequence[SourceLine], followers: dict[int, list[int]]) -> int | None:
    """The copy's wrap width: its longest line that a wrap cut (not a paragraph's last)."""
    if len(followers) < MIN_WRAPPED_PARAGRAPHS:
        return None
    cut = {no for head, rest in followers.items() for no in [head, *rest[:-1]]}
    return max(len(line.text) for line in raw if line.no in cut)
