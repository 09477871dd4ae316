"""Stage 1 of the build: the seeds folder read, each seed parsed, results kept by content.

A seed is parsed again only when its bytes, its sidecar, the encoding or the
lines it shares with other seeds (the chrome evidence) changed. A seed is read
only when its stat differs from the one recorded with its content key (or was
too recent to record, :mod:`.seed_files`), or when it must be parsed.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..model import ParsedArticle, SeedProblem
from ..parallel import parallel_map
from ..parsing import (
    NO_EVIDENCE,
    CorpusEvidence,
    SeedError,
    SeedEvidence,
    data_keys,
    parse_seed_bytes,
    read_seed_files,
)
from .seed_files import SeedFile, Signature, settled, sidecar_signature, signature, walk_seeds
from .types import ProgressCallback, Settings


def list_seeds(seeds_dir: Path, unreadable: list[str] | None = None) -> list[Path]:
    """Every ``.txt`` file under ``seeds_dir``, in a stable order.

    Folders that cannot be listed are named in ``unreadable`` (when given), so a
    build never loses their seeds silently.
    """
    return [seed.path for seed in walk_seeds(seeds_dir, unreadable)]


def seed_name(path: Path, repo_root: Path) -> str:
    """How pages and messages name a seed: its repository path, printable.

    A file name that is not valid UTF-8 keeps its bytes as ``\\xNN`` escapes, so
    logs, YAML and HTML never meet a lone surrogate.
    """
    name = path.relative_to(repo_root).as_posix() if path.is_relative_to(repo_root) else path.as_posix()
    return os.fsencode(name).decode("utf-8", "backslashreplace")


# (index, seed, data, sidecar data, encoding, evidence of the lines it shares with other seeds)
SeedJob = tuple[int, str, bytes, bytes | None, str | None, SeedEvidence]
KeysJob = tuple[bytes, str | None]  # (data, encoding)
# Relative path → (seed's stat, sidecar's stat or None, content key), for seeds that need no reading.
Recorded = dict[str, tuple[Signature, Signature | None, str]]


def parse_one(job: SeedJob) -> ParsedArticle | SeedProblem:
    """Parse one seed's bytes (a top-level function so worker processes can run it)."""
    _, seed, data, sidecar_data, encoding, evidence = job
    try:
        return parse_seed_bytes(data, seed, encoding, sidecar_data, evidence).article
    except SeedError as error:
        return SeedProblem(seed, error.message, error.line)


def keys_one(job: KeysJob) -> frozenset[int]:
    """The line keys of one seed, for the cross-seed count (run in worker processes)."""
    data, encoding = job
    return data_keys(data, encoding)


@dataclass
class SeedRead:
    """A usable seed of the folder: its content key, and its bytes once read."""

    index: int  # position in the folder's listing
    seed: str
    file: SeedFile
    key: str  # seed name, encoding, bytes and sidecar bytes, hashed
    data: bytes | None = None  # None while the key came from the stat record
    sidecar_data: bytes | None = None


@dataclass
class SeedScan:
    """The seeds folder as a build finds it, before any parsing."""

    listed: int
    reads: list[SeedRead] = field(default_factory=list)
    problems: dict[int, SeedProblem] = field(default_factory=dict)  # index → why it cannot be used
    read_now: int = 0  # seeds read to learn their key

    def fingerprint(self) -> list[str]:
        """What the parse results follow from: the content keys (sorted) and the problems."""
        return sorted(read.key for read in self.reads) + [str(p) for _, p in sorted(self.problems.items())]


class _StaleRecord(Exception):
    """A seed's bytes do not match the key its unchanged stat promised."""


