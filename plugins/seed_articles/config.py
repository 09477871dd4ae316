"""Typed configuration of the ``seed-articles`` MkDocs plugin.

Defaults come from :class:`~seed_articles.build.types.Settings`, where they are written once.
"""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

from .build.types import Settings


class _CountOption(c.Type):
    """An integer option that must be at least ``minimum``."""

    def __init__(self, default: int, minimum: int = 0) -> None:
        super().__init__(int, default=default)
        self.minimum = minimum

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool):
            raise ValidationError(f"Expected an integer, got {value!r}.")
        number = super().run_validation(value)
        if number < self.minimum:
            raise ValidationError(f"Expected an integer of at least {self.minimum}, got {number}.")
        return number


class _PrefixOption(c.Type):
    """A URL prefix: lower-case ASCII letters, digits and dashes, slash-separated."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value).strip("/")
        parts = text.split("/")
        if not text or not all(
            part and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in part) for part in parts
        ):
            raise ValidationError(
                f"Expected a URL prefix of ASCII letters, digits and '-' (e.g. 'bai-viet'), got {value!r}."
            )
        return text


class _OptionalFile(c.File):
    """A path to an existing file, relative to ``mkdocs.yml``; empty means none."""

    def __init__(self) -> None:
        super().__init__(exists=True)
        self.default = ""

    def run_validation(self, value: object) -> str:
        if value in (None, ""):
            return ""
        return super().run_validation(value)


class SeedArticlesConfig(base.Config):
    #: Folder of raw ``.txt`` articles, relative to ``mkdocs.yml``.
    seeds_dir = c.Dir(exists=True, default="seeds")
    #: URL prefix (and virtual folder) of article pages.
    articles_prefix = _PrefixOption(default=Settings.articles_prefix)
    #: How many related articles each page lists, besides other reports of the same event.
    related_count = _CountOption(default=Settings.related_count)
    #: Curated glossary YAML; empty means the glossary shipped with the plugin.
    glossary_file = _OptionalFile()
    #: Topic vocabulary YAML; empty means the vocabulary shipped with the plugin.
    topics_file = _OptionalFile()
    #: Encoding of the seeds; empty means detect (UTF-8/UTF-16 BOM/Windows-1258).
    seeds_encoding = c.Type(str, default="")
    #: Seeds larger than this many bytes are skipped with a message.
    max_seed_bytes = _CountOption(default=Settings.max_seed_bytes, minimum=1)
    #: Log level for abbreviations used in articles but missing from the glossary.
    undefined_abbreviations = c.Choice(
        ("ignore", "info", "warning"), default=Settings.undefined_abbreviations
    )
    #: How many of the newest articles the sidebar lists (the timeline page lists all).
    nav_articles = _CountOption(default=Settings.nav_articles)
    #: How many articles the home page lists.
    home_count = _CountOption(default=Settings.home_count)
    #: Keep the build's state on disk, so the next build (a new process) redoes only what changed.
    cache = c.Type(bool, default=True)
    #: Where that state lives, relative to ``mkdocs.yml`` (never inside docs, seeds or site).
    cache_dir = c.Dir(exists=False, default=".cache/seed-articles")
