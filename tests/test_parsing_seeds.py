"""The parser on the five real seeds (no sidecars): exact metadata and clean bodies."""

from __future__ import annotations

from pathlib import Path

import pytest
from seed_articles.model import ParsedArticle
from seed_articles.parsing import parse_seed

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> ParsedArticle:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    assert not path.with_suffix(".yml").exists(), "these expectations are for seeds without sidecars"
    return parse_seed(path, f"seeds/{path.name}")


def _paragraphs(article: ParsedArticle) -> list[str]:
    return [block.text for block in article.blocks if block.kind == "paragraph"]


def _all_text(article: ParsedArticle) -> str:
    parts = [article.title, article.lead]
    for block in article.blocks:
        parts.extend([block.text, block.image, *block.items])
    return "\n".join(parts)


@pytest.fixture(scope="module")
def seeds() -> dict[str, ParsedArticle]:
    return {prefix: _seed(prefix) for prefix in ("000", "001", "002", "003", "004")}


def test_000_metadata(seeds):
    article = seeds["000"]
    assert article.title == "Đẩy mạnh đối ngoại quốc phòng góp phần bảo vệ Tổ quốc từ sớm, từ xa"
    assert article.title_derived is False
    assert article.category == "Truyền thông"
    assert article.authors == ["Minh Đức"]
    assert article.date is not None
    assert article.date.iso() == "2024-12-09T14:27:00+07:00"
    assert article.date.precision == "minute"
    assert article.date.inferred == ()
    # No marker in the lead; the site's own label "Nổi bật Tạp chí ..." names the publisher.
    assert article.source == "Tạp chí Thông tin & Truyền thông"
    assert article.encoding == "utf-8"


def test_000_structure(seeds):
    article = seeds["000"]
    assert article.lead.startswith("Hội nhập quốc tế và đối ngoại quốc phòng ngày càng thể hiện rõ")
    headings = [block.text for block in article.blocks if block.kind == "heading"]
    assert headings == [
        "Đẩy mạnh đối ngoại quốc phòng để bảo vệ Tổ quốc từ sớm, từ xa",
        "Tăng cường đối ngoại quốc phòng trong tình hình mới",
    ]
    figures = [block for block in article.blocks if block.kind == "figure"]
    assert [figure.image for figure in figures] == ["picture1.png", "1-7-.jpg"]
    assert figures[0].text.startswith("Lễ Xuất quân Bệnh viện dã chiến") and figures[0].text.endswith(
        "(Ảnh: Internet)"
    )
    last = _paragraphs(article)[-1]
    assert last.startswith("Triển khai hội nhập quốc tế và đối ngoại quốc phòng đồng bộ")
    assert last.endswith("khuôn khổ của ASEAN./.")


def test_000_boilerplate_removed(seeds):
    article = seeds["000"]
    text = _all_text(article)
    for residue in ("Bài liên quan", "Đừng bỏ lỡ", "Nổi bật", "POWERED BY", "Cốc Cốc", "Sigma OTT"):
        assert residue not in text
    rules = {line.line: line.rule for line in article.dropped}
    assert rules[71] == rules[75] == "related-block"
    assert all(rules[no] == "related-block" for no in range(72, 96))
    assert rules[96] == "title-repeat"
    assert rules[97] == "footer"
    # the title is not repeated in the body
    assert article.title not in [block.text for block in article.blocks]


def test_001_no_headline_derived_title(seeds):
    article = seeds["001"]
    assert article.title_derived is True
    assert article.title == "Việt Nam kiên định chính sách quốc phòng “bốn không”"
    # line 1 is the sapo (a shorter copy of line 13 placed on top); line 13 stays in the body
    assert article.lead.startswith("Việt Nam kiên định chính sách quốc phòng “bốn không” nhằm")
    assert article.lead.endswith("không để xảy ra xung đột.")
    assert any(p.endswith("phù hợp luật pháp quốc tế.") for p in _paragraphs(article))
    assert article.date is None  # 2016-2021 is a period; (7/12) belongs to a teaser
    assert article.authors == []
    assert article.source is None
    assert article.category is None


def test_001_teasers_dropped(seeds):
    article = seeds["001"]
    paragraphs = _paragraphs(article)
    assert paragraphs[0].startswith("Bộ Quốc phòng tổ chức Hội nghị tổng kết")
    assert paragraphs[-1].startswith("Bộ Quốc phòng sẽ tiếp tục đẩy mạnh")
    assert paragraphs[-1].endswith("tình hình thực tế…")
    assert {(line.line, line.rule) for line in article.dropped} == {
        (17, "teaser"),
        (18, "teaser"),
        (19, "teaser"),
    }


