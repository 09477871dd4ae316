"""Credit lines in a header: introduced credits, writer handles and labelled sources."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .bylines import Byline, credit_source, is_full_name, read_byline
from .dates import find_dates
from .lines import SourceLine, syllable_count


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


# "PMRI, 10/11/2026. Theo PMRI", "12/11/2026 | Nguồn: Báo X": a translated or reposted item's
# header line naming the origin, its date and then the credit, as the last of its parts
_CREDIT_PART_SPLIT_RE = re.compile(r"(?<=\.)\s+|\s+[|•·]\s+")
MAX_CREDIT_HEADER_SYLLABLES = 20
MAX_SYLLABLES_BESIDE_DATE = 5


def _header_credit_source(text: str) -> str | None:
    text = text.strip()
    if _HEADER_SOURCE_RE.match(text):
        return credit_source(text)
    return _closing_credit_part(text)


def _closing_credit_part(text: str) -> str | None:
    """The origin a short header line credits in its last part (``... 2026. Theo PMRI``), when
    the parts before it are no sentence (a name, a date): never a sentence of the lead."""
    if syllable_count(text) > MAX_CREDIT_HEADER_SYLLABLES:
        return None
    parts = [part for part in _CREDIT_PART_SPLIT_RE.split(text) if part.strip()]
    if len(parts) < 2:
        return None
    dated = False
    for part in parts[:-1]:
        hits = find_dates(part)
        dated = dated or bool(hits)
        for hit in reversed(hits):
            part = part[: hit.start] + part[hit.end :]
        if syllable_count(part) > MAX_SYLLABLES_BESIDE_DATE:
            return None  # a sentence ("Sáng 10/11, tại Hà Nội, ..."), not a name and a date
    # the origin's date beside the credit: a header's credit line, not a heading
    return credit_source(parts[-1]) if dated else None


def card_credits(
    region: Sequence[SourceLine], bylines: Mapping[int, Byline | None], title_no: int | None
) -> set[int]:
    """The writer's line of a post card printed over the headline: a line of full names, the
    stamp right under it (``18/11/2026 11:02 · 5 phút đọc``), the headline right under that.
    Above a headline a name is mostly the site's; a writer's full name (family name first,
    three or more syllables) in one block with the stamp and the headline is the post's credit,
    as a writing platform or a student site prints it."""
    found: set[int] = set()
    for index in range(len(region) - 2):
        names, stamp, headline = region[index : index + 3]
        if headline.no != title_no:
            continue
        credit, dated = bylines.get(names.no), bylines.get(stamp.no)
        if (
            credit is not None
            and credit.authors
            and not credit.stamp
            and not credit.source
            and dated is not None
            and dated.stamp
            and not dated.authors
            and all(map(is_full_name, credit.authors))
        ):
            found.add(names.no)
    return found
