"""Shared fixtures: copies of the real project and real builds of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
PROJECT_PARTS = ("mkdocs.yml", "docs", "seeds")


def copy_project(target: Path, with_seeds: bool = True) -> Path:
    """Copy what a build reads (mkdocs.yml, docs/, seeds/) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = REPO / part
        if part == "seeds" and not with_seeds:
            (target / "seeds").mkdir(exist_ok=True)
            continue
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


def mkdocs_env() -> dict[str, str]:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.pop("SITE_URL", None)
    env.pop("REPO_URL", None)
    return env


def run_build(
    project: Path, site_dir: Path, strict: bool = True, check: bool = True, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    """Run a real ``mkdocs build`` of ``project`` into ``site_dir`` (``prefix``: e.g. a privilege drop)."""
    command = [
        *prefix,
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "-f",
        str(project / "mkdocs.yml"),
        "-d",
        str(site_dir),
    ]
    if strict:
        command.append("--strict")
    result = subprocess.run(command, capture_output=True, text=True, env=mkdocs_env(), cwd=project)
    if check and result.returncode != 0:
        raise AssertionError(f"mkdocs build failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def run_export(project: Path, target: Path, *options: str) -> subprocess.CompletedProcess:
    """Run ``python -m seed_articles export`` on ``project`` as a user would."""
    command = [
        sys.executable,
        "-m",
        "seed_articles",
        "-f",
        str(project / "mkdocs.yml"),
        "export",
        str(target),
    ]
    return subprocess.run([*command, *options], capture_output=True, text=True, env=mkdocs_env(), cwd=project)


@dataclass(frozen=True)
class Build:
    project: Path
    site: Path
    log: str


@pytest.fixture(scope="session")
def real_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The real project (five real seeds) built once with --strict into a temporary folder."""
    root = tmp_path_factory.mktemp("real")
    project = copy_project(root / "project")
    site = root / "site"
    result = run_build(project, site)
    return Build(project, site, result.stdout + result.stderr)


@pytest.fixture(scope="session")
def real_site(real_build: Build) -> Path:
    return real_build.site


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the real project to change and build."""
    return copy_project(tmp_path / "project")


def article_pages(site: Path, prefix: str = "bai-viet") -> list[Path]:
    return sorted((site / prefix).glob("*/index.html"))
