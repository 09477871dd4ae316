"""The generated part of the home page: latest articles, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..render.vietnamese_dates import format_date_vi
from ..text.escape import escape_block, escape_inline, link_label

if TYPE_CHECKING:
    from ..build.types import SiteBuild

#: Where the plugin inserts the list in ``docs/index.md``.
HOME_MARKER = "<!-- seed-articles:latest -->"
#: Where the plugin inserts the archive's counts and entry points.
STATS_MARKER = "<!-- seed-articles:stats -->"


def expand_home_markers(markdown: str, build: SiteBuild, from_src: str, count: int) -> str:
    """Replace the markers of a hand-written page with generated Markdown."""
    from .home_stats import render_home_stats

    if HOME_MARKER in markdown:
        markdown = markdown.replace(HOME_MARKER, render_home_list(build, from_src, count))
    if STATS_MARKER in markdown:
        markdown = markdown.replace(STATS_MARKER, render_home_stats(build, from_src))
    return markdown


def render_home_list(build: SiteBuild, from_src: str, count: int) -> str:
    from ..render.links import relative_md

    if not build.articles:
        return "_Chưa có bài viết nào._"
    lines: list[str] = ['<div class="seed-latest" markdown>', ""]
    for record in build.articles[:count] if count else build.articles:
        article = record.parsed
        details = " · ".join(part for part in (format_date_vi(article.date), article.source) if part)
        lines.append(f"### [{link_label(article.title)}]({relative_md(from_src, record.src_uri)})")
        lines.append("")
        if details:
            lines.append(f'<p class="seed-latest__meta" markdown>{escape_inline(details)}</p>')
            lines.append("")
        if article.summary:
            lines.append(escape_block(article.summary))
            lines.append("")
    lines.append("</div>")
    return "\n".join(lines)
