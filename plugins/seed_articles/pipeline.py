"""The build pipeline: seeds folder → parsed articles → enriched pages.

Free of MkDocs so the ``export`` command, the benchmark and the tests run it
alone; the MkDocs plugin is a thin adapter that feeds its pages to MkDocs.
A :class:`Pipeline` instance keeps each stage's results between builds, so
a rebuild after one seed changed parses only that seed.
"""

from __future__ import annotations

from .assemble import StageCache, assemble_site
from .build.parse_stage import ParseStage
from .build.types import ArticleRecord, ProgressCallback, Settings, SiteBuild
from .model import ParsedArticle, SeedProblem
from .text.slugs import unique_slugs


class Pipeline:
    """Runs the stages and keeps what can be reused between builds."""

    def __init__(self) -> None:
        self.parse_stage = ParseStage()
        self.stage_cache = StageCache()

    @property
    def parse_count(self) -> int:
        """Seeds parsed by this instance so far (for tests and benchmarks)."""
        return self.parse_stage.parse_count

    @property
    def folder_warnings(self) -> list[str]:
        """Seeds folders of the last build that are empty or cannot be read."""
        return self.parse_stage.folder_warnings

    def read_seeds(
        self, settings: Settings, progress: ProgressCallback | None = None
    ) -> tuple[list[ParsedArticle], list[SeedProblem], int]:
        """Stage 1 alone: parsed articles, problems and how many seeds were parsed now."""
        return self.parse_stage.read_seeds(settings, progress)

    # -- the whole build -------------------------------------------------------------
    def build(self, settings: Settings, progress: ProgressCallback | None = None) -> SiteBuild:
        parsed, problems, parsed_now = self.parse_stage.read_seeds(settings, progress)
        slugs = unique_slugs(
            [(article.seed, article.overrides.get("slug") or article.title) for article in parsed]
        )
        records = []
        prefix = settings.articles_prefix.strip("/")
        for article in parsed:
            slug = slugs[article.seed]
            records.append(ArticleRecord(article, slug, f"{prefix}/{slug}.md", f"{prefix}/{slug}/"))
        build = SiteBuild(
            articles=records,
            pages={},
            problems=problems,
            seeds_read=len(parsed) + len(problems),
            parsed_now=parsed_now,
            dropped_lines=sum(len(article.dropped) for article in parsed),
        )
        assemble_site(build, settings, self.stage_cache)
        return build
