"""Held-out set 21: abbreviations an article uses without defining them are listed in the
glossary (no long form), and what only looks like one stays out: initials, credits,
file formats, outlet markers (invented sentences, positive and negative)."""

from __future__ import annotations

import pytest
from seed_articles.build.glossary_stage import GlossaryCache, run_glossary_stage, scan_article
from seed_articles.glossary import Glossary, find_undefined, load_glossary
from seed_articles.glossary.recognizer import source_marker_form
from seed_articles.glossary.undefined import is_listed_undefined
from seed_articles.model import Block, ParsedArticle


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _article(body: str, title: str = "Tin tổng hợp", seed: str = "seeds/a.txt") -> ParsedArticle:
    paragraphs = [Block("paragraph", text) for text in body.split("\n")]
    return ParsedArticle(seed=seed, title=title, lead="", blocks=paragraphs)


def _undefined(text: str, glossary: Glossary) -> list[str]:
    return [candidate.base for candidate in find_undefined(text, glossary)]


def test_an_undefined_acronym_used_once_is_an_abbreviation_of_the_article(glossary: Glossary) -> None:
    article = _article("Đoàn giới thiệu mô hình hợp tác KTXB của ba tỉnh biên giới phía Bắc.")
    assert "KTXB" in scan_article(article, glossary)[0].keys


def test_undefined_abbreviations_become_entries_without_a_long_form() -> None:
    articles = [
        _article("Hai bên ký biên bản về cơ chế QTRV trong năm tới.", seed="seeds/a.txt"),
        _article("Cơ chế QTRV được nhắc lại tại phiên họp thứ hai.", seed="seeds/b.txt"),
    ]
    result = run_glossary_stage(articles, None, GlossaryCache())
    entry = result.glossary["QTRV"]
    assert (entry.vi, entry.source) == ("", "undefined")
    assert result.per_article["seeds/b.txt"].keys == ["QTRV"]
    assert result.undefined["QTRV"] == ["seeds/a.txt", "seeds/b.txt"]
    assert result.expansions()["QTRV"] == []


@pytest.mark.parametrize("base", ["HV", "TL", "A1", "U23", "ADMM 17"])
def test_two_letters_and_group_names_are_not_listed(base: str) -> None:
    assert not is_listed_undefined(base)


@pytest.mark.parametrize("base", ["KTXB", "AUN-QA", "QTRV"])
def test_acronyms_of_three_letters_or_more_are_listed(base: str) -> None:
    assert is_listed_undefined(base)


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh đạo hai tỉnh trao quà cho học sinh vùng biên. Ảnh: T.K",
        "Đại biểu dâng hương tại đài tưởng niệm. (Ảnh: QNV)",
        "Khán giả cổ vũ đội tuyển trong trận chung kết. (Clip: P.L)",
        "- Lưu: VT, KTTH.",
        "Ngày tải lên: 02-09-2026 | Định dạng: PDF | Dung lượng: 2 MB",
        "Nhà nghiên cứu K.D. Ushinsky để lại nhiều công trình giáo dục.",
    ],
)
def test_credits_initials_and_file_formats_are_no_abbreviations(glossary: Glossary, text: str) -> None:
    assert _undefined(text, glossary) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A caption describing the picture after "Ảnh:" keeps its abbreviations.
        ("Hình ảnh: các đại biểu dự diễn tập KTXB trên biển", ["KTXB"]),
        # A label that is no credit.
        ("Chủ đề: hợp tác KTXB giữa các địa phương", ["KTXB"]),
        ("Tài liệu PDFX hướng dẫn thủ tục hải quan", ["PDFX"]),
    ],
)
def test_near_misses_keep_their_abbreviations(glossary: Glossary, text: str, expected: list[str]) -> None:
    assert _undefined(text, glossary) == expected


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("(BTNB) - Tại Diễn đàn Hợp tác biên giới năm nay, hai bên thống nhất mở rộng giao thương.", "BTNB"),
        ("(BTNB)- UBND tỉnh trao quà cho các hộ nghèo vùng biên.", "BTNB"),
        ("<p>(BTNB) - Chiều 5-4, đoàn công tác đến thăm cửa khẩu.</p>", "BTNB"),
        ("BTNB - Sáng nay, hội nghị tổng kết được tổ chức tại Hà Nội.", "BTNB"),
    ],
)
def test_outlet_markers_opening_a_paragraph(text: str, marker: str) -> None:
    assert source_marker_form(text) == marker


@pytest.mark.parametrize(
    "text",
    [
        "(ADMM+) - Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng",  # a definition: head noun after
        "ASEAN - EU tăng cường hợp tác thương mại.",  # two parties
        "ASEAN - Úc nhất trí nâng cấp quan hệ.",
        "Theo BTNB - Sáng nay hội nghị diễn ra.",  # not opening the paragraph
    ],
)
def test_no_marker_where_a_name_or_a_relation_follows(text: str) -> None:
    assert source_marker_form(text) is None


def test_a_marker_is_not_listed_where_else_the_article_writes_it(glossary: Glossary) -> None:
    article = _article(
        "BTNB - Chiều 12/11, đoàn công tác làm việc tại cửa khẩu.\n"
        "Thời sự BTNB - Hội nghị Ban Chỉ đạo tổng kết năm triển khai kế hoạch."
    )
    abbreviations, unknown = scan_article(article, glossary)
    assert "BTNB" not in abbreviations.keys
    assert "BTNB" not in unknown
