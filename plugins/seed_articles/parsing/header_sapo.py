"""The lead's copies: a sapo printed again under the headline, cut short with an ellipsis,
or the page's description run together with the text's first paragraph."""

from __future__ import annotations

from collections.abc import Sequence

from .header_headlines import _title_candidate
from .lines import SourceLine, is_prose


def _sapo_printed_again(lines: Sequence[SourceLine], lead_index: int | None) -> int | None:
    """The index of the sapo's second copy when the page prints it above the headline too.

    Some sites show the sapo first, then the headline and stamp, then the article with the
    sapo again: the copy in the article's position (under the headline) is the lead.
    """
    if lead_index is None:
        return None
    text = lines[lead_index].text
    above = {line.text for line in lines[:lead_index]}
    for index in range(lead_index + 1, len(lines)):
        if lines[index].text == text:
            between = lines[lead_index + 1 : index]
            headline = any(_title_candidate(line.text) and not is_prose(line.text) for line in between)
            # a story card printed twice (a search page's first result) repeats its headline too
            card = any(line.text in above for line in between)
            prose = any(is_prose(line.text) for line in between)
            return index if headline and not card and not prose else None
        if is_prose(lines[index].text):
            return None
    return None


MIN_CUT_SAPO_CHARS = 40


def _sapo_cut_short(lines: Sequence[SourceLine], lead_index: int | None) -> int | None:
    """The index of the full sapo when the lead candidate is its copy cut short with an
    ellipsis (``Chiều 24/10, ... thực thi EVFTA…``) and the next line is the whole of it."""
    if lead_index is None or lead_index + 1 >= len(lines):
        return None
    text = lines[lead_index].text.rstrip()
    if not text.endswith(("…", "...")):
        return None
    cut = text.rstrip(".…").rstrip()
    full = lines[lead_index + 1].text
    if len(cut) < MIN_CUT_SAPO_CHARS or len(full) <= len(cut) or not full.startswith(cut):
        return None
    return lead_index + 1


MAX_SNIPPET_GAP = 6  # the page's description above its own header lines and the text
SNIPPET_PROBE_CHARS = 40


def _description_snippet(lines: Sequence[SourceLine], lead_index: int | None) -> int | None:
    """The index of the text's first paragraph when the lead candidate is the page's description
    (a document-sharing or catalogue page): the headline and the document's opening run together
    and cut with an ellipsis (``Tài liệu <headline>: <TITLE> <author> <first words>...``), the
    paragraph itself printed in full a few lines under it."""
    if lead_index is None:
        return None
    text = lines[lead_index].text.rstrip()
    if not text.endswith(("…", "...")):
        return None
    cut = text.rstrip(".…").rstrip()
    for index in range(lead_index + 2, min(len(lines), lead_index + 1 + MAX_SNIPPET_GAP)):
        full = lines[index].text
        start = cut.find(full[:SNIPPET_PROBE_CHARS])
        if len(full) < SNIPPET_PROBE_CHARS or start <= 0:
            continue
        if (
            len(cut) - start >= MIN_CUT_SAPO_CHARS
            and full.startswith(cut[start:])
            and len(full) > len(cut) - start
        ):
            return index
    return None
