"""The build pipeline: seeds folder → parsed articles → enriched pages.

Free of MkDocs so the ``export`` command, the benchmark and the tests run it
alone; the MkDocs plugin is a thin adapter that feeds its pages to MkDocs.
A :class:`Pipeline` instance keeps each stage's results between builds, so
a rebuild after one seed changed parses only that seed.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
from pathlib import Path
from typing import Any

from .assemble import StageCache, assemble_site
from .build.background import finish_deferred, run_in_background
from .build.disk_cache import CacheFile, CacheProblem, DiskCache, dump, settings_digest
from .build.parse_stage import ParseStage, SeedScan
from .build.types import ArticleRecord, ProgressCallback, Settings, SiteBuild
from .logs import get_logger
from .model import ParsedArticle, SeedProblem
from .render.links import page_url
from .text.slugs import unique_slugs

log = get_logger(__name__)

# Sections of the state file, in the order they are written (see build/disk_cache.py):
# the manifest (inputs digest, seeds' stat records), the stages' caches (read only when
# something changed) and the finished build with the parse results and rendered pages.
MANIFEST, STAGES, BUILD = "manifest", "stages", "build"
# Seeds read again only because their stat was not recorded (touched, or too recent to
# record) make a new manifest worth writing from this many (or this share of the folder).
RECORD_AGAIN_FROM, RECORD_AGAIN_SHARE = 16, 50


class Pipeline:
    """Runs the stages and keeps what can be reused between builds."""

    def __init__(self) -> None:
        self.parse_stage = ParseStage()
        self.stage_cache = StageCache()
        self._restored: set[Path] = set()  # cache files this instance has opened
        self._file: CacheFile | None = None  # the state file found at start, open while it is useful
        self._untaken: set[str] = set()  # its sections not loaded yet
        self._file_inputs = ""  # digest of the inputs of the build it holds
        self._saved_inputs = ""  # digest of the inputs whose state the cache file holds
        self._saved_records: object = None  # the stat records it holds
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
        # The last build's state is written before this one changes the caches it holds (under
        # `mkdocs serve` it waited for the end of that build; a forked writer has its own copy).
        finish_deferred()
        disk = DiskCache(settings.cache_dir, settings) if settings.cache_dir else None
        if disk is not None and disk.path not in self._restored:
            self._open(disk)
        build, scan = self._build(settings, progress)
        if disk is not None:
            self._persist(disk, scan)
        return build

    def release_caches(self) -> None:
        """Forget what only a next build in this process would reuse (the last build stays)."""
        self.parse_stage = ParseStage()
        self.stage_cache = StageCache()
        self._last = None
        self._close()
        gc.collect()

    # -- the state kept on disk between runs ------------------------------------------
    def _open(self, disk: DiskCache) -> None:
        """Start from the state a build in another process left (only a fresh pipeline does).

        Only the manifest is read now; the other sections when a build needs them.
        """
        self._restored.add(disk.path)
        if self.parse_count or self.parse_stage.cached_seeds():
            return  # this instance already holds newer state (`mkdocs serve` rebuilds)
        file = disk.open()
        if file is None:
            return
        self._file, self._untaken = file, set(file.sections)
        # Every build that opened the file loads its finished build (as it is, or to reuse its
        # parse results and pages): read it while the seeds folder is listed.
        file.prefetch(BUILD)
        manifest = self._take(MANIFEST, dict)
        if manifest is None:
            return
        try:
            inputs, records, records_for = manifest["inputs"], manifest["records"], manifest["records_for"]
        except KeyError:
            self._ignore("cannot be read back (no inputs in its manifest)")
            return
        self._file_inputs = self._saved_inputs = inputs
        self.parse_stage.recorded, self.parse_stage.recorded_for = records, records_for
        self._saved_records = records

    def _take(self, name: str, kind: type) -> Any | None:
        """One section of the state file, once; None (and the file dropped) if it cannot be used."""
        if self._file is None or name not in self._untaken:
            return None
        self._untaken.discard(name)
        try:
            value = self._file.load(name)
        except CacheProblem as problem:
            self._ignore(str(problem))
            return None
        if not isinstance(value, kind):
            self._ignore(f"cannot be read back (its {name} is a {type(value).__name__})")
            return None
        return value

    def _ignore(self, reason: str) -> None:
        assert self._file is not None
        log.info("ignoring the build cache %s: %s", self._file.path, reason)
        self._close()
        self._saved_inputs, self._saved_records = "", None

    def _close(self) -> None:
        if self._file is not None:
            finish_deferred()  # a write still waiting may copy sections of this file
            self._file.close()
        self._file, self._untaken = None, set()

    def _take_build(self) -> SiteBuild | None:
        """The finished build the file holds; its parse results and rendered pages join the caches."""
        section = self._take(BUILD, dict)
        if section is None:
            return None
        build, parsed, rendered = section.get("build"), section.get("parse"), section.get("rendered")
        if not (isinstance(build, SiteBuild) and isinstance(parsed, dict) and rendered is not None):
            self._ignore("cannot be read back (its build section is incomplete)")
            return None
        self.parse_stage.parse_cache = parsed
        self.parse_stage.article_keys = section.get("article_keys") or {}
        self.stage_cache.rendered = rendered
        log.info("build cache: %d seeds known from %s", len(parsed), self._file.path if self._file else "")
        return build

    def _take_stages(self) -> None:
        section = self._take(STAGES, dict)
        if section is None:
            return
        cache = section.get("stages")
        if not isinstance(cache, StageCache) or not isinstance(section.get("keys"), dict):
            self._ignore("cannot be read back (its stages section is incomplete)")
            return
        cache.rendered = self.stage_cache.rendered
        self.stage_cache = cache
        self.parse_stage.keys_cache = section["keys"]

    def _persist(self, disk: DiskCache, scan: SeedScan) -> None:
        if self._last is None:
            return
        inputs, build = self._last
        records = self.parse_stage.recorded
        manifest = {"inputs": inputs, "records": records, "records_for": self.parse_stage.recorded_for}
        if inputs == self._saved_inputs:
            if records == self._saved_records or scan.read_now < max(
                RECORD_AGAIN_FROM, scan.listed // RECORD_AGAIN_SHARE
            ):
                return  # the file holds the state of exactly these inputs
            if self._file is not None:
                # Only the stat records changed (seeds touched, or now old enough to record).
                file = self._file
                run_in_background(
                    lambda: disk.save(
                        {MANIFEST: dump(manifest), STAGES: (file, STAGES), BUILD: (file, BUILD)}
                    )
                )
                self._saved_records = records
                return
        stages = {
            "stages": StageCache(
                self.stage_cache.glossary, self.stage_cache.relations, pages=self.stage_cache.pages
            ),
            "keys": self.parse_stage.keys_cache,
        }
        finished = {
            "build": build,
            "parse": self.parse_stage.parse_cache,
            "article_keys": self.parse_stage.article_keys,
            "rendered": self.stage_cache.rendered,
        }
        self._close()  # the new file replaces everything the old one could still give
        # Pickled and written in a child while MkDocs renders (build/background.py).
        run_in_background(lambda: _save_state(disk, manifest, stages, finished))
        self._saved_inputs, self._saved_records = inputs, records

    def _inputs_digest(self, settings: Settings, scan: SeedScan) -> str:
        """Everything a build is made from: settings, each seed's content key, the seeds it
        could not use, the glossary and topics files (the code is in the cache file's header)."""
        digest = hashlib.sha256(settings_digest(settings).encode())
        for item in scan.fingerprint():
            digest.update(item.encode() + b"\n")
        for extra in (settings.glossary_file, settings.topics_file):
            if extra is not None and extra.is_file():
                digest.update(b"\0" + hashlib.sha256(extra.read_bytes()).digest())
        return digest.hexdigest()

    # -- the whole build -------------------------------------------------------------
    def _build(self, settings: Settings, progress: ProgressCallback | None) -> tuple[SiteBuild, SeedScan]:
        scan = self.parse_stage.scan(settings)
        inputs = self._inputs_digest(settings, scan)
        if self._last is not None and self._last[0] == inputs:
            # Same inputs as the last build of this process.
            build = self._last[1]
            build.parsed_now = 0
            return build, scan
        if self._file is not None and self._file_inputs == inputs:
            # Same inputs as the build that wrote the cache: its result, without the stages' caches.
            found = self._take_build()
            if found is not None:
                found.parsed_now = 0
                self._last = (inputs, found)
                return found, scan
        if self._file is not None and STAGES in self._untaken:
            self._file.prefetch(STAGES)  # read while the finished build is unpickled
        self._take_build()
        self._take_stages()
        parsed, problems, parsed_now, scan = self.parse_stage.parse(settings, scan, progress)
        inputs = self._inputs_digest(settings, scan)  # the folder may have been read again
        named = [(article.seed, article.overrides.get("slug") or article.title) for article in parsed]
        slugs = self.stage_cache.reuse("slugs", (named,), lambda: unique_slugs(named))
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
        assemble_site(build, settings, self.stage_cache, self.parse_stage.article_keys)
        self._last = (inputs, build)
        return build, scan


def _save_state(disk: DiskCache, manifest: dict, stages: dict, finished: dict) -> None:
    try:
        sections = {MANIFEST: dump(manifest), STAGES: dump(stages), BUILD: dump(finished)}
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError, ValueError) as error:
        log.warning("cannot write the build cache in %s: %s", disk.folder, error)
        return
    disk.save(sections)
