"""Read and validate a curated glossary YAML file.

Format::

    entries:
      - abbr: ĐNQP
        vi: Đối ngoại quốc phòng
        en: Defence diplomacy        # optional
        description: ...             # optional
        variants: [DNQP]             # optional other spellings
        alternatives: [...]          # optional other wordings of the long form

The file is read as a YAML node tree, not with ``yaml.safe_load``: every
value stays the exact string written (YAML 1.1 would turn ``NO`` or ``ON``
into booleans) and every error can name its line.

Duplicates are exact after NFC normalisation: ``ĐC`` and ``DC`` are two
different abbreviations, so folding Đ to D is *not* a duplicate; a Đ-less
spelling of the same abbreviation must be listed under ``variants``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from ..text.vietnamese import normalize_text
from .model import Glossary, GlossaryEntry, GlossaryError
from .tokens import is_key_shaped

DEFAULT_GLOSSARY = "glossary.yml"
_FIELDS = {"abbr", "vi", "en", "description", "variants", "alternatives"}


def default_glossary_path() -> Path:
    """The glossary shipped with the package."""
    return Path(str(resources.files("seed_articles") / "data" / DEFAULT_GLOSSARY))


def load_glossary(path: str | Path | None = None) -> Glossary:
    """Load ``path`` (default: the shipped glossary) or raise :class:`GlossaryError`."""
    file = Path(path) if path is not None else default_glossary_path()
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise GlossaryError(f"cannot read the glossary: {error.strerror or error}", str(file)) from error
    except UnicodeDecodeError as error:
        raise GlossaryError(f"the glossary is not UTF-8: {error.reason}", str(file)) from error
    return parse_glossary(text, str(file))


def parse_glossary(text: str, path: str = "<glossary>") -> Glossary:
    """Parse glossary YAML text; ``path`` is only used in error messages."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise GlossaryError(f"invalid YAML: {error.problem or error}", path, line) from error
    except yaml.YAMLError as error:
        raise GlossaryError(f"invalid YAML: {error}", path) from error
    if root is None:
        return Glossary([], path)
    entries_node = _entries_node(root, path)
    entries = [_entry(node, path) for node in entries_node.value]
    return Glossary(entries, path)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _entries_node(root: yaml.Node, path: str) -> yaml.SequenceNode:
    """The ``entries`` list, from ``{entries: [...]}`` or a bare list."""
    if isinstance(root, yaml.SequenceNode):
        return root
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if _scalar(key_node, path, "key") == "entries":
                if not isinstance(value_node, yaml.SequenceNode):
                    raise GlossaryError("'entries' must be a list", path, _line(value_node))
                return value_node
        raise GlossaryError("the glossary needs an 'entries' list", path, _line(root))
    raise GlossaryError("the glossary must be a mapping with an 'entries' list", path, _line(root))


def _scalar(node: yaml.Node, path: str, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise GlossaryError(f"{what} must be a single text value", path, _line(node))
    return normalize_text(str(node.value)).strip()


def _entry(node: yaml.Node, path: str) -> GlossaryEntry:
    if not isinstance(node, yaml.MappingNode):
        raise GlossaryError("each entry must be a mapping with 'abbr' and 'vi'", path, _line(node))
    values: dict[str, str | tuple[str, ...]] = {}
    for key_node, value_node in node.value:
        name = _scalar(key_node, path, "a field name")
        if name not in _FIELDS:
            known = ", ".join(sorted(_FIELDS))
            raise GlossaryError(f"unknown field {name!r} (known: {known})", path, _line(key_node))
        if name in values:
            raise GlossaryError(f"field {name!r} given twice", path, _line(key_node))
        if name in {"variants", "alternatives"}:
            values[name] = _variants(value_node, path, name)
        else:
            values[name] = _scalar(value_node, path, f"'{name}'")
    line = _line(node)
    abbr = values.get("abbr", "")
    if not abbr:
        raise GlossaryError("entry without 'abbr'", path, line)
    _check_spelling(str(abbr), path, line)
    if not values.get("vi"):
        raise GlossaryError(f"{abbr!r} has no Vietnamese expansion ('vi')", path, line)
    variants = tuple(v for v in values.get("variants", ()) if v != abbr)
    for variant in variants:
        _check_spelling(variant, path, line)
    return GlossaryEntry(
        key=str(abbr),
        vi=str(values["vi"]),
        en=str(values.get("en", "")),
        description=str(values.get("description", "")),
        variants=tuple(dict.fromkeys(variants)),
        alternatives=tuple(
            dict.fromkeys(a for a in values.get("alternatives", ()) if a and a != values["vi"])
        ),
        line=line,
    )


def _variants(node: yaml.Node, path: str, name: str = "variants") -> tuple[str, ...]:
    """A list of texts (or one text): other spellings, or other wordings of the long form."""
    if isinstance(node, yaml.ScalarNode):
        value = _scalar(node, path, f"'{name}'")
        return (value,) if value else ()
    what = "spellings" if name == "variants" else "wordings"
    if not isinstance(node, yaml.SequenceNode):
        raise GlossaryError(f"'{name}' must be a list of {what}", path, _line(node))
    return tuple(_scalar(item, path, f"an item of '{name}'") for item in node.value)


def _check_spelling(spelling: str, path: str, line: int) -> None:
    if not is_key_shaped(spelling):
        raise GlossaryError(
            f"{spelling!r} cannot be recognised in text: an abbreviation starts with a capital, "
            "has a second capital or a digit, and may join parts with & + - . (no spaces)",
            path,
            line,
        )
