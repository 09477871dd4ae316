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


# A sidecar holds a few corrections; anything larger is a mistake, and its values
# would be copied into every page that shows the article.
MAX_SIDECAR_BYTES = 64_000
# Longest value quoted back in an error message.
_SHOWN_VALUE_CHARS = 80


def sidecar_path(seed_path: Path) -> Path | None:
    """The sidecar ``NAME.yml`` next to ``seed_path``, if it exists (symbolic links included,
    so that :func:`read_sidecar_bytes` can refuse them with a message).

    Only ``.yml``: the build's parse cache hashes exactly this file.
    """
    candidate = seed_path.with_suffix(".yml")
    return candidate if candidate.is_file() or candidate.is_symlink() else None


def read_sidecar_bytes(path: Path, name: str) -> bytes:
    """The sidecar's bytes, if it is a regular file of a sane size; :class:`SeedError` otherwise."""
    if path.is_symlink():
        # A link could publish any file of the machine (seeds refuse links that leave the folder).
        raise SeedError(f"{name}: the sidecar is a symbolic link; sidecars must be regular files")
    try:
        size = path.stat().st_size
        if size > MAX_SIDECAR_BYTES:
            raise SeedError(f"{name}: the sidecar is {size:,} bytes, over the limit of {MAX_SIDECAR_BYTES:,}")
        return path.read_bytes()
    except OSError as error:
        raise SeedError(f"{name}: cannot read the sidecar: {error.strerror or error}") from error


def decode_sidecar(data: bytes, name: str) -> Sidecar:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SeedError(f"{name}: the sidecar is not UTF-8 ({error.reason})") from error
    return parse_sidecar(text, name)


def parse_sidecar(text: str, name: str) -> Sidecar:
    """Validate sidecar YAML; raise :class:`SeedError` naming ``name``, the key and the line."""
    if len(text) > MAX_SIDECAR_BYTES:
        raise SeedError(f"{name}: the sidecar is over the limit of {MAX_SIDECAR_BYTES:,} characters")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        raise SeedError(f"{name}: broken YAML: {problem}", line=line) from error
    except RecursionError as error:
        raise SeedError(f"{name}: the YAML is nested too deeply") from error
    _refuse_aliases(node, name)
    sidecar = Sidecar(name=name)
    if node is None:
        return sidecar
    if not isinstance(node, yaml.MappingNode):
        raise SeedError(f"{name}: the sidecar must be a mapping of keys to values", line=1)
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        key = _construct(key_node, name, "a key", line)
        if key not in ALLOWED_KEYS:
            raise SeedError(
                f"{name}: unknown key {_shown(repr(key))} (allowed: {', '.join(ALLOWED_KEYS)})",
                line=line,
            )
        value = _construct(value_node, name, f"key {key!r}", line)
        _read_key(sidecar, key, value, line)
    return sidecar


def _construct(node: yaml.Node, name: str, what: str, line: int) -> Any:
    """One value of the composed document, with errors naming the key and line.

    Values are built one key at a time from the tree already composed, so the
    file is parsed once and a bad value (2024-02-30, !!int 12x, an hour of 25)
    is reported with the key it belongs to.
    """
    try:
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or str(error)
        raise SeedError(f"{name}: {what} cannot be read: {_shown(problem)}", line=line) from error
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        raise SeedError(f"{name}: {what} cannot be read: {_shown(str(error))}", line=line) from error


def _wrong(sidecar: Sidecar, key: str, expected: str, value: Any, line: int | None) -> SeedError:
    return SeedError(
        f"{sidecar.name}: key {key!r} must be {expected}, not {type(value).__name__} {_shown(repr(value))}",
        line=line,
    )


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN_VALUE_CHARS else text[:_SHOWN_VALUE_CHARS] + "…"


def _refuse_aliases(root: yaml.Node | None, name: str) -> None:
    """Refuse anchors used twice: a corrections file needs none, and nested aliases
    (the "billion laughs") expand to gigabytes while the parsed tree stays tiny."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            line = node.start_mark.line + 1
            raise SeedError(f"{name}: YAML aliases (*name) are not allowed in a sidecar", line=line)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


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
