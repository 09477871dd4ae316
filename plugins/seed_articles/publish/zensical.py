"""A minimal site config for the Markdown that ``python -m seed_articles export`` writes.

The exported folder already holds everything a reader sees (front matter,
abbreviation tooltips as ``<abbr title>``, links to related articles, the
glossary and index pages), so another generator can build it without our
plugin. Zensical reads ``mkdocs.yml`` but runs no third-party plugins; this
config keeps only what such a generator understands. The file is also a
valid MkDocs config (Material theme, no seed-articles plugin).

It has no tags plugin either: Zensical 0.0.73's grows with the square of the
archive (4.8 GB for 1,000 articles). The topics page is written out instead
(:mod:`.topics`), with the same tags, order and anchors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import yaml

from ..build.types import GLOSSARY_PAGE, GRAPH_PAGE, PEOPLE_PAGE, TAGS_PAGE, TIMELINE_PAGE
from .topics import exclude_from_search, front_matter_text, write_static_topics

CONFIG_FILE = "mkdocs.yml"
ARTICLES_SECTION_TITLE = "Bài viết"
ARCHIVE_LINK_TITLE = "Tất cả bài viết theo thời gian"
#: The plugin's index pages, in the order of its automatic navigation.
INDEX_PAGES = (TIMELINE_PAGE, TAGS_PAGE, PEOPLE_PAGE, GLOSSARY_PAGE, GRAPH_PAGE)

#: Markdown extensions the exported pages rely on. ``pymdownx.escapeall`` is needed because
#: the renderer escapes any punctuation a seed may contain (``\:``, ``\~``, ``\|``).
EXPORT_MARKDOWN_EXTENSIONS: tuple = (
    {"toc": {"permalink": True}},
    "attr_list",
    "md_in_html",
    "admonition",
    "tables",
    "pymdownx.escapeall",
)
#: Keys copied from the site's config when present.
_SITE_KEYS = ("site_name", "site_description", "site_url", "repo_url", "repo_name", "copyright")
#: Theme settings another generator can use; custom_dir is left out (the export has no overrides).
_THEME_KEYS = ("language", "font", "logo", "favicon", "icon", "palette", "features")
#: Plugins other generators implement themselves. Not ``tags``: the export writes the
#: topics page itself (see :func:`write_export_config`).
_PORTABLE_PLUGINS = ("search",)


def _plain(value):
    """Config values as plain YAML types (MkDocs wraps some in its own classes)."""
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def export_config(
    site: Mapping,
    *,
    docs_dir: str = "docs",
    markdown_extensions: Iterable = EXPORT_MARKDOWN_EXTENSIONS,
    extra_css: Iterable[str] = (),
    plugins: Iterable[str] = _PORTABLE_PLUGINS,
) -> dict:
    """The config mapping for an exported folder ``docs_dir`` beside it.

    ``site`` is the site's own config (a loaded MkDocs config or a plain dict);
    its name, URLs and theme look are kept.
    """
    config: dict = {key: _plain(site[key]) for key in _SITE_KEYS if site.get(key)}
    config["docs_dir"] = docs_dir
    theme = site.get("theme") or {}
    theme_config = {"name": "material"}
    for key in _THEME_KEYS:
        value = theme.get(key) if isinstance(theme, Mapping) or hasattr(theme, "get") else None
        if value not in (None, [], {}):
            theme_config[key] = _plain(value)
    config["theme"] = theme_config
    css = [str(path) for path in (extra_css or site.get("extra_css") or [])]
    if css:
        config["extra_css"] = css
    config["plugins"] = list(plugins)
    config["markdown_extensions"] = _plain(list(markdown_extensions))
    return config


def export_nav(newest: Iterable[str], present: Iterable[str]) -> list:
    """The plugin's navigation, written out: the ``newest`` articles, a link to the timeline, the index pages.

    Without it a generator lists every article in every page's sidebar: at
    1,000 articles a ``zensical build`` of the export took 6 minutes and
    4.8 GB, growing with the square of the archive. ``present`` are the
    exported pages (an index page the site lacks is left out).
    """
    pages = set(present)
    articles: list = list(newest)
    if TIMELINE_PAGE in pages:
        articles.append({ARCHIVE_LINK_TITLE: TIMELINE_PAGE})
    nav: list = ["index.md"] if "index.md" in pages else []
    nav.append({ARTICLES_SECTION_TITLE: articles})
    nav.extend(page for page in INDEX_PAGES if page in pages)
    return nav


#: Zensical 0.0.73 fails a build when one section of a page has more search tokens than this.
ZENSICAL_SECTION_TOKENS = 65536
# Zensical's default search separator (its ``search.json`` config).
_SEARCH_SEPARATOR = re.compile(r"""[\s\-_,:!=\[\]()"`/]+|\.(?!\d)""")
_HEADING = re.compile(r"^#{1,6} ", re.MULTILINE)
# What is not indexed text: link targets, HTML tags, attribute lists.
_NOT_TEXT = re.compile(r"\]\([^)\s]*\)|<[^>]*>|\{[^}\n]*\}")


def largest_section_tokens(markdown: str) -> int:
    """Search tokens of the largest heading-delimited section of ``markdown`` (an estimate)."""
    body = markdown
    front = front_matter_text(markdown)
    if front is not None:
        body = markdown[len(front) + 8 :]
    return max(
        (len(_SEARCH_SEPARATOR.split(_NOT_TEXT.sub(" ", part))) for part in _HEADING.split(body)), default=0
    )


def exclude_oversized_from_search(docs_dir: Path, pages: Iterable[str] = INDEX_PAGES) -> list[str]:
    """Keep out of search the index ``pages`` with a section too large for Zensical's index.

    The glossary lists, under each abbreviation, every article using it: at
    10,000 articles the ``ASEAN`` entry alone exceeds the limit and the whole
    build fails. Those pages stay in the site and the navigation; the articles
    they list are still searched. Returns the pages changed.
    """
    changed = []
    for page in pages:
        path = docs_dir / page
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if largest_section_tokens(text) * 10 > ZENSICAL_SECTION_TOKENS * 9:  # a 10 % margin
            updated = exclude_from_search(text)
            if updated != text:
                path.write_text(updated, encoding="utf-8")
                changed.append(page)
    return changed


def write_export_config(
    project_dir: Path, site: Mapping, *, docs_dir: str = "docs", nav: list | None = None
) -> Path:
    """Write ``mkdocs.yml`` for the export in ``project_dir / docs_dir``; returns its path.

    The config has no tags plugin, so the tags listing of the exported pages
    (``<!-- material/tags -->`` in the topics page) is written out here, and
    index pages too large for Zensical's search index are kept out of it.
    """
    write_static_topics(project_dir / docs_dir)
    exclude_oversized_from_search(project_dir / docs_dir)
    path = project_dir / CONFIG_FILE
    config = export_config(site, docs_dir=docs_dir)
    if nav is not None:
        config["nav"] = nav
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text("# Config for the exported Markdown (Zensical or MkDocs, no plugin needed).\n" + text)
    return path
