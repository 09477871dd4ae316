"""Metadata rules on synthetic seeds: dates, bylines, signatures, source markers, category, title."""

from __future__ import annotations

import pytest
from seed_articles.parsing import parse_text
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.pubdate import is_listing

TITLE = "Nông nghiệp công nghệ cao thay đổi đời sống nông dân"
LEAD = "Nhiều hợp tác xã đã ứng dụng nông nghiệp công nghệ cao, giúp nông dân tăng thu nhập đáng kể."
BODY = [
    "Mô hình nhà kính giúp nông dân chủ động tưới tiêu và giảm chi phí phân bón trong mỗi vụ.",
    "Theo hợp tác xã, năng suất rau sạch tăng gấp đôi so với cách canh tác truyền thống trước đây.",
]


def parse(*lines: str):
    return parse_text("\n".join(lines), "seeds/test.txt")


# --- dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "iso", "precision"),
    [
        ("09/12/2024 14:27", "2024-12-09T14:27:00+07:00", "minute"),
        ("16/07/2019, 08:25", "2019-07-16T08:25:00+07:00", "minute"),
        ("Thứ Hai, 09/12/2024 - 14:27 (GMT+7)", "2024-12-09T14:27:00+07:00", "minute"),
        ("14:27 09/12/2024", "2024-12-09T14:27:00+07:00", "minute"),
        ("2025-01-24 17:42:44", "2025-01-24T17:42:44+07:00", "minute"),
        ("Cập nhật: 24/01/2025", "2025-01-24", "day"),
        ("ngày 27 tháng 12 năm 2024", "2024-12-27", "day"),
    ],
)
def test_header_date_stamps(stamp, iso, precision):
    article = parse(TITLE, stamp, LEAD, *BODY)
    assert article.date is not None
    assert article.date.iso() == iso
    assert article.date.precision == precision
    assert article.date.inferred == ()
    assert stamp not in article.body_text()


def test_lead_dateline_without_year_a_review_in_january_is_of_the_year_before():
    lead = "(Ngày Nay) - Ngày 25-1, hợp tác xã tổng kết năm 2024 và đặt mục tiêu cho năm 2025."
    body = "Trong năm 2024, hợp tác xã đã mở rộng diện tích nhà kính; năm 2024 cũng là năm được mùa."
    article = parse(TITLE, lead, body)
    assert article.date is not None
    assert article.date.iso() == "2025-01-25"
    assert article.date.inferred == ("year",)
    assert article.date.source_text == "Ngày 25-1"


def test_lead_dateline_a_year_end_review_in_december_is_of_that_year():
    lead = "Ngày 27/12, hợp tác xã tổ chức hội nghị tổng kết công tác năm 2024 tại Lâm Đồng."
    article = parse(TITLE, lead, *BODY)
    assert article.date is not None and article.date.iso() == "2024-12-27"


def test_lead_dateline_without_evidence_keeps_day_and_month():
    # "năm 2024" is mentioned, but nothing says the article is from that year
    lead = "Ngày 5/6, hợp tác xã giới thiệu giống rau mới, sau khi được mùa năm 2024."
    article = parse(TITLE, lead, *BODY)
    assert article.date is not None
    assert (article.date.iso(), article.date.precision, article.date.year) == ("--06-05", "day-month", None)


def test_lead_dateline_without_any_year_keeps_day_and_month():
    article = parse(TITLE, "Ngày 25-1, hợp tác xã tổ chức hội nghị tổng kết mùa vụ.", *BODY)
    assert article.date is not None and article.date.iso() == "--01-25"
    assert any("no year" in warning for warning in article.warnings)


def test_inferred_year_never_precedes_a_dated_past_event():
    lead = "Ngày 20/1, hợp tác xã tổng kết công tác năm 2024 và trao thưởng cho xã viên."
    body = "Ngày 3/2/2025, hợp tác xã đã ký hợp đồng bao tiêu với siêu thị."
    article = parse(TITLE, lead, body, *BODY)
    assert article.date is not None and article.date.iso() == "--01-20"


