"""Hostile file names and broken sidecars: no injection, no traceback, nothing lost."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import unquote_to_bytes

import lxml.html
import markdown
import pytest
from conftest import copy_project, run_build
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_articles.build.types import Settings
from seed_articles.parsing.sidecar import MAX_SIDECAR_BYTES
from seed_articles.pipeline import Pipeline
from seed_articles.text.escape import file_url
from test_config_and_slugs import set_plugin_options

ARTICLE = (
    "Tiêu đề bài thử nghiệm số {n}\n\n"
    "Đoàn công tác của tỉnh đã làm việc với đối tác nước bạn về hợp tác đào tạo nghề.\n\n"
    "Hai bên thống nhất mở thêm lớp học tiếng cho cán bộ trẻ trong năm tới.\n"
)

HOSTILE_NAMES = [
    "a)<img src=x onerror=alert(1)>.txt",
    'x" onmouseover="alert(document.domain)" data-x=".txt',
    "hỏi#đáp?x=1%20y.txt",
    "có khoảng trắng.txt",
    "dòng\nmới.txt",
    "javascript:alert(1).txt",
    "[nhãn](javascript:alert(1)).txt",
]
NOT_UTF8_NAME = b"t\xean-c\xf9.txt"  # Latin-1 bytes, not valid UTF-8

EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables", "pymdownx.escapeall"]


def assert_inert(html_text: str, where: str) -> None:
    """No event-handler attribute and no javascript: URL anywhere in ``html_text``."""
    tree = lxml.html.fromstring(html_text)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{where}: <{element.tag} {name}={value!r}>"
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href"):
                if value == "javascript:void(0)" and "md-search__icon" in element.get("class", ""):
                    continue  # Material's own search "share" button, not our markup
                assert not value.strip().lower().startswith("javascript:"), f"{where}: {name}={value!r}"


@pytest.fixture(scope="module")
def named_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    root = tmp_path_factory.mktemp("names")
    project = copy_project(root / "project")
    seeds = project / "seeds"
    for number, name in enumerate(HOSTILE_NAMES):
        (seeds / name).write_text(ARTICLE.format(n=number), encoding="utf-8")
    (seeds / os.fsdecode(NOT_UTF8_NAME)).write_bytes(ARTICLE.format(n=99).encode())
    result = run_build(project, root / "site", strict=True)
    return project, root / "site", result.stdout + result.stderr


def test_file_url_encodes_every_unsafe_character() -> None:
    url = file_url("https://example.org/r/blob/main/", 'seeds/a "b"<c>#?%\n.txt')
    assert url == "https://example.org/r/blob/main/seeds/a%20%22b%22%3Cc%3E%23%3F%25%0A.txt"
    not_utf8 = os.fsdecode(b"seeds/\xff.txt")
    assert file_url("", not_utf8) == "seeds/%FF.txt"


def test_hostile_names_give_pages_and_no_live_markup(named_site) -> None:
    _, site, log = named_site
    assert "Traceback" not in log
    titles = set()
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert_inert(text, str(page.relative_to(site)))
        titles.update(lxml.html.fromstring(text).xpath("//h1/text()"))
    for number in [*range(len(HOSTILE_NAMES)), 99]:
        assert f"Tiêu đề bài thử nghiệm số {number}" in titles


def test_source_links_name_the_real_file(named_site) -> None:
    project, site, _ = named_site
    linked: set[bytes] = set()
    for page in (site / "bai-viet").glob("*/index.html"):
        tree = lxml.html.fromstring(page.read_bytes())
        for href in tree.xpath("//a/@href"):
            if "/blob/main/seeds/" in href or "/edit/main/seeds/" in href:
                assert all(ch not in href for ch in ' "<>\n'), href
                linked.add(unquote_to_bytes(href.split("/main/", 1)[1]))
    expected = {os.fsencode(f"seeds/{name}") for name in HOSTILE_NAMES}
    assert expected <= linked
    assert all((project / os.fsdecode(path)).exists() for path in linked)


def _build_with_sidecar(root: Path, sidecar_text: str | bytes) -> tuple[list[str], list[str]]:
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "good.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    (seeds / "bad.txt").write_text(ARTICLE.format(n=2), encoding="utf-8")
    data = sidecar_text.encode() if isinstance(sidecar_text, str) else sidecar_text
    (seeds / "bad.yml").write_bytes(data)
    build = Pipeline().build(Settings(repo_root=root, seeds_dir=seeds))
    return [record.parsed.seed for record in build.articles], [str(problem) for problem in build.problems]


BILLION_LAUGHS = (
    "a: &a ['x','x','x','x','x','x','x','x','x']\n"
    + "".join(f"{chr(98 + n)}: &{chr(98 + n)} [{','.join([f'*{chr(97 + n)}'] * 9)}]\n" for n in range(8))
    + "title: *i\n"
)


@pytest.mark.parametrize(
    ("sidecar", "expected"),
    [
        ("date: 2024-02-30\n", "cannot be read"),
        ("title: !!int 12x\n", "cannot be read"),
        ("date: !!timestamp 2024-12-09T25:61:00\n", "cannot be read"),
        (BILLION_LAUGHS, "aliases"),
        ("title: [unclosed\n", "broken YAML"),
        ("title: 'x'\nsummary: '" + "y" * (MAX_SIDECAR_BYTES + 10) + "'\n", "over the limit"),
        (b"title: \xff\n", "not UTF-8"),
    ],
    ids=["bad-day", "bad-int", "bad-timestamp", "alias-bomb", "broken", "too-large", "not-utf8"],
)
def test_broken_sidecar_is_reported_with_its_file(tmp_path: Path, sidecar, expected: str) -> None:
    made, problems = _build_with_sidecar(tmp_path, sidecar)
    assert made == ["seeds/good.txt"]
    assert len(problems) == 1 and "seeds/bad.yml" in problems[0] and expected in problems[0]
    assert len(problems[0]) < 400  # the message never quotes an expanded value


def test_sidecar_symlink_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yml"
    secret.write_text("title: SECRET-TITLE\n", encoding="utf-8")
    seeds = tmp_path / "project" / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    (seeds / "a.yml").symlink_to(secret)
    build = Pipeline().build(Settings(repo_root=tmp_path / "project", seeds_dir=seeds))
    assert not build.articles
    assert "symbolic link" in str(build.problems[0])
    assert all("SECRET-TITLE" not in page for page in build.pages.values())


def test_seed_deleted_before_reading_is_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "gone.txt").symlink_to(seeds / "missing-target.txt")  # dangling: stat() fails
    (seeds / "ok.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    build = Pipeline().build(Settings(repo_root=tmp_path, seeds_dir=seeds))
    assert [record.parsed.seed for record in build.articles] == ["seeds/ok.txt"]
    assert [problem.seed for problem in build.problems] == ["seeds/gone.txt"]


def test_empty_seeds_folder_fails_a_strict_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", with_seeds=False)
    result = run_build(project, tmp_path / "site", strict=True, check=False)
    assert result.returncode != 0
    assert "no .txt seeds found" in result.stdout + result.stderr


NAME_TEXT = st.text(
    alphabet=st.sampled_from(list("aăđĐÐ ()[]<>\"'#?%&=:;/\\\n\t*_`{}|~^!-.") + ["\u202e", "ệ", "😀"]),
    min_size=1,
    max_size=24,
)
YAML_VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.text(max_size=30),
        st.sampled_from(["2024-02-30", "!!int 12x", "&a [1]", "*a", "!!timestamp 2024-13-40", "{", "'"]),
        st.just("y" * (MAX_SIDECAR_BYTES + 1)),  # a huge value: over the size limit
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
SIDECAR_KEYS = st.sampled_from(
    ["title", "date", "authors", "source", "summary", "tags", "slug", "keep", "drop", "x"]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(NAME_TEXT, min_size=1, max_size=4, unique_by=lambda name: name.casefold()),
    sidecars=st.lists(st.dictionaries(SIDECAR_KEYS, YAML_VALUE, max_size=3), min_size=1, max_size=4),
)
def test_any_names_and_sidecars_build_without_traceback(names: list[str], sidecars: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        seeds = root / "seeds"
        seeds.mkdir()
        written: set[str] = set()
        for number, name in enumerate(names):
            file_name = name.replace("/", "／").replace("\x00", "") + f"-{number}.txt"
            (seeds / file_name).write_text(ARTICLE.format(n=number), encoding="utf-8")
            written.add(f"seeds/{file_name}")
            if number < len(sidecars) and sidecars[number]:
                side = "".join(f"{key}: {value!s}\n" for key, value in sidecars[number].items())
                (seeds / file_name).with_suffix(".yml").write_text(side, encoding="utf-8")
        build = Pipeline().build(Settings(repo_root=root, seeds_dir=seeds, seed_url_base="https://e.org/b/"))
        made = {record.parsed.seed for record in build.articles}
        reported = {problem.seed for problem in build.problems}
        assert made | reported == written and not made & reported
        # A seed without a sidecar is a good seed: it always has its page.
        assert {
            f
            for n, f in enumerate(sorted(written))
            if not (seeds / Path(f).name).with_suffix(".yml").exists()
        } <= made
        for record in build.articles:
            html = markdown.markdown(record.markdown.split("---\n", 2)[2], extensions=EXTENSIONS)
            assert_inert(f"<div>{html}</div>", record.parsed.seed)


@pytest.mark.parametrize("option", ["glossary_file", "topics_file"])
def test_missing_data_file_is_a_config_error(tmp_path: Path, option: str) -> None:
    project = copy_project(tmp_path / "project")
    set_plugin_options(project, **{option: "khong-co.yml"})
    result = run_build(project, tmp_path / "site", strict=False, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    assert option in output and "khong-co.yml" in output
    assert not (tmp_path / "site").exists()  # stopped before the build started


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Đối ngoại: [unclosed\n", "broken YAML"),
        ("- just\n- a list\n", "expected a mapping"),
        ("Đối ngoại: {phrases: [], min_count: 1}\n", "no trigger phrases"),
        ("Đối ngoại: {phrases: [đối ngoại], min_count: nhiều}\n", "min_count"),
        ("Đối ngoại: !!int abc\n", "cannot be read"),
    ],
    ids=["broken", "list", "empty-topic", "bad-count", "bad-tag"],
)
def test_broken_topics_file_is_a_clear_error(tmp_path: Path, content: str, expected: str) -> None:
    project = copy_project(tmp_path / "project")
    (project / "chu-de.yml").write_text(content, encoding="utf-8")
    set_plugin_options(project, topics_file="chu-de.yml")
    result = run_build(project, tmp_path / "site", strict=False, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    assert "chu-de.yml" in output and expected in output


def test_topics_edits_take_effect_in_the_next_build(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    topics = tmp_path / "topics.yml"
    settings_ = Settings(repo_root=tmp_path, seeds_dir=seeds, topics_file=topics)
    pipeline = Pipeline()  # one instance, as in `mkdocs serve`
    topics.write_text("Đào tạo nghề: [đào tạo nghề]\n", encoding="utf-8")
    assert "Đào tạo nghề" in pipeline.build(settings_).articles[0].meta["tags"]
    topics.write_text("Tiếng nước ngoài: [lớp học tiếng]\n", encoding="utf-8")
    tags = pipeline.build(settings_).articles[0].meta["tags"]
    assert "Tiếng nước ngoài" in tags and "Đào tạo nghề" not in tags


def test_utf16_without_bom_and_bidi_controls(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = "Tiêu đề \u202ebị đảo\u202c chiều\n\nĐoàn công tác làm việc với đối tác về hợp tác đào tạo nghề.\n"
    (seeds / "le.txt").write_bytes(text.encode("utf-16-le"))
    (seeds / "be.txt").write_bytes(text.replace("Tiêu", "Tựa").encode("utf-16-be"))
    build = Pipeline().build(Settings(repo_root=tmp_path, seeds_dir=seeds))
    assert not build.problems
    titles = sorted(record.parsed.title for record in build.articles)
    assert titles == ["Tiêu đề bị đảo chiều", "Tựa đề bị đảo chiều"]
    assert all("\u202e" not in page and "\u202c" not in page for page in build.pages.values())


def _without_privileges() -> tuple[str, ...]:
    """A command prefix that runs like an ordinary user: file permissions apply.

    As root, keep the uid (the interpreter lives under /root) but drop every
    capability, DAC override included; as any other user, nothing to do.
    """
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv (util-linux) is needed to drop root's capabilities")
    return (setpriv, "--bounding-set=-all", "--inh-caps=-all", "--ambient-caps=-all", "--")


def test_unreadable_seed_and_folder_are_reported_not_lost(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    seeds = project / "seeds"
    (seeds / "khoa.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    (seeds / "khoa.txt").chmod(0)
    (seeds / "ok.txt").write_text(ARTICLE.format(n=2), encoding="utf-8")
    (seeds / "ok.yml").write_text("title: Có tệp phụ\n", encoding="utf-8")
    (seeds / "ok.yml").chmod(0)
    hidden = seeds / "thu-muc-khoa"
    hidden.mkdir()
    (hidden / "a.txt").write_text(ARTICLE.format(n=3), encoding="utf-8")
    hidden.chmod(0)
    site = tmp_path / "site"
    prefix = _without_privileges()
    try:
        result = run_build(project, site, strict=False, check=False, prefix=prefix)
        strict = run_build(project, tmp_path / "strict", strict=True, check=False, prefix=prefix)
    finally:
        hidden.chmod(0o755)
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "Traceback" not in output
    assert "seeds/khoa.txt" in output and "Permission denied" in output
    assert "seeds/ok.yml" in output
    assert "thu-muc-khoa" in output and "cannot list seeds folder" in output
    assert strict.returncode != 0
    # The five real seeds still have their pages.
    assert len(list((site / "bai-viet").glob("*/index.html"))) == 5
