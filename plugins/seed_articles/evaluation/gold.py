"""Gold files ``gold/NAME.yml``: what a correct parse of ``seeds/NAME.txt`` is.

The schema is the one in ``tests/corpus/README.md``. A gold file is checked
strictly, because a wrong gold file silently moves every number: each
problem raises :class:`GoldError` naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

KINDS = ("article", "listing", "off-topic")
TITLE_SOURCES = ("text", "derived")
PRECISIONS = ("minute", "day", "month", "day-month", "year", "none")
ALLOWED_KEYS = (
    "site",
    "kind",
    "title",
    "title_source",
    "date",
    "date_precision",
    "authors",
    "source",
    "meta",
    "chrome",
    "abbreviations",
    "topic",
)
# Keys a gold file must state: leaving one out is more often an oversight than "none".
REQUIRED_KEYS = ("site", "kind", "title", "date", "date_precision", "authors", "source", "topic")

# The written form of a gold date for each precision (README "date:" comment).
DATE_PATTERNS = {
    "minute": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"),
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "day-month": re.compile(r"^--\d{2}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
_SITE_RE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")


class GoldError(Exception):
    """A gold file that cannot be used."""

    def __init__(self, path: Path | str, message: str, key: str | None = None) -> None:
        self.path = str(path)
        self.key = key
        self.message = message
        where = f"{self.path}: key {key!r}" if key else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class GoldAbbreviation:
    form: str  # as written in the article
    base: str  # the glossary entry it belongs to (defaults to form)
    definition: str | None  # the long form the text gives, or None


LineRef = str | int  # exact (stripped) line text, or a 1-based line number


@dataclass(frozen=True)
class Gold:
    """One validated gold file."""

    name: str  # fixture name, e.g. "vnexpress-1"
    path: Path
    site: str
    kind: str
    title: str | None
    title_source: str
    date: str | None  # canonical gold form: "2024-12-27T14:27", "2024-12-27", "--12-27" ...
    date_precision: str
    authors: tuple[str, ...]
    source: str | None
    meta: tuple[LineRef, ...]
    chrome: tuple[LineRef, ...]
    abbreviations: tuple[GoldAbbreviation, ...]
    topic: str | None


def load_gold(path: Path) -> Gold:
    """Read and validate ``path``; raise :class:`GoldError` on any problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(path, f"cannot read the file: {error}") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise GoldError(path, f"broken YAML{where}: {getattr(error, 'problem', None) or error}") from error
    return parse_gold(data, path)


def parse_gold(data: Any, path: Path) -> Gold:
    """Validate already-loaded YAML ``data`` of the gold file ``path``."""
    if not isinstance(data, dict):
        raise GoldError(path, "the file must be a mapping of the gold keys")
    for key in data:
        if key not in ALLOWED_KEYS:
            raise GoldError(path, f"unknown key (allowed: {', '.join(ALLOWED_KEYS)})", str(key))
    for key in REQUIRED_KEYS:
        if key not in data:
            raise GoldError(path, "missing (write null or [] when there is none)", key)

    site = _string(data, "site", path)
    if not _SITE_RE.match(site):
        raise GoldError(path, f"{site!r} is not a short ASCII site id", "site")
    name = path.stem
    # The fixture name is SITE-N: a mismatch means the gold was copied from another site.
    if not name.startswith(f"{site}-"):
        raise GoldError(path, f"the fixture {name!r} is not named {site}-N", "site")
    kind = _choice(data, "kind", KINDS, path)

    title = _optional_string(data, "title", path)
    default_source = "text" if title is not None else "derived"
    title_source = _choice(data, "title_source", TITLE_SOURCES, path, default_source)
    if title_source == "text" and title is None:
        raise GoldError(path, "title_source is text but title is null", "title")
    if title_source == "derived" and title is not None:
        raise GoldError(path, "a derived title means the page has none: title must be null", "title")

    precision = _choice(data, "date_precision", PRECISIONS, path)
    date = _date(data.get("date"), precision, path)

    authors = data.get("authors")
    if not isinstance(authors, list) or not all(isinstance(a, str) and a.strip() for a in authors):
        raise GoldError(path, "must be a list of names ([] when none)", "authors")

    return Gold(
        name=name,
        path=path,
        site=site,
        kind=kind,
        title=title,
        title_source=title_source,
        date=date,
        date_precision=precision,
        authors=tuple(authors),
        source=_optional_string(data, "source", path),
        meta=_line_refs(data, "meta", path),
        chrome=_line_refs(data, "chrome", path),
        abbreviations=_abbreviations(data.get("abbreviations"), path),
        topic=_optional_string(data, "topic", path),
    )


