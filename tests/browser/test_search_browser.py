"""Vietnamese search in a real browser, behind Material's unchanged search box.

The real project is built once; queries are typed key by key into the
search box and the result list the page shows is read back. Articles are
identified by the seed file their page links to, and what they should
match is read from the seeds themselves, never hard-coded.
"""

from __future__ import annotations

import base64
import html
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pytest
from conftest import SEEDS, copy_project, run_build
from seed_articles.search.index import copy_worker, write_index_files
from seed_articles.search.postings import varint_bytes
from seed_articles.text.vietnamese import fold, normalize_text, tone_key
from serving import chromium, serve_directory

from .search_driver import RECORD_WORKER_MESSAGES, SearchBox, seed_of_location

LOCAL_HOSTS = {"127.0.0.1", "localhost", None}


def seed_number(path: Path) -> str:
    return re.match(r"(\d+)_", path.name).group(1)


def seeds_containing(phrase: str) -> set[str]:
    """Seeds whose text contains ``phrase``, ignoring case, accents and tone placement."""
    wanted = " ".join(fold(phrase).split())
    found = set()
    for path in sorted(SEEDS.glob("*.txt")):
        text = " ".join(re.findall(r"[^\W_]+", fold(path.read_text(encoding="utf-8"))))
        if f" {wanted} " in f" {text} ":
            found.add(seed_number(path))
    return found


def seeds_writing(word: str) -> set[str]:
    """Seeds that write ``word`` exactly (case-sensitive, as a whole word)."""
    pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])")
    return {
        seed_number(p) for p in SEEDS.glob("*.txt") if pattern.search(normalize_text(p.read_text("utf-8")))
    }


class Session:
    """One open page of the built site with the search box ready."""

    def __init__(self, site: Path, page) -> None:
        self.site = site
        self.page = page
        self.box = SearchBox(page)

    def groups(self, query: str):
        self.box.clear()
        self.box.type_query(query)
        return self.box.groups()

    def articles(self, query: str) -> list[str]:
        """Seed numbers of the article pages listed for ``query``, in order."""
        seeds = [seed_of_location(self.site, group.href) for group in self.groups(query)]
        return [seed for seed in seeds if seed is not None]

    def locations(self, query: str) -> list[str]:
        return [urlparse(group.href).path for group in self.groups(query)]


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("search-browser")
    project = copy_project(root / "project")
    run_build(project, root / "site")
    return root / "site"


@pytest.fixture(scope="module")
def browser():
    with chromium() as running:
        yield running


@pytest.fixture(scope="module")
def session(built_site: Path, browser):
    foreign: list[str] = []
    with serve_directory(built_site) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.route(
            "**/*",
            lambda route: (
                route.abort()
                if urlparse(route.request.url).hostname not in LOCAL_HOSTS
                else route.continue_()
            ),
        )
        context.on(
            "request",
            lambda request: (
                foreign.append(request.url) if urlparse(request.url).hostname not in LOCAL_HOSTS else None
            ),
        )
        page = context.new_page()
        page.add_init_script(RECORD_WORKER_MESSAGES)
        page.goto(base, wait_until="load")
        current = Session(built_site, page)
        current.box.open()
        current.foreign = foreign
        yield current
        context.close()


def all_seeds() -> set[str]:
    return {seed_number(path) for path in SEEDS.glob("*.txt")}


def test_query_without_tone_marks_finds_what_the_accented_query_finds(session: Session) -> None:
    accented = session.articles("đối ngoại")
    assert set(accented) == seeds_containing("đối ngoại") == all_seeds()
    assert set(session.articles("doi ngoai")) == set(accented)


def test_d_for_dj_and_tone_marks_left_out(session: Session) -> None:
    assert set(session.articles("Đối ngoại quốc phòng")) == set(session.articles("doi ngoai quoc phong"))


@pytest.mark.parametrize("query", ["Hoàng Xuân Chiến", "hoang xuan chien"])
def test_articles_naming_the_whole_person_come_first(session: Session, query: str) -> None:
    naming = seeds_containing("Hoàng Xuân Chiến")
    assert naming and naming != all_seeds()
    found = session.articles(query)
    assert set(found[: len(naming)]) == naming
    assert len(found) == len(set(found))  # one group per article


