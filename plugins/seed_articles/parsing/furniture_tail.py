"""Furniture read once the metadata rules are done: what is left after the article's end.

Run after the closing signature has been read (a blog's post footer may give the post's
time, and a pager may tell a listing), on the lines still kept:

* ``post-footer``: a blog engine's footer line left unread (``Posted by X at 7:42 PM``,
  ``Đăng bởi X lúc 20:15``): the account and time the engine prints under every post, and the
  post's labels (``Labels: a, b``, ``Nhãn: a, b``);
* ``pagination``: one link of a pager without page numbers (``«``, ``>>``, ``Tiếp »``,
  ``Trang đầu``);
* ``after-article``: after the article's last paragraph, once the page's furniture has started
  (a widget, a related list, a footer ...), the short lines still kept are more of it (the
  headlines of a "Popular Posts" box, a links box, a blog's labels); a widget's label followed
  by two or more headlines directly after the last paragraph starts that furniture too (``Tin
  hay nhất``). A caption, a picture, a list item or a table row is left, and so is every
  line of a listing above its pager (the items are the listing's text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .bylines import day_clock
from .figures import is_image_reference, is_photo_caption
from .lines import SourceLine, is_bullet, is_headline_like, is_prose, syllable_count
from .teasers import is_teaser_headline

POST_FOOTER = "post-footer"
PAGINATION = "pagination"
AFTER_ARTICLE = "after-article"

# Blogger's (and its translations') footer under each post: the account, then the time
# ("Posted by X at 7:42 PM", "Đăng bởi X vào lúc 21:10"), or the time alone ("Đăng lúc 20:45")
_POST_FOOTER_RE = re.compile(
    r"(?:Đăng|Được đăng|Posted|Publié)(?:\s+(?:bởi|by|par)\s+\S.{0,60}?)?\s+(?:vào lúc|lúc|at|à)\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?|SA|CH))?\s*\.?",
    re.IGNORECASE,
)
# Blogger's labels line under a post: short tags between commas, no sentence
_LABELS_RE = re.compile(r"(?:Labels|Nhãn|Libellés)\s*:\s*(?P<labels>[^.!?:;]{1,200})")
MAX_POST_LABEL_SYLLABLES = 6
_PAGE_TOKEN_RE = re.compile(r"[<>‹›«»]{1,2}|[^\W\d_]+")
_PAGE_WORDS = frozenset(["trang", "tiếp", "sau", "trước", "đầu", "cuối", "next", "prev", "previous"])
_PAGE_ENDS = frozenset(["đầu", "cuối", "sau", "trước", "tiếp"])
MAX_PAGE_LINK_TOKENS = 3

# the rules whose lines are the page's furniture (after them, the article does not go on);
# a picture's credit or alt text, a separator or a repeated line say nothing of the kind
BOUNDARY_RULES = frozenset(
    [
        "widget",
        "menu",
        "pagination",
        "related-block",
        "recurring",
        "software-string",
        "foreign-ui",
        "footer",
        "trailing-chrome",
        "teaser",
        "hashtags",
        "breadcrumb",
        "relative-time",
        "audience-promo",
        "refrain",
        "search-box",
        "visitor-counter",
        "rating",
        "post-navigation",
        "download",
        "call-to-action",
        "site-promo",
        "newsletter",
        POST_FOOTER,
        AFTER_ARTICLE,
    ]
)
# a listing's items are its text; only its pager closes them (nothing after it is an item)
LISTING_BOUNDARIES = frozenset([PAGINATION])
MAX_LABEL_SYLLABLES = 5
MIN_LABELLED_HEADLINES = 2


def post_footer_time(text: str) -> tuple[int, int] | None:
    """The time of day a blog's post footer prints (``Posted by X at 7:42 PM`` → (19, 42))."""
    match = _POST_FOOTER_RE.fullmatch(text.strip())
    if match is None:
        return None
    return day_clock(match.group("hour"), match.group("minute"), match.group("ampm"))