def test_002(seeds):
    article = seeds["002"]
    assert article.title == "Đối ngoại quốc phòng góp phần nâng cao vị thế của đất nước"
    assert article.date is not None
    assert article.date.iso() == "2019-07-16T08:25:00+07:00"
    assert article.date.precision == "minute"
    assert article.source == "Bqp.vn"
    assert article.lead.startswith("Sáng 16/7, tại Hà Nội, Bộ Quốc phòng")
    assert "(Bqp.vn)" not in _all_text(article)
    assert article.authors == ["Thùy Linh"]
    assert "THÙY LINH" not in _all_text(article)
    # Short standalone sentences without a photo credit stay paragraphs (see structure.py).
    paragraphs = _paragraphs(article)
    assert (
        "Hội nghị sơ kết công tác hội nhập quốc tế và đối ngoại quốc phòng 6 tháng đầu năm 2019."
        in paragraphs
    )
    assert "Thượng tướng Nguyễn Chí Vịnh phát biểu tại hội nghị." in paragraphs
    assert paragraphs[-1].startswith("Về phương hướng 6 tháng cuối năm 2019")
    assert paragraphs[-1].endswith("Chủ tịch ASEAN 2020.")
    assert "  " not in paragraphs[-1]  # the double space of the source is collapsed
    assert article.dropped == []


def test_003(seeds):
    article = seeds["003"]
    assert article.title == "Đối ngoại quốc phòng năm 2024: Nhiều nội dung hoàn thành tốt và xuất sắc"
    assert article.date is not None
    assert article.date.iso() == "2024-12"
    assert article.date.precision == "month"
    assert article.date.source_text == "tháng 12-2024"
    assert article.authors == []
    assert article.source is None
    headings = [block.text for block in article.blocks if block.kind == "heading"]
    assert headings == [
        "Hợp tác quốc phòng song phương thực chất, đối ngoại biên giới tiếp tục là điểm sáng",
        "Đối ngoại quốc phòng đa phương được triển khai hiệu quả",
    ]
    assert article.lead.startswith("Phát biểu tại Hội nghị tổng kết Công tác hội nhập quốc tế")
    paragraphs = _paragraphs(article)
    assert paragraphs[0].startswith("Năm 2024, bám sát phương châm")
    assert paragraphs[-1].startswith("Hiện nay, toàn Đảng, toàn dân và toàn quân")
    assert article.dropped == []


def test_004(seeds):
    article = seeds["004"]
    assert article.title == "Tiếp tục đổi mới công tác hội nhập quốc tế và đối ngoại quốc phòng"
    assert article.date is not None
    assert article.date.iso() == "2024-12-27"
    assert article.date.precision == "day"
    assert article.date.inferred == ("year",)
    assert article.source == "Ngày Nay"
    assert article.lead.startswith("Ngày 27/12, Bộ Quốc phòng tổ chức Hội nghị tổng kết")
    rules = {line.line: line.rule for line in article.dropped}
    assert rules[3] == rules[4] == "player"
    assert rules[7] == "duplicate"
    assert all(rules[no] == "teaser" for no in range(25, 34))
    figures = [block for block in article.blocks if block.kind == "figure"]
    assert len(figures) == 1
    assert figures[0].image == ""
    assert figures[0].text.endswith("phát biểu tại Hội nghị. Ảnh: TTXVN.")
    last = _paragraphs(article)[-1]
    assert last.startswith("Đáng chú ý, hoạt động gìn giữ hòa bình")
    assert last.endswith("UNMISS (Nam Sudan).")
    text = _all_text(article)
    for residue in ("0:00", "cử tri", "bão và lốc xoáy", "(Ngày Nay)", "bỏ phiếu"):
        assert residue not in text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_line_accounted_for(prefix):
    from seed_articles.parsing import parse_result

    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    result = parse_result(text, path.name)
    non_blank = {no for no, line in enumerate(text.split("\n"), start=1) if line.strip()}
    assert set(result.roles) == non_blank
    dropped = {line.line for line in result.article.dropped}
    assert dropped == {no for no, role in result.roles.items() if role.startswith("dropped:")}