def test_abbreviation_its_lower_case_and_its_expansion_find_the_same_articles(session: Session) -> None:
    upper = session.articles("BVDC")
    assert set(upper) == set(session.articles("bvdc")) == set(session.articles("bệnh viện dã chiến"))
    # Articles that only spell it out are found by the abbreviation too.
    assert seeds_containing("bệnh viện dã chiến") - seeds_writing("BVDC") <= set(upper)
    assert seeds_writing("BVDC") <= set(upper)


@pytest.mark.parametrize("query", ["dnqp", "ĐNQP"])
def test_abbreviation_finds_articles_that_only_write_it_in_full(session: Session, query: str) -> None:
    only_in_full = seeds_containing("đối ngoại quốc phòng") - seeds_writing("ĐNQP")
    assert only_in_full
    assert only_in_full <= set(session.articles(query))


@pytest.mark.parametrize(("one", "other"), [("hoà bình", "hòa bình"), ("thuỷ", "thủy")])
def test_tone_mark_placement_does_not_matter(session: Session, one: str, other: str) -> None:
    assert tone_key(one.split()[0]) == tone_key(other.split()[0])
    assert session.locations(one) == session.locations(other)
    assert session.locations(one)


def test_decomposed_query_equals_composed_query(session: Session) -> None:
    composed = unicodedata.normalize("NFC", "Hoàng Xuân Chiến")
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert session.locations(decomposed) == session.locations(composed)


def test_previews_highlight_the_original_accented_words(session: Session) -> None:
    groups = session.groups("hoang xuan chien")
    marks = [
        html.unescape(mark)
        for group in groups
        for text in [group.title_html, *group.texts_html]
        for mark in re.findall(r"<mark>(.*?)</mark>", text)
    ]
    assert marks
    assert any(fold(mark) == "hoang xuan chien" and mark != fold(mark) for mark in marks)
    assert all(
        fold(mark) in {"hoang", "xuan", "chien", "hoang xuan", "xuan chien", "hoang xuan chien"}
        for mark in marks
    )


def test_every_page_that_is_not_an_article_is_found_by_its_title(session: Session) -> None:
    site = session.site
    manifest = json.loads((site / "search/seed/manifest.json").read_text("utf-8"))
    records = [
        json.loads((site / f"search/seed/p/{n}.json").read_text("utf-8")) for n in range(manifest["pages"])
    ]
    others = [r for r in records if seed_of_location(site, r["l"] or "/") is None and r["t"].strip()]
    assert others, "the site has pages besides articles (home, topics, glossary, people, tags)"
    for record in others[:6]:
        query = fold(record["t"])  # typed without tone marks
        paths = [path.strip("/") for path in session.locations(query)]
        assert record["l"].strip("/") in paths, (record["t"], paths)


def test_no_request_leaves_localhost(session: Session) -> None:
    session.groups("quoc phong")
    assert session.foreign == []


# -- the worker's own pieces, loaded into a page ------------------------------------


@pytest.fixture(scope="module")
def scripts_page(tmp_path_factory: pytest.TempPathFactory, browser):
    """A tiny site whose index is built from a hand-made Material index."""
    site = tmp_path_factory.mktemp("search-scripts")
    docs = [
        {"location": "hoa/", "title": "Trang hóa học", "text": "<p>Hóa chất và hóa học.</p>"},
        {"location": "hoa-binh/", "title": "Hòa bình", "text": "<p>Gìn giữ hòa bình &amp; ổn định.</p>"},
        {"location": "hoa-binh/#s", "title": "Phần hai", "text": "<p>Thủy quân và hoà bình lâu dài.</p>"},
        {
            "location": "ten/",
            "title": "Hoàng Văn Xuân",
            "text": "<p>Ông Hoàng gặp ông Chiến vào mùa xuân.</p>",
        },
        {
            "location": "ten-day-du/",
            "title": "Tin",
            "text": "<p>Thượng tướng Hoàng Xuân Chiến phát biểu.</p>",
        },
        {
            "location": "doc/",
            "title": "&lt;img src=x onerror=alert(1)&gt; Độc hại",
            "text": "<p>&lt;script&gt;alert(2)&lt;/script&gt; độc hại</p>",
            "tags": ["&lt;b onclick=alert(3)&gt;thẻ&lt;/b&gt;"],
        },
    ]
    (site / "search").mkdir()
    (site / "search/search_index.json").write_text(
        json.dumps({"config": {"lang": ["vi"], "separator": "[\\s\\-]+"}, "docs": docs}), "utf-8"
    )
    (site / "index.html").write_text("<!doctype html><meta charset=utf-8><title>t</title>", "utf-8")
    write_index_files(site, {"BVDC": ["bệnh viện dã chiến"]})
    copy_worker(site)
    with serve_directory(site) as base:
        page = browser.new_page()
        page.goto(base)
        for name in ("fold", "query", "index", "rank", "preview"):
            page.add_script_tag(url=f"{base}assets/seed-search/{name}.js")
        page.evaluate(
            """async () => { self.idx = new SeedSearch.Index(new URL("search/seed/", location.href));
                              await self.idx.load(); }"""
        )
        yield page
        page.close()


