"""Seed parsing: raw scraped text → :class:`~seed_articles.model.ParsedArticle`.

Minimal first version (title = first line, paragraphs = other lines); the
full rules live in the modules of this package as they are written.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Block, ParsedArticle
from ..text.vietnamese import normalize_text


class SeedError(Exception):
    """A seed that cannot become a page; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def parse_text(text: str, seed: str) -> ParsedArticle:
    """Parse already-decoded seed text."""
    lines = [normalize_text(line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    numbered = [(i + 1, line) for i, line in enumerate(lines) if line]
    if not numbered:
        raise SeedError("the file is empty or holds only whitespace")
    title = numbered[0][1]
    rest = numbered[1:]
    lead = rest[0][1] if rest else ""
    blocks = [Block("paragraph", text=line, line=no) for no, line in rest[1:]]
    return ParsedArticle(seed=seed, title=title, lead=lead, blocks=blocks)


def parse_seed(path: Path, seed: str, encoding: str | None = None) -> ParsedArticle:
    """Read and parse one seed file."""
    data = path.read_bytes()
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        raise SeedError(f"cannot decode the file as {encoding or 'UTF-8'}: {error.reason}") from error
    return parse_text(text, seed)
