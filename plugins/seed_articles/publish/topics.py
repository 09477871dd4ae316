"""The topics page of an export, written out: every tag and the pages that carry it.

In the MkDocs site, Material's tags plugin fills ``chu-de.md`` where it finds
the ``<!-- material/tags -->`` marker. The exported config has no tags plugin
(Zensical's grows with the square of the archive: 4.8 GB for 1,000 articles),
so the export writes the same listing as Markdown instead: tags in Vietnamese
alphabetical order, each a heading with the id Material gives it
(``tag:admm-plus``), followed by links to its pages in Vietnamese order of
their titles. The listing is read back from the exported pages' front matter,
as the tags plugin reads it, so the two cannot disagree.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import yaml

from ..pages.people import markdown_link
from ..text.escape import escape_inline
from ..text.tag_slugs import tag_slug
from ..text.vietnamese import normalize_text, sort_key

#: Material's marker for the full tags listing (scoped markers with options are left alone).
TAGS_MARKER = re.compile(r"<!--\s*material/tags\s*-->")
#: Shown under a marker when no page has a tag.
NO_TOPICS = "Chưa có chủ đề nào."
#: Front matter that keeps a written-out listing out of the search index. It only repeats
#: article titles, and Zensical 0.0.73's build fails on a section of more than 65,536
#: token positions (the ``ASEAN`` topic of 10,000 articles).
SEARCH_EXCLUDE = "search:\n  exclude: true\n"
_SEARCH_KEY = re.compile(r"^search:", re.MULTILINE)

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# A top-level key of block-style YAML front matter (what the renderer writes).
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*):(?:\s|$)")
_WANTED = ("title", "tags")


def front_matter_text(text: str) -> str | None:
    """The YAML between the opening and closing ``---`` of a page, or None."""
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 3)
    if end < 0:
        end = text.find("\n---", 3)
        if end < 0 or text[end + 4 :].strip():
            return None
    return text[4 : end + 1]


def _wanted_keys(front: str) -> dict | None:
    """``title`` and ``tags`` of block-style front matter, parsing only their lines.

    Article front matter holds long summaries and related links; parsing only
    the two keys needed keeps reading 50,000 pages cheap. None when the text
    is not a simple block mapping (the caller parses it all then).
    """
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in front.splitlines():
        match = _TOP_KEY.match(line)
        if match:
            key = match.group(1)
            if len(blocks) == len(_WANTED) and key not in blocks:
                break  # both read: the rest (summary, related links ...) is not needed
            current = blocks.setdefault(key, []) if key in _WANTED else None
            if current is not None and current:
                return None  # a key twice: let the full parser decide
            if current is not None:
                current.append(line)
        elif line[:1] not in ("", " ", "-", "\t") and not line.startswith(("#", "...")):
            return None  # flow style, anchors or anything else unusual
        elif current is not None:
            current.append(line)
    if not blocks:
        return {}
    plain = {key: _plain_block(lines) for key, lines in blocks.items()}
    if all(value is not None for value in plain.values()):
        return plain
    try:
        data = yaml.load("\n".join(line for lines in blocks.values() for line in lines), Loader=_LOADER)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


# A scalar YAML reads as the string it spells: no quote, indicator, comment, ``key: value``,
# and nothing a YAML 1.1 resolver would turn into a number, date, boolean or null.
_PLAIN_SCALAR = re.compile(r"""[^\s'"!&*\[\]{}|>%@`#,?:\-](?:(?!: | #)[^\t])*(?<![\s:])""")
_NOT_A_STRING = re.compile(r"[-+.]?[0-9]|(?i:y|n|yes|no|true|false|on|off|null|~)$")


def _plain(value: str) -> str | None:
    if _PLAIN_SCALAR.fullmatch(value) and not _NOT_A_STRING.match(value):
        return value
    return None


def _plain_block(lines: list[str]) -> str | list[str] | None:
    """The value of ``key: scalar`` or of ``key:`` and ``- scalar`` lines, or None (parse it as YAML)."""
    key, _, rest = lines[0].partition(":")
    rest = rest.strip()
    if rest:
        return _plain(rest) if len(lines) == 1 else None
    values = []
    for line in lines[1:]:
        if not line.startswith("- "):
            return None
        value = _plain(line[2:].strip())
        if value is None:
            return None
        values.append(value)
    return values


def page_meta(text: str) -> dict:
    """``title`` and ``tags`` from a page's front matter (empty when it has none)."""
    front = front_matter_text(text)
    if front is None:
        return {}
    meta = _wanted_keys(front)
    if meta is None:
        try:
            meta = yaml.load(front, Loader=_LOADER)
        except yaml.YAMLError:
            return {}
        if not isinstance(meta, dict):
            return {}
    return {key: meta[key] for key in _WANTED if key in meta}


def exclude_from_search(text: str) -> str:
    """``text`` with front matter that keeps the page out of the search index (unless it says otherwise)."""
    front = front_matter_text(text)
    if front is None:
        return f"---\n{SEARCH_EXCLUDE}---\n\n{text}"
    if _SEARCH_KEY.search(front):
        return text
    return f"---\n{SEARCH_EXCLUDE}{text[4:]}"


def _first_heading(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return None


def collect_topics(pages: Mapping[str, Mapping]) -> dict[str, list[tuple[str, str]]]:
    """Tag → ``(title, src_uri)`` of every page carrying it, from each page's metadata."""
    topics: dict[str, dict[str, str]] = {}
    names: dict[object, str] = {}  # a tag as written → its name (a few dozen tags, many pages)
    for src_uri, meta in pages.items():
        tags = meta.get("tags") or []
        if isinstance(tags, str):
            tags = [tags]
        title = str(meta.get("title") or posixpath.splitext(posixpath.basename(src_uri))[0])
        for tag in tags:
            if tag is None or isinstance(tag, (list, dict)):
                continue
            name = names.get(tag)
            if name is None:
                name = names[tag] = normalize_text(str(tag)).strip()
            if name:
                topics.setdefault(name, {})[src_uri] = title
    return {tag: [(title, src) for src, title in found.items()] for tag, found in topics.items()}


def render_topics(topics: Mapping[str, Iterable[tuple[str, str]]], page_src: str) -> str:
    """Markdown of the listing for the page ``page_src``: a heading per tag, links to its pages.

    Tags and titles in Vietnamese alphabetical order (source path breaks ties),
    links relative to ``page_src``; each heading has Material's ``tag:`` id.
    """
    if not topics:
        return NO_TOPICS + "\n"
    base = posixpath.dirname(page_src) or "."
    items: dict[tuple[str, str], str] = {}  # (title, src) → its list item, made once per page

    def item(entry: tuple[str, str]) -> str:
        line = items.get(entry)
        if line is None:
            title, src = entry
            line = items[entry] = f"- {markdown_link(title, posixpath.relpath(src, base))}"
        return line

    lines: list[str] = []
    seen_ids: set[str] = set()
    for tag in sorted(topics, key=lambda name: (sort_key(name), name)):
        anchor = f"tag:{tag_slug(tag)}"
        while anchor in seen_ids:  # two spellings with one slug: still two anchors
            anchor += "-1"
        seen_ids.add(anchor)
        lines += [f"## {escape_inline(tag)} {{ #{anchor} }}", ""]
        lines.extend(item(entry) for entry in sorted(topics[tag], key=lambda e: (sort_key(e[0]), e[1])))
        lines.append("")
    return "\n".join(lines)


def write_static_topics(docs_dir: Path) -> list[str]:
    """Replace the tags marker in every exported page of ``docs_dir`` with the written-out listing.

    Returns the pages rewritten (``src_uri``, sorted), each kept out of the
    search index (:data:`SEARCH_EXCLUDE`). Pages are read once; only the ones
    with the marker are written again.
    """
    metas: dict[str, dict] = {}
    with_marker: dict[str, str] = {}
    for src_uri in sorted(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md")):
        path = docs_dir / src_uri
        text = path.read_text(encoding="utf-8")
        meta = page_meta(text)
        if "tags" in meta:
            if "title" not in meta:
                heading = _first_heading(text)
                if heading:
                    meta["title"] = heading
            metas[src_uri] = meta
        if TAGS_MARKER.search(text):
            with_marker[src_uri] = text
    if not with_marker:
        return []
    topics = collect_topics(metas)
    for src_uri, text in with_marker.items():
        listing = render_topics(topics, src_uri).rstrip("\n")
        page = exclude_from_search(TAGS_MARKER.sub(lambda _, listing=listing: listing, text))
        (docs_dir / src_uri).write_text(page, encoding="utf-8")
    return sorted(with_marker)
