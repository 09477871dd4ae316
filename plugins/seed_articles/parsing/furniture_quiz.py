"""The text's own blocks no furniture rule may take: a quiz, a document's recipient list.

An explainer or a lesson often closes with a review question ("Câu hỏi củng cố:", a question,
lettered options "A. …", "B. …", then "Đáp án: B"). Each line alone looks like chrome (a
short label that every page of the site prints, an option as short as a menu item), but
together they have a shape no widget has: a question ending in "?", two or more options
lettered in order from A, and an answer line naming one of those letters. A poll widget has
options but no answer; a related list has neither letters nor an answer. Only a block with
all three parts is kept (precision first: a partial block is left to the other rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import SourceLine, syllable_count

MIN_OPTIONS = 2
MAX_LABEL_SYLLABLES = 6  # "Câu hỏi củng cố:", "Kiểm tra nhanh:": a short label over the question

# "A. 20/11/2026", "B) Lần thứ XII": an option lettered in capitals
_OPTION_RE = re.compile(r"^(?P<letter>[A-H])[.)]\s+\S")
# "Đáp án: B", "Đáp án đúng: C.", "Đáp án: B. 20/11/2026": the answer names one option's letter
_ANSWER_RE = re.compile(r"^Đáp án(?:\s+đúng)?\s*[:：-]\s*(?P<letter>[A-H])(?:\s*$|[.)]\s*(?:\S.*)?$)")


def _option_letter(text: str) -> str | None:
    match = _OPTION_RE.match(text.strip())
    return match.group("letter") if match else None


def _options_above(content: Sequence[SourceLine], answer_index: int) -> int | None:
    """Index of the first option of the run lettered A, B, C … ending right above the answer."""
    index, letters = answer_index - 1, []
    while index >= 0 and (letter := _option_letter(content[index].text)) is not None:
        letters.append(letter)
        index -= 1
    letters.reverse()
    expected = [chr(ord("A") + offset) for offset in range(len(letters))]
    if len(letters) < MIN_OPTIONS or letters != expected:
        return None
    return index + 1


def quiz_lines(content: Sequence[SourceLine]) -> set[int]:
    """Line numbers of each complete quiz block: [label:] question? options A, B … answer."""
    found: set[int] = set()
    for index, line in enumerate(content):
        match = _ANSWER_RE.match(line.text.strip())
        if match is None:
            continue
        first = _options_above(content, index)
        if first is None or first == 0:
            continue
        letters = {_option_letter(content[at].text) for at in range(first, index)}
        question = content[first - 1]
        if match.group("letter") not in letters or not question.text.rstrip().endswith("?"):
            continue
        start = first - 1
        label = content[start - 1] if start > 0 else None
        if (
            label is not None
            and label.text.rstrip().endswith(":")
            and syllable_count(label.text) <= MAX_LABEL_SYLLABLES
        ):
            start -= 1
        found |= {content[at].no for at in range(start, index + 1)}
    return found


# --- a legal document's recipient list ---------------------------------------------

# "Nơi nhận:" alone on its line, over the list of the bodies an official document is sent to
_RECIPIENTS_LABEL_RE = re.compile(r"^Nơi\s+nhận\s*:$", re.IGNORECASE)
# "- Như Điều 3;", "- Bộ Ngoại giao;", "- Lưu: VT, NV.": a dashed item closed by ";", "." or ","
_RECIPIENT_RE = re.compile(r"^[-–+•]\s*\S.*[;.,]$")
MIN_RECIPIENTS = 2
MAX_RECIPIENTS = 20
MAX_RECIPIENT_SYLLABLES = 20


def recipient_lines(content: Sequence[SourceLine]) -> set[int]:
    """The recipient list closing an official document (``Nơi nhận:`` then its dashed items):
    part of the document, however many documents of the folder print the same words (``- Như
    Điều 3;``) and though it follows the closing mark ``./.``. A label with fewer than
    :data:`MIN_RECIPIENTS` items is left to the other rules."""
    found: set[int] = set()
    for index, line in enumerate(content):
        if not _RECIPIENTS_LABEL_RE.match(line.text.strip()):
            continue
        items = []
        for after in content[index + 1 : index + 1 + MAX_RECIPIENTS]:
            text = after.text.strip()
            if not _RECIPIENT_RE.match(text) or syllable_count(text) > MAX_RECIPIENT_SYLLABLES:
                break
            items.append(after.no)
        if len(items) >= MIN_RECIPIENTS:
            found |= {line.no, *items}
    return found
