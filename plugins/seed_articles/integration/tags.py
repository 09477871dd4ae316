"""The tags page (Material's tags plugin): one id per tag, tags in Vietnamese order.

Material's default slugify drops punctuation, so ``ADMM+`` and ``ADMM`` both
become ``tag:admm`` and the ``ADMM+`` chip lands on ``ADMM``; its default sort
is by code point, so ``Đ`` comes after ``U``. The plugin sets the tags
plugin's ``tags_slugify``, ``tags_sort_by`` and ``listings_tags_sort_by`` to
the functions below, unless the site chose its own.
"""

from __future__ import annotations

from typing import Any

from ..logs import get_logger
from ..text.tag_slugs import tag_slug
from ..text.vietnamese import sort_key

log = get_logger(__name__)


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
