"""Command line: ``python -m seed_articles export DIR``, ``inspect FILE``, ``evaluate DIR`` and
``train-parser DIR``."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from .build.types import Settings, SiteBuild

PLUGIN_NAME = "seed-articles"


def load_site(config_file: Path) -> tuple[MkDocsConfig, Settings]:
    """Load mkdocs.yml; return the MkDocs config and the plugin's settings.

    The plugin's own options are validated by MkDocs while loading; no plugin event runs.
    """
    from mkdocs.config import load_config

    from .build.types import Settings

    config = load_config(str(config_file))
    plugin = config.plugins.get(PLUGIN_NAME)
    if plugin is None:
        raise SystemExit(f"error: {config_file} does not enable the {PLUGIN_NAME} plugin")
    settings = Settings.from_config(plugin.config, config)
    if not settings.seeds_dir.is_dir():
        raise SystemExit(f"error: seeds folder not found: {settings.seeds_dir}")
    return config, settings


def progress_bar(console: Console, transient: bool) -> Progress:
    """The progress bar every command draws: stage, bar, count, elapsed time.

    It starts no refresh thread (callers refresh on each update): the pipeline forks its
    workers only from a process with one thread; with a second one each worker starts under
    forkserver and imports the whole package again (an export of 1,000 articles took 320 s
    instead of 32 s).
    """
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=transient,
        auto_refresh=False,
    )


def export(
    target: Path, config_file: Path, console: Console, with_config: bool = False, use_cache: bool = True
) -> int:
    """Write the hand-written docs and every generated page as Markdown into ``target``.

    With ``with_config`` the pages go to ``target/docs`` and ``target/mkdocs.yml`` is a
    config without the plugin, ready for ``zensical build`` or plain ``mkdocs build``.
    """
    from .pipeline import Pipeline
    from .publish.zensical import export_nav, write_export_config

    config, settings = load_site(config_file)
    if not use_cache:
        settings = replace(settings, cache_dir=None)
    project_dir = target.resolve()
    target = project_dir / "docs" if with_config else project_dir
    if target == Path(config.docs_dir).resolve() or target == settings.seeds_dir:
        raise SystemExit("error: refusing to export into docs/ or seeds/")
    with progress_bar(console, transient=False) as progress:
        task = progress.add_task("Reading seeds", total=None)

        def on_progress(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, refresh=True)

        build = Pipeline().build(settings, progress=on_progress)
        write_task = progress.add_task("Writing pages", total=None)
        written = write_pages(
            build,
            config,
            settings,
            target,
            lambda done, total: progress.update(write_task, completed=done, total=total, refresh=True),
        )
    if with_config:
        # The sidebar lists the newest articles, as the plugin's does (not all of them on every page).
        newest = [record.src_uri for record in build.articles[: settings.nav_articles]]
        present = [path.relative_to(target).as_posix() for path in target.rglob("*.md")]
        written_config = write_export_config(project_dir, config, nav=export_nav(newest, present))
        console.print(f"Wrote {written_config} (build it with `zensical build`)")
    for problem in build.problems:
        console.print(f"[yellow]Seed skipped:[/yellow] {problem}")
    console.print(build.summary())
    console.print(f"Wrote {written} Markdown pages to {target}")
    return 0


def write_pages(
    build: SiteBuild,
    config: MkDocsConfig,
    settings: Settings,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the docs (markers expanded) and the generated pages of ``build`` into ``target``."""
    from .integration.assets import STYLESHEET, asset_sources
    from .publish.home import expand_home_markers

    docs_dir = Path(config.docs_dir)
    pages = dict(build.pages)
    for path in sorted(docs_dir.rglob("*")):
        relative = path.relative_to(docs_dir).as_posix()
        if not path.is_file() or relative.startswith("overrides/"):
            continue
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            pages.setdefault(relative, expand_home_markers(text, build, relative, settings.home_count))
        else:
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
    # The pages' stylesheet ships in the package (the plugin adds it to extra_css).
    sheet = target / STYLESHEET
    sheet.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(asset_sources()[STYLESHEET], sheet)
    for done, (relative, text) in enumerate(sorted(pages.items()), start=1):
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(text, encoding="utf-8")
        if progress:
            progress(done, len(pages))
    return len(pages)