def test_ranges_plans_and_sentence_dates_are_not_datelines():
    for lead in (
        "Từ 10 đến 12/3, hợp tác xã tổ chức phiên chợ nông sản tại Đà Lạt.",
        "Ngày 10-12/3, hợp tác xã tổ chức phiên chợ nông sản tại Đà Lạt.",
        "Hợp tác xã dự kiến ngày 15/3 sẽ khai trương nhà kính mới tại Đà Lạt.",
        "Hợp tác xã ở Lâm Đồng mở rộng diện tích nhà kính rau sạch, và cho biết ngày 15/3 đã thu hoạch.",
    ):
        assert parse(TITLE, lead, *BODY).date is None, lead


def test_relative_times_are_not_dates():
    article = parse(TITLE, "2 giờ trước", LEAD, *BODY)
    assert article.date is None or article.date.source_text != "2 giờ trước"
    assert "2 giờ trước" not in article.body_text()


def test_month_precision_from_the_lead():
    lead = "Tổng kết công tác năm, tháng 12-2024, hợp tác xã đánh giá nhiều kết quả tốt."
    article = parse(TITLE, lead, *BODY)
    assert article.date is not None
    assert (article.date.iso(), article.date.precision) == ("2024-12", "month")


def test_dates_in_the_body_or_captions_are_never_the_publication_date():
    caption = "Lãnh đạo tỉnh thăm nhà kính ngày 18/11/2024. (Ảnh: Internet)"
    body = "Ngày 5/3/2023, hợp tác xã được thành lập với 20 thành viên đầu tiên."
    article = parse(TITLE, LEAD, caption, body, *BODY)
    assert article.date is None


def test_periods_are_not_dates():
    assert find_dates("giai đoạn 2016-2021 và phương hướng nhiệm vụ đến năm 2025") == []
    assert find_dates("hôm nay (7/12) tổ chức")[0].day == 7


def test_invalid_dates_are_ignored():
    assert find_dates("31/02/2024") == []
    assert find_dates("Ngày 32/12, ...") == []
    assert find_dates("25:61 09/12/2024")[0].hour is None


def test_widget_stamps_with_weekday_gmt_and_twelve_hour_clock():
    for stamp, iso in (
        ("Thứ Hai, 09/12/2024 - 14:27 (GMT+7)", "2024-12-09T14:27:00+07:00"),
        ("09/12/2024 14:27 GMT+7", "2024-12-09T14:27:00+07:00"),
        ("Cập nhật: 09/12/2024 14:27", "2024-12-09T14:27:00+07:00"),
        ("02:15 PM, 09/12/2024", "2024-12-09T14:15:00+07:00"),
        ("09-12-2024 - 11:05 AM | Quốc phòng", "2024-12-09T11:05:00+07:00"),
    ):
        article = parse(TITLE, stamp, LEAD, *BODY)
        assert article.date is not None and article.date.iso() == iso, stamp


def test_a_date_glued_to_the_source_name_gives_both():
    article = parse(TITLE, "Nông Nghiệp09/12/2024 08:10", LEAD.replace("(Nông Nghiệp) - ", ""), *BODY)
    assert article.date is not None and article.date.iso() == "2024-12-09T08:10:00+07:00"
    assert article.source == "Nông Nghiệp"
    assert article.authors == []


def test_the_stamp_under_the_headline_beats_the_page_date_widget():
    article = parse("Thứ Sáu, 06/12/2024", TITLE, "09/12/2024 14:27", LEAD, *BODY)
    assert article.date is not None and article.date.iso() == "2024-12-09T14:27:00+07:00"


def test_a_dateline_with_a_dot_between_day_and_month():
    article = parse(TITLE, "Lâm Đồng - Sáng 26.11, hợp tác xã tổng kết mùa vụ rau sạch năm nay.", *BODY)
    assert article.date is not None and article.date.iso() == "--11-26"
    assert find_dates("giá rau tăng 2.5 triệu đồng") == []


# --- authors --------------------------------------------------------------


def test_byline_before_the_date():
    article = parse("Truyền thông", TITLE, "Minh Đức - Thu Hà 09/12/2024 14:27", LEAD, *BODY)
    assert article.authors == ["Minh Đức", "Thu Hà"]
    assert article.category == "Truyền thông"
    assert article.title == TITLE


def test_trailing_signature_in_capitals():
    article = parse(TITLE, LEAD, *BODY, "", "THÙY LINH")
    assert article.authors == ["Thùy Linh"]
    assert "THÙY LINH" not in article.body_text()


def test_signature_with_outlet_and_theo_line():
    article = parse(TITLE, LEAD, *BODY, "Minh Anh/VOV.VN")
    assert (article.authors, article.source) == (["Minh Anh"], "VOV.VN")
    article = parse(TITLE, LEAD, *BODY, "Theo TTXVN")
    assert (article.authors, article.source) == ([], "TTXVN")


