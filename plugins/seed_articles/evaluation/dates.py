"""Comparing a parsed date with the gold date.

Both sides are reduced to ISO text and a precision string. The parser
writes minutes as ``2024-12-27T14:27:00+07:00``; the gold writes
``2024-12-27T14:27``, so the gold is mapped to the parser's form. A day
and month without a year is ``--MM-DD`` on both sides.

The gold's finest precision is the minute. A stamp that prints seconds
(``2024-11-27 10:12:05``) is kept as printed in the front matter
(``10:12:05``): writing ``10:12:00`` would misstate it. So a parsed time is
compared at the gold's precision, its seconds left out.
"""

from __future__ import annotations

import re

from ..model import ArticleDate

_ISO_RE = re.compile(
    r"^(?:(?P<year>\d{4})|-)-?(?:(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)?)?)?)?$"
)


def gold_iso(gold_date: str | None) -> str | None:
    """The gold date in the form :meth:`ArticleDate.iso` writes (Vietnam time, UTC+7)."""
    if gold_date is not None and "T" in gold_date:
        return f"{gold_date}:00+07:00"
    return gold_date


def parsed_iso(date: ArticleDate | None) -> tuple[str | None, str]:
    """(ISO text, precision) of a parsed date; ``(None, "none")`` for no date."""
    if date is None:
        return None, "none"
    return date.iso(), str(date.precision)


def components(iso: str) -> dict[str, int]:
    """The components an ISO text states, e.g. ``--12-27`` → month 12, day 27 (no year)."""
    match = _ISO_RE.match(iso)
    if match is None:
        return {}
    return {name: int(value) for name, value in match.groupdict().items() if value is not None}


_SECONDS_RE = re.compile(r"(?<=T\d\d:\d\d):\d\d(?=[+-]\d\d:\d\d$|Z$|$)")


def at_minute(iso: str | None) -> str | None:
    """An ISO time with its seconds as zero: ``...T10:12:05+07:00`` → ``...T10:12:00+07:00``."""
    return iso if iso is None else _SECONDS_RE.sub(":00", iso)


def date_matches(gold_date: str | None, gold_precision: str, date: ArticleDate | None) -> bool:
    iso, precision = parsed_iso(date)
    return at_minute(iso) == gold_iso(gold_date) and precision == gold_precision


def is_invented(gold_date: str | None, date: ArticleDate | None) -> bool:
    """A date, or part of one, that the text does not support.

    Invented: any date where the gold has none; a date that disagrees with
    the gold on a component the gold states; or a date stating a component
    the gold does not (a year put on ``--12-27``, a time put on a day) — the
    gold lists exactly what the text states, so an extra component was made
    up, just as a whole date is when the gold is null. A date that is only
    less precise (``2024-12`` for ``2024-12-27``) is wrong but consistent
    with the text, so it is not invented.
    """
    iso, _ = parsed_iso(date)
    if iso is None:
        return False
    if gold_date is None:
        return True
    stated = components(gold_date)
    given = components(iso)
    if not given:  # a form we cannot read: cannot be shown consistent
        return True
    return any(stated.get(name) != value for name, value in given.items())