def is_post_labels(text: str) -> bool:
    """The post's labels: ``Labels: a, b``, ``Nhãn: a, b`` (short tags between commas)."""
    match = _LABELS_RE.fullmatch(text.strip())
    return match is not None and all(
        0 < syllable_count(label) <= MAX_POST_LABEL_SYLLABLES for label in match.group("labels").split(",")
    )


def is_post_footer(text: str) -> bool:
    return post_footer_time(text) is not None or is_post_labels(text)


def blog_sidebar(body: Sequence[SourceLine]) -> dict[int, str]:
    """The kept lines under the last post footer of a blog (the sidebar's boxes: popular posts,
    labels), when no paragraph follows it: the footer closes the post."""
    footer = next(
        (index for index in range(len(body) - 1, -1, -1) if post_footer_time(body[index].text) is not None),
        None,
    )
    if footer is None or any(_paragraph(line.text) for line in body[footer + 1 :]):
        return {}
    return {line.no: AFTER_ARTICLE for line in body[footer + 1 :] if _furniture_shaped(line.text)}


def is_page_link(text: str) -> bool:
    """One link of a pager without page numbers: arrows alone (``«``, ``>>``), a page word with
    its arrow (``Tiếp »``, ``« Trang trước``), or ``Trang đầu`` / ``Trang cuối``."""
    text = text.strip()
    tokens = _PAGE_TOKEN_RE.findall(text)
    if not tokens or len(tokens) > MAX_PAGE_LINK_TOKENS or "".join(tokens) != text.replace(" ", ""):
        return False
    words = [token.lower() for token in tokens if token[0].isalpha()]
    if any(word not in _PAGE_WORDS for word in words):
        return False
    if len(words) < len(tokens):
        return True  # an arrow, alone or with its page word
    return len(words) == 2 and words[0] == "trang" and words[1] in _PAGE_ENDS


def late_furniture(
    content: Sequence[SourceLine], rules: Mapping[int, str], kept: set[int], start: int, listing: bool
) -> dict[int, str]:
    """The furniture among the ``kept`` lines (``rules``: the rule of each dropped line)."""
    found: dict[int, str] = {}
    for line in content:
        if line.no in kept and is_page_link(line.text):
            found[line.no] = PAGINATION
        elif line.no in kept and line.no > start and is_post_footer(line.text):
            found[line.no] = POST_FOOTER
    found.update(forum_post_heads(content, kept - set(found)))
    found.update(header_menus(content, {**rules, **found}, kept - set(found), start))
    boundaries = LISTING_BOUNDARIES if listing else BOUNDARY_RULES
    found.update(after_article(content, {**rules, **found}, kept - set(found), start, boundaries))
    return found


POST_HEAD = "forum-post-head"
# "Thành viên · #1", "17/11/2026 22:03 · #2": a forum post's head, closed by the post's ordinal
# as the engine prints it (a "#" and its number, last on a short line)
_POST_ORDINAL_RE = re.compile(r"(?:^|.*?[\s·|•])#\d{1,5}")
MAX_POST_HEAD_SYLLABLES = 10
# the poster's login over it ("haibv2010"): one lower-case word of plain letters, digits, "_" or "."
_LOGIN_RE = re.compile(r"[a-z][a-z0-9_.]{2,30}")


def forum_post_heads(content: Sequence[SourceLine], kept: set[int]) -> dict[int, str]:
    """A forum post's head among the ``kept`` lines: the line closed by the post's ordinal, and
    the poster's login right above it. No sentence ends in ``#2``; a login alone counts only
    over such a head."""
    found: dict[int, str] = {}
    for index, line in enumerate(content):
        text = line.text.strip()
        if line.no not in kept or syllable_count(text) > MAX_POST_HEAD_SYLLABLES:
            continue
        if not _POST_ORDINAL_RE.fullmatch(text):
            continue
        found[line.no] = POST_HEAD
        above = content[index - 1] if index > 0 else None
        if above is not None and above.no in kept and _LOGIN_RE.fullmatch(above.text.strip()):
            found[above.no] = POST_HEAD
    return found


