"""Pipeline wiring of the credit rules of tests/test_parsing_holdout14_bylines.py (invented text)."""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, parse

SIGNED_PLAN = [
    "Nơi nhận:",
    "- Sở Tài chính;",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Lương Văn Khải",
]


def test_the_signer_of_a_document_is_no_writer():
    result = parse(TITLE, LEAD, *BODY, *SIGNED_PLAN)
    assert result.article.authors == []


def test_a_closing_name_without_a_signing_block_is_the_writer():
    result = parse(TITLE, LEAD, *BODY, "Lương Văn Khải")
    assert result.article.authors == ["Lương Văn Khải"]


def test_a_login_under_a_named_writer_is_dropped():
    result = parse(TITLE, "Hồng Vân", LEAD, *BODY, "Đăng bởi: hongvan86")
    assert result.article.authors == ["Hồng Vân"]
    result = parse(TITLE, LEAD, *BODY, "Đăng bởi: hongvan86")
    assert result.article.authors == ["hongvan86"]


def test_a_credit_line_above_kept_forum_text_names_the_source():
    result = parse(TITLE, LEAD, *BODY, "Theo TTXVN", "[i]Anh em đọc thêm bài cũ cùng chủ đề nhé.[/i]")
    assert result.article.source == "TTXVN"


def test_a_lead_reporting_after_an_outlet_names_the_source():
    lead = "Theo Vietnam+, hơn 40 doanh nghiệp đã tham gia hội chợ hàng nông sản tại thành phố."
    assert parse(TITLE, lead, *BODY).article.source == "Vietnam+"
    lead = "Theo Sở Công Thương, hơn 40 doanh nghiệp đã tham gia hội chợ hàng nông sản tại thành phố."
    assert parse(TITLE, lead, *BODY).article.source is None


def test_co_authors_under_the_sapo():
    result = parse(TITLE, LEAD, "Vũ Thị Thanh Tâm - Hoàng Minh Quân", *BODY)
    assert result.article.authors == ["Vũ Thị Thanh Tâm", "Hoàng Minh Quân"]
