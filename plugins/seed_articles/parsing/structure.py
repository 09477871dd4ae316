"""Body lines → blocks: paragraphs, subheadings, figures, lists.

Scraped text has one element per line whether or not blank lines separate
them, so a line is the unit. Exceptions:

* an image reference (``picture1.png``, or a file name without extension right
  above a credited caption: ``TPP-MCCAIN-02``) takes the caption on the next line;
* consecutive bullet lines form one list;
* a line that does not end a sentence, directly followed (no blank line)
  by a line starting in lower case, is a hard-wrapped paragraph and is
  joined with it.

Short standalone caption-like sentences *without* a photo credit (seed 002:
``Thượng tướng Nguyễn Chí Vịnh phát biểu tại hội nghị.``) stay paragraphs:
nothing in the text proves an image was there, and a one-sentence paragraph
is common prose (seed 000 line 13). Calling prose a caption would hide real
text in small italics; keeping a caption as a paragraph costs little.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Block
from .figures import MAX_CAPTION_SYLLABLES, is_bare_file_name, is_image_reference, is_photo_caption
from .lines import (
    SourceLine,
    ends_sentence,
    is_bullet,
    is_headline_like,
    is_prose,
    starts_lower,
    strip_bullet,
    syllable_count,
)

MAX_HEADING_SYLLABLES = 25
IMAGE_ROLE = "image"


def line_roles(blocks: Sequence[Block], placed: dict[int, int]) -> dict[int, str]:
    """Ledger role of each placed line: ``image`` for a figure's file name, else ``block``.

    A file name (``picture1.png``) is the figure's reference to a picture the
    copy does not hold, not text of the article: the figure keeps it, the
    ledger does not count it as body text.
    """
    images = {block.line for block in blocks if block.kind == "figure" and block.image}
    return {no: IMAGE_ROLE if no in images else "block" for no in placed}


def build_blocks(lines: Sequence[SourceLine]) -> tuple[list[Block], dict[int, int]]:
    """Blocks of the body and, for each consumed line, the index of its block."""
    blocks: list[Block] = []
    placed: dict[int, int] = {}
    index = 0
    count = len(lines)

    def place(block: Block, consumed: Sequence[SourceLine]) -> None:
        for line in consumed:
            placed[line.no] = len(blocks)
        blocks.append(block)

    while index < count:
        line = lines[index]
        text = line.text
        following = lines[index + 1] if index + 1 < count else None
        if is_image_reference(text) or _named_above_caption(line, following):
            if following is not None and _is_caption_of(line, following):
                place(Block("figure", text=following.text, image=text, line=line.no), [line, following])
                index += 2
            else:
                place(Block("figure", image=text, line=line.no), [line])
                index += 1
            continue
        if is_photo_caption(text):
            place(Block("figure", text=text, line=line.no), [line])
            index += 1
            continue
        if is_bullet(text):
            items: list[SourceLine] = [line]
            index += 1
            while index < count and (
                is_bullet(lines[index].text) or _continues(items[-1], lines[index], allow_indent=True)
            ):
                items.append(lines[index])
                index += 1
            place(Block("list", items=_list_items(items), line=line.no), items)
            continue
        if following is not None and not _continues(line, following) and _is_heading(text, following):
            place(Block("heading", text=text, line=line.no), [line])
            index += 1
            continue
        parts = [line]
        index += 1
        while index < count and _continues(parts[-1], lines[index]):
            parts.append(lines[index])
            index += 1
        place(Block("paragraph", text=" ".join(part.text for part in parts), line=line.no), parts)
    return blocks, placed


def _named_above_caption(line: SourceLine, following: SourceLine | None) -> bool:
    """A picture's file name without extension (``TPP-MCCAIN-02``) right above its credited caption."""
    return (
        following is not None
        and following.no == line.no + 1
        and is_bare_file_name(line.text)
        and is_photo_caption(following.text)
    )


def _is_caption_of(image: SourceLine, candidate: SourceLine) -> bool:
    text = candidate.text
    if is_image_reference(text) or is_bullet(text) or syllable_count(text) > MAX_CAPTION_SYLLABLES:
        return False
    adjacent = candidate.no == image.no + 1
    return adjacent or is_photo_caption(text)


def _is_heading(text: str, following: SourceLine) -> bool:
    """A short standalone line without final punctuation, followed by body content."""
    if not is_headline_like(text, MAX_HEADING_SYLLABLES) or is_photo_caption(text):
        return False
    nxt = following.text
    return is_prose(nxt) or is_bullet(nxt) or is_image_reference(nxt) or is_photo_caption(nxt)


def _continues(previous: SourceLine, line: SourceLine, allow_indent: bool = False) -> bool:
    """``line`` is the hard-wrapped rest of ``previous``."""
    if line.no != previous.no + 1 or is_bullet(line.text) or is_image_reference(line.text):
        return False
    if allow_indent and line.indent > 0 and not is_bullet(line.text):
        return True
    return not ends_sentence(previous.text) and starts_lower(line.text)


def _list_items(lines: Sequence[SourceLine]) -> tuple[str, ...]:
    items: list[str] = []
    for line in lines:
        if is_bullet(line.text) or not items:
            items.append(strip_bullet(line.text))
        else:
            items[-1] = f"{items[-1]} {line.text}"
    return tuple(items)
