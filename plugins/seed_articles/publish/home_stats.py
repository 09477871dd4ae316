"""Home-page block: what the archive holds, and the ways into it.

The lead places it in docs/index.md with a marker; this module only renders
Markdown (Vietnamese labels) from a finished :class:`SiteBuild`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from ..build.types import GLOSSARY_PAGE, GRAPH_PAGE, PEOPLE_PAGE, TAGS_PAGE, TIMELINE_PAGE
from ..pages.glossary import DEFAULT_TITLE as GLOSSARY_TITLE
from ..pages.graph import PAGE_TITLE as GRAPH_TITLE
from ..pages.people import PAGE_TITLE as PEOPLE_TITLE
from ..pages.timeline import PAGE_TITLE as TIMELINE_TITLE
from ..render.vietnamese_dates import format_date_vi
from ..text.escape import escape_inline
from .catalogue import front_matter_of

if TYPE_CHECKING:
    from ..build.types import SiteBuild
    from ..model import ArticleDate

#: Index pages and what a reader finds there, in the order they are offered. The name is
#: the page's own title (its tab and its heading); a generated page's heading wins when the
#: build has the page, so a card never names a page differently from the page itself.
ENTRY_POINTS: tuple[tuple[str, str, str], ...] = (
    (GLOSSARY_PAGE, GLOSSARY_TITLE, "giải thích các chữ viết tắt dùng trong bài"),
    (TAGS_PAGE, "Chủ đề", "bài viết xếp theo chủ đề"),
    (PEOPLE_PAGE, PEOPLE_TITLE, "những người được nhắc đến và các bài nói về họ"),
    (TIMELINE_PAGE, TIMELINE_TITLE, "tất cả bài viết theo tháng đăng"),
    (GRAPH_PAGE, GRAPH_TITLE, "các bài viết và mối liên quan giữa chúng"),
)

#: A heading's trailing attribute list (``{ #id }``) is not part of its name.
_ATTR_LIST = re.compile(r"\s*\{[^{}]*\}\s*$")


def page_title(build: SiteBuild, page: str, default: str) -> str:
    """The Markdown title of a generated page (its first level-1 heading), else ``default``."""
    for line in build.pages.get(page, "").splitlines():
        if line.startswith("# "):
            return _ATTR_LIST.sub("", line[2:]).strip() or default
    return default


def date_range(build: SiteBuild) -> tuple[ArticleDate, ArticleDate] | None:
    dates = [record.parsed.timeline_date for record in build.articles if record.parsed.timeline_date]
    if not dates:
        return None
    return min(dates, key=lambda d: d.sort_tuple()), max(dates, key=lambda d: d.sort_tuple())


def counts(build: SiteBuild) -> dict[str, int]:
    sources: set[str] = set()
    # The glossary entries the articles use: the same number the glossary page lists.
    abbreviations: set[str] = set()
    for record in build.articles:
        meta = front_matter_of(record)
        source = meta.get("source") or record.parsed.source
        if source:
            sources.add(str(source))
        abbreviations.update(str(item) for item in meta.get("abbreviations") or ())
    return {"articles": len(build.articles), "sources": len(sources), "abbreviations": len(abbreviations)}


def render_home_stats(build: SiteBuild, from_src: str, existing: Collection[str] | None = None) -> str:
    """Markdown for the home page: counts, date range and links to the index pages.

    ``existing`` lists the source paths of pages the site has; by default the
    generated pages plus the hand-written topics page. Pages not in it get no
    link, so ``--strict`` never fails on a missing index page.
    """
    from ..render.links import relative_md

    available = set(existing) if existing is not None else set(build.pages) | {TAGS_PAGE}
    numbers = counts(build)
    lines = ['<div class="seed-stats" markdown>', ""]
    lines.append(f"- **{numbers['articles']}** bài viết")
    lines.append(f"- **{numbers['sources']}** nguồn báo")
    lines.append(f"- **{numbers['abbreviations']}** chữ viết tắt được giải thích")
    span = date_range(build)
    if span is not None:
        # Days are enough for a range: drop the time of day.
        oldest, newest = (
            escape_inline(format_date_vi(replace(d, hour=None, minute=None, second=None))) for d in span
        )
        when = oldest if oldest == newest else f"từ {oldest} đến {newest}"
        lines.append(f"- Thời gian đăng: {when}")
    lines += ["", "</div>"]
    links = [
        f"- [{page_title(build, page, title)}]({relative_md(from_src, page)}) — {description}"
        for page, title, description in ENTRY_POINTS
        if page in available
    ]
    if links:
        lines += ["", '<div class="grid cards seed-entry-points" markdown>', "", *links, "", "</div>"]
    return "\n".join(lines) + "\n"
