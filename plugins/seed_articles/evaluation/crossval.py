"""Leave-sites-out measurement: how the parser does on site shapes its models never saw.

``python -m seed_articles.evaluation.crossval tests/corpus --folds 5`` splits the
corpus BY SITE into K folds (every fixture of a site in the same fold, folds
balanced by fixture count, deterministic). For each fold the parser's scored
choices (:mod:`.train`) are fitted on the other folds only, the corpus is run
with those models, and only the fold's fixtures are scored. The folds' scores
together are one evaluation, printed like ``evaluate``'s.

Only the fitted part is held out: the hand-written rules were developed on
the whole corpus, so these numbers measure what the learned choices add on
unseen sites, and a change that raises the plain numbers but not these is
not progress.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..parsing.choice import using_models
from .corpus import Fixture, load_corpus, run_corpus
from .results import Evaluation, Miss, Scores
from .scoring import evaluate_run
from .thresholds import failures
from .train import train_models

DEFAULT_FOLDS = 5
FoldProgress = Callable[[int, int], None]  # (fold done, folds)


def site_folds(fixtures: Sequence[Fixture], folds: int) -> list[set[str]]:
    """Sites split into ``folds`` groups of about equal fixture counts (largest sites first,
    each to the group with the fewest fixtures; ties by name: the same split every run)."""
    counts: dict[str, int] = {}
    for fixture in fixtures:
        counts[fixture.gold.site] = counts.get(fixture.gold.site, 0) + 1
    folds = max(1, min(folds, len(counts)))
    groups: list[set[str]] = [set() for _ in range(folds)]
    sizes = [0] * folds
    for site in sorted(counts, key=lambda name: (-counts[name], name)):
        target = min(range(folds), key=lambda index: (sizes[index], index))
        groups[target].add(site)
        sizes[target] += counts[site]
    return groups


def cross_validate(
    corpus_dir: Path, folds: int = DEFAULT_FOLDS, progress: FoldProgress | None = None, chrome: bool = False
) -> Evaluation:
    """Each fold's fixtures scored with models fitted on the other folds' sites (``chrome``: the
    chrome line model of :mod:`..parsing.line_features` too)."""
    fixtures = load_corpus(corpus_dir)
    sites = {fixture.name: fixture.gold.site for fixture in fixtures}
    per_fixture: dict[str, Scores] = {}
    misses: list[Miss] = []
    problems: list[str] = []
    groups = site_folds(fixtures, folds)
    for done, group in enumerate(groups, start=1):
        models = train_models([fixture for fixture in fixtures if fixture.gold.site not in group], chrome)
        with using_models(models):
            evaluation = evaluate_run(run_corpus(corpus_dir))
        held = {name for name, site in evaluation.sites.items() if site in group}
        per_fixture.update({name: scores for name, scores in evaluation.per_fixture.items() if name in held})
        misses += [miss for miss in evaluation.misses if miss.fixture in held]
        problems += [problem for problem in evaluation.problems if _names_any(problem, held)]
        if progress:
            progress(done, len(groups))
    return Evaluation(sites=sites, per_fixture=per_fixture, misses=misses, problems=problems)


def _names_any(problem: str, names: set[str]) -> bool:
    return any(f"/{name}.txt" in problem for name in names)


def main(argv: Sequence[str] | None = None) -> int:
    from rich.console import Console

    from .report import print_report

    parser = argparse.ArgumentParser(prog="cross-validate", description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="gold corpus (seeds/ and gold/)")
    parser.add_argument("--folds", type=int, default=DEFAULT_FOLDS, help="number of site folds (default 5)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--by-site", action="store_true", help="add a table per site")
    parser.add_argument("--chrome", action="store_true", help="fit and apply the chrome line model too")
    parser.add_argument("--check", action="store_true", help="exit 1 below the thresholds")
    args = parser.parse_args(argv)
    console = Console()
    evaluation = cross_validate(args.directory, args.folds, chrome=args.chrome)
    with_chrome = " (with the chrome line model)" if args.chrome else ""
    console.print(
        f"Leave-sites-out: {args.folds} folds by site, models fitted on the other folds{with_chrome}"
    )
    print_report(evaluation, console, verbose=args.verbose, by_site=args.by_site)
    missed = failures(evaluation.total())
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
