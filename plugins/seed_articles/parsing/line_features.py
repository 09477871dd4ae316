"""Chrome by a learned line model: the lines the rules leave in the body, scored one by one.

The rules of :mod:`.chrome`, :mod:`.boilerplate`, :mod:`.recurrence` ... name
the furniture they know. What they leave as body blocks is described here by
general shapes, never by a site's words: where the line sits (before the
sapo, after the last long paragraph, how far from them), its size, whether
it reads as a sentence (final punctuation, a share of lower-case words),
digits, capitals, separators (``|``, ``»``, ``/``, ``•``), link-ish tokens,
words no Vietnamese syllable spells, recurrence in the folder's other seeds,
and its neighbours (lines the rules dropped, a run of short lines, a widget
label above). The ``chrome`` model of :mod:`.choice` gives each line a
probability of being chrome; a line at or above the model's threshold is
dropped (rule id ``chrome-model``).

Precision first: the threshold is fitted so that on sites the model did not
see it drops (almost) no body line (:mod:`..evaluation.train`), and a long
sentence line, a photo caption, a table row or an image's file name is never
a candidate (:func:`never_dropped`); a listing's items are never scored.

The step runs only when a ``chrome`` model is loaded (or training data is
recorded): the shipped model file holds none, since under that bar the
leave-sites-out measurement showed no gain (``crossval --chrome``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

from .boilerplate import is_related_label
from .choice import Candidate, classify, is_recording, model
from .figures import is_bare_file_name, is_image_reference, is_photo_caption
from .lines import (
    SourceLine,
    ends_sentence,
    is_bullet,
    is_headline_like,
    is_prose,
    is_vietnamese_syllable,
    starts_lower,
    starts_upper,
    syllable_count,
)

CHROME_MODEL = "chrome-model"
LONG_PROSE_SYLLABLES = 20  # a sentence line this long is never dropped by the model
LONG_PARAGRAPH_SYLLABLES = 30  # the article's paragraphs: what "after the last one" means
SHORT_SYLLABLES = 8
LONG_LOWER_SYLLABLES = 25
LOWER_SHARE = 0.6
MAX_DISTANCE = 10
MAX_RUN = 6
RELATED_REACH = 8  # lines under a widget label still read as its items
_SEPARATOR_RE = re.compile(r"\s[|»>›/•·–-]\s|\s[|»›•]|[|»›•]\s")
_LINK_RE = re.compile(r"https?:|www\.|\.(?:vn|com|net|org)\b|@", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+")
_DIGIT_RUN_RE = re.compile(r"\d+")
_CLOCK_RE = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}/\d{1,2}\b")
_PROSE_END = tuple(".?!…")
_MARKUP_RE = re.compile(r"</?[a-zA-Z][^>]{0,40}>|&[a-z]{2,6};")
_CREDIT_WORD_RE = re.compile(r"©|\b(?:Ảnh|ẢNH|Photo|Clip|Video|Nguồn)\s*[:.]", re.IGNORECASE)


def is_long_prose(text: str) -> bool:
    """A sentence line of some length: article text, whatever the model says."""
    return ends_sentence(text) and syllable_count(text) >= LONG_PROSE_SYLLABLES


def never_dropped(text: str) -> bool:
    """Lines the model never scores: long prose, a photo caption (its credit closing it), a
    table row (``| cell | cell |``)."""
    return (
        is_long_prose(text)
        or _is_long_lower(text)
        or is_photo_caption(text)
        or _is_table_row(text)
        or is_image_reference(text)
        or is_bare_file_name(text)
    )


def _is_long_lower(text: str) -> bool:
    """A long line of mostly lower-case words: prose, however it ends (a cut paragraph, markup
    residue after its period); a menu or a list of headlines is capitalised word after word."""
    if syllable_count(text) < LONG_LOWER_SYLLABLES:
        return False
    words = _WORD_RE.findall(text)
    return sum(1 for word in words if word.islower()) >= LOWER_SHARE * len(words)


def _is_table_row(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("|") and stripped.count("|") >= 3


def _shape(text: str) -> dict[str, float]:
    """The features of the line's own text."""
    syllables = syllable_count(text)
    words = _WORD_RE.findall(text)
    n_words = len(words) or 1
    letters = [ch for ch in text if ch.isalpha()]
    upper = sum(1 for ch in letters if ch.isupper())
    digits = sum(1 for ch in text if ch.isdigit())
    stripped = text.rstrip("”\"’')]» ")
    foreign = sum(1 for word in words if not word.isupper() and not is_vietnamese_syllable(word))
    return {
        "syllables": min(syllables, 40) / 10,
        "chars": min(len(text), 300) / 100,
        "very_short": float(syllables <= 2),
        "short": float(syllables <= SHORT_SYLLABLES),
        "ends_sentence": float(stripped.endswith(_PROSE_END)),
        "ends_colon": float(stripped.endswith(":")),
        "ends_comma": float(stripped.endswith((",", ";"))),
        "asks": float(stripped.endswith(("?", "!"))),
        "prose": float(is_prose(text)),
        "headline_like": float(is_headline_like(text)),
        "starts_upper": float(starts_upper(text)),
        "starts_lower": float(starts_lower(text)),
        "starts_quote": float(text[:1] in "“\"'‘«"),
        "lower_words": sum(1 for word in words if word.islower()) / n_words,
        "title_words": sum(1 for word in words if word[:1].isupper() and not word.isupper()) / n_words,
        "caps_words": sum(1 for word in words if len(word) > 1 and word.isupper()) / n_words,
        "all_caps": float(bool(letters) and upper == len(letters)),
        "digit_share": digits / len(text) if text else 0.0,
        "numbers": min(len(_DIGIT_RUN_RE.findall(text)), 4) / 4,
        "clock_or_day": float(bool(_CLOCK_RE.search(text))),
        "only_digits": float(not letters and digits > 0),
        "separators": min(len(_SEPARATOR_RE.findall(text)), 3) / 3,
        "linkish": float(bool(_LINK_RE.search(text))),
        "foreign_words": foreign / n_words,
        "no_words": float(not words),
        "bullet": float(is_bullet(text)),
        "brackets": float(text.startswith(("[", "(")) and text.rstrip().endswith(("]", ")"))),
        "commas": min(text.count(","), 4) / 4,
        "glued_words": min(_glued(text), 3) / 3,
        "markup": float(bool(_MARKUP_RE.search(text))),
        "credit_word": float(bool(_CREDIT_WORD_RE.search(text))),
    }