def test_capitals_in_a_sentence_are_not_a_signature():
    article = parse(TITLE, LEAD, *BODY, "ASEAN VÀ VIỆT NAM HỢP TÁC.")
    assert article.authors == []


# --- source markers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("marker", "source"),
    [
        ("(Bqp.vn) - ", "Bqp.vn"),
        ("(Ngày Nay) - ", "Ngày Nay"),
        ("(PL)- ", "PL"),
        ("VOV.VN - ", "VOV.VN"),
        ("TTXVN - ", "TTXVN"),
        ("HÀ NỘI (TTXVN) - ", "TTXVN"),
    ],
)
def test_publisher_marker_is_read_and_removed_from_the_lead(marker, source):
    article = parse(TITLE, marker + LEAD, *BODY)
    assert article.source == source
    assert article.lead == LEAD


def test_a_parenthesis_that_is_not_a_publisher_stays():
    lead = "(7/12) - Hợp tác xã tổng kết năm với nhiều kết quả đáng ghi nhận cho nông dân."
    article = parse(TITLE, lead, *BODY)
    assert article.source is None
    assert article.lead == lead


def test_a_copyright_footer_or_follow_widget_is_not_a_credit():
    # the footer names the site's owner; the article credits no outlet (corpus conventions)
    for footer in ("Bản quyền © 2024 Báo Nông Thôn Ngày Nay", "Theo dõi Báo Nông Thôn trên Google News"):
        article = parse(TITLE, LEAD, *BODY, footer)
        assert article.source is None, footer
        assert footer not in article.body_text()


def test_publisher_named_by_a_related_widget_label():
    label = "Nổi bật Tạp chí Nông Thôn Mới"
    teasers = ["Giá phân bón giảm mạnh trước vụ đông xuân", "Nông dân Lâm Đồng trúng mùa cà chua"]
    article = parse(TITLE, LEAD, *BODY, label, *teasers)
    assert article.source == "Tạp chí Nông Thôn Mới"


# --- category and title -----------------------------------------------------


def test_breadcrumb_category():
    article = parse("Kinh tế > Nông nghiệp", TITLE, LEAD, *BODY)
    assert article.category == "Nông nghiệp"
    assert article.title == TITLE


def test_a_short_headline_alone_is_the_title_not_a_category():
    article = parse("Rau sạch lên ngôi", LEAD, *BODY)
    assert article.title == "Rau sạch lên ngôi"
    assert article.category is None


def test_no_headline_gives_a_derived_title():
    lead = (
        "Hợp tác xã rau sạch Đà Lạt mở rộng diện tích nhà kính nhằm tăng sản lượng xuất khẩu "
        "sang thị trường Nhật Bản trong năm tới."
    )
    article = parse(lead, *BODY)
    assert article.title_derived is True
    assert article.title == "Hợp tác xã rau sạch Đà Lạt mở rộng diện tích nhà kính"
    assert article.lead == lead


def test_short_lead_is_the_whole_derived_title():
    article = parse("Rau sạch được mùa lớn ở Đà Lạt.", *BODY)
    assert article.title == "Rau sạch được mùa lớn ở Đà Lạt"
    assert article.title_derived is True


# --- where the publication date is, and where it is not ---------------------


def test_year_to_date_figures_fix_the_year_of_the_dateline():
    lead = "Chiều 24/10, hợp tác xã tổ chức hội chợ nông sản sạch tại Đà Lạt."
    body = "Theo báo cáo của tỉnh, 9 tháng năm 2024, xuất khẩu rau quả tăng hai con số."
    article = parse(TITLE, lead, body, *BODY)
    assert article.date is not None
    assert (article.date.iso(), article.date.inferred) == ("2024-10-24", ("year",))


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        # figures for 9 months cannot be reported in March of the same year
        ("Ngày 5/3, hợp tác xã tổ chức hội chợ nông sản.", "Trong 9 tháng năm 2024, xuất khẩu tăng mạnh."),
        # a comparison names an earlier year, not the year of the article
        ("Ngày 20/6, hợp tác xã họp sơ bộ.", "Sản lượng tăng 10% so với 6 tháng đầu năm 2024."),
        # two years named: no single piece of evidence
        ("Ngày 20/6, hợp tác xã họp sơ bộ.", "6 tháng đầu năm 2025 tăng; 6 tháng đầu năm 2024 giảm."),
    ],
)
def test_year_to_date_figures_that_prove_nothing_leave_day_and_month(lead, body):
    article = parse(TITLE, lead, body, *BODY)
    assert article.date is not None
    assert (article.date.year, article.date.precision) == (None, "day-month")


