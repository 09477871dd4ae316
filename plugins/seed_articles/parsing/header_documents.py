"""Legal-document pages: the national title row, the document's name, header cells and where its text starts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import find_dates
from .lines import SourceLine, ends_sentence, is_headline_like, syllable_count

# A Vietnamese legal document's header: the national title row ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
# NAM", often in a table row with the issuing body), the motto, then "Số: ... | <place>, ngày ..."
# (a copy of the table may break the row after its first word: "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
_NATIONAL_TITLE_RE = re.compile(r"(?:HÒA|HOÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM")
_DOCUMENT_ROW_RE = re.compile(r"^(?:[-–—_\s|]*(?:Độc lập\s*[-–—]\s*Tự do|\|)|Số\s*:|[-–—_]{3,})")
MAX_DOCUMENT_ROWS = 4
# "<place>, ngày 08 tháng 5 năm 2024": the document's place and date row
_PLACE_DATE_RE = re.compile(r"^[A-ZĐÀ-Ỹ][^,|]{1,40},\s*ngày\s+\d")
_PLACE_WORD_RE = re.compile(r"^[A-ZĐÀ-Ỹ][^\W\d_]{0,9}$")  # one capitalised word: a place's first


# A legal document's name opens with its type: "Kế hoạch ...", "Quyết định số ...", "Thông tư ..."
_DOCUMENT_NAME_RE = re.compile(
    r"^(?:Kế hoạch|Quyết định|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Chỉ thị|Công văn|Luật|Pháp lệnh"
    r"|Thông báo|Báo cáo|Hướng dẫn|Tờ trình|Đề án|Chương trình|Quy chế|Quy định|Văn bản hợp nhất)\s+\S"
)


MIN_DOCUMENT_NAME_SYLLABLES = 6


def _with_removed(region: Sequence[SourceLine], removed: Sequence[SourceLine]) -> list[SourceLine]:
    """The region with the lines the furniture rules removed inside its span, in page order: a
    folder of legal documents prints the national title row and motto on every page, so
    recurrence removes them, yet they still mark the document's own header."""
    if not region or not removed:
        return list(region)
    last = region[-1].no
    # only the rows every document prints: the national row, its motto, the number row and the
    # place-and-date row (recurrence masks digits, so with more documents in the folder their
    # number and date rows recur too); other removed rows (a table's bars) were never read
    restored = [
        line
        for line in removed
        if line.no < last
        and (
            _NATIONAL_TITLE_RE.search(line.text)
            or _MOTTO_ROW_RE.match(line.text)
            or _NUMBER_ROW_RE.match(line.text)
            or _PLACE_DATE_RE.match(line.text)
        )
    ]
    return sorted([*region, *restored], key=lambda line: line.no) if restored else list(region)


_MOTTO_ROW_RE = re.compile(r"^[-–—_\s|]*Độc lập\s*[-–—]\s*Tự do")
_NUMBER_ROW_RE = re.compile(r"^\s*Số\s*:\s*\d")  # "Số: 2871/QĐ-UBND"


def _document_name(region: Sequence[SourceLine], removed: Sequence[SourceLine] = ()) -> int | None:
    """On a legal document's page, the first headline-shaped line above the document's own
    header (its national title row) that names a document by its type: the page's headline.
    The document's own upper-case title under its header is its text. None on other pages.
    ``removed``: lines the furniture rules removed (the national row may be among them)."""
    national_no = next(
        (line.no for line in _with_removed(region, removed) if _NATIONAL_TITLE_RE.search(line.text)), None
    )
    if national_no is None:
        return None
    national = sum(1 for line in region if line.no < national_no)
    for index, line in enumerate(region[:national]):
        if (
            _DOCUMENT_NAME_RE.match(line.text)
            and is_headline_like(line.text)
            and not ends_sentence(line.text)
            and syllable_count(line.text) >= MIN_DOCUMENT_NAME_SYLLABLES  # no menu item "Báo cáo tháng"
        ):
            return index
    return None


