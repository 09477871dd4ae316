"""The glossary page: every entry as its own heading, with backlinks.

Each entry is a ``###`` heading with an explicit ``{#anchor}`` (attr_list,
enabled by the site): the anchor stays stable whatever the heading text,
appears in the table of contents, and Material's search indexes every
heading as its own section, so searching "ĐNQP" finds the entry itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import quote

from ..glossary.model import LETTER_ANCHOR_PREFIX, Glossary, GlossaryEntry, entry_anchor
from ..text.escape import escape_block, escape_inline, link_label
from ..text.vietnamese import first_letter

DEFAULT_TITLE = "Bảng chữ viết tắt"
DEFAULT_INTRO = (
    "Các chữ viết tắt dùng trong bài viết của trang, xếp theo thứ tự chữ cái tiếng Việt. "
    "Mỗi mục ghi dạng đầy đủ (khi đã biết), giải thích ngắn nếu có và danh sách bài viết "
    "dùng chữ viết tắt đó."
)
# Telex spelling keeps letters with marks apart from their base letter in anchors.
_TELEX = {"Ă": "aw", "Â": "aa", "Đ": "dd", "Ê": "ee", "Ô": "oo", "Ơ": "ow", "Ư": "uw"}

Usage = Mapping[str, Sequence[tuple[str, str]]]


def letter_anchor(letter: str) -> str:
    """Anchor of a letter section: ``A``→``chu-a``, ``Đ``→``chu-dd``, ``#``→``chu-so``."""
    if letter == "#":
        return f"{LETTER_ANCHOR_PREFIX}so"
    return LETTER_ANCHOR_PREFIX + _TELEX.get(letter, letter.lower())


def render_glossary_page(
    glossary: Glossary,
    usage: Usage,
    *,
    title: str = DEFAULT_TITLE,
    intro: str = DEFAULT_INTRO,
    only_used: bool = False,
) -> str:
    """Markdown of the glossary page.

    ``usage`` maps an entry key to ``(article title, article URL relative to
    the glossary page)`` pairs; with ``only_used`` entries no article uses
    are left out.
    """
    entries = [e for e in glossary if usage.get(e.key) or not only_used]
    sections: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:  # already in Vietnamese order
        sections.setdefault(first_letter(entry.key), []).append(entry)
    lines = [f"# {escape_inline(title)}", "", escape_block(intro), ""]
    if not entries:
        lines += ["Chưa có chữ viết tắt nào.", ""]
        return "\n".join(lines)
    index = " · ".join(f"[{escape_inline(letter)}](#{letter_anchor(letter)})" for letter in sections)
    lines += [f"**Tra theo chữ cái:** {index}", ""]
    for letter, group in sections.items():
        lines += [f"## {escape_inline(letter)} {{#{letter_anchor(letter)}}}", ""]
        for entry in group:
            lines += _entry_lines(entry, usage.get(entry.key, ()))
    return "\n".join(lines)


def _entry_lines(entry: GlossaryEntry, articles: Sequence[tuple[str, str]]) -> list[str]:
    lines = [f"### {escape_inline(entry.key)} {{#{entry_anchor(entry)}}}", ""]
    if entry.vi.strip():
        lines += [f"**{escape_inline(' '.join(entry.vi.split()))}**", ""]
    elif entry.source == "undefined":
        # An abbreviation articles use that nobody defines (glossary.undefined): no long form.
        # Said plainly, so a reader sees the entry is not broken: the texts never spell it out.
        lines += [
            "*Chưa rõ dạng đầy đủ: bài viết dưới đây dùng chữ viết tắt này mà không ghi tên đầy đủ.*",
            "",
        ]
    if entry.alternatives:
        wordings = "; ".join(escape_inline(" ".join(text.split())) for text in entry.alternatives)
        lines += [f"*Còn viết là:* {wordings}", ""]
    if entry.en:
        lines += [f"*Tiếng Anh:* {escape_inline(' '.join(entry.en.split()))}", ""]
    if entry.description:
        lines += [escape_block(entry.description), ""]
    if entry.variants:
        variants = ", ".join(escape_inline(v) for v in entry.variants)
        lines += [f"*Cách viết khác:* {variants}", ""]
    if entry.source == "discovered":
        lines += ["*Định nghĩa được nhận diện tự động từ nội dung bài viết.*", ""]
    unique = list(dict.fromkeys((title, url) for title, url in articles))
    if not unique:
        lines += ["Chưa có bài viết nào dùng chữ viết tắt này.", ""]
        return lines
    lines += [f"Xuất hiện trong {len(unique)} bài viết:", ""]
    lines += [f"- [{link_label(title)}]({_link_target(url)})" for title, url in unique]
    lines.append("")
    return lines


def _link_target(url: str) -> str:
    """Percent-encode what could end or confuse a Markdown link destination."""
    return quote(url, safe="/#?=&.-_~%:+,;@!$'*")
