"""Credit lines in a header: introduced credits, writer handles and labelled sources."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bylines import credit_source, read_byline
from .lines import SourceLine


def _introduced_credit(text: str) -> bool:
    """``Tác giả: Lê Minh An.``: an author word and the writer's name, closed by a full stop as
    some blogs print it; a credit line, never the article's first paragraph."""
    byline = read_byline(text) if text.rstrip().endswith(".") else None
    return byline is not None and byline.introduced and bool(byline.authors)


# "@hoangmoclan": a writing platform prints its writer's account handle under the name
_HANDLE_RE = re.compile(r"^@[\w.]{2,40}$")
MAX_CREDIT_LINES_OVER_STAMP = 2


def _stamp_under_credit(lines: Sequence[SourceLine], index: int) -> int | None:
    """The index of the line under the headline at ``index`` past its writer's credit: a line
    of names, then maybe the writer's ``@handle`` (a blogging platform's post header)."""
    below = index + 1
    while below < len(lines) and below - index <= MAX_CREDIT_LINES_OVER_STAMP:
        text = lines[below].text.strip()
        byline = read_byline(text)
        if not (_HANDLE_RE.match(text) or byline is not None and byline.authors and not byline.stamp):
            break
        below += 1
    return below if below < len(lines) else None


# "Nguồn thông tin: Báo X", "Nguồn: Trung tâm Y": the origin labelled with a colon ("Nguồn hình
# ảnh, X" under a photo credits the picture, not the text)
_HEADER_SOURCE_RE = re.compile(r"^(?:Nguồn(?: tin| thông tin)?)\s*:\s*\S", re.IGNORECASE)


def _header_credit_source(text: str) -> str | None:
    return credit_source(text) if _HEADER_SOURCE_RE.match(text.strip()) else None
