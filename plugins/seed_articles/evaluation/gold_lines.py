"""Which line numbers of a fixture the gold calls meta, chrome and body.

A gold line text matches every non-blank line with exactly that text (both
normalised like the parser's lines); a number names one line. A reference
that matches nothing is a gold error: the gold and the fixture have drifted
apart, and a silent no-match would hide it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .compare import as_line
from .gold import Gold, GoldError, LineRef


@dataclass(frozen=True)
class LineClasses:
    meta: frozenset[int]
    chrome: frozenset[int]
    body: tuple[int, ...]  # every other non-blank line, in order


def classify_lines(gold: Gold, lines: dict[int, str]) -> LineClasses:
    """Split the fixture's non-blank ``lines`` (number → normalised text) as the gold says."""
    meta = _resolve(gold, "meta", gold.meta, lines)
    chrome = _resolve(gold, "chrome", gold.chrome, lines)
    # A line listed as both (e.g. the headline also named as "repeated title") is
    # not body either way; it is scored as chrome, the stricter check.
    body = tuple(no for no in sorted(lines) if no not in meta and no not in chrome)
    return LineClasses(frozenset(meta), frozenset(chrome), body)


def _resolve(gold: Gold, key: str, refs: Iterable[LineRef], lines: dict[int, str]) -> set[int]:
    found: set[int] = set()
    by_text: dict[str, list[int]] = {}
    for no, text in lines.items():
        by_text.setdefault(text, []).append(no)
    for ref in refs:
        if isinstance(ref, int):
            if ref not in lines:
                raise GoldError(gold.path, f"line {ref} of seeds/{gold.name}.txt is blank or missing", key)
            found.add(ref)
            continue
        hits = by_text.get(as_line(ref))
        if not hits:
            raise GoldError(gold.path, f"{ref!r} matches no line of seeds/{gold.name}.txt", key)
        found.update(hits)
    return found
