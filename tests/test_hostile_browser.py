"""In a real browser, no hostile seed can run code or reach another host."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import run_build
from serving import chromium, serve_directory
from test_hostile_input import hostile_project


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-browser")
    project = hostile_project(root)
    run_build(project, root / "site", strict=False)
    return root / "site"


def test_no_page_runs_injected_code_or_leaves_localhost(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("index.html"))
    assert len(pages) > 5
    dialogs: list[str] = []
    errors: list[str] = []
    foreign: list[str] = []
    with serve_directory(hostile_site) as base, chromium() as browser:
        context = browser.new_context()
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)

        def check_request(request) -> None:
            host = urlparse(request.url).hostname
            if request.url.startswith(("data:", "blob:", "about:")):
                return
            if host not in {"127.0.0.1", "localhost"}:
                foreign.append(request.url)

        context.on("request", check_request)
        context.route(
            "**/*",
            lambda route: (
                route.abort()
                if urlparse(route.request.url).hostname not in {"127.0.0.1", "localhost", None}
                else route.continue_()
            ),
        )
        for built in pages:
            url = base + built.parent.relative_to(hostile_site).as_posix() + "/"
            page.goto(url.replace("//", "/").replace("http:/", "http://"), wait_until="load")
            page.wait_for_timeout(150)
        context.close()
    assert dialogs == []
    assert [e for e in errors if "xss" in e.lower() or "alert" in e.lower()] == []
    assert foreign == []
