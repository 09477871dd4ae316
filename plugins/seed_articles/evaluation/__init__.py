"""Measuring the plugin on a gold corpus (``python -m seed_articles evaluate DIR``).

``DIR/seeds/NAME.txt`` are fixtures, ``DIR/gold/NAME.yml`` say what a
correct parse is (schema: ``tests/corpus/README.md``). :func:`evaluate`
runs the real pipeline once over the fixtures and scores each field as
"right / checked". No MkDocs: the command and the tests run it alone.

Modules, one job each: :mod:`.gold` (load and validate gold files),
:mod:`.corpus` (pair files, run the pipeline, re-parse for line roles),
:mod:`.gold_lines` (which lines are meta, chrome, body), :mod:`.compare`
and :mod:`.dates` (comparison rules), :mod:`.scoring` (the checks),
:mod:`.results` (tallies and misses), :mod:`.thresholds` (the bar) and
:mod:`.report` (rich tables).
"""

from __future__ import annotations

from pathlib import Path

from .corpus import CorpusError, Progress, run_corpus
from .gold import GoldError
from .results import COUNTERS, FIELDS, Evaluation, Miss, Scores, Tally
from .scoring import evaluate_run
from .thresholds import failures

__all__ = [
    "COUNTERS",
    "FIELDS",
    "CorpusError",
    "Evaluation",
    "GoldError",
    "Miss",
    "Scores",
    "Tally",
    "evaluate",
    "failures",
]


def evaluate(corpus_dir: Path, progress: Progress | None = None) -> Evaluation:
    """Run the pipeline over ``corpus_dir`` and score it against the gold files."""
    return evaluate_run(run_corpus(corpus_dir, progress))
