"""A table of contents printed above the text it lists: the copy is chrome, the headings are body.

Knowledge sites and long documents print their section headings twice: first as a list of
links under the headline (often under a ``Mục lục`` label), then each one over its section.
The list is the page's navigation; the heading in the text is the article's own. Only a run
of two or more headline-shaped lines, each printed again later in the same order with text
between the copies, under a contents label or numbered as an outline, is read as such a list:
one repeated line proves nothing (a caption printed twice is left to
:func:`.boilerplate.duplicates`), and a listing's featured headlines printed again over their
items carry neither label nor numbers (there the first copy is the listing's text).

Rule id: ``table-of-contents`` (the list and its label; the header reads the same id).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..text.vietnamese import fold
from .lines import SourceLine, folded_prefix, is_headline_like

CONTENTS = "table-of-contents"  # the id the header gives the entries it finds too
MIN_CONTENTS_ITEMS = 2
# the label over the list, as the CMS and wiki plugins print it (folded)
_CONTENTS_LABELS = frozenset(
    fold(label)
    for label in (
        "Mục lục",
        "Mục lục bài viết",
        "Nội dung chính",
        "Nội dung bài viết",
        "Các nội dung chính",
        "Table of contents",
        "Contents",
        "Nội dung",
    )
)


# "1. ", "2.3. ", "II. ", "a) ": an outline's numbers
_OUTLINE_NUMBER_RE = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ])\s*[.)]\s+\S")


def _key(text: str) -> str:
    return " ".join(text.split())


def is_contents_label(text: str) -> bool:
    return folded_prefix(text.strip().rstrip(":").strip(), 40) in _CONTENTS_LABELS


def contents_list(lines: Sequence[SourceLine]) -> dict[int, str]:
    """The first run of headline-shaped lines that the text prints again later, one by one and
    in order, as the headings of its sections (with the label right above the run)."""
    keys = [_key(line.text) for line in lines]
    where: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        where.setdefault(key, []).append(index)
    start = 0
    while start < len(lines):
        run = _run_at(lines, keys, where, start)
        if len(run) < MIN_CONTENTS_ITEMS:
            start += max(len(run), 1)
            continue
        labelled = start > 0 and is_contents_label(lines[start - 1].text)
        if not labelled and not all(_OUTLINE_NUMBER_RE.match(lines[index].text.strip()) for index in run):
            start += len(run)
            continue  # headlines printed twice without a label or outline numbers: a listing's
        found = dict.fromkeys((lines[index].no for index in run), CONTENTS)
        if labelled:
            found[lines[start - 1].no] = CONTENTS
        return found
    return {}


def _run_at(
    lines: Sequence[SourceLine], keys: Sequence[str], where: dict[str, list[int]], start: int
) -> list[int]:
    """Indexes of the contents list opening at ``start``: consecutive headline-shaped lines whose
    later copies come in the same order, each copy followed by text of its own."""
    run: list[int] = []
    copies: list[int] = []
    index = start
    while index < len(lines) and is_headline_like(lines[index].text):  # "1. X là gì?" asks
        if run and lines[index].no != lines[index - 1].no + 1:
            break  # the list is printed line under line
        copy = _later_copy(where[keys[index]], max([index, *copies[-1:]]) + 1)
        if copy is None or copy + 1 >= len(lines) or (copies and copy == copies[-1] + 1):
            break  # no later copy, or copies with no text between them: not headings
        run.append(index)
        copies.append(copy)
        index += 1
    if run and copies[0] <= run[-1]:
        return []  # a copy inside the list itself
    return run


def _later_copy(positions: Sequence[int], after: int) -> int | None:
    """The first of ``positions`` (ascending) at or after ``after``."""
    found = bisect_left(positions, after)
    return positions[found] if found < len(positions) else None