HEADER_MENU = "menu"
MENU_RULES = frozenset(["menu"])
# "- Home", "* Trang chủ": the first item of a menu typed as a list, from the home link
_HOME_ITEM_RE = re.compile(r"[-*•+]\s*(?:Trang chủ|Home|Trang nhất)", re.IGNORECASE)
_ITEM_RE = re.compile(r"[-*•+]\s+\S.*")
MAX_MENU_ITEM_WORDS = 6
MAX_MENU_LABEL_SYLLABLES = 6


def header_menus(
    content: Sequence[SourceLine], rules: Mapping[int, str], kept: set[int], start: int
) -> dict[int, str]:
    """Above the text (``start``): a menu typed as a list from its home link (``- Home``,
    ``- Tin tức``: short items, no sentence), and a label whose line below is a menu
    (``Trong số này:`` over ``Tin FTA | Cảnh báo thị trường``). A home link is never a
    text's own list item, and a label says what follows: over a menu, it is the menu's."""
    found: dict[int, str] = {}
    head = [line for line in content if line.no < start]
    in_menu = False
    for index, line in enumerate(head):
        text = line.text.strip()
        if _HOME_ITEM_RE.fullmatch(text):
            in_menu = True
        elif not (in_menu and _ITEM_RE.fullmatch(text) and _menu_item(text)):
            in_menu = False
        if in_menu and line.no in kept:
            found[line.no] = HEADER_MENU
        below = head[index + 1] if index + 1 < len(head) else None
        if (
            line.no in kept
            and below is not None
            and rules.get(below.no) in MENU_RULES
            and text.endswith(":")
            and syllable_count(text) <= MAX_MENU_LABEL_SYLLABLES
            and not any(ch.isdigit() for ch in text)
        ):
            found[line.no] = HEADER_MENU
    return found


def _menu_item(text: str) -> bool:
    item = text.lstrip("-*•+ ").strip()
    return len(item.split()) <= MAX_MENU_ITEM_WORDS and not item.endswith((".", "!", "?", ":", ";"))


def after_article(
    content: Sequence[SourceLine],
    rules: Mapping[int, str],
    kept: set[int],
    start: int,
    boundaries: frozenset[str] = BOUNDARY_RULES,
) -> dict[int, str]:
    """The kept lines after the last paragraph that follow the page's furniture."""
    last = max(
        (
            index
            for index, line in enumerate(content)
            if line.no in kept and line.no > start and _paragraph(line.text)
        ),
        default=None,
    )
    if last is None:
        return {}
    tail = content[last + 1 :]
    found: dict[int, str] = {}
    closed = False
    for index, line in enumerate(tail):
        if line.no not in kept:
            closed = closed or rules.get(line.no) in boundaries
            continue
        if not closed and boundaries is BOUNDARY_RULES and _labels_headlines(tail, index, kept):
            closed = True
        if closed and _furniture_shaped(line.text):
            found[line.no] = AFTER_ARTICLE
    return found


def _labels_headlines(lines: Sequence[SourceLine], index: int, kept: set[int]) -> bool:
    """``Tin hay nhất`` and two headlines under it: a widget's label over other stories."""
    label = lines[index].text.strip()
    if (
        syllable_count(label) > MAX_LABEL_SYLLABLES
        or not is_headline_like(label)
        or label.endswith(":")
        or any(ch.isdigit() for ch in label)
    ):
        return False
    under = [line for line in lines[index + 1 : index + 1 + MIN_LABELLED_HEADLINES] if line.no in kept]
    return len(under) == MIN_LABELLED_HEADLINES and all(is_teaser_headline(line.text) for line in under)


def _paragraph(text: str) -> bool:
    """A sentence of text (a headline that asks or exclaims is no paragraph)."""
    return is_prose(text) and not is_headline_like(text)


def _furniture_shaped(text: str) -> bool:
    """A short line that may be furniture: no sentence, no caption, picture, list item or table row."""
    stripped = text.strip()
    return not (
        _paragraph(stripped)
        or is_photo_caption(stripped)
        or is_image_reference(stripped)
        or is_bullet(stripped)
        or stripped.startswith("|")
    )
