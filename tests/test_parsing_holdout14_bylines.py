"""Credits after held-out sets 14-16 (blogs, portals of offices, document sites, aggregators), on
invented text.

The rules, stated as principles: a page's interface words and an office's title are never a
writer's name; a writer's unit after a dash is not a writer; the whole signature in parentheses
names the writer and the office the item comes from; an author word ("Tác giả:", "Sinh viên thực
hiện:") introduces names wherever they stand; the software's own account and a poster's login
under a named writer credit no one; an aggregator prints the origin after the item's stamp; a
credit line alone on its line names the source wherever the copy left it; a lead opened by
"Theo <outlet>, ..." names the outlet only when it has an outlet's shape.
"""

from __future__ import annotations

import pytest
from parsing_helpers import BODY, LEAD, TITLE, date_text, parse
from seed_articles.parsing.bylines import (
    credit_source,
    degree_byline,
    first_credit,
    is_signing_row,
    lead_attribution,
    lead_marker,
    parse_names,
    read_byline,
    sapo_byline,
    signature_parts,
    writers_over_logins,
)

# --- interface words and offices are no names --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Read More", "Ad Widget", "Newer Posts Older Posts Home", "Older Entries", "PHÓ CHỦ TỊCH", "Giám đốc"],
)
def test_interface_words_and_offices_are_no_names(text):
    assert parse_names(text) is None
    assert signature_parts(text, bare_names=True) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Minh Đức", ["Minh Đức"]),
        ("THANH HƯƠNG", ["Thanh Hương"]),
        ("Đỗ Văn Chủ", ["Đỗ Văn Chủ"]),  # a name's syllable that is also a word of an office
    ],
)
def test_names_stay_names(text, names):
    assert parse_names(text) == names


def test_a_button_closing_the_page_credits_no_one():
    result = parse(TITLE, "", LEAD, "", *BODY, "Read More")
    assert result.article.authors == []


# --- the software's account -------------------------------------------------------------------


def test_a_stamp_by_the_admin_account_dates_the_page_and_credits_no_one():
    byline = read_byline("14/03/2026 by admin")
    assert byline is not None and byline.stamp == "14/03/2026" and byline.authors == []
    result = parse(TITLE, "14/03/2026 by admin", LEAD, *BODY)
    assert result.article.authors == []
    assert date_text(result) == "2026-03-14"


def test_a_stamp_by_a_writer_still_credits_the_writer():
    byline = read_byline("14/03/2026 by Lê Thu Ngân")
    assert byline is not None and byline.authors == ["Lê Thu Ngân"]


def test_a_login_under_a_named_writer_is_the_poster():
    assert writers_over_logins(["Phạm Hải Đăng", "haidang88"]) == ["Phạm Hải Đăng"]
    assert writers_over_logins(["haidang88"]) == ["haidang88"]  # the only credit the page gives
    assert writers_over_logins(["Phạm Hải Đăng", "Lê Na"]) == ["Phạm Hải Đăng", "Lê Na"]


# --- author words ------------------------------------------------------------------------------


def test_a_student_paper_names_its_writer_not_its_supervisor():
    assert parse_names("Sinh viên thực hiện: Đoàn Thị Mỹ Linh") == ["Đoàn Thị Mỹ Linh"]
    assert parse_names("Học viên thực hiện: Lò Văn Sơn") == ["Lò Văn Sơn"]
    assert parse_names("Giảng viên hướng dẫn: Trịnh Quốc Khánh") is None


def test_an_author_word_introduces_the_names():
    assert read_byline("Tác giả: Hồng Vân").introduced
    assert read_byline("Tác giả: Hồng Vân | Cập nhật: 05/06/2026").introduced
    assert not read_byline("Hồng Vân").introduced  # a bare name above a headline may be the site's


def test_an_introduced_byline_above_the_headline_credits_the_writer():
    result = parse("Tác giả: Hồng Vân | Cập nhật: 05/06/2026", TITLE, LEAD, *BODY)
    assert result.article.authors == ["Hồng Vân"]


# --- units and offices in the credit -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Lan Anh - Khoa Ngữ văn", ["Lan Anh"]),
        ("Thu Hằng - Ban Tuyên giáo Huyện ủy", ["Thu Hằng"]),
        ("Đại tá, TS. Lê Văn Hòa - Trung tâm Nghiên cứu chiến lược", ["Lê Văn Hòa"]),
        ("Hoài Nam - Minh Khoa", ["Hoài Nam", "Minh Khoa"]),  # two writers: no unit there
    ],
)
def test_a_unit_after_a_dash_is_not_a_writer(line, names):
    assert signature_parts(line, bare_names=True) == (names, None)


def test_a_signature_in_parentheses_names_the_office_as_source():
    assert signature_parts("(Bảo Ngọc, Sở Du lịch tỉnh Lâm Đồng)", bare_names=True) == (
        ["Bảo Ngọc"],
        "Sở Du lịch tỉnh Lâm Đồng",
    )
    result = parse(TITLE, LEAD, *BODY, "(Bảo Ngọc, Sở Du lịch tỉnh Lâm Đồng)")
    assert (result.article.authors, result.article.source) == (["Bảo Ngọc"], "Sở Du lịch tỉnh Lâm Đồng")


@pytest.mark.parametrize("line", ["(Bảo Ngọc, Đà Lạt)", "(Bảo Ngọc, Trần Kiên)", "(Bảo Ngọc, tổng hợp)"])
def test_a_place_a_second_writer_or_a_note_in_the_parentheses_is_no_source(line):
    parts = signature_parts(line, bare_names=True)
    assert parts is None or parts[1] is None