def run_search(page, query: str) -> list[dict]:
    """Ranked groups for ``query`` as the worker would send them (without Material's UI)."""
    return page.evaluate(
        """async q => {
            const S = SeedSearch;
            const query = S.parseQuery(q, idx.manifest.abbreviations);
            const { ranked } = await S.rank(idx, query);
            const groups = [];
            for (const [i, entry] of ranked.entries())
                groups.push(S.pageItems(await idx.page(entry.page), query, (ranked.length - i) * 100));
            return groups;
        }""",
        query,
    )


def test_javascript_folding_matches_python(scripts_page) -> None:
    words = [
        "Đối",
        "ĐỐI",
        "\u00d0ối",
        "hoà",
        "hòa",
        "HÒA",
        "hóa",
        "thuỷ",
        "thủy",
        "Nguyễn",
        "Quốc",
        "ngoại",
        "2024",
    ]
    words.append(unicodedata.normalize("NFD", "Hoàng"))
    result = scripts_page.evaluate("ws => ws.map(w => [SeedSearch.fold(w), SeedSearch.toneKey(w)])", words)
    assert result == [[fold(word), tone_key(word)] for word in words]


def test_javascript_reads_the_postings_python_writes(scripts_page) -> None:

    pairs = [3, 1, 125, 999, 20_000, 12, 2**22, 7]  # page gap, weight, ...
    data, _ = varint_bytes(np.array(pairs))
    encoded = base64.b64encode(data.tobytes()).decode()
    decoded = scripts_page.evaluate("e => [...SeedSearch.decodePostings(e)]", encoded)
    assert decoded == [[3, 1], [128, 999], [20_128, 12], [20_128 + 2**22, 7]]


def test_exact_accent_ranks_first_and_bare_query_finds_both(scripts_page) -> None:
    accented = [group[0]["location"] for group in run_search(scripts_page, "hòa ")]
    assert accented[0] == "hoa-binh/"
    assert set(accented) == {"hoa/", "hoa-binh/"}
    assert {group[0]["location"] for group in run_search(scripts_page, "hoa ")} == {"hoa/", "hoa-binh/"}


def test_syllables_apart_rank_after_the_whole_name(scripts_page) -> None:
    found = [group[0]["location"] for group in run_search(scripts_page, "hoang xuan chien ")]
    assert found[0] == "ten-day-du/"
    assert found[1:] in ([], ["ten/"])


def test_preview_marks_original_words_and_escapes_text(scripts_page) -> None:
    groups = run_search(scripts_page, "hoa binh ")
    page = next(group for group in groups if group[0]["location"] == "hoa-binh/")
    texts = " ".join(item["text"] + item["title"] for item in page)
    assert "<mark>hòa bình</mark>" in texts and "<mark>Hòa bình</mark>" in texts
    assert "<mark>hoà bình</mark>" in texts
    assert "&amp;" in texts and "<p>" in texts
    assert re.sub(r"</?(mark|p)>", "", texts).count("<") == 0


def test_markup_in_titles_texts_and_tags_stays_text(scripts_page) -> None:
    groups = run_search(scripts_page, "doc hai ")
    assert [group[0]["location"] for group in groups] == ["doc/"], groups
    item = groups[0][0]
    shown = item["title"] + item["text"] + "".join(item["tags"])
    assert "<img" not in shown and "<script" not in shown and "<b" not in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in item["title"] and "<mark>Độc hại</mark>" in item["title"]
    assert item["tags"] == ["&lt;b onclick=alert(3)&gt;thẻ&lt;/b&gt;"]


def test_word_being_typed_is_completed(scripts_page) -> None:
    assert [g[0]["location"] for g in run_search(scripts_page, "thượng tướng hoàng xuân chi")] == [
        "ten-day-du/"
    ]