def _national_index(region: Sequence[SourceLine], removed: Sequence[SourceLine]) -> int | None:
    """The index in ``region`` of the national title row, or of the first line under it when the
    furniture rules removed the row itself; None without one."""
    national_no = next(
        (line.no for line in _with_removed(region, removed) if _NATIONAL_TITLE_RE.search(line.text)), None
    )
    if national_no is None:
        return None
    return sum(1 for line in region if line.no < national_no)


def _document_header_cells(
    region: Sequence[SourceLine], title_no: int, removed: Sequence[SourceLine] = ()
) -> list[SourceLine]:
    """A legal document's header under the page's headline: the national title row, the issuing
    body's cells in capitals right above it (``ỦY BAN NHÂN DÂN`` / ``TỈNH NINH BÌNH``: no
    byline) and the site's table rows of the document's data (``Số hiệu: ... | Loại văn bản:
    ...``) between the headline and it."""
    national = _national_index(region, removed)
    if national is None:
        return []
    own = national < len(region) and _NATIONAL_TITLE_RE.search(region[national].text) is not None
    cells = [region[national]] if own else []
    index = national - 1
    while index >= 0 and region[index].no > title_no:
        letters = [ch for ch in region[index].text if ch.isalpha()]
        if not letters or not all(ch.isupper() for ch in letters):
            break
        cells.append(region[index])
        index -= 1
    rows = [line for line in region[: index + 1] if line.no > title_no and " | " in line.text]
    return cells + [line for line in rows if not ends_sentence(line.text)]


def _document_own_lines(region: Sequence[SourceLine], removed: Sequence[SourceLine] = ()) -> list[SourceLine]:
    """The lines under a legal document's national title row: the document itself (its number,
    type heading, issuing body in capitals), never a writer's byline."""
    national = _national_index(region, removed)
    if national is None:
        return []
    own = national < len(region) and _NATIONAL_TITLE_RE.search(region[national].text) is not None
    return list(region[national + 1 :] if own else region[national:])


def _document_text_start(region: Sequence[SourceLine], removed: Sequence[SourceLine] = ()) -> int:
    """Where a legal document's own text starts in the header region: after its national title
    row, the motto and the number/date row; the whole region when it prints no such header (a
    ministry's masthead names the country too, but no document number and date under it).
    ``removed``: lines the furniture rules removed (the national row and motto may be)."""
    full = _with_removed(region, removed)
    end = _rows_end(full)
    if end >= len(full):
        return len(region)
    return sum(1 for line in region if line.no < full[end].no)


def _rows_end(region: Sequence[SourceLine]) -> int:
    for start, line in enumerate(region):
        if not _NATIONAL_TITLE_RE.search(line.text):
            continue
        end = start + 1
        numbered = False  # the document's number and date row ("Số: 05/KH-UBND | ..., ngày ...")
        number_row = False  # "Số: 112/KH-UBND" alone, its place and date on the next row
        while end < len(region) and end - start <= MAX_DOCUMENT_ROWS:
            text = region[end].text.strip()
            if number_row and _PLACE_WORD_RE.match(text) and end + 1 < len(region):
                # "Phú" / "Thọ, ngày 26 tháng 10 năm 2026": the place broken after its first word
                joined = f"{text} {region[end + 1].text.strip()}"
                if _PLACE_DATE_RE.match(joined) and any(hit.has_year for hit in find_dates(joined)):
                    return end + 2
            dated = any(hit.has_year for hit in find_dates(text))
            if number_row and dated and _PLACE_DATE_RE.match(text):
                numbered = True  # "Ninh Bình, ngày 08 tháng 5 năm 2024" under the number
                end += 1
                break
            if not (_DOCUMENT_ROW_RE.match(text) or text.endswith("|")):
                break
            number_row = text.startswith("Số")
            numbered = numbered or (number_row and dated)
            end += 1
        if numbered:
            return end
    return len(region)
