"""Scored choices: which header line is the headline, which date is the publication date.

The rules of :mod:`.header` and :mod:`.pubdate` no longer decide these by a
hand-written order ("the last title-shaped line above the lead, unless ...").
They describe every candidate by generic features (see :mod:`.title_features`
and :mod:`.date_features`) and a linear model scores them: the best candidate
wins when its probability clears the model's threshold, else there is none
(a derived title, no date).

The weights are fitted on the development corpus's gold
(``python -m seed_articles.evaluation.train tests/corpus``, scikit-learn's
logistic regression) and shipped as ``data/parser_model.yml`` (JSON text); this module
only reads them (no scikit-learn at run time, no MkDocs).

A third kind, ``chrome``, scores lines one by one (:func:`classify`, see
:mod:`.line_features`); the shipped file holds no such model unless it is
fitted with ``train --chrome``, and without one no line is scored.

Two hooks serve the measurement code: :func:`using_models` swaps the models
for a block (leave-sites-out cross-validation fits them on other sites), and
:func:`recording` collects every candidate set the parser scored (the
training data).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Generic, TypeVar

# JSON text (valid YAML, so the package data glob ``data/*.yml`` ships it)
MODEL_FILE = "parser_model.yml"
KINDS = ("title", "date", "chrome")

Item = TypeVar("Item")


@dataclass(frozen=True)
class LinearModel:
    """A logistic model over named features, standardised by the training means and scales."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    means: tuple[float, ...]
    scales: tuple[float, ...]
    threshold: float = 0.5  # the best candidate is taken when its probability reaches this

    def logit(self, values: Mapping[str, float]) -> float:
        total = self.bias
        for name, weight, mean, scale in zip(
            self.features, self.weights, self.means, self.scales, strict=True
        ):
            total += weight * (float(values.get(name, 0.0)) - mean) / scale
        return total

    def probability(self, values: Mapping[str, float]) -> float:
        logit = max(-60.0, min(60.0, self.logit(values)))
        return 1.0 / (1.0 + math.exp(-logit))

    def to_json(self) -> dict:
        return {
            "features": list(self.features),
            "weights": [round(value, 6) for value in self.weights],
            "bias": round(self.bias, 6),
            "means": [round(value, 6) for value in self.means],
            "scales": [round(value, 6) for value in self.scales],
            "threshold": round(self.threshold, 6),
        }

    @classmethod
    def from_json(cls, data: Mapping) -> LinearModel:
        return cls(
            tuple(data["features"]),
            tuple(float(value) for value in data["weights"]),
            float(data["bias"]),
            tuple(float(value) for value in data["means"]),
            tuple(float(value) or 1.0 for value in data["scales"]),
            float(data.get("threshold", 0.5)),
        )


@dataclass
class Candidate(Generic[Item]):
    """One option of a choice: the thing chosen, its text (for training labels), its features."""

    item: Item
    text: str
    features: dict[str, float]


@dataclass
class Decision(Generic[Item]):
    chosen: Candidate[Item] | None
    probabilities: list[float] = field(default_factory=list)


def load_models(text: str) -> dict[str, LinearModel]:
    data = json.loads(text)
    return {kind: LinearModel.from_json(data[kind]) for kind in KINDS if kind in data}


def dump_models(models: Mapping[str, LinearModel], meta: Mapping | None = None) -> str:
    data = {kind: models[kind].to_json() for kind in KINDS if kind in models}
    if meta:
        data["meta"] = dict(meta)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


@lru_cache(maxsize=1)
def shipped_models() -> dict[str, LinearModel]:
    """The models fitted on the development corpus (``data/parser_model.yml``)."""
    text = resources.files("seed_articles").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return load_models(text)


_override: list[Mapping[str, LinearModel]] = []
_recorders: list[list[tuple[str, list[Candidate]]]] = []


def model(kind: str) -> LinearModel | None:
    """The model of ``kind`` in use; None when there is none (a file without the chrome model)."""
    if _override:
        return _override[-1].get(kind)
    return shipped_models().get(kind)


@contextmanager
def using_models(models: Mapping[str, LinearModel]) -> Iterator[None]:
    """Parse with ``models`` instead of the shipped ones inside the block (this process only)."""
    _override.append(models)
    try:
        yield
    finally:
        _override.pop()


@contextmanager
def recording() -> Iterator[list[tuple[str, list[Candidate]]]]:
    """Collect ``(kind, candidates)`` of every choice made inside the block."""
    calls: list[tuple[str, list[Candidate]]] = []
    _recorders.append(calls)
    try:
        yield calls
    finally:
        _recorders.pop()


def choose(kind: str, candidates: Sequence[Candidate[Item]]) -> Decision[Item]:
    """The best-scored candidate when it clears the threshold; the first of equals wins."""
    for calls in _recorders:
        calls.append((kind, list(candidates)))
    if not candidates:
        return Decision(None)
    scorer = model(kind)
    if scorer is None:
        return Decision(None)
    probabilities = [scorer.probability(candidate.features) for candidate in candidates]
    best = max(range(len(candidates)), key=lambda index: (probabilities[index], -index))
    chosen = candidates[best] if probabilities[best] >= scorer.threshold else None
    return Decision(chosen, probabilities)


def is_recording() -> bool:
    return bool(_recorders)


def classify(
    kind: str, candidates: Sequence[Candidate[Item]], recorded: Sequence[Candidate[Item]] | None = None
) -> list[Candidate[Item]]:
    """Each candidate on its own (not a choice among them): those whose probability reaches the
    model's threshold. No model of ``kind``: none. The recorders get ``recorded`` (default: the
    candidates), which may hold more lines than are scored (training data)."""
    for calls in _recorders:
        calls.append((kind, list(candidates if recorded is None else recorded)))
    scorer = model(kind)
    if scorer is None or not candidates:
        return []
    return [
        candidate for candidate in candidates if scorer.probability(candidate.features) >= scorer.threshold
    ]
