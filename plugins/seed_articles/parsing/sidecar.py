"""Sidecar files ``seeds/NAME.yml``: a person's corrections win over inference.

Allowed keys (all optional)::

    title: "..."                 # str
    date: 2024-12-09 14:27       # ISO date/datetime, "dd/mm/yyyy [hh:mm]", "yyyy-mm" or yyyy
    authors: ["Minh Đức"]        # list of str (a single str is accepted)
    source: "Bqp.vn"             # str or null
    category: "Quốc phòng"       # str or null
    summary: "..."               # str
    tags: ["đối ngoại"]          # list of str (a single str is accepted)
    slug: "doi-ngoai-2024"       # lower-case ASCII letters, digits and hyphens
    keep: ["text fragment"]      # lines containing a fragment are never dropped
    drop: ["text fragment"]      # lines containing a fragment are always dropped

Fragments match whole words, ignoring case, diacritics and punctuation.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..model import ArticleDate
from ..text.vietnamese import normalize_text
from .dates import parse_date_value
from .errors import SeedError
from .lines import folded_tokens

FRONT_MATTER_KEYS = ("title", "date", "authors", "source", "category", "summary", "tags", "slug")
PASSAGE_KEYS = ("keep", "drop")
ALLOWED_KEYS = FRONT_MATTER_KEYS + PASSAGE_KEYS
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Sidecar:
    """Validated sidecar content; ``fields`` holds front-matter values, normalised."""

    name: str  # how to name the file in messages, e.g. "seeds/000_x.yml"
    fields: dict[str, Any] = field(default_factory=dict)
    date: ArticleDate | None = None
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()


def sidecar_path(seed_path: Path) -> Path | None:
    """The sidecar ``NAME.yml`` next to ``seed_path``, if it exists.

    Only ``.yml``: the build's parse cache hashes exactly this file.
    """
    candidate = seed_path.with_suffix(".yml")
    return candidate if candidate.is_file() else None


def load_sidecar(path: Path, name: str) -> Sidecar:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise SeedError(f"{name}: the sidecar is not UTF-8 ({error.reason})") from error
    return parse_sidecar(text, name)


def parse_sidecar(text: str, name: str) -> Sidecar:
    """Validate sidecar YAML; raise :class:`SeedError` naming ``name``, the key and the line."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        raise SeedError(f"{name}: broken YAML: {problem}", line=line) from error
    sidecar = Sidecar(name=name)
    if data is None:
        return sidecar
    if not isinstance(data, dict):
        raise SeedError(f"{name}: the sidecar must be a mapping of keys to values", line=1)
    key_lines = _key_lines(node)
    for key, value in data.items():
        line = key_lines.get(str(key))
        if key not in ALLOWED_KEYS:
            raise SeedError(
                f"{name}: unknown key {key!r} (allowed: {', '.join(ALLOWED_KEYS)})",
                line=line,
            )
        _read_key(sidecar, key, value, line)
    return sidecar


def _key_lines(node: yaml.Node | None) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): key.start_mark.line + 1 for key, _ in node.value}


def _wrong(sidecar: Sidecar, key: str, expected: str, value: Any, line: int | None) -> SeedError:
    return SeedError(
        f"{sidecar.name}: key {key!r} must be {expected}, not {type(value).__name__} {value!r}",
        line=line,
    )


def _text(value: str) -> str:
    return normalize_text(value).strip()


def _read_key(sidecar: Sidecar, key: str, value: Any, line: int | None) -> None:
    if key in ("title", "summary"):
        if not isinstance(value, str) or not value.strip():
            raise _wrong(sidecar, key, "a non-empty string", value, line)
        sidecar.fields[key] = _text(value)
    elif key in ("source", "category"):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise _wrong(sidecar, key, "a non-empty string or null", value, line)
        sidecar.fields[key] = _text(value) if value is not None else None
    elif key in ("authors", "tags"):
        items = _string_list(value)
        if items is None:
            raise _wrong(sidecar, key, "a list of strings", value, line)
        sidecar.fields[key] = items
    elif key == "slug":
        if not isinstance(value, str) or not _SLUG_RE.match(value):
            raise _wrong(sidecar, key, "a slug of a-z, 0-9 and single hyphens", value, line)
        sidecar.fields[key] = value
    elif key == "date":
        date = _read_date(value)
        if date is None:
            raise _wrong(
                sidecar, key, "a date like 2024-12-09, 2024-12-09 14:27, 2024-12 or 2024", value, line
            )
        sidecar.date = date
        sidecar.fields[key] = date.iso()
    else:  # keep / drop
        items = _string_list(value)
        if items is None or any(not folded_tokens(item) for item in items):
            raise _wrong(sidecar, key, "a list of non-empty text fragments", value, line)
        setattr(sidecar, key, tuple(items))


def _string_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        return None
    return [_text(item) for item in value]


def _read_date(value: Any) -> ArticleDate | None:
    if isinstance(value, dt.datetime):
        return ArticleDate(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            precision="minute",
            source_text=value.isoformat(),
        )
    if isinstance(value, dt.date):
        return ArticleDate(value.year, value.month, value.day, precision="day", source_text=value.isoformat())
    if isinstance(value, int) and not isinstance(value, bool):
        return parse_date_value(str(value))
    if isinstance(value, str):
        return parse_date_value(value)
    return None


def fragment_key(text: str) -> str:
    """Comparison key for keep/drop fragments and lines: folded words between spaces."""
    return " " + " ".join(folded_tokens(text)) + " "
