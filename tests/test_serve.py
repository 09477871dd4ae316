"""``mkdocs serve`` picks up added, changed and removed seeds without a restart."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import copy_project, mkdocs_env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def wait_for(predicate, timeout: float = 60.0, interval: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("condition not met within timeout")


@contextlib.contextmanager
def mkdocs_serve(project: Path, *options: str) -> Iterator[str]:
    """Run ``mkdocs serve`` on ``project`` at a free port; yields the site's base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml")]
    process = subprocess.Popen(
        [*command, "-a", f"127.0.0.1:{port}", *options],
        cwd=project,
        env=mkdocs_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/hoi-nhap-quoc-phong/"
    try:
        wait_for(lambda: fetch(base)[0] == 200, timeout=90)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def served_project(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    with mkdocs_serve(project) as base:
        yield project, base


def test_serve_reloads_changed_added_and_removed_seeds(served_project) -> None:
    project, base = served_project
    seed = project / "seeds" / "002_e15f26f2c3d01ef0.txt"
    page_url = base + "bai-viet/doi-ngoai-quoc-phong-gop-phan-nang-cao-vi-the-cua-dat-nuoc/"
    status, html = fetch(page_url)
    assert status == 200 and "MARKER-EDIT-42" not in html

    text = seed.read_text(encoding="utf-8")
    seed.write_text(
        text.replace("THÙY LINH", "Đoạn văn mới MARKER-EDIT-42 được thêm vào bài.\n\nTHÙY LINH"),
        encoding="utf-8",
    )
    wait_for(lambda: "MARKER-EDIT-42" in fetch(page_url)[1])

    added = project / "seeds" / "999_moi.txt"
    added.write_text(
        "Bài báo mới về hợp tác quốc phòng\n\nNội dung bài báo mới được thêm khi đang xem trước.\n",
        encoding="utf-8",
    )
    new_url = base + "bai-viet/bai-bao-moi-ve-hop-tac-quoc-phong/"
    wait_for(lambda: fetch(new_url)[0] == 200)
    wait_for(lambda: "bai-bao-moi-ve-hop-tac-quoc-phong" in fetch(base)[1])

    added.unlink()
    wait_for(lambda: fetch(new_url)[0] == 404)
    wait_for(lambda: "bai-bao-moi-ve-hop-tac-quoc-phong" not in fetch(base)[1])
