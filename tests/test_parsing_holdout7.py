"""General rules added after held-out set 7 (invented sentences, positive and negative).

Every test goes through the whole parser (``parse``), so each one failed before its rule.
"""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, WRAPPED, date_text, kept, parse
from seed_articles.parsing.dates import find_dates


def test_text_extraction_service_header_is_chrome_and_its_published_time_no_stamp() -> None:
    result = parse(
        f"Title: {TITLE}",
        "URL Source: https://example.org/vi/hai-tinh-bien-gioi-ky-ket",
        "Published Time: 2026-05-14T09:02:11+00:00",
        "",
        "Markdown Content:",
        TITLE,
        "",
        LEAD,
        "",
        *BODY,
    )
    assert result.article.title == TITLE
    assert not {2, 3, 5} & set(kept(result))
    assert date_text(result) == "--05-12"  # the lead's dateline, not the tool's metadata


def test_publication_date_glued_after_the_headline_beats_the_viewing_time_above() -> None:
    result = parse(
        "Thứ hai 30/11/2026 09:42",
        "Email: toasoan@example.vn",
        "",
        f"{TITLE} 29/10/2026",
        "",
        "Lãnh đạo hai tỉnh đã ký kết thỏa thuận hợp tác về giáo dục, y tế và phát triển nguồn nhân lực.",
        "",
        *BODY,
    )
    assert result.article.title == TITLE
    assert date_text(result) == "2026-10-29"
    # a headline that leads into its date ("... ngày 29/10/2026") keeps it
    result = parse(
        "Hội nghị hợp tác giáo dục hai tỉnh khai mạc ngày 29/10/2026",
        "",
        "Lãnh đạo hai tỉnh đã ký kết thỏa thuận hợp tác về giáo dục, y tế và phát triển nguồn nhân lực.",
        "",
        *BODY,
    )
    assert result.article.title == "Hội nghị hợp tác giáo dục hai tỉnh khai mạc ngày 29/10/2026"


def test_numbered_section_headings_announced_by_an_outline_are_kept() -> None:
    result = parse(
        TITLE,
        "",
        LEAD,
        "",
        "Bài viết gồm 2 phần:",
        "",
        "1. Kết quả hợp tác năm qua;",
        "",
        "2. Định hướng thời gian tới.",
        "",
        "1. Kết quả hợp tác năm qua",
        "",
        BODY[0],
        "",
        "2. Định hướng thời gian tới",
        "",
        BODY[1],
    )
    assert {7, 9, 11, 15} <= set(kept(result))
    # the same numbered line printed twice, with no outline punctuation: still a repeat
    result = parse(
        TITLE, "", LEAD, "", "1. Kết quả hợp tác năm qua", "", BODY[0], "", "1. Kết quả hợp tác năm qua"
    )
    assert 5 in kept(result) and 9 not in kept(result)


def test_headline_hard_wrapped_at_the_copys_width_is_one_headline() -> None:
    result = parse(
        "Hợp tác giáo dục và y tế giữa hai tỉnh biên giới: kết quả bước đầu và những việc cần",
        "làm tiếp",
        "",
        "Nguyễn Minh Anh",
        "",
        "Giới thiệu",
        "",
        *WRAPPED,
    )
    assert result.article.title == (
        "Hợp tác giáo dục và y tế giữa hai tỉnh biên giới: kết quả bước đầu và những việc cần làm tiếp"
    )
    assert [author.lower() for author in result.article.authors] == ["nguyễn minh anh"]
    assert 6 in kept(result)  # "Giới thiệu": the first section's heading under the author
    # a short headline is not cut by the width: the line under it is not its rest
    result = parse("Hợp tác giáo dục hai tỉnh", "Bình luận", "", *WRAPPED)
    assert result.article.title != "Hợp tác giáo dục hai tỉnh Bình luận"


