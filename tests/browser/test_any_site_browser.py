"""In a new user's minimal site, Material's search box finds the articles (through our worker)."""

from __future__ import annotations

from pathlib import Path

import pytest
from any_site import make_project
from conftest import run_build
from serving import chromium, serve_directory

from .search_driver import RECORD_WORKER_MESSAGES, SearchBox


@pytest.fixture(scope="module")
def minimal_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("any-site-browser")
    run_build(make_project(root / "project"), root / "site")
    return root / "site"


@pytest.fixture(scope="module")
def served(minimal_site: Path):
    with serve_directory(minimal_site) as base, chromium() as browser:
        yield base, browser


@pytest.fixture
def box(served) -> SearchBox:
    """A fresh page of the minimal site with the search box open."""
    base, browser = served
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.add_init_script(RECORD_WORKER_MESSAGES)
    page.goto(base, wait_until="load")
    search = SearchBox(page)
    search.open()
    yield search
    context.close()


@pytest.mark.parametrize("query", ["đối ngoại quốc phòng", "doi ngoai quoc phong", "ADMM"])
def test_typed_query_finds_articles(box: SearchBox, query: str) -> None:
    box.type_query(query)
    hrefs = [group.href for group in box.groups()]
    assert any("bai-viet/" in href for href in hrefs), hrefs
    worker = box.page.evaluate("JSON.parse(document.getElementById('__config').textContent).search")
    assert worker.endswith("assets/seed-search/worker.js")
