"""Search is right for a first-time reader: on a freshly opened page.

Every case opens a new browser context (nothing cached, no shard loaded) and
types the query key by key at a human pace, then does the same with the
query pasted. Both must list the same articles, and every article whose text
contains the phrase must be among them. What the articles contain is read
from the built site's article pages, folded, never hard-coded.
"""

from __future__ import annotations

import html
import random
import re
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import copy_project, run_build
from seed_articles.text.vietnamese import fold, tone_key
from serving import chromium, serve_directory

from .search_driver import QUERY_TYPE, RECORD_WORKER_MESSAGES, RESULT_TYPE

QUERIES = ["hội nhập quốc tế", "quốc tế", "về", "đối ngoại quốc phòng", "hoang xuan chien", "BVDC"]
ANSWER_TIMEOUT = 8.0  # seconds after the last key for the answer to the whole query
SETTLE_MS = 400  # nothing newer may follow the answer in this time
LOCAL_HOSTS = {"127.0.0.1", "localhost", None}
ARTICLE = re.compile(r"<article\b[^>]*>(.*?)</article>", re.S)
WORDS = re.compile(r"[^\W_]+")


def folded_words(text: str) -> str:
    return " ".join(WORDS.findall(fold(text)))


def article_texts(site: Path) -> dict[str, str]:
    """``{"bai-viet/slug/": folded words of the article's own content}`` of the built site."""
    texts = {}
    for page in sorted((site / "bai-viet").glob("*/index.html")):
        content = ARTICLE.search(page.read_text("utf-8"))
        assert content, page
        text = html.unescape(re.sub(r"<[^>]+>", " ", content.group(1)))
        texts[page.parent.relative_to(site).as_posix() + "/"] = folded_words(text)
    return texts


def containing(texts: dict[str, str], phrase: str) -> set[str]:
    wanted = folded_words(phrase)
    return {location for location, text in texts.items() if f" {wanted} " in f" {text} "}


def page_path(location: str) -> str:
    return urlparse(location).path.strip("/") + "/"


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("search-fresh")
    project = copy_project(root / "project")
    run_build(project, root / "site")
    return root / "site"


@pytest.fixture(scope="module")
def served(built_site: Path):
    with serve_directory(built_site) as base, chromium() as browser:
        yield base, browser


class FreshPage:
    """A page of the site in a new browser context: no cache, no shard loaded yet."""

    def __init__(self, base: str, browser) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.route(
            "**/*",
            lambda route: (
                route.abort()
                if urlparse(route.request.url).hostname not in LOCAL_HOSTS
                else route.continue_()
            ),
        )
        self.page = self.context.new_page()
        self.page.add_init_script(RECORD_WORKER_MESSAGES)
        self.page.goto(base, wait_until="load")
        self.box = self.page.locator("input.md-search__input")
        self.box.click()

    def close(self) -> None:
        self.context.close()

    def log(self) -> list[dict]:
        return self.page.evaluate("window.__searchLog")

    def type(self, query: str, delay_ms: int) -> None:
        """Key by key, as a reader types; nothing pressed after the last letter."""
        self.box.press_sequentially(query, delay=delay_ms)

    def paste(self, query: str) -> None:
        """The whole text at once; Material reads the box on a key release (Ctrl+V's)."""
        self.box.fill(query)
        self.box.press("Control")

    def answer(self, query: str) -> dict:
        """The worker's answer to ``query``: it must be the last query sent and the last answer."""
        deadline = time.perf_counter() + ANSWER_TIMEOUT
        while time.perf_counter() < deadline:
            log = self.log()
            asked = [m for m in log if m["type"] == QUERY_TYPE]
            answers = [m for m in log if m["type"] == RESULT_TYPE]
            if asked and asked[-1]["query"] == query and answers and answers[-1]["query"] == query:
                self.page.wait_for_timeout(SETTLE_MS)
                later = [m for m in self.log()[len(log) :] if m["type"] in (QUERY_TYPE, RESULT_TYPE)]
                if not later:
                    return answers[-1]
                continue
            self.page.wait_for_timeout(20)
        sent = [m["query"] for m in self.log() if m["type"] == QUERY_TYPE]
        raise AssertionError(f"no answer to {query!r} as the last one; the box sent {sent[-3:]!r}")

    def shown(self) -> list[dict]:
        """Result groups on screen: the page link, its title and texts, every link's href."""
        return self.page.evaluate(
            """() => [...document.querySelectorAll('.md-search-result__item')].map(li => ({
                href: li.querySelector('a').getAttribute('href'),
                links: [...li.querySelectorAll('a.md-search-result__link')].map(a => a.getAttribute('href')),
                html: li.innerHTML,
            }))"""
        )