def test_bbc_stamp_in_gmt_is_read_in_vietnam_time() -> None:
    (hit,) = find_dates("Cập nhật: 10:15 GMT - thứ tư, 9 tháng 4, 2025")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2025, 4, 9, 17, 15)
    (late,) = find_dates("Cập nhật: 19:30 GMT - thứ ba, 31 tháng 12, 2024")
    assert (late.year, late.month, late.day, late.hour) == (2025, 1, 1, 2)
    assert find_dates("sau 3 tháng 5 ngày huấn luyện") == []


def test_notices_about_the_software_a_player_or_layout_needs_are_chrome() -> None:
    result = parse(
        "Cập nhật: 16:48 GMT - thứ hai, 17 tháng 8, 2026",
        "",
        TITLE,
        "",
        "Media Player",
        "",
        "Bạn cần mở JavaScript lên và cài phần mềm Flash Player mới nhất để nghe/xem.",
        "",
        "Nghe/xem bằng Real Player hoặc Windows Media Player",
        "",
        LEAD,
        "",
        *BODY,
        "",
        "Trang này hiển thị tốt nhất với phần mềm lướt mạng có mở CSS.",
    )
    assert result.article.authors == []
    assert not {5, 7, 9, 16} & set(kept(result))
    assert date_text(result, with_precision=True) == "2026-08-17 (minute)"
    assert result.article.date.hour == 23
    line = "Chuyên gia khuyến cáo người dùng cập nhật trình duyệt thường xuyên để tránh mã độc."
    assert 7 in kept(parse(TITLE, "", LEAD, "", *BODY, line))


def test_extra_copies_of_a_caption_next_to_it_are_chrome() -> None:
    caption = "Đại biểu hai tỉnh ký kết thỏa thuận hợp tác tại Vinh, ngày 12/5/2026."
    result = parse(TITLE, "", LEAD, "", caption, f"{caption} AFP/Minh Anh", "", *BODY)
    assert 5 in kept(result) and 6 not in kept(result)
    alt = "đại biểu hai tỉnh ký kết thỏa thuận hợp tác"
    result = parse(TITLE, "", LEAD, "", alt, f"{caption[:-1]} (Ảnh: Minh Anh)", "", *BODY)
    assert 5 not in kept(result) and 6 in kept(result)
    # a paragraph that goes on from a shorter line above it is no copy
    result = parse(
        TITLE, "", LEAD, "", "Hai tỉnh cam kết:", "Hai tỉnh cam kết: tiếp tục hợp tác lâu dài.", *BODY
    )
    assert {5, 6} <= set(kept(result))


def test_camel_case_outlet_brand_opens_the_lead() -> None:
    result = parse(TITLE, "", "GiadinhNet – " + LEAD, "", *BODY)
    assert result.article.source == "GiadinhNet"


def test_editors_numbered_photo_placeholder_is_chrome() -> None:
    result = parse(TITLE, "", LEAD, "", "[ẢNH 1 - chờ ảnh từ phóng viên thay sau]", "", *BODY)
    assert 5 not in kept(result) and {7, 8} <= set(kept(result))


def test_headline_typed_against_the_sapo_is_the_title() -> None:
    sapo = "Nhằm nâng cao ý thức chấp hành pháp luật cho người dân, hai tỉnh đã phối hợp tổ chức nhiều hoạt động."
    result = parse(
        "07/09/2026", "In", "Đưa pháp luật về biên giới đến với đồng bào vùng biên Quảng Trị" + sapo, *BODY
    )
    assert result.article.title == "Đưa pháp luật về biên giới đến với đồng bào vùng biên Quảng Trị"
    assert not result.article.title_derived
    # a brand in camel case inside a sentence is no glued headline
    lead = "Theo trang tin điện tử VnExpress, hai tỉnh đã phối hợp tổ chức nhiều hoạt động tuyên truyền pháp luật."
    assert parse(lead, *BODY).article.title_derived
