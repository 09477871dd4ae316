"""The evaluation as rich tables: totals, per site, and every miss."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.measure import Measurement
from rich.table import Table

from .results import COUNTERS, FIELDS, Evaluation, Scores, Tally
from .thresholds import MAX_COUNTERS, MIN_FIELD_RATE


def _rate(tally: Tally) -> str:
    if tally.rate is None:
        return "[dim]—[/dim]"
    style = "green" if tally.rate >= MIN_FIELD_RATE else "red"
    return f"[{style}]{tally.rate:.1%}[/{style}]"


def totals_table(evaluation: Evaluation) -> Table:
    total = evaluation.total()
    title = f"Corpus evaluation: {evaluation.fixture_count} fixtures, {evaluation.site_count} sites"
    table = Table(title=title, title_justify="left")
    table.add_column("field")
    table.add_column("right / checked", justify="right")
    table.add_column("%", justify="right")
    for name in FIELDS:
        tally = total.fields[name]
        table.add_row(name, f"{tally.right} / {tally.checked}", _rate(tally))
    table.add_section()
    for name in COUNTERS:
        count = total.counters[name]
        style = "green" if count <= MAX_COUNTERS[name] else "red"
        table.add_row(name, f"[{style}]{count}[/{style}]", f"target {MAX_COUNTERS[name]}")
    return table


# Short column headers of the per-site table (it has a column per field).
SHORT_NAMES = {
    "title": "title",
    "date": "date",
    "authors": "authors",
    "source": "source",
    "chrome removed": "chrome",
    "body kept": "body",
    "abbreviations recognised": "abbr",
    "definitions in glossary": "defs",
    "related recall": "related",
    "invented dates": "invented",
    "body lines lost": "lost",
    "off-topic links": "off-topic",
}


def sites_table(evaluation: Evaluation) -> Table:
    """One row per site: each field as "right/checked", then the counters."""
    table = Table(
        title="Per site (right/checked; abbr = abbreviations recognised, defs = definitions in glossary)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
    )
    table.add_column("site", no_wrap=True)
    table.add_column("n", justify="right")
    for name in (*FIELDS, *COUNTERS):
        table.add_column(SHORT_NAMES[name], justify="right", no_wrap=True)
    fixtures: dict[str, int] = {}
    for site in evaluation.sites.values():
        fixtures[site] = fixtures.get(site, 0) + 1
    for site, scores in evaluation.by_site().items():
        table.add_row(escape(site), str(fixtures[site]), *_site_cells(scores))
    return table


def _site_cells(scores: Scores) -> list[str]:
    cells = []
    for name in FIELDS:
        tally = scores.fields[name]
        if not tally.checked:
            cells.append("[dim]—[/dim]")
        else:
            style = "green" if tally.rate >= MIN_FIELD_RATE else "red"
            cells.append(f"[{style}]{tally.right}/{tally.checked}[/{style}]")
    for name in COUNTERS:
        count = scores.counters[name]
        cells.append(f"[red]{count}[/red]" if count > MAX_COUNTERS[name] else str(count))
    return cells


def misses_table(evaluation: Evaluation) -> Table:
    table = Table(title=f"Misses ({len(evaluation.misses)})", title_justify="left")
    table.add_column("fixture", no_wrap=True)
    table.add_column("field")
    table.add_column("expected", overflow="fold")
    table.add_column("got", overflow="fold")
    for miss in sorted(evaluation.misses, key=lambda m: (m.fixture, _field_order(m.field))):
        table.add_row(escape(miss.fixture), miss.field, escape(miss.expected), escape(miss.got))
    return table


def _field_order(field: str) -> int:
    order = (*FIELDS, *COUNTERS)
    return order.index(field) if field in order else len(order)


def print_report(
    evaluation: Evaluation, console: Console, verbose: bool = False, by_site: bool = False
) -> None:
    console.print(totals_table(evaluation))
    if by_site:
        table = sites_table(evaluation)
        # Piped or redirected output has no width of its own: print the whole table
        # rather than squeeze a column per field into 80 characters.
        if not console.is_terminal:
            needed = Measurement.get(console, console.options.update_width(10_000), table).maximum
            table.width = needed if needed > console.width else None
        console.print(table, crop=False)
    for problem in evaluation.problems:
        console.print(f"[yellow]No page:[/yellow] {escape(problem)}")
    lost = [miss for miss in evaluation.misses if miss.field == "body kept"]
    if verbose:
        console.print(misses_table(evaluation))
    elif lost:
        console.print(f"[dim]{len(lost)} body lines lost; --verbose lists them and every other miss[/dim]")
