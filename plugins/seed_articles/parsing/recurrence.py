"""When a line that recurs across seeds is chrome (the rule; the counting is in :mod:`.evidence`).

Precision first: losing article text is worse than keeping a menu item.

* in 3 or more seeds: chrome, unless it is prose and the seed shares more
  than :data:`MAX_SHARED_PROSE` prose lines with other seeds (the same
  story syndicated on several sites, whose text is the article);
* in 2 seeds: chrome only when short (a button, a menu item, a label);
  a longer line is kept and reported as suspected;
* lines that carry metadata (a date stamp, names, a source marker) are left
  to the header and signature rules, which read them first.

Rule ids: ``recurring`` (dropped), ``recurring-weak`` (kept, suspected).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .bylines import lead_marker, parse_names, signature_parts
from .dates import find_dates
from .lines import SourceLine, is_prose, syllable_count

RECURRING = "recurring"
RECURRING_WEAK = "recurring-weak"
MIN_SEEDS = 3
MIN_SEEDS_SHORT = 2
MAX_SHORT_SYLLABLES = 6
MAX_SHARED_PROSE = 2  # more long paragraphs shared with other seeds: a syndicated story


def is_meta_shaped(text: str) -> bool:
    """A line the header or signature rules may read: a dated stamp, names, a source line."""
    if any(hit.has_year for hit in find_dates(text)):
        return True
    return bool(parse_names(text) or signature_parts(text) or lead_marker(text))


def recurring_verdicts(content: Sequence[SourceLine], counts: Mapping[int, int]) -> dict[int, str]:
    """For each line seen in another seed: ``recurring`` (chrome) or ``recurring-weak`` (kept)."""
    shared_prose = sum(
        1 for line in content if counts.get(line.no, 1) >= MIN_SEEDS_SHORT and is_prose(line.text)
    )
    syndicated = shared_prose > MAX_SHARED_PROSE
    verdicts: dict[int, str] = {}
    for line in content:
        seen = counts.get(line.no, 1)
        if seen < MIN_SEEDS_SHORT:
            continue
        if syllable_count(line.text) <= MAX_SHORT_SYLLABLES or (
            seen >= MIN_SEEDS and not (syndicated and is_prose(line.text))
        ):
            verdicts[line.no] = RECURRING
        else:
            verdicts[line.no] = RECURRING_WEAK
    return verdicts
