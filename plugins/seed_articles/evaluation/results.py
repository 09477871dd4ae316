"""What an evaluation produces: right/checked per field, counters, and every miss."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

# Fields scored as "right / checked", in the order the table shows them.
FIELDS = (
    "title",
    "date",
    "authors",
    "source",
    "chrome removed",
    "body kept",
    "abbreviations recognised",
    "definitions in glossary",
    "related recall",
)
# Counts of errors that must be zero (they are worse than a miss).
COUNTERS = ("invented dates", "body lines lost", "off-topic links")


@dataclass
class Tally:
    right: int = 0
    checked: int = 0

    def add(self, ok: bool) -> None:
        self.checked += 1
        self.right += ok

    def merge(self, other: Tally) -> None:
        self.right += other.right
        self.checked += other.checked

    @property
    def rate(self) -> float | None:
        """Share right, or None when nothing was checked (no evidence either way)."""
        return self.right / self.checked if self.checked else None


@dataclass(frozen=True)
class Miss:
    fixture: str
    field: str
    expected: str
    got: str


@dataclass
class Scores:
    """Scores of one fixture, or of a group of fixtures merged."""

    fields: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FIELDS})
    counters: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTERS, 0))

    def merge(self, other: Scores) -> None:
        for name, tally in other.fields.items():
            self.fields[name].merge(tally)
        for name, count in other.counters.items():
            self.counters[name] += count


@dataclass
class Evaluation:
    """The result of scoring a corpus run."""

    sites: dict[str, str]  # fixture name → site id
    per_fixture: dict[str, Scores]
    misses: list[Miss]
    problems: list[str] = field(default_factory=list)  # seeds the pipeline could not turn into pages

    def total(self) -> Scores:
        total = Scores()
        for scores in self.per_fixture.values():
            total.merge(scores)
        return total

    def by_site(self) -> dict[str, Scores]:
        grouped: dict[str, Scores] = defaultdict(Scores)
        for name, scores in self.per_fixture.items():
            grouped[self.sites[name]].merge(scores)
        return dict(sorted(grouped.items()))

    @property
    def fixture_count(self) -> int:
        return len(self.per_fixture)

    @property
    def site_count(self) -> int:
        return len(set(self.sites.values()))
