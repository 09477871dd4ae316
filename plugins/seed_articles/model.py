"""Data passed between the stages of the core (parse → enrich → render).

Plain dataclasses, no MkDocs: the parser fills :class:`ParsedArticle`, the
glossary and relation stages fill :class:`Enrichment`, the renderer turns
both into Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "figure", "list", "quote"]
DatePrecision = Literal["minute", "day", "month", "year", "day-month"]


@dataclass(frozen=True)
class Block:
    """One element of an article body, text in NFC, never Markdown.

    * ``paragraph`` / ``heading`` / ``quote``: ``text``.
    * ``figure``: ``image`` (file name as found, may be empty) and ``text`` (caption).
    * ``list``: ``items``.
    """

    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()
    image: str = ""
    line: int = 0  # 1-based line in the seed where the block starts


@dataclass(frozen=True)
class ArticleDate:
    """A publication date as precise as the article supports, never invented.

    ``year`` is ``None`` only for precision ``day-month``: the text gives a day and
    month and nothing tells the year. Such a date is shown, never placed in time
    (sorting, feeds and the timeline treat the article as undated).
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    precision: DatePrecision = "day"
    inferred: tuple[str, ...] = ()  # parts not written in the text, e.g. ("year",)
    source_text: str = ""  # the words the date was read from

    def iso(self) -> str:
        """ISO 8601: ``2024-12-09T14:27:00+07:00``, ``2024-12-09``, ``2024-12``, ``2024``,
        or ``--12-09`` (ISO 8601's day and month without a year)."""
        if self.year is None:
            return f"--{self.month or 0:02d}-{self.day or 0:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.hour is None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return (
            f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
            f"T{self.hour:02d}:{self.minute or 0:02d}:{self.second or 0:02d}+07:00"
        )

    def sort_tuple(self) -> tuple[int, int, int, int, int, int]:
        return (
            self.year or 0,
            self.month or 0,
            self.day or 0,
            self.hour or 0,
            self.minute or 0,
            self.second or 0,
        )


@dataclass(frozen=True)
class DroppedLine:
    """A source line left out of the article, and the rule that left it out."""

    line: int  # 1-based
    text: str
    rule: str  # short rule id, e.g. "related-block", "player", "teaser"


@dataclass
class ParsedArticle:
    """What the parser extracts from one seed file."""

    seed: str  # repo-relative path of the raw file, e.g. "seeds/000_x.txt"
    title: str
    lead: str  # the lead paragraph, used as summary
    blocks: list[Block] = field(default_factory=list)
    title_derived: bool = False  # True when the text had no headline
    date: ArticleDate | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    category: str | None = None
    listing: bool = False  # a tag, section or search page: several stories, none of them its own
    dropped: list[DroppedLine] = field(default_factory=list)
    overrides: dict = field(default_factory=dict)  # front-matter values from a sidecar
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """The summary every consumer shows: a sidecar's ``summary``, else the lead."""
        override = self.overrides.get("summary")
        return override if isinstance(override, str) and override else self.lead

    @property
    def tags_override(self) -> list[str] | None:
        """A sidecar's ``tags``, which replace the inferred ones; ``None`` without."""
        tags = self.overrides.get("tags")
        return list(tags) if isinstance(tags, list) else None

    @property
    def timeline_date(self) -> ArticleDate | None:
        """The date if it places the article in time (a year is known), else ``None``."""
        return self.date if self.date is not None and self.date.year is not None else None

    def body_text(self) -> str:
        """Plain text of lead and body (captions included), for statistics and similarity."""
        parts = [self.lead]
        for block in self.blocks:
            if block.kind == "list":
                parts.extend(block.items)
            else:
                parts.append(block.text)
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class SeedProblem:
    """A seed that could not become a page, with a message for the user."""

    seed: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.seed}:{self.line}" if self.line else self.seed
        return f"{where}: {self.message}"
