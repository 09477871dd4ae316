"""In sites built by the installed wheel, Material's search box finds the articles.

The sites of ``tests/test_installed_wheel.py`` (built once per session by the fresh venv's
``mkdocs build --strict``, see ``tests/installed_wheel.py``) are served on 127.0.0.1 the way
they would be published: the ``site_url`` sub-path site under that sub-path. For each query a
fresh page types into the search box key by key, and the result link of the expected article
opens that article.
"""

from __future__ import annotations

import shutil
from urllib.parse import urljoin

import installed_wheel
import pytest
from installed_wheel import WheelSite
from serving import chromium, serve_directory

from .search_driver import RECORD_WORKER_MESSAGES, SearchBox

pytestmark = pytest.mark.packaging

SHAPES = ("sub-path", "no-directory-urls", "gen-files")
#: query → the seed of the article it must find (with and without diacritics, an abbreviation).
QUERIES = {
    "thư viện bờ sông": "seeds/thu-vien-cong-dong.txt",
    "ngay hoi doc sach": "seeds/ngay-hoi-doc-sach.txt",
    "HTX": "seeds/cho-phien-nong-san.txt",
}


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module", params=SHAPES)
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """(site, URL of its home page): the site served under the path of its site_url."""
    site = installed_wheel.wheel_site(tmp_path_factory, request.param)
    root = tmp_path_factory.mktemp(f"served-{request.param}")
    shutil.copytree(site.site, root / site.base_path.strip("/"), dirs_exist_ok=True)
    with serve_directory(root) as base:
        yield site, urljoin(base, site.base_path.lstrip("/"))


def article_url(site: WheelSite, home: str, seed: str) -> tuple[str, str]:
    """(absolute URL, title) of the article made from ``seed``."""
    url, title = installed_wheel.articles(site)[seed]
    return urljoin(home, url), title


@pytest.mark.parametrize("query", sorted(QUERIES))
def test_typed_query_finds_the_article_and_its_link_opens_it(served, browser, query: str) -> None:
    site, home = served
    expected, title = article_url(site, home, QUERIES[query])
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(RECORD_WORKER_MESSAGES)
        page.goto(home, wait_until="load")
        box = SearchBox(page)
        box.open()
        box.type_query(query)
        # A page's group links to the page (or, if only a section matched, to the section).
        found = [urljoin(page.url, group.href).split("#")[0] for group in box.groups()]
        assert expected in found, f"{query!r} on {site.name}: {found}"
        # Material's worker is ours, at the site's own path.
        worker = page.evaluate("JSON.parse(document.getElementById('__config').textContent).search")
        assert urljoin(page.url, worker) == urljoin(home, "assets/seed-search/worker.js")

        page.locator(".md-search-result__item").nth(found.index(expected)).locator("a").first.click()
        page.wait_for_url(lambda url: url.split("#")[0] == expected)
        assert page.locator("article h1").first.inner_text().strip() == title
    finally:
        context.close()
