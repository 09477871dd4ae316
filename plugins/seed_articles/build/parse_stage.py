"""Stage 1 of the build: the seeds folder read, each seed parsed, results kept by content.

A seed is parsed again only when its bytes, its sidecar, the encoding or the
lines it shares with other seeds (the chrome evidence) changed.
"""

from __future__ import annotations

import hashlib
import os
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
from .types import ProgressCallback, Settings


def list_seeds(seeds_dir: Path, unreadable: list[str] | None = None) -> list[Path]:
    """Every ``.txt`` file under ``seeds_dir``, in a stable order.

    Folders that cannot be listed are named in ``unreadable`` (when given), so a
    build never loses their seeds silently.
    """
    if not seeds_dir.is_dir():
        return []
    found: list[Path] = []

    def report(error: OSError) -> None:
        if unreadable is not None:
            unreadable.append(f"{error.filename}: {error.strerror or error}")

    for folder, _, names in os.walk(seeds_dir, onerror=report):
        for name in names:
            path = Path(folder) / name
            if path.suffix.lower() == ".txt" and (path.is_file() or path.is_symlink()):
                found.append(path)
    return sorted(found, key=lambda path: _seed_sort_key(path, seeds_dir))


def _seed_sort_key(path: Path, seeds_dir: Path) -> bytes:
    # Bytes, not str: names that are not valid UTF-8 still sort, deterministically.
    return os.fsencode(path.relative_to(seeds_dir).as_posix())


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


class ParseStage:
    """Reads the seeds folder and parses each seed, keeping results by content between builds."""

    def __init__(self) -> None:
        self._parse_cache: dict[str, ParsedArticle | SeedProblem] = {}
        self._keys_cache: dict[str, frozenset[int]] = {}  # content key → line keys
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
    def _precheck(settings: Settings, path: Path, seed: str) -> SeedProblem | None:
        """Problems found without reading the file."""
        try:
            if path.is_symlink() and not path.resolve().is_relative_to(settings.seeds_dir.resolve()):
                # A seed must not make the build read files from elsewhere on the machine.
                return SeedProblem(seed, "the file is a symbolic link to a file outside the seeds folder")
            size = path.stat().st_size
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
        return len(self._parse_cache)

    def content_keys(self) -> list[str]:
        """The content keys of the seeds of the last read, sorted."""
        return sorted(self._parse_cache)

    def read_seeds(
        self, settings: Settings, progress: ProgressCallback | None = None
    ) -> tuple[list[ParsedArticle], list[SeedProblem], int]:
        unreadable: list[str] = []
        paths = list_seeds(settings.seeds_dir, unreadable)
        self.folder_warnings = [f"cannot list seeds folder {entry}" for entry in unreadable]
        if not paths:
            self.folder_warnings.append(f"no .txt seeds found in {settings.seeds_dir}")
        results: list[ParsedArticle | SeedProblem | None] = [None] * len(paths)
        read: list[tuple[int, str, bytes, bytes | None, str]] = []  # (index, seed, data, sidecar, key)
        for index, path in enumerate(paths):
            seed = seed_name(path, settings.repo_root)
            problem = self._precheck(settings, path, seed)
            if problem is None:
                try:
                    data, sidecar_data = read_seed_files(path, seed)
                except SeedError as error:
                    problem = SeedProblem(seed, error.message, error.line)
            if problem is not None:
                results[index] = problem
                continue
            read.append((index, seed, data, sidecar_data, self._seed_key(settings, seed, data, sidecar_data)))
        evidence = self._evidence(settings, read)
        keys: list[str | None] = [None] * len(paths)
        jobs: list[SeedJob] = []
        encoding = settings.seeds_encoding or None
        for (index, seed, data, sidecar_data, key), seed_evidence in zip(read, evidence, strict=True):
            # The parse depends on the evidence too: a seed whose recurring lines changed is parsed again.
            keys[index] = key = key + seed_evidence.digest().hex() if seed_evidence.counts else key
            cached = self._parse_cache.get(key)
            if cached is not None:
                results[index] = cached
            else:
                jobs.append((index, seed, data, sidecar_data, encoding, seed_evidence))
        done = len(paths) - len(jobs)
        for (index, *_), result in zip(jobs, parallel_map(parse_one, jobs), strict=True):
            results[index] = result
            done += 1
            if progress:
                progress(done, len(paths))
        self.parse_count += len(jobs)
        # Keep only the results of the current seeds, so memory stays bounded.
        self._parse_cache = {
            key: result for key, result in zip(keys, results, strict=True) if key is not None
        }
        parsed = [result for result in results if isinstance(result, ParsedArticle)]
        problems = [result for result in results if isinstance(result, SeedProblem)]
        return parsed, problems, len(jobs)

    def _evidence(
        self, settings: Settings, read: list[tuple[int, str, bytes, bytes | None, str]]
    ) -> list[SeedEvidence]:
        """Cross-seed pass: each seed's line keys (cached by content), counted over the folder."""
        encoding = settings.seeds_encoding or None
        missing = [(data, encoding) for _, _, data, _, key in read if key not in self._keys_cache]
        missing_keys = [key for *_, key in read if key not in self._keys_cache]
        for key, line_keys in zip(missing_keys, parallel_map(keys_one, missing), strict=True):
            self._keys_cache[key] = line_keys
        self._keys_cache = {key: self._keys_cache[key] for *_, key in read}
        if len(read) < 2:
            return [NO_EVIDENCE] * len(read)
        corpus = CorpusEvidence(self._keys_cache[key] for *_, key in read)
        return [corpus.for_seed(self._keys_cache[key]) for *_, key in read]
