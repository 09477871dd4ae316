"""A reproducible ``sitemap.xml.gz``.

MkDocs gzips the sitemap with the build day as the gzip header's time, so
the file changes every day even when nothing else does. The sitemap template
(docs/overrides/sitemap.xml) already gives pages their article date as
lastmod; here the gzip copy is rewritten with the newest article date as its
time (or none), so a rebuild of the same articles is byte-identical.
"""

from __future__ import annotations

import gzip
import io
from datetime import datetime
from pathlib import Path

SITEMAP = "sitemap.xml"


def reproducible_gzip(data: bytes, moment: datetime | None, file_name: str) -> bytes:

    buffer = io.BytesIO()
    mtime = int(moment.timestamp()) if moment is not None else 0
    with gzip.GzipFile(filename=file_name, mode="wb", fileobj=buffer, mtime=mtime) as archive:
        archive.write(data)
    return buffer.getvalue()


def normalise_sitemap_gzip(site_dir: Path, newest: datetime | None) -> None:
    """Rewrite ``sitemap.xml.gz`` from ``sitemap.xml`` with a fixed header time."""
    sitemap = site_dir / SITEMAP
    if not sitemap.is_file():
        return
    compressed = reproducible_gzip(sitemap.read_bytes(), newest, SITEMAP + ".gz")
    target = site_dir / (SITEMAP + ".gz")
    if not target.is_file() or target.read_bytes() != compressed:
        target.write_bytes(compressed)
