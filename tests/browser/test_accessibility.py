"""axe-core finds no serious or critical accessibility problem on the site's main pages.

The real site is built once; each case opens a fresh page in Debian's Chromium (light
and dark colour scheme), injects axe-core (npm package, installed into tests/tools by
scripts/test.sh) and runs its default rules. The one exception is Material's own search
dialog, which has no accessible name (``aria-dialog-name``): that markup is Material's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, article_pages
from serving import chromium, serve_directory

from .search_driver import RECORD_WORKER_MESSAGES, SearchBox

AXE = REPO / "tests" / "tools" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}
#: Material's search box is a role="dialog" without a name; nothing of the site's.
ALLOWED = {"aria-dialog-name": ".md-search"}
SEARCH_QUERY = "quoc phong"

PAGES = {
    "home": "",
    "article": None,  # the first article page of the build
    "glossary": "thuat-ngu/",
    "tags": "chu-de/",
    "timeline": "dong-thoi-gian/",
    "people": "nhan-vat/",
    "graph": "ban-do/",
    "search results": "",
}

RUN_AXE = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map(n => ({ target: n.target.join(" "), impact: n.impact, summary: n.failureSummary })),
  }));
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.skip(
            "axe-core is not installed: run `npm install --prefix tests/tools` (scripts/test.sh does)"
        )
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def served(real_site: Path, axe_source: str):
    with serve_directory(real_site) as base, chromium() as browser:
        yield base, browser


def _url(site: Path, base: str, name: str) -> str:
    path = PAGES[name]
    if path is None:
        path = article_pages(site)[0].parent.relative_to(site).as_posix() + "/"
    return base + path


def _blocking(violations: list[dict]) -> list[str]:
    problems = []
    for violation in violations:
        nodes = [node for node in violation["nodes"] if (node["impact"] or violation["impact"]) in BLOCKING]
        allowed = ALLOWED.get(violation["id"])
        if allowed is not None:
            nodes = [node for node in nodes if node["target"] != allowed]
        for node in nodes:
            summary = " ".join((node["summary"] or "").split())
            problems.append(f"{violation['id']} ({node['impact']}): {node['target']}: {summary}")
    return problems


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_violation(
    real_site: Path, served, axe_source: str, name: str, scheme: str
) -> None:
    base, browser = served
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.add_init_script(RECORD_WORKER_MESSAGES)
        page.goto(_url(real_site, base, name), wait_until="load")
        if name == "search results":
            box = SearchBox(page)
            box.open()
            box.type_query(SEARCH_QUERY)  # key by key (press_sequentially), until the results show
            assert box.groups(), "the search showed no results"
        page.add_script_tag(content=axe_source)
        problems = _blocking(page.evaluate(RUN_AXE))
    finally:
        context.close()
    assert not problems, f"{name} ({scheme}): axe found\n" + "\n".join(problems)
