"""``mkdocs gh-deploy`` out of the box, and builds that do not change when nothing changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_project, mkdocs_env

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git_env() -> dict[str, str]:
    env = mkdocs_env()
    env.update(
        GIT_AUTHOR_NAME="Tester",
        GIT_AUTHOR_EMAIL="tester@example.invalid",
        GIT_COMMITTER_NAME="Tester",
        GIT_COMMITTER_EMAIL="tester@example.invalid",
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
    )
    return env


def _git(*args: str, cwd: Path) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, env=_git_env(), capture_output=True, text=True)
    assert result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stderr}"
    return result.stdout.strip()


def _deploy(repo: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mkdocs", "gh-deploy", "--force", "-f", "project/mkdocs.yml"]
    result = subprocess.run(command, cwd=repo, env=_git_env(), capture_output=True, text=True)
    assert result.returncode == 0, f"gh-deploy failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture
def repo_with_origin(tmp_path: Path) -> tuple[Path, Path]:
    """A git repository holding a copy of the project, whose origin is a local bare repository."""
    origin = tmp_path / "origin.git"
    _git("init", "--bare", "-q", str(origin), cwd=tmp_path)
    repo = tmp_path / "repo"
    copy_project(repo / "project")
    _git("init", "-q", "-b", "main", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "Site", cwd=repo)
    _git("remote", "add", "origin", str(origin), cwd=repo)
    return repo, origin


def test_gh_deploy_publishes_the_site_and_redeploys_identically(repo_with_origin) -> None:
    repo, origin = repo_with_origin
    _deploy(repo)
    files = set(_git("ls-tree", "-r", "--name-only", "gh-pages", cwd=origin).splitlines())
    for required in ("index.html", ".nojekyll", "404.html", "feed.json", "feed.xml", "sitemap.xml"):
        assert required in files
    seeds = sorted((repo / "project" / "seeds").glob("*.txt"))
    article_pages = {name for name in files if name.startswith("bai-viet/") and name.endswith("/index.html")}
    assert len(article_pages) == len(seeds) > 0
    first_tree = _git("rev-parse", "gh-pages^{tree}", cwd=origin)

    # Nothing changed: the second deploy must not change a single byte of the site.
    _deploy(repo)
    assert _git("rev-parse", "gh-pages^{tree}", cwd=origin) == first_tree


def test_deploy_reads_site_and_repo_urls_from_the_environment(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    env = mkdocs_env()
    env["SITE_URL"] = "https://nguoi-dung.github.io/kho-bai-viet/"
    env["REPO_URL"] = "https://github.com/nguoi-dung/kho-bai-viet"
    site = tmp_path / "site"
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(project / "mkdocs.yml"),
        "-d",
        str(site),
    ]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    page = next((site / "bai-viet").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'rel="canonical" href="https://nguoi-dung.github.io/kho-bai-viet/bai-viet/' in page
    assert 'href="https://github.com/nguoi-dung/kho-bai-viet"' in page
    # The link to the original text leads to the raw seed in that repository.
    assert "https://github.com/nguoi-dung/kho-bai-viet/blob/main/seeds/" in page
    assert "https://nguoi-dung.github.io/kho-bai-viet/feed.json" in (site / "feed.json").read_text(
        encoding="utf-8"
    )
