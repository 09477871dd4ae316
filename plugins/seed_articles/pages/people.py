"""The people page: everyone named with a rank or office, A to Z."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import quote

from ..relations.people import Person
from ..text.escape import (
    escape_attribute,
    escape_block,
    escape_inline,
    escape_leading,
    link_label,
)
from ..text.vietnamese import first_letter, sort_key

PAGE_TITLE = "Nhân vật"
INTRO = "Những người được nhắc đến kèm cấp bậc hoặc chức vụ trong các bài viết."


def markdown_url(url: str) -> str:
    """A caller-supplied relative URL made safe inside ``[label](url)``."""
    return quote(url, safe="/#?=&%:.-_~+,;@!$'*")


def markdown_link(title: str, url: str) -> str:
    return f"[{link_label(title)}]({markdown_url(url)})"


def render_people_page(
    people_index: Sequence[Person],
    article_links: Mapping[str, tuple[str, str]],
    title: str = PAGE_TITLE,
) -> str:
    """Markdown of the people page.

    ``article_links`` maps an article key to ``(title, relative URL)``;
    articles missing from it are not linked.
    """
    lines = [f"# {escape_inline(title)}", "", escape_block(INTRO), ""]
    if not people_index:
        lines += ["Chưa có nhân vật nào.", ""]
        return "\n".join(lines)
    current_letter = None
    for person in sorted(people_index, key=lambda p: (sort_key(p.name), p.id)):
        letter = first_letter(person.name)
        if letter != current_letter:
            lines += [f"## {escape_inline(letter)}", ""]
            current_letter = letter
        lines += [f"### {escape_inline(person.name)} {{ #{escape_attribute(person.id)} }}", ""]
        if person.titles:
            lines += [escape_leading(" · ".join(escape_inline(t) for t in person.titles)), ""]
        links = [article_links[key] for key in person.articles if key in article_links]
        lines += [f"- {markdown_link(t, u)}" for t, u in links]
        lines.append("")
    return "\n".join(lines)
