"""The build pipeline: seeds folder → parsed articles → enriched pages.

Free of MkDocs so the ``export`` command, the benchmark and the tests run it
alone; the MkDocs plugin is a thin adapter that feeds its pages to MkDocs.
A :class:`Pipeline` instance keeps each stage's results between builds, so
a rebuild after one seed changed parses only that seed.
"""

from __future__ import annotations

import gc
import hashlib
from pathlib import Path

from .assemble import StageCache, assemble_site
from .build.disk_cache import DiskCache, settings_digest
from .build.parse_stage import ParseStage
from .build.types import ArticleRecord, ProgressCallback, Settings, SiteBuild
from .logs import get_logger
from .model import ParsedArticle, SeedProblem
from .render.links import page_url
from .text.slugs import unique_slugs

log = get_logger(__name__)


class Pipeline:
    """Runs the stages and keeps what can be reused between builds."""

    def __init__(self) -> None:
        self.parse_stage = ParseStage()
        self.stage_cache = StageCache()
        self._restored: set[Path] = set()  # cache files this instance has read
        self._saved_inputs = ""  # digest of the inputs whose state the cache file holds
        self._last: tuple[str, SiteBuild] | None = None  # (digest of its inputs, the last build)

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

    def build(self, settings: Settings, progress: ProgressCallback | None = None) -> SiteBuild:
        disk = DiskCache(settings.cache_dir, settings) if settings.cache_dir else None
        if disk is not None and disk.path not in self._restored:
            self._restore(disk)
        build = self._build(settings, progress)
        if disk is not None:
            self._persist(disk)
        return build

    def release_caches(self) -> None:
        """Forget what only a next build in this process would reuse (the last build stays)."""
        self.parse_stage = ParseStage()
        self.stage_cache = StageCache()
        self._last = None
        gc.collect()

    # -- the state kept on disk between runs ------------------------------------------
    def _restore(self, disk: DiskCache) -> None:
        """Start from the state a build in another process left (only a fresh pipeline does)."""
        self._restored.add(disk.path)
        if self.parse_count or self.parse_stage.cached_seeds():
            return  # this instance already holds newer state (`mkdocs serve` rebuilds)
        state = disk.load()
        if not (
            isinstance(state, dict)
            and isinstance(state.get("parse"), ParseStage)
            and isinstance(state.get("stages"), StageCache)
            and isinstance(state.get("build"), SiteBuild)
        ):
            return
        self.parse_stage, self.stage_cache = state["parse"], state["stages"]
        self.parse_stage.parse_count = 0
        self._saved_inputs = state["inputs"]
        self._last = (state["inputs"], state["build"])
        log.info("build cache: %d seeds known from %s", self.parse_stage.cached_seeds(), disk.path)

    def _persist(self, disk: DiskCache) -> None:
        if self._last is None or self._last[0] == self._saved_inputs:
            return  # the file already holds the state of exactly these inputs
        inputs, build = self._last
        disk.save({"inputs": inputs, "parse": self.parse_stage, "stages": self.stage_cache, "build": build})
        self._saved_inputs = inputs

    def _inputs_digest(self, settings: Settings, problems: list[SeedProblem]) -> str:
        """Everything a build is made from: settings, each seed's content key, the seeds it
        could not use, the glossary and topics files (the code is in the cache file's header)."""
        digest = hashlib.sha256(settings_digest(settings).encode())
        for key in self.parse_stage.content_keys():
            digest.update(key.encode() + b"\n")
        for problem in problems:
            digest.update(str(problem).encode() + b"\n")
        for extra in (settings.glossary_file, settings.topics_file):
            if extra is not None and extra.is_file():
                digest.update(b"\0" + hashlib.sha256(extra.read_bytes()).digest())
        return digest.hexdigest()

    # -- the whole build -------------------------------------------------------------
    def _build(self, settings: Settings, progress: ProgressCallback | None) -> SiteBuild:
        parsed, problems, parsed_now = self.parse_stage.read_seeds(settings, progress)
        inputs = self._inputs_digest(settings, problems)
        if self._last is not None and self._last[0] == inputs:
            # Same inputs as the last build (in this process or the one that wrote the cache).
            build = self._last[1]
            build.parsed_now = parsed_now
            return build
        slugs = unique_slugs(
            [(article.seed, article.overrides.get("slug") or article.title) for article in parsed]
        )
        records = []
        prefix = settings.articles_prefix.strip("/")
        for article in parsed:
            slug = slugs[article.seed]
            src_uri = f"{prefix}/{slug}.md"
            # The URL MkDocs gives the page (``…/slug/`` or ``…/slug.html``): feeds and front matter use it.
            records.append(ArticleRecord(article, slug, src_uri, page_url(src_uri, settings.directory_urls)))
        build = SiteBuild(
            articles=records,
            pages={},
            problems=problems,
            seeds_read=len(parsed) + len(problems),
            parsed_now=parsed_now,
            dropped_lines=sum(len(article.dropped) for article in parsed),
        )
        assemble_site(build, settings, self.stage_cache)
        self._last = (inputs, build)
        return build
