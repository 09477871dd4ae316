"""The corpus on disk, and one run of the real pipeline over it.

``DIR/seeds/NAME.txt`` pairs with ``DIR/gold/NAME.yml``. The pipeline is
run once over ``DIR/seeds`` exactly as a site build runs it (same glossary,
same relations), then each fixture is parsed again with the parser's
line-level API to learn where every line went. The re-parse reads the file
with the same function and encoding as the pipeline, so its line numbers
and roles are those of the pipeline's own parse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..build.parse_stage import list_seeds
from ..build.types import ArticleRecord, Settings, SiteBuild
from ..model import ParsedArticle
from ..parsing import SeedError, decode_seed, read_seed
from ..parsing.lines import split_lines
from ..pipeline import Pipeline
from .gold import Gold, GoldError, load_gold

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class CorpusError(Exception):
    """The corpus folder is not usable (missing folders, unpaired files)."""


@dataclass
class Fixture:
    """One seed with its gold and what the pipeline made of it."""

    gold: Gold
    seed_path: Path
    seed: str  # the seed name the pipeline uses, e.g. "seeds/vnexpress-1.txt"
    record: ArticleRecord | None = None  # None when the pipeline skipped the seed
    problem: str | None = None  # why it was skipped
    roles: dict[int, str] | None = None  # line number → role, from the re-parse
    lines: dict[int, str] | None = None  # non-blank line number → normalised text

    @property
    def name(self) -> str:
        return self.gold.name

    @property
    def article(self) -> ParsedArticle | None:
        return self.record.parsed if self.record is not None else None


@dataclass
class CorpusRun:
    fixtures: list[Fixture]
    build: SiteBuild


def settings_for(corpus_dir: Path) -> Settings:
    """The settings of a build of the corpus: defaults, seeds in ``DIR/seeds``."""
    return Settings(repo_root=corpus_dir, seeds_dir=corpus_dir / "seeds")


def load_corpus(corpus_dir: Path) -> list[Fixture]:
    """Pair every seed with its gold file; unpaired files and bad gold files are errors."""
    seeds_dir, gold_dir = corpus_dir / "seeds", corpus_dir / "gold"
    for folder in (seeds_dir, gold_dir):
        if not folder.is_dir():
            raise CorpusError(f"{folder}: no such folder (a corpus has seeds/ and gold/)")
    seeds = {_fixture_name(path, seeds_dir): path for path in list_seeds(seeds_dir)}
    golds = {_fixture_name(path, gold_dir): path for path in sorted(gold_dir.rglob("*.yml"))}
    unpaired = [f"seeds/{name}.txt has no gold file gold/{name}.yml" for name in sorted(seeds.keys() - golds)]
    unpaired += [f"gold/{name}.yml has no fixture seeds/{name}.txt" for name in sorted(golds.keys() - seeds)]
    if unpaired:
        # Every fixture is scored or none: a partial run would report numbers for a different corpus.
        raise CorpusError(f"{corpus_dir}: {len(unpaired)} unpaired files:\n  " + "\n  ".join(unpaired))
    fixtures = []
    for name in sorted(seeds):
        path = seeds[name]
        seed = path.relative_to(corpus_dir).as_posix()
        fixtures.append(Fixture(load_gold(golds[name]), path, seed))
    return fixtures


def _fixture_name(path: Path, folder: Path) -> str:
    return path.relative_to(folder).with_suffix("").as_posix()


def run_corpus(corpus_dir: Path, progress: Progress | None = None) -> CorpusRun:
    """Load the corpus, build it once with the real pipeline, attach results and line roles."""
    corpus_dir = corpus_dir.resolve()
    fixtures = load_corpus(corpus_dir)
    settings = settings_for(corpus_dir)

    def on_build(done: int, total: int) -> None:
        if progress:
            progress("Running the pipeline", done, total)

    build = Pipeline().build(settings, progress=on_build)
    records = {record.parsed.seed: record for record in build.articles}
    problems = {problem.seed: str(problem) for problem in build.problems}
    for done, fixture in enumerate(fixtures, start=1):
        fixture.record = records.get(fixture.seed)
        fixture.problem = problems.get(fixture.seed)
        if fixture.record is None and fixture.problem is None:
            fixture.problem = "the pipeline made no page of it"
        _attach_roles(fixture, settings)
        if progress:
            progress("Reading line roles", done, len(fixtures))
    return CorpusRun(fixtures, build)


def _attach_roles(fixture: Fixture, settings: Settings) -> None:
    """Where each line went, and the normalised text of each line (for gold line texts)."""
    encoding = settings.seeds_encoding or None
    try:
        text, _ = decode_seed(fixture.seed_path.read_bytes(), encoding)
        fixture.lines = {line.no: line.text for line in split_lines(text) if line.text}
        fixture.roles = read_seed(fixture.seed_path, fixture.seed, encoding).roles
    except SeedError as error:
        fixture.problem = fixture.problem or error.message


__all__ = ["CorpusError", "CorpusRun", "Fixture", "GoldError", "load_corpus", "run_corpus", "settings_for"]
