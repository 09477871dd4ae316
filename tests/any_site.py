"""A new user's site: the three-line config of the README, one page and this repository's seeds."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SEEDS

MINIMAL_CONFIG = """\
site_name: Tin quốc phòng
theme: {name: material, language: vi}
plugins: [search, seed-articles]
"""
HOME = "# Tin quốc phòng\n\nTin tức quốc phòng và đối ngoại.\n"


def make_project(root: Path, config: str = MINIMAL_CONFIG, docs: str = "docs") -> Path:
    """mkdocs.yml, a one-page docs folder and the seeds: nothing else from this repository."""
    (root / docs).mkdir(parents=True)
    (root / docs / "index.md").write_text(HOME, encoding="utf-8")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(SEEDS, root / "seeds")
    return root
