"""What a reader sees: sidecar overrides applied once to the typed article, figures by their caption."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import copy_project, run_build
from html_utils import load, text_of

SEED = (
    "Hai tỉnh biên giới ký kế hoạch tuần tra chung năm tới\n\n"
    "Ngày 12/3/2024, lãnh đạo hai tỉnh biên giới đã ký kế hoạch tuần tra chung cho cả năm.\n\n"
    "Theo kế hoạch, mỗi quý hai bên tổ chức một đợt tuần tra và một buổi giao lưu văn nghệ.\n"
)
SIDECAR = """\
title: Tiêu đề do người biên tập sửa
summary: Tóm tắt riêng do người biên tập viết cho trang chủ và nguồn cấp tin.
tags: [Biên giới, Tuần tra]
authors: [Lan Anh]
source: Báo Thử Nghiệm
"""


@pytest.fixture(scope="module")
def override_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("overrides")
    project = copy_project(root / "project")
    (project / "seeds" / "zz-override.txt").write_text(SEED, encoding="utf-8")
    (project / "seeds" / "zz-override.yml").write_text(SIDECAR, encoding="utf-8")
    run_build(project, root / "site")
    return root / "site"


def test_summary_override_reaches_home_feeds_and_page(override_site: Path) -> None:
    summary = "Tóm tắt riêng do người biên tập viết cho trang chủ và nguồn cấp tin."
    assert summary in text_of(load(override_site / "index.html"))
    items = json.loads((override_site / "feed.json").read_text(encoding="utf-8"))["items"]
    item = next(item for item in items if item["_seed_articles"]["seed"].endswith("zz-override.txt"))
    assert item["summary"] == summary
    assert item["title"] == "Tiêu đề do người biên tập sửa"
    assert item["tags"] == ["Biên giới", "Tuần tra"]
    assert [author["name"] for author in item["authors"]] == ["Lan Anh"]
    assert item["_seed_articles"]["source"] == "Báo Thử Nghiệm"
    page = load(next((override_site / "bai-viet").glob("tieu-de-do-nguoi-bien-tap-sua*/index.html")))
    assert page.xpath("//meta[@name='description']/@content") == [summary]
    assert text_of(page.cssselect("h1")[0]).startswith("Tiêu đề do người biên tập sửa")


def test_figures_show_their_caption_never_a_file_name(override_site: Path) -> None:
    # Seed 000 has figures "picture1.png" and "1-7-.jpg" with captions.
    for page in (override_site / "bai-viet").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        assert "picture1.png" not in html and "1-7-.jpg" not in html
        for caption in load(page).cssselect("figure.seed-figure figcaption"):
            assert text_of(caption)
    captions = [
        text_of(caption)
        for page in (override_site / "bai-viet").glob("*/index.html")
        for caption in load(page).cssselect("figure.seed-figure figcaption")
    ]
    assert len(captions) >= 2