def search_fresh(served, query: str, mode: str, delay_ms: int = 100) -> tuple[dict, list[dict]]:
    base, browser = served
    fresh = FreshPage(base, browser)
    try:
        if mode == "typed":
            fresh.type(query, delay_ms)
        else:
            fresh.paste(query)
        answer = fresh.answer(query)
        return answer, fresh.shown()
    finally:
        fresh.close()


def articles_of(answer: dict, texts: dict[str, str]) -> set[str]:
    return {page_path(location) for location in answer["locations"]} & set(texts)


def empty_highlights(groups: list[dict]) -> list[str]:
    """Result links whose ``?h=`` (the words to highlight on the page) is empty."""
    bad = []
    for group in groups:
        for href in group["links"]:
            params = parse_qs(urlparse(href).query, keep_blank_values=True)
            if "h" in params and not any(value.strip() for value in params["h"]):
                bad.append(href)
    return bad


def marks(groups: list[dict]) -> list[str]:
    return [html.unescape(m) for group in groups for m in re.findall(r"<mark>(.*?)</mark>", group["html"])]


@pytest.mark.parametrize("number", range(len(QUERIES)), ids=QUERIES)
def test_typed_on_a_fresh_page_finds_what_pasting_finds(served, built_site: Path, number: int) -> None:
    query = QUERIES[number]
    delay = random.Random(number).randint(50, 150)  # a human pace, different per case
    texts = article_texts(built_site)
    expected = containing(texts, query)
    assert expected, f"no article contains {query!r}"

    typed, typed_groups = search_fresh(served, query, "typed", delay)
    pasted, pasted_groups = search_fresh(served, query, "pasted")

    assert articles_of(typed, texts) == articles_of(pasted, texts), (delay, typed, pasted)
    assert expected <= articles_of(typed, texts), (expected, typed["locations"])
    assert empty_highlights(typed_groups) == [] and empty_highlights(pasted_groups) == []


def test_an_article_ranks_first_for_a_phrase_the_site_name_also_has(served, built_site: Path) -> None:
    query = "hội nhập quốc tế"
    texts = article_texts(built_site)
    answer, groups = search_fresh(served, query, "typed", 80)
    assert page_path(answer["locations"][0]) in texts, answer["locations"]
    assert page_path(groups[0]["href"]) in texts, groups[0]["href"]
    # Every article containing the phrase comes before every index page.
    ranked = [page_path(location) for location in answer["locations"]]
    articles = [n for n, path in enumerate(ranked) if path in texts]
    others = [n for n, path in enumerate(ranked) if path not in texts]
    assert not others or max(articles) < min(others), ranked
    assert {ranked[n] for n in articles} >= containing(texts, query)


def test_an_index_page_named_by_the_query_comes_first(served) -> None:
    answer, _ = search_fresh(served, "chủ đề", "typed", 60)
    assert page_path(answer["locations"][0]) == "chu-de/", answer["locations"]


def test_a_phrase_highlights_its_own_words_not_their_other_accents(served, built_site: Path) -> None:
    # "Nam Sudan": the articles that have the phrase mark "Nam", never "năm".
    assert containing(article_texts(built_site), "Nam Sudan")
    _, groups = search_fresh(served, "Nam Sudan", "typed", 70)
    found = marks(groups)
    assert any(fold(mark) == "nam sudan" for mark in found), found
    assert all(fold(mark) in {"nam", "sudan", "nam sudan"} for mark in found), found
    assert not [mark for mark in found if "năm" in mark.lower()], found
    assert empty_highlights(groups) == []


def test_typed_accents_decide_what_is_highlighted(served) -> None:
    # Accents typed: only that spelling is marked ("về", not "vệ").
    _, groups = search_fresh(served, "về", "typed", 90)
    accented = marks(groups)
    assert accented and {tone_key(mark) for mark in accented} == {tone_key("về")}, accented
    # No accents typed: every spelling of the letters is marked.
    _, groups = search_fresh(served, "ve", "typed", 90)
    bare = marks(groups)
    assert {tone_key(mark) for mark in bare} >= {tone_key("về"), tone_key("vệ")}, bare
    assert empty_highlights(groups) == []
