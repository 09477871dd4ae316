"""The one exception the parser raises for seeds that cannot become a page."""

from __future__ import annotations


class SeedError(Exception):
    """A seed that cannot become a page; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message