def evaluate(
    corpus_dir: Path, console: Console, verbose: bool = False, by_site: bool = False, check: bool = False
) -> int:
    """Score the pipeline on a gold corpus and print the table.

    Exit code 0 (a measurement, not a gate) unless ``check``: then 1 when a
    threshold is missed, so CI can use the same command.
    """
    from .evaluation import CorpusError, GoldError, failures
    from .evaluation import evaluate as run_evaluation
    from .evaluation.report import print_report

    with progress_bar(console, transient=True) as progress:
        tasks: dict[str, int] = {}

        def on_progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done, total=total, refresh=True)

        try:
            result = run_evaluation(corpus_dir, on_progress)
        except (CorpusError, GoldError) as error:
            progress.stop()
            console.print(
                f"[bold red]error:[/bold red] {error}", markup=True, highlight=False, soft_wrap=True
            )
            return 2
    print_report(result, console, verbose=verbose, by_site=by_site)
    missed = failures(result.total())
    if not check:
        return 0
    for reason in missed:
        console.print(f"[red]below threshold:[/red] {reason}")
    if not missed:
        console.print("[green]all thresholds met[/green]")
    return 1 if missed else 0


def cross_validate(corpus_dir: Path, folds: int, console: Console, verbose: bool, by_site: bool) -> int:
    """Leave-sites-out scores: each fold of sites measured with models fitted on the others."""
    from .evaluation.crossval import cross_validate as run_folds
    from .evaluation.report import print_report

    with progress_bar(console, transient=True) as progress:
        task = progress.add_task("Fitting and scoring folds", total=folds)
        result = run_folds(
            corpus_dir,
            folds,
            lambda done, total: progress.update(task, completed=done, total=total, refresh=True),
        )
    console.print(f"Leave-sites-out: {folds} folds by site, models fitted on the other folds")
    print_report(result, console, verbose=verbose, by_site=by_site)
    return 0


def train_parser(corpus_dir: Path, output: Path | None, console: Console) -> int:
    """Refit the headline and date models on a gold corpus and write their weights."""
    from .evaluation.train import train_parser as fit_models

    with console.status("Fitting the headline and date models"):
        written = fit_models(corpus_dir, output)
    console.print(f"Wrote {written}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m seed_articles", description=__doc__)
    parser.add_argument(
        "-f", "--config-file", type=Path, default=Path("mkdocs.yml"), help="path to mkdocs.yml"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    export_cmd = commands.add_parser(
        "export", help="write every page as Markdown (front matter + body) into DIR"
    )
    export_cmd.add_argument("directory", type=Path)
    export_cmd.add_argument(
        "--with-config",
        action="store_true",
        help="write pages to DIR/docs and a plugin-free DIR/mkdocs.yml (for Zensical or plain MkDocs)",
    )
    export_cmd.add_argument(
        "--no-cache", action="store_true", help="ignore and do not write the build cache (a cold build)"
    )
    inspect_cmd = commands.add_parser("inspect", help="show what the parser makes of one seed file")
    inspect_cmd.add_argument("seed", type=Path)
    evaluate_cmd = commands.add_parser(
        "evaluate", help="score the parser and pipeline on a gold corpus (DIR/seeds + DIR/gold)"
    )
    evaluate_cmd.add_argument("directory", type=Path)
    evaluate_cmd.add_argument(
        "--verbose", action="store_true", help="list every miss: fixture, field, expected, got"
    )
    evaluate_cmd.add_argument("--by-site", action="store_true", help="also show the scores of each site")
    evaluate_cmd.add_argument(
        "--check", action="store_true", help="exit non-zero when a threshold is missed (for CI)"
    )
    evaluate_cmd.add_argument(
        "--cross-validate",
        type=int,
        metavar="K",
        help="score leave-sites-out: K folds of sites, each measured with models fitted on the others",
    )
    train_cmd = commands.add_parser(
        "train-parser", help="refit the headline and date models on a gold corpus (DIR/seeds + DIR/gold)"
    )
    train_cmd.add_argument("directory", type=Path)
    train_cmd.add_argument("--output", type=Path, help="where to write the weights (default: the package's)")
    args = parser.parse_args(argv)
    console = Console(stderr=False)
    if args.command == "export":
        return export(args.directory, args.config_file, console, args.with_config, not args.no_cache)
    if args.command == "evaluate" and args.cross_validate:
        return cross_validate(args.directory, args.cross_validate, console, args.verbose, args.by_site)
    if args.command == "train-parser":
        return train_parser(args.directory, args.output, console)
    if args.command == "evaluate":
        return evaluate(args.directory, console, args.verbose, args.by_site, args.check)
    from .inspect_cli import run_inspect

    return run_inspect(args.seed, args.config_file.resolve().parent)


if __name__ == "__main__":
    sys.exit(main())
