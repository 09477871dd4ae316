"""The timeline page (archive by year and month) and previous/next links."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..render.vietnamese_dates import month_heading_vi
from ..text.escape import escape_inline
from ..text.vietnamese import sort_key
from .people import markdown_link

PAGE_TITLE = "Dòng thời gian"
UNDATED_HEADING = "Không rõ ngày"
NO_MONTH_HEADING = "Không rõ tháng"


@dataclass(frozen=True)
class TimelineArticle:
    key: str
    title: str
    url: str  # relative URL from the timeline page
    date_sort: tuple | None  # ArticleDate.sort_tuple(), zeros for unknown parts


@dataclass(frozen=True)
class PrevNext:
    previous: str | None  # key of the next older article
    next: str | None  # key of the next newer article


def _part(date_sort: tuple, index: int) -> int:
    return int(date_sort[index]) if len(date_sort) > index and date_sort[index] else 0


def _date_label(date_sort: tuple) -> str:
    year, month, day = _part(date_sort, 0), _part(date_sort, 1), _part(date_sort, 2)
    if day and month:
        return f"{day:02d}/{month:02d}/{year}"
    if month:
        return f"tháng {month}/{year}"
    return f"năm {year}"


def _chronological(articles: Sequence[TimelineArticle]) -> list[TimelineArticle]:
    """Dated articles oldest first; same date ordered by title, then key."""
    dated = [a for a in articles if a.date_sort and _part(a.date_sort, 0)]
    dated.sort(key=lambda a: (sort_key(a.title), a.key))
    dated.sort(key=lambda a: tuple(int(p or 0) for p in a.date_sort))
    return dated


def prev_next(articles: Sequence[TimelineArticle]) -> dict[str, PrevNext]:
    """For each key, the article just before and just after it in time.

    Undated articles have no neighbours (their place in time is unknown).
    """
    ordered = [article.key for article in _chronological(articles)]
    alone = PrevNext(None, None)  # frozen: one instance serves every undated article
    result = dict.fromkeys((a.key for a in articles), alone)
    # A frozen dataclass's __init__ goes through object.__setattr__: build each one directly.
    make, fill = object.__new__, object.__setattr__
    for index, key in enumerate(ordered):
        pair = make(PrevNext)
        fill(pair, "previous", ordered[index - 1] if index > 0 else None)
        fill(pair, "next", ordered[index + 1] if index + 1 < len(ordered) else None)
        result[key] = pair
    return result


def render_timeline_page(articles: Sequence[TimelineArticle], title: str = PAGE_TITLE) -> str:
    """Markdown archive: years and months newest first, undated articles last."""
    lines = [f"# {escape_inline(title)}", ""]
    newest = list(reversed(_chronological(articles)))
    dated_keys = {a.key for a in newest}
    current_year = current_month = None
    for article in newest:
        year, month = _part(article.date_sort, 0), _part(article.date_sort, 1)
        if year != current_year:
            lines += ["", f"## {year}"]
            current_year, current_month = year, None
        if month != current_month:
            heading = month_heading_vi(year, month) if month else f"{NO_MONTH_HEADING} ({year})"
            lines += ["", f"### {escape_inline(heading)}", ""]
            current_month = month
        label = _date_label(article.date_sort)
        lines.append(f"- {escape_inline(label)} — {markdown_link(article.title, article.url)}")
    lines.append("")
    undated = sorted(
        (a for a in articles if a.key not in dated_keys), key=lambda a: (sort_key(a.title), a.key)
    )
    if undated:
        lines += [f"## {escape_inline(UNDATED_HEADING)}", ""]
        lines += [f"- {markdown_link(a.title, a.url)}" for a in undated]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
