"""Credits of held-out sets 23 and 24 read in whole pages (invented text): a credit line of
labelled fields under the headline, a translator's credit, a signed document's signer, a
thesis's cover page, a minority name and a title before a name in the closing signature."""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, parse

STAMP = "Thứ Tư, 18/11/2026 09:30"


def test_a_writer_and_the_outlet_under_the_headline_with_the_translator_under_them():
    article = parse(
        TITLE,
        "Tác giả: Martin Cole | Asia Maritime Review",
        "Biên dịch: Phùng Thu Hà | Hiệu đính: Tạ Minh Quân",
        STAMP,
        LEAD,
        *BODY,
    ).article
    assert article.authors == ["Martin Cole"]  # the original's writer, not its translator
    assert article.source == "Asia Maritime Review"
    assert article.title == TITLE


def test_a_translator_alone_is_the_writer():
    article = parse(TITLE, "Biên dịch: Phùng Thu Hà", STAMP, LEAD, *BODY).article
    assert article.authors == ["Phùng Thu Hà"]


def test_a_question_headline_over_its_credit_fields_is_the_headline():
    headline = "Vì sao các nước ven biển tăng cường tuần tra chung trên biển?"
    article = parse(
        headline, "Tác giả: Martin Cole | Asia Maritime Review", "Biên dịch: Phùng Thu Hà", STAMP, LEAD, *BODY
    ).article
    assert article.title == headline
    assert article.authors == ["Martin Cole"]


def test_the_signer_of_a_document_is_no_writer():
    result = parse(
        TITLE,
        STAMP,
        LEAD,
        *BODY,
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "(Đã ký)",
        "Đặng Quốc Hưng",
    )
    assert result.article.authors == []


def test_a_signature_under_the_text_is_still_a_writer():
    assert parse(TITLE, STAMP, LEAD, *BODY, "Đặng Quốc Hưng").article.authors == ["Đặng Quốc Hưng"]


def test_a_minority_name_and_a_titled_name_sign_the_text():
    assert parse(TITLE, STAMP, LEAD, *BODY, "H'LAN").article.authors == ["H'Lan"]
    assert parse(TITLE, STAMP, LEAD, *BODY, "Luật sư Trần Văn Khải").article.authors == ["Trần Văn Khải"]


def test_a_thesis_cover_under_the_description_names_the_writer():
    article = parse(
        "Khóa luận Xuất khẩu hạt điều sang thị trường Canada",
        "Khóa luận phân tích thực trạng xuất khẩu hạt điều của Việt Nam sang Canada giai đoạn 2020 - 2024.",
        "TRƯỜNG ĐẠI HỌC KINH TẾ ĐÀ NẴNG",
        "KHOA THƯƠNG MẠI QUỐC TẾ",
        "Phạm Ngọc Diệp",
        "XUẤT KHẨU HẠT ĐIỀU SANG THỊ TRƯỜNG CANADA",
        "KHÓA LUẬN TỐT NGHIỆP",
        "Giảng viên hướng dẫn: TS. Trần Quốc Thịnh",
        "ĐÀ NẴNG - 2025",
        "LỜI MỞ ĐẦU",
        "Hiệp định CPTPP mở ra cơ hội lớn cho hạt điều Việt Nam khi thuế nhập khẩu vào Canada được xóa bỏ.",
    ).article
    assert article.authors == ["Phạm Ngọc Diệp"]


def test_a_student_named_in_a_story_is_no_writer():
    article = parse(
        TITLE,
        STAMP,
        LEAD,
        "Sinh viên Phạm Ngọc Diệp, Trường Đại học Kinh tế Đà Nẵng, chia sẻ về khóa luận tốt nghiệp của mình.",
        *BODY,
    ).article
    assert article.authors == []
