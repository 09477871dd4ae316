"""The render cache's keys (assemble.PageKeys, link targets digested once per article) give the
digests of ``value_key`` and change whenever anything a page is made from changes: a rebuild keeps
exactly the pages whose inputs are the same, and gives the pages of a cold build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from seed_articles.assemble import PageKeys
from seed_articles.build.types import Settings
from seed_articles.build.value_key import value_key
from seed_articles.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import make_corpus  # noqa: E402


def test_page_keys_are_value_key_digests_and_survive_a_value_that_cannot_be_pickled() -> None:
    keys = PageKeys()
    values = [
        ("a" * 64, "v", "../thuat-ngu.md", ["ASEAN", "ADMM+"], [("Ông A", "ong-a")], None, 3, True),
        ("Tiêu đề", (2024, 5, 1, None), "Báo", "bai-viet/a.md", "bai-viet/a/"),
        (),
    ]
    for value in values:
        assert keys(*value) == value_key(*value)
    assert keys(lambda: None) is None  # never reused
    assert keys(*values[0]) == value_key(*values[0])  # nothing of the failed value is left over
    assert keys("a", "b") != keys("ab") != keys(("a", "b"))


def _settings(root: Path) -> Settings:
    return Settings(repo_root=root, seeds_dir=root / "seeds", cache_dir=None)


def _keys(pipeline: Pipeline) -> dict[str, str]:
    return {seed: key for seed, (key, _) in pipeline.stage_cache.rendered.entries.items()}


def _links(build, seed: str) -> set[str]:
    """The seeds whose page links to ``seed`` (related articles, previous and next)."""
    record = next(r for r in build.articles if r.parsed.seed == seed)
    return {
        r.parsed.seed for r in build.articles if record.url.split("/")[-2] in r.markdown and r is not record
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    make_corpus(tmp_path / "seeds", 14)
    return tmp_path


@pytest.mark.parametrize("change", ["title", "body", "remove", "rename"])
def test_a_changed_input_changes_the_keys_of_exactly_the_pages_it_shows_on(
    project: Path, change: str
) -> None:
    settings = _settings(project)
    pipeline = Pipeline()
    first = pipeline.build(settings)
    before = _keys(pipeline)
    assert len(before) == len(first.articles) and all(before.values())
    pages_before = dict(first.pages)

    seeds = sorted((project / "seeds").glob("*.txt"))
    target = seeds[4]
    record = next(r for r in first.articles if Path(r.parsed.seed).name == target.name)
    seed = record.parsed.seed
    linking = _links(first, seed)
    text = target.read_text(encoding="utf-8")
    if change == "title":
        first_line, rest = text.split("\n", 1)
        target.write_text(first_line + " mới\n" + rest, encoding="utf-8")
    elif change == "body":
        target.write_text(text + "\nMột đoạn mới về hợp tác quốc phòng được thêm vào.\n", encoding="utf-8")
    elif change == "remove":
        target.unlink()
    else:
        target.rename(target.with_name("doi-ten.txt"))

    again = pipeline.build(settings)
    after = _keys(pipeline)
    cold = Pipeline().build(settings)
    assert again.pages == cold.pages
    # A key is kept only where every input of the page is the same; a kept key keeps its page.
    for other, key in after.items():
        if before.get(other) == key:
            old = next(r for r in first.articles if r.parsed.seed == other)
            assert again.pages[old.src_uri] == pages_before[old.src_uri], other
    if change == "title":
        assert after[seed] != before[seed]
        assert linking, "the article is linked from other pages"
        for other in linking:
            if other in after:
                assert after[other] != before[other], other  # the link shows the new title
    if change == "body":
        assert after[seed] != before[seed]
    if change in ("remove", "rename"):
        assert seed not in after
    if change in ("title", "body"):  # (a removed article also leaves the glossary: every key changes)
        unchanged = [other for other in after if before.get(other) == after[other]]
        assert unchanged, "pages that do not show the change keep their key"
