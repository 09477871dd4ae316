"""The development corpus (tests/corpus) measured against its thresholds.

The numbers are the project's bar for unseen site shapes: every field at
least 95 % right, no invented date, no body line lost, no off-topic link.
Run ``python -m seed_articles evaluate tests/corpus --verbose`` to see the misses.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from seed_articles.evaluation import Evaluation, evaluate, failures

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
MIN_FIXTURES = 60
MIN_SITES = 20


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate(CORPUS)


def test_corpus_is_large_and_varied(evaluation):
    assert evaluation.fixture_count >= MIN_FIXTURES, f"{evaluation.fixture_count} fixtures"
    assert evaluation.site_count >= MIN_SITES, f"{evaluation.site_count} distinct sites"


def test_corpus_meets_thresholds(evaluation):
    missed = failures(evaluation.total())
    assert not missed, "below threshold:\n" + "\n".join(missed)


def test_cli_prints_the_table():
    result = subprocess.run(
        [sys.executable, "-m", "seed_articles", "evaluate", str(CORPUS), "--by-site"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Corpus evaluation:" in result.stdout
    for field in ("title", "date", "authors", "source", "chrome removed", "body kept", "related recall"):
        assert field in result.stdout
    for counter in ("invented dates", "body lines lost", "off-topic links"):
        assert counter in result.stdout
    assert "Per site" in result.stdout
