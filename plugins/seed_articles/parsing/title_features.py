"""The headline as a scored choice among the header's lines.

Every title-shaped line above the lead is a candidate (a line printed twice
competes once, as its first copy). Each is described by what a reader sees
in it, on any site: where it sits (lines to the lead, rank among the
candidates, a stamp or byline right under it), its size and case (syllables,
capitals, words in title case, glued words such as ``Trang chủNewsThời sự``),
whether it is printed again, recurs in the folder's other seeds or is made
of the menu's labels, whether it looks like a site or agency name, a label,
a breadcrumb or widget, and how many of its words the lead repeats. The
model of :mod:`.choice` scores them; the best wins when it is likely enough.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set

from .bylines import Byline
from .choice import Candidate, choose
from .chrome import is_breadcrumb, is_widget
from .dates import find_dates
from .lines import SourceLine, ends_sentence, lower_tokens, syllable_count

MAX_DISTANCE = 8
MAX_RANK = 5
SAPO_SYLLABLES = 22  # a headline rarely runs this long; a sapo without its period does
MAX_GAP = 2  # blank lines at most between a headline and the line right under it
_GLUE_RE = re.compile(r"[a-zà-ỹđ][A-ZÀ-ỸĐ]")
_SEPARATOR_RE = re.compile(r"\s[|>»›/]\s|\s[|>»›]|[|>»›]\s")


def title_features(
    region: Sequence[SourceLine],
    candidates: Sequence[int],
    context: TitleContext,
) -> list[Candidate[int]]:
    """Features of each candidate index of ``region`` (the header lines above the lead)."""
    texts = Counter(line.text for line in region)
    found: list[Candidate[int]] = []
    lead_words = set(lower_tokens(context.lead)) if context.lead else set()
    n = len(region)
    for rank, index in enumerate(candidates):
        line = region[index]
        text = line.text
        words = lower_tokens(text)
        letters = [ch for ch in text if ch.isalpha()]
        upper = sum(1 for ch in letters if ch.isupper())
        raw_words = text.split()
        previous = region[index - 1] if index > 0 else None
        following = region[index + 1] if index + 1 < n else None
        below = context.bylines.get(following.no) if following is not None else None
        above = context.bylines.get(previous.no) if previous is not None else None
        syllables = syllable_count(text)
        features = {
            "lines_to_lead": min(n - 1 - index, MAX_DISTANCE) / MAX_DISTANCE,
            "last_line": float(index == n - 1),
            "rank_from_end": min(len(candidates) - 1 - rank, MAX_RANK) / MAX_RANK,
            "rank_from_start": min(rank, MAX_RANK) / MAX_RANK,
            "only_candidate": float(len(candidates) == 1),
            "first_line": float(index == 0),
            "syllables": min(syllables, 40) / 10,
            "short": float(syllables < 4),
            "very_short": float(syllables < 3),
            "long": float(syllables >= 8),
            "chars": min(len(text), 250) / 100,
            "asks": float(text.rstrip("”\"’' ").endswith(("?", "!"))),
            "caps_ratio": upper / len(letters) if letters else 0.0,
            "all_caps": float(bool(letters) and upper == len(letters)),
            "title_case_words": sum(1 for word in raw_words if word[:1].isupper()) / len(raw_words),
            "digits": float(any(ch.isdigit() for ch in text)),
            "has_date": float(bool(find_dates(text))),
            "printed_twice_above": float(texts[text] > 1),
            "printed_again_below": float(words in context.after_keys),
            "recurs_in_folder": float(line.no in context.recurring),
            "menu_copy": float(line.no in context.menu_copies),
            "made_of_labels": float(line.no in context.label_runs),
            "furniture_name": float(line.no in context.furniture),
            "label_shaped": float(line.no in context.label_shaped),
            "breadcrumb_or_widget": float(is_breadcrumb(text) or is_widget(text)),
            "glued_stamp": float(line.no in context.glued),
            "stamp_below": float(below is not None and bool(below.stamp)),
            "byline_below": float(below is not None and bool(below.authors)),
            "stamp_above": float(above is not None and bool(above.stamp)),
            "glued_words": min(len(_GLUE_RE.findall(text)), 3) / 3,
            "separators": min(len(_SEPARATOR_RE.findall(text)), 3) / 3,
            "columns": float(line.columns > 1),
            "ends_with_other_line": float(
                any(other.text != text and text.endswith(" " + other.text) for other in region)
                or any(
                    other.text != text and len(other.text) > 8 and text.endswith(other.text)
                    for other in region
                )
            ),
            "kicker": float(text.rstrip().endswith(":")),
            "lead_overlap": (
                sum(1 for word in words if word in lead_words) / len(words) if words and lead_words else 0.0
            ),
            "no_lead": float(not context.lead),
            "candidate_above": float(_adjacent(region, index, -1, context.candidate_set)),
            "candidate_below": float(_adjacent(region, index, 1, context.candidate_set)),
            "label_above": float(previous is not None and previous.no in context.label_shaped),
            "prose_shaped": float(ends_sentence(text)),
            "sapo_length": float(syllables >= SAPO_SYLLABLES),
            # a headline under its kicker or label is the longer line; a sapo-long line under a
            # headline is no such evidence
            "longer_than_candidate_above": float(
                _adjacent(region, index, -1, context.candidate_set)
                and syllable_count(region[index - 1].text) < syllables < SAPO_SYLLABLES
            ),
        }
        found.append(Candidate(index, text, features))
    return found


def _adjacent(region: Sequence[SourceLine], index: int, step: int, candidates: Set[int]) -> bool:
    other = index + step
    if not 0 <= other < len(region) or other not in candidates:
        return False
    return abs(region[other].no - region[index].no) <= MAX_GAP


class TitleContext:
    """What the header knows about its lines, for the features."""

    def __init__(
        self,
        *,
        bylines: dict[int, Byline | None],
        recurring: Set[int],
        glued: Set[int],
        lead: str,
        after: Sequence[str],
        menu_copies: Set[int],
        label_runs: Set[int],
        furniture: Set[int],
        label_shaped: Set[int],
    ) -> None:
        self.bylines = bylines
        self.recurring = recurring
        self.glued = glued
        self.lead = lead
        self.after_keys = {lower_tokens(text) for text in after}
        self.menu_copies = menu_copies
        self.label_runs = label_runs
        self.furniture = furniture
        self.label_shaped = label_shaped
        self.candidate_set: set[int] = set()


def choose_title(
    region: Sequence[SourceLine], candidates: Sequence[int], context: TitleContext
) -> int | None:
    """The index of the headline in ``region``, or None (the title is derived)."""
    context.candidate_set = set(candidates)
    decision = choose("title", title_features(region, candidates, context))
    return decision.chosen.item if decision.chosen is not None else None
