"""Helpers the parser's rule tests share: parse a few lines, read what was kept and dated."""

from __future__ import annotations

from seed_articles.parsing import parse_result


def parse(*lines: str):
    """The parse of ``lines`` (one per line) as a seed named ``seeds/test.txt``."""
    return parse_result("\n".join(lines), "seeds/test.txt")


def kept(result) -> list[int]:
    """Numbers of the lines kept as article text (lead and body blocks)."""
    return [no for no, role in result.roles.items() if role in ("lead", "block")]


def date_text(result, with_precision: bool = False) -> str | None:
    """The publication date as ``YYYY-MM-DD`` (``--MM-DD`` without a year), or None.

    ``with_precision`` adds the precision when it is not a day, e.g. ``2026-03-12 (minute)``.
    """
    date = result.article.date
    if date is None:
        return None
    if date.year is None:
        return f"--{date.month:02d}-{date.day:02d}"
    day = f"{date.year}-{date.month:02d}-{date.day:02d}"
    return day if not with_precision or date.precision == "day" else f"{day} ({date.precision})"
