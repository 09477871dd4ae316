"""Seed parsing: raw scraped text → :class:`~seed_articles.model.ParsedArticle`.

Public API:

* :func:`decode_seed` — bytes → ``(text, encoding)``;
* :func:`parse_text` — decoded text → article (optionally with a sidecar);
* :func:`parse_seed` — read, decode and parse one file, with its sidecar;
* :class:`SeedError` — the only error the parser raises for bad input;
* :class:`CorpusEvidence` / :class:`SeedEvidence` — lines recurring across the
  seeds of a folder (chrome by evidence), :func:`data_keys` and
  :func:`folder_evidence` to compute them.

The rules live in small modules: :mod:`.decode`, :mod:`.lines`,
:mod:`.dates`, :mod:`.pubdate`, :mod:`.bylines`, :mod:`.header`,
:mod:`.chrome`, :mod:`.evidence`, :mod:`.recurrence`, :mod:`.boilerplate`,
:mod:`.cohesion`, :mod:`.structure`, :mod:`.titles`, :mod:`.sidecar`, and
their order in :mod:`.pipeline`. None imports MkDocs.
"""

from __future__ import annotations

from pathlib import Path

from ..model import ParsedArticle
from .decode import decode_seed
from .errors import SeedError
from .evidence import NO_EVIDENCE, CorpusEvidence, SeedEvidence, data_keys, folder_evidence, text_keys
from .pipeline import ParseResult, parse_lines
from .sidecar import Sidecar, decode_sidecar, parse_sidecar, read_sidecar_bytes, sidecar_path

__all__ = [
    "NO_EVIDENCE",
    "CorpusEvidence",
    "ParseResult",
    "SeedEvidence",
    "data_keys",
    "folder_evidence",
    "text_keys",
    "SeedError",
    "Sidecar",
    "decode_seed",
    "parse_result",
    "parse_seed",
    "parse_seed_bytes",
    "read_seed_files",
    "parse_sidecar",
    "parse_text",
]


def parse_text(text: str, seed: str, sidecar: Sidecar | None = None) -> ParsedArticle:
    """Parse already-decoded seed text (``seed`` names it in the article and messages)."""
    return parse_lines(text, seed, sidecar).article


def parse_result(
    text: str, seed: str, sidecar: Sidecar | None = None, evidence: SeedEvidence = NO_EVIDENCE
) -> ParseResult:
    """Like :func:`parse_text`, plus the ledger: where each line number went."""
    return parse_lines(text, seed, sidecar, evidence)


def parse_seed(path: Path, seed: str, encoding: str | None = None) -> ParsedArticle:
    """Read, decode and parse one seed file, applying ``NAME.yml`` next to it if present."""
    return read_seed(path, seed, encoding).article


def read_seed(path: Path, seed: str, encoding: str | None = None) -> ParseResult:
    """:func:`parse_seed` returning the ledger too (used by ``inspect``).

    The seed is parsed as a build of its folder parses it: with the evidence
    of the lines that recur in the other ``.txt`` seeds beside it.
    """
    data, sidecar_data = read_seed_files(path, seed)
    evidence = folder_evidence(path.parent, encoding).for_seed(data_keys(data, encoding))
    return parse_seed_bytes(data, seed, encoding, sidecar_data, evidence)


def read_seed_files(path: Path, seed: str) -> tuple[bytes, bytes | None]:
    """The bytes of a seed and of its sidecar (``None`` without one), each read once.

    A build hashes and parses these same bytes, so a file changing between the
    two (``mkdocs serve`` while someone edits) can never pair a key with another
    version's parse.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SeedError(f"cannot read the file: {error.strerror or error}") from error
    side = sidecar_path(path)
    if side is None:
        return data, None
    return data, read_sidecar_bytes(side, sidecar_name(seed))


def sidecar_name(seed: str) -> str:
    """How messages name the sidecar of ``seed`` (``seeds/NAME.yml``)."""
    return str(Path(seed).with_suffix(".yml"))


def parse_seed_bytes(
    data: bytes,
    seed: str,
    encoding: str | None = None,
    sidecar_data: bytes | None = None,
    evidence: SeedEvidence = NO_EVIDENCE,
) -> ParseResult:
    """Decode and parse a seed's bytes, with its sidecar's bytes if it has one."""
    text, used = decode_seed(data, encoding)
    sidecar = decode_sidecar(sidecar_data, sidecar_name(seed)) if sidecar_data is not None else None
    result = parse_lines(text, seed, sidecar, evidence)
    result.article.encoding = used
    return result