class ParseStage:
    """Reads the seeds folder and parses each seed, keeping results by content between builds."""

    def __init__(self) -> None:
        self.parse_cache: dict[str, ParsedArticle | SeedProblem] = {}  # parse key → result
        self.keys_cache: dict[str, frozenset[int]] = {}  # content key → line keys
        self.recorded: Recorded = {}
        self.recorded_for: tuple[str, ...] = ()  # the settings the records were made with
        self.article_keys: dict[str, str] = {}  # seed → parse key, of the last read
        self.parse_count = 0  # total seeds parsed by this instance (for tests and benchmarks)
        self.folder_warnings: list[str] = []  # seeds folders that are empty or cannot be read

    @staticmethod
    def _seed_key(settings: Settings, seed: str, data: bytes, sidecar_data: bytes | None) -> str:
        digest = hashlib.sha256(os.fsencode(seed) + f"\0{settings.seeds_encoding or ''}\0".encode())
        digest.update(data)
        if sidecar_data is not None:
            digest.update(b"\0sidecar\0" + sidecar_data)
        return digest.hexdigest()

    @staticmethod
    def _records_key(settings: Settings) -> tuple[str, ...]:
        return (str(settings.seeds_dir), str(settings.repo_root), settings.seeds_encoding or "")

    @staticmethod
    def _precheck(settings: Settings, file: SeedFile, seed: str) -> SeedProblem | None:
        """Problems found without reading the file."""
        try:
            if file.link and not file.path.resolve().is_relative_to(settings.seeds_dir.resolve()):
                # A seed must not make the build read files from elsewhere on the machine.
                return SeedProblem(seed, "the file is a symbolic link to a file outside the seeds folder")
            size = (file.stat or file.path.stat()).st_size
        except OSError as error:  # deleted or renamed while `serve` rebuilds, a dangling link ...
            return SeedProblem(seed, f"cannot read the file: {error.strerror or error}")
        if size > settings.max_seed_bytes:
            return SeedProblem(
                seed,
                f"the file is {size:,} bytes, over the limit of {settings.max_seed_bytes:,} "
                "(raise max_seed_bytes in the plugin config if it really is one article)",
            )
        return None

    def cached_seeds(self) -> int:
        """How many seeds' parse results this stage holds."""
        return len(self.parse_cache)

    def scan(self, settings: Settings, trust_records: bool = True) -> SeedScan:
        """List the folder and key every seed, reading only those whose stat is not recorded."""
        started = time.time_ns()
        unreadable: list[str] = []
        files = walk_seeds(settings.seeds_dir, unreadable)
        self.folder_warnings = [f"cannot list seeds folder {entry}" for entry in unreadable]
        if not files:
            self.folder_warnings.append(f"no .txt seeds found in {settings.seeds_dir}")
        records_key = self._records_key(settings)
        known = self.recorded if trust_records and self.recorded_for == records_key else {}
        recorded: Recorded = {}
        # seed_name of every file, without a Path per file: the folder's part once, then the rest.
        prefix = seed_name(settings.seeds_dir / "x", settings.repo_root)[:-1]
        scan = SeedScan(listed=len(files))
        for index, file in enumerate(files):
            seed = prefix + os.fsencode(file.relative).decode("utf-8", "backslashreplace")
            problem = self._precheck(settings, file, seed)
            if problem is not None:
                scan.problems[index] = problem
                continue
            assert file.stat is not None  # the precheck stat'ed it
            stat = signature(file.stat)
            sidecar = sidecar_signature(file)
            recordable = not file.link and sidecar is not False
            entry = known.get(file.relative)
            if recordable and entry is not None and entry[0] == stat and entry[1] == sidecar:
                scan.reads.append(SeedRead(index, seed, file, entry[2]))
                recorded[file.relative] = entry
                continue
            try:
                data, sidecar_data = read_seed_files(file.path, seed)
            except SeedError as error:
                scan.problems[index] = SeedProblem(seed, error.message, error.line)
                continue
            key = self._seed_key(settings, seed, data, sidecar_data)
            scan.reads.append(SeedRead(index, seed, file, key, data, sidecar_data))
            scan.read_now += 1
            if recordable and settled(stat, started) and (sidecar is None or settled(sidecar, started)):
                recorded[file.relative] = (stat, sidecar, key)  # type: ignore[assignment]  # not False here
        self.recorded, self.recorded_for = recorded, records_key
        return scan

    def _load(self, settings: Settings, read: SeedRead) -> None:
        """Read a seed keyed from its stat record; its bytes must give the recorded key."""
        if read.data is not None:
            return
        try:
            data, sidecar_data = read_seed_files(read.file.path, read.seed)
        except SeedError as error:
            raise _StaleRecord(read.seed) from error
        if self._seed_key(settings, read.seed, data, sidecar_data) != read.key:
            raise _StaleRecord(read.seed)
        read.data, read.sidecar_data = data, sidecar_data

    def read_seeds(
        self, settings: Settings, progress: ProgressCallback | None = None
    ) -> tuple[list[ParsedArticle], list[SeedProblem], int]:
        """Parsed articles, problems and how many seeds were parsed now."""
        parsed, problems, parsed_now, _ = self.parse(settings, self.scan(settings), progress)
        return parsed, problems, parsed_now

    def parse(
        self, settings: Settings, scan: SeedScan, progress: ProgressCallback | None = None
    ) -> tuple[list[ParsedArticle], list[SeedProblem], int, SeedScan]:
        """Parse the seeds of ``scan`` (cached results reused); also the scan the results follow from.

        A seed whose bytes no longer match its stat record (changed within the same
        timestamp) makes the folder be read again without records.
        """
        try:
            return (*self._parse(settings, scan, progress), scan)
        except _StaleRecord:
            scan = self.scan(settings, trust_records=False)
            return (*self._parse(settings, scan, progress), scan)

    def _parse(
        self, settings: Settings, scan: SeedScan, progress: ProgressCallback | None
    ) -> tuple[list[ParsedArticle], list[SeedProblem], int]:
        results: list[ParsedArticle | SeedProblem | None] = [None] * scan.listed
        for index, problem in scan.problems.items():
            results[index] = problem
        evidence = self._evidence(settings, scan.reads)
        keys: dict[str, str] = {}
        jobs: list[SeedJob] = []
        encoding = settings.seeds_encoding or None
        for read, seed_evidence in zip(scan.reads, evidence, strict=True):
            # The parse depends on the evidence too: a seed whose recurring lines changed is parsed again.
            key = read.key + seed_evidence.digest().hex() if seed_evidence.counts else read.key
            keys[read.seed] = key
            cached = self.parse_cache.get(key)
            if cached is not None:
                results[read.index] = cached
            else:
                self._load(settings, read)
                assert read.data is not None
                jobs.append((read.index, read.seed, read.data, read.sidecar_data, encoding, seed_evidence))
        done = scan.listed - len(jobs)
        for (index, *_), result in zip(jobs, parallel_map(parse_one, jobs), strict=True):
            results[index] = result
            done += 1
            if progress:
                progress(done, scan.listed)
        self.parse_count += len(jobs)
        # Keep only the results of the current seeds, so memory stays bounded.
        self.parse_cache = {keys[read.seed]: results[read.index] for read in scan.reads}  # type: ignore[misc]
        self.article_keys = keys
        for read in scan.reads:  # the bytes are no longer needed
            read.data = read.sidecar_data = None
        parsed = [result for result in results if isinstance(result, ParsedArticle)]
        problems = [result for result in results if isinstance(result, SeedProblem)]
        return parsed, problems, len(jobs)

    def _evidence(self, settings: Settings, reads: list[SeedRead]) -> list[SeedEvidence]:
        """Cross-seed pass: each seed's line keys (cached by content), counted over the folder."""
        encoding = settings.seeds_encoding or None
        missing = [read for read in reads if read.key not in self.keys_cache]
        for read in missing:
            self._load(settings, read)
        jobs = [(read.data, encoding) for read in missing]
        for read, line_keys in zip(missing, parallel_map(keys_one, jobs), strict=True):
            self.keys_cache[read.key] = line_keys
        self.keys_cache = {read.key: self.keys_cache[read.key] for read in reads}
        if len(reads) < 2:
            return [NO_EVIDENCE] * len(reads)
        corpus = CorpusEvidence(self.keys_cache[read.key] for read in reads)
        return [corpus.for_seed(self.keys_cache[read.key]) for read in reads]
