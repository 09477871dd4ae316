"""``python -m seed_articles inspect FILE``: what the parser makes of one seed.

Prints the metadata (and where each value came from), the structure
(headings, figures, lists, paragraph count), every dropped line with the
rule that dropped it, and the lines kept although a weak rule suspected
them (recurring in another seed, placed like page furniture), so a user can see why text is missing and write a
sidecar ``keep:``/``drop:`` entry if a rule got it wrong.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .model import ParsedArticle
from .parsing import SeedError, decode_seed, read_seed
from .parsing.lines import split_lines

PREVIEW_CHARS = 110


def _seed_name(path: Path, repo_root: Path) -> str:
    try:
        return path.resolve().relative_to(repo_root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def run_inspect(path: Path, repo_root: Path, console: Console | None = None) -> int:
    """Print the parse report of ``path``; return 0, or 1 when the seed cannot be parsed."""
    console = console or Console()
    seed = _seed_name(path, repo_root)
    try:
        result = read_seed(path, seed)
    except SeedError as error:
        where = f"{seed}:{error.line}" if error.line else seed
        console.print(f"[bold red]Cannot parse[/bold red] {escape(where)}: {escape(error.message)}")
        return 1
    article = result.article
    console.rule(f"[bold]{escape(seed)}")
    console.print(_metadata_table(article))
    console.print(_metadata_lines(result.roles, path, article))
    console.print(_structure_table(article))
    console.print(_dropped_table(article))
    console.print(_suspects_table(result.suspects, path, article))
    for warning in article.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}")
    return 0


def _metadata_table(article: ParsedArticle) -> Table:
    table = Table(title="Metadata", show_header=False, title_justify="left", expand=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    title = escape(article.title) + (" [dim](derived from the lead)[/dim]" if article.title_derived else "")
    table.add_row("title", title)
    if article.date is None:
        table.add_row("date", "[dim]none[/dim]")
    else:
        date = article.date
        extra = f"precision {date.precision}"
        if date.inferred:
            extra += f", inferred: {', '.join(date.inferred)}"
        if date.source_text:
            extra += f", from “{escape(date.source_text)}”"
        table.add_row("date", f"{date.iso()} [dim]({extra})[/dim]")
    table.add_row("authors", escape(", ".join(article.authors)) or "[dim]none[/dim]")
    table.add_row("source", escape(article.source or "") or "[dim]none[/dim]")
    table.add_row("category", escape(article.category or "") or "[dim]none[/dim]")
    table.add_row("encoding", article.encoding)
    table.add_row("lead", _preview(article.lead) or "[dim]none[/dim]")
    if article.overrides:
        table.add_row(
            "sidecar", escape(", ".join(f"{key}={value!r}" for key, value in article.overrides.items()))
        )
    return table


_META_ROLES = ("category", "title", "byline", "date", "signature")


def _metadata_lines(roles: dict[int, str], path: Path, article: ParsedArticle) -> Table:
    """The source lines that became metadata rather than body text."""
    text, _ = decode_seed(path.read_bytes(), article.encoding)
    lines = split_lines(text)
    table = Table(title="Lines read as metadata", title_justify="left")
    table.add_column("line", justify="right")
    table.add_column("used as", style="green")
    table.add_column("text", overflow="fold")
    for no, role in sorted(roles.items()):
        if role in _META_ROLES and 0 < no <= len(lines):
            table.add_row(str(no), role, _preview(lines[no - 1].text))
    return table


def _structure_table(article: ParsedArticle) -> Table:
    paragraphs = sum(1 for block in article.blocks if block.kind == "paragraph")
    table = Table(
        title=f"Structure ({len(article.blocks)} blocks, {paragraphs} paragraphs)", title_justify="left"
    )
    table.add_column("line", justify="right")
    table.add_column("kind")
    table.add_column("content", overflow="fold")
    for block in article.blocks:
        if block.kind == "heading":
            table.add_row(str(block.line), "[bold cyan]heading[/bold cyan]", _preview(block.text))
        elif block.kind == "figure":
            image = escape(block.image) if block.image else "[dim](no image file)[/dim]"
            table.add_row(str(block.line), "[magenta]figure[/magenta]", f"{image} — {_preview(block.text)}")
        elif block.kind == "list":
            items = "; ".join(block.items)
            table.add_row(str(block.line), "list", f"{len(block.items)} items: {_preview(items)}")
    last = next((block for block in reversed(article.blocks) if block.kind == "paragraph"), None)
    if last is not None:
        table.add_row(str(last.line), "[dim]last paragraph[/dim]", _preview(last.text))
    return table


def _dropped_table(article: ParsedArticle) -> Table:
    table = Table(title=f"Dropped lines ({len(article.dropped)})", title_justify="left")
    table.add_column("line", justify="right")
    table.add_column("rule", style="yellow")
    table.add_column("text", overflow="fold")
    for dropped in article.dropped:
        table.add_row(str(dropped.line), dropped.rule, _preview(dropped.text, 90))
    return table


def _suspects_table(suspects: dict[int, str], path: Path, article: ParsedArticle) -> Table:
    """Lines kept in the article although a weak rule suspected them of being chrome."""
    text, _ = decode_seed(path.read_bytes(), article.encoding)
    lines = split_lines(text)
    table = Table(title=f"Kept although suspected ({len(suspects)})", title_justify="left")
    table.add_column("line", justify="right")
    table.add_column("suspected by", style="cyan")
    table.add_column("text", overflow="fold")
    for no, rule in suspects.items():
        if 0 < no <= len(lines):
            table.add_row(str(no), rule, _preview(lines[no - 1].text, 90))
    return table