def _string(data: dict, key: str, path: Path) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GoldError(path, "must be a non-empty string", key)
    return value.strip()


def _optional_string(data: dict, key: str, path: Path) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise GoldError(path, "must be a non-empty string or null", key)
    return value.strip()


def _choice(data: dict, key: str, choices: tuple[str, ...], path: Path, default: str | None = None) -> str:
    value = data.get(key, default)
    if value not in choices:
        raise GoldError(path, f"{value!r} is not one of {', '.join(choices)}", key)
    return value


def _date(value: Any, precision: str, path: Path) -> str | None:
    """The gold date as a string in the README's written form, checked against its precision."""
    # YAML reads an unquoted 2024-12-27 as a date and 2024 as an int: accept both, they are unambiguous.
    if isinstance(value, dt.datetime):
        value = value.strftime("%Y-%m-%dT%H:%M")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    elif isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}"
    if value is None:
        if precision != "none":
            raise GoldError(path, f"date is null but date_precision is {precision}", "date_precision")
        return None
    if not isinstance(value, str):
        raise GoldError(path, f"{value!r} is not a date string", "date")
    value = value.strip()
    if precision == "none":
        raise GoldError(path, f"date is {value!r} but date_precision is none", "date_precision")
    if not DATE_PATTERNS[precision].match(value):
        raise GoldError(path, f"{value!r} is not written as a {precision}-precision date", "date")
    _check_calendar(value, path)
    return value


def _check_calendar(value: str, path: Path) -> None:
    """Month 1-12, a day that exists, hour and minute in range (typos in gold are easy)."""
    numbers = [int(part) for part in re.findall(r"\d+", value)]
    if value.startswith("--"):
        numbers = [2000, *numbers]  # a leap year, so 29/02 is allowed without a year
    year, month, day, hour, minute = (numbers + [1, 1, 1, 0, 0][len(numbers) :])[:5]
    try:
        dt.datetime(year, month, day, hour, minute)
    except ValueError as error:
        raise GoldError(path, f"{value!r} is not a real date: {error}", "date") from error


def _line_refs(data: dict, key: str, path: Path) -> tuple[LineRef, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldError(path, "must be a list of line texts and line numbers", key)
    refs: list[LineRef] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, str | int):
            raise GoldError(path, f"{item!r} is neither a line text nor a line number", key)
        if isinstance(item, int) and item < 1:
            raise GoldError(path, f"line numbers start at 1, not {item}", key)
        if isinstance(item, str) and not item.strip():
            raise GoldError(path, "an empty line text matches nothing", key)
        refs.append(item.strip() if isinstance(item, str) else item)
    return tuple(refs)


def _abbreviations(value: Any, path: Path) -> tuple[GoldAbbreviation, ...]:
    key = "abbreviations"
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldError(path, "must be a list of {form, base, definition}", key)
    result: list[GoldAbbreviation] = []
    for number, item in enumerate(value, start=1):
        where = f"{key}[{number}]"
        if isinstance(item, str):  # a bare form: base = form, no definition
            item = {"form": item}
        if not isinstance(item, dict):
            raise GoldError(path, "must be a mapping with form, base and definition", where)
        unknown = set(item) - {"form", "base", "definition"}
        if unknown:
            raise GoldError(path, f"unknown keys {sorted(unknown)}", where)
        form = item.get("form")
        if not isinstance(form, str) or not form.strip():
            raise GoldError(path, "form must be a non-empty string", f"{where}.form")
        base = item.get("base") or form
        if not isinstance(base, str) or not base.strip():
            raise GoldError(path, "base must be a non-empty string", f"{where}.base")
        definition = item.get("definition")
        if definition is not None and (not isinstance(definition, str) or not definition.strip()):
            raise GoldError(path, "definition must be a non-empty string or null", f"{where}.definition")
        result.append(
            GoldAbbreviation(form.strip(), base.strip(), definition.strip() if definition else None)
        )
    return tuple(result)
