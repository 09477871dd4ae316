"""Pipeline wiring of the credit rules of tests/test_parsing_holdout17_bylines.py (invented text).

Needs /work/byl2_pipeline.diff applied (suggested name: tests/test_parsing_holdout17_credit_wiring.py).
"""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, parse


def _roles(result, texts: list[str], lines: list[str]) -> list[str]:
    return [result.roles[lines.index(text) + 1] for text in texts]


def test_a_name_over_the_origins_credit_above_a_bloggers_comment():
    lines = [
        TITLE,
        LEAD,
        *BODY,
        "Bảo Anh",
        "Nguồn: Báo Đất Mũi",
        "Cảm nhận của chủ trang: bài viết nên đọc kỹ.",
    ]
    result = parse(*lines)
    assert result.article.authors == ["Bảo Anh"]
    assert result.article.source == "Báo Đất Mũi"
    assert _roles(result, ["Bảo Anh", "Nguồn: Báo Đất Mũi"], lines) == ["signature", "signature"]
    assert result.roles[len(lines)] == "block"  # the blogger's comment stays text


def test_an_emagazine_credit_over_a_publishers_footer():
    lines = [
        TITLE,
        LEAD,
        *BODY,
        "Nội dung: Thu Phương",
        "Ảnh: Quang Vinh",
        "Báo Đất Mũi - Cơ quan của Đảng bộ tỉnh, phát hành từ năm 1975 đến nay",
        "Xem thêm các bài dài khác của báo",
    ]
    result = parse(*lines)
    assert result.article.authors == ["Thu Phương"]
    assert result.roles[lines.index("Nội dung: Thu Phương") + 1] == "signature"


def test_a_translators_credit_above_reader_comments():
    lines = [
        TITLE,
        LEAD,
        *BODY,
        "Người dịch: Đỗ Hải Yến",
        "Nguồn: Tạp chí Khoa học Biển, số 7/2026",
        "2 nhận xét:",
        "Cảm ơn người dịch, đọc rất dễ hiểu.",
    ]
    result = parse(*lines)
    assert result.article.authors == ["Đỗ Hải Yến"]
    assert result.article.source == "Tạp chí Khoa học Biển"


def test_a_kept_paragraph_without_a_credit_names_no_writer():
    lines = [
        TITLE,
        LEAD,
        *BODY,
        "Hợp tác quốc phòng",
        "Các bên sẽ gặp lại nhau vào mùa thu năm sau tại Hà Nội.",
    ]
    result = parse(*lines)
    assert result.article.authors == []


def test_a_wire_reporters_formula_under_the_sapo_names_the_agency():
    opening = "Theo phóng viên TTXVN tại Phnom Penh, chiều 3/4, hai bên đã trao đổi về hợp tác biên giới."
    result = parse(TITLE, LEAD, opening, *BODY)
    assert result.article.source == "TTXVN"
    assert result.roles[3] in ("block", "lead")  # the paragraph stays text


def test_a_person_reporting_names_no_agency():
    opening = "Theo phóng viên Hoàng Sơn tại Hà Giang, chiều 3/4, nước lũ đã rút khỏi các bản ven suối."
    assert parse(TITLE, LEAD, opening, *BODY).article.source is None


def test_a_papers_running_head_and_writer_under_the_title_again():
    lines = [
        "Khoa học xã hội - Hợp tác nghề cá trên vịnh Bắc Bộ sau hai mươi năm",
        "Bài viết đánh giá hai mươi năm hợp tác nghề cá trên vịnh Bắc Bộ và đề xuất một số giải pháp.",
        "Tạp chí Khoa học Biển ______________________ 112",
        "HỢP TÁC NGHỀ CÁ TRÊN VỊNH BẮC BỘ SAU HAI MƯƠI NĂM",
        "ĐINH QUANG HUY*",
        "TÓM TẮT",
        *BODY,
    ]
    result = parse(*lines)
    assert result.article.authors == ["Đinh Quang Huy"]
    assert result.article.source == "Tạp chí Khoa học Biển"
    assert result.roles[3] == "byline" and result.roles[5] == "byline"


def test_a_degree_byline_under_the_sapo_still_reads():
    result = parse(TITLE, LEAD, "TS. Vương Thu Hà", "Học viện Ngoại giao", *BODY)
    assert result.article.authors == ["Vương Thu Hà"]
    assert result.roles[3] == "byline" and result.roles[4] == "byline"


def test_a_bare_name_under_the_sapo_is_the_writer():
    result = parse(TITLE, LEAD, "Quang Vinh", *BODY)
    assert result.article.authors == ["Quang Vinh"]
    assert result.roles[3] == "byline"


def test_a_heading_under_the_sapo_is_no_writer():
    result = parse(TITLE, LEAD, "Những chuyến đi", *BODY)
    assert result.article.authors == []
    assert result.roles[3] == "block"


def test_a_translator_credited_above_the_blog_footer_is_the_writer_not_the_poster():
    lines = [
        TITLE,
        LEAD,
        *BODY,
        "Người dịch: Đỗ Hải Yến",
        "Nguồn: Tạp chí Khoa học Biển",
        "Đăng bởi Gia Bảo vào lúc 07:15",
    ]
    result = parse(*lines)
    assert result.article.authors == ["Đỗ Hải Yến"]
    assert result.article.source == "Tạp chí Khoa học Biển"


def test_the_poster_is_the_writer_when_the_post_credits_no_one_else():
    result = parse(TITLE, LEAD, *BODY, "Đăng bởi Gia Bảo vào lúc 07:15")
    assert result.article.authors == ["Gia Bảo"]
