"""A breadcrumb printed as a numbered list above the headline: ``1. Tin tức - Thông báo`` /
``2. Tin tức`` (government portals built on one CMS print their location this way).

Only a run numbered from 1, line under line, above the first paragraph, whose first item
names a menu line printed above it, is read as such: a document's own numbered list comes
under its text, and its first item repeats no menu.

Rule id: ``breadcrumb``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import SourceLine, ends_sentence, is_prose, syllable_count

BREADCRUMB = "breadcrumb"
_NUMBERED_CRUMB_RE = re.compile(r"(?P<number>\d{1,2})\s*[.)]\s+(?P<name>\S.*)")
MAX_CRUMB_SYLLABLES = 8


def _crumb(text: str) -> tuple[int, str] | None:
    match = _NUMBERED_CRUMB_RE.fullmatch(text.strip())
    if match is None or ends_sentence(text) or syllable_count(match.group("name")) > MAX_CRUMB_SYLLABLES:
        return None
    return int(match.group("number")), match.group("name").strip()


def numbered_breadcrumbs(lines: Sequence[SourceLine]) -> dict[int, str]:
    """The numbered breadcrumb above the first paragraph, else nothing."""
    first_prose = next((index for index, line in enumerate(lines) if is_prose(line.text)), len(lines))
    above: set[str] = set()
    for index, line in enumerate(lines[:first_prose]):
        crumb = _crumb(line.text)
        if crumb is None or crumb[0] != 1 or crumb[1] not in above:
            above.add(line.text.strip())
            continue
        run = [line]
        for following in lines[index + 1 : first_prose]:
            item = _crumb(following.text)
            if item is None or item[0] != len(run) + 1 or following.no != run[-1].no + 1:
                break
            run.append(following)
        return dict.fromkeys((item.no for item in run), BREADCRUMB)
    return {}
