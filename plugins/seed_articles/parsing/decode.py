"""Bytes → text: BOMs, UTF-8, legacy Vietnamese code pages, and clear refusals.

Order of decisions, each with a reason:

1. A UTF-16/UTF-32 BOM decides the encoding (those files are full of NUL
   bytes, so the binary check must come after).
2. NUL bytes in anything else mean a binary file, not text.
3. A declared encoding (site setting) is used strictly: a wrong declaration
   is an error, not a reason to guess.
4. UTF-8 (with or without BOM) is tried strictly.
5. Bytes that are *mostly* valid UTF-8 are a damaged UTF-8 file: guessing a
   code page would render mojibake, so we refuse and name the line.
6. Otherwise charset-normalizer picks a code page; Windows-1258 is preferred
   when it is about as plausible as the best guess, because these are
   Vietnamese articles and cp1258 is the Vietnamese Windows code page. Any
   other code page would give mojibake, so the file is refused instead.

Windows-1258 writes tones as combining marks, so the text is returned NFC.
"""

from __future__ import annotations

import codecs
import unicodedata

from .errors import SeedError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Code pages tried for non-UTF-8 Vietnamese text, most likely first.
_VIETNAMESE_CODEPAGES = ("cp1258",)
# How much worse (charset-normalizer "chaos") cp1258 may look than the best guess.
_CP1258_TOLERANCE = 0.05
_MAX_CHAOS = 0.25


def decode_seed(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a seed file; return ``(text, encoding name)`` or raise :class:`SeedError`."""
    if not data.strip():
        raise SeedError("the file is empty or holds only whitespace")
    for bom, name in _BOMS:
        if data.startswith(bom):
            # A BOM is stronger evidence than a declared setting.
            return _strict(data, name), name
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _strict(data, utf16), utf16
    if b"\x00" in data:
        at = data.index(b"\x00")
        raise SeedError(
            "the file contains NUL bytes: it looks binary, not text", line=data.count(b"\n", 0, at) + 1
        )
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError as error:
            raise SeedError(f"unknown encoding {declared!r} in the settings") from error
        return _strict(data, declared), codecs.lookup(declared).name
    try:
        return _nfc(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    _refuse_damaged_utf8(data, utf8_error)
    return _detect_codepage(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the bytes look like UTF-16 text saved without a BOM.

    Vietnamese text in UTF-16 is mostly ASCII letters, spaces and digits: one byte
    of every pair is NUL, always on the same side. Binary files have NULs scattered.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd_nuls >= 0.4 * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.4 * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return _nfc(data.decode(encoding))
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise SeedError(
            f"cannot decode the file as {encoding}: byte 0x{data[error.start]:02x} at offset "
            f"{error.start} is invalid ({error.reason})",
            line=line,
        ) from error


def _refuse_damaged_utf8(data: bytes, error: UnicodeDecodeError) -> None:
    """Raise when the bytes are UTF-8 with a few broken sequences."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid_non_ascii = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if valid_non_ascii >= 5 and valid_non_ascii >= 3 * broken:
        line = data.count(b"\n", 0, error.start) + 1
        raise SeedError(
            f"the file is UTF-8 with invalid bytes ({broken} broken sequence(s), first at offset "
            f"{error.start}); fix or re-save it as UTF-8",
            line=line,
        )


def _detect_codepage(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported lazily: only legacy files need it

    matches = list(from_bytes(data))
    if not matches:
        raise SeedError("cannot detect the text encoding (not UTF-8 and no code page fits)")
    best = min(matches, key=lambda match: match.chaos)
    chosen = best
    for match in matches:
        if match.encoding in _VIETNAMESE_CODEPAGES and match.chaos <= best.chaos + _CP1258_TOLERANCE:
            chosen = match
            break
    if chosen.encoding not in _VIETNAMESE_CODEPAGES:
        # A non-Vietnamese code page (Cyrillic, Greek ...) would render mojibake, not the article.
        raise SeedError(
            "cannot decode the file: it is neither UTF-8/UTF-16 nor Windows-1258 Vietnamese text "
            f"(closest guess: {chosen.encoding}); re-save it as UTF-8 or set seeds_encoding"
        )
    if chosen.chaos > _MAX_CHAOS:
        raise SeedError(
            f"cannot decode the file: it is not UTF-8 and the best guess ({chosen.encoding}) "
            "gives garbled text; set the encoding explicitly"
        )
    name = codecs.lookup(chosen.encoding).name
    return _strict(data, name), name
