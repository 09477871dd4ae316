"""Unlabelled teasers printed inside the article: a run of other stories' headlines.

Some sites print two or three headlines of other stories, without a label,
right under the sapo (or between the headline and the sapo), then the article
goes on. An article's own subheading stands alone and introduces the
paragraph under it; several headline-shaped lines in a row, with no text
between them, introduce nothing: they are a teaser list. One such line alone
is kept (it may be a subheading: precision before recall), and so is a run
where a line is printed again, whole or as the start of the next (a photo's
alt text and its caption).

A teaser list is printed by one template, so its items are alike: each with its
thumbnail above it, or none with one. A run where one line sits right under a
picture and another does not is the article's own caption next to its own
subheading, not a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from .dates import find_dates
from .figures import is_caption_like, is_image_reference
from .lines import (
    SourceLine,
    ends_sentence,
    is_bullet,
    is_headline_like,
    is_prose,
    starts_lower,
    syllable_count,
)

MIN_TEASER_RUN = 2
MIN_TEASER_HEADLINE_SYLLABLES = 6
_NUMBERED_RE = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}|[a-zđ])[.)]\s+\S")


def is_teaser_headline(text: str) -> bool:
    """A line shaped like another story's headline (not a label, a numbered heading, a heading
    in capitals, a caption or a kicker ending in a colon)."""
    letters = [ch for ch in text if ch.isalpha()]
    return (
        is_headline_like(text)
        and (not ends_sentence(text) or text.rstrip("”\"’' ").endswith(("?", "!")))
        and syllable_count(text) >= MIN_TEASER_HEADLINE_SYLLABLES
        and not is_bullet(text)
        and not is_caption_like(text)
        and not is_image_reference(text)
        and not _NUMBERED_RE.match(text)
        and not text.rstrip().endswith(":")
        and not (letters and all(ch.isupper() for ch in letters))
        and not any(hit.has_year for hit in find_dates(text))  # "Tin đăng lúc : 18-08-2025": a stamp
    )


def teaser_run(
    lines: Sequence[SourceLine],
    need_prose_after: bool = True,
    after: SourceLine | None = None,
    captioned: Set[int] = frozenset(),
) -> list[int]:
    """The numbers of the headline-shaped lines that open ``lines`` when they are at least
    :data:`MIN_TEASER_RUN` in a row (and, with ``need_prose_after``, the article's text goes
    on under them); else none. ``after`` is the line below ``lines`` (the sapo under the lines
    between it and the headline); ``captioned`` the numbers of the lines printed right under a
    picture (a run mixing such lines and others is no template's list).

    A run whose next line opens in lower case is a narrowly wrapped paragraph's first lines
    (``Chúng tôi xuống bến từ sớm`` / ``Mỹ Tho ...`` / ``khi chuyến phà rời bến.``), the sentence going on
    below: a headline stands whole, the line under a teaser list never continues it."""
    run: list[int] = []
    for line in lines:
        if not is_teaser_headline(line.text):
            break
        run.append(line.no)
    if len(run) < MIN_TEASER_RUN:
        return []
    below = lines[len(run)] if len(run) < len(lines) else after
    if below is not None and starts_lower(below.text):
        return []
    texts = [" ".join(line.text.lower().split()) for line in lines[: len(run)]]
    if any(after.startswith(before) for before, after in zip(texts, texts[1:], strict=False)):
        return []  # a line printed again (whole, or as the start of the next): a photo's alt and caption
    if 0 < sum(1 for no in run if no in captioned) < len(run):
        return []  # a caption under the article's picture beside a subheading: items of no one template
    if need_prose_after:
        rest = lines[len(run) :]
        if not rest or not is_prose(rest[0].text):
            return []
    return run