def test_a_compiler_note_is_no_part_of_the_name():
    assert parse_names("Hữu Nghị, tổng hợp từ tư liệu của hội thảo") == ["Hữu Nghị"]
    assert parse_names("Kim Oanh, lược dịch") == ["Kim Oanh"]
    assert parse_names("Ban Tổ chức, tổng hợp từ các báo cáo") is None


# --- a paper's byline under its sapo ----------------------------------------------------------


def test_a_name_marked_for_a_footnote_is_the_papers_writer():
    assert degree_byline("Phan Văn Đạt(*)") == "Phan Văn Đạt"
    assert degree_byline("Phan Văn Đạt*") == "Phan Văn Đạt"
    assert degree_byline("Hải Phòng(*)") is None  # a place
    assert degree_byline("Phan Văn Đạt") is None  # a bare name under a sapo: no mark, no degree


def test_full_names_under_the_sapo_are_the_papers_writers():
    assert sapo_byline("Vũ Thị Thanh Tâm - Hoàng Minh Quân") == ["Vũ Thị Thanh Tâm", "Hoàng Minh Quân"]
    assert sapo_byline("ThS. Vũ Thanh Tâm") == ["Vũ Thanh Tâm"]
    assert sapo_byline("Sinh viên thực hiện: Vũ Thanh Tâm") == ["Vũ Thanh Tâm"]
    assert sapo_byline("Giảng viên hướng dẫn: Hoàng Minh Quân") is None
    assert sapo_byline("Thanh Tâm - Minh Quân") is None  # pen names: a byline or a heading pair
    assert sapo_byline("Vũ Thị Thanh Tâm") is None  # one full name alone
    assert sapo_byline("Hà Giang - Cao Bằng") is None


# --- a legal document's signing block ------------------------------------------------------------


@pytest.mark.parametrize(("text", "row"), [("KT. GIÁM ĐỐC", True), ("TM. HỘI ĐỒNG NHÂN DÂN", True)])
def test_rows_of_a_signing_block(text, row):
    assert is_signing_row(text) is row


@pytest.mark.parametrize("text", ["Lương Thế Vinh", "KHAI MẠC HỘI NGHỊ", "Nơi gửi thư góp ý"])
def test_names_and_headings_are_no_signing_rows(text):
    assert not is_signing_row(text)


# --- the origin of an item ----------------------------------------------------------------------


def test_an_aggregator_prints_the_origin_after_the_stamp():
    byline = read_byline("08/03/2026 10:20 - Nguồn: Báo Lâm Đồng")
    assert byline is not None and (byline.stamp, byline.source) == ("08/03/2026 10:20", "Báo Lâm Đồng")
    byline = read_byline("08.03.2026 10:20 Baolamdong.vn")
    assert byline is not None and byline.source == "Baolamdong.vn"


@pytest.mark.parametrize("line", ["08/03/2026 10:20 Tp.HCM", "08/03/2026 10:20 - Nguồn ảnh: Minh Đức"])
def test_a_place_or_a_photo_credit_after_the_stamp_is_no_origin(line):
    byline = read_byline(line)
    assert byline is None or byline.source is None


def test_a_domain_in_parentheses_opens_the_lead():
    text = "(Baolamdong.vn) Sáng 8/3, tỉnh tổ chức hội nghị xúc tiến du lịch với các doanh nghiệp lữ hành."
    assert lead_marker(text) == ("Baolamdong.vn", text[len("(Baolamdong.vn) ") :])
    assert lead_marker("(Ảnh minh họa) Sáng 8/3, tỉnh tổ chức hội nghị xúc tiến du lịch.") is None


def test_a_credit_line_alone_names_the_source():
    assert credit_source("Theo TTXVN") == "TTXVN"
    assert credit_source("Nguồn: Báo Lâm Đồng") == "Báo Lâm Đồng"
    assert credit_source("Theo Hải Long (Vietnam+)") is None  # a writer's credit: the signature's
    assert credit_source("Theo kế hoạch, hội nghị diễn ra trong hai ngày.") is None
    assert first_credit([LEAD, "Nguồn: Báo Lâm Đồng", "[i]Bài cũ cùng chủ đề[/i]"]) == (1, "Báo Lâm Đồng")
    assert first_credit([LEAD, *BODY]) is None


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("Theo Vietnam+, hơn 40 doanh nghiệp đã tham gia hội chợ.", "Vietnam+"),
        ("Theo Báo Lâm Đồng, lượng khách tăng mạnh trong quý I.", "Báo Lâm Đồng"),
        ("Theo Baolamdong.vn, lượng khách tăng mạnh trong quý I.", "Baolamdong.vn"),
        ("Theo Tuổi Trẻ, lượng khách tăng mạnh trong quý I.", "Tuổi Trẻ"),
        ("Theo kế hoạch, hội chợ kéo dài đến hết ngày 10/3.", None),
        ("Theo Sở Du lịch, lượng khách tăng mạnh trong quý I.", None),  # an office cited
        ("Theo Đài Khí tượng thủy văn tỉnh, rét đậm còn kéo dài.", None),  # "Đài" of no press
        ("Theo ông Nguyễn Văn Tâm, lượng khách tăng mạnh.", None),
        ("Theo Lâm Đồng, lượng khách tăng mạnh.", None),
    ],
)
def test_a_lead_reporting_after_an_outlet(lead, outlet):
    assert lead_attribution(lead) == outlet
