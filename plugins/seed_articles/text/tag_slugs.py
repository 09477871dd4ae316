"""Tag ids as the site gives them: ``ADMM+`` → ``admm-plus``, never ``admm``.

Material's default slugify drops punctuation, so ``ADMM+`` and ``ADMM`` would
share ``tag:admm``. The site's tags plugin and the export's written-out topics
page both use :func:`tag_slug`, so a link to ``chu-de/#tag:…`` means the same
tag in either; it lives in the text core because the export runs without MkDocs.
"""

from __future__ import annotations

import re

from pymdownx.slugs import slugify as _pymdownx_slugify

from .slugs import short_hash
from .vietnamese import normalize_text

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
