"""Seed parsing: raw scraped text → :class:`~seed_articles.model.ParsedArticle`.

Public API:

* :func:`decode_seed` — bytes → ``(text, encoding)``;
* :func:`parse_text` — decoded text → article (optionally with a sidecar);
* :func:`parse_seed` — read, decode and parse one file, with its sidecar;
* :class:`SeedError` — the only error the parser raises for bad input.

The rules live in small modules: :mod:`.decode`, :mod:`.lines`,
:mod:`.dates`, :mod:`.bylines`, :mod:`.header`, :mod:`.boilerplate`,
:mod:`.cohesion`, :mod:`.structure`, :mod:`.titles`, :mod:`.sidecar`, and
their order in :mod:`.pipeline`. None imports MkDocs.
"""

from __future__ import annotations

from pathlib import Path

from ..model import ParsedArticle
from .decode import decode_seed
from .errors import SeedError
from .pipeline import ParseResult, parse_lines
from .sidecar import Sidecar, load_sidecar, parse_sidecar, sidecar_path

__all__ = [
    "ParseResult",
    "SeedError",
    "Sidecar",
    "decode_seed",
    "parse_result",
    "parse_seed",
    "parse_sidecar",
    "parse_text",
]


def parse_text(text: str, seed: str, sidecar: Sidecar | None = None) -> ParsedArticle:
    """Parse already-decoded seed text (``seed`` names it in the article and messages)."""
    return parse_lines(text, seed, sidecar).article


def parse_result(text: str, seed: str, sidecar: Sidecar | None = None) -> ParseResult:
    """Like :func:`parse_text`, plus the ledger: where each line number went."""
    return parse_lines(text, seed, sidecar)


def parse_seed(path: Path, seed: str, encoding: str | None = None) -> ParsedArticle:
    """Read, decode and parse one seed file, applying ``NAME.yml`` next to it if present."""
    return read_seed(path, seed, encoding).article


def read_seed(path: Path, seed: str, encoding: str | None = None) -> ParseResult:
    """:func:`parse_seed` returning the ledger too (used by ``inspect``)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SeedError(f"cannot read the file: {error.strerror or error}") from error
    text, used = decode_seed(data, encoding)
    sidecar = None
    side = sidecar_path(path)
    if side is not None:
        sidecar = load_sidecar(side, str(Path(seed).with_suffix(side.suffix)))
    result = parse_lines(text, seed, sidecar)
    result.article.encoding = used
    return result
