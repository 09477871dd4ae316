"""Property: any seed texts give pages or reports, and rendered pages contain no seed markup."""

from __future__ import annotations

import tempfile
from pathlib import Path

import lxml.html
import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_articles.build.types import Settings
from seed_articles.pipeline import Pipeline

# Text drawn from Vietnamese letters, markup characters and whitespace, so that examples hit
# both the parser's rules and every syntax the renderer must neutralise.
ALPHABET = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyĐÐÀẢÃÁẠ àảãáạ0123456789.,;:!?-–()[]{}<>&\"'*_#|`~^=+/\\%@\n\t ")
    + ["<script>", "</script>", "{{", "}}", "{%", "%}", "--8<--", "!!! note", ":::", "javascript:", "\u00a0"]
)
SEED_TEXT = st.lists(ALPHABET, max_size=300).map("".join)
SEED_BYTES = st.one_of(
    SEED_TEXT.map(lambda text: text.encode("utf-8")),
    SEED_TEXT.map(lambda text: text.encode("utf-16")),
    st.binary(max_size=200),
)

EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables", "pymdownx.escapeall"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SEED_BYTES, min_size=1, max_size=4))
def test_any_seeds_become_pages_or_reports(contents: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        seeds = root / "seeds"
        seeds.mkdir()
        for index, content in enumerate(contents):
            (seeds / f"{index:03d}.txt").write_bytes(content)
        build = Pipeline().build(Settings(repo_root=root, seeds_dir=seeds))
        made = {record.parsed.seed for record in build.articles}
        reported = {problem.seed for problem in build.problems}
        expected = {f"seeds/{index:03d}.txt" for index in range(len(contents))}
        assert made | reported == expected
        assert not made & reported
        for record in build.articles:
            html = markdown.markdown(record.markdown.split("---\n", 2)[2], extensions=EXTENSIONS)
            tree = lxml.html.fragment_fromstring(html, create_parent="div")
            for tag in ("script", "iframe", "img", "table", "blockquote", "pre", "code", "em", "strong"):
                assert not tree.findall(f".//{tag}"), (tag, html)
            for element in tree.iter():
                assert not any(name.startswith("on") for name in element.attrib), html
                href = element.get("href") or ""
                assert not href.lower().startswith("javascript:"), html
