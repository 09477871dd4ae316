"""Fitting the parser's scored choices (headline, publication date) on a gold corpus.

``python -m seed_articles.evaluation.train tests/corpus`` parses every fixture,
records the candidate sets the parser scored (:func:`..parsing.choice.recording`),
labels each candidate from the gold (the headline's text; a date equal to the
gold date at the gold precision) and fits one logistic regression per choice
(scikit-learn, standardised features, fixed settings: deterministic). The
probability threshold under which the parser takes no candidate (a derived
title, no date) is the one that gets most candidate sets right on the
training fixtures. The result is written to ``data/parser_model.yml``.

The headline is fitted first: the date's features (above or below the
headline, lines between them) depend on which line is the headline.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..parsing import SeedError, data_keys, folder_evidence, parse_seed_bytes, read_seed_files
from ..parsing.choice import KINDS, MODEL_FILE, Candidate, LinearModel, dump_models, recording, using_models
from .compare import collapse
from .corpus import Fixture, load_corpus
from .dates import date_matches

C = 0.5  # inverse regularisation: the corpus is small, the weights stay moderate
MAX_ITER = 5000
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

CandidateSet = tuple[list[Candidate], list[int]]  # candidates, 0/1 labels


def bootstrap_model() -> LinearModel:
    """No features: every candidate scores 0.5 (the first wins); used to collect features."""
    return LinearModel((), (), 0.0, (), (), 0.5)


def _parse(fixture: Fixture, evidence, kinds: Sequence[str]) -> list[tuple[str, list[Candidate]]]:
    data, sidecar = read_seed_files(fixture.seed_path, fixture.seed)
    with recording() as calls:
        try:
            parse_seed_bytes(data, fixture.seed, None, sidecar, evidence.for_seed(data_keys(data)))
        except SeedError:
            return []
    return [(kind, candidates) for kind, candidates in calls if kind in kinds]


def title_label(fixture: Fixture) -> Callable[[Candidate], int]:
    gold = fixture.gold
    wanted = collapse(gold.title) if gold.title_source == "text" and gold.title else None
    return lambda candidate: int(wanted is not None and collapse(candidate.text) == wanted)


def date_label(fixture: Fixture) -> Callable[[Candidate], int]:
    gold = fixture.gold
    return lambda candidate: int(
        gold.date is not None and date_matches(gold.date, gold.date_precision, candidate.item.date)
    )


LABELS = {"title": title_label, "date": date_label}


def collect(fixtures: Sequence[Fixture], kind: str, models: dict[str, LinearModel]) -> list[CandidateSet]:
    """The candidate sets of ``kind`` the parser meets on ``fixtures``, labelled from the gold."""
    sets: list[CandidateSet] = []
    evidences = {}
    for fixture in fixtures:
        folder = fixture.seed_path.parent
        if folder not in evidences:
            evidences[folder] = folder_evidence(folder)
        label = LABELS[kind](fixture)
        with using_models(models):
            calls = _parse(fixture, evidences[folder], (kind,))
        for _, candidates in calls:
            if candidates:
                sets.append((candidates, [label(candidate) for candidate in candidates]))
    return sets


def fit(sets: Sequence[CandidateSet]) -> LinearModel:
    """A logistic regression over every candidate, then the threshold that gets most sets right."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted(
        {name for candidates, _ in sets for candidate in candidates for name in candidate.features}
    )
    rows = [
        [candidate.features.get(name, 0.0) for name in names]
        for candidates, _ in sets
        for candidate in candidates
    ]
    labels = [label for _, set_labels in sets for label in set_labels]
    matrix = np.asarray(rows, dtype=float)
    means = matrix.mean(axis=0)
    scales = matrix.std(axis=0)
    scales[scales == 0] = 1.0
    if len(set(labels)) < 2:
        return LinearModel(tuple(names), (0.0,) * len(names), -5.0, tuple(means), tuple(scales), 0.5)
    regression = LogisticRegression(C=C, max_iter=MAX_ITER, solver="lbfgs", random_state=0)
    regression.fit((matrix - means) / scales, labels)
    model = LinearModel(
        tuple(names),
        tuple(float(value) for value in regression.coef_[0]),
        float(regression.intercept_[0]),
        tuple(float(value) for value in means),
        tuple(float(value) for value in scales),
    )
    return _with_threshold(model, sets)


def _with_threshold(model: LinearModel, sets: Sequence[CandidateSet]) -> LinearModel:
    """The threshold (between observed best probabilities) that gets most sets right; of equals,
    the one with the widest margin, then the one nearest 0.5."""
    best: list[tuple[float, bool, bool]] = []  # (best probability, best is right, set has a right one)
    for candidates, labels in sets:
        probabilities = [model.probability(candidate.features) for candidate in candidates]
        index = max(range(len(candidates)), key=lambda i: (probabilities[i], -i))
        best.append((probabilities[index], bool(labels[index]), any(labels)))
    values = sorted({0.0, 1.0, *(p for p, _, _ in best)})
    # each option with the width of the gap it sits in: 0.5 itself counts as no gap
    options = [(0.5, 0.0)] + [((a + b) / 2, b - a) for a, b in zip(values, values[1:], strict=False)]

    def right(threshold: float) -> int:
        # taking a candidate where none is right (an invented date, a made-up headline) costs
        # twice a candidate left: precision before recall
        return sum(
            1
            if (p >= threshold and ok) or (p < threshold and not has)
            else -1
            if p >= threshold and not has
            else 0
            for p, ok, has in best
        )

    # of equally good thresholds, the one in the widest gap between observed probabilities (the
    # largest margin on both sides), then the one nearest 0.5
    threshold, _ = max(options, key=lambda option: (right(option[0]), option[1], -abs(option[0] - 0.5)))
    return LinearModel(model.features, model.weights, model.bias, model.means, model.scales, threshold)


def train_models(fixtures: Sequence[Fixture]) -> dict[str, LinearModel]:
    """Fit the headline model, then the date model under it."""
    models = {kind: bootstrap_model() for kind in KINDS}
    models["title"] = fit(collect(fixtures, "title", models))
    models["date"] = fit(collect(fixtures, "date", models))
    return models


def train_parser(corpus_dir: Path, output: Path | None = None) -> Path:
    """Refit the shipped models on ``corpus_dir`` and write them (default: the package's data)."""
    fixtures = load_corpus(corpus_dir)
    models = train_models(fixtures)
    output = output or DATA_DIR / MODEL_FILE
    meta = {
        "fitted_on": f"{len(fixtures)} fixtures, {len({fixture.gold.site for fixture in fixtures})} sites",
        "refit": "python -m seed_articles.evaluation.train tests/corpus",
    }
    output.write_text(dump_models(models, meta), encoding="utf-8")
    return output


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="train-parser", description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="gold corpus (seeds/ and gold/)")
    parser.add_argument("--output", type=Path, default=None, help=f"model file (default: data/{MODEL_FILE})")
    args = parser.parse_args(argv)
    path = train_parser(args.directory, args.output)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
