"""Plugin options, URL slugs and heading anchors."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
import yaml
from conftest import copy_project, run_build
from html_utils import load
from seed_articles.text.slugs import heading_slug, slug, unique_slugs


def set_plugin_options(project: Path, **options: object) -> None:
    config_path = project / "mkdocs.yml"
    text = config_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    start = lines.index("  - seed-articles:") + 1
    end = start
    while end < len(lines) and lines[end].startswith("      "):
        end += 1
    # Later keys would not win in YAML: drop the existing ones we replace.
    kept = [line for line in lines[start:end] if line.strip().split(":")[0] not in options]
    extra = [
        f"      {key}: {yaml.safe_dump(value, default_flow_style=True).strip().removesuffix('...').strip()}"
        for key, value in options.items()
    ]
    lines[start:end] = kept + extra
    config_path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("related_count", -1, "related_count"),
        ("related_count", "năm", "related_count"),
        ("articles_prefix", "bài viết", "articles_prefix"),
        ("max_seed_bytes", 0, "max_seed_bytes"),
        ("no_such_option", 1, "no_such_option"),
    ],
)
def test_bad_option_is_a_clear_config_error(tmp_path: Path, option: str, value: object, message: str) -> None:
    project = copy_project(tmp_path / "project")
    set_plugin_options(project, **{option: value})
    result = run_build(project, tmp_path / "site", check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert message in output
    assert "Config value" in output or "Aborted with a configuration error" in output or "Error" in output


def test_missing_seeds_folder_is_reported(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    set_plugin_options(project, seeds_dir="khong-co")
    result = run_build(project, tmp_path / "site", check=False)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "seeds_dir" in output and "khong-co" in output and "isn't an existing directory" in output


def test_articles_prefix_changes_urls(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    set_plugin_options(project, articles_prefix="tin-tuc")
    run_build(project, tmp_path / "site")
    assert len(list((tmp_path / "site" / "tin-tuc").glob("*/index.html"))) == 5
    assert not (tmp_path / "site" / "bai-viet").exists()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Đối ngoại quốc phòng góp phần nâng cao vị thế", "doi-ngoai-quoc-phong-gop-phan-nang-cao-vi-the"),
        ("ÐNQP: Eth typed for Đ", "dnqp-eth-typed-for-d"),
        ("Hòa bình và hoà hợp", "hoa-binh-va-hoa-hop"),
        ("Thuỷ quân lục chiến", "thuy-quan-luc-chien"),
        ("ADMM+ và TT&TT năm 2024", "admm-va-tt-tt-nam-2024"),
        ("Ưu tiên “bốn không”", "uu-tien-bon-khong"),
    ],
)
def test_title_slugs_are_folded_ascii(title: str, expected: str) -> None:
    assert slug(title) == expected


def test_nfd_title_gives_the_same_slug() -> None:
    import unicodedata

    title = "Đẩy mạnh đối ngoại quốc phòng"
    assert slug(unicodedata.normalize("NFD", title)) == slug(title)


def test_colliding_titles_get_distinct_stable_slugs() -> None:
    first = unique_slugs([("seeds/a.txt", "Hội nghị"), ("seeds/b.txt", "Hội Nghị")])
    assert first["seeds/a.txt"] == "hoi-nghi"
    assert first["seeds/b.txt"].startswith("hoi-nghi-") and first["seeds/b.txt"] != "hoi-nghi"
    # Adding other seeds does not move existing URLs.
    second = unique_slugs(
        [("seeds/a.txt", "Hội nghị"), ("seeds/b.txt", "Hội Nghị"), ("seeds/c.txt", "Tin khác")]
    )
    assert second["seeds/a.txt"] == first["seeds/a.txt"]
    assert second["seeds/b.txt"] == first["seeds/b.txt"]


def test_long_titles_are_cut_at_a_word_boundary() -> None:
    value = slug(
        "Việt Nam kiên định chính sách quốc phòng bốn không nhằm mục đích hòa bình tự vệ bảo vệ Tổ quốc"
    )
    assert len(value) <= 80 and not value.endswith("-")
    assert all(part for part in value.split("-"))


def test_heading_anchor_keeps_every_letter() -> None:
    html = markdown.markdown(
        "## Đối ngoại quốc phòng\n\n## Ðối thoại",
        extensions=["toc"],
        extension_configs={"toc": {"slugify": heading_slug}},
    )
    assert 'id="doi-ngoai-quoc-phong"' in html
    assert 'id="doi-thoai"' in html


def test_heading_anchors_in_built_site_keep_d(real_site: Path) -> None:
    ids = []
    for page in (real_site / "bai-viet").glob("*/index.html"):
        ids += [h.get("id") for h in load(page).cssselect("article h2[id]")]
    assert ids, "articles have subheadings"
    assert any(anchor.startswith("day-manh") or anchor.startswith("doi-ngoai") for anchor in ids), ids
    assert not any(anchor.startswith("oi-") or anchor.startswith("ay-") for anchor in ids), ids


def test_sidebar_keeps_the_newest_articles_and_links_the_timeline(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    set_plugin_options(project, nav_articles=2)
    run_build(project, tmp_path / "site")
    page = (
        tmp_path / "site" / "bai-viet" / "tiep-tuc-doi-moi-cong-tac-hoi-nhap-quoc-te-va-doi-ngoai-quoc-phong"
    )
    html = load(page / "index.html")
    links = [a for a in html.cssselect(".md-nav--primary a[href]") if "Tất cả bài viết" in a.text_content()]
    assert links, "the sidebar links the timeline"
    target = (page / links[0].get("href")).resolve()
    assert target == (tmp_path / "site" / "dong-thoi-gian").resolve()
    listed = {
        a.get("href") for a in html.cssselect(".md-nav--primary a[href]") if "bai-viet" in a.get("href")
    }
    assert len(listed) <= 3  # the two newest (and the page itself)