def test_a_stamp_printed_under_the_sapo_is_the_date():
    lead = "(Nông Nghiệp) - Chiều 14/11, hợp tác xã tổ chức hội nghị khách hàng tại Đà Lạt."
    article = parse(TITLE, lead, "14/11/2025 18:25", *BODY)
    assert article.date is not None and article.date.iso() == "2025-11-14T18:25:00+07:00"
    assert "14/11/2025 18:25" not in article.body_text()


def test_several_stamps_under_the_sapo_are_item_dates_not_the_date():
    items = [LEAD, "03/10/2025", "Nông dân Lâm Đồng trúng mùa cà chua", BODY[0], "18/09/2025"]
    article = parse(TITLE, *items)
    assert article.date is None
    assert "03/10/2025" in article.body_text()


@pytest.mark.parametrize(
    "navigation", ["Trang chủ » Kinh tế » Nông nghiệp", "Thời sự   Kinh tế   Văn hóa   Thể thao"]
)
def test_the_masthead_date_above_the_navigation_is_not_the_date(navigation):
    article = parse("Thứ Hai, 18/11/2024", navigation, TITLE, LEAD, *BODY)
    assert article.date is None


def test_a_stamp_directly_above_the_headline_is_still_the_date():
    article = parse("Thứ Hai, 18/11/2024", TITLE, LEAD, *BODY)
    assert article.date is not None and article.date.iso() == "2024-11-18"


def test_a_byline_glued_to_its_update_stamp():
    article = parse(TITLE, "Minh Châu (VTV1)Cập nhật 10:48 ngày 14/10/2025", LEAD, *BODY)
    assert article.date is not None and article.date.iso() == "2025-10-14T10:48:00+07:00"
    assert (article.authors, article.source) == (["Minh Châu"], None)


def test_an_outlet_set_off_from_its_stamp_by_a_dash():
    article = parse(TITLE, "NNVN -Thứ Hai, 08/12/2025, 08:15 (GMT+7)", LEAD, *BODY)
    assert article.date is not None and article.date.iso() == "2025-12-08T08:15:00+07:00"
    assert (article.source, article.authors) == ("NNVN", [])


def test_a_place_before_the_date_is_not_an_author():
    article = parse(TITLE, LEAD, *BODY, "Đà Lạt, ngày 28 tháng 02 năm 2025")
    assert article.date is not None and article.date.iso() == "2025-02-28"
    assert article.authors == []


# --- listings: several stories, no single date or source ---------------------


def test_items_with_their_own_stamps_make_a_listing():
    kept = [
        f"Nông sản vào mùa thu hoạch {no} 08:45 1{no}/12/2024 Báo X - Bà con phấn khởi." for no in range(3)
    ]
    assert is_listing(kept[0], kept[1:], kept)
    assert not is_listing(kept[0], kept[1:2], kept[:2])  # two timed lines can be an article's


def test_the_lead_marker_repeated_by_the_next_items_makes_a_listing():
    lead = "TPO - Chiều 12/11, hợp tác xã giới thiệu giống rau mới cho bà con."
    after = [
        "Giá phân bón giảm mạnh",
        "Nông nghiệp TPO - Giá phân bón giảm mạnh trước vụ đông xuân, nông dân phấn khởi.",
        "Nông dân Lâm Đồng trúng mùa",
        "TPO - Nông dân Lâm Đồng trúng mùa cà chua nhờ nhà kính.",
    ]
    assert is_listing(lead, after, [lead])


def test_teasers_with_the_marker_after_an_articles_body_are_not_a_listing():
    lead = "TPO - Chiều 12/11, hợp tác xã giới thiệu giống rau mới cho bà con."
    after = [*BODY, "TPO - Giá phân bón giảm mạnh trước vụ đông xuân.", "TPO - Nông dân trúng mùa cà chua."]
    assert not is_listing(lead, after, [lead, *BODY])
    article = parse(TITLE, lead, *after)
    assert article.date is not None and article.source == "TPO"