def _glued(text: str) -> int:
    """Words typed together (``Anh NguyễnTàu``): a lower-case letter right before a capital."""
    return sum(1 for a, b in zip(text, text[1:], strict=False) if a.islower() and b.isupper())


class LineContext:
    """What the parser knows about the lines when the rules are done."""

    def __init__(
        self,
        content: Sequence[SourceLine],
        roles: Mapping[int, str],
        start: int,
        recurring: Mapping[int, str],
        suspected: Set[int],
    ) -> None:
        self.content = content
        self.roles = roles
        self.start = start  # the lead's line (0 without one)
        self.recurring = recurring
        self.suspected = suspected


def chrome_features(context: LineContext, candidates: Sequence[int]) -> list[Candidate[int]]:
    """Features of each candidate index of ``context.content`` (the lines the rules kept)."""
    content, roles = context.content, context.roles
    n = len(content)
    kept = [i for i, line in enumerate(content) if line.no not in roles or roles[line.no] == "lead"]
    long_lines = [
        i
        for i in kept
        if syllable_count(content[i].text) >= LONG_PARAGRAPH_SYLLABLES or roles.get(content[i].no) == "lead"
    ]
    first_long = long_lines[0] if long_lines else n
    last_long = long_lines[-1] if long_lines else -1
    lead_index = next((i for i, line in enumerate(content) if line.no == context.start), -1)
    short = [not is_prose(line.text) and syllable_count(line.text) <= SHORT_SYLLABLES for line in content]
    dropped = [roles.get(line.no, "").startswith("dropped:") for line in content]
    labels = [i for i, line in enumerate(content) if is_related_label(line.text)]
    found: list[Candidate[int]] = []
    for index in candidates:
        line = content[index]
        features = _shape(line.text)
        run = _run(short, index)
        label_above = max((i for i in labels if i < index), default=-RELATED_REACH - 1)
        features.update(
            {
                "position": index / max(n - 1, 1),
                "before_lead": float(lead_index >= 0 and index < lead_index),
                "no_lead": float(lead_index < 0),
                "before_first_long": float(index < first_long),
                "after_last_long": float(index > last_long),
                "to_first_long": min(max(first_long - index, 0), MAX_DISTANCE) / MAX_DISTANCE,
                "past_last_long": min(max(index - last_long, 0), MAX_DISTANCE) / MAX_DISTANCE,
                "near_long": float(any(abs(i - index) == 1 for i in long_lines)),
                "short_run": min(run, MAX_RUN) / MAX_RUN,
                "prev_dropped": float(index > 0 and dropped[index - 1]),
                "next_dropped": float(index + 1 < n and dropped[index + 1]),
                "dropped_near": sum(dropped[max(0, index - 3) : index + 4]) / 6,
                "prev_short": float(index > 0 and short[index - 1]),
                "next_short": float(index + 1 < n and short[index + 1]),
                "prev_prose": float(index > 0 and is_prose(content[index - 1].text)),
                "next_prose": float(index + 1 < n and is_prose(content[index + 1].text)),
                "under_label": float(index - label_above <= RELATED_REACH),
                "recurs": float(line.no in context.recurring),
                "suspected": float(line.no in context.suspected),
                "columns": float(line.columns > 1),
                "indented": float(line.indent > 0),
            }
        )
        found.append(Candidate(line.no, line.text, features))
    return found


def _run(short: Sequence[bool], index: int) -> int:
    """How many short lines in a row the line sits in (0 when it is not short)."""
    if not short[index]:
        return 0
    low = index
    while low > 0 and short[low - 1]:
        low -= 1
    high = index
    while high + 1 < len(short) and short[high + 1]:
        high += 1
    return high - low + 1


def model_wanted() -> bool:
    """Whether there is a chrome model to apply (or training data to record): the shipped
    model file may hold none, and then this step costs nothing."""
    return is_recording() or model("chrome") is not None


def model_chrome(context: LineContext, protected: Set[int]) -> dict[int, str]:
    """The kept lines the chrome model takes for furniture (long prose and protected lines never).

    While training data is recorded, the lines the rules dropped are described too: the model
    learns chrome from all the furniture of the training sites, not only from what their rules
    left over (on a site the rules were tuned on, almost nothing)."""
    roles = context.roles
    free = [
        index
        for index, line in enumerate(context.content)
        if line.no not in roles and line.no not in protected and not never_dropped(line.text)
    ]
    if not is_recording():
        scored = chrome_features(context, free) if free else []
        return {candidate.item: CHROME_MODEL for candidate in classify("chrome", scored)}
    described = [
        index
        for index, line in enumerate(context.content)
        if (line.no not in roles or roles[line.no].startswith("dropped:"))
        and line.no not in protected
        and not never_dropped(line.text)
    ]
    everything = chrome_features(context, described)
    wanted = {context.content[index].no for index in free}
    scored = [candidate for candidate in everything if candidate.item in wanted]
    return {candidate.item: CHROME_MODEL for candidate in classify("chrome", scored, everything)}
