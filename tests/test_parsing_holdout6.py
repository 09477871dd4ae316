"""General rules added after held-out set 6 (invented sentences, positive and negative).

Every test goes through the whole parser (``parse``), so each one failed before its rule.
"""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, date_text, kept, parse


def test_dateline_in_the_paragraph_under_a_sapo_printed_below_a_photo() -> None:
    result = parse(
        "Đại biểu hai tỉnh chụp ảnh lưu niệm tại buổi lễ. Ảnh: Minh Anh.",
        "",
        "Hai tỉnh mở rộng hợp tác giáo dục và y tế, mang lại nhiều cơ hội cho học sinh vùng biên giới.",
        "",
        "." + LEAD,
        "",
        *BODY,
    )
    assert date_text(result) == "--05-12"


def test_voa_style_dateline_hom() -> None:
    lead = "Việt Nam hôm 4/6 đã tiếp nhận thêm một lô thiết bị rà phá bom mìn do Nhật Bản viện trợ, theo thông cáo."
    assert date_text(parse(TITLE, "", lead, "", *BODY)) == "--06-04"
    planned = "Việt Nam hôm 4/6 sẽ tiếp nhận thêm một lô thiết bị rà phá bom mìn do Nhật Bản viện trợ."
    assert date_text(parse(TITLE, "", planned, "", *BODY)) is None


def test_year_of_the_programme_the_reported_event_is_part_of() -> None:
    lead = (
        "Chiều 16/9, lực lượng cứu nạn hai nước tổ chức diễn tập trên biển, "
        "nằm trong Kế hoạch diễn tập phối hợp quốc tế năm 2026."
    )
    assert date_text(parse(TITLE, "", lead, "", *BODY)) == "2026-09-16"
    lead = (
        "Ngày 10/6, quan chức quốc phòng các nước họp tại Manila, "
        "trong khuôn khổ Năm Chủ tịch ASEAN 2026 của Philippines."
    )
    assert date_text(parse(TITLE, "", lead, "", *BODY)) == "2026-06-10"
    # a programme of several years fixes none of them
    lead = "Chiều 16/9, hai bên diễn tập trên biển, nằm trong kế hoạch hợp tác giai đoạn 2026 - 2030."
    assert date_text(parse(TITLE, "", lead, "", *BODY)) == "--09-16"


def test_the_one_date_of_an_event_reported_done_late_in_the_lead() -> None:
    lead = (
        "BXYZ.vn - Diễn tập cứu nạn đa phương của hải quân các nước trong khu vực tại vùng biển phía nam "
        "đã kết thúc ngày 22-4 sau ba ngày diễn ra với sự tham gia của nhiều tàu."
    )
    assert date_text(parse(TITLE, lead, *BODY)) == "--04-22"
    planned = lead.replace("đã kết thúc", "sẽ kết thúc")
    assert date_text(parse(TITLE, planned, *BODY)) is None


def test_labelled_publication_date_beats_the_viewing_date_above_the_headline() -> None:
    result = parse(
        "Thứ Ba, ngày 01 tháng 12 năm 2026",
        "",
        TITLE,
        "",
        "Ngày phát hành: 14/10/2026 Lượt xem 1834",
        "",
        LEAD.replace("Sáng 12/5, tại", "Tại"),
        "",
        *BODY,
    )
    assert date_text(result) == "2026-10-14"


def test_numbered_section_heading_above_the_lead_is_body_not_the_headline() -> None:
    heading = "1. Vai trò của hợp tác giáo dục trong phát triển vùng biên giới"
    result = parse(TITLE, "", "Ngày phát hành: 14/10/2026", "", heading, "", LEAD, "", *BODY)
    assert result.article.title == TITLE
    assert 5 in kept(result)


def test_section_page_of_headline_and_lead_cards_closed_by_page_numbers() -> None:
    result = parse(
        "Hợp tác quốc tế",
        "",
        "Tỉnh trao học bổng cho lưu học sinh nước bạn",
        "Nhân dịp năm mới, lãnh đạo tỉnh đã gặp mặt, trao 40 suất học bổng cho lưu học sinh.",
        "",
        "Đoàn đại biểu tỉnh bạn thăm, làm việc tại tỉnh",
        "Hai bên trao đổi kết quả hợp tác năm qua, thống nhất mở rộng hợp tác trong năm tới.",
        "",
        "Biên phòng tỉnh hỗ trợ gạo cho đồn biên phòng nước bạn",
        "Các đồn biên phòng đã bàn giao tổng cộng 3 tấn gạo cho lực lượng bảo vệ biên giới nước bạn.",
        "",
        "Trang đầu  « 3 4 5 »  Trang cuối",
    )
    assert result.article.title == "Hợp tác quốc tế"
    assert result.article.date is None
    assert kept(result) == [3, 4, 6, 7, 9, 10]


def test_table_cell_of_related_headlines_under_the_headline_is_chrome() -> None:
    cell = "| Tỉnh tổ chức hội thi tuyên truyền pháp luật Hội nghị tổng kết công tác đối ngoại |"
    result = parse(TITLE, cell, LEAD, *BODY)
    assert result.article.title == TITLE
    assert 2 not in kept(result)


def test_press_name_alone_under_the_last_paragraph_is_the_source() -> None:
    result = parse(TITLE, "", LEAD, "", *BODY, "", "Báo Miền Núi")
    assert result.article.source == "Báo Miền Núi"
    assert 7 not in kept(result)


def test_closing_made_by_credit_names_the_source() -> None:
    last = BODY[-1] + " Tin do Truyền hình Thông tấn – VNews thực hiện."
    assert parse(TITLE, "", LEAD, "", BODY[0], "", last).article.source == "Truyền hình Thông tấn – VNews"
    writer = BODY[-1] + " Bài do phóng viên Minh Anh thực hiện."
    assert parse(TITLE, "", LEAD, "", BODY[0], "", writer).article.source is None


def test_degree_byline_and_institution_under_a_papers_sapo() -> None:
    result = parse(
        TITLE,
        "",
        "Bài viết phân tích vai trò của hợp tác giáo dục trong phát triển nguồn nhân lực vùng biên giới.",
        "",
        "TS. Lê Thu Trang",
        "",
        "Trường Đại học Kinh tế Quốc dân",
        "",
        *BODY,
    )
    assert [name.lower() for name in result.article.authors] == ["lê thu trang"]
    assert 5 not in kept(result) and 7 not in kept(result)


def test_stamp_row_and_publisher_initials_with_name_are_never_the_headline() -> None:
    lead = (
        "ĐBP - Sáng 20/11, tại cửa khẩu quốc tế, lực lượng biên phòng hai nước đã hội đàm thường niên, "
        "thống nhất nhiều nội dung phối hợp."
    )
    stamp_row = parse("16:42 - Thứ Tư, 20/11/2024 Lượt xem: 1246 In bài viết", "", lead, "", *BODY)
    assert stamp_row.article.title_derived
    publisher = parse("DIC-Sở Thông tin và Truyền thông tỉnh Điện Biên", "", lead, "", *BODY)
    assert publisher.article.title_derived


def test_number_left_by_a_picture_above_its_caption_is_residue() -> None:
    result = parse(TITLE, "", LEAD, "", "111", "Quang cảnh lễ ký kết thỏa thuận hợp tác", "", *BODY)
    assert 5 not in kept(result) and 6 in kept(result)
    timeline = parse(TITLE, "", LEAD, "", "2025", "Hai tỉnh mở rộng hợp tác giáo dục", "", *BODY)
    assert 5 in kept(timeline)  # a year heading stays
