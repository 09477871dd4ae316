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

``--chrome`` also fits the chrome line model (:mod:`..parsing.line_features`),
between the headline and the date: one logistic regression over every
non-meta line the pipeline reaches (the lines the rules dropped too, else a
corpus the rules were tuned on would leave it almost no chrome to learn),
labelled chrome or body from the gold; its threshold sits just above the
best-scored body line among leave-sites-out scores inside the training
sites (:data:`BODY_LOSS_RATE`). It is not shipped by default: under that
precision bar the threshold lands above 1 (a handful of body lines of the
corpus score as chrome on sites the model did not see), and with a looser
bar the leave-sites-out run loses body lines (see ``crossval --chrome``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..parsing import SeedError, data_keys, decode_seed, folder_evidence, parse_seed_bytes, read_seed_files
from ..parsing.choice import KINDS, MODEL_FILE, Candidate, LinearModel, dump_models, recording, using_models
from ..parsing.lines import split_lines
from .compare import collapse
from .corpus import Fixture, load_corpus
from .dates import date_matches
from .gold_lines import classify_lines

C = 0.5  # inverse regularisation: the corpus is small, the weights stay moderate
MAX_ITER = 5000
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

CandidateSet = tuple[list[Candidate], list[int]]  # candidates, 0/1 labels


def bootstrap_model(kind: str = "title") -> LinearModel:
    """No features: every candidate scores 0.5 (the first wins); used to collect features.
    The chrome model's stand-in drops no line (its threshold is out of reach)."""
    return LinearModel((), (), 0.0, (), (), NEVER if kind == "chrome" else 0.5)


NEVER = 2.0  # a probability threshold no line reaches


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


def completed_day_label(fixture: Fixture) -> Callable[[Candidate], int]:
    """A day stamp the parser completes with the time printed elsewhere (a blog's date header
    and its post footer "Posted by X at 7:42 PM"): right when it names the gold minute's day.
    Used only when no candidate matches the gold exactly."""
    gold = fixture.gold
    day = gold.date.split("T")[0] if gold.date is not None and gold.date_precision == "minute" else None
    return lambda candidate: int(
        day is not None and candidate.item.date is not None and date_matches(day, "day", candidate.item.date)
    )


def chrome_label(fixture: Fixture) -> Callable[[Candidate], int | None]:
    """1 for a line the gold calls chrome, 0 for body, None (not trained on) for meta."""
    data, _ = read_seed_files(fixture.seed_path, fixture.seed)
    try:
        text, _ = decode_seed(data)
    except SeedError:
        return lambda candidate: None
    lines = {line.no: line.text for line in split_lines(text) if line.text}
    classes = classify_lines(fixture.gold, lines)
    return lambda candidate: (
        1 if candidate.item in classes.chrome else None if candidate.item in classes.meta else 0
    )


LABELS = {"title": title_label, "date": date_label, "chrome": chrome_label}


def collect(
    fixtures: Sequence[Fixture], kind: str, models: dict[str, LinearModel], evidences: dict | None = None
) -> list[CandidateSet]:
    """The candidate sets of ``kind`` the parser meets on ``fixtures``, labelled from the gold
    (``evidences``: the folders' recurrence evidence already computed, filled as it goes)."""
    sets: list[CandidateSet] = []
    evidences = {} if evidences is None else evidences
    for fixture in fixtures:
        folder = fixture.seed_path.parent
        if folder not in evidences:
            evidences[folder] = folder_evidence(folder)
        label = LABELS[kind](fixture)
        with using_models(models):
            calls = _parse(fixture, evidences[folder], (kind,))
        for _, candidates in calls:
            if candidates:
                labels = [label(candidate) for candidate in candidates]
                if kind == "date" and not any(labels):
                    labels = [completed_day_label(fixture)(candidate) for candidate in candidates]
                sets.append((candidates, labels))
    return sets


LineRows = list[tuple[Candidate, int, str]]  # a line's candidate, its 0/1 label, its site


def collect_lines(fixtures: Sequence[Fixture], models: dict[str, LinearModel]) -> LineRows:
    """The lines the chrome model scores on ``fixtures`` (meta lines left out), labelled from the gold."""
    rows: LineRows = []
    for (candidates, labels), site in _sets_with_sites(fixtures, models):
        rows += [(c, label, site) for c, label in zip(candidates, labels, strict=True) if label is not None]
    return rows


def _sets_with_sites(
    fixtures: Sequence[Fixture], models: dict[str, LinearModel]
) -> Iterator[tuple[CandidateSet, str]]:
    evidences: dict = {}
    for fixture in fixtures:
        for candidate_set in collect([fixture], "chrome", models, evidences):
            yield candidate_set, fixture.gold.site


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


def train_models(fixtures: Sequence[Fixture], chrome: bool = False) -> dict[str, LinearModel]:
    """Fit the headline model, then the chrome line model, then the date model under them
    (``chrome=False``: no chrome model, the rules alone)."""
    models = {kind: bootstrap_model(kind) for kind in KINDS}
    models["title"] = fit(collect(fixtures, "title", models))
    line_model = fit_lines(collect_lines(fixtures, models)) if chrome else None
    if line_model is not None and line_model.threshold <= 1.0:
        models["chrome"] = line_model
    else:  # no chrome model, or one whose threshold no line reaches: the rules alone
        del models["chrome"]
    models["date"] = fit(collect(fixtures, "date", models))
    return models


INNER_FOLDS = 5
# body lines the threshold may drop among the training sites' held-out scores, per body line scored
BODY_LOSS_RATE = 0.0
MARGIN = 0.02  # above the highest-scored body line


def fit_lines(rows: LineRows) -> LinearModel:
    """A logistic regression over the lines; the threshold from leave-sites-out scores inside
    the training sites: just above the best-scored body line (precision first)."""
    model = _fit_rows(rows)
    if not rows or not model.features:
        return model
    held_out = _inner_scores(rows)
    body = sorted((p for p, (_, label, _) in zip(held_out, rows, strict=True) if label == 0), reverse=True)
    allowed = int(BODY_LOSS_RATE * len(body))
    top = body[allowed] if len(body) > allowed else 0.0
    threshold = min(NEVER, max(0.5, top + MARGIN))
    return LinearModel(model.features, model.weights, model.bias, model.means, model.scales, threshold)


def _fit_rows(rows: LineRows) -> LinearModel:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted({name for candidate, _, _ in rows for name in candidate.features})
    labels = [label for _, label, _ in rows]
    if len(set(labels)) < 2:
        return LinearModel(
            tuple(names), (0.0,) * len(names), -5.0, (0.0,) * len(names), (1.0,) * len(names), NEVER
        )
    matrix = np.asarray([[c.features.get(name, 0.0) for name in names] for c, _, _ in rows], dtype=float)
    means = matrix.mean(axis=0)
    scales = matrix.std(axis=0)
    scales[scales == 0] = 1.0
    regression = LogisticRegression(C=C, max_iter=MAX_ITER, solver="lbfgs", random_state=0)
    regression.fit((matrix - means) / scales, labels)
    return LinearModel(
        tuple(names),
        tuple(float(value) for value in regression.coef_[0]),
        float(regression.intercept_[0]),
        tuple(float(value) for value in means),
        tuple(float(value) for value in scales),
        0.5,
    )


def _inner_scores(rows: LineRows) -> list[float]:
    """Each row's probability under a model fitted without its site (sites in INNER_FOLDS groups,
    largest first, each to the smallest group: deterministic)."""
    counts: dict[str, int] = {}
    for _, _, site in rows:
        counts[site] = counts.get(site, 0) + 1
    groups: list[set[str]] = [set() for _ in range(INNER_FOLDS)]
    sizes = [0] * INNER_FOLDS
    for site in sorted(counts, key=lambda name: (-counts[name], name)):
        target = min(range(INNER_FOLDS), key=lambda index: (sizes[index], index))
        groups[target].add(site)
        sizes[target] += counts[site]
    scores = [0.0] * len(rows)
    for group in groups:
        model = _fit_rows([row for row in rows if row[2] not in group])
        for index, (candidate, _, site) in enumerate(rows):
            if site in group:
                scores[index] = model.probability(candidate.features)
    return scores


def train_parser(corpus_dir: Path, output: Path | None = None, chrome: bool = False) -> Path:
    """Refit the shipped models on ``corpus_dir`` and write them (default: the package's data);
    ``chrome``: the chrome line model too (not shipped: see :mod:`..parsing.line_features`)."""
    fixtures = load_corpus(corpus_dir)
    models = train_models(fixtures, chrome)
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
    parser.add_argument("--chrome", action="store_true", help="fit the chrome line model too")
    args = parser.parse_args(argv)
    path = train_parser(args.directory, args.output, args.chrome)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
