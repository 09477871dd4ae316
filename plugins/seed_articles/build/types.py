"""The build's own types: what it is told (:class:`Settings`) and what it makes.

Every stage and every renderer reads these; they import nothing above the
text core, so the layers below the MkDocs adapter can share them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import ParsedArticle, SeedProblem

ProgressCallback = Callable[[int, int], None]

# Generated index pages (site-relative source paths).
GLOSSARY_PAGE = "thuat-ngu.md"
PEOPLE_PAGE = "nhan-vat.md"
TIMELINE_PAGE = "dong-thoi-gian.md"
GRAPH_PAGE = "ban-do.md"
TAGS_PAGE = "chu-de.md"  # hand-written in docs/, filled by Material's tags plugin


@dataclass(frozen=True)
class Settings:
    """What the build needs to know about the site.

    The defaults here are the plugin's defaults: ``config.SeedArticlesConfig``
    reads them from this class, so they are written once.
    """

    repo_root: Path
    seeds_dir: Path
    articles_prefix: str = "bai-viet"
    related_count: int = 5
    glossary_file: Path | None = None
    topics_file: Path | None = None
    seeds_encoding: str | None = None
    max_seed_bytes: int = 5_000_000
    seed_url_base: str | None = None  # e.g. "https://github.com/o/r/blob/main/"
    undefined_abbreviations: str = "info"  # log level name for abbreviations missing from the glossary
    directory_urls: bool = True  # MkDocs' use_directory_urls: raw HTML links need the final URLs
    nav_articles: int = 30  # newest articles listed in the sidebar
    home_count: int = 20  # articles listed on the home page
    cache_dir: Path | None = None  # where the build keeps its state between runs; None: nowhere

    @classmethod
    def from_config(cls, options: Any, site: Any) -> Settings:
        """Settings from the plugin's options and the site's MkDocs config.

        ``options`` is the plugin's validated config, ``site`` MkDocs' config; both
        are read by attribute only, so this layer stays free of MkDocs imports.
        """
        repo_root = Path(site.config_file_path).resolve().parent

        def in_repo(value: str) -> Path | None:
            return (repo_root / value).resolve() if value else None

        return cls(
            repo_root=repo_root,
            seeds_dir=in_repo(options.seeds_dir) or repo_root / "seeds",
            articles_prefix=options.articles_prefix,
            related_count=options.related_count,
            glossary_file=in_repo(options.glossary_file),
            topics_file=in_repo(options.topics_file),
            seeds_encoding=options.seeds_encoding or None,
            max_seed_bytes=options.max_seed_bytes,
            seed_url_base=seed_url_base(site.repo_url, site.edit_uri, site.docs_dir),
            undefined_abbreviations=options.undefined_abbreviations,
            directory_urls=site.use_directory_urls,
            nav_articles=options.nav_articles,
            home_count=options.home_count,
            cache_dir=in_repo(options.cache_dir) if options.cache else None,
        )


def seed_url_base(repo_url: str | None, edit_uri: str | None, docs_dir: str) -> str | None:
    """Repository URL prefix of raw files (``…/blob/main/``), from repo_url and edit_uri."""
    if not repo_url:
        return None
    docs_name = Path(docs_dir).name
    parts = [part for part in (edit_uri or "").strip("/").split("/") if part]
    if parts and parts[-1] == docs_name:
        parts = parts[:-1]  # "edit/main/docs" → "edit/main"
    if parts and parts[0] == "edit":
        parts[0] = "blob"
    base = "/".join(parts) or "blob/main"
    return f"{repo_url.rstrip('/')}/{base}/"


@dataclass
class ArticleRecord:
    """One article on its way to becoming a page."""

    parsed: ParsedArticle
    slug: str
    src_uri: str  # e.g. "bai-viet/slug.md"
    url: str  # e.g. "bai-viet/slug/"
    markdown: str = ""
    meta: dict = field(default_factory=dict)


@dataclass
class SiteBuild:
    """Result of one pipeline run."""

    articles: list[ArticleRecord]
    pages: dict[str, str]  # src_uri → Markdown, articles and generated index pages
    problems: list[SeedProblem]
    seeds_read: int = 0
    parsed_now: int = 0  # seeds parsed in this run (the rest came from the cache)
    dropped_lines: int = 0
    # Abbreviation → its expansions, for search; filled by the glossary stage.
    glossary_expansions: dict[str, list[str]] = field(default_factory=dict)

    def summary(self, shown_problems: int = 10) -> str:
        skipped = len(self.problems)
        text = (
            f"{self.seeds_read} seeds read, {len(self.articles)} pages made, "
            f"{skipped} seeds skipped, {self.dropped_lines} lines dropped as boilerplate "
            f"({self.parsed_now} parsed now, the rest from cache)"
        )
        if skipped:
            reasons = "; ".join(str(problem) for problem in self.problems[:shown_problems])
            more = f"; and {skipped - shown_problems} more" if skipped > shown_problems else ""
            text += f". Skipped: {reasons}{more}"
        return text
