"""The tags page (Material's tags plugin): one id per tag, tags in Vietnamese order.

Material's default slugify drops punctuation, so ``ADMM+`` and ``ADMM`` both
become ``tag:admm`` and the ``ADMM+`` chip lands on ``ADMM``; its default sort
is by code point, so ``Đ`` comes after ``U``. The plugin sets the tags
plugin's ``tags_slugify``, ``tags_sort_by`` and ``listings_tags_sort_by`` to
the functions below, unless the site chose its own.
"""

from __future__ import annotations

import re
from typing import Any

from pymdownx.slugs import slugify as _pymdownx_slugify

from ..logs import get_logger
from ..text.slugs import short_hash
from ..text.vietnamese import normalize_text, sort_key

log = get_logger(__name__)

# Material's own default, so tags without punctuation keep the ids they always had.
_BASE_SLUG = _pymdownx_slugify(case="lower")
_PLUS = re.compile(r"\s*\+\s*")
# What a slug keeps: letters, digits, underscores, spaces and hyphens.
_DROPPED = re.compile(r"[^\w\s-]")


def tag_slug(text: str, separator: str = "-") -> str:
    """Slug of a tag name for ``tags_slugify``: ``ADMM+`` → ``admm-plus``, never ``admm``.

    ``+`` is spelled out; when any other character would be dropped (``C#``,
    ``A/B``, ``A.B``) a short hash of the name is added, so two tags that
    differ only in punctuation still get two ids.
    """
    text = normalize_text(text).strip()
    spelled = " ".join(_PLUS.sub(" plus ", text).split())
    slug = _BASE_SLUG(spelled, separator)
    if _DROPPED.search(spelled):
        slug = f"{slug}{separator}{short_hash(text)}" if slug else short_hash(text)
    return slug or short_hash(text)


def tag_sort_key(tag: Any, *_: Any) -> tuple:
    """Vietnamese order of a Material ``Tag`` (``tags_sort_by``, ``listings_tags_sort_by``)."""
    name = str(getattr(tag, "name", tag))
    return (sort_key(name), name)


#: Tags plugin option → our value.
TAG_OPTIONS = {
    "tags_slugify": tag_slug,
    "tags_sort_by": tag_sort_key,
    "listings_tags_sort_by": tag_sort_key,
}


def configure_tags_plugins(plugins: Any) -> list[str]:
    """Give every Material tags plugin our slugify and sort where it still has the default.

    ``plugins`` is MkDocs' plugin collection (name → plugin). Returns the
    options changed, as ``name.option`` (for the log and the tests).
    """
    try:
        from material.plugins.tags.config import TagsConfig
        from material.plugins.tags.plugin import TagsPlugin
    except ImportError:  # no Material, or a version without this tags plugin
        return []
    defaults = dict(TagsConfig._schema)
    changed = []
    for name, plugin in plugins.items():
        if not isinstance(plugin, TagsPlugin):
            continue
        for option, ours in TAG_OPTIONS.items():
            default = defaults.get(option)
            if default is not None and plugin.config.get(option) is default.default:
                plugin.config[option] = ours
                changed.append(f"{name}.{option}")
    if changed:
        log.debug("Vietnamese tag ids and order for %s", ", ".join(changed))
    return changed
