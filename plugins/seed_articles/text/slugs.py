"""ASCII slugs for URLs and heading anchors, with Vietnamese folded first.

python-slugify does the separator, length and word-boundary work; we fold
Vietnamese ourselves first because its transliteration needs ``Đ`` → ``D``
and the NFC look-alike fixes of :mod:`seed_articles.text.vietnamese`.
"""

from __future__ import annotations

import hashlib

from slugify import slugify

from .vietnamese import fold

MAX_SLUG_LENGTH = 80


def slug(text: str, separator: str = "-", max_length: int = MAX_SLUG_LENGTH) -> str:
    """Lower-case ASCII slug of ``text`` (``Đối ngoại`` → ``doi-ngoai``)."""
    return slugify(fold(text), separator=separator, max_length=max_length, word_boundary=True)


def heading_slug(value: str, separator: str = "-") -> str:
    """Slugify callable for Python-Markdown's ``toc`` extension.

    The default slugify drops ``Đ`` (``Đối ngoại`` → ``oi-ngoai``); this one
    keeps every letter by folding it to ASCII.
    """
    return slug(value, separator=separator, max_length=0)


def short_hash(text: str, length: int = 6) -> str:
    """Stable short hex digest used to tell colliding slugs apart."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def unique_slugs(items: list[tuple[str, str]], fallback: str = "bai-viet") -> dict[str, str]:
    """Assign one unique slug per ``(key, title)``.

    Titles that slug alike share the plain slug with the first key in sorted
    order; the others get a suffix derived from their own key, so a page's
    URL never depends on how many other seeds exist.
    """
    by_slug: dict[str, list[str]] = {}
    for key, title in items:
        by_slug.setdefault(slug(title) or fallback, []).append(key)
    result: dict[str, str] = {}
    taken = set(by_slug)
    for base, keys in sorted(by_slug.items()):
        for index, key in enumerate(sorted(keys)):
            if index == 0:
                result[key] = base
                continue
            candidate = f"{base}-{short_hash(key)}"
            while candidate in taken:
                candidate = f"{base}-{short_hash(candidate)}"
            taken.add(candidate)
            result[key] = candidate
    return result
